"""DATE: `28-ноябрда`, `28.11.2021`, `28 ноября 2021 года`, `2021-жылдын 28-ноябрында`.

Norm ISO `YYYY-MM-DD` when the expression gives the year, else `--MM-DD`. A bare year
or month is not a date. A range gives one date per day (`15-16-февралда` -> `15`
and `16-февралда`).
"""
from __future__ import annotations

import re
from typing import Iterator

from ..text.firstchar import guarded
from .base import WORD_END, WORD_START, Candidate

KY_MONTHS = ("январ", "феврал", "март", "апрел", "май", "июн", "июл", "август",
             "сентябр", "октябр", "ноябр", "декабр")
RU_MONTHS = ("январ", "феврал", "март", "апрел", "ма", "июн", "июл", "август",
             "сентябр", "октябр", "ноябр", "декабр")
KY_MONTH = r"(?P<kmon>январ|феврал|март|апрел|май|июн|июл|август|сентябр|октябр|ноябр|декабр)[а-яөүң]*"
RU_MONTH = (r"(?P<rmon>январ|феврал|март|апрел|ма|июн|июл|август|сентябр|октябр|ноябр|декабр)"
            r"(?:я|е|а|ь|й|т|та|те)")
DAY = r"(?:0?[1-9]|[12]\d|3[01])"
# an agency dateline's short month: `БИШКЕК, 5 окт`, `27-мар`, `16-окт.`
SHORT_MONTH = r"(?P<amon>янв|фев|мар|апр|июн|июл|авг|сент?|окт|ноя|дек)\.?(?![а-яёөүң])"
YEAR = r"(?:19|20)\d\d"
ABBREVIATIONS = ("янв", "фев", "мар", "апр", "май", "июн", "июл", "авг", "сен", "окт", "ноя", "дек")
EN_MONTHS = ("January", "February", "March", "April", "May", "June", "July", "August",
             "September", "October", "November", "December")

PATTERN = guarded(re.compile(  # guarded: tried only where a match can start
    # 28.11.2021, 28/11/2021
    rf"{WORD_START}(?P<d1>{DAY})[./](?P<m1>0?[1-9]|1[0-2])[./](?P<y1>{YEAR}|[0-2]\d){WORD_END}(?![.,]\d)"  # also `23.11.17`
    # 2021-11-28
    rf"|{WORD_START}(?P<y2>{YEAR})-(?P<m2>0[1-9]|1[0-2])-(?P<d2>{DAY}){WORD_END}(?!\d)"
    # [2021-жылдын|жылы] 28-ноябрда ; first day of a range `15-16-февралда`
    rf"|(?:(?P<y3>{YEAR})-?\s?(?:жыл[а-яөүң]*|ж\.)\s+)?{WORD_START}(?P<d3>{DAY})"
    rf"(?:-(?P<d3b>{DAY}))?-(?:{KY_MONTH}{WORD_END}|{SHORT_MONTH.replace('amon', 'amon3')})"
    # 28 ноября [2021 года|г.] ; range `15-16 февраля`
    rf"|{WORD_START}(?P<d4>{DAY})(?:\s?[-–]\s?(?P<d4b>{DAY}))?\s+(?:{RU_MONTH}{WORD_END}"
    rf"(?:\s+(?P<y4>{YEAR})(?:\s*(?:года|году|год|г\.|-жыл[а-яөүң]*))?{WORD_END})?|{SHORT_MONTH.replace('amon', 'amon4')})"
    # English, as in embedded tweets: `November 28, 2021`
    rf"|(?P<emon>{'|'.join(EN_MONTHS)})\s(?P<d5>{DAY}),\s(?P<y5>{YEAR}){WORD_END}"
))


def _norm(year: str | None, month: int, day: int) -> str:
    return f"{year}-{month:02d}-{day:02d}" if year else f"--{month:02d}-{day:02d}"


_DIGIT = re.compile(r"[0-9]")  # every branch's DAY needs an ASCII digit


def find(text: str) -> Iterator[Candidate]:
    if _DIGIT.search(text) is None:
        return
    for m in PATTERN.finditer(text):
        g = m.groupdict()
        if g["d1"]:
            if len(g["y1"]) == 2 and (len(g["d1"]) < 2 or len(g["m1"]) < 2):
                continue  # `1.2.15`: a section number, not `01.02.15`
            year = g["y1"] if len(g["y1"]) == 4 else f"20{g['y1']}"
            yield Candidate("DATE", m.start(), m.end(), _norm(year, int(g["m1"]), int(g["d1"])))
        elif g["amon3"] or g["amon4"]:  # a short month: no year with it
            month = ABBREVIATIONS.index((g["amon3"] or g["amon4"])[:3]) + 1
            yield Candidate("DATE", m.start(), m.end(), _norm(g["y3"] if g["amon3"] else None, month, int(g["d3"] or g["d4"])))
        elif g["emon"]:
            month = EN_MONTHS.index(g["emon"]) + 1
            yield Candidate("DATE", m.start(), m.end(), _norm(g["y5"], month, int(g["d5"])))
        elif g["y2"]:
            yield Candidate("DATE", m.start(), m.end(), _norm(g["y2"], int(g["m2"]), int(g["d2"])))
        else:
            ky = g["d3"] is not None
            day, second = (g["d3"], g["d3b"]) if ky else (g["d4"], g["d4b"])
            month = (KY_MONTHS.index(g["kmon"]) if ky else RU_MONTHS.index(g["rmon"])) + 1
            year = g["y3"] if ky else g["y4"]
            if second:  # a range: the first day alone, the second with the month
                first_start = m.start("d3" if ky else "d4")
                yield Candidate("DATE", first_start, m.end("d3" if ky else "d4"),
                                _norm(year, month, int(day)))
                if ky and year:  # `2021-жылдын 15-16-...`: the year goes with the first
                    yield Candidate("DATE", m.start("d3b"), m.end(), _norm(year, month, int(second)))
                else:
                    yield Candidate("DATE", m.start("d3b" if ky else "d4b"), m.end(),
                                    _norm(year, month, int(second)))
            else:
                yield Candidate("DATE", m.start(), m.end(), _norm(year, month, int(day)))
