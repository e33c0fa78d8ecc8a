"""Norms for spans the model or natasha found (the KB gives its own when it knows them)."""
from __future__ import annotations

import re

from ..names import kyrgyz
from ..names.kb import get_kb
from ..names.people import given_name, surname_base
from ..names.variants import is_kyrgyz

_WORD = re.compile(r"[^\W\d_]+(?:-[^\W\d_]+)*")
BODY_NORMS = (
    (re.compile(r"борбордук|центральн|цик|бшк|боршайком", re.I), "ЦИК"),
    (re.compile(r"округ", re.I), "ОИК"),
    (re.compile(r"аймактык|территориальн|тик|ашк|тшк|шаардык|райондук", re.I), "ТИК"),
    (re.compile(r"участк|уик|ушк", re.I), "УИК"),
)


def _strip_suffix(word: str) -> str:
    """The longest proper stem of a Kyrgyz-inflected word, keeping its case."""
    low = word.lower()
    stems = [s for s in kyrgyz.stems(low)[1:] if len(s) >= 3]
    return word[:len(stems[0])] if stems else word


def person_norm(surface: str) -> str:
    words = _WORD.findall(surface)
    if not words:
        return surface
    given = get_kb().given
    out = []
    for k, word in enumerate(words):
        if word.lower() in ("уулу", "кызы", "уулунун", "кызынын"):
            out.append(word[:4])
            continue
        g = given_name(word, given) if k < len(words) - 1 or len(words) == 1 else None
        if g:
            out.append(g[0])
            continue
        base = surname_base(word)
        out.append(base or (_strip_suffix(word) if is_kyrgyz(surface) or k == len(words) - 1 else word))
    return " ".join(out)


def place_norm(surface: str) -> str:
    words = _WORD.findall(surface) or [surface]
    words[-1] = _strip_suffix(words[-1])
    return " ".join(words)


def party_norm(surface: str) -> str:
    return place_norm(surface.strip('"«»\' '))


def body_norm(surface: str) -> str:
    for pattern, norm in BODY_NORMS:
        if pattern.search(surface):
            return norm
    return "ИК"


def norm(label: str, surface: str) -> str:
    if label in ("PERSON", "POLITICIAN"):
        return person_norm(surface)
    if label == "LOCATION":
        return place_norm(surface)
    if label == "PARTY":
        return party_norm(surface)
    if label == "ELECTION_BODY":
        return body_norm(surface)
    return surface
