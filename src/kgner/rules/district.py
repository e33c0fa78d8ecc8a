"""DISTRICT: an electoral district (округ) by number; span the number with its sign.

`№8 шайлоо округу` -> `№8`, `одномандатный округ №12` -> `№12`, `13-округ` -> `13`,
norm the digits. A bare number before `округ` is a count (`36 округ`), not a district.
"""
from __future__ import annotations

import re
from typing import Iterator

from ..text.firstchar import guarded
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
    # `13-округ`
    rf"|{WORD_START}(?P<n3>\d{{1,3}})-\s?(?={OKRUG_AFTER})"
))


def find(text: str) -> Iterator[Candidate]:
    if "руг" not in text:  # every branch needs `округ` (or `окуруг`): skip the pattern
        return
    for m in PATTERN.finditer(text):
        if m.group("n1"):
            yield Candidate("DISTRICT", m.start("s1"), m.end("n1"), m.group("n1"))
        elif m.group("n2"):
            yield Candidate("DISTRICT", m.start("s2"), m.end("n2"), m.group("n2"))
        else:
            yield Candidate("DISTRICT", m.start("n3"), m.end("n3"), m.group("n3"))
