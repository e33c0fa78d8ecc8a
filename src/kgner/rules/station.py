"""POLLING_STATION: a polling station identified by its number; norm the digits.

A number is a station when a station word stands right after it (`1142 шайлоо
участкасында`, `1047-бөлүм`, `5324 УШКдан`, `№ 1107-участкада`) or right before it (`УИК №1107`, `на участке
1117`, `шайлоо тилкеси №12`), or when it carries a number sign and a station word follows
within a few words (`№1053 шайлоо участкасына`). Not stations: school numbers
(`№67 мектептин`), counts (`45 шайлоо участок`, `475 участков`), districts, houses.
"""
from __future__ import annotations

import re
from typing import Iterator

from ..text.firstchar import guarded
from .base import NUMBER_SIGN, WORD_START, Candidate

# Kyrgyz station words carry a possessive (участкасы, участогу, тилкеси): a bare
# `участок` after a numeral is a count. Russian nouns after a numeral are counts too.
KY_STATION_AFTER = (r"(?:шайлоо\s+)?(?:участкас[а-яөүң]*|участог[а-яөүң]*|тилкес[а-яөүң]*|"
                    r"бөлүм[а-яөүң]*|УШК[а-яөүң]*|УИК[а-яөүң]*)")
STATION_BEFORE = (r"(?:[Уу]част(?:ок|ка|ке|ком|ку|кового|ковой|ковую|ковая)|УИК|УШК|ИУ|"
                  r"[Уу]частка(?!лар)[а-яөүң]*|[Уу]частог[а-яөүң]*|[Тт]илке[а-яөүң]*|бөлүм[а-яөүң]*|"
                  r"избирательн(?:ый|ого|ом|ому)\s+участ(?:ок|ка|ке|ку|ком)|"
                  # the station's commission by its number (`участковой избирательной комиссии №2089`)
                  r"[Уу]частков(?:ой|ая|ую|ого)\s+(?:избирательн\w+\s+)?комисси\w*|"
                  r"[Уу]часткалык\s+(?:шайлоо\s+)?комиссия\w*|"
                  r"шайлоо\s+участ[а-яөүң]*)")
NOT_STATION = (r"(?:мектеп|школ|гимнази|лицей|бала\s+бакча|детск|садик|үй|дом|кв|округ|"
               r"район|бөлүм\s+башчы|оорукана|больниц|поликлиник|колония|СИЗО|статья|берене|"
               r"пункт|мекеме|учрежден)")
# a count of people after a station word (`участкада 40тай киши кезек күтүп турат`)
PEOPLE_AFTER = (r"[а-яөүң]*\s+(?:(?:ашуун|ашык|жакын|чамасы)\s+)?(?:киши|адам|шайлоочу|жаран|человек|избирател|граждан"
                r"|голос(?:а|ов)?\b|добуш(?!\s+бер))")  # also a count of votes (`на этом участке 64 голоса`)
# after `участкада N`: N is no station number when it goes on as a bigger number, an amount,
# a duration, a count of people or a percent (`участкасынын 96 пайызынын`, `участкага 2 140 шайлоочу`)
NOT_ITS_NUMBER = (rf"\d|[.,:]\d|\s*(?:миң|миллион|млн|тыс|мүнөт|минут|саат|час)|{PEOPLE_AFTER}"
                  r"|\s\d{3}(?!\d)|[-\s]*(?:%|пайыз|процент)"
                  r"|-?жыл"  # a year (`участкасында 2005-жылкы`)
                  r"|\s+(?:\w+\s+)?(?:мүчө|член|бюллетен|кабин)")  # a count (`комиссиянын 11 мүчөсү`)
NUM = r"\d{1,5}"
LONG_NUM = r"\d{3,5}"  # without a sign or a station word before it, a short number is a count
SIGNED = rf"(?:{NUMBER_SIGN}\s?)"

