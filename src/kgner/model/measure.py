"""Accuracy of sentence-level language id (`kgner.text.langid`) on the gold corpus.

Gold has a language per paragraph (`ky`, `ru`, `mixed`). Sentence level: every sentence
of a `ky`/`ru` paragraph is taken to be in the paragraph's language. Paragraph level:
the language of the majority of the paragraph's characters (by sentence) against the
`ky`/`ru` field; a `mixed` paragraph counts as correct when its sentences get both
languages. Run: python -m kgner.model.measure corpus/gold/dev.jsonl
"""
from __future__ import annotations

import sys
from collections import Counter

from ..corpus import load_rows
from ..text.cleanup import clean
from ..text.langid import segments


def langid_accuracy(paths) -> dict[str, tuple[int, int]]:
    c: Counter = Counter()
    for path in paths:
        for row in load_rows(path):
            text = clean(row["text"]).text
            segs = [s for s in segments(text) if text[s.start:s.end].strip()]
            gold = row.get("lang")
            chars = Counter()
            for s in segs:
                chars[s.lang] += s.end - s.start
                if gold in ("ky", "ru"):
                    c[(f"sentences [{gold}]", "n")] += 1
                    c[(f"sentences [{gold}]", "ok")] += s.lang == gold
            if gold in ("ky", "ru"):
                c[(f"paragraphs [{gold}]", "n")] += 1
                c[(f"paragraphs [{gold}]", "ok")] += chars.most_common(1)[0][0] == gold if chars else 0
            elif gold == "mixed":
                c[("paragraphs [mixed]", "n")] += 1
                c[("paragraphs [mixed]", "ok")] += len(chars) == 2
    keys = sorted({k for k, _ in c})
    return {k: (c[(k, "ok")], c[(k, "n")]) for k in keys}


def main(argv=None) -> int:
    paths = (argv if argv is not None else sys.argv[1:]) or ["corpus/gold/dev.jsonl"]
    print("| langid | correct / total | accuracy |\n|---|---|---|")
    for k, (ok, n) in langid_accuracy(paths).items():
        print(f"| {k} | {ok}/{n} | {ok / n:.3f} |")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
