"""Writers for `kgner extract`: JSONL (one record per document), CSV/TSV (one row per
entity) and a human-readable table.

Why every record is one `write` followed by `flush`: a run killed at any moment then
leaves whole records plus at most one torn last line, which `resume_point` cuts off,
so `--resume` neither loses nor repeats a document.
"""
from __future__ import annotations

import csv
import io
import json
import os
from typing import IO

from ..batch import DocResult

COLUMNS = ("id", "label", "start", "end", "text", "norm", "lang", "source", "kb_id")
RESUMABLE = ("jsonl", "csv", "tsv")


def _one_line(value: object) -> str:
    """A field on one line: CSV/TSV rows stay one per line, so a torn row is findable."""
    return "" if value is None else str(value).replace("\t", " ").replace("\r", " ").replace("\n", " ")


def render(result: DocResult, source: str, fmt: str, facts: bool = False) -> str:
    """The text one document adds to the output (with its election facts if asked)."""
    entities = result.extraction.entities if result.extraction else ()
    fact_dicts, fact_error = _facts(result) if facts else ([], None)
    if fmt == "jsonl":
        record = {"id": result.id, "source": source, "lang": result.lang,
                  "entities": [e.to_dict() for e in entities]}
        if facts:
            record["facts"] = fact_dicts
            if fact_error:
                record["facts_error"] = fact_error
        return json.dumps(record, ensure_ascii=False) + "\n"
    rows = [[result.id, e.label, e.start, e.end, e.text, e.norm, e.lang, e.source, e.kb_id]
            for e in entities]
    if fmt == "tsv":
        return "".join("\t".join(map(_one_line, row)) + "\n" for row in rows)
    if fmt == "csv":
        buf = io.StringIO()
        csv.writer(buf, lineterminator="\n").writerows([list(map(_one_line, r)) for r in rows])
        return buf.getvalue()
    lines = [f"# {result.id}: {len(entities)} entities\n"]
    lines += [f"  facts failed: {fact_error}\n"] if fact_error else []
    lines += [f"{e.start:>7}-{e.end:<7} {e.label:<16} {e.text!r:<32} -> {e.norm}  [{e.lang}]\n"
              for e in entities]
    lines += [f"  fact {f['type']}: " + ", ".join(f"{k}={v}" for k, v in f.items()
                                               if k not in ("type", "entities", "sentence")
                                               and v not in (None, "")) + "\n"
              for f in fact_dicts]
    return "".join(lines)


def _facts(result: DocResult) -> tuple[list[dict], str | None]:
    """The document's facts, or none and why: a failure of the fact layer on one document
    must not end an archive run nor lose the document's entities."""
    from ..facts import facts_to_dicts
    try:
        return (facts_to_dicts(result.extraction) if result.extraction else []), None
    except Exception as exc:  # noqa: BLE001 - reported in the record, the run goes on
        return [], f"{type(exc).__name__}: {exc}"


def header(fmt: str) -> str:
    return ",".join(COLUMNS) + "\n" if fmt == "csv" else ""


def _id_of(line: bytes, fmt: str) -> str | None:
    """The document id of one complete output line, or None when the line is torn."""
    try:
        text = line.decode("utf-8")
        if fmt == "jsonl":
            record = json.loads(text)
            return str(record["id"]) if isinstance(record, dict) and "id" in record else None
        row = next(csv.reader([text.rstrip("\n")], delimiter="\t" if fmt == "tsv" else ","))
        return row[0] if len(row) == len(COLUMNS) else None
    except (UnicodeDecodeError, ValueError, KeyError, StopIteration, csv.Error):
        return None


def resume_point(path: str, fmt: str) -> tuple[set[str], int, bool]:
    """(ids already done, byte offset to truncate at, header present) of an earlier run.

    JSONL: every complete, parseable line is a finished document. CSV/TSV: a document
    writes all its rows at once, but a kill can tear them, so the last document's rows
    are dropped and it is done again.
    """
    done: set[str] = set()
    offset = good_end = 0
    has_header = False
    last_id, last_start = None, 0
    with open(path, "rb") as f:
        for lineno, line in enumerate(f):
            if fmt == "csv" and lineno == 0 and line == header(fmt).encode():
                has_header = True
                offset = good_end = len(line)
                continue
            doc_id = _id_of(line, fmt) if line.endswith(b"\n") else None
            if doc_id is None:
                break
            if doc_id != last_id:
                last_id, last_start = doc_id, offset
                done.add(doc_id)
            offset += len(line)
            good_end = offset
    if fmt != "jsonl" and last_id is not None:
        done.discard(last_id)
        good_end = last_start
    return done, good_end, has_header


class Output:
    """An output stream that writes whole records and flushes each one."""

    def __init__(self, path: str | None, fmt: str, resume: bool, stdout: IO[str],
                 facts: bool = False) -> None:
        self.fmt, self.done, self.facts = fmt, set(), facts
        if path is None:
            self.file, self._own = stdout, False
            self.file.write(header(fmt))
            return
        has_header = False
        if resume and os.path.exists(path):
            self.done, end, has_header = resume_point(path, fmt)
            with open(path, "r+b") as f:
                f.truncate(end)
        self.file = open(path, "a" if resume else "w", encoding="utf-8", newline="")
        self._own = True
        if not has_header and self.file.tell() == 0:
            self.file.write(header(fmt))

    def write(self, result: DocResult, source: str) -> None:
        text = render(result, source, self.fmt, self.facts)
        if text:
            self.file.write(text)
            self.file.flush()

    def close(self) -> None:
        if self._own:
            self.file.close()
        else:
            self.file.flush()


class ErrorLog:
    """The errors file: one JSON line per unreadable file or failed document, opened
    only when the first error comes, so a clean run leaves no empty file behind."""

    def __init__(self, path: str | None, resume: bool) -> None:
        self.path, self._mode, self._file = path, "a" if resume else "w", None
        if path and not resume and os.path.exists(path):
            os.remove(path)  # a stale log from an earlier run would mislead

    def write(self, record: dict) -> None:
        if self.path is None:
            return
        if self._file is None:
            self._file = open(self.path, self._mode, encoding="utf-8")
        self._file.write(json.dumps(record, ensure_ascii=False, default=str) + "\n")
        self._file.flush()

    def close(self) -> None:
        if self._file is not None:
            self._file.close()