PATTERN = guarded(re.compile(  # guarded: tried only where a match can start
    # word before: `УИК №1107`, `на участке 1117`, `Участок № 1047`, `тилкеси №12`
    # (a signed number is the station's even before a count word: `на участке №3218 голоса считали`)
    rf"(?P<before>{STATION_BEFORE})\s*(?P<sign1>{SIGNED})?(?P<n1>{NUM})(?(sign1)(?!\d|[.,:]\d)|(?!{NOT_ITS_NUMBER}))"
    # number, then a station word right after it (`1214-шайлоо участкасында`, `5324 УШКдан`)
    rf"|{WORD_START}(?P<sign2>{SIGNED})?(?P<n2>(?(sign2){NUM}|{LONG_NUM}))(?!\d|[.,:]\d)[-\s]?(?={KY_STATION_AFTER})"
    # an ordinal station, the number hyphened to the station noun (`№ 1107-участкада`,
    # `5203-участокто`): the hyphen makes it "the station numbered", not a count
    rf"|{WORD_START}(?P<sign4>{SIGNED})?(?P<n4>{NUM})-(?=(?:шайлоо\s+)?[Уу]част[а-яөүң]*)"  # also `№4217-шайлоо участоктору`
    # the plural before a signed number (`участки №1012, ...`; `участков 120` is a count)
    # (also `участках: №1307`, `на трех участках Ленинского района — №1021, ...`)
    rf"|[Уу]частк(?:и|ах|ам|ов)\s*:?\s*(?P<sign6>{SIGNED})(?P<n6>{NUM})(?!\d|[.,:]\d)"
    # (`три участка ... — №3014`; not past a commission or a district: `в ТИК — №3 Ленинского района`)
    rf"|[Уу]частк(?:и|ах|ам|ов|а)(?:(?!ТИК|ОИК|УИК|комисси|округ)[^.!?№\d]){{0,50}}?\s[-—–:]\s*(?P<sign7>{SIGNED})(?P<n7>{LONG_NUM})(?!\d|[.,:]\d)"
    # a Russian ordinal before the noun: `1129-й участок`, `на 3214-м участке`
    rf"|{WORD_START}(?P<n5>{LONG_NUM})-(?:й|м|го|му|ом)\s+(?=[Уу]част[а-я]*)"
    # number with a sign, a station word within three words after it
    rf"|(?P<sign3>{SIGNED})(?P<n3>{NUM})(?!\d|[.,:]\d)(?=(?P<ctx>(?:\s+[^\s.!?;]+){{1,4}}))"
))
STATION_WORD = re.compile(r"шайлоо\s+участ|участ|тилке|бөлүм|УИК|УШК|избирательн\w*\s+участ")
NOT_STATION_WORD = re.compile(NOT_STATION, re.IGNORECASE)


# Every branch needs a station word (before or after the number) or a number sign
# before a digit; where neither occurs the pattern is not run at all.
TRIGGER_WORDS = ("част", "УИК", "УШК", "ИУ", "илке", "бөлүм")
_SIGNED_DIGIT = re.compile(rf"{SIGNED}\d")


# the other stations of a list (`участки №1012, №1019 и №1104`, `№4214- жана №4217-шайлоо
# участоктору`): signed numbers joined to a station found
_NEXT_IN_LIST = re.compile(rf"-?\s*(?:,|и|жана)\s*(?P<sign>{SIGNED})(?P<n>{LONG_NUM})(?!\d|[.,:]\d)")
_BEFORE_IN_LIST = re.compile(rf"(?P<sign>{SIGNED})(?P<n>{LONG_NUM})-?\s*(?:,|и|жана)\s*$")


