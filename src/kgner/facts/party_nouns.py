"""Parties named by their members (`коммунисттер`, `социал-демократам`), for party results.

The guideline labels a party by its name; a plural of its members (`коммунисттер сегиз
мандатка ээ болушту`, `социал-демократам досталось 11`) is no PARTY entity, yet results
news gives figures to it. These mentions stand in for the party in the fact layer only:
a fact built on one carries its offsets and norm, and no entity index.
"""
from __future__ import annotations

import re

from ..names.kb import get_kb
from ..types import Entity
from .common import YEAR

# members' plural (Kyrgyz with its case endings, Russian in every case) -> the party's KB
# id; social democrats are SDPK's before 2020 and the party Социал-демократтар's after
_NOUNS = (
    (re.compile(r"(?<![\w-])коммунист(тер|ов|ы|ам|ами|ах)\w*", re.I), "PARTY:kgner:communists_kyrgyzstan"),
    (re.compile(r"(?<![\w«\"“-])социал-демократ(тар|ов|ы|ам|ами|ах)\w*(?![»\"”])", re.I), "PARTY:Q24511"),
    (re.compile(r"(?<![\w-])(элдик|народные)-демократ(тар|ов|ы|ам|ами|ах)\w*", re.I), "PARTY:kgner:kpdp"),
)
_LATER = {"PARTY:Q24511": (2020, "PARTY:kgner:social_democrats")}


def _year_of(text: str, pos: int) -> int | None:
    """The year the text names last before `pos`, else first after it."""
    before = list(YEAR.finditer(text, 0, pos))
    m = before[-1] if before else YEAR.search(text, pos)
    return int(m.group()) if m else None


def party_nouns(text: str, ents: tuple[Entity, ...]) -> list[Entity]:
    """PARTY mentions by members' plural that no entity covers, in text order."""
    kb = get_kb()
    out = []
    for pattern, key in _NOUNS:
        for m in pattern.finditer(text):
            if any(e.start < m.end() and m.start() < e.end for e in ents):
                continue
            since, later = _LATER.get(key, (None, key))
            year = _year_of(text, m.start()) if since else None
            entry = kb.entries.get(later if year is not None and year >= since else key)
            if entry is not None:
                out.append(Entity("PARTY", m.group(), m.start(), m.end(), entry.party_norm, source="fact"))
    return sorted(out, key=lambda e: e.start)
