"""Regenerate the score tables of the model card (`models/README.md`) from the shipped model.

- configurations: rules + KB, + natasha, + model (default), + model + natasha, on dev
  and test: PER F1 and micro(core) F1 overall and per language, unseen-name recall;
- natasha's NER alone on the same paragraphs (PER);
- the factRuEval-2016 held-out half (`corpus/factru/heldout.jsonl`) against natasha;
- per label and language, default pipeline, dev;
- recall on names the KB lacks, default pipeline and natasha, dev and test.

Each table sits between `<!-- NAME:start -->` and `<!-- NAME:end -->` markers, as in the
README (`scripts/update_readme.py`). A few minutes on 2 cores (natasha is the slow part).
Usage: python scripts/update_model_card.py [--root ../shared]
"""
from __future__ import annotations

import argparse
import sys
from pathlib import Path

REPO = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(REPO / "src"))
sys.path.insert(0, str(REPO / "scripts"))

from update_readme import replace_block  # noqa: E402

from kgner.baselines.natasha_ner import predict as natasha_predict  # noqa: E402
from kgner.evaluate import format_markdown  # noqa: E402
from kgner.evalrun import evaluate, kgner_predictor  # noqa: E402
from kgner.model.unseen import format_unseen, unseen_recall  # noqa: E402

CARD = REPO / "models" / "README.md"
CONFIGS = [("rules + KB (`model=False`)", {"model": False}),
           ("rules + KB + natasha", {"model": False, "natasha": True}),
           ("**rules + KB + model (default)**", {}),
           ("rules + KB + model + natasha", {"natasha": True})]
LANGS = ("", " [ky]", " [ru]", " [mixed]")


def _f1s(reports: dict, name: str, label: str) -> str:
    cells = [reports.get(name + lang) for lang in LANGS]
    return " / ".join(f"{r.table()[label]['f1']:.3f}" if r and label in r.table() else "-" for r in cells)


def configurations(root) -> str:
    lines = ["| split | configuration | PER F1 all / ky / ru / mixed | "
             "micro(core) F1 all / ky / ru / mixed | unseen-name recall |",
             "|---|---|---|---|---|"]
    natasha_lines = []
    for split in ("dev", "test"):
        gold = [str(REPO / "corpus" / "gold" / f"{split}.jsonl")]
        for title, options in CONFIGS:
            predictor = kgner_predictor(**options)
            reports = evaluate(gold, {"kgner": predictor}, root=root, by_lang=True)
            found, total = unseen_recall(gold, {"kgner": predictor}, root=root)["kgner"]["all"]
            lines.append(f"| {split} | {title} | {_f1s(reports, 'kgner', 'PER')} | "
                         f"{_f1s(reports, 'kgner', 'micro(core)')} | {found / total:.3f} |")
        reports = evaluate(gold, {"natasha": natasha_predict}, root=root, by_lang=True,
                           only={"natasha": ("PER", "LOCATION")})
        natasha_lines.append(f"{_f1s(reports, 'natasha', 'PER')} on {split}")
    return ("\n".join(lines) + "\n\nFor comparison, natasha's NER alone gets PER F1 "
            + " and ".join(natasha_lines) + " (all / ky / ru / mixed).")


def factru(root) -> str:
    gold = [str(REPO / "corpus" / "factru" / "heldout.jsonl")]
    reports = evaluate(gold, {"kgner": kgner_predictor(), "natasha": natasha_predict}, root=root,
                       only={"kgner": ("PER", "LOCATION"), "natasha": ("PER", "LOCATION")})
    return format_markdown(list(reports.values()))


def per_label(root) -> str:
    gold = [str(REPO / "corpus" / "gold" / "dev.jsonl")]
    reports = evaluate(gold, {"kgner": kgner_predictor()}, root=root, by_lang=True)
    return "\n\n".join(f"**{(name.partition(' [')[2].rstrip(']') or 'all')}**\n\n"
                       + format_markdown([report]) for name, report in reports.items())


def unseen(root) -> str:
    predictor = kgner_predictor()
    return "\n\n".join(f"{split}:\n\n" + format_unseen(unseen_recall(
        [str(REPO / "corpus" / "gold" / f"{split}.jsonl")], {"kgner": predictor, "natasha": natasha_predict},
        root=root)) for split in ("dev", "test"))


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--root", default=None)
    root = parser.parse_args().root
    text = CARD.read_text(encoding="utf-8")
    text = replace_block(text, "configurations", configurations(root))
    text = replace_block(text, "factru", factru(root))
    text = replace_block(text, "labels", per_label(root))
    text = replace_block(text, "unseen", unseen(root))
    CARD.write_text(text, encoding="utf-8")
    print("model card tables updated")


if __name__ == "__main__":
    main()
