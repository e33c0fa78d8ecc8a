"""TIME: clock times in Kyrgyz and Russian; norm `HH:MM` (24-hour).

Spans follow the guideline: `саат` and day-part words belong to the span, a Russian
preposition and a glued Kyrgyz suffix do not (`Саат 08:52де` -> `Саат 08:52`,
`в 20:00` -> `20:00`, `саат 9га` -> `саат 9`, `к 10 утра` -> `10 утра`).
"""
from __future__ import annotations

import re
from typing import Iterator

from ..text.firstchar import guarded
from .base import LETTER, WORD_END, Candidate
from .numwords import KY_WORD, RU_WORD, value

SAAT = r"(?:[Сс]аат|СААТ)"
KY_DAYPART = (r"(?:[Кк]ечки|[Кк]ечкурунку|[Тт]үнкү|[Тт]үштөн\s+кийинки|[Тт]үшкү|[Ээ]ртең\s+мененки|"
              r"[Ээ]ртеңки|[Ээ]ртең\s+менен)")
RU_DAYPARTS = ("утра", "вечера", "дня", "ночи")
RU_DAYPART = f"(?:{'|'.join(RU_DAYPARTS)})"
EVENING = ("кеч", "түштөн", "вечер", "дня")  # 1-11 -> 13-23
NIGHT = ("түн", "ноч")  # 6-11 -> 18-23; 1-5 stay early morning
MIDDAY = ("түшкү",)  # `түшкү саат экиге`: 1-6 -> 13-18, 11 and 12 stay
HOUR = r"(?:[01]?\d|2[0-4])"
MIN = r"[0-5]\d"
# a dotted time (`20.00`) only after a cue: `саат`, `в`, `к`, `до`, `с`, `после`
DOT_CUE = r"(?:[Сс]аат|[ВвКкСс]|[Дд]о|[Пп]осле|[Оо]коло)"

PATTERN = guarded(re.compile(  # guarded: tried only where a match can start
    # [day-part] [саат] HH:MM  (a glued suffix is left out by the pattern's end)
    rf"(?P<colon>(?:(?P<dp1>{KY_DAYPART})\s+)?(?:{SAAT}\s*)?"
    rf"(?<![\d:.,])(?P<h1>{HOUR}):(?P<m1>{MIN})(?![\d:])(?:\s+(?P<dp2>{RU_DAYPART}))?)"
    # cue + HH.MM
    rf"|(?P<dotted>(?<![{LETTER}]){DOT_CUE}\s+(?P<h2>{HOUR})\.(?P<m2>{MIN})(?!\d|[.,]\d))"
    # HH.MM with a Kyrgyz case suffix and a time postposition: `21.30га карата`
    rf"|(?P<dotsuf>(?<![\d.,]){HOUR}\.{MIN})(?=-?[гкдт][аеоөуүы]н?\s+(?:карата|чейин|дейре|ченде|кийин|баштап))"
    # [day-part] саат N[suffix] | саат <number word>
    rf"|(?P<saat>(?:(?P<dp3>{KY_DAYPART})\s+)?{SAAT}\s+(?:(?P<h3>{HOUR})(?![\d.,:])(?=['-]?[а-яөүң]*{WORD_END})"
    rf"|(?P<w3>{KY_WORD}){WORD_END}))"
    # Russian: N | number word  + day-part (`10 утра`, `восемь вечера`), or `в N часов`
    rf"|(?P<daypart>(?<![{LETTER}\d])(?:(?P<h4>{HOUR})|(?P<w4>{RU_WORD}))(?:\s+час(?:а|ов|ам)?)?\s+(?P<dp4>{RU_DAYPART}){WORD_END})"
    rf"|(?<![{LETTER}])(?:[ВвКк]|[Дд]о|[Пп]осле|[Оо]коло)\s+(?P<hours>(?:(?P<h5>{HOUR})|(?P<w5>{RU_WORD}))"
    rf"\s+час(?:а|ов|ам|у)?(?:\s+(?P<dp5>{RU_DAYPART}))?{WORD_END})"
    # noon after a cue: `к полудню`, `в полдень`, `до полудня`
    rf"|(?<![{LETTER}])(?:[ВвКк]|[Нн]а|[Дд]о|[Пп]осле|[Оо]коло)\s+(?P<noon>полдень|полудн[юяе]){WORD_END}"  # also `на полдень`
    # midnight: `ближе к полуночи`, `түн ортосуна чейин`
    rf"|(?<![{LETTER}])(?:(?:[ВвКкСс]|[Дд]о|[Пп]осле|[Оо]коло)\s+(?P<midnight>полночь|полуноч[иь])"  # also `с полуночи`
    rf"|(?P<midnight_ky>[Тт]үн\s+ортосу[{LETTER}]*)){WORD_END}"
))


