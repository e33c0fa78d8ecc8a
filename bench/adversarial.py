"""Adversarial inputs for the rule layer: runs of digits, `%`, `№`, colons, suffixes.

Each input is built at 100 KB and at 1 MB; the script times the whole pipeline on both
and prints the ratio. Linear time gives a ratio near 10; catastrophic backtracking
shows as a ratio far above it (or as a run that never ends).

Usage: python bench/adversarial.py [--size 1000000]
"""
from __future__ import annotations

import argparse
import time

import kgner

PATTERNS = {
    "digits": "1234567890",
    "percent": "9,17%ы 1%%% ",
    "number signs": "№№ No N№1 ",
    "colons": "08:2:00:1:",
    "suffixes": "дүндөгүнөн",
    "glued": "08:201047-бөлүм",
    "dotted": "20.00.20.00.",
    "html": "<a <b &amp;& &#x",
    "quotes": "«»\"'-–—",
    "station words": "шайлоо участкасында 1 ",
    "mixed script": "aаeеoоpр",
    "spaces": " \u00a0\u200b\n",
    "named districts": "Баткен, Ош жана Кара-Суу Свердловском и округ ",
}


def timed(text: str) -> float:
    start = time.perf_counter()
    kgner.extract(text)
    return time.perf_counter() - start


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--size", type=int, default=1_000_000)
    args = parser.parse_args()
    kgner.extract("warm up 08:00")
    print(f"{'input':<16}{'100 KB s':>10}{'1 MB s':>10}{'ratio':>8}{'MB/s':>8}")
    worst = 0.0
    for name, unit in PATTERNS.items():
        small = (unit * (args.size // 10 // len(unit) + 1))[:args.size // 10]
        big = (unit * (args.size // len(unit) + 1))[:args.size]
        t_small, t_big = timed(small), timed(big)
        ratio = t_big / t_small if t_small else float("inf")
        worst = max(worst, ratio)
        print(f"{name:<16}{t_small:>10.3f}{t_big:>10.3f}{ratio:>8.1f}{len(big) / t_big / 1e6:>8.2f}")
    print(f"worst ratio {worst:.1f} (linear is about 10)")


if __name__ == "__main__":
    main()
