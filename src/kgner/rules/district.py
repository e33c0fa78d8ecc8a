"""DISTRICT: an electoral district (округ) by number or by name.

`№8 шайлоо округу` -> `№8`, `одномандатный округ №12` -> `№12`, `13-округ` -> `13`,
norm the digits. A bare number before `округ` is a count (`36 округ`), not a district.

By name (`named`): a capitalized word right before `округ` (`Сузак бир мандаттуу шайлоо
округунда`, `Кара-Суу шайлоо округунда`), every name of a list before the plural
(`Баткен, Ош жана Кара-Суу округдарында`), a two-word name when the knowledge base
knows it as a place (`Биринчи Май округунда`), and a Russian adjective
(`по Аксыйскому избирательному округу` -> `Аксыйский`). Words that describe rather
than name a district (`Бир`, `Бирдиктүү`) are not names; nor is a word the knowledge base
does not know as a place when it opens a sentence (`Шайлоочулар бир мандаттуу...`) or
looks like a surname (`Бактыбек Сыдыков округдагы`).
"""
from __future__ import annotations

import re
from typing import Iterator

from ..text.firstchar import guarded
from ..text.spans import sentence_around
from .base import LETTER, NUMBER_SIGN, WORD_START, Candidate

OKRUG = r"ок[уы]?руг[а-яөүң]*"  # `округу`, and the common misspelling `окуругу`
OKRUG_AFTER = (r"(?:(?:бир\s+мандаттуу|көп\s+мандаттуу|одномандатн[а-я]+|избирательн[а-я]+|"
               rf"шайлоо)\s+){{0,2}}{OKRUG}")
# a signed number may carry the district's name before the word: `№11 Алай округу`
NAME_BEFORE_OKRUG = r"(?:[А-ЯЁӨҮҢ][а-яёөүң-]+\s+){0,2}"
PATTERN = guarded(re.compile(  # guarded: tried only where a match can start
    # `округ №12`, `округу №12`, `по округу № 5`
    rf"(?:[Оо]круг[а-яөүң]*)\s*(?P<s1>{NUMBER_SIGN}\s?)(?P<n1>\d{{1,3}})(?!\d)"
    # `№8 шайлоо округу`, `№11 Алай округу`, `№ 8-округ` (also after a glued clock `11:10№18`)
    rf"|(?<![{LETTER}])(?P<s2>{NUMBER_SIGN}\s?)(?P<n2>\d{{1,3}})(?!\d)[-\s]?"
    rf"(?={NAME_BEFORE_OKRUG}{OKRUG_AFTER})"
    # `13-округ`, `в 16-м избирательном округе`, `17-й округ`
    rf"|{WORD_START}(?P<n3>\d{{1,3}})-(?:м|й|го|му|ом)?\s?(?={OKRUG_AFTER})"
))


NAME = r"[А-ЯЁӨҮҢ][а-яёөүң]+(?:-[А-ЯЁӨҮҢа-яёөүң][а-яёөүң]+)?"
ITEM = rf"(?:{NAME}\s+(?!(?:жана|шайлоо|бир|көп)\b)[А-ЯЁӨҮҢа-яёөүң][а-яёөүң]+|{NAME})"  # two words when the KB knows them
ADJ = r"[А-ЯЁ][а-яё]+(?:-[А-ЯЁ][а-яё]+)?[сц]к(?:ому|ого|ом|ий|им)"  # also `Кок-Жарскому`
BRACKETED_NUMBER = r"(?:\s*\(\s*№\s?\d{1,3}\s*\))?"  # `в Кок-Жарском (№4) и Баткенском (№2) округах`
NAMED = guarded(re.compile(
    # a Russian adjective: `Аксыйскому избирательному округу`, `в Свердловском и Первомайском округах`
    rf"(?<![{LETTER}])(?P<adjs>{ADJ}{BRACKETED_NUMBER}(?:\s+и\s+{ADJ}{BRACKETED_NUMBER}){{0,7}})"
    rf"\s+(?:(?:одномандатн|избирательн)[а-яё]+\s+){{0,2}}округ[а-я]*"
    # a list of names before the plural, or one name before the singular (Kyrgyz)
    # (a list of at most eight: a bounded repeat keeps the scan linear in the text)
    rf"|(?<![{LETTER}№\d])(?P<names>{ITEM}(?:(?:,\s*|\s+жана\s+){ITEM}){{0,7}})"
    rf"\s+(?:(?:бир\s+мандаттуу|көп\s+мандаттуу|шайлоо)\s+){{0,2}}ок[уы]?руг[а-яөүң]*"
))
_ITEM = re.compile(ITEM)
_ADJ = re.compile(ADJ)
_BRACKETED = re.compile(r"\(\s*(?P<sign>№)\s?(?P<n>\d{1,3})\s*\)")
_SIGNED_NUMBER_BEFORE = re.compile(r"№\s?\d{1,3}[-\s]*$")
_SIGN_AFTER = re.compile(rf"\s*{NUMBER_SIGN}\s?\d")
_SENTENCE_START = re.compile(r"(?:^|[.!?:\"«]\s*)$")
# a name shaped like a surname is a person's (`Бактыбек Сыдыков округдагы`), unless a place
# or, in the genitive, whose district it is (`талапкер Бекешевдин округунда`)
SURNAME_SHAPE = re.compile(r"(?:[оеё]в|[оеё]ва|ин|ина|[дтн][ыиуү]н)$")
# capitalized words that say what kind of district it is, not which one
NOT_NAMES = {"бир", "бирдиктүү", "көп", "жалпы", "шайлоо", "ар", "бардык", "ушул", "бул",
             "ошол", "жаңы", "мурунку"}


