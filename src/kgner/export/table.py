"""CSV and TSV: one row per entity with its document id, for spreadsheets and pandas."""
from __future__ import annotations

import csv
from typing import IO

from . import Documents
from .jsonl import _open

COLUMNS = ("id", "label", "start", "end", "text", "norm", "lang", "source", "kb_id")


def rows(docs: Documents):
    """The table rows (dicts keyed by `COLUMNS`) of `docs`."""
    for doc_id, extraction in docs:
        for e in extraction:
            yield {"id": doc_id, **{k: getattr(e, k) for k in COLUMNS[1:]}}


def write_table(docs: Documents, path: str | IO[str], delimiter: str = ",") -> int:
    """CSV (or TSV with `delimiter="\\t"`), header first; quoting keeps newlines safe."""
    n_docs = 0

    def counted():
        nonlocal n_docs
        for doc in docs:
            n_docs += 1
            yield doc

    with _open(path) as out:
        writer = csv.DictWriter(out, COLUMNS, delimiter=delimiter, lineterminator="\n")
        writer.writeheader()
        for row in rows(counted()):
            writer.writerow({k: "" if v is None else v for k, v in row.items()})
    return n_docs
