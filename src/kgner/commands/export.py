"""`kgner export`: convert `kgner extract` JSONL to CoNLL, DocBin, Label Studio, doccano, CSV."""
from __future__ import annotations

import argparse
import sys


def cmd_export(args: argparse.Namespace) -> int:
    from ..export import write
    from ..export.jsonl import load_extractions

    def docs():
        for path in args.files:
            yield from load_extractions(path)

    try:
        n = write(docs(), args.output, args.to)
    except (OSError, ValueError) as exc:
        print(f"kgner export: {exc}", file=sys.stderr)
        return 2
    print(f"kgner export: {n} documents -> {args.output} ({args.to})", file=sys.stderr)
    return 0


def register(sub) -> None:
    from ..export import FORMATS
    p = sub.add_parser(
        "export", help="convert kgner JSONL to conll, docbin, labelstudio, doccano, csv, tsv",
        description="Records without a 'text' field are resolved through their 'source' "
                    "or 'id' path (as given, or relative to the JSONL file).")
    p.add_argument("files", nargs="+", help="JSONL files written by `kgner extract`")
    p.add_argument("--to", choices=FORMATS, required=True, help="output format")
    p.add_argument("-o", "--output", required=True,
                   help="output file (.conll, .spacy, .json, .jsonl, .csv, .tsv)")
    p.set_defaults(func=cmd_export)