def _norm(hour: int, minute: int, daypart: str | None, spoken: bool = False) -> str | None:
    """`spoken`: an hour said in words with no day part; one to six is in the afternoon
    (`саат экиде` 14:00, `к пяти часам` 17:00), as an election day's news means it."""
    if spoken and not daypart and 1 <= hour <= 6:
        hour += 12
    if daypart and hour < 12:
        if daypart.startswith(EVENING) or (daypart.startswith(NIGHT) and hour >= 6) or \
                (daypart.startswith(MIDDAY) and hour <= 6):
            hour += 12
    if hour == 24 and minute == 0:
        hour = 0
    if not (0 <= hour <= 23 and 0 <= minute <= 59):
        return None
    return f"{hour:02d}:{minute:02d}"


# Every branch of PATTERN needs a clock (`08:00`, `20.00`: colon, dotted, dotsuf), `саат`
# (saat), a day-part word after a space (daypart) or a number before `час` (hours):
# where none occurs the pattern is not run at all. The words are tested as substrings
# first, since `час` (участок) and `дня` (сегодня) are common inside other words.
SAAT_WORDS = ("аат", "СААТ")
# a Kyrgyz day part and an hour in words with its case ending, no `саат` (`Кечки алтыда`,
# `эртең мененки сегизге`): its own pattern, tried only where a day-part word occurs
_KY_DAYPART_GATE = re.compile(r"(?:ечки|ечкурунку|үнкү|үштөн|үшкү|ртең|ртеңки)\s")
# (not `бирге`, together: `эртең менен бирге келишти`)
KY_WORD_HOUR = re.compile(rf"(?P<dp>{KY_DAYPART})\s+(?!бирге{WORD_END})(?P<w>{KY_WORD})(?<=[дтгк][аеоөуүы]){WORD_END}")
NOON_WORDS = ("полд", "полуд", "полноч", "полуноч", "ортосу")  # noon, midnight, `түн ортосу`
# Kyrgyz noon as of which (`Түшкө карата`, `Чак түшкө карата`; most gold leaves `түшкө чейин`,
# before noon): its own pattern, tried only where `түшкө карата` occurs
NOON_KY = re.compile(rf"(?<![{LETTER}])(?:[Чч]ак\s+)?[Тт]үшкө(?=\s+карата{WORD_END})")
_CLOCK = re.compile(r"\d[:.][0-5]\d")
_DAYPART_AFTER_SPACE = re.compile(rf"\s{RU_DAYPART}")
_NUMBER_HOURS = re.compile(r"\w\s+час")  # `16 часам`, `пяти часам`; not `участок`


def _may_match(text: str) -> bool:
    return (any(w in text for w in SAAT_WORDS) or _CLOCK.search(text) is not None
            or ("час" in text and _NUMBER_HOURS.search(text) is not None)
            or any(w in text for w in NOON_WORDS)
            or (any(w in text for w in RU_DAYPARTS)
                and _DAYPART_AFTER_SPACE.search(text) is not None))


def find(text: str) -> Iterator[Candidate]:
    if "үшкө карата" in text:
        for m in NOON_KY.finditer(text):
            yield Candidate("TIME", m.start(), m.end(), "12:00")
    if _KY_DAYPART_GATE.search(text):
        for m in KY_WORD_HOUR.finditer(text):
            hour = value(m.group("w"))
            norm = _norm(hour, 0, m.group("dp").lower(), True) if hour is not None else None
            if norm is not None:
                yield Candidate("TIME", m.start(), m.end(), norm)
    if not _may_match(text):
        return
    for m in PATTERN.finditer(text):
        kind = next(k for k in ("colon", "dotted", "dotsuf", "saat", "daypart", "hours", "noon",
                                "midnight", "midnight_ky") if m.group(k))
        g = m.groupdict()
        if kind == "colon":
            hour, minute, dp = int(g["h1"]), int(g["m1"]), g["dp1"] or g["dp2"]
        elif kind == "dotted":
            hour, minute, dp = int(g["h2"]), int(g["m2"]), None
        elif kind == "dotsuf":
            hour, minute = map(int, m.group(kind).split("."))
            dp = None
        elif kind == "saat":
            hour = int(g["h3"]) if g["h3"] else value(g["w3"])
            minute, dp = 0, g["dp3"]
        elif kind == "daypart":
            hour = int(g["h4"]) if g["h4"] else value(g["w4"])
            minute, dp = 0, g["dp4"]
        elif kind == "hours":
            hour = int(g["h5"]) if g["h5"] else value(g["w5"])
            minute, dp = 0, g["dp5"]
        else:
            hour, minute, dp = (12 if kind == "noon" else 0), 0, None
        if hour is None:
            continue
        spoken = bool(g["w3"] or g["w4"] or g["w5"])
        norm = _norm(hour, minute, dp.lower() if dp else None, spoken)
        if norm is None:
            continue
        start, end = m.span(kind)
        if kind == "dotted":  # the cue word is in the span only when it is `саат`
            cue_end = m.start("h2")
            if not text[start:cue_end].strip().lower().startswith("саат"):
                start = cue_end
        if kind == "saat" and g["h3"]:
            end = m.end("h3")
        yield Candidate("TIME", start, end, norm)
