"""JSON Schemas kgner ships, so other election tools can rely on its output's shape."""
from __future__ import annotations

import json
from functools import lru_cache
from importlib.resources import files


@lru_cache(maxsize=None)
def load(name: str = "extraction") -> dict:
    """The schema `<name>.schema.json` (the JSONL record by default)."""
    return json.loads(files(__name__).joinpath(f"{name}.schema.json").read_text(encoding="utf-8"))
