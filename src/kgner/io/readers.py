"""Documents from files, directories and stdin: `.txt`, `.jsonl`, `.html`, and `.gz` of them.

Problems are values, not exceptions, wherever the run can go on: a file that cannot
be read, a JSONL line that is not JSON or lacks the text field become a `ReadError`
in the stream, so one broken file in an archive of thousands does not stop the run.
Only what makes the command itself wrong (a missing path, an unknown format) raises
`InputError`, before any work is done.
"""
from __future__ import annotations

import fnmatch
import gzip
import io
import json
import struct
import sys
from dataclasses import dataclass
from pathlib import Path
from typing import IO, Iterator

from .html import html_text

FORMATS = {".txt": "txt", ".text": "txt", ".jsonl": "jsonl", ".ndjson": "jsonl",
           ".html": "html", ".htm": "html"}
STDIN = "-"


class InputError(Exception):
    """The command cannot run as asked: a missing path or an unknown format."""


@dataclass(frozen=True, slots=True)
class Doc:
    """One document: `id` is unique per run (the key `--resume` skips by)."""

    id: object
    source: str
    text: str
    nbytes: int


@dataclass(frozen=True, slots=True)
class ReadError:
    """Why a file or a line gave no document; `usage` errors mean bad input (exit 2)."""

    id: object
    source: str
    reason: str
    usage: bool = False
    nbytes: int = 0

    def to_dict(self) -> dict:
        return {"id": self.id, "source": self.source, "stage": "read", "error": self.reason}


@dataclass(frozen=True, slots=True)
class Source:
    """A file (or stdin) with the format it is read as."""

    path: str
    format: str
    gzipped: bool = False


def format_of(path: str | Path) -> tuple[str, bool] | None:
    """(format, gzipped) from the file name, or None when kgner cannot read it."""
    suffixes = [s.lower() for s in Path(path).suffixes]
    gzipped = bool(suffixes) and suffixes[-1] == ".gz"
    if gzipped:
        suffixes = suffixes[:-1]
    fmt = FORMATS.get(suffixes[-1]) if suffixes else None
    return (fmt, gzipped) if fmt else None


def expand(paths: list[str], glob: str | None = None, force: str | None = None) -> list[Source]:
    """The sources behind the command-line paths; directories are walked recursively.

    A missing path, or a file named on the command line in an unknown format, raises
    `InputError`. In a directory, files that match `glob` (default: any known format)
    are taken in sorted order, so runs and `--resume` see the same sequence.
    """
    sources: list[Source] = []
    for path in paths or [STDIN]:
        if path == STDIN:
            sources.append(Source(STDIN, force or "txt"))
            continue
        p = Path(path)
        if p.is_dir():
            for f in sorted(x for x in p.rglob("*") if x.is_file()):
                if glob and not fnmatch.fnmatch(f.name, glob) and not fnmatch.fnmatch(
                        f.relative_to(p).as_posix(), glob):
                    continue
                known = format_of(f)
                if known or force:
                    sources.append(Source(str(f), force or known[0], bool(known and known[1])))
        elif p.is_file():
            known = format_of(p)
            if known is None and force is None:
                raise InputError(f"unknown format: {path} (expected .txt, .jsonl, .html or "
                                 f"their .gz; or pass --input-format)")
            gz = p.suffix.lower() == ".gz"
            sources.append(Source(str(p), force or known[0], gz))
        else:
            raise InputError(f"no such file or directory: {path}")
    return sources


def size_of(source: Source) -> int | None:
    """Uncompressed size in bytes, for the progress bar (gzip keeps it in its trailer)."""
    if source.path == STDIN:
        return None
    try:
        if not source.gzipped:
            return Path(source.path).stat().st_size
        with open(source.path, "rb") as f:
            f.seek(-4, io.SEEK_END)
            return struct.unpack("<I", f.read(4))[0]
    except (OSError, struct.error):
        return None


def _open_binary(source: Source) -> IO[bytes]:
    if source.path == STDIN:
        return sys.stdin.buffer
    return gzip.open(source.path, "rb") if source.gzipped else open(source.path, "rb")


def read(source: Source, text_field: str = "text", id_field: str = "id",
         encoding_errors: str = "strict") -> Iterator[Doc | ReadError]:
    """The documents of one source, or the reasons it (or a line of it) gives none."""
    name = "stdin" if source.path == STDIN else source.path
    try:
        if source.format == "jsonl":
            yield from _read_jsonl(source, name, text_field, id_field, encoding_errors)
            return
        with _open_binary(source) as f:
            data = f.read()
        text = data.decode("utf-8", errors=encoding_errors)
    except UnicodeDecodeError as exc:
        yield ReadError(name, name, f"not UTF-8 ({exc.reason} at byte {exc.start})")
        return
    except (OSError, EOFError, gzip.BadGzipFile) as exc:
        yield ReadError(name, name, f"cannot read: {exc}")
        return
    if source.format == "html":
        text = html_text(text)
    yield Doc(name, name, text, len(data))


def _read_jsonl(source: Source, name: str, text_field: str, id_field: str,
                encoding_errors: str) -> Iterator[Doc | ReadError]:
    f = _open_binary(source)
    try:
        for lineno, raw in enumerate(f, 1):
            line_id = f"{name}:{lineno}"
            if not raw.strip():
                continue
            try:
                record = json.loads(raw.decode("utf-8", errors=encoding_errors))
            except UnicodeDecodeError as exc:
                yield ReadError(line_id, name, f"line {lineno}: not UTF-8 ({exc.reason})",
                                nbytes=len(raw))
                continue
            except json.JSONDecodeError as exc:
                yield ReadError(line_id, name, f"line {lineno}: not JSON ({exc.msg})",
                                usage=True, nbytes=len(raw))
                continue
            if not isinstance(record, dict):
                yield ReadError(line_id, name, f"line {lineno}: not a JSON object", usage=True,
                                nbytes=len(raw))
                continue
            doc_id = record.get(id_field, line_id)
            text = record.get(text_field)
            if text is None:
                yield ReadError(doc_id, name, f"line {lineno}: missing text field {text_field!r}",
                                usage=True, nbytes=len(raw))
            elif not isinstance(text, str):
                yield ReadError(doc_id, name, f"line {lineno}: field {text_field!r} is "
                                f"{type(text).__name__}, not a string", usage=True, nbytes=len(raw))
            else:
                yield Doc(doc_id, name, text, len(raw))
    finally:
        if source.path != STDIN:
            f.close()
