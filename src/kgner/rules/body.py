"""ELECTION_BODY: election commissions by abbreviation or name; norm `ЦИК`/`ТИК`/`ОИК`/`УИК`.

`УИК`/`УШК` next to a station number names a place, not an acting body, and is left to
POLLING_STATION (`пришел на УИК № 1053`). Generic mentions of a kind count
(`участковые комиссии`). A place in the body's name is part of the one span (`ЦИК КР`).
"""
from __future__ import annotations

import re
from typing import Iterator

from ..text.firstchar import guarded
from .base import LETTER, NUMBER_SIGN, WORD_END, WORD_START, Candidate

ABBREVIATIONS = {"ЦИК": "ЦИК", "БШК": "ЦИК", "ТИК": "ТИК", "АШК": "ТИК", "ТШК": "ТИК", "ОИК": "ОИК",
                 "ОШК": "ОИК", "УИК": "УИК", "УШК": "УИК"}
KY_LEVELS = {"борбордук": "ЦИК", "аймактык": "ТИК", "шаардык": "ТИК", "райондук": "ТИК",
             "облустук": "ТИК", "округдук": "ОИК", "участкалык": "УИК", "участок": "УИК"}
RU_LEVELS = {"центральн": "ЦИК", "территориальн": "ТИК", "окружн": "ОИК", "участков": "УИК",
             "городск": "ТИК", "районн": "ТИК", "областн": "ТИК"}
# `Центризбирком`, `облизбиркома`, `Ошского горизбиркома`, `территориального избиркома`
IZBIRKOM_LEVELS = {"центр": "ЦИК", "обл": "ТИК", "гор": "ТИК", "рай": "ТИК", "территориальн": "ТИК"}
PLACE_AFTER = r"(?:\s+(?:КР|РФ|Кыргызстана|Кыргызской\s+Республики|Киргизии))?"

NUMBER_BEFORE = re.compile(r"\d[-\s]?$|участ[а-яөүң]*\s*\($")  # `5324 УШК`, `участкасында (УШК)`
STATION_NEAR = re.compile(r"участ|тилке|бөлүм|урна", re.IGNORECASE)
PATTERN = guarded(re.compile(  # guarded: tried only where a match can start
    rf"{WORD_START}(?P<abbr>ЦИК|БШК|ТИК|АШК|ТШК|ОИК|ОШК|УИК|УШК)(?P<suf>[а-яөүң]*)"
    rf"(?P<place>{PLACE_AFTER}){WORD_END}(?P<num>\s*(?:{NUMBER_SIGN}\s?)?\d)?"
    rf"|(?P<bsh>Боршайком[а-яөүң]*){WORD_END}"
    rf"|(?P<ky_full>Шайлоо\s+жана\s+референдум\s+өткөрүү\s+боюнча\s+[Бб]орбордук\s+комиссия[а-яөүң]*)"
    # a kind by its level, `шайлоо` or not: `участкалык комиссиянын`, `шаардык жана райондук комиссиялар`
    rf"|(?P<ky>(?:(?<![{LETTER}-])[А-ЯЁӨҮҢ][а-яёөүң]+(?:-[А-ЯЁӨҮҢа-яёөүң][а-яёөүң]+)*\s+"  # `Ысык-Ата`
    rf"(?=(?:шаардык|райондук|облустук|аймактык)\s))?"
    rf"(?:(?P<kyl>[Бб]орбордук|[Аа]ймактык|[Шш]аардык|[Рр]айондук|[Оо]блустук|[Оо]кругдук|"
    rf"[Уу]часткалык|[Уу]часток(?:тук)?)\s+)(?:(?:жана|же)\s+[а-яөүң]+\s+)?(?:аймактык\s+)?(?:шайлоо\s+)?"
    rf"комиссия[а-яөүң]*)"
    rf"|(?P<ru>(?P<rul>[Цц]ентральн|[Тт]ерриториальн|[Оо]кружн|[Уу]частков|[Гг]ородск|[Рр]айонн|[Оо]бластн)[а-я]*"
    rf"\s+(?:избирательн[а-я]*\s+)?комисси[а-я]*"
    rf"(?:\s+по\s+выборам\s+и\s+проведению\s+референдумов)?{PLACE_AFTER}){WORD_END}"
    # generic: `шайлоо комиссиясынын мүчөлөрү`, `избирательные комиссии`
    rf"|(?P<generic>(?<![{LETTER}])(?:[Шш]айлоо\s+комиссия[а-яөүң]*|[Ии]збирательн[а-я]*\s+комисси[а-я]*)){WORD_END}"
))


