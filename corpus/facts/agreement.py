"""How far two annotators agree on the test facts: the gold (`test.jsonl`, the first
annotation) against a second, blind annotation (`agreement/test-second.txt`, made on
2026-11-26 by an annotator who saw neither the gold facts, the extractor nor its output).

Facts are matched as `kgner eval --facts` matches them (`kgner.facts.evaluate.key_equal`).
It measures the gold, not the extractor: no extractor runs here.

    python corpus/facts/agreement.py [--root ../shared]
"""
from __future__ import annotations

import argparse
import sys
from collections import Counter
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE))
sys.path.insert(0, str(HERE.parents[1] / "src"))

from build import build  # noqa: E402
from kgner.facts.evaluate import key_equal, load_gold_facts  # noqa: E402

TYPES = ("Turnout", "VoteCast", "StationIncident", "PartyResult")


def agreement(first: dict[str, list[dict]], second: dict[str, list[dict]]) -> dict[str, tuple[int, int, int]]:
    """Per fact type: (facts of the first, facts of the second, facts both give)."""
    n1, n2, both = Counter(), Counter(), Counter()
    for pid in set(first) | set(second):
        left = list(second.get(pid, []))
        for f in second.get(pid, []):
            n2[f["type"]] += 1
        for f in first.get(pid, []):
            n1[f["type"]] += 1
            hit = next((x for x in left if x["type"] == f["type"] and key_equal(f, x)), None)
            if hit is not None:
                left.remove(hit)
                both[f["type"]] += 1
    return {t: (n1[t], n2[t], both[t]) for t in TYPES}


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--root", default=None, help="where stand-off texts are resolved (default ../shared)")
    args = parser.parse_args()
    first = load_gold_facts(HERE / "test.jsonl")
    second = {r["id"]: r["facts"] for r in build("test", [HERE / "agreement" / "test-second.txt"], args.root)}
    print("| fact | first | second | both | both / first | both / second |")
    print("|---|---:|---:|---:|---:|---:|")
    for t, (a, b, c) in agreement(first, second).items():
        print(f"| {t} | {a} | {b} | {c} | {c / a if a else 0:.3f} | {c / b if b else 0:.3f} |")


if __name__ == "__main__":
    main()
