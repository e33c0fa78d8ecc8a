"""`kgner corpus check`: validate gold JSONL files."""
from __future__ import annotations

import argparse
import sys


def cmd_corpus_check(args: argparse.Namespace) -> int:
    from ..corpus import CorpusError, check_file
    status = 0
    for path in args.files:
        try:
            problems = check_file(path, args.root)
        except CorpusError as exc:
            print(f"kgner corpus check: {exc}", file=sys.stderr)
            return 2
        for problem in problems:
            print(f"{path}: {problem}")
        print(f"{path}: {'OK' if not problems else f'{len(problems)} problems'}", file=sys.stderr)
        status = status or (1 if problems else 0)
    return status


def register(sub) -> None:
    p = sub.add_parser("corpus", help="gold corpus tools")
    csub = p.add_subparsers(dest="corpus_command", required=True)
    c = csub.add_parser("check", help="validate gold JSONL files")
    c.add_argument("files", nargs="+")
    c.add_argument("--root", default=None)
    c.set_defaults(func=cmd_corpus_check)
