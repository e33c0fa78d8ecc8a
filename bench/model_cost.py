"""The model's cost: throughput and peak memory of kgner with and without the spaCy model
(and with natasha on Russian sentences), on the same text in one run.

Text: the gold dev paragraphs plus the seed live-blog page (../shared, read by this
benchmark only). Each configuration runs in a fresh subprocess so that its peak
memory (ru_maxrss) is its own; the throughput is the best of `--repeat` passes after a
warm-up pass. Usage: python bench/model_cost.py [--repeat 3] [--json out.json]
"""
from __future__ import annotations

import argparse
import json
import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
SEED = ROOT.parent / "shared" / "seeds" / "000_dc6cb61e8d06d590.txt"
CONFIGS = {
    "rules+KB (model=False)": dict(model=False, natasha=False),
    "rules+KB+model": dict(model=True, natasha=False),
    "rules+KB+model+natasha": dict(model=True, natasha=True),
    "natasha NER alone": None,
}

CHILD = r"""
import json, resource, sys, time
from kgner.corpus import load_rows
texts = [r["text"] for r in load_rows(sys.argv[1])] + [open(sys.argv[2], encoding="utf-8").read()]
config = json.loads(sys.argv[3]); repeat = int(sys.argv[4])
t0 = time.perf_counter()
if config is None:
    from kgner.baselines.natasha_ner import predict as run
else:
    from kgner.pipeline import Pipeline
    run = Pipeline(**config).extract
run(texts[0])
load = time.perf_counter() - t0
for t in texts:  # warm-up
    run(t)
best = None
for _ in range(repeat):
    t = time.perf_counter()
    for x in texts:
        run(x)
    best = min(best or 1e9, time.perf_counter() - t)
chars = sum(map(len, texts))
print(json.dumps({"chars": chars, "seconds": best, "chars_per_s": chars / best, "load_s": load,
                  "peak_mb": resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024}))
"""


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--repeat", type=int, default=3)
    ap.add_argument("--json")
    args = ap.parse_args()
    gold = ROOT / "corpus" / "gold" / "dev.jsonl"
    results = {}
    for name, config in CONFIGS.items():
        out = subprocess.run([sys.executable, "-c", CHILD, str(gold), str(SEED), json.dumps(config),
                              str(args.repeat)], capture_output=True, text=True, check=True)
        results[name] = json.loads(out.stdout.strip().splitlines()[-1])
    base = results["natasha NER alone"]["chars_per_s"]
    print(f"text: gold dev + seed page, {results['natasha NER alone']['chars']} chars\n")
    print("| configuration | chars/s | x natasha | peak MB | first call s |")
    print("|---|---|---|---|---|")
    for name, r in results.items():
        print(f"| {name} | {r['chars_per_s']:,.0f} | {r['chars_per_s'] / base:.2f} | "
              f"{r['peak_mb']:.0f} | {r['load_s']:.2f} |")
    if args.json:
        Path(args.json).write_text(json.dumps(results, indent=2) + "\n")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
