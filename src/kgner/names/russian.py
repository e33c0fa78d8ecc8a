"""Russian declension of names and places: `Садыра Жапарова` -> `Садыр Жапаров`.

pymorphy3 knows many Russian surnames and given names (its Surn/Name/Geox parses); Kyrgyz
names are often missing, so a suffix fallback undoes the regular surname paradigm
(-ов/-ев/-ин, feminine -ова/-ева/-ина) and the noun endings of given names.
The analyzer is created once, on first use, and every parse is cached.
"""
from __future__ import annotations

from functools import lru_cache

from .variants import WORD

_MORPH = None
_NAME_TAGS = ("Surn", "Name", "Geox", "Patr")
_SURN_END = ("ов", "ев", "ёв", "ин", "ын")


def _morph():
    global _MORPH
    if _MORPH is None:
        import pymorphy3
        _MORPH = pymorphy3.MorphAnalyzer()
    return _MORPH


@lru_cache(maxsize=65536)
def parses(word: str) -> tuple[tuple[str, str, str], ...]:
    """(normal form, grammeme kind, gender) of the name-like parses of a lower-case word."""
    out = []
    try:
        analyses = _morph().parse(word)
    except Exception:  # pymorphy3 fails on some characters outside its alphabet
        return ()
    for p in analyses:
        kind = next((t for t in _NAME_TAGS if t in p.tag), None)
        if kind is None:
            continue
        norm = p.normal_form
        gender = "f" if "femn" in p.tag else "m"
        if kind == "Surn" and gender == "f" and norm.endswith(_SURN_END):
            norm += "а"
        out.append((norm, kind, gender))
    return tuple(out)


# ending -> replacements, for the surname paradigm and for first-declension nouns.
_SURNAME_RULES = [
    ("овым", ("ов",)), ("евым", ("ев",)), ("иным", ("ин",)),
    ("овой", ("ова",)), ("евой", ("ева",)), ("иной", ("ина",)),
    ("ову", ("ов", "ова")), ("еву", ("ев", "ева")), ("ину", ("ин", "ина")),
    ("ове", ("ов",)), ("еве", ("ев",)), ("ине", ("ин",)),
    ("ова", ("ов", "ова")), ("ева", ("ев", "ева")), ("ина", ("ин", "ина")),
    ("овых", ("ов",)), ("евых", ("ев",)),
    ("ского", ("ский",)), ("скому", ("ский",)), ("ским", ("ский",)), ("ском", ("ский",)),
    ("ской", ("ская", "ский")), ("скую", ("ская",)),
]
_NOUN_RULES = [("ом", ("",)), ("ем", ("", "й")), ("ой", ("а",)), ("ей", ("я",)),
               ("ою", ("а",)), ("у", ("", "а")), ("ю", ("я", "й")), ("е", ("", "а", "я")),
               ("и", ("а", "я", "ь")), ("ы", ("а",)), ("а", ("",)), ("я", ("й", "ь")),
               ("ью", ("ь",))]
_PLACE_RULES = [("ской", ("ская",)), ("ская", ("ская",)), ("ского", ("ский",)),
                ("ском", ("ский",)), ("скому", ("ский",)), ("ким", ("кий",)),
                ("ти", ("ть",)), ("тью", ("ть",)), ("она", ("он",)), ("оне", ("он",)),
                ("ону", ("он",)), ("оном", ("он",))]


@lru_cache(maxsize=65536)
def lemmas(word: str) -> tuple[str, ...]:
    """Candidate nominatives of a lower-case word (itself included), most likely first."""
    out = [word]
    for norm, _kind, _gender in parses(word):
        if norm not in out:
            out.append(norm)
    for rules in (_SURNAME_RULES, _PLACE_RULES, _NOUN_RULES):
        for end, repls in rules:
            if word.endswith(end) and len(word) - len(end) >= 2:
                for r in repls:
                    cand = word[: len(word) - len(end)] + r
                    if cand not in out:
                        out.append(cand)
    return tuple(out)


@lru_cache(maxsize=16384)
def nominatives(word: str) -> tuple[str, ...]:
    """The word in the nominative, same number, for its likeliest parses (`социал-демократов`
    -> `социал-демократы`): for names of parties and bodies, which are not names of people."""
    out: list[str] = []
    try:
        analyses = _morph().parse(word)[:4]
    except Exception:
        return ()
    for p in analyses:
        form = p.inflect({"nomn"})
        if form is not None and form.word not in out:
            out.append(form.word)
    return tuple(out)


def name_nominatives(name: str) -> list[str]:
    """`name` with its last word in the nominative, for each likely parse (`у «Социал-
    демократов»` -> `Социал-демократы`): Russian declines a party's name inside its quotes."""
    last = WORD.findall(name)
    if not last:
        return []
    head = name[:name.rindex(last[-1])]
    return [head + form for form in nominatives(last[-1].lower())]


@lru_cache(maxsize=65536)
def word_kind(word: str) -> tuple[str, str]:
    """What pymorphy3's dictionary makes of a lower-case word, with its normal form:
    `name` (a Name/Surn/Patr parse), `place` (a known Geox word, no name parse), `word`
    (known, none of these: `несмотря`, `церковь`) or `unknown` (most Kyrgyz names)."""
    try:
        analyses = _morph().parse(word)
    except Exception:
        return "unknown", word
    if any(t in p.tag for p in analyses for t in ("Name", "Surn", "Patr")):
        return "name", word
    place = next((p for p in analyses if "Geox" in p.tag and p.is_known), None)
    if place is not None:
        return "place", place.normal_form
    if analyses and all(p.is_known for p in analyses):
        return "word", word
    return "unknown", word


def surname_nominative(word: str, gender: str | None) -> str:
    """The nominative of a (capitalized) surname given the person's gender if known.

    `Жапарова` m -> `Жапаров`, f -> `Жапарова`; `Текебаевой` -> `Текебаева`.
    """
    low = word.lower()
    for end, repls in _SURNAME_RULES:
        if low.endswith(end) and len(low) - len(end) >= 2:
            base = low[: len(low) - len(end)]
            cands = [base + r for r in repls]
            if gender == "f":
                pick = next((c for c in cands if c.endswith(("а", "я", "ая"))), None)
            else:
                pick = next((c for c in cands if not c.endswith("а")), None)
            if pick is None:
                # `Текебаевой` is feminine whatever the caller guessed.
                pick = cands[0]
            return _case_like(word, pick)
    return word


def _case_like(model: str, word: str) -> str:
    return word[:1].upper() + word[1:] if model[:1].isupper() else word
