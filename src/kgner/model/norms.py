"""Norms for spans the model or natasha found (the KB gives its own when it knows them)."""
from __future__ import annotations

import re

from ..names import kyrgyz, russian
from ..names.kb import get_kb
from ..names.people import given_in_case, given_name, surname_base
from ..names.variants import WORD, fold, is_kyrgyz

BODY_NORMS = (
    (re.compile(r"борбордук|центральн|цик|бшк|боршайком", re.I), "ЦИК"),
    (re.compile(r"округ", re.I), "ОИК"),
    (re.compile(r"аймактык|территориальн|тик|ашк|тшк|шаардык|райондук", re.I), "ТИК"),
    (re.compile(r"участк|уик|ушк", re.I), "УИК"),
)


def _strip_suffix(word: str) -> str:
    """The longest proper stem of a Kyrgyz-inflected word, keeping its case."""
    stems = _stems_keep_case(word)
    return stems[0] if stems else word


def person_norm(surface: str, lang: str = "") -> str:
    """The nominative full name. In a Kyrgyz sentence only the last word carries a
    (Kyrgyz) ending, so a Russian-looking `Замира Муратбекова` is a nominative, a woman's
    name, not the genitive of `Замир Муратбеков`; in Russian a given name that is itself
    a woman's name in the nominative (`Рита`, `Дина`) keeps the surname feminine too."""
    words = WORD.findall(surface)
    if not words:
        return surface
    given = get_kb().given
    kyrgyz_text = lang == "ky" or is_kyrgyz(surface)
    feminine = len(words) > 1 and (kyrgyz_text or _woman_nominative(words[0]))
    out = []
    for k, word in enumerate(words):
        if word.lower() in ("уулу", "кызы", "уулунун", "кызынын"):
            out.append(word[:4])
            continue
        last = k == len(words) - 1
        if not last and feminine:
            exact = given.get(fold(word))
            out.append(exact[0] if exact else word)
            continue
        g = given_name(word, given) if not last or len(words) == 1 else None
        if g:
            out.append(g[0])
            continue
        if not last and not kyrgyz_text:  # an unknown given name in the surname's Russian case
            out.append(given_in_case(word, words[-1], surname_base(words[-1])))
            continue
        gender = "f" if feminine and re.search(r"[оеё]ва|ина|ына", word.lower()) else None
        base = surname_base(word, gender)
        out.append(base or (_strip_suffix(word) if kyrgyz_text or last else word))
    return " ".join(out)


def _woman_nominative(word: str) -> bool:
    """`Рита`, `Дина`: pymorphy3 reads the word as a woman's given name in the nominative."""
    low = word.lower()
    return any(kind == "Name" and gender == "f" and norm == low for norm, kind, gender in russian.parses(low))


def place_norm(surface: str) -> str:
    words = WORD.findall(surface) or [surface]
    if len(words) == 1 and not is_kyrgyz(surface):
        kind, base = russian.word_kind(surface.lower())
        if kind == "place":  # `Эфиопии` -> `Эфиопия`
            return base[:1].upper() + base[1:] if surface[:1].isupper() else base
    words[-1] = _strip_suffix(words[-1])
    return " ".join(words)


def party_norm(surface: str, quoted: bool = False) -> str:
    """The KB's name when the surface or a case form of it names one KB party
    (`kgner.names.link_party_mention`: also a case form or a one-letter typo; a Kyrgyz ending may
    stand inside the quotes too, `«Ишенимге»`); else the surface with a glued Kyrgyz suffix
    cut off, but not inside closing quotes: Kyrgyz glues the suffix after the quote
    (`"Табылга"нын`), so an unknown quoted name is whole (`«Табылга»`)."""
    from ..names import link_party_mention, unlisted_party_norm
    name = surface.strip('"«»\' ')
    entry = link_party_mention(name)
    if entry is not None:
        return entry.party_norm
    return unlisted_party_norm(name) if quoted else place_norm(name)


def _stems_keep_case(word: str) -> list[str]:
    """Proper Kyrgyz stems of `word` (at least three letters), longest first, in its case."""
    return [word[:len(s)] for s in kyrgyz.stems(word.lower())[1:] if len(s) >= 3]


def body_norm(surface: str) -> str:
    for pattern, norm in BODY_NORMS:
        if pattern.search(surface):
            return norm
    return "ИК"


def norm(label: str, surface: str, quoted: bool = False, lang: str = "") -> str:
    """The norm of a learned span; `quoted`: the span is followed by a closing quote;
    `lang`: the language of its sentence, when known."""
    if label in ("PERSON", "POLITICIAN"):
        return person_norm(surface, lang)
    if label == "LOCATION":
        return place_norm(surface)
    if label == "PARTY":
        return party_norm(surface, quoted)
    if label == "ELECTION_BODY":
        return body_norm(surface)
    return surface
