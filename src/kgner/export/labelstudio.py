"""Label Studio: tasks with kgner's entities as predictions, for human correction.

The tasks follow Label Studio's documented import of pre-annotations
(labelstud.io/guide/predictions): a `data`
object holding the text and a `predictions` list whose `result` regions are
`{"from_name": "label", "to_name": "text", "type": "labels", "value": {start, end,
text, labels}}`. `LABEL_CONFIG` is the matching labeling interface to paste into
the project settings. kgner's norm and kb_id ride along in each region's `meta`.
"""
from __future__ import annotations

import json
from typing import IO

from .. import __version__
from ..types import LABELS, Extraction
from . import Documents
from .jsonl import _open

LABEL_CONFIG = "\n".join([
    "<View>",
    '  <Labels name="label" toName="text">',
    *(f'    <Label value="{label}"/>' for label in LABELS),
    "  </Labels>",
    '  <Text name="text" value="$text"/>',
    "</View>",
])


def to_task(doc_id: str, extraction: Extraction) -> dict:
    """One Label Studio task with kgner's entities as a prediction."""
    result = []
    for i, e in enumerate(extraction):
        meta = f"norm: {e.norm}" + (f"; kb_id: {e.kb_id}" if e.kb_id else "")
        result.append({
            "id": f"kgner-{i}",
            "from_name": "label",
            "to_name": "text",
            "type": "labels",
            "value": {"start": e.start, "end": e.end, "text": e.text, "labels": [e.label]},
            "meta": {"text": [meta]},
        })
    return {"data": {"text": extraction.text, "doc_id": doc_id},
            "predictions": [{"model_version": f"kgner-{__version__}", "result": result}]}


def write_labelstudio(docs: Documents, path: str | IO[str]) -> int:
    """A JSON list of tasks, to import in a project using `LABEL_CONFIG`."""
    tasks = [to_task(doc_id, extraction) for doc_id, extraction in docs]
    with _open(path) as out:
        json.dump(tasks, out, ensure_ascii=False, indent=1)
        out.write("\n")
    return len(tasks)
