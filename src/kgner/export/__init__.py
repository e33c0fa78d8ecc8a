"""Exports of kgner results to the formats NLP people and annotation tools read.

One module per format; every writer takes `(doc_id, Extraction)` pairs, so the same
documents can go to JSONL, CSV/TSV, CoNLL BIO, spaCy `DocBin`, Label Studio or doccano.
`kgner.export.jsonl.load_extractions` reads `kgner extract` output back into such pairs.
"""
from __future__ import annotations

from typing import Iterable, Tuple

from ..types import Extraction

Document = Tuple[str, Extraction]
Documents = Iterable[Document]

FORMATS = ("jsonl", "csv", "tsv", "conll", "docbin", "labelstudio", "doccano")


def write(docs: Documents, path: str, fmt: str) -> int:
    """Write `docs` to `path` in format `fmt`; returns the number of documents written."""
    if fmt == "jsonl":
        from .jsonl import write_jsonl as writer
    elif fmt in ("csv", "tsv"):
        from .table import write_table
        return write_table(docs, path, delimiter="," if fmt == "csv" else "\t")
    elif fmt == "conll":
        from .conll import write_conll as writer
    elif fmt == "docbin":
        from .spacy_doc import write_docbin as writer
    elif fmt == "labelstudio":
        from .labelstudio import write_labelstudio as writer
    elif fmt == "doccano":
        from .doccano import write_doccano as writer
    else:
        raise ValueError(f"unknown format {fmt!r}; known: {', '.join(FORMATS)}")
    return writer(docs, path)
