"""`kgner render`: a self-contained HTML page highlighting the entities of documents."""
from __future__ import annotations

import argparse
import sys
from pathlib import Path

from ..types import LABELS


def _documents(args: argparse.Namespace):
    """(title, Extraction) of every input document, in order."""
    if args.records:
        from ..export.jsonl import load_extractions
        for path in args.files:
            yield from load_extractions(path)
        return
    from ..io.readers import Doc, expand, read
    from ..pipeline import Pipeline
    pipeline = Pipeline(args.labels, model=not args.no_model)
    for source in expand(args.files):
        for doc in read(source, encoding_errors="replace"):
            if not isinstance(doc, Doc):
                raise ValueError(f"{doc.source}: {doc.reason}")
            text = doc.text[:args.max_chars] if args.max_chars else doc.text
            yield str(doc.id), pipeline.extract(text)


def cmd_render(args: argparse.Namespace) -> int:
    from ..io.readers import InputError
    from ..render import render
    try:
        html = render(list(_documents(args)), page=True, page_title=args.title)
    except (InputError, OSError, ValueError) as exc:
        print(f"kgner render: {exc}", file=sys.stderr)
        return 2
    Path(args.output).write_text(html, encoding="utf-8")
    print(f"kgner render: wrote {args.output}", file=sys.stderr)
    return 0


def register(sub) -> None:
    p = sub.add_parser("render", help="write an HTML page highlighting the entities")
    p.add_argument("files", nargs="+", help="inputs as for `kgner extract` (.txt, .html, "
                   ".jsonl with a text field, or '-' for stdin)")
    p.add_argument("-o", "--output", required=True, help="the HTML file to write")
    p.add_argument("--records", action="store_true",
                   help="the files are `kgner extract` JSONL output: draw those entities")
    p.add_argument("--labels", nargs="+", choices=LABELS, help="only these labels")
    p.add_argument("--max-chars", type=int, default=0,
                   help="render only the first N characters of each document")
    p.add_argument("--title", default="kgner", help="the page title")
    p.add_argument("--no-model", action="store_true",
                   help="rules and knowledge base only (no statistical model)")
    p.set_defaults(func=cmd_render)
