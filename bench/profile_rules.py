"""Profile the rules-only pipeline over the benchmark archive (bench/throughput.py).

Runs `extract_many` with the rules-only pipeline over the corpus texts repeated to
--mb MB, once under cProfile (prints the top functions by own time and by cumulative
time), and --repeat times plainly to report MB/s. Timing on a busy machine is noisy:
compare runs made close together, or the profile's relative shares.

Usage: python bench/profile_rules.py [--mb 1.6] [--repeat 3] [--top 25] [--no-profile]
"""
from __future__ import annotations

import argparse
import cProfile
import pstats
import sys
import time
from pathlib import Path

BENCH = Path(__file__).resolve().parent
sys.path.insert(0, str(BENCH))

from throughput import RULE_LABELS, corpus_texts  # noqa: E402


def archive(mb: float) -> list[str]:
    """The corpus texts in order, repeated until they reach `mb` MB of UTF-8."""
    texts, size = [], 0
    base = corpus_texts()
    while size < mb * 1e6:
        for text in base:
            texts.append(text)
            size += len(text.encode("utf-8"))
    return texts


def run(texts: list[str]) -> int:
    import kgner
    pipeline = kgner.Pipeline(RULE_LABELS, model=False)
    return sum(1 for _ in kgner.extract_many(texts, pipeline=pipeline))


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--mb", type=float, default=1.6)
    parser.add_argument("--repeat", type=int, default=3)
    parser.add_argument("--top", type=int, default=25)
    parser.add_argument("--no-profile", action="store_true")
    args = parser.parse_args()
    texts = archive(args.mb)
    mb = sum(len(t.encode("utf-8")) for t in texts) / 1e6
    run(texts[:100])  # warm up: imports, compiled patterns
    speeds = []
    for _ in range(args.repeat):
        start = time.perf_counter()
        run(texts)
        speeds.append(mb / (time.perf_counter() - start))
    if speeds:
        print(f"{mb:.2f} MB, {len(texts)} docs: MB/s " + " ".join(f"{s:.2f}" for s in speeds)
              + f" (best {max(speeds):.2f})")
    if not args.no_profile:
        profiler = cProfile.Profile()
        profiler.runcall(run, texts)
        stats = pstats.Stats(profiler)
        stats.sort_stats("tottime").print_stats(args.top)
        stats.sort_stats("cumulative").print_stats(args.top)


if __name__ == "__main__":
    main()