# a signed number right after a preposition, with a station spoken of earlier in its sentence:
# another station in parallel (`На участке №1047 спокойно, а на №1048 сломалась урна`,
# `на некоторых участках, например на №3517, ...`)
_PARALLEL = re.compile(rf"(?<![\w-])(?:на|в|с|из|по|у)\s+(?P<sign>{SIGNED})(?P<n>{LONG_NUM})(?!\d|[.,:]\d)")
_SENTENCE_END = re.compile(r"[.!?]\s")
_NOT_PARALLEL = re.compile(r"газет|редакц|приказ|закон|решени|постановлен|протокол", re.I)


def find(text: str) -> Iterator[Candidate]:
    """Stations by number, and the other signed numbers of a list one of them opens or closes,
    or of a parallel clause."""
    if not any(w in text for w in TRIGGER_WORDS) and _SIGNED_DIGIT.search(text) is None:
        return
    found = list(_numbered(text))
    seen = {(c.start, c.end) for c in found}
    for cand in found:
        yield cand
        for m in _list_items(text, cand):
            if (m.start("sign"), m.end("n")) not in seen:
                seen.add((m.start("sign"), m.end("n")))
                yield Candidate("POLLING_STATION", m.start("sign"), m.end("n"), m.group("n"))
    if _SIGNED_DIGIT.search(text) is not None:
        for m in _PARALLEL.finditer(text):
            words_after = " ".join(text[m.end("n"):m.end("n") + 40].split()[:3])
            if NOT_STATION_WORD.search(words_after) or _NOT_PARALLEL.search(words_after):
                continue  # a school, a district, a paper, a decree (`в №105 школе`, `в №1234 газеты`)
            if (m.start("sign"), m.end("n")) not in seen and _station_earlier(text, m.start(), found):
                seen.add((m.start("sign"), m.end("n")))
                yield Candidate("POLLING_STATION", m.start("sign"), m.end("n"), m.group("n"))


_STATION_NOUN = re.compile(r"[Уу]частк|[Уу]часток|[Уу]частог|УИК|УШК")  # not `участник`, `участие`


def _station_earlier(text: str, pos: int, found: list[Candidate]) -> bool:
    """A station found, or a station noun, before pos in the same sentence within 200 characters."""
    lo = max(0, pos - 200)
    ends = [m.end() for m in _SENTENCE_END.finditer(text, lo, pos)]
    lo = ends[-1] if ends else lo
    return any(lo <= c.start and c.end <= pos for c in found) or _STATION_NOUN.search(text, lo, pos) is not None


def _list_items(text: str, cand: Candidate) -> Iterator[re.Match]:
    """The signed numbers joined to a station after it, then before it."""
    end, start = cand.end, cand.start
    while (m := _NEXT_IN_LIST.match(text, end)) is not None:
        yield m
        end = m.end()
    while (m := _BEFORE_IN_LIST.search(text, max(0, start - 14), start)) is not None:
        yield m
        start = m.start()


def _numbered(text: str) -> Iterator[Candidate]:
    for m in PATTERN.finditer(text):
        if m.group("n1"):
            start = m.start("sign1") if m.group("sign1") else m.start("n1")
            yield Candidate("POLLING_STATION", start, m.end("n1"), m.group("n1"))
            continue
        if m.group("n5"):
            yield Candidate("POLLING_STATION", m.start("n5"), m.end("n5"), m.group("n5"))
            continue
        if m.group("n6") or m.group("n7"):
            k = "6" if m.group("n6") else "7"
            yield Candidate("POLLING_STATION", m.start("sign" + k), m.end("n" + k), m.group("n" + k))
            continue
        n = next((g for g in ("n2", "n4") if m.group(g)), None)
        if n is not None:
            sign = "sign" + n[1]
            start = m.start(sign) if m.group(sign) else m.start(n)
            yield Candidate("POLLING_STATION", start, m.end(n), m.group(n))
            continue
        context = m.group("ctx")
        station = STATION_WORD.search(context)
        other = NOT_STATION_WORD.search(context)
        if station and (other is None or station.start() < other.start()):
            yield Candidate("POLLING_STATION", m.start("sign3"), m.end("n3"), m.group("n3"))
