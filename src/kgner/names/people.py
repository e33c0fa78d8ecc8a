"""People the KB does not list, told by the shape of the name, and in-text coreference.

A known given name followed by a surname-shaped word (`Айгүл Текебаева`,
`Күмөндөр Абыловдун`), a patronymic (`Айбек Эрнис уулу`), initials with a surname
(`А. Айталиев`). Such a person is a POLITICIAN when a role word stands near the name.
"""
from __future__ import annotations

from bisect import bisect_left

import re
from dataclasses import dataclass

from . import kyrgyz, russian
from .variants import display_latin, fold

SURNAME_SHAPE = re.compile(r"(?:[оеё]в|[оеё]ва|бек|бай|бекова|баева|ский|ская|цкий|цкая|енко|"
                           r"ян|дзе|швили|[^нтд]ин|[^нтд]ина|[^нтд]ын|[^нтд]ына|ович|евич)$")
ROLE_STEMS = ("депутат", "талапкер", "кандидат", "министр", "мэр", "аким", "президент",
              "спикер", "тораг", "председател", "лидер", "вице", "премьер", "башчы",
              "губернатор", "посол", "элчи", "жетекчи", "төрага", "омбудсмен",
              "прокурор", "судья", "парламент", "фракци", "мүчө", "член", "мамлекет",
              "вице-спикер", "полпред", "ыйгарым", "губернатор", "жогорку", "министрлиг",
              "глава", "орун басар", "заместител", "советник", "кенешчи", "кеңешчи")

# Words that make a named person a private one (PERSON) in election news, where most
# named people are politicians: journalists, bloggers, experts, voters, artists...
PERSON_STEMS = ("журналист", "блогер", "блоггер", "эксперт", "аналитик", "политолог",
                "шайлоочу", "избирател", "жазуучу", "писател", "акын", "ырчы", "певиц",
                "певец", "актер", "актёр", "актриса", "артист", "спортсмен", "чемпион",
                "дарыгер", "врач", "мугалим", "учител", "студент", "окуучу", "тургун",
                "житель", "адвокат", "юрист", "активист", "байкоочу", "наблюдател",
                "фотограф", "корреспондент", "редактор", "кабарчы", "ишкер", "бизнесмен",
                "предпринимател", "жубайы", "жена", "муж", "аттуу", "по имени", "пользовател",
                "колдонуучу", "автор", "режиссер", "художник", "сүрөтчү", "ардагер", "ветеран", "атындагы", "имени",
                "бүтүрүүчү", "выпускни", "куудул", "юморист", "комик")


@dataclass
class Mention:
    start: int
    end: int
    label: str
    norm: str
    kb_id: str | None
    full: bool                 # the text names the person with a given name
    surname_keys: frozenset[str]
    gender: str = ""
    candidates: tuple = ()     # KB entries a surname-only mention may be


def surname_base(word: str, gender: str | None = None) -> str | None:
    """The nominative of a surname-shaped word, or None: `Абыловдун` -> `Абылов`."""
    word = display_latin(word)
    low = word.lower()
    for stem in kyrgyz.stems(low)[1:]:
        if SURNAME_SHAPE.search(stem) and not stem.endswith(("ин", "ын")):
            return word[: len(stem)]
    if re.search(r"(?:[оеё]в|ин)(?:ым|ой|у|е|а)$", low):
        return russian.surname_nominative(word, gender)
    if SURNAME_SHAPE.search(low):
        return word
    return None


# a Russian surname's oblique ending (after its nominative) and the endings the given name
# before it then carries: `Сапара Исакова`, `Сапаром Исаковым`, `Лиры Акуновой`
_GIVEN_ENDINGS = (("ым", ("ом", "ем"), ""), ("ой", ("ы", "и", "е", "ой", "ей"), "а"), ("у", ("у", "ю"), ""),
                  ("е", ("е",), ""), ("а", ("а", "я"), ""))


def given_in_case(word: str, surname: str, base: str | None) -> str:
    """The nominative of an unknown given name whose surname stands in an oblique Russian
    case, read from the surname's ending (`Сапаром` before `Исаковым` -> `Сапар`, `Лиры`
    before `Акуновой` -> `Лира`); the word as it is when the surname is a nominative."""
    if not base or surname == base or not surname.startswith(base[:-1]):
        return word
    ending = surname[len(base):] if surname.startswith(base) else surname[len(base) - 1:]
    for case, given_endings, nominative in _GIVEN_ENDINGS:
        if ending == case or (case == "ой" and ending in ("ой", "ою")):
            for end in given_endings:
                stem = word[: len(word) - len(end)] + nominative
                # `-ова` is also a woman's nominative: only a man's name shape is read back (`Жолчубека`)
                if word.endswith(end) and len(stem) >= 3 and (case != "а" or GIVEN_SHAPE.search(stem.lower())):
                    return stem
            return word
    return word


def given_name(word: str, given: dict[str, tuple[str, str]]) -> tuple[str, str] | None:
    """(canonical given name, gender) when `word` is a known given name in any case form."""
    exact = given.get(word.lower())  # the spelling itself first: `Бактыгүл` (f), not `Бактыгул` (m)
    if exact is not None:
        return exact
    key = fold(word)
    if key in given:
        return given[key]
    low = word.lower()
    for cand in russian.lemmas(low)[1:]:
        if fold(cand) in given:
            return given[fold(cand)]
    return None


STRONG_SURNAME = re.compile(r"[оеё]ва?$")
GIVEN_SHAPE = re.compile(r"(?:бек|бай|гүл|гул|гуль|жан|жон|бүбү|али|кан|зада|мырза|нур)$")


def has_person_cue(words: list[str]) -> bool:
    return any(w.lower().startswith(PERSON_STEMS) for w in words)


def has_role(words: list[str]) -> bool:
    return any(w.lower().startswith(ROLE_STEMS) for w in words)


def resolve(mentions: list[Mention]) -> None:
    """Give each surname-only mention the nearest compatible full mention's identity.

    Full mentions are indexed by surname key (positions sorted), so each lookup is a
    bisection: linear-logarithmic in the number of mentions, however long the text.
    """
    by_key: dict[str, list[tuple[int, Mention]]] = {}
    for f in mentions:
        if f.full:
            for key in f.surname_keys:
                by_key.setdefault(key, []).append((f.start, f))
    starts = {key: [p for p, _ in fulls] for key, fulls in by_key.items()}
    for m in mentions:
        if m.full:
            continue
        best = None
        for key in m.surname_keys:
            if key not in by_key:
                continue
            i = bisect_left(starts[key], m.start)
            for j in (i - 1, i):
                if 0 <= j < len(by_key[key]):
                    pos, f = by_key[key][j]
                    dist = abs(pos - m.start)
                    if best is None or dist < best[0]:
                        best = (dist, f)
        if best is not None:
            f = best[1]
            m.norm, m.kb_id, m.label = f.norm, f.kb_id, f.label
        elif len({e.kb_id for e in m.candidates}) == 1:
            m.kb_id = m.candidates[0].kb_id
