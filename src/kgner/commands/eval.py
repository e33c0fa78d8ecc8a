"""`kgner eval`: score kgner (and baselines) on gold JSONL files."""
from __future__ import annotations

import argparse
import json
import sys
from pathlib import Path

from ..types import LABELS


def cmd_eval(args: argparse.Namespace) -> int:
    from ..corpus import CorpusError
    from ..evalrun import evaluate, kgner_predictor, predictions_from_file
    from ..evaluate import format_markdown, format_table
    systems, only = {}, {}
    if args.predictions:
        systems["predictions"] = predictions_from_file(args.predictions)
    else:
        systems["kgner"] = kgner_predictor(args.labels)
    if args.baseline == "natasha":
        from ..baselines.natasha_ner import predict
        systems["natasha"] = predict
        only["natasha"] = ("PER", "LOCATION")
    try:
        reports = evaluate(args.gold, systems, root=args.root, by_lang=args.by_lang, only=only)
    except CorpusError as exc:
        print(f"kgner eval: {exc}", file=sys.stderr)
        return 2
    if args.markdown:
        groups: dict[str, list] = {}
        for name, report in reports.items():
            groups.setdefault(name.partition(" [")[2].rstrip("]") or "all", []).append(report)
        for lang, group in groups.items():
            print(f"\n**{lang}**\n" if len(groups) > 1 else "")
            print(format_markdown(group))
    else:
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


def register(sub) -> None:
    p = sub.add_parser("eval", help="score kgner (and baselines) on gold JSONL files")
    p.add_argument("gold", nargs="+", help="gold JSONL files (corpus/gold/*.jsonl)")
    p.add_argument("--root", default=None, help="where stand-off texts are resolved (default ../shared)")
    p.add_argument("--baseline", choices=["natasha"], help="score a baseline in the same run")
    p.add_argument("--predictions", help="score predictions from this JSONL instead of running kgner")
    p.add_argument("--labels", nargs="+", choices=LABELS, help="run kgner with only these labels")
    p.add_argument("--by-lang", action="store_true", help="also split the scores by language")
    p.add_argument("--errors", action="store_true", help="list false positives and negatives")
    p.add_argument("--json", help="write the tables as JSON to this file ('-' for stdout)")
    p.add_argument("--markdown", action="store_true", help="print the tables as Markdown")
    p.set_defaults(func=cmd_eval)
