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

# members' plural (Kyrgyz with its case endings, Russian in every case) -> the party's KB id;
# `социал-демократтар` of 2020 is a party of its own, named in quotes and found as an entity
_NOUNS = (
    (re.compile(r"(?<![\w-])коммунист(тер|ов|ы|ам|ами|ах)\w*", re.I), "PARTY:kgner:communists_kyrgyzstan"),
    (re.compile(r"(?<![\w«\"“-])социал-демократ(тар|ов|ы|ам|ами|ах)\w*(?![»\"”])", re.I), "PARTY:Q24511"),
    (re.compile(r"(?<![\w-])(элдик|народные)-демократ(тар|ов|ы|ам|ами|ах)\w*", re.I), "PARTY:kgner:kpdp"),
)


def party_nouns(text: str, ents: tuple[Entity, ...]) -> list[Entity]:
    """PARTY mentions by members' plural that no entity covers, in text order."""
    kb = get_kb()
    out = []
    for pattern, key in _NOUNS:
        entry = kb.entries.get(key)
        if entry is None:
            continue
        for m in pattern.finditer(text):
            if any(e.start < m.end() and m.start() < e.end for e in ents):
                continue
            out.append(Entity("PARTY", m.group(), m.start(), m.end(), entry.party_norm, source="fact"))
    return sorted(out, key=lambda e: e.start)
