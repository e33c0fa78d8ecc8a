from pathlib import Path

import pytest

import kgner

SHARED = Path(__file__).resolve().parents[2] / "shared"
SEED = SHARED / "seeds" / "000_dc6cb61e8d06d590.txt"


@pytest.fixture(scope="session")
def shared_root() -> Path:
    if not SHARED.is_dir():
        pytest.skip(f"../shared not found at {SHARED}")
    return SHARED


@pytest.fixture(scope="session")
def seed_text(shared_root) -> str:
    return SEED.read_text(encoding="utf-8")


def found(text: str, label: str | None = None, pipeline=None) -> list[tuple[str, str, str]]:
    """(label, span text, norm) of every entity, optionally of one label."""
    extraction = (pipeline or kgner).extract(text)
    return [(e.label, e.text, e.norm) for e in extraction if label is None or e.label == label]
