"""Shares given to parties by their order of mention: `«Биримдик» менен «Мекеним
Кыргызстандын» ортосундагы айырма ...: биринчиси 24,50%, экинчиси 23,88% добуш алды`,
`«Эмгек» и «Ак бата»: первая — 13,85%, вторая — 12,38%`."""
from __future__ import annotations

import re

from ..types import Entity
from .common import PRELIMINARY, VOTES, _ref, _Sent, seats_spoken_of
from .counts import _counts
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
    for n, sent in enumerate(ss):
        marks = list(_ORDINAL.finditer(text, sent.start, sent.end))
        if len(marks) < 2:
            continue
        # the parties named before in the sentence, or in the sentence before when this one names
        # none (`... эки партия — «Бүтүн Кыргызстан» менен «Ыйман Нуру». Биринчиси 7,04 пайыз алып, ...`)
        before = sent.get("PARTY") or (ss[n - 1].get("PARTY") if n and ss[n - 1].s.stamp == sent.s.stamp else [])
        named: list[int] = []
        for i in before:
            if ents[i].end <= marks[0].start() and ents[i].norm not in {ents[j].norm for j in named}:
                named.append(i)
        if len(named) not in (2, 3):
            continue
        seats_cue, votes_cue = seats_spoken_of(sent.low), bool(VOTES.search(sent.low))
        pre = bool(PRELIMINARY.search(text, 0, sent.end))
        for k, m in enumerate(marks):
            rank = _RANK[m.group(1)[:2].lower()]
            if rank > len(named):
                continue
            pct = next((i for i in sent.get("PERCENT") if 0 <= ents[i].start - m.end() <= 40
                        and i not in used and not not_the_share(text, ents[i], sent.start)), None)
            if pct is None:
                continue
            used.add(pct)
            # its seats or votes up to the next ordinal (`биринчиси 7,04 пайыз алып, алты мандатка ээ болсо`)
            end = marks[k + 1].start() if k + 1 < len(marks) else sent.end
            votes, seats, _ = _counts(text, ents, sent, m.end(), end, pct, seats_cue, votes_cue)
            out.append(PartyResult((sent.start, sent.end), 0.6, _ref(ents, named[rank - 1]), _ref(ents, pct),
                                   votes, seats, pre, None))
    return out
