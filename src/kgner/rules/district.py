"""DISTRICT: an electoral district (округ) by number; span the number with its sign.

`№8 шайлоо округу` -> `№8`, `одномандатный округ №12` -> `№12`, `13-округ` -> `13`,
norm the digits. A bare number before `округ` is a count (`36 округ`), not a district.
"""
from __future__ import annotations

import re
from typing import Iterator

from .base import NUMBER_SIGN, WORD_START, Candidate

OKRUG_AFTER = (r"(?:(?:бир\s+мандаттуу|көп\s+мандаттуу|одномандатн[а-я]+|избирательн[а-я]+|"
               r"шайлоо)\s+){0,2}округ[а-яөүң]*")
PATTERN = re.compile(
    # `округ №12`, `округу №12`, `по округу № 5`
    rf"(?:[Оо]круг[а-яөүң]*)\s*(?P<s1>{NUMBER_SIGN}\s?)(?P<n1>\d{{1,3}})(?!\d)"
    # `№8 шайлоо округу`, `13-округ`, `№ 8-округ`
    rf"|{WORD_START}(?:(?P<s2>{NUMBER_SIGN}\s?)(?P<n2>\d{{1,3}})(?!\d)[-\s]?|(?P<n3>\d{{1,3}})-\s?)"
    rf"(?={OKRUG_AFTER})"
)


def find(text: str) -> Iterator[Candidate]:
    if "круг" not in text:  # every branch needs `округ`/`Округ`: skip the pattern
        return
    for m in PATTERN.finditer(text):
        if m.group("n1"):
            yield Candidate("DISTRICT", m.start("s1"), m.end("n1"), m.group("n1"))
        elif m.group("n2"):
            yield Candidate("DISTRICT", m.start("s2"), m.end("n2"), m.group("n2"))
        else:
            yield Candidate("DISTRICT", m.start("n3"), m.end("n3"), m.group("n3"))
