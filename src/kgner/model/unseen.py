"""Recall on unseen names: gold POLITICIAN/PERSON/PARTY/LOCATION whose norm the KB lacks.

A gold entity is *seen* when its folded norm is a KB name or alias, or (for people)
a KB person's surname; the rest are the names the model must find on its own. A
system finds one when it predicts an overlapping span of the same label (POLITICIAN
and PERSON merged as PER, as in `kgner eval`).
"""
from __future__ import annotations

from collections import Counter
from functools import lru_cache
from typing import Callable, Sequence

from ..corpus import load_rows
from ..evaluate import PER_LABELS, Span
from ..evalrun import spans_of

GROUPS = {"POLITICIAN": "PER", "PERSON": "PER", "PARTY": "PARTY", "LOCATION": "LOCATION"}


@lru_cache(maxsize=1)
def kb_names() -> frozenset[str]:
    from ..names.kb import get_kb
    from ..names.variants import fold
    out = set()
    for e in get_kb().entries.values():
        for name in (e.name_ky, e.name_ru, e.norm, *(n for n, _ in e.names)):
            if name:
                out.add(fold(name))
                if e.label in PER_LABELS:
                    out.add(fold(name.split()[-1]))
    return frozenset(out)


def is_unseen(span: Span) -> bool:
    from ..names.variants import fold
    return span.label in GROUPS and fold(span.norm) not in kb_names()


def unseen_recall(gold_paths: Sequence[str], systems: dict[str, Callable | dict],
                  root=None, by_lang: bool = True) -> dict[str, dict[str, tuple[int, int]]]:
    """{system: {group or group [lang]: (found, total)}}."""
    out: dict[str, Counter] = {name: Counter() for name in systems}
    for path in gold_paths:
        for row in load_rows(path, root):
            gold = [g for g in spans_of(row.get("entities", [])) if is_unseen(g)]
            if not gold:
                continue
            for name, predict in systems.items():
                pred = predict.get(row["id"], []) if isinstance(predict, dict) else predict(row["text"])
                for g in gold:
                    hit = any(GROUPS.get(p.label) == GROUPS[g.label] and p.start < g.end and g.start < p.end
                              for p in pred)
                    keys = ["all", GROUPS[g.label]]
                    if by_lang:
                        keys += [f"all [{row.get('lang', '?')}]"]
                    for k in keys:
                        out[name][(k, "total")] += 1
                        out[name][(k, "found")] += hit
    result = {}
    for name, c in out.items():
        keys = sorted({k for k, _ in c}, key=lambda k: (k != "all", k))
        result[name] = {k: (c[(k, "found")], c[(k, "total")]) for k in keys}
    return result


def format_unseen(result: dict[str, dict[str, tuple[int, int]]]) -> str:
    keys = []
    for table in result.values():
        keys += [k for k in table if k not in keys]
    lines = ["| unseen names | " + " | ".join(f"{n} recall" for n in result) + " |",
             "|---|" + "---|" * len(result)]
    for k in keys:
        cells = []
        for table in result.values():
            found, total = table.get(k, (0, 0))
            cells.append(f"{found}/{total} = **{found / total:.3f}**" if total else "-")
        lines.append(f"| {k} | " + " | ".join(cells) + " |")
    return "\n".join(lines)
