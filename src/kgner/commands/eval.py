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
    if getattr(args, "facts", None):
        return _eval_facts(args)
    systems, only = {}, {}
    if args.predictions:
        systems["predictions"] = predictions_from_file(args.predictions)
    else:
        options = {"model": not args.no_model, "kb": args.kb}
        if args.natasha:
            options["natasha"] = True
        systems["kgner"] = kgner_predictor(args.labels, **options)
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
    if args.unseen:
        from ..model.unseen import format_unseen, unseen_recall
        print("\n" + format_unseen(unseen_recall(args.gold, systems, root=args.root)))
    if args.json:
        data = {name: r.table() for name, r in reports.items()}
        text = json.dumps(data, ensure_ascii=False, indent=2)
        if args.json == "-":
            print(text)
        else:
            Path(args.json).write_text(text + "\n", encoding="utf-8")
    return 0


def _eval_facts(args: argparse.Namespace) -> int:
    """`--facts FILE`: precision/recall/F1 per fact type on the paragraphs of `gold`."""
    from ..corpus import CorpusError, load_rows
    from ..facts.evaluate import kgner_fact_predictor, load_gold_facts, score
    try:
        rows = [row for path in args.gold for row in load_rows(path, args.root)]
        gold = {}
        for path in args.facts:
            gold.update(load_gold_facts(path))
    except (CorpusError, OSError) as exc:
        print(f"kgner eval: {exc}", file=sys.stderr)
        return 2
    report = score(rows, gold, kgner_fact_predictor())
    if args.markdown:
        print(report.markdown())
    else:
        print(report.format(f"facts: {', '.join(args.facts)} on {', '.join(args.gold)}"))
    if args.errors:
        for kind, doc_id, fact in report.errors:
            print(kind, doc_id, json.dumps(fact, ensure_ascii=False))
    if args.json:
        text = json.dumps(report.table(), ensure_ascii=False, indent=2)
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
    p.add_argument("--no-model", action="store_true", help="run kgner without its NER model")
    p.add_argument("--natasha", action="store_true",
                   help="run kgner with natasha's NER on Russian sentences")
    p.add_argument("--kb", nargs="+", default=[], metavar="TSV", help="user knowledge-base files")
    p.add_argument("--by-lang", action="store_true", help="also split the scores by language")
    p.add_argument("--errors", action="store_true", help="list false positives and negatives")
    p.add_argument("--json", help="write the tables as JSON to this file ('-' for stdout)")
    p.add_argument("--markdown", action="store_true", help="print the tables as Markdown")
    p.add_argument("--unseen", action="store_true",
                   help="also report recall on names whose norm the knowledge base lacks")
    p.add_argument("--facts", nargs="+", metavar="FACTS_JSONL",
                   help="score election facts against these gold facts files (corpus/facts/*.jsonl)")
    p.set_defaults(func=cmd_eval)
