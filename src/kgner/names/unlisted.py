"""Parties the knowledge base does not list, found by the way news names a party.

A quoted name directly followed by the word for party (`"Туран" демократиялык
партиясы`, `«Столица» партиясынын`) or preceded by it (`партия "Адилет"`,
`партии «Бирге»`) is a party whatever its name, and so is each quoted name of a list the plural
`партиялар` closes; the norm is the quoted name. So is a
quoted name with a figure after it inside a list of results of known parties
(`«Эмгек» — 243, «Бирге» — 747`): `find_in_results` yields those, the caller checks the
list.
"""
from __future__ import annotations

import re
from typing import Iterator

from ..rules.numwords import KY_WORD, RU_WORD

SHARE = r"\d+(?:[,.]\s?\d+)?\s*(?:%|пайыз|процент)"  # also a decimal typed with a space (`27, 5 %`)
QUOTED = r'["«“](?P<name>[А-ЯЁӨҮҢA-Z][^"«»“”\n]{0,40}?)["»”]'
AFTER = re.compile(QUOTED + r"\s+(?:(?!(?:и|жана|менен|а|или)\s)[а-яёөүң-]+\s+){0,2}(?:партия|партиясы|партиясын|партиясына|"
                   r"партиясынан|партиясынын|партиясында|партиялар|фракциясы\w*|фракциялар\w*)")
# also `с партией «Единая Россия»`, and a faction named after its party (`фракция «Бирге»`)
BEFORE = re.compile(r"(?i:парти(?:я|и|ю|ей)|фракци(?:я|и|ю|ей|ялар))(?:\s+[—–-])?\s+" + QUOTED)  # `үч фракция — "Бирге"`
# or a count in digits or words and a dash right before it (`шесть — «Ата-Журт Кыргызстан», четыре — «Иссык-Куль Жаштары»`)
# (found from the dash and the quote, the count then looked for right before it: a pattern that
# opens with the number words would be tried at every position of every text)
_DASH_QUOTED = re.compile(r"[—–-]\s*" + QUOTED)
_COUNT_RIGHT_BEFORE = re.compile(rf"(?<![\w-])(?:\d{{1,3}}|{RU_WORD}|{KY_WORD})\s*$", re.I)
IN_RESULTS = re.compile(QUOTED + r"\s*(?:[—–-]\s*\d|\(\s*\d|получил|набрал|алды|\d{1,3}\s+(?:орун|мандат)|" + SHARE + ")")
# or a part of a whole's seats right before it (`21 орундун 9у "Айыл Өнүгүүгө", 7си "Эркин Элге"`)
COUNTED_BEFORE = re.compile(r"(?<![\d-])(?:\d{1,3}(?:[ыиуү]|с[ыиуү])н?|экөө|үчөө|төртөө|бешөө|алтоо|жетөө)\s*" + QUOTED)
# a share right after the name (`"Бирге" 12,5 пайыз`, `«Яшлар» (4,1%)`): one known party near is list enough
SHARED = re.compile(QUOTED + r"\s*(?:[—–-]\s*|\(\s*(?:\d[\d\s]*\s+(?:голос|добуш)\w*,?\s*(?:или\s+)?)?"
                    r"|,\s*(?:(?:котор\w+\s+)?(?:набрал|получил|собрал)|набравш|получивш|собравш)\w*\s+)?" + SHARE)
# (also `«Бирге», набравший 20,42`, `«Бирге», которая набрала 7,3%`, `«Чүй Келечеги» (1 506 голосов, или 17,8%)`)
# or right before it, alone, with `менен` or in a participle clause (`9,8 пайыз менен "Бирге"`,
# `14,06 пайыз алган "Бирге"`)
SHARED_BEFORE = re.compile(SHARE + r"\w*\s+(?:менен\s+|(?:[^\W\d_]+\s+){0,2}[^\W\d_]+(?:ган|ген|гон|гөн|кан|кен|кон|көн)\s+)?"
                           + QUOTED)
# each name of a list the Kyrgyz plural party word closes (`"Бирге", "Эмгек" жана "Ак Жол" саясий
# партияларынын ортосунда`)
_QUOTED_PLAIN = r'["«“][А-ЯЁӨҮҢA-Z][^"«»“”\n]{0,40}?["»”]'
PLURAL_LIST = re.compile(rf"(?:{_QUOTED_PLAIN}\s*(?:,|\s(?:жана|менен))\s*)+{_QUOTED_PLAIN}"
                         r"\s+(?:[а-яёөүң-]+\s+){0,2}партиялар")
