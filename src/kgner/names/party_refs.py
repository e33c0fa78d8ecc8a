"""A party named in full, then by the first part of its name: the short mention is that party.

News names a party in full once and then shortens it (`«Ата-Журт Кыргызстан» партиясы ...
Мандаттар боюнча «Ата-Журтка» он беш`), and the short form is often the name of another,
older party in the knowledge base (`Ата-Журт`, 2010). Like a surname after a full name, the
short mention takes the identity of the full name the same text gave before it. Only a
proper-name extension counts (`Ата-Журт` + `Кыргызстан`, `Республика` + `– Ата-Журт`), so
`Кыргызстан` after `Кыргызстан коммунисттер партиясы` stays the party «Кыргызстан».
"""
from __future__ import annotations

import re
from dataclasses import replace

from ..rules.base import Candidate

# what the full name adds after the short one: capitalized words, joined by spaces or dashes
_PROPER_EXTENSION = re.compile(r"(?:\s+[А-ЯЁӨҮҢA-Z][\w-]*)+")


def _extends(full: str, short: str) -> bool:
    return full != short and full.startswith(short) and _PROPER_EXTENSION.fullmatch(full, len(short)) is not None


def follow_full_names(candidates: list[Candidate]) -> list[Candidate]:
    """Give each PARTY mention the norm and KB id of an earlier party whose full name
    extends its own; the candidates are in text order."""
    seen: list[Candidate] = []
    out = []
    for cand in candidates:
        if cand.label == "PARTY":
            full = next((s for s in reversed(seen) if _extends(s.norm, cand.norm)), None)
            if full is not None:
                cand = replace(cand, norm=full.norm, kb_id=full.kb_id)
            seen.append(cand)
        out.append(cand)
    return out
