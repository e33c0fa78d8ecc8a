"""Kyrgyz suffix handling: kgner's own stripping against the `kyrgyz` package (PyPI).

Why: the knowledge-base issue asks to prefer a well-kept Kyrgyz morphology package to
hand-written tables. `kyrgyz` 0.1.1 generates the six plain cases; it has no analysis,
possessives, plurals or `-дагы`. This script takes every inflected name/party/place in
the train and dev gold (Kyrgyz and mixed paragraphs: surface last word != norm last
word) and counts how many each approach relates to the nominative.

Usage: pip install kyrgyz; python bench/kyrgyz_morphology.py
"""
from __future__ import annotations

import json
from pathlib import Path

from kgner.names import kyrgyz as kgner_kyrgyz

GOLD = Path(__file__).resolve().parents[1] / "corpus" / "gold"


def inflected_pairs() -> list[tuple[str, str]]:
    pairs = []
    for split in ("train", "dev"):
        for row in map(json.loads, open(GOLD / f"{split}.jsonl", encoding="utf-8")):
            if row["lang"] == "ru":
                continue
            for e in row["entities"]:
                if e["label"] in ("POLITICIAN", "PERSON", "PARTY", "LOCATION"):
                    surface, base = e["text"].split()[-1], e["norm"].split()[-1]
                    if surface != base and surface.lower().startswith(base.lower()[:-1]):
                        pairs.append((surface, base))
    return pairs


def main() -> None:
    from kyrgyz import inflect
    from kyrgyz.cases import Case
    pairs = inflected_pairs()
    generated = 0
    for surface, base in pairs:
        forms = set()
        for case in Case:
            try:
                forms.add(inflect(base, case=case))
            except Exception:  # the package refuses some words
                pass
        generated += surface in forms
    stripped = sum(base.lower() in kgner_kyrgyz.stems(surface.lower()) for surface, base in pairs)
    print(f"inflected forms in train+dev gold: {len(pairs)}")
    print(f"kyrgyz package generates the surface from the nominative: {generated} ({generated / len(pairs):.0%})")
    print(f"kgner.names.kyrgyz strips the surface to the nominative:  {stripped} ({stripped / len(pairs):.0%})")


if __name__ == "__main__":
    main()
