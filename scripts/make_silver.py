"""Write the model's training data (gold train + silver) as JSONL, with each source's share.

Silver: kgner's rules + KB over the 24.kg articles (minus every article in the dev or
test split) and the UD Kyrgyz sentences, natasha's PER/LOC on their Russian sentences,
factRuEval-2016 devset persons and places. `kgner train` builds the same data in
memory; this script is for inspecting it.

    python scripts/make_silver.py [--root ../shared] [--out build/silver.jsonl]
"""
from __future__ import annotations

import argparse
import json
from collections import Counter
from pathlib import Path

from kgner.corpus import default_root
from kgner.model.data import build, repo_root


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--root", default=None, help="the shared corpora folder (default ../shared)")
    ap.add_argument("--out", default=str(repo_root() / "build" / "silver.jsonl"))
    ap.add_argument("--seed", type=int, default=0)
    args = ap.parse_args()
    train, _, stats = build(args.root or default_root(), seed=args.seed)
    out = Path(args.out)
    out.parent.mkdir(parents=True, exist_ok=True)
    with open(out, "w", encoding="utf-8") as f:
        for text, spans, source in train:
            f.write(json.dumps({"source": source, "text": text,
                                "entities": [{"start": s, "end": e, "label": label} for s, e, label in spans]},
                               ensure_ascii=False) + "\n")
    sources = sorted({k.rsplit(" ", 1)[0] for k in stats if k.endswith(" examples")})
    total_chars = sum(stats[f"{s} chars"] for s in sources)
    total_ents = sum(stats[f"{s} entities"] for s in sources)
    labels = Counter(label for _, spans, _ in train for _, _, label in spans)
    print("| source | examples | chars | share of chars | entities | share of entities |")
    print("|---|---|---|---|---|---|")
    for s in sources:
        print(f"| {s} | {stats[f'{s} examples']} | {stats[f'{s} chars']} | "
              f"{stats[f'{s} chars'] / total_chars:.1%} | {stats[f'{s} entities']} | "
              f"{stats[f'{s} entities'] / total_ents:.1%} |")
    print(f"\nlabels: {dict(labels)}; natasha spans added on Russian sentences: {stats['natasha spans']}; "
          f"24.kg articles held out (dev/test): {stats['24kg articles skipped (dev/test)']}")
    print(f"written: {out}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