def named(text: str) -> Iterator[Candidate]:
    """Districts named before the word округ (see the module doc)."""
    from ..names.kb import link_name
    for m in NAMED.finditer(text):
        if _SIGN_AFTER.match(text, m.end()):
            continue  # `Аксыйский одномандатный округ № 17`: the number is the district
        if m.group("adjs"):
            for adj in _ADJ.finditer(m.group("adjs")):
                a = m.start("adjs") + adj.start()
                yield Candidate("DISTRICT", a, a + len(adj.group()), _masculine(adj.group()))
            for num in _BRACKETED.finditer(m.group("adjs")):
                a = m.start("adjs") + num.start("sign")
                yield Candidate("DISTRICT", a, m.start("adjs") + num.end("n"), num.group("n"))
            continue
        if _SIGNED_NUMBER_BEFORE.search(text, max(0, m.start() - 8), m.start()):
            continue  # `№11 Алай округу`: the number is the district
        for item in _ITEM.finditer(m.group("names")):
            start, name = m.start("names") + item.start(), item.group()
            words = name.split()
            if len(words) == 2 and link_name("LOCATION", name) is None:
                start, name = start + len(words[0]) + 1, words[1]  # `Бишкектеги Ленин`
            if not name[:1].isupper() or name.lower() in NOT_NAMES:
                continue
            if link_name("LOCATION", name) is None and (
                    _SENTENCE_START.search(text, max(0, start - 3), start) or start == 0
                    or SURNAME_SHAPE.search(name)):
                continue  # `Шайлоочулар бир мандаттуу...`, `Бактыбек Сыдыков округдагы`
            yield Candidate("DISTRICT", start, start + len(name), name)


def _masculine(adjective: str) -> str:
    """`Аксыйскому` -> `Аксыйский`: the district's name as its masculine nominative."""
    for end in ("ому", "ом", "ого", "им", "ий"):
        if adjective.endswith(end):
            return adjective[: -len(end)] + "ий"
    return adjective


# The other districts of a sentence that has named one, without the word `округ` again:
# `в Первомайском округе — 15,76%, в Свердловском — 27,50%`, `Акай Кыдыров (округ №19),
# Зулкайнар Каюмов (№24)`, `в округе №19 — Акай Кыдыров, в 24-м — Зулкайнар Каюмов`.
# An adjective counts when no noun it agrees with follows (`в Свердловском районе` is a place).
_ELLIPTIC_ADJ = guarded(re.compile(rf"(?:(?<=\bв )|(?<=\bво )|(?<=\bпо )|(?<=\()){ADJ}(?![а-яё])"
                           rf"(?!(?:\s+[а-яё]+){{0,2}}\s+округ)"  # `(Лейлекский округ №1)`: the number names it
                           r"(?!\s+[а-яё]+(?:[аеиоуыюя]|ом|ем|ах|ях|ам|ям|ых|их)\b)"))
_ELLIPTIC_NUMBER = guarded(re.compile(r"(?<=\()(?P<sign>№)\s?(?P<n>\d{1,3})(?=\))"
                              r"|(?<=\s)(?P<sign2>№)\s?(?P<n2>\d{1,3})(?=\s*[,)]|\s+и\s)"
                              r"|(?<=\bв )(?P<n3>\d{1,3})(?=-м\b\s*[-—–,])"))  # `в 24-м — ...` (dashes cleaned to `-`)
_STATION_WORDS = re.compile(r"\b(?:участ|УИК|УШК|бөлүм|урн)", re.I)
_NOT_A_DISTRICT_BEFORE = re.compile(r"(?:школ|мектеп|гимнази|лицей|дом|үй|кв|корпус|кабинет)\w*\s*$", re.I)



def parallel(text: str, found: list[Candidate]) -> Iterator[Candidate]:
    """Districts a sentence names in parallel to one found in it (see above)."""
    spans = [(c.start, c.end) for c in found]
    for start, end in sorted({sentence_around(text, a) for a, _ in spans}):
        for m in _ELLIPTIC_ADJ.finditer(text, start, end):
            if not any(a < m.end() and m.start() < b for a, b in spans):
                yield Candidate("DISTRICT", m.start(), m.end(), _masculine(m.group()))
        if _STATION_WORDS.search(text, start, end):
            continue  # numbers may be polling stations
        for m in _ELLIPTIC_NUMBER.finditer(text, start, end):
            begin = m.start("sign") if m.group("n") else m.start("sign2") if m.group("n2") else m.start("n3")
            number = m.group("n") or m.group("n2") or m.group("n3")
            if not any(a < m.end() and begin < b for a, b in spans) and \
                    not _NOT_A_DISTRICT_BEFORE.search(text, max(0, begin - 20), begin):  # `в школе №24`
                yield Candidate("DISTRICT", begin, m.end(), number)


def find(text: str) -> Iterator[Candidate]:
    if "руг" not in text:  # every branch needs `округ` (or `окуруг`): skip the pattern
        return
    found = list(named(text))
    for m in PATTERN.finditer(text):
        if m.group("n1"):
            found.append(Candidate("DISTRICT", m.start("s1"), m.end("n1"), m.group("n1")))
        elif m.group("n2"):
            found.append(Candidate("DISTRICT", m.start("s2"), m.end("n2"), m.group("n2")))
        else:
            found.append(Candidate("DISTRICT", m.start("n3"), m.end("n3"), m.group("n3")))
    yield from found
    yield from parallel(text, found)