# a quoted name joined in one list to a party right before or after it, the list then given figures
# (`«Нарын Өнүгүү» и «Замандаш» получили 17,9% и 12,2%`): the caller checks the party beside it
JOINED = r"[»\"”]?\s*(?:,|и|жана|менен)\s*[«\"“]?"
_JOINED = re.compile(JOINED)
_FIGURES_AFTER = re.compile(r"[^.;]{0,80}?(?:\d\s*%|\w\s+(?:пайыз|процент|мандат|орун|мест|голос|добуш))", re.I)
NOT_PARTY = re.compile(r"^(?:Жалпы иш|SAFARI|Баарына каршы|Бардыгына каршы|Против всех)", re.I)  # also the ballot line against all


def find_unlisted(text: str) -> Iterator[tuple[int, int, str]]:
    """(start, end, norm) of quoted party names; the span is inside the quotes."""
    yield from _quoted_names(text, (AFTER, BEFORE))
    if "партиялар" in text:
        for listed in PLURAL_LIST.finditer(text):
            yield from _quoted_names(text, (_QUOTED_ANY,), listed.start(), listed.end())


def find_in_results(text: str) -> Iterator[tuple[int, int, str]]:
    """(start, end, norm) of quoted names followed by a figure (`«Бирге» — 747`)."""
    yield from _quoted_names(text, (IN_RESULTS, COUNTED_BEFORE))
    for m in _DASH_QUOTED.finditer(text):
        if _COUNT_RIGHT_BEFORE.search(text, max(0, m.start() - 30), m.start()) and (hit := _hit(m)):
            yield hit


def find_with_share(text: str) -> Iterator[tuple[int, int, str]]:
    """(start, end, norm) of quoted names beside a share (`«Яшлар» (4,1%)`, `4,1% менен «Яшлар»`)."""
    yield from _quoted_names(text, (SHARED, SHARED_BEFORE))


def joined_to(text: str, parties: list[tuple[int, int]]) -> Iterator[tuple[int, int, str]]:
    """(start, end, name) of quoted names joined in a list to one of `parties` (spans of party
    mentions, quotes outside), where figures follow the list."""
    starts = {ps for ps, _ in parties}
    for m in _QUOTED_ANY.finditer(text):
        hit = _hit(m)
        if hit is None:
            continue
        s, e, _ = hit
        after = _JOINED.match(text, e)
        beside = (after is not None and after.end() in starts) or \
            any(_JOINED.fullmatch(text[pe:m.start() + 1]) for _, pe in parties if pe < s and s - pe < 12)
        if beside and _FIGURES_AFTER.match(text, e):
            yield hit


def _hit(m: re.Match) -> tuple[int, int, str] | None:
    """(start, end, name) of the quoted name a match holds, or None for no party name."""
    name = m.group("name").strip()
    if not name or NOT_PARTY.match(name):
        return None
    return m.start("name"), m.start("name") + len(m.group("name").rstrip()), name


def _quoted_names(text: str, patterns: tuple[re.Pattern, ...], pos: int = 0,
                  endpos: int | None = None) -> Iterator[tuple[int, int, str]]:
    for pattern in patterns:
        for m in pattern.finditer(text, pos, len(text) if endpos is None else endpos):
            if hit := _hit(m):
                yield hit


_QUOTED_ANY = re.compile(QUOTED)


def quoted_again(text: str, names: set[str]) -> Iterator[tuple[int, int, str]]:
    """(start, end, name) of every quoted mention of one of `names`, bare or with a case
    ending inside the quotes (`"Жаңы Доордун"`, `«Элдика»`)."""
    if not names:
        return
    for m in _QUOTED_ANY.finditer(text):
        quoted = m.group("name").strip()
        if any(quoted == n or (len(n) >= 4 and quoted.startswith(n) and _CASE_ENDING.fullmatch(quoted[len(n):])) for n in names):
            yield m.start("name"), m.start("name") + len(m.group("name").rstrip()), quoted


_CASE_ENDING = re.compile(r"[а-яөүң]{1,5}")  # a Kyrgyz suffix or a Russian ending (`-дун`, `-а`, `-ом`)
