"""The `kgner` command: extract | eval | corpus check."""
from __future__ import annotations

import argparse
import json
import sys
from pathlib import Path
from typing import Sequence

from .types import LABELS


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
    from .pipeline import Pipeline
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


def cmd_eval(args: argparse.Namespace) -> int:
    from .corpus import CorpusError
    from .evalrun import evaluate, kgner_predictor, predictions_from_file
    from .evaluate import format_table
    systems, only = {}, {}
    if args.predictions:
        systems["predictions"] = predictions_from_file(args.predictions)
    else:
        systems["kgner"] = kgner_predictor(args.labels)
    if args.baseline == "natasha":
        from .baselines.natasha_ner import predict
        systems["natasha"] = predict
        only["natasha"] = ("PER", "LOCATION")
    try:
        reports = evaluate(args.gold, systems, root=args.root, by_lang=args.by_lang, only=only)
    except CorpusError as exc:
        print(f"kgner eval: {exc}", file=sys.stderr)
        return 2
    print(format_table(list(reports.values()), title=f"gold: {', '.join(args.gold)}"))
    if args.errors:
        for report in reports.values():
            if " [" in report.system:
                continue
            print(f"\n== errors of {report.system}")
            for err in report.errors:
                print(f"{err['kind']} {err['label']:<16} {err['id']:<24} {err['norm']!r:<24} {err['context']}")
    if args.json:
        data = {name: r.table() for name, r in reports.items()}
        text = json.dumps(data, ensure_ascii=False, indent=2)
        if args.json == "-":
            print(text)
        else:
            Path(args.json).write_text(text + "\n", encoding="utf-8")
    return 0


def cmd_corpus_check(args: argparse.Namespace) -> int:
    from .corpus import CorpusError, check_file
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


def build_parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(prog="kgner", description="Named entities of Kyrgyz and Russian election news.")
    sub = parser.add_subparsers(dest="command", required=True)

    p = sub.add_parser("extract", help="extract entities from text files or stdin")
    p.add_argument("paths", nargs="*", help="text files; '-' or none reads stdin")
    p.add_argument("-o", "--output", help="write here instead of stdout")
    p.add_argument("--format", choices=["table", "jsonl", "tsv"], default="jsonl")
    p.add_argument("--labels", nargs="+", choices=LABELS, help="only these labels")
    p.set_defaults(func=cmd_extract)

    p = sub.add_parser("eval", help="score kgner (and baselines) on gold JSONL files")
    p.add_argument("gold", nargs="+", help="gold JSONL files (corpus/gold/*.jsonl)")
    p.add_argument("--root", default=None, help="where stand-off texts are resolved (default ../shared)")
    p.add_argument("--baseline", choices=["natasha"], help="score a baseline in the same run")
    p.add_argument("--predictions", help="score predictions from this JSONL instead of running kgner")
    p.add_argument("--labels", nargs="+", choices=LABELS, help="run kgner with only these labels")
    p.add_argument("--by-lang", action="store_true", help="also split the scores by language")
    p.add_argument("--errors", action="store_true", help="list false positives and negatives")
    p.add_argument("--json", help="write the tables as JSON to this file ('-' for stdout)")
    p.set_defaults(func=cmd_eval)

    p = sub.add_parser("corpus", help="gold corpus tools")
    csub = p.add_subparsers(dest="corpus_command", required=True)
    c = csub.add_parser("check", help="validate gold JSONL files")
    c.add_argument("files", nargs="+")
    c.add_argument("--root", default=None)
    c.set_defaults(func=cmd_corpus_check)
    return parser


def main(argv: Sequence[str] | None = None) -> int:
    args = build_parser().parse_args(argv)
    return args.func(args)


if __name__ == "__main__":
    sys.exit(main())
