"""doccano: JSONL for a sequence-labeling project, `{"text", "label": [[start, end, LABEL]]}`.

doccano's JSONL import takes the text and the spans (character offsets, end
exclusive, like kgner's) from the `label` column; other keys (`id`, `norms`) are
kept as metadata. `text` and `label` are the column names doccano's import form
uses unless told otherwise (`ArgColumn` in doccano's `data_import/pipeline/catalog.py`);
doccano's older export wrote `labels`, so rename the column there if you import into
a pre-1.0 instance.
"""
from __future__ import annotations

import json
from typing import IO

from ..types import Extraction
from . import Documents
from .jsonl import _open


def to_line(doc_id: str, extraction: Extraction) -> dict:
    return {"id": doc_id, "text": extraction.text,
            "label": [[e.start, e.end, e.label] for e in extraction],
            "norms": [e.norm for e in extraction]}


def write_doccano(docs: Documents, path: str | IO[str]) -> int:
    n = 0
    with _open(path) as out:
        for doc_id, extraction in docs:
            out.write(json.dumps(to_line(doc_id, extraction), ensure_ascii=False) + "\n")
            n += 1
    return n
