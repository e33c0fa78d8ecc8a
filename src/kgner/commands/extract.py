"""`kgner extract`: entities of text files or stdin."""
from __future__ import annotations

import argparse
import json
import sys
from pathlib import Path
from typing import Sequence

from ..types import LABELS


def _read_inputs(paths: Sequence[str]):
    """(id, text) for every path; `-` or no path reads stdin."""
    if not paths:
        paths = ["-"]
    for path in paths:
        if path == "-":
            yield "stdin", sys.stdin.read()
            continue
        p = Path(path)
        if not p.is_file():
            raise SystemExit(f"kgner: no such file: {path}")
        yield str(p), p.read_text(encoding="utf-8", errors="replace")


def cmd_extract(args: argparse.Namespace) -> int:
    from ..pipeline import Pipeline
    pipeline = Pipeline(args.labels)
    out = open(args.output, "w", encoding="utf-8") if args.output else sys.stdout
    try:
        for doc_id, text in _read_inputs(args.paths):
            extraction = pipeline.extract(text)
            if args.format == "jsonl":
                record = {"id": doc_id, "entities": [e.to_dict() for e in extraction]}
                out.write(json.dumps(record, ensure_ascii=False) + "\n")
            elif args.format == "tsv":
                for e in extraction:
                    out.write("\t".join([doc_id, e.label, str(e.start), str(e.end), e.text,
                                         e.norm, e.lang, e.source, e.kb_id or ""]) + "\n")
            else:
                out.write(f"# {doc_id}: {len(extraction)} entities\n")
                for e in extraction:
                    out.write(f"{e.start:>7}-{e.end:<7} {e.label:<16} {e.text!r:<32} -> {e.norm}"
                              f"  [{e.lang}]\n")
    finally:
        if out is not sys.stdout:
            out.close()
    return 0


def register(sub) -> None:
    p = sub.add_parser("extract", help="extract entities from text files or stdin")
    p.add_argument("paths", nargs="*", help="text files; '-' or none reads stdin")
    p.add_argument("-o", "--output", help="write here instead of stdout")
    p.add_argument("--format", choices=["table", "jsonl", "tsv"], default="jsonl")
    p.add_argument("--labels", nargs="+", choices=LABELS, help="only these labels")
    p.set_defaults(func=cmd_extract)
