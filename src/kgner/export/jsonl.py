"""JSONL: the record `kgner extract` writes, one document per line, and the way back.

A record is `{"id", "entities": [...]}` with optional `source`, `lang` and `text`
(its shape is `kgner/schema/extraction.schema.json`). Records without `text` point
at their text file through `source` or `id`, so converting them needs that file.
"""
from __future__ import annotations

import json
from pathlib import Path
from typing import IO, Iterator

from ..types import Entity, Extraction
from . import Documents


def to_record(doc_id: str, extraction: Extraction, *, source: str | None = None,
              lang: str | None = None, include_text: bool = False) -> dict:
    """The JSONL record of one document."""
    record: dict = {"id": doc_id}
    if source is not None:
        record["source"] = source
    if lang is not None:
        record["lang"] = lang
    if include_text:
        record["text"] = extraction.text
    record["entities"] = [e.to_dict() for e in extraction]
    return record


def dumps(record: dict) -> str:
    return json.dumps(record, ensure_ascii=False)


def write_jsonl(docs: Documents, path: str | IO[str], include_text: bool = True) -> int:
    """One record per document; with `include_text` the file stands on its own."""
    with _open(path) as out:
        n = 0
        for doc_id, extraction in docs:
            out.write(dumps(to_record(doc_id, extraction, include_text=include_text)) + "\n")
            n += 1
    return n


def from_json(data: str | bytes, text: str | None = None) -> Extraction:
    """An `Extraction` from `Extraction.to_json()` output or a JSONL record.

    A record without `text` needs the `text` argument; offsets are checked against it.
    """
    obj = json.loads(data)
    if text is None and "text" in obj:
        extraction = Extraction.from_dict(obj)  # keeps whatever else to_dict() wrote
        extraction_from_record(obj, extraction.text)  # offsets must match the text
        return extraction
    return extraction_from_record(obj, text)


def extraction_from_record(record: dict, text: str | None) -> Extraction:
    if text is None:
        raise ValueError(f"record {record.get('id', '?')!r} has no 'text'; pass the text")
    entities = [Entity.from_dict(e) for e in record.get("entities", ())]
    for e in entities:
        if text[e.start:e.end] != e.text:
            raise ValueError(f"record {record.get('id', '?')!r}: entity {e.text!r} at "
                             f"{e.start}-{e.end} does not match the text there")
    return Extraction.from_entities(text, entities)


def read_records(path: str | Path) -> Iterator[dict]:
    """The records of a JSONL file, skipping blank lines."""
    with open(path, encoding="utf-8") as f:
        for lineno, line in enumerate(f, 1):
            if line.strip():
                try:
                    yield json.loads(line)
                except json.JSONDecodeError as exc:
                    raise ValueError(f"{path}:{lineno}: not JSON: {exc}") from None


def load_extractions(path: str | Path) -> Iterator[tuple[str, Extraction]]:
    """(id, Extraction) for every record; the text is the record's own or its source's.

    A record of `kgner extract` names its input in `source` (a .txt, .html or .jsonl
    file, maybe gzipped): that input is read again the way `kgner extract` read it, as
    given or relative to this JSONL file's folder, and the document found by its `id`.
    """
    base = Path(path).resolve().parent
    texts = _SourceTexts(base)
    for record in read_records(path):
        doc_id = str(record.get("id", ""))
        text = record.get("text")
        if text is None:
            text = texts.get(record.get("source") or doc_id, doc_id)
        yield doc_id, extraction_from_record(record, text)


class _SourceTexts:
    """The texts of the inputs records point at, read once per input file."""

    def __init__(self, base: Path) -> None:
        self.base, self.cache = base, {}

    def get(self, source: str, doc_id: str) -> str | None:
        if source not in self.cache:
            self.cache[source] = self._read(source)
        return self.cache[source].get(doc_id)

    def _read(self, source: str) -> dict[str, str]:
        from ..io.readers import Doc, InputError, expand, read
        for candidate in (Path(source), self.base / source):
            if candidate.is_file():
                try:
                    sources = expand([str(candidate)])
                except InputError:
                    text = candidate.read_text(encoding="utf-8", errors="replace")
                    return {source: text}
                docs = [d for s in sources for d in read(s) if isinstance(d, Doc)]
                # a text file's document id is its path as `kgner extract` was given it
                return {**{str(d.id): d.text for d in docs},
                        **({source: docs[0].text} if len(docs) == 1 else {})}
        return {}


class _open:
    """Open a path for writing, or pass an already open text stream through."""

    def __init__(self, target: str | Path | IO[str]) -> None:
        self.target = target
        self.owned = not hasattr(target, "write")

    def __enter__(self) -> IO[str]:
        self.f = open(self.target, "w", encoding="utf-8", newline="") if self.owned else self.target
        return self.f

    def __exit__(self, *exc) -> None:
        if self.owned:
            self.f.close()
