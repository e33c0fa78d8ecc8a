"""Shares given to parties by their order of mention: `«Биримдик» менен «Мекеним
Кыргызстандын» ортосундагы айырма ...: биринчиси 24,50%, экинчиси 23,88% добуш алды`,
`«Эмгек» и «Ак бата»: первая — 13,85%, вторая — 12,38%`."""
from __future__ import annotations

import re

from ..types import Entity
from .common import PRELIMINARY, _ref, _Sent
from .records import Fact, PartyResult
from .shares import not_the_share

# the first, the second ... of the parties named before
_ORDINAL = re.compile(r"(?<![\w-])(биринчиси|экинчиси|үчүнчүсү|перв(?:ая|ой|ый|ому)|втор(?:ая|ой|ому)|трет(?:ья|ьей|ий|ьему))"
                      r"\w{0,3}(?![\w-])", re.I)
_RANK = {"би": 1, "пе": 1, "эк": 2, "вт": 2, "үч": 3, "тр": 3}


def ordinal_results(text: str, ents: tuple[Entity, ...], ss: list[_Sent], facts: list[Fact]) -> list[PartyResult]:
    """Results of parties referred to as `биринчиси`/`экинчиси` (`первая`/`вторая`), each with
    the first share right after the word, when the sentence named the parties (two or three,
    in that order) before. They replace what the rules read of those shares (see `build_facts`)."""
    # shares the rules gave to parties are taken back here (they read `биринчиси 24,50%` after the
    # second party's name as its own); shares of other facts (turnout) are not
    used = {f.percent.index for f in facts if getattr(f, "percent", None) is not None and not isinstance(f, PartyResult)}
    out: list[PartyResult] = []
    for sent in ss:
        marks = list(_ORDINAL.finditer(text, sent.start, sent.end))
        if len(marks) < 2:
            continue
        named: list[int] = []
        for i in sent.get("PARTY"):
            if ents[i].end <= marks[0].start() and ents[i].norm not in {ents[j].norm for j in named}:
                named.append(i)
        if len(named) not in (2, 3):
            continue
        pre = bool(PRELIMINARY.search(text, 0, sent.end))
        for m in marks:
            rank = _RANK[m.group(1)[:2].lower()]
            if rank > len(named):
                continue
            pct = next((i for i in sent.get("PERCENT") if 0 <= ents[i].start - m.end() <= 40
                        and i not in used and not not_the_share(text, ents[i], sent.start)), None)
            if pct is None:
                continue
            used.add(pct)
            out.append(PartyResult((sent.start, sent.end), 0.6, _ref(ents, named[rank - 1]), _ref(ents, pct),
                                   None, None, pre, None))
    return out
