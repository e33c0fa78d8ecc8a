"""Gold corpus rows: resolving stand-off texts against a corpus root, and loading.

Third-party texts are never stored in the repository; a gold row names the file (and,
for the 24.kg CSV, the article) and the character span. The root defaults to the
`shared` folder beside the repository checkout.
"""
from __future__ import annotations

import csv
import json
import re
from functools import lru_cache
from pathlib import Path
from typing import Iterator

from .types import LABELS


class CorpusError(Exception):
    """A gold file, a corpus root or a stand-off reference that cannot be used."""


def factru_held_out(stem: str) -> bool:
    """True for the half of the factRuEval-2016 devset documents kept out of the model's
    training data, so that kgner is scored on factRuEval text it never saw (a stable
    hash of the file name, about half of the 122 documents)."""
    import zlib
    return zlib.crc32(stem.encode("utf-8")) % 2 == 1


@lru_cache(maxsize=8)
def _read_file(path: Path) -> str:
    if not path.is_file():
        raise CorpusError(f"stand-off source not found: {path}")
    return path.read_text(encoding="utf-8")


@lru_cache(maxsize=4)
def _read_csv_articles(path: Path) -> dict[str, str]:
    if not path.is_file():
        raise CorpusError(f"stand-off source not found: {path}")
    csv.field_size_limit(10**9)
    with open(path, encoding="utf-8", newline="") as f:
        return {row["id"]: row["text"] for row in csv.DictReader(f)}


def resolve_text(row: dict, root: str | Path) -> str:
    """The paragraph text of a gold row: inline `text`, or its stand-off `ref`."""
    if "text" in row:
        return row["text"]
    ref = row.get("ref")
    if not ref:
        raise CorpusError(f"row {row.get('id')!r} has neither text nor ref")
    root = Path(root)
    if not root.is_dir():
        raise CorpusError(f"corpus root not found: {root} (pass --root)")
    path = (root / ref["file"]).resolve()
    if "article" in ref:
        articles = _read_csv_articles(path)
        if ref["article"] not in articles:
            raise CorpusError(f"article {ref['article']} not in {path}")
        source = articles[ref["article"]]
    else:
        source = _read_file(path)
    return source[ref["start"]:ref["end"]]


def default_root(near: str | Path | None = None) -> Path:
    """`../shared` beside the repository that holds `near` (a gold file), else beside
    the current directory, else beside this source checkout."""
    candidates = []
    if near is not None:
        candidates += [p.parent / "shared" for p in Path(near).resolve().parents]
    candidates += [Path.cwd().resolve().parent / "shared",
                   Path(__file__).resolve().parents[3] / "shared"]
    return next((c for c in candidates if c.is_dir()), candidates[-1])


def load_rows(path: str | Path, root: str | Path | None = None) -> Iterator[dict]:
    """Yield gold rows with `text` resolved; a clear error for a bad file or root."""
    path = Path(path)
    if not path.is_file():
        raise CorpusError(f"gold file not found: {path}")
    root = Path(root) if root is not None else default_root(path)
    with open(path, encoding="utf-8") as f:
        for lineno, line in enumerate(f, 1):
            if not line.strip():
                continue
            try:
                row = json.loads(line)
            except json.JSONDecodeError as exc:
                raise CorpusError(f"{path}:{lineno}: not JSON ({exc.msg})") from None
            yield dict(row, text=resolve_text(row, root))


NORM_FORMATS = {
    "TIME": re.compile(r"^([01]\d|2[0-3]):[0-5]\d$"),
    "PERCENT": re.compile(r"^\d+(\.\d+)?$"),
    "POLLING_STATION": re.compile(r"^\d+$"),
    "DATE": re.compile(r"^(\d{4}-|--)(0[1-9]|1[0-2])-(0[1-9]|[12]\d|3[01])$"),
    "ELECTION_BODY": re.compile(r"^(ЦИК|ТИК|ОИК|УИК|ИК)$"),
}


def validate_row(row: dict) -> list[str]:
    """Problems of one resolved gold row: offsets, labels, overlaps, norm formats."""
    problems = []
    text = row.get("text", "")
    last_end, last = -1, None
    for ent in sorted(row.get("entities", []), key=lambda e: (e["start"], e["end"])):
        where = f"{ent.get('label')} {ent.get('text')!r} at {ent.get('start')}"
        if ent.get("label") not in LABELS:
            problems.append(f"unknown label: {where}")
        if not (0 <= ent["start"] < ent["end"] <= len(text)) or text[ent["start"]:ent["end"]] != ent.get("text"):
            problems.append(f"offsets do not match the text: {where}")
        if ent["start"] < last_end:
            problems.append(f"overlaps {last}: {where}")
        fmt = NORM_FORMATS.get(ent.get("label"))
        if fmt and not fmt.match(str(ent.get("norm", ""))):
            problems.append(f"malformed norm {ent.get('norm')!r}: {where}")
        if not str(ent.get("norm", "")).strip():
            problems.append(f"empty norm: {where}")
        last_end, last = max(last_end, ent["end"]), where
    return problems


def check_file(path: str | Path, root: str | Path | None = None) -> list[str]:
    """All problems of a gold file, each prefixed with the row id."""
    problems, seen = [], set()
    for row in load_rows(path, root):
        if row.get("id") in seen:
            problems.append(f"{row.get('id')}: duplicate id")
        seen.add(row.get("id"))
        problems += [f"{row.get('id')}: {p}" for p in validate_row(row)]
    return problems
