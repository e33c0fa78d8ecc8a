"""PERCENT: `9,17%ы`, `39 пайыз`, `22,5 процента`, `0,5-процентный`, `беш пайыз`, `17, 96 %`.

Norm: the number as a decimal with a dot (`9.17`). A suffix glued to `%` is left out,
a suffix glued to the word stays (`30 пайыздан`). In a range each number is its own
PERCENT (`2,5–3 пайыз` -> `2,5` and `3 пайыз`), and so is each decimal of a list the word
closes (`4,46 жана 4,01 пайыз`). A bare number in a table is not one.
"""
from __future__ import annotations

import re
from typing import Iterator

from ..text.firstchar import guarded
from .base import LETTER, WORD_END, Candidate, decimal_norm
from .numwords import KY_WORD, RU_WORD, value

# `17, 96 %`, `46, 8 %`, `8 ,52 пайыз`: a decimal comma typed with a space, when the sign follows
# (after one digit, with a space of its own)
NUMBER = (r"\d{1,3}(?:[,.]\d{1,4}|, \d{2}(?=\s?(?:%|пайыз|процент))|, \d(?=\s(?:%|пайыз|процент))"
          r"| ,\d{1,2}(?=\s?(?:%|пайыз|процент)))?")  # (not the list `1, 2, 3%`)
LIST_SEP = r"(?:,\s|\s(?:и|жана)\s)"
WORD = r"(?:пайыз[а-яөүң]*|процент[а-яё]*|проц\.|прц\.?|%)"
_RU_PREFIXES = ("одно", "двух", "трех", "трёх", "четырех", "четырёх", "пяти", "шести", "семи", "восьми",
                "девяти", "десяти", "пятнадцати", "двадцати", "тридцати", "сорока", "пятидесяти", "ста")
RU_PREFIX = "(?:" + "|".join(f"[{p[0]}{p[0].upper()}]{p[1:]}" for p in _RU_PREFIXES) + ")"  # `Пятипроцентный`

PATTERN = guarded(re.compile(  # guarded: tried only where a match can start
    # first number of a range: `2,5–3 пайыз`, `25-26 процентов`
    rf"(?<![\d,.])(?P<first>{NUMBER})(?=\s?-\s?{NUMBER}\s?(?:%|пайыз|процент))"
    # a decimal of a list the sign or word closes: `50,1, 29,4 жана 32,8 пайыз`, `14,78 и 14,32%`
    rf"|(?<![\d,.])(?P<item>\d{{1,3}}[,.]\d{{1,2}})(?=(?:{LIST_SEP}\d{{1,3}}[,.]\d{{1,2}})*{LIST_SEP}{NUMBER}\s?(?:%|пайыз|процент))"
    # number + sign or word, `0,5-процентный`
    rf"|(?<![\d,.])(?P<num>{NUMBER})(?:\s?%|\s+(?:пайыз[а-яөүң]*|процент[а-яё]*|проц\.)"
    rf"|-(?:процентн[а-яё]*|пайыздык[а-яөүң]*)){WORD_END}?"
    # `пятипроцентный`, `беш пайыз`, `пять процентов`
    rf"|(?<![{LETTER}])(?P<prefix>{RU_PREFIX})процентн[а-яё]*"
    # Kyrgyz decimals in words: `жыйырма төрт бүтүн ондон беш пайыз` (24.5), `жыйырма үч бүтүн
    # жүздөн сексен сегиз пайыз` (23.88), `элүү алты жарым пайызы` (56.5)
    rf"|(?<![{LETTER}])(?P<kydec>(?P<whole>{KY_WORD})\s+(?:бүтүн\s+(?P<part>ондон|жүздөн)\s+"
    rf"(?P<frac>{KY_WORD})|(?P<half>жарым))\s+пайыз[а-яөүң]*){WORD_END}"
    rf"|(?<![{LETTER}])(?P<words>(?:{KY_WORD})\s+пайыз[а-яөүң]*|(?:{RU_WORD})\s+процент[а-яё]*){WORD_END}"
))
# Every branch of PATTERN needs one of these; most paragraphs have none, and a
# substring test is far cheaper than running the pattern at every position.
TRIGGERS = ("%", "пайыз", "проц", "прц")
# Russian halves in words, tried only where `с половиной` occurs: `тринадцать с половиной процентов` (13.5)
RU_HALF = re.compile(rf"(?<![{LETTER}])(?P<whole>{RU_WORD})\s+с\s+половиной\s+процент[а-яё]*{WORD_END}")


def find(text: str) -> Iterator[Candidate]:
    if not any(t in text for t in TRIGGERS):
        return
    if "с половиной" in text:
        for m in RU_HALF.finditer(text):
            number = value(m.group("whole"))
            if number is not None:
                yield Candidate("PERCENT", m.start(), m.end(), decimal_norm(f"{number}.5"))
    for m in PATTERN.finditer(text):
        if m.group("first") or m.group("item"):
            yield Candidate("PERCENT", m.start(), m.end(), decimal_norm(m.group("first") or m.group("item")))
        elif m.group("num"):
            span = m.group(0)
            end = m.start() + span.index("%") + 1 if "%" in span else m.end()
            yield Candidate("PERCENT", m.start(), end, decimal_norm(m.group("num")))
        elif m.group("kydec"):
            norm = _kyrgyz_decimal(m.group("whole"), m.group("part"), m.group("frac"))
            if norm is not None:
                yield Candidate("PERCENT", m.start(), m.end(), norm)
        elif m.group("prefix"):
            number = value(m.group("prefix").lower().replace("одно", "один").replace("ста", "сто"))
            if number is not None:
                yield Candidate("PERCENT", m.start(), m.end(), str(number))
        else:
            number = value(m.group("words").rsplit(None, 1)[0])
            if number is not None:
                yield Candidate("PERCENT", m.start(), m.end(), str(number))


def _kyrgyz_decimal(whole: str, part: str | None, frac: str | None) -> str | None:
    """`жыйырма үч` + `жүздөн` + `сексен сегиз` -> `23.88`; no part: `жарым`, a half."""
    units = value(whole)
    if units is None:
        return None
    if part is None:
        return decimal_norm(f"{units}.5")
    digits = value(frac) if frac else None
    if digits is None or digits >= (10 if part == "ондон" else 100):
        return None
    return decimal_norm(f"{units}.{digits:0{1 if part == 'ондон' else 2}d}")
