"""Parties named by their members (`коммунисттер`, `социал-демократам`) or by their leader
(`партия Текебаева`, `Адахан Мадумаровдун партиясы`), for party results.

The guideline labels a party by its name; a plural of its members (`коммунисттер сегиз
мандатка ээ болушту`, `социал-демократам досталось 11`) or the party of a named leader is
no PARTY entity, yet results news gives figures to it. A leader's party comes from the KB
(`leads`: the one party the reference table names the politician leader of). These mentions stand in for the party in the fact layer only:
a fact built on one carries its offsets and norm, and no entity index.
"""
from __future__ import annotations

import re

from ..names.kb import get_kb
from ..names.party_refs import LATER_SINCE, LATER_SOCIAL_DEMOCRATS, SDPK, era_party
from ..types import Entity
from .common import _GENITIVE_NAME, YEAR

# members' plural (Kyrgyz with its case endings, Russian in every case) -> the party's KB
# id; social democrats are SDPK's before 2020 and the party Социал-демократтар's after
_NOUNS = (
    (re.compile(r"(?<![\w-])коммунист(тер|ов|ы|ам|ами|ах)\w*", re.I), "PARTY:kgner:communists_kyrgyzstan"),
    (re.compile(r"(?<![\w«\"“-])социал-демократ(тар|ов|ы|ам|ами|ах)\w*(?![»\"”])", re.I), "PARTY:Q24511"),
    (re.compile(r"(?<![\w-])(элдик|народные)-демократ(тар|ов|ы|ам|ами|ах)\w*", re.I), "PARTY:kgner:kpdp"),
)
_LATER = {f"PARTY:{SDPK}": (LATER_SINCE, f"PARTY:{LATER_SOCIAL_DEMOCRATS}")}


def _year_of(text: str, pos: int) -> int | None:
    """The year the text names last before `pos`, else first after it."""
    before = list(YEAR.finditer(text, 0, pos))
    m = before[-1] if before else YEAR.search(text, pos)
    return int(m.group()) if m else None


# a party named by its leader: `партия Текебаева`, `партии Адахана Мадумарова`;
# `Адахан Мадумаровдун партиясы`, `Өмүрбек Текебаев жетектеген партия`
_PARTY_BEFORE = re.compile(r"(?<![\w-])парти(я|и|ю|ей)\s+$", re.I)
_PARTY_AFTER = re.compile(r"\s+((жетектеген|баштаган)\s+)?партия\w*(?![\w-])(?!\s*[«\"“])", re.I)


def _led_parties(text: str, ents: tuple[Entity, ...], kb) -> list[Entity]:
    """The party a politician leads (by the KB), named by its leader: the span runs from
    `партия` to the name or from the name to `партиясы`."""
    out = []
    for e in ents:
        entry = kb.entries.get(f"POLITICIAN:{e.kb_id}") if e.label == "POLITICIAN" and e.kb_id else None
        party = kb.entries.get(f"PARTY:{entry.leads}") if entry is not None and entry.leads else None
        if party is None:
            continue
        before = _PARTY_BEFORE.search(text, max(0, e.start - 10), e.start)
        after = _PARTY_AFTER.match(text, e.end)
        if before and e.text.split()[-1] != e.norm.split()[-1]:  # Russian genitive: `Текебаева`
            start, end = before.start(), e.end
        elif after and (after.group(1) or _GENITIVE_NAME.search(e.text)):
            start, end = e.start, after.end()
        else:
            continue
        # not where the party's name is given too (`партия Текебаева «Ата Мекен»`)
        if not any(x.label == "PARTY" and x.start < end + 3 and start < x.end for x in ents):
            out.append(Entity("PARTY", text[start:end], start, end, party.party_norm, source="fact"))
    return out


def party_nouns(text: str, ents: tuple[Entity, ...]) -> list[Entity]:
    """PARTY mentions by members' plural or by the party's leader that no entity covers,
    in text order."""
    kb = get_kb()
    out = _led_parties(text, ents, kb)
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


def sdpk_before_2020(text: str, sentence: tuple[int, int], norm: str, start: int | None = None) -> str:
    """The party `Социал-демократтар` of a sentence about an election before 2020 (`Социал-
    демократтар 2015-жылкы шайлоодо 120 орундун 38ин ээлеп`) is SDPK (`names.party_refs.era_party`,
    the rule the entities follow too)."""
    kb = get_kb()
    later = kb.entries.get(f"PARTY:{LATER_SOCIAL_DEMOCRATS}")
    if later is None or norm != later.party_norm or not era_party(text, sentence, LATER_SOCIAL_DEMOCRATS, start):
        return norm
    return kb.entries[f"PARTY:{SDPK}"].party_norm