# a word with a case ending is no place name before a commission's level (`Протоколдорду
# шаардык жана райондук комиссиялар кабыл алат`: the commissions start at `шаардык`)
CASE_END = re.compile(r"(?:(д|н|т)[уыүи]|[гк][аеоө]|[дт][аеоө]н|[нд]\w[н]|(лар|лер|дар|дер|тар|тер|дор|дөр|лор|лөр)\w*)$")


def _place_start(m: re.Match) -> int:
    """Where a Kyrgyz commission's span starts: at the place before its level (`Ош шаардык
    аймактык шайлоо комиссиясы`), unless that word is no place name."""
    from ..names.kb import link_name
    head = m.group("ky").split()[0]
    if m.group("kyl") != head and CASE_END.search(head.lower()) and \
            link_name("LOCATION", head) is None:  # `Аламүдүн`, `Сүлүктү` are places
        return m.start("kyl")
    return m.start()


# Rarer forms, each its own pattern tried only where a substring test finds its words (in the
# main pattern they would make it try every capital, `к` and `у`): Russian compounds
# (`Ошского горизбиркома`, `Центризбирком`) and the station's commission (`комиссии участка
# №2614`, its number a POLLING_STATION; `участоктун комиссиясы`)
IZBIRKOM = guarded(re.compile(
    rf"(?:[А-ЯЁ][а-яё-]+ского\s+)?(?P<izl>[Цц]ентр|[Оо]бл|[Гг]ор|[Рр]ай|[Тт]ерриториальн[а-я]*\s+)"
    rf"избирком[а-я]*{PLACE_AFTER}(?:\s+[А-ЯЁ][А-ЯЁа-яё-]+ской\s+области)?{WORD_END}"
))
STATION_COMMISSION = guarded(re.compile(
    rf"[Кк]омисси[а-я]*\s+участка(?=\s*(?:{NUMBER_SIGN}\s?)?\d)"
    rf"|(?:[Шш]айлоо\s+)?[Уу]част(?:октун|огунун|касынын|канын)\s+комиссия[а-яөүң]*"
))


def _level(word: str, table: dict[str, str]) -> str:
    word = word.lower().split()[0]
    return next(norm for stem, norm in table.items() if word.startswith(stem))


# Every branch of PATTERN contains one of these: skip the pattern where none occurs.
TRIGGERS = ("омисси", "Боршайком", "избирком", *ABBREVIATIONS)  # `омисси`: also `Комиссия`


def find(text: str) -> Iterator[Candidate]:
    if not any(t in text for t in TRIGGERS):
        return
    for m in PATTERN.finditer(text):
        if m.group("abbr"):
            if m.group("abbr") in ("УИК", "УШК") and (
                    m.group("num") or NUMBER_BEFORE.search(text, max(0, m.start() - 30), m.start())):
                continue  # names the station as a place
            yield Candidate("ELECTION_BODY", m.start("abbr"), m.end("place"),
                            ABBREVIATIONS[m.group("abbr")])
        elif m.group("bsh") or m.group("ky_full"):
            yield Candidate("ELECTION_BODY", m.start(), m.end(), "ЦИК")
        elif m.group("ky"):
            yield Candidate("ELECTION_BODY", _place_start(m), m.end(), _level(m.group("kyl"), KY_LEVELS))
        elif m.group("ru"):
            yield Candidate("ELECTION_BODY", m.start(), m.end(), _level(m.group("rul"), RU_LEVELS))
        else:  # the level of a generic commission: a station nearby says УИК
            near = STATION_NEAR.search(text, max(0, m.start() - 150), min(len(text), m.end() + 60))
            yield Candidate("ELECTION_BODY", m.start(), m.end(), "УИК" if near else "ИК")
    if "избирком" in text:
        for m in IZBIRKOM.finditer(text):
            yield Candidate("ELECTION_BODY", m.start(), m.end(), _level(m.group("izl"), IZBIRKOM_LEVELS))
    if "омисси" in text and "участ" in text:
        for m in STATION_COMMISSION.finditer(text):
            yield Candidate("ELECTION_BODY", m.start(), m.end(), "УИК")
