"""Party results: a party with its percent, votes or seats, read around its name."""
from __future__ import annotations

import re
from dataclasses import dataclass, replace

from ..rules.numwords import KY_WORD, RU_WORD
from .common import (_CLAUSE_BREAK, _CLAUSE_JOIN, _GENITIVE_NAME, _LEADS, _POINTS, IF_COMMA, PEOPLE, PRELIMINARY,
                     MOST_SEATS, RESPECTIVELY, RESULT, VOTES, YEAR, ABLATIVE_WITH_N, GENITIVE, NOW_KY, _not_a_share, _ref, _Sent,
                     declined, seats_spoken_of)
from .counts import NO_SEATS, _OF_SEATS, _SEAT_NOUN, _TABLE_ROW, _counts, _far_seats, _seats_of_whole, _trailing_count
from .numbers import find_quantities, word_count, word_number
from .party_focus import (_FOCUS_SPAN, _compared_with, _cue_of_sentence_before, _figures_of_named, _party_anaphor,
                          _quoted_result)
from .by_place import figures_by_place
from .records import Fact, PartyResult
from .shares import gap_or_shortfall, latest_of, next_share, not_the_share, year_after


_CONNECTOR = re.compile(r"^[\s,«»\"“”'()—–-]*(и|жана|менен|,)?[\s,«»\"“”'()]*$", re.I)


# a participle (or `бар`, has) right before the party: `12,38 пайызы бар «Ак бата»`
_PARTICIPLE = re.compile(r"(\w+(ган|ген|гон|гөн|кан|кен|кон|көн)|\bбар)[\s\"“”«»]*$", re.I)
# `13,85 пайыз менен Эмгек`, `287 добуш (19,6%) менен «Ынтымак»`
_WITH_SHARE = re.compile(r"\d\s*(%|пайыз|добуш)\w*(\s*\([^()]{1,20}\))?\s+менен[\s\"“”«»]*$", re.I)
_SHARE_BEFORE = re.compile(r"\d\s*(%|пайыз)\w*[\s\"“”«»]*$", re.I)
# the Russian holder after its share: `около 13,6% у «Ишенима»`, `по 0,46% — у «Ордо»`
_SHARE_AT = re.compile(r"\d\s*(%|процент\w*)\s*[,—–-]?\s*у\s+[\"“«]?\s*$", re.I)  # also `0,17%, у Партии`
_BACKED_AFTER = re.compile(r"[\"“”«»]?\s*(партиясын\w*\s+)?(колдо|тандады|тандашты|добуш бер)", re.I)


_SEATS_THEN_COMMA = re.compile(rf"[\s»\"”]*(?:(?:саясий\s+)?партиясы\s+)?(?:(?:\d{{1,3}}|{KY_WORD}|{RU_WORD})\s+(\w+\s+)?(мандат|орун|мест|кресел)\w*(?:\s+ээ\s+болду|\s+алды)?"
                               rf"|(?:{KY_WORD}|{RU_WORD})(?=\s*,\s*\d[^.;]*?(?:мандат|орун|мест|кресел)))\s*,", re.I)
# (or a count in words whose noun comes after the next party: `22,1 пайыз алган «X» сегиз, 15,9 пайыз менен «Y» алты орунга`)


def _after_seats(text: str, end: int) -> int:
    """Where the next clause can start after a party: past its own seats (`«Ишеним» 12 орунга,
    11 пайыз алган «Ынтымак» тогуз орунга ээ болду`: the 12 is Ишеним's; also in words, `алты орунга,`)."""
    m = _SEATS_THEN_COMMA.match(text, end)
    return m.end() if m else end


def _leading_clause(text: str, party_start: int, floor: int, party_end: int) -> int | None:
    """Where a Kyrgyz clause that gives a party's figures before its name starts, or None:
    a participle clause (`38,25 % алып 8 мандатка ээ болгон Коммунисттер партиясы`) or a
    share of the voters backing the party, the verb after it (`шайлоочулардын 8 пайызы
    "Бир Болду" колдоду`)."""
    before = text[floor:party_start]
    russian = _RU_PARTICIPLE_LEAD.search(before)
    if russian:  # `Набравший 4,01% «Азаттык» и получившая 4,46% партия «Эл Умуту»`
        return floor + russian.start()
    with_share = _WITH_SHARE.search(before)
    share_at = _SHARE_AT.search(before)
    if share_at and not _PARTICIPLE.search(before) and not with_share:
        # `«Биримдик» — 24,3% против 24,1% у «Мекеним Кыргызстан»`: the clause is the share itself
        number = re.search(r"\d+(?:[.,]\d+)?\s*(%|процент\w*)\s*у\s+[\"“«]?\s*$", before, re.I)
        if number:
            return floor + number.start()
    if not _PARTICIPLE.search(before) and not with_share and not share_at and not (
            _SHARE_BEFORE.search(before) and _BACKED_AFTER.match(text, party_end)):
        return None
    # not the bracket of `287 добуш (19,6%) менен`, `6 640 добуш (36,1%) алган`, `3,44 пайыз (201 добуш) алган`:
    # a short bracket is inside the clause
    # (a bracket after a count: one right after the party before is that party's own)
    masked = re.sub(r"(?<=\d)(\s*(добуш\w*|голос\w*)?\s*)\([^()]{1,25}\)|(?<=\d)\s*(пайыз\w*|процент\w*|%)\s*\(\s*\d[\d\s]*(добуш|голос)\w*\s*\)",
                    lambda m: " " * len(m.group()), before)
    breaks = sorted([m.end() for m in _CLAUSE_BREAK.finditer(masked)] + [m.end() for m in IF_COMMA.finditer(masked)])
    breaks = [k for k in breaks if not with_share or k <= with_share.start()]
    start = floor + (breaks[-1] if breaks else 0)
    clause = text[start:party_start]
    return start if re.search(r"\d|пайыз|процент", clause, re.I) else None


# a Russian participle clause with the party's share, right before it
_RU_PARTICIPLE_LEAD = re.compile(r"\b(?:набравш|получивш|собравш|завоевавш)\w*\s+[^,;:]{0,40}?\d+(?:[,.]\d+)?\s*(?:%|процент\w*)"
                                 r"(?:\s+голосов)?(?:(?:\s+[а-яё]+){0,2}\s+парти[яи])?\s*[«\"“]?\s*$", re.I)  # `... пропрезидентская партия «X»`
# the party's own participle right after it (`«Ынтымак», получивший 11% и девять мандатов`)
_OWN_PARTICIPLE = re.compile(r"[\s»\"”]*,\s*получивш\w*\s+.{0,40}?(процент|%|мандат|мест|голос)", re.I)
# a conditional clause going on to a later moment of the same party (`5,7% болсо, азыр 6,9%га`); not a
# year: `2015-жылы ... 18 мандатка ээ болсо, 2020-жылы ...` gives each year's figures apart
_LATER_MOMENT = re.compile(r"\s*(азыр|эми|бул жолу|(\S+\s+)?(чыныгы|реальн\w*|фактическ\w*)\s|после\s+(ручного\s+)?(пересч[её]т|подсч[её]т|сверк)\w*|по\s+окончательн\w*"
                           r"|(кол\s+менен\s+)?(кайра\s+)?эсепт\w*\s+кийин|акыркы\s+(эсеп|жыйынтык|маалымат)\w*|\d+\s*%\w*\s+(жеткенде|эсептелгенде|иштетилгенде)"
                           r"|(теперь|сейчас|на этот раз|в этот раз)[\s,:—–-]*((всего|лишь|уже)\s+)?\d)", re.I)
# (`в 2020-м получил 7,13%, а теперь — 7,04%`; not `а теперь не дотянул до барьера`)
_VOTES_IN_PARTICIPLE = re.compile(r"\d\s+(добуш|голос)\w*\s+\w+(ган|ген|гон|гөн|кан|кен|кон|көн)[\s\"“”«»]*$", re.I)
_DASH_TO_PARTIES = re.compile(r"\s*[—–-]\s*(партиям\s*|партияларга\s*)?[«\"“]?\s*", re.I)
_BARE_DASH_COUNT = re.compile(rf"[»\"”]?\s*[—–-]\s*(?:по\s+)?(\d{{1,3}}|{RU_WORD}|(?![Оо]н\b)(?:{KY_WORD}))\s*([,;.]|$|\s+(и|а|жана)\s)")
# (not the Russian `он`, he: `«Ата Мекен» — он, по словам ...`)
_AGAINST_ALL = re.compile(r"\b(баарына|бардыгына)\s+каршы|\bпротив\s+всех\b", re.I)
_EACH_BEFORE = re.compile(rf"\bпо\s+(?:\d{{1,3}}|{RU_WORD})\s*(?:[—–-]|(?:мест\w*|мандат\w*|кресел|кресл\w*)\s+"
                          r"(?:получ|доста|отойд|отход|отда|уход|уйд)\w*)\s*[«\"“]?\s*$", re.I)  # also `По три места достаются «X» и «Y»`
_DESCRIPTOR = re.compile(r"[»\"”]?(?:\s+[^\W\d_]+(?:-[^\W\d_]+)?){0,6}?\s+партиясы\b(?!\s*[«\"“])", re.I)
_YEAR_OPENING = re.compile(r"\s*(?:в\s+|во\s+)?((?:19|20)\d\d)(?:-м|-жылы|-жылдагы|-жылкы|\s+году)\b", re.I)
_OWN_SEATS_BRACKET = re.compile(r"[»\"”]?\w{0,4}\s*\(\s*(\d{1,3})\s+(?:мандат|орун|мест|кресел)", re.I)
# a figure of its own: `«Ак батадан» (12,38%)`, `уступила лишь «Биримдику» с 24,5%`
_OWN_BRACKET = re.compile(r"[»\"”]?\w{0,4}\s*\(\s*\d|[»\"”]?\w{0,4}\s+с\s+(?:его\s+|ее\s+|её\s+)?\d")
# or in its own relative clause: `обошла «Мекеним Кыргызстан», у которого 23,88 процента`, `опередив СДПК, у которой 18,2`
_OWN_RELATIVE = re.compile(r"[»\"”]?\s*,\s*(?:у\s+котор\w+|котор\w+\s+(?:набрал|получил|собрал)\w*|набравш\w+|получивш\w+)"
                           r"\s+(?:\w+\s+){0,3}?\d", re.I)
# `Атамбаев — выдвиженец Социал-демократической партии`: the party's candidate, not the party
_NOMINEE_BEFORE = re.compile(r"((выдвиженец|выдвинут\w*(?:\s+парти\w+)?|(кандидат|соперник|конкурент|представител)\w* (от(?:\s+парти\w+)?|фракции|партии|из фракции)|представител[ья]|талапкери"
                             # one deputy or member of the party: `избран депутат от «Ак Жола», за него проголосовали
                             # 16`, `соперник, член партии «X», получает 29,1%`
                             r"|\bдепутат\s+от|\bчлен\s+партии)"
                             r"|(кандидат|талапкер|соперник|конкурент)\w*,\s+котор\w+\s+[^,.;]{0,40})"  # `кандидат, которого поддерживал актив партии`
                             r"\s*[«\"“]?\s*$", re.I)
_NUMBER = re.compile(r"\d+(?:[.,]\d+)?")


_LIST_JOIN = re.compile(r"\s*(%|пайыз\w*|процент\w*)?\s*(,|;|жана|и)?\s*", re.I)  # `24,50% и 23,88%`, `32,4; 21,7 жана 11,9`


def _respective_figures(text, ents, sent, groups: list[list[int]]) -> dict[int, dict]:
    """Figures given after a list of parties in the same order, for each `respectively` of
    the sentence: {group: {"seats": n} or {"pct": entity or None, "pct_value": x}}.
    `«Өнүгүү-Прогресс» 9,30%, "Бир Бол" 8,52% ... тиешелүүлүгүнө жараша 13, 12 жана 11
    мандатка`; `СДПК ... и «Республика – Ата-Журт» ... заняли соответственно 38 и 28
    кресел, тогда как «Кыргызстан», ... получили соответственно 18, 13, 12 и 11 мандатов`;
    `«Биримдик» и «Мекеним Кыргызстан», набравшие соответственно 24,50 и 23,88 процента`."""
    out: dict[int, dict] = {}
    floor = sent.start
    for cue in RESPECTIVELY.finditer(text, sent.start, sent.end):
        before_cue = [g for g, group in enumerate(groups)
                      if floor <= ents[group[0]].start and ents[group[-1]].end <= cue.start()]
        floor = cue.end()
        # the parties listed right before the cue (`«Реформа» менен «Мекен Ынтымагы»
        # тиешелүүлүгүнө жараша`), else all since the last cue (each with its own figure)
        run = before_cue[-1:]
        while len(run) < len(before_cue) and _PARTY_JOIN.fullmatch(
                text, ents[groups[run[0] - 1][-1]].end, ents[groups[run[0]][0]].start):
            run.insert(0, run[0] - 1)
        for members in ([run, before_cue] if len(run) >= 2 and run != before_cue else [before_cue]):
            if len(members) < 2 or _figures_respectively(text, ents, sent, groups, members, cue, out):
                break
        if len(before_cue) < 2:
            _seats_before_the_cue(text, ents, sent, groups, cue, out)
    if not out and not RESPECTIVELY.search(text, sent.start, sent.end):
        _listed_in_order(text, ents, sent, groups, out)
    if not out and len(groups) == 2:
        _shares_against(text, ents, sent, groups, out)
    return out


_VERB_TO_PARTIES = re.compile(r"\s*(?:получили|получат|достались|достанутся|алышты|алды|тийди)\s*[«\"“]?", re.I)


def _seats_before_the_cue(text, ents, sent, groups: list[list[int]], cue, out: dict) -> None:
    """Seats listed before the cue, the parties after it and its verb (`по пять и три мандата
    соответственно получили «Замандаш» и «Ак Жол»`)."""
    run = [g for g, group in enumerate(groups) if ents[group[0]].start >= cue.end()][:1]
    if not run or not _VERB_TO_PARTIES.fullmatch(text, cue.end(), ents[groups[run[0]][0]].start):
        return
    while run[-1] + 1 < len(groups) and _PARTY_JOIN.fullmatch(text, ents[groups[run[-1]][-1]].end,
                                                              ents[groups[run[-1] + 1][0]].start):
        run.append(run[-1] + 1)
    floor = max([sent.start] + [ents[group[-1]].end for group in groups if ents[group[-1]].end <= cue.start()])
    seats = _count_list(text, floor, cue.start(), len(run)) if len(run) >= 2 else None
    for g, n in zip(run, seats or ()):
        out.setdefault(g, {})["seats"] = n


_AGAINST = re.compile(r"\s*(против|каршы|vs\.?)\s*", re.I)


def _shares_against(text, ents, sent, groups: list[list[int]], out: dict) -> None:
    """Two parties, then their shares set against each other in the same order (`Отрыв
    «Биримдика» от «Мекеним Кыргызстан» сократился до 0,6 пункта: 24,5% против 23,9%`)."""
    pcts = [i for i in sent.get("PERCENT") if ents[i].start >= ents[groups[1][-1]].end]
    for x, y in zip(pcts, pcts[1:]):
        if _AGAINST.fullmatch(text, ents[x].end, ents[y].start) and \
                not not_the_share(text, ents[x], sent.start) and not not_the_share(text, ents[y], sent.start):
            out[0], out[1] = {"pct": x, "pct_value": None}, {"pct": y, "pct_value": None}
            return


# parties of one list: `«Реформа» менен «Мекен Ынтымагы»`, `«Алыянс», «Бүтүн Кыргызстан» жана ...`
_PARTY_JOIN = re.compile(r"[\s«»\"“”]*(,|и|жана|менен)?[\s«»\"“”]*", re.I)
# where a second list (of seats) ends: `8,35%, 7,04% жана 6,17% алып, жети, алты жана беш мандатка`
_SEAT_NOUN_AHEAD = re.compile(r"\s+(?=мандат|орун|мест|кресел)", re.I)


def _figures_respectively(text, ents, sent, groups, members: list[int], cue, out: dict) -> bool:
    """Give `members` the figures of the lists after the cue and right before it (`получили
    15, 12 и 9 мандатов соответственно, набрав 17,32, 13,61 и 11,00%`); True if any."""
    k, found = len(members), False
    # the figures after the cue (`соответственно 38 и 28 кресел`), or right before it
    # (`получили 15, 12 и 9 мандатов соответственно`)
    # (two lists before it: `получают 36,4%, 29,8% и 18,1% голосов и 9, 7 и 5 мандатов соответственно`)
    before = find_quantities(text, ents[groups[members[-1]][-1]].end, cue.start())
    lists = [find_quantities(text, cue.end(), sent.end)[:k], before[-k:]] + ([before[-2 * k:-k]] if len(before) >= 2 * k else [])
    for qs in lists:
        found = _figures_of_list(text, ents, sent, members, qs, out) or found
    if not found:  # seats in words (`аларга тиешелүүлүгүнө жараша жети, алты жана беш мандат тиет`), or
        # right before the cue (`получат семь, шесть и пять мандатов соответственно`)
        seats = _count_list(text, cue.end(), sent.end, k) or \
            _count_list(text, ents[groups[members[-1]][-1]].end, cue.start(), k)
        for g, n in zip(members, seats or ()):
            out.setdefault(g, {})["seats"] = n
        found = bool(seats)
    if not found and seats_spoken_of(sent.low):
        # the seats before the parties, set off by a dash (`18 и 13 – партиям «Кыргызстан» и
        # «Онугуу-Прогресс» соответственно`)
        first = ents[groups[members[0]][0]].start
        floor = ents[groups[members[0] - 1][-1]].end if members[0] else sent.start
        ahead = find_quantities(text, floor, first)[-k:]
        if len(ahead) == k and _DASH_TO_PARTIES.fullmatch(text, ahead[-1].end, first) and \
                all(q.value.is_integer() and q.value < 200 for q in ahead) and \
                all(_LIST_JOIN.fullmatch(text, x.end, y.start) for x, y in zip(ahead, ahead[1:])):
            for g, q in zip(members, ahead):
                out.setdefault(g, {})["seats"] = int(q.value)
            found = True
    return found


def _figures_of_list(text, ents, sent, members: list[int], qs, out: dict) -> bool:
    """Give `members` the list of figures `qs` in the same order, when it is one list of
    seats, shares or votes (joined by commas or and, its unit after the last); True if so."""
    k = len(members)
    if len(qs) != k or any(not _LIST_JOIN.fullmatch(text, x.end, y.start)
                           for x, y in zip(qs, qs[1:])) or _POINTS.match(text, qs[-1].end):
        return False
    if any(ents[i].start <= x.start and y.end <= ents[i].end for i in sent.get("PERCENT") for x, y in zip(qs, qs[1:])):
        return False  # one spaced decimal (`7, 37 %`), not two figures
    after = text[qs[-1].end:qs[-1].end + 15]
    if _SEAT_NOUN.match(after) and all(q.value.is_integer() for q in qs):
        for g, q in zip(members, qs):
            out.setdefault(g, {})["seats"] = int(q.value)
    elif re.match(r"\s*(%|пайыз|процент)(?!\w*(дык|дик|ный|ного))", after, re.I):
        starts = {ents[i].start: i for i in sent.get("PERCENT")}
        for g, q in zip(members, qs):
            out.setdefault(g, {}).update(pct=starts.get(q.start), pct_value=q.value)
        seats = _count_list(text, qs[-1].end, sent.end, k)
        for g, n in zip(members, seats or ()):
            out[g]["seats"] = n
    elif re.match(r"\s*(голос|добуш)", after, re.I) and all(q.value.is_integer() for q in qs):
        for g, q in zip(members, qs):
            out.setdefault(g, {})["votes"] = int(q.value)
    else:
        return False
    return True


def _listed_in_order(text, ents, sent, groups: list[list[int]], out: dict) -> None:
    """Without a `respectively`: parties joined in a list, then as many figures joined in a
    list, in the same order (`«Биздин эл» менен «Ынтымак» ... 7,78 жана 7,37 пайыз алышты`,
    `«Ата Мекен» менен «Социал-демократтар» — болгону 3,48 жана 3,21 пайыз`)."""
    g = 0
    while g < len(groups):
        run = [g]
        while run[-1] + 1 < len(groups) and _PARTY_JOIN.fullmatch(
                text, ents[groups[run[-1]][-1]].end, ents[groups[run[-1] + 1][0]].start):
            run.append(run[-1] + 1)
        g = run[-1] + 1
        if len(run) < 2:
            continue
        stop = ents[groups[g][0]].start if g < len(groups) else sent.end
        join = _CLAUSE_JOIN.search(text, ents[groups[run[-1]][-1]].end, stop)
        if _list_of_figures(text, ents, sent, run, find_quantities(text, ents[groups[run[-1]][-1]].end,
                                                                  join.start() if join else stop), out):
            continue
        # seats in Russian words (`«Бутун Кыргызстан» и «Ыйман Нуру» с шестью и пятью мандатами`)
        seats = _count_list(text, ents[groups[run[-1]][-1]].end, join.start() if join else stop, len(run))
        if seats:
            for member, n in zip(run, seats):
                out.setdefault(member, {})["seats"] = n
            continue
        # or the figures before the parties, in their clause (`2020-жылы 24,50 жана 23,88 пайыз
        # менен алдыга чыккан «Биримдик» менен «Мекеним Кыргызстан»`)
        floor = ents[groups[run[0] - 1][-1]].end if run[0] else sent.start
        breaks = [m.end() for m in _CLAUSE_BREAK.finditer(text, floor, ents[groups[run[0]][0]].start)]
        _list_of_figures(text, ents, sent, run, find_quantities(text, breaks[-1] if breaks else floor,
                                                                ents[groups[run[0]][0]].start), out)


def _list_of_figures(text, ents, sent, run: list[int], qs, out: dict) -> bool:
    """Give the parties of `run` the first list of exactly as many figures among `qs`."""
    k = len(run)
    for i in range(len(qs) - k + 1):
        longer = (i and _LIST_JOIN.fullmatch(text, qs[i - 1].end, qs[i].start)) or \
            (i + k < len(qs) and _LIST_JOIN.fullmatch(text, qs[i + k - 1].end, qs[i + k].start))
        if not longer and _figures_of_list(text, ents, sent, run, qs[i:i + k], out):
            return True  # a list of as many figures, not a part of a longer one
    return False


def _count_list(text: str, start: int, end: int, k: int) -> list[int] | None:
    """k seat counts listed right after a list of percents, in words or digits (the last k
    items before the seat noun)."""
    m = _SEAT_NOUN_AHEAD.search(text, start, min(end, start + 80))
    if not m:
        return None
    items = [x for x in re.split(r"\s*(?:,|\bжана\b|\bи\b)\s*", text[start:m.start()]) if x.strip()][-k:]
    if any(_ORDINAL.search(item) for item in items):
        return None  # places on the lists, not seats: `занимавшие в них 13-е, 18-е и 9-е места соответственно`
    values = []
    for position, item in enumerate(items):
        words = item.split()
        if position == len(items) - 1 and len(words) > 1 and _SEAT_ADJECTIVE.fullmatch(words[-1]):
            words = words[:-1]  # `пять депутатских мест`
        if position == 0 and len(words) > 1 and words[-1].isalpha():
            words = words[-1:] if word_count(words[-1:], 0) else words  # `достались семь, шесть и пять`
        n = (int(words[0]) if len(words) == 1 else None) if words[0].isdigit() else _spelled(words)
        if n is None:
            return None
        values.append(n)
    return values if len(values) == k else None


_SEAT_ADJECTIVE = re.compile(r"\w+(ских|ские|дык|дик|тык|тик)", re.I)
_ORDINAL = re.compile(r"\d\s*-\s*[а-яөүң]")


# verbs that give seats to the party named after them (`18 мандатов получит`, `уходят «X»`)
_GIVES_SEATS = r"получ|доста|отойд|отход|отда|уход|уйд|ушл|уш[её]л"
_GIVES_VOTES = r"поддерж|проголос|колдо|выбрал|тандаг"  # `118 поддержали «Эмгек»`, where votes are spoken of
_SEATS_FIRST = re.compile(
    r"(?:^|(?<!\d)[,;:]\s*|(?<!тыс)(?<!млн)\.\s+|\s(?:и|жана|а)\s+|[—–]\s*|\bиз\s+\d{2,3}\s+(?:\w+\s+)?(?:мест|мандат|кресел|кресл)\w*(?:\s+в\s+[^\d,.;:]{1,30}?)?\s+)"  # `Из 31 депутатского места 11 получил «X»`
    rf"(?:(?:[Ее]щ[её]|[Тт]акже|по)\s+)?(\d{{1,3}}(?:\s\d{{3}}|\s+(?:тысяч\w*|тыс\.)\s+\d{{1,3}})?|(?:{RU_WORD})(?=\s))"  # also `двенадцать
    r"(?:\s+из\s+\d{2,3})?\s*"  # получает «Эмгек»`, `Больше всего голосов — 3 тысячи 967 — получила СДПК`
    r"((?:\w+(?:дык|дик|тык|тик|ских|ские)\s+)?(?:мандат\w*|мест\w*|кресл\w*|кресел|орун\w*|голос\w*|добуш\w*))?"
    r"(?:\s+из\s+\d{2,3})?\s*"  # `девять мест из 17 — получила «X»`
    rf"(?:[—–-]\s*)?(?:(?:{_GIVES_SEATS}|{_GIVES_VOTES})\w*)?\s*(?:у\s+)?(?:за\s+)?(?:парти\w*\s*)?[«\"“]?\s*$",
    re.I)  # also set off by dashes: `Больше всего голосов — 97 — у партии «X»`, `мест — 38 — получает СДПК`
# seats, then the verb that gives them, after any words (`в городском кенеше 13 мест получили кандидаты СДПК`)
# (not a total: `Всего 90 мест получили кандидаты партий «X» и «Y»`)
_SEATS_VERB_FIRST = re.compile(
    rf"(?<!\bиз )(?<!всего )(?<!сложности )\b(\d{{1,3}})\s+(?:мандат\w*|мест\w*|кресел|кресл\w*)\s+(?:{_GIVES_SEATS})\w*\s+"
    r"(?:(?:кандидат|представител)\w*\s+)?(?:(?:от\s+)?парти(?:я|и|ю|ей)\s*)?[«\"“]?\s*$", re.I)


# a count of the seats named before, with a possessive: `..., 11и КСДПга, 8и ...`
# (`Калган мандаттардын 11и КСДПга`, `орундардын эң чоң үлүшүн, 15ин, «Ата-Журт Кыргызстан» алды`)
_PART_OF_THE_PARTY_BEFORE = re.compile(r"[\s»\"”]*\d{1,3}\s+(?:мандат|орун|орд)\w*\s+\d{1,3}\w*\s*,\s*[«\"“]?\s*", re.I)
_SEATS_OF_THEM = re.compile(rf"(?:^|[,;:]\s*|\.\s+|\s(?:и|жана)\s+|[–—-]\s*|\b[Аа]лардын\s+|"
                            rf"(?i:мандат|орун|орд|шайлоочу|добуш)\w*(?:{GENITIVE})\s+)(?:калган\s+)?"  # `калган 8и`
                            r"((?:\d{1,3}\s+миң\s+)?\d{1,3}(?=(?:и|ы|у|ү|сы|си|ти|ты|ту|тү|ни|ны|ну|нү|ин|ын|ун|үн|сын|син|сун|сүн)[\s,–—-])"
                            r"|(?:экөө|үчөө|төртөө|бешөө|алтоо|жетөө)(?=(?:н[үу]?)?[\s,–—-]))\w*"  # `12син`, `жетөөнү`, `жетөөн`, `12 миң 400ү`
                            r"\s*[,–—-]?\s*[«\"“]?\s*$")
_SEATS_WITH = re.compile(r"\b(\d{1,3}|[^\W\d_]+)\s+(?:мандат|орун)\w*\s+менен[\s«\"“]*$", re.I)
# seats in a participle clause before the party: `11 мандатка ээ болгон СДПК`, `71 орун менен
# басымдуулук кылган «Ак Жол»`
# басымдуулук кылган «Ак Жол»`, `он эки орунду ээлеген «Ишеним»`; not the whole (`120 орундун отуз сегизин ээлеген`)
_SEATS_PARTICIPLE = re.compile(r"\b(\d{1,3}|(?:[^\W\d_]+\s+)?[^\W\d_]+)\s+(?:\w+(?:дык|дик|тык|тик)\s+)?"
                               r"(?:мандат(?!туу)|орун(?!дуу)|орд)(?!\w*(?:ун|ын)\b)\w*"
                               r"\s+(?:[^\W\d_]+\s+){0,2}[^\W\d_]+(?:ган|ген|гон|гөн|кан|кен|кон|көн)[\s«\"“]*$", re.I)
# a party with its seats as an adjective right before it: `Экинчи орунда 8 мандаттуу «Ынтымак»` (not
# the house: `90 орундуу Жогорку Кеңеш`, no party follows)
# a sentence of factions' sizes now, no election in it (`Учурда кеңеште "Ынтымактын" жети, "Ишенимдин" беш
# ... депутаты иштейт`, `... фракциясында 16, "Ишенимде" 11 ... депутат бар`)
_FACTION_SIZES = re.compile(rf"^(?=.*\b{NOW_KY}\b)(?!.*(?:шайлоо|выбор|мандат|орун|пайыз|процент|%))"
                            r".*депутат\w*\s+(?:бар|иштейт|турат|калды)\b"
                            # what remains of a faction (`во фракции «Республика» остается 19 депутатов`)
                            r"|^(?!.*(?:выбор|итог|мандат|процент|%)).*\b(?:остается|остаются|осталось|сократил\w*\s+до|уменьшил\w*\s+до)"
                            r"\s+\d+\s+(?:депутат|человек)"  # (`фракция ... сократилась до 16 депутатов`)
                            # the factions' make-up (`1-сентябрга карата фракциялардын курамы мындай: "X" — 13 депутат, ...`)
                            r"|^(?!.*(?:шайлоо|выбор|мандат|орун|пайыз|процент|%)).*(?:фракциялардын\s+курамы|состав\w*\s+фракци)", re.S)
# a vote of the house told by faction (`Из фракции «Ата-Журт Кыргызстан» поддержку оказали все 14
# депутатов, «Ишеним» — 9`, `"Ынтымак" фракциясынан үч депутат калыс калды`): deputies, not seats won
_HOUSE_VOTES = r"(?:голосова|голосами|«за»|воздерж|поддерж|высказал|бойкот|калыс\s+кал|каршы\s+добуш|каршы\s+бол|колдо(?:п|шту|гон|ду)\b|кол кой)"
_AS_FACTION = r"(?:фракци|(?:партиясынан|фракциясынан)\s+шайланган)"  # (`«Мекенчил» партиясынан шайланган төрт депутат`)
_HOUSE_VOTE = re.compile(rf"{_AS_FACTION}(?=.*{_HOUSE_VOTES})|{_HOUSE_VOTES}.*{_AS_FACTION}"
                         rf"|{_HOUSE_VOTES}\w*\s+\d+\s+депутат", re.S)  # (`Кандидата от «X» поддержали 74 депутата, от «Y» — 71`)
# people counted by the parties' lists they came from (or belong to), not seats the parties won: `алардын 74ү
# "X", 51и "Y" ... партияларынын тизмелеринен шайланган`, `Каттоодон өткөндөрдүн 8и "X", 6сы "Y" партияларынан`
_FROM_THEIR_LISTS = re.compile(r"\b(?:партияларынан|тизмелеринен)\b|\bтизмелерине\s+тиешелүү", re.I)
# posts shared out among parties or factions, not seats won: `өкмөттөгү 19 орундун жетөө КСДПга`, `үчөө "X"
# фракциясына, экөө "Ишенимге"`, `министерские портфели`, `посты вице-спикеров`
_POSTS = re.compile(r"өкмөттөгү|министрлик|министерск|портфел|комитет|вице-спикер|президиум|фракция(?:сына|ларына)\b")
_ELECTED = re.compile(r"шайлоо|выбор|итог|жыйынтык|избирател|шайлоочу|мандат|голосов\b|добуш\b|%|процент|пайыз")


# a supposition, and the sentence drawing from it: `Айталы, ... "Элдик" 4 000 добуш алды дейли. ... Анда "Жаңы Доор"
# 9 орунга ... ээ болот`, `Предположим, ... Тогда ...`
_SUPPOSE = re.compile(r"\b(?:айталы|дейли|дейлик|предположим|допустим)\b", re.I)
_THEN_OPENING = re.compile(r"\W*(?:анда|тогда|в таком случае)\b", re.I)


def _supposed(ss: list[_Sent], n: int) -> bool:
    return _SUPPOSE.search(ss[n].low) is not None or \
        (n > 0 and _THEN_OPENING.match(ss[n].low) is not None and any(_SUPPOSE.search(ss[k].low) for k in range(max(0, n - 2), n)))


def _tells_no_result(ss: list[_Sent], n: int) -> bool:
    """Sentence n names parties with numbers that are not results: factions' sizes or make-up, a vote of
    the house, people counted by the lists they came from, a supposition, posts shared out."""
    low, has_share = ss[n].low, bool(ss[n].get("PERCENT"))
    return bool(_FACTION_SIZES.search(low) or (_HOUSE_VOTE.search(low) and not has_share and not _SEAT_WORD.search(low))
                or (_FROM_THEIR_LISTS.search(low) and not has_share) or _supposed(ss, n)
                or (_POSTS.search(low) and not _ELECTED.search(low)))


_SEAT_WORD = re.compile(r"мандат|(?<![а-яё])мест(?!н)|(?<![а-яөүң])орун|кресл|кресел")
# seats that open a clause before the party's participle clause: `Калган үч орун 11,9 пайыз топтогон "Кыргызстан" партиясына бөлүндү`
_SEATS_OPENING = re.compile(r"\W*(?:(?:[Кк]алган|[Аа]л\s+эми)\s+)?(\d{1,3}|(?:[^\W\d_]+\s+)?[^\W\d_]+)\s+(?:мандат(?:ты)?|орун(?:ду)?)\s*",
                            re.I)  # also the accusative: `Калган үч мандатты 8,7 пайыз алган "Замандаш" ээледи`
_SEATS_ADJECTIVE = re.compile(r"\b(\d{1,3}|(?:[^\W\d_]+\s+)?[^\W\d_]+)\s+(?:мандат|орун)(?:туу|дуу|ка\s+ээ|га\s+ээ|ы\s+бар|у\s+бар)\s*[«\"“]?\s*$",
                              re.I)  # also `28 орунга ээ «Республика – Ата-Журттун»`, `он жети мандаты бар «Жаңы Күч»`
# `Получившему шесть мандатов «Бутун Кыргызстану»`
_SEATS_PARTICIPLE_RU = re.compile(r"\b(?:получивш|завоевавш|взявш)\w*\s+(\d{1,3}|(?:[^\W\d_]+\s+)?[^\W\d_]+)\s+"
                                  r"(?:депутатск\w+\s+)?(?:мандат|мест|кресел|кресл)\w*\s*[«\"“]?\s*$", re.I)
_SEAT_WORDS_FIRST = re.compile(
    r"(?:^|(?<!\d)[,;:]\s*|(?<!тыс)(?<!млн)\.\s+|\bбоюнча\s+)((?:[^\W\d_]+\s+)?[^\W\d_]+)\s+(?:\w+(?:дык|дик|тык|тик|ских|ские)\s+)?"
    r"(?:мандат|орун|мест|кресл|кресел)\w*"
    rf"\s*(?:(?:{_GIVES_SEATS})\w*\s*)?(?:у\s+)?(?:парти\w*\s*)?[«\"“]?\s*$", re.I)  # `Двенадцать мандатов у «X»`


# the party's part of the house's seats before it: `Жогорку Кеңештин 71 мандаты «Ак Жол» партиясына тийди`,
# `90 орундуу парламенттин жетимиш бир ордун «Ак Жол» партиясы ээлеген`
_SEATS_OF_HOUSE = re.compile(rf"\b(?:парламент|кеңеш|палата)\w*(?:{GENITIVE})\s+(\d{{1,3}}|(?:[^\W\d_]+\s+)?[^\W\d_]+)\s+"
                             r"(?:депутаттык\s+)?(?:мандат|орд|орун)(?:ы|ын|у|ун|су|сун)?"
                             r"(?:\s+[а-яөүң]+(?:дагы|деги|тагы|теги|гы|ги|кы|ки))?[\s«\"“]*$", re.I)  # also `71 ордун бийликтеги «Ак Жол»`
# seats in words and a verb of taking before the party: `..., еще восемь взяла Партия коммунистов`
_SEAT_WORDS_TAKEN = re.compile(r"(?:[,;:]\s*|\s(?:и|а)\s+)(?:(?:ещ[её]|также)\s+)?((?:[^\W\d_]+\s+)?[^\W\d_]+)\s+"
                               r"(?:взял\w*|получил\w*|получает|получат|получит|завоевал\w*)\s+(?:парти\w*\s*)?[«\"“]?\s*$", re.I)
# seats in Kyrgyz words with a possessive ending before the party, in a list: `он экиси «Ишенимге»`
_SEAT_WORDS_OF_THEM = re.compile(r"(?:[,;]\s*|\s(?:жана)\s+)((?:[^\W\d_]+\s+)?[^\W\d_]+(?:и|ы|у|ү)н?)\s*(?:[«\"“]\s*[^\W\d_]*)?$",
                                 re.I)  # also unquoted: `сегизи Кыргызстан коммунисттер партиясына`
_SEAT_WORD_DASH = re.compile(r"(?:[,;:]\s*|\s(?:и|жана)\s+|[—–]\s*)((?:[^\W\d_]+\s+)?[^\W\d_]+)\s*"
                             rf"(?:[—–-]\s*(?:(?:{_GIVES_SEATS})\w*\s+)?(?:у\s+)?|у\s+)"
                             r"(?:парти\w*\s*)?[«\"“]?\s*$", re.I)  # also `тридцать восемь — СДПК`, `, двенадцать у «Ишеним»`,
# `Больше всех — пятнадцать — достается «Ата-Журт Кыргызстан»`
# the person's title in the genitive between the party and its patron (`«Улуттар биримдиги» мэра Мелиса Мырзакматова`)
_TITLE_BETWEEN = re.compile(r"[\s«»\"“”]*(?:мэр|лидер|экс-\w+|президент|премьер\w*|спикер|председател|основател)[а-я]*\s+", re.I)
_LED_BY = re.compile(r"(во главе с|под руководством|возглавля\w*|возглавил\w*|возглавит|поведет)\s*$", re.I)
_LEADER_OF = re.compile(r"лидер\w*\s+(парти\w+\s+)?[«\"“]?\s*$", re.I)


def _leader(text: str, ents, party: int, person: int) -> bool:
    """A person named as the party's leader (`«Ата-Журт Кыргызстан» Айбека Маткеримова`,
    `во главе с Адаханом Мадумаровым`, `Марат Аманкулов жетектеген «Биримдик»`) does not
    make the figures a candidate's."""
    p, e = ents[party], ents[person]
    if e.start >= p.end:
        if _LED_BY.search(text, max(p.end, e.start - 25), e.start):
            return True
        if _LEADER_OF.search(text, max(0, p.start - 30), p.start):
            return False  # `лидера партии «X» Адахана Мадумарова — 6,74%`: the leader is the subject
        # `«X» Айбека Маткеримова, 12 — ...`, `«Бутун Кыргызстан» Адахана Мадумарова (7,04%)`:
        # the party of a person, a genitive; not `«X» Адахан Мадумаров получает 15%`
        return declined(e) and (not text[p.end:e.start].strip(" «»\"“”") or _TITLE_BETWEEN.fullmatch(text, p.end, e.start) is not None)
    # `Марат Аманкулов жетектеген «Биримдик»`, `Канат Исаевдин «Кыргызстан» партиясы`,
    # `у партии Феликса Кулова «Ар-Намыс»` (a Russian genitive after the party word)
    return _LEADS.fullmatch(text, e.end, p.start) is not None or (
        (_GENITIVE_NAME.search(e.text) is not None
         or (declined(e) and re.search(r"\bпарти(и|ю|ей|я)\s*$", text[max(0, e.start - 12):e.start], re.I)))
        and not text[e.end:p.start].strip(" «»\"“”"))


def _count_value(figure: str) -> int | None:
    """A count in digits (`3 967`, `3 тысячи 967`) or in words (`двенадцать`)."""
    if figure[:1].isdigit():
        found = find_quantities(figure)
        return int(found[0].value) if found else None
    return _spelled(figure.split())


def _spelled(words: list[str]) -> int | None:
    """The number the words spell, all of them (`тридцать восемь`, `он экиси`), else None."""
    counted = word_count(words, 0) if words else None
    return counted[0] if counted is not None and counted[1] == len(words) else None


_LOST_BEFORE = re.compile(r"(?:мандат|орун|орд|мест)\w*\s+(?:ажыра|айрыл|лишивш|потерявш)\w*\s*[«\"“]?\s*$", re.I)
_DASHED_AFTER_THE_PARTY_BEFORE = re.compile(r"[»\"”]\s*[—–-]\s*\d")


def _seats_before(text: str, floor: int, party_start: int, seats_cue: bool,
                  votes: bool = False) -> tuple[int, int] | None:
    """(start, seats) when a clause gives a party's seats before its name (`18 мандатов
    получит партия «Кыргызстан»`, `13 мест достанется «Онугуу-Прогрессу»`, `12 — партии
    «Бир Бол»`, `46 у «Биримдика»` where seats are spoken of), or its votes (`118 поддержали «Эмгек»`),
    else None; not a count set off by a dash right after the party before, which is that
    party's (`«X»—19 мест«Y»—15 мест`, a list scraped with no spaces)."""
    if _DASHED_AFTER_THE_PARTY_BEFORE.match(text, floor, party_start) or _LOST_BEFORE.search(text, floor, party_start):
        return None  # (nor seats the party lost: `Бир мандаттан ажыраган "Өнүгүү"`)
    m = _SEATS_FIRST.search(text[floor:party_start])
    gives = f"{_GIVES_SEATS}|{_GIVES_VOTES}" if votes else _GIVES_SEATS
    if m is not None and m.group(2) and re.match(r"голос|добуш", m.group(2), re.I) and not votes:
        m = None  # `51 голос получил «X»` counts votes, read only where votes are spoken of
    if m is not None and (m.group(2) or (seats_cue and re.search(rf"[—–-]|{gives}|\sу\s", m.group(0), re.I))):
        n = _count_value(m.group(1))
        if n is not None:
            return floor + m.start(1), n
    m = _SEATS_VERB_FIRST.search(text, floor, party_start)
    if m is not None:
        return m.start(1), int(m.group(1))
    m = _SEAT_WORDS_FIRST.search(text[floor:party_start])  # `Жети депутаттык орунду «Алыянс» ээледи`
    n = _spelled([w for w in m.group(1).split() if not _SEAT_ADJECTIVE.fullmatch(w)]) if m is not None else None
    if n is not None:  # also `он беш орун «X»га`
        return floor + m.start(1), n
    m = _SEAT_WORD_DASH.search(text[floor:party_start])  # `..., двенадцать — «Ишениму»`, `одиннадцать — у «X»`
    n = _spelled(m.group(1).split()) if m is not None and seats_cue else None
    if n is not None:
        return floor + m.start(1), n
    m = _SEATS_OF_HOUSE.search(text, floor, party_start)  # `Жогорку Кеңештин 71 мандаты «Ак Жол» партиясына тийди`
    n = _count_value(m.group(1)) if m is not None and seats_cue else None
    if n is not None:
        return m.start(1), n
    m = _SEAT_WORDS_TAKEN.search(text, floor, party_start)  # `..., еще восемь взяла Партия коммунистов`
    n = _spelled(m.group(1).split()) if m is not None and seats_cue else None
    if n is not None:
        return m.start(1), n
    m = _OF_SEATS.search(text, floor, party_start)  # `90 орундун 71ин «Ак Жол» ээлеп`
    whole = _seats_of_whole(m) if m is not None and re.fullmatch(r"[\s«\"“]*", text[m.end():party_start]) else None
    if whole is not None:
        return m.start(), whole
    m = _SEAT_WORDS_OF_THEM.search(text, floor, party_start)  # `..., он экиси «Ишенимге», тогузу «Ынтымакка»`
    n = _spelled(m.group(1).split()) if m is not None and seats_cue else None
    if n is not None:
        return m.start(1), n
    m = _SEATS_OF_THEM.search(text[floor:party_start])  # `..., 11и Кыргызстандын ... партиясына`
    if m is not None and _PART_OF_THE_PARTY_BEFORE.fullmatch(text, floor, party_start):
        m = None  # the party before's part of a whole, in a list: `«X» 90 орундун 15ин, «Y» 12син`
    if m is not None and (seats_cue or votes):  # or votes: `1 148 шайлоочунун 286сы «X»ды, 203ү «Y»ди колдоду`
        return floor + m.start(1), _count_value(m.group(1).replace("миң", "тысяч")) if m.group(1)[:1].isdigit() \
            else word_number(m.group(1))
    m = _SEATS_WITH.search(text, floor, party_start) or _SEATS_PARTICIPLE.search(text, floor, party_start) or \
        _SEATS_PARTICIPLE_RU.search(text, floor, party_start) or _SEATS_ADJECTIVE.search(text, floor, party_start)
    if m is not None:  # `алты орун менен «Бүтүн Кыргызстан»`, `11 мандатка ээ болгон СДПК`, `8 мандаттуу «Ынтымак»`
        n = int(m.group(1)) if m.group(1).isdigit() else _trailing_count(m.group(1).split())
        if n is not None:
            return m.start(1), n
    return None


def _figures_after(text, ents, sent, a: int, b: int) -> bool:
    """True when text[a:b] holds a share or a number (not a threshold, a shortfall or a
    difference in points)."""
    inside = [i for i in sent.get("PERCENT") if a <= ents[i].start < b]
    if any(not _not_a_share(text, ents[i]) and not gap_or_shortfall(text, ents[i]) for i in inside):
        return True
    # not a number of a date, an hour or a station (`о выборах 28 ноября`)
    taken = [(ents[i].start, ents[i].end) for i in inside] + \
        [(ents[i].start, ents[i].end) for i in sent.idx if ents[i].label in _NOT_FIGURES]
    numbers = _NUMBER.finditer(text, a, b)
    return any(not any(x <= m.start() < y for x, y in taken) and not _POINTS.match(text, m.end())
               and not _A_YEAR.match(text, m.start()) for m in numbers)


_NOT_FIGURES = ("DATE", "TIME", "POLLING_STATION", "DISTRICT")
_A_YEAR = re.compile(r"(?:19|20)\d\d(?:-?(?:жыл|м\b|й\b|го\b)|\s+(?:жыл|год|г\.))", re.I)  # `2016-жылы`, `в 2016 году`


_OF_WHOLE_BEFORE = re.compile(r"из\s")


def _only_seats(text, ents, sent, a: int, b: int) -> bool:
    """True when the figures in text[a:b] are only seat counts (`«Ишеним» 12 орунга,`): the
    share stands in the party's leading clause, the seats after its name."""
    # not the whole the seats are of (`38 мандатов из 120`)
    numbers = [m for m in _NUMBER.finditer(text, a, b) if not _OF_WHOLE_BEFORE.match(text, max(a, m.start() - 3), m.start())]
    wholes = [m.span() for m in _OF_SEATS.finditer(text, a, b)]  # `120 орундун 38ин`
    return bool(numbers) and not any(a <= ents[i].start < b for i in sent.get("PERCENT")) and \
        all(_SEAT_NOUN.match(text, m.end()) or any(x <= m.start() < y for x, y in wholes) for m in numbers)


_DASHED_FIGURE = re.compile(r"[—–]\s*\d[^—–;]{0,40}?(%|пайыз\w*|процент\w*)\s*[—–]", re.I)  # also `— 257 тыс. 100, или 8,88% —`
_FIGURE_JUST_BEFORE = re.compile(r"(\d[\d\s,.]*\s*(%|пайыз\w*|процент\w*)?)"
                                 r"(?:\s+(?:голос\w*\s+)?(?:досталось|досталис\w*|набрал\w*|набира\w*|получил\w*|получа\w*|собрал\w*))?"
                                 r"(?:[\s—–-]+парти[яиюй])?[\s\"“”«»—–-]*$", re.I)  # also `22,6% голосов досталось партии «X», 18,9% — «Y»`


def _figures_before(text, ents, sent, groups: list[list[int]]) -> list[int] | None:
    """Where each party's figure starts when a list puts every figure just before its
    party and none after the last one (`2,34% Чоң Казатка, 2,15% Замандашка, 2,13%
    Социал-демократтарга туура келди`), or a lone party's figure stands earlier in its
    clause (`Экинчи орунду 20,21 пайыз менен «Кыргызстан» партиясы ээледи`); None for the
    usual party-first order."""
    last_end = ents[groups[-1][-1]].end
    if len(groups) == 1:
        # a figure set off by dashes is part of its clause (`Больше всего голосов — 17,32% — отдано за`)
        dashed = [m.span() for m in _DASHED_FIGURE.finditer(text, sent.start, ents[groups[0][0]].start)]
        breaks = [m.end() for m in _CLAUSE_BREAK.finditer(text, sent.start, ents[groups[0][0]].start)
                  if not any(a < m.start() < b for a, b in dashed)]
        floor = breaks[-1] if breaks else sent.start
        pcts = [i for i in sent.get("PERCENT") if floor <= ents[i].start < ents[groups[0][0]].start]
        if len(pcts) != 1 or (_figures_after(text, ents, sent, last_end, sent.end) and
                              not _only_seats(text, ents, sent, last_end, sent.end) and
                              (not dashed or any(ents[i].start >= last_end for i in sent.get("PERCENT")))):
            return None  # its figure stands after it; seats alone may (`... отдано за «X», которому достаются 15 мандатов`),
            # and counts after a share set off by dashes (`— 51,4% — досталось СДПК: за нее проголосовали 42 тысячи`)
        return [ents[pcts[0]].start]
    starts = []
    for g, group in enumerate(groups):
        floor = ents[groups[g - 1][-1]].end if g else sent.start
        m = _FIGURE_JUST_BEFORE.search(text, floor, ents[group[0]].start)
        if m is None or not re.search(r"\d", m.group(1)):
            return None
        starts.append(m.start(1))
    if _figures_after(text, ents, sent, last_end, sent.end):
        return None
    return starts


# a share of the seats, not of the vote (`54 мандаттын 15ин утуп алды, бул орундардын дээрлик
# 28 пайызы`, `120 орундун 38ин, башкача айтканда 31,7 пайызын`)
_SHARE_OF_SEATS = re.compile(r"(орундардын|мандаттардын|(?<!добуш, )(?<!шайлоочу, )башкача айтканда|это почти|от общего числа мест)"
                             r"(?![^.;]*(добуш|голос))[^.;]{0,25}$", re.I)
# the other parties' share after this one's name: `..., калган 15 партиянын үлүшү азырынча 5%дан төмөн`
_OF_THE_REST = re.compile(r"\b(калган|остальн\w*|прочи[ех]|другие)\s+(\d+\s+|[^\W\d_]+\s+)?парти", re.I)
# `СДПК, которую поддержали почти 28% избирателей`: the party's own share of the vote
# a count of people who backed the party before its share (`«Онугуу-Прогресс» поддержали 1 903 избирателя
# (18,1%)`, `СДПК, которую поддержали 3 977 жителей Канта, — это 40,6%`): the share is the party's
_BACKED_BY_COUNT = re.compile(r"(?:поддерж|колдо)\w*\s+(?:\w+\s+)?\d[\d\s]*\s+(?:избирател|шайлоочу|жител|человек|горожан)", re.I)
_OF_VOTERS = re.compile(r"\s*(избирател|шайлоочулардын|голос|добуш)", re.I)


_LEADER_AFTER = re.compile(r"[»\"”]?\s*(партиясынын\s+|партии\s+)?(лидери|төрагасы|жетекчиси|лидер|председатель)\s+$",
                           re.I)


# a person's title with the party in the genitive: `Омурбек Бабанов, лидер партии «Республика»`, `глава партии «X»`
_TITLE_OF_PARTY = r"(?:лидер|глава|председател|руководител|основател)\w*\s+(?:партии\s+)?[«\"“]?\s*"
_TITLE_OF = re.compile(rf"\s*,\s*{_TITLE_OF_PARTY}", re.I)
_TITLE_BEFORE = re.compile(rf"\b{_TITLE_OF_PARTY}$", re.I)
_GOT_NEXT = re.compile(r"[»\"”]?\s+(?:получил|набрал|занял|собрал)\b", re.I)  # the title-holder's verb, masculine


def _affiliation(text: str, ents, sent: _Sent, party: int) -> bool:
    """`Алмазбек Атамбаев (СДПК) ... набрав 62,52%`, `14,32% менен «Ата-Журт» партиясынын лидери
    Камчыбек Ташиев`: the party of the person just before or after it, whose figures they are."""
    people = [i for i in sent.idx if ents[i].label in PEOPLE and ents[i].end <= ents[party].start]
    if people and re.fullmatch(r"\s*\(\s*[«\"“]?", text[ents[people[-1]].end:ents[party].start]):
        return True
    if people and _TITLE_OF.fullmatch(text, ents[people[-1]].end, ents[party].start):
        return True  # `Омурбек Бабанов, лидер партии «Республика», получил 33,49%`
    after = [i for i in sent.idx if ents[i].label in PEOPLE and ents[i].start >= ents[party].end]
    if _TITLE_BEFORE.search(text, max(sent.start, ents[party].start - 30), ents[party].start) and \
            (_GOT_NEXT.match(text, ents[party].end) or (after and re.fullmatch(r"[»\"”]?\s*", text[ents[party].end:ents[after[0]].start]))):
        return True  # `Второе место занял глава партии «Бутун Кыргызстан» Адахан Мадумаров с 14,78%`, `лидер СДПК получил 62,52%`
    return bool(after) and _LEADER_AFTER.fullmatch(text, ents[party].end, ents[after[0]].start) is not None


def _own_clause_figure(text, ents, sent: _Sent, floor: int, party_start: int, used: set[int]) -> int | None:
    """The share in a later party's own clause before its name, when none follows it
    (`«Кыргызстан» (8,76%), четвертым с результатом 7,13% стал «Бутун Кыргызстан»`, `...,
    а рубеж — 7,13 процента — берет «Бутун Кыргызстан»`)."""
    dashed = [m.span() for m in _DASHED_FIGURE.finditer(text, floor, party_start)]
    breaks = [m.end() for pattern in (_CLAUSE_BREAK, _CLAUSE_JOIN) for m in pattern.finditer(text, floor, party_start)
              if not any(x < m.start() + 1 < y for x, y in dashed)]  # a dash closing `— 7,13% —` ends no clause
    if not breaks:
        return None
    start = max(breaks)
    figures = [i for i in sent.get("PERCENT") if start <= ents[i].start and ents[i].end <= party_start
               and i not in used and not not_the_share(text, ents[i], sent.start)]
    if len(figures) != 1 or any(start <= ents[i].start < party_start for i in sent.idx
                                if ents[i].label in PEOPLE + ("PARTY",)):
        return None
    return figures[0]


@dataclass
class _Focus:
    """The one party a sentence before named: later sentences that name no party (`Ал ...
    тогуз мандатка ээ болду`) or only parties measured against it give it their figures."""
    party: int | None = None
    since: int = 0  # sentences since it was named
    beside: bool = False  # a person was named beside it
    unfigured: bool = False  # ... and its sentence gave no figure

    def carried(self, text, ents, ss: list[_Sent], n: int, subjects: list[int], compared: set[int],
                pre: bool) -> Fact | None:
        """The figures a sentence without a party of its own gives the party in focus
        (`... партия төртүнчү орунду ээлеп, «Биздин элди» (7,78%) ... артта калтырды`: the
        figures before the parties measured against it are its)."""
        sent = ss[n]
        if self.party is None or ss[n - 1].s.stamp != sent.s.stamp:
            return None
        limit = min([ents[p].start for p in compared], default=sent.end)
        if subjects:  # `..., что у нее 20,42%, а вторую позицию занимает «Табылга» с 13,6`: what stands
            # for the party in focus comes before the sentence's own parties, in a clause of its own
            limit = min(limit, ents[subjects[0]].start)
            anaphor = _party_anaphor(text, sent)
            if anaphor is None or anaphor.end() > limit or not _CLAUSE_JOIN.search(text, anaphor.end(), limit):
                return None
        return _figures_of_named(text, ents, sent, self.party, pre, self.unfigured and not self.since,
                                 self.beside, limit)

    def follow(self, text, ents, sent: _Sent, subjects: list[int]) -> None:
        """Keep the party in focus over sentences that name no party and no person, up to
        _FOCUS_SPAN of them; a sentence whose subjects are one party puts that one in focus."""
        self.since += 1
        if subjects or self.since > _FOCUS_SPAN or sent.get("POLITICIAN") or sent.get("PERSON"):
            self.party = None
        # a party a person sat or ran for (`Акаев, ... заседавший в Жогорку Кенеше от фракции «Ата
        # Мекен», назвал решение несправедливым`) is not what the paragraph follows
        subjects = [p for p in subjects if not (sent.get("POLITICIAN") or sent.get("PERSON")) or
                    not _PERSONS_PARTY.search(text, max(sent.start, ents[p].start - 25), ents[p].start)]
        if subjects and len({ents[p].norm for p in subjects}) == 1:
            self.party, self.since = subjects[-1], 0
            # a person beside the party, its leader named after it too (`КСДПдан көрсөтүлгөн Жээнбеков`,
            # `партиясынын лидери Адахан Мадумаров`), may be what `ал` stands for; not a leader named
            # before it (`Бабанов менен Ташиев баштаган «Республика – Ата-Журт»`: the party is the head)
            self.beside = any(ents[i].label in PEOPLE and not (ents[i].end <= ents[self.party].start and
                                                               _leader(text, ents, self.party, i))
                              for i in sent.idx)
            # a year is no figure; taken back when this sentence gives the party a figure
            self.unfigured = not sent.get("PERCENT") and not re.search(r"\d", YEAR.sub("", sent.text))


_PERSONS_PARTY = re.compile(r"\bот\s+(фракци\w+|парти\w+|списк\w+)?\s*[«\"“]?\s*$", re.I)


def _party_results(text, ents, ss: list[_Sent]) -> list[Fact]:
    out: list[Fact] = []
    pre_seen = False  # the paragraph has said its figures are preliminary
    focus = _Focus()
    for n, sent in enumerate(ss):
        pre_seen = pre_seen or bool(PRELIMINARY.search(sent.low))
        parties = sent.get("PARTY")
        # a party the sentence's subject is measured against (`экинчи орундагы «Ак батадан» 1,47
        # пункт алдыда`, `«Мекеним Кыргызстанды» ... артта калтырды`, `опередив «Ак бату»`) takes no
        # figure before it, and leaves the party in focus the subject
        compared = {p for p in parties if _compared_with(text, ents[p], sent.end)}
        subjects = [p for p in parties if p not in compared]
        carried = focus.carried(text, ents, ss, n, subjects, compared, pre_seen)
        out += [carried] if carried else []
        focus.follow(text, ents, sent, subjects)
        # a list of parties and bare counts (`Таблица түрүндө: «X» — 15; «Y» — 12`, `алардын 402си
        # «X»ды, 188и «Y»ди тандаган`) counts what the sentence before spoke of: seats or votes
        seats_cue, votes_cue = seats_spoken_of(sent.low), bool(VOTES.search(sent.low))
        before_cue = _cue_of_sentence_before(ss, n) if parties and not (seats_cue or votes_cue) else None
        # a table of three or more bare shares states results without a result word (`Расклад такой:
        # «Ата-Журт Кыргызстан» 17,71 / «Ишеним» 13,54 / ...`)
        if not parties or not (RESULT.search(sent.low) or before_cue or len(_TABLE_ROW.findall(sent.text)) >= 3) or \
                _tells_no_result(ss, n):
            continue
        if before_cue is not None:
            seats_cue, votes_cue = before_cue == "seats", before_cue == "votes"
        found = _sentence_results(_Frame.of(text, ents, sent, parties, compared, seats_cue, votes_cue), pre_seen)
        if not found:
            # `Лидер «Ата-Журт Кыргызстан» Айбек Маткеримов ...: «Биз 17,32 пайыз алып, ...`
            quoted = _quoted_result(text, ents, sent, subjects, pre_seen)
            found = [quoted] if quoted else []
        if found:
            focus.unfigured = False
        out += found
    return out


# a relative clause on the party, set off by commas: the people named in it are on its list
# or behind it (`«Биримдик», в списке которой значились Асылбек Жээнбеков и Аида Касымалиева,
# набрала 24,50%`, `«Мекеним Кыргызстан», которую связывали с Райымбеком Матраимовым, — получила`)
_RELATIVE_CLAUSE = re.compile(r"[»\"”]?(?:\s+(?:во главе с|под руководством)\s+[^,.;:]{1,40})?"  # `«Биримдик» во главе с ...,`
                              r"\s*,\s*(?:[^,.;:]{0,30}?\s)?котор\w*[^.;:]*?,", re.I)


@dataclass
class _Frame:
    """One sentence's party mentions and what is read of the sentence once for all of them."""
    text: str
    ents: list
    sent: _Sent
    groups: list[list[int]]  # consecutive mentions of one party (`Ата-журт` ("Отечество")) are one group
    compared: set[int]
    seats_cue: bool
    votes_cue: bool
    lead: list[int | None]  # where each party's own leading clause starts
    before: list[int] | None  # the figures stand before the parties (a start per group)
    respective: dict[int, dict]
    clauses: list[tuple[int, int] | None]  # each group's relative clause (`«Биримдик», в списке которой ...,`)
    contenders: list[int]  # people named not as some party's leader: their figures are a candidate's
    votes_first: bool  # where votes and no seats are spoken of, a count before each party is its votes
    seats_first: list  # a count before each party (`из 702 избирателей ... 95 — «Ак бата»`)

    @classmethod
    def of(cls, text, ents, sent: _Sent, parties: list[int], compared: set[int], seats_cue: bool,
           votes_cue: bool) -> _Frame:
        groups: list[list[int]] = []
        for p in parties:
            if groups and ents[groups[-1][-1]].norm == ents[p].norm and \
                    len(text[ents[groups[-1][-1]].end:ents[p].start]) < 60:
                groups[-1].append(p)
            else:
                groups.append([p])
        lead = [_leading_clause(text, ents[group[0]].start, _after_seats(text, ents[groups[g - 1][-1]].end)
                                if g else sent.start, ents[group[-1]].end)
                for g, group in enumerate(groups)]
        clauses = [m.span() if (m := _RELATIVE_CLAUSE.match(text, ents[group[-1]].end)) else None for group in groups]
        contenders = [i for i in sent.idx if ents[i].label in PEOPLE
                      and not any(_leader(text, ents, group[0], i) for group in groups)
                      and not any(span[0] <= ents[i].start < span[1] for span in clauses if span)]
        votes_first = votes_cue and not seats_cue
        seats_first = [_seats_before(text, ents[groups[g - 1][-1]].end if g else sent.start,
                                     ents[group[0]].start, seats_cue or votes_first, votes_first)
                       for g, group in enumerate(groups)]
        # seats before a party's own leading clause are the party before's
        seats_first = [None if s is not None and lead[g] is not None and s[0] < lead[g] else s
                       for g, s in enumerate(seats_first)]
        return cls(text, ents, sent, groups, compared, seats_cue, votes_cue, lead,
                   _figures_before(text, ents, sent, groups), _respective_figures(text, ents, sent, groups),
                   clauses, contenders, votes_first, seats_first)


def _sentence_results(fr: _Frame, pre: bool) -> list[Fact]:
    """Each party group's figures: read in its span of the sentence, or handed to the
    parties before it when they share them (`«X» менен «Y» ар бири 0,46 пайыз`)."""
    text, ents, sent = fr.text, fr.ents, fr.sent
    found: list[Fact] = []
    pending: list[int] = []  # parties before with no figure of their own, joined to this one
    for g, group in enumerate(fr.groups):
        head = group[0]
        a, b, later = _span(fr, g)
        after = (a, b)
        leading = fr.before is None and fr.lead[g] is not None and (
            not _figures_after(text, ents, sent, a, b) or _only_seats(text, ents, sent, a, b))
        if _figures_go_to_subject(fr, g, b, leading):
            pending = []
            continue
        if leading:
            a, b = fr.lead[g], ents[head].start
        if _not_the_partys(fr, g, a, b, leading) or _AMONG_THE_REST.search(text, max(sent.start, ents[head].start - 70),
                                                                           ents[head].start):
            pending = []  # (or one of the rest, whose figure is theirs together: `Остальные восемь партий,
            continue      # включая «Ата Мекен», набрали менее семи процентов`)
        pct = _share(fr, g, a, b, leading, later)
        votes, seats, pct_value = _counts(text, ents, sent, _own_moment(fr, a, b, pct), b, pct, fr.seats_cue,
                                          fr.votes_cue)
        if votes is None and not leading and fr.before is None and fr.lead[g] is not None and \
                _VOTES_IN_PARTICIPLE.search(text, fr.lead[g], ents[head].start):
            # `2 205 добуш алган «Ишеним» (17,81 %)`: the votes before it, the share after
            votes = _counts(text, ents, sent, fr.lead[g], ents[head].start, None, False, True)[0]
        own_seats = _OWN_SEATS_BRACKET.match(text, ents[group[-1]].end)
        if leading and own_seats:
            seats = int(own_seats.group(1))  # its own bracket over its clause's count (`калган 21 орунду 18,2 пайыз алган "X" (9 орун)`)
        if seats is None:
            seats = _seats_elsewhere(fr, g, a, after, pct, leading)
        lead = fr.before[g] if fr.before is not None else fr.lead[g] if leading else None
        if seats is None and lead is not None:  # seats before its participle clause: `Төрт мандат 7,4 пайыз топтогон "Бир Болго" тийди`
            floor = ents[fr.groups[g - 1][-1]].end if g else sent.start
            floor = max([floor] + [m.end() for m in _CLAUSE_BREAK.finditer(text, floor, lead)])
            opening = _SEATS_OPENING.fullmatch(text, floor, lead)
            seats = _count_value(opening.group(1)) if opening else None
        if fr.seats_first[g] is not None and fr.before is None and (fr.votes_first or fr.seats_first[g][1] > MOST_SEATS):
            votes = votes or fr.seats_first[g][1]  # also a count no house has seats for (`— 257 тысяч 100 — получила`)
        elif fr.seats_first[g] is not None and fr.before is None and not (
                pct is not None and _EARLIER_CLAUSE.search(text, max(sent.start, fr.seats_first[g][0] - 30),
                                                           fr.seats_first[g][0])) and \
                not own_seats:  # (`кеңештин 31 орду "Ынтымак" (14 орун), ...`: the whole)
            # before a bare number after the name: that one is the next's; not seats of another
            # election (`2015-жылы 12,93 пайыз алып, 18 мандатка ээ болгон «Кыргызстан» 2020-жылы 8,76 ...`)
            seats = fr.seats_first[g][1]
        if seats is None and (pct is not None or votes is not None) and (
                NO_SEATS.search(text, a, b) or _no_seats_after(text, b) or
                ((leading or fr.before is not None or fr.lead[g] is not None) and  # its figures before it, its seats after
                 NO_SEATS.search(text, ents[group[-1]].end, _next_party_start(fr, g))) or
                (_NO_SEATS_OPENING.match(text, sent.start, ents[fr.groups[0][0]].start)
                 and not _CONTRAST_BEFORE.search(text, sent.start, ents[head].start))):
            seats = 0  # `3,48% и опять остался без мест`, `Ни одного мандата не получили «X» (4,46%), ...`
        if seats is None and g and found and found[-1].seats is not None and \
                _AS_MANY.search(text, ents[fr.groups[g - 1][-1]].end, ents[head].start):
            seats = found[-1].seats  # with a share of its own: `..., столько же досталось СДПК, у которой 25,9%`
        respective = fr.respective.get(g, {})
        seats = respective.get("seats", seats)
        votes = respective.get("votes", votes)
        if "pct_value" in respective:
            pct, pct_value = respective["pct"], respective["pct_value"]
            pct_value = None if pct is not None else pct_value
        if pct is None and votes is None and seats is None and pct_value is None and g and fr.before is None:
            pct = _own_clause_figure(text, ents, sent, ents[fr.groups[g - 1][-1]].end, ents[head].start,
                                     {f.percent.index for f in found if f.percent})
        seg = text[a:b]
        if pct is None and votes is None and seats is None and pct_value is None and found:
            seats = _seats_of_the_list(fr, g, a, b, found[-1])
        if pct is None and votes is None and seats is None and pct_value is None:
            pending = pending + [head] if _CONNECTOR.match(seg) else []
            continue
        # each of the parties before (`«X» менен «Y» ар бири 0,46 пайыз`, `... 0,62 пайыздан`, `по 0,62%`)
        # (not a bound: `31 пайыздан ашык`)
        distributive = _DISTRIBUTIVE.search(seg[:30])
        if distributive and seats is not None and g and found and found[-1].seats is None and \
                found[-1].party.index == fr.groups[g - 1][0] and \
                _BRACKETED_THEN_AND.fullmatch(text, ents[fr.groups[g - 1][-1]].end, ents[head].start):
            # the party before with its own share in brackets takes as many (`«Альянс» (14,3%) жана
            # «Ыйман-Нуру» (13,0%) бештен мандат алышты`)
            found[-1] = replace(found[-1], seats=seats)
        for h in (pending + [head] if distributive else [head]):
            found.append(PartyResult((sent.start, sent.end), 0.85, _ref(ents, h), _ref(ents, pct),
                                     votes, seats, pre, pct_value))
        if pct is not None and not leading and fr.before is None and not distributive:
            # its shares in other places after this one (`Чүй облусунда 34,6%, Таласта 38,1%`)
            lo = ents[fr.groups[g - 1][-1]].end if g else sent.start
            found += [PartyResult((sent.start, sent.end), 0.85, _ref(ents, head), _ref(ents, i), None, None, pre)
                      for i in figures_by_place(text, ents, sent, lo, b, pct)]
        pending = []
    return _none_for_all(text, found)


# parties listed with their shares and one plural no-seats verb after them (`"Эл Үмүтү" 4,46%,
# "Азаттык" 4,01% алып, бир да мандат ала алышкан жок`, `«Мекенчил» (6,85%) и «Республика» (5,79%)
# ... не получают ни одного мандата`): the zero is each one's
_LISTED_WITH_SHARE = re.compile(r"[»\"”]?\s*(?:[—–-]\s*|с\s+|(?:набрал|получил)\w*\s+)?\(?\s*\d+(?:[,.]\d+)?\s*(?:%|пайыз\w*|процент\w*)?"
                                r"(?:\s+голосов)?\s*\)?\s*(?:,|и|жана)\s*[«\"“]?", re.I)  # (also the first: `«X» набрала 4,46% голосов, «Y» — 4,01%`)
_AND_LEADING = re.compile(r"[»\"”]?\s*(?:,|и)\s+(?:набравш|получивш|собравш)\w*\s+[^,;:]{0,40}?\d+(?:[,.]\d+)?\s*(?:%|процент\w*)"
                          r"(?:\s+голосов)?(?:\s+парти[яи])?\s*[«\"“]?", re.I)  # `«X» и получившая 4,46% партия «Y»`
_BOTH = re.compile(r"\b(?:обе\s+партии|эки\s+партия\s+тең|экөө\s+тең)\b", re.I)  # `..., и обе партии остались без мандатов`
_NONE_OF_THEM = re.compile(r"\bни\s+одн(?:а|ой|у)\s+из\s+них\b|\b(?:алардын\s+)?эч\s+бири\b", re.I)  # `..., и ни одна из них не получила мест`
_PLURAL_NO_SEATS = re.compile(r"\b(?:ала\s+)?ал(?:ыш|иш|уш|үш)\w*\s+жок|\w+(?:ышты|ишти|ушту|үштү|ышпады|ишпеди)\b"
                              r"|\bне\s+(?:получ|прош|проход)\w*(?:ли|ют|ат|ят)\b|\bостались\b|\bоставши(?:еся|хся)\b", re.I)


def _no_seats_after(text: str, b: int) -> bool:
    but = _NO_SEATS_AFTER.match(text, b)
    return but is not None and NO_SEATS.match(text, but.end()) is not None


def _next_party_start(fr: _Frame, g: int) -> int:
    return fr.ents[fr.groups[g + 1][0]].start if g + 1 < len(fr.groups) else fr.sent.end


def _none_for_all(text: str, found: list[Fact]) -> list[Fact]:
    for k in range(len(found) - 1, 0, -1):
        last, prev = found[k], found[k - 1]
        if not (last.seats == 0 and prev.seats is None and last.party and prev.party and
                (prev.percent is not None or prev.percent_value is not None or prev.votes is not None)):
            continue
        between, after = (prev.party.end, last.party.start), (last.party.end, last.sentence[1])
        respective = RESPECTIVELY.search(text, *after) is not None  # `«X», «Y» жана «Z» партиялары тиешелүүлүгүнө жараша ...`
        both = _BOTH.search(text, *after) is not None
        listed = (_LISTED_WITH_SHARE.fullmatch(text, *between) or _AND_LEADING.fullmatch(text, *between) or
                  (respective and _PARTY_JOIN.fullmatch(text, *between)) or (k == 1 and both))
        none_of_them = _NONE_OF_THEM.search(text, *after) is not None
        if listed and (_PLURAL_NO_SEATS.search(text, *after) or ((respective or both or none_of_them) and NO_SEATS.search(text, *after))):
            found[k - 1] = replace(prev, seats=0)
    return found


# no seats in the next clause, the party still its subject (`набрал 4,01% голосов, но остался без мандатов`)
_NO_SEATS_AFTER = re.compile(r",\s*(?:но|однако|бирок|а)\s+(?:[^\W\d_]+\s+){0,5}?(?=без\s|не\s|(?:мандат|орун)\w*\s+ала\s+алган)", re.I)
_CONTRAST_BEFORE = re.compile(r",\s*(?:а|но|однако|ал эми|бирок)\s", re.I)  # `..., а «Ата-Журт» набрала 15%`
_NO_SEATS_OPENING = re.compile(r"\W*(?:ни\s+одного\s+(?:мандата|места|кресла)|без\s+мест"
                               r"|бир\s+да\s+(?:мандат|орун)\w*\s+(?:ала|ута)\s+алба\w*)\b[^.;:]*$", re.I)  # `Бир да мандат ала албаган партиялардын арасында`
_BRACKETED_THEN_AND = re.compile(r"[»\"”]?\s*\(\s*\d+(?:[,.]\d+)?\s*%?\s*\)\s*(?:жана|и|менен)\s+[«\"“]?")
_AMONG_THE_REST = re.compile(r"\b(?:остальн\w*|други\w*|прочи\w*|калган)\s+(?:\S+\s+)?парти\w*[^.;]{0,20}?"
                             r"(?:включая|в том числе|среди них|анын ичинде)\s*[«\"“]?\s*$", re.I)
_AS_MANY = re.compile(r"(?:,|\s(?:и|а|жана))\s+(?:столько же|ошончо|ошончолук)\s+(?:\w+\s+){0,2}?[«\"“]?\s*$", re.I)
_DISTRIBUTIVE = re.compile(r"\bпо\s|(ден|дан|тен|тан|дон|тон|дөн|төн)\b(?!\s+(ашык|ашуун|жогору|көп|аз|төмөн|кем))"
                           r"|ар бири|каждая|каждой|экөө тең", re.I)


def _seats_of_the_list(fr: _Frame, g: int, a: int, b: int, before: PartyResult) -> int | None:
    """Seats of a party with no figure of its own, from the list it stands in after `before`:
    a bare count where votes are spoken of too (`..., «Онугуу-Прогресс» — 7`), or the count
    the party before it shares with it (`по 6 – «Ишеним» и «Альянс»`)."""
    text, ents, sent = fr.text, fr.ents, fr.sent
    if before.seats is not None and fr.seats_cue and (bare := _BARE_DASH_COUNT.match(text, a, b)) is not None:
        n = _count_value(bare.group(1))
        if before.votes is None or (n is not None and n < MOST_SEATS < before.votes):
            return n  # (as many seats as a house has, after a party with seats and its votes: `(2 540 голосов), у «Элдика» — 6`)
    if g and _EACH_BEFORE.search(text, sent.start, ents[fr.groups[g - 1][0]].start) and \
            re.fullmatch(r"[»\"”]?\s+(и|жана)\s+[«\"“]?", text[ents[fr.groups[g - 1][-1]].end:ents[fr.groups[g][0]].start]):
        return before.seats
    if g and before.seats is not None and _AS_MANY.search(text, ents[fr.groups[g - 1][-1]].end, ents[fr.groups[g][0]].start):
        return before.seats  # `«Онугуу-Прогресс» с 16,2% займет 5 кресел, столько же достанется «Кыргызстану»`
    return None


def _later_year(text: str, sent_start: int, join: re.Match) -> bool:
    """The clause after `join` opens with a year later than every year before it (`в 2010 году
    «Ата-Журт» набрала 8,47%, а в 2015-м — 2,31%`): the party's later moment."""
    m = _YEAR_OPENING.match(text, join.end())
    earlier = [int(y.group()) for y in YEAR.finditer(text, sent_start, join.start())]
    return bool(m and earlier and int(m.group(1)) > max(earlier))


_SHARE_DASH_BEFORE = re.compile(r"(?<=[,;]\s)\d+(?:[.,]\d+)?\s*%\s*[—–-]\s*(?:у\s+)?[«\"“]?\s*$")
_THEN_OR_WHEREAS = re.compile(r",\s*(?:то|тогда как|в то время как)\s", re.I)
_ITSELF_AFTER_JOIN = re.compile(r"\s*(?:последн(?:яя|ий|ее)|она|он|партия|политсила|ал)\s", re.I)


def _span(fr: _Frame, g: int) -> tuple[int, int, bool]:
    """Where a party group's figures are read when they follow it: from its name (or its
    leader named right after it) to the next party's figures or another clause; and whether
    that span goes on to a later moment of the party (`5,7% болсо, азыр 6,9%га чейин`)."""
    text, ents, sent, groups = fr.text, fr.ents, fr.sent, fr.groups
    head, later = groups[g][0], False
    a = ents[groups[g][-1]].end
    # `"Ата Мекен" саясий социалисттик партиясы (11)`: its figures come after its descriptor
    descriptor = _DESCRIPTOR.match(text, a)
    if descriptor:
        a = descriptor.end()
    # `«Бир Бол» Алтынбека Сулайманова — 12`
    a = next((ents[i].end for i in sent.idx if ents[i].label in PEOPLE and 0 <= ents[i].start - a <= 2
              and _leader(text, ents, head, i)), a)
    # the figures after a party measured against this one without its own bracket are this
    # one's (`«Ата-Журт Кыргызстан» отстает от НДПК совсем немного — 10,20%`)
    nxt = g + 1
    while nxt < len(groups) and head not in fr.compared and groups[nxt][0] in fr.compared and \
            not _OWN_BRACKET.match(text, ents[groups[nxt][-1]].end) and not _OWN_RELATIVE.match(text, ents[groups[nxt][-1]].end):
        nxt += 1
    b = ents[groups[nxt][0]].start if nxt < len(groups) else sent.end
    if fr.before is not None:
        return fr.before[g], ents[head].start, False
    if nxt < len(groups) and fr.lead[nxt] is not None:
        b = fr.lead[nxt]  # the next party's figures stand before it
    elif nxt < len(groups) and (share_dash := _SHARE_DASH_BEFORE.search(text, a, b)) is not None:
        b = share_dash.start()  # `27,62% набирает СДПК, 19,86% — «Республика – Ата-Журт»`: the share is the next one's
    elif nxt < len(groups) and fr.seats_first[nxt] is not None:
        b = fr.seats_first[nxt][0]  # `..., 12 — партии «Бир Бол»`: the 12 is the next party's
    # `...; андан кийинки сапта ...`, `..., ал эми Мирлан Бакиров башкарган «...»`:
    # another clause, about another party
    against_all = _AGAINST_ALL.search(text, a, b)  # the ballot line against all ends a party's figures
    b = against_all.start() if against_all else b
    join = _CLAUSE_JOIN.search(text, a, b)
    later = bool(join) and nxt == len(groups) and _LATER_MOMENT.match(text, join.end()) is not None
    if join and len(groups) == 1 and _later_year(text, sent.start, join):
        # the only party's later election: that clause's figures alone, not the earlier
        # one's seats (with other parties the clause may be about another one)
        return join.end(), b, False
    if join and nxt == len(groups) and (join.group() == ";" and _ITSELF_AFTER_JOIN.match(text, join.end())
                                        or _THEN_OR_WHEREAS.fullmatch(join.group())):
        # the same party told again (`Третье место заняла «X»; последняя набрала 2 185 голосов`), or
        # `то`, `тогда как` with no party after: the party's own later figure (`Если в полночь у СДПК было
        # 29,1%, то к 06:00 ... партия набирает 27,44%`); before another party they end the clause
        join = None
    if join and not later:
        b = join.start()  # but `5,7% болсо, азыр 6,9%га чейин`: the same party later
    if g + 1 < len(groups):
        # `«Алыянс» жети, Адахан Мадумаров жетектеген «Бүтүн Кыргызстан» алты`: the
        # next party's leader, named before it, ends this party's figures
        b = min([b] + [ents[i].start for i in sent.idx if ents[i].label in PEOPLE
                       and a <= ents[i].start < b and ents[i].end <= ents[groups[g + 1][0]].start
                       and _leader(text, ents, groups[g + 1][0], i)])
    # a clause about an earlier moment of the party, set off by commas (`«Ата-Мекен», пять лет
    # назад прошедший в парламент с 7,72%, опустился до 4,30%`): its figures come after it
    earlier = _EARLIER_APPOSITION.match(text, a, b)
    # (an apposition dated by its year alone, `«Ишеним», набравший на выборах 2021 года 13,61%, получил
    # тогда 12 мест`, is the same election as seats after it; a later share or year makes it earlier)
    if earlier and (any(earlier.end() <= ents[i].start < b and not not_the_share(text, ents[i], sent.start)
                        for i in sent.get("PERCENT")) or
                    (_SEATS_AHEAD.search(text, earlier.end(), b) and
                     (_EARLIER_WORD.search(text, earlier.start(), earlier.end()) or YEAR.search(text, earlier.end(), b)))):
        a = earlier.end()
    return a, b, later


def _figures_go_to_subject(fr: _Frame, g: int, b: int, leading: bool) -> bool:
    """A party measured against the subject gives its figures to the subject: those after
    it without its own bracket to the subject before it, and a figure before it, unless in
    its own participle clause (`10,20 пайыз менен төртүнчү калган «Ата-Журт Кыргызстанды»`)."""
    text, ents, sent, group = fr.text, fr.ents, fr.sent, fr.groups[g]
    head = group[0]
    if head not in fr.compared:
        return False
    if g and fr.groups[g - 1][0] not in fr.compared and ents[head].start < b and \
            not _OWN_BRACKET.match(text, ents[group[-1]].end) and not _OWN_RELATIVE.match(text, ents[group[-1]].end) and \
            fr.before is None and not leading:
        return True
    return (leading or fr.before is not None) and \
        not _PARTICIPLE.search(text, max(sent.start, ents[head].start - 40), ents[head].start)


# the party's candidates as a whole, its list (`"Ак Жол" партиясынын талапкерлери 12,4% алып`)
_OWN_LIST = re.compile(r"[»\"”]?\s*(?:партиясынын\s+)?(?:талапкерлери|кандидаттары)\b", re.I)


def _past_own_list(text: str, a: int, b: int) -> int:
    m = _OWN_LIST.match(text, a, b)
    return m.end() if m else a


# a party named to describe a place (`в Ошской, где традиционно сильна «Ата-Журт Кыргызстан», — 41,2%`,
# `в Чуйской области, где агитировал «Бутун Кыргызстан», на участки пришли 49,4%`): the figure is the place's
_STRONGHOLD_BEFORE = re.compile(r"\bгде\s+(?:традиционно\s+|исторически\s+|особенно\s+)?(?:сильн\w*(?:\s+позиции)?|агитировал\w*"
                                r"|доминир\w*|популярн\w*|лидировал\w*\s+прежде)\s+(?:партии\s+|партия\s+)?[«\"“]?\s*$", re.I)
# a person from the party before it, whose figure it is (`Темир Сариев из «Ак Шумкара» — 2,55%`; with
# `от` only when the figure follows the party right after a dash: `Темир Сариев от «Акшумкара» — 2,55%`)
_PERSON_FROM = re.compile(r"\s+из\s+(?:парти\w+\s+)?[«\"“]?", re.I)
_PERSON_OF = re.compile(r"\s+от\s+(?:парти\w+\s+)?[«\"“]?", re.I)
_DASHED_FIGURE_AFTER = re.compile(r"[»\"”]?\s*[—–-]\s*\d")
# deputies who left the party's faction, not its seats (`вышедшими из фракции «Элдик»`, `«Улуттар
# биримдиги» фракциясынан үч депутат чыгып`)
_LEFT_BEFORE = re.compile(r"(?:вышедш|ушедш|покинувш|выш(?:ел|ла|ли)|ушл[аи]|ушел|выход|уход)\w*\s+из\s+(?:фракци|парти)\w*\s*[«\"“]?\s*$", re.I)
# or the sentence opens with it (`Из фракции «Альянс» в Жогорку Кенеше вышли еще два депутата`)
_FROM_FACTION = re.compile(r"\W*из\s+(?:фракци|парти)\w*\s*[«\"“]?\s*", re.I)
_LEAVE_VERB = re.compile(r"\b(?:вышл|вышел|ушл|ушел|покинул)\w*", re.I)
_LEFT_AFTER = re.compile(r"[»\"”]?\s*(?:(?:фракциясынан|партиясынан)\s+[^.;]{0,40}?\b(?:чык|чыг|кет|тапшыр|баш тарт)"
                         r"|(?:фракциясынын|партиясынын)\s+[^.;]{0,30}?\b(?:партиядан|фракциядан)\s+(?:\w+\s+)?(?:чык|чыг|кет)"
                         r"|(?:фракциясынын|партиясынын)\s+[^.;]{0,60}?\b(?:мандат\w*\s+(?:\w+\s+){0,4}?тапшыр|катарынан\s+чыгарыл)"
                         r"|\s*исключил\w*\s+из\s+(?:парти|фракци))", re.I)  # (`СДПК исключил из партии 4 депутатов`)
# or from the party's name in the ablative (`"Ишенимден" дагы бир депутат министр болуп кеткен`)
_LEFT_FROM_NAME = re.compile(r"[»\"”]?\s+[^.;]{0,20}?\b(?:депутат|мүчө)\w*\s+[^.;]{0,30}?\b(?:чык|чыг|кет)", re.I)
_ABLATIVE_END = re.compile(rf"(?:{ABLATIVE_WITH_N})$", re.I)
_CANDIDATE = re.compile(r"получивш(ий|его|ему|им)\b|кандидат|талапкер", re.I)
_MEMBER_AFTER = re.compile(r"[»\"”]?\s*(?:партиясынын\s+|фракциясынын\s+)?(?:мүчөсү|өкүлү\b|талапкерин\b)", re.I)  # its member's figure: `«Ата Мекендин» мүчөсүнүн көрсөткүчү`
# a candidate the party backs, or a candidacy: `"Ак бата" (10 орун) — талапкерди колдоорун ...`,
# `Мадумаровдун талапкерлигин ... 71 мандатка ээ болгон "Ак Жол" фракциясы көрсөткөн`
_CANDIDATE_OBJECT = re.compile(r"талапкер(?:лер)?(?:ди|ин|ге)\b|талапкерлиг|кандидат(?:а|у|ом)\b|кандидатур", re.I)


def _candidates_figures(text: str, a: int, b: int) -> bool:
    """A candidate named in text[a:b] (or counted: `выставивший 68 кандидатов`), other than one the
    party backs or puts forward."""
    return any(not _CANDIDATE_OBJECT.match(text, m.start()) for m in _CANDIDATE.finditer(text, a, b))


_FIRST_COUNT = re.compile(r"\d|мандат|\bмест|\bорун|орд[уы]|кресл|кресел|голос|добуш", re.I)


def _left_from_name(e) -> bool:
    """The party's name carries an ablative its norm lacks (`Ишенимден`; not `Кыргызстан`)."""
    end = _ABLATIVE_END.search(e.text)
    return end is not None and not e.norm.lower().endswith(end.group().lower())


def _not_the_partys(fr: _Frame, g: int, a: int, b: int, leading: bool) -> bool:
    """The figures in the span are someone else's: a candidate's named there before the
    party's first share (`«Алыянс» 8,35 пайыз менен жети орун утту, анын фракциясын Алтынбек
    Сулайманов жетектейт` keeps them), of a person the party nominated, or of a candidate."""
    text, ents, sent = fr.text, fr.ents, fr.sent
    head = fr.groups[g][0]
    own = leading or fr.before is not None
    first = next((ents[i].start for i in sent.get("PERCENT") if a <= ents[i].start < b), b)
    count = _FIRST_COUNT.search(text, a, first)  # or its count: `получил семь мандатов, и Акаев ...`
    first = count.start() if count else first
    return any(a <= ents[i].start < (b if own else first) for i in fr.contenders) or \
        _affiliation(text, ents, sent, head) or \
        (_candidates_figures(text, _past_own_list(text, a, b), b) and
         not _OWN_PARTICIPLE.match(text[a:b])) or \
        _NOMINEE_BEFORE.search(text, max(sent.start, ents[head].start - 70), ents[head].start) is not None or \
        _STRONGHOLD_BEFORE.search(text, max(sent.start, ents[head].start - 50), ents[head].start) is not None or \
        _LEFT_BEFORE.search(text, max(sent.start, ents[head].start - 50), ents[head].start) is not None or \
        (_FROM_FACTION.fullmatch(text, sent.start, ents[head].start) is not None and
         _LEAVE_VERB.search(text, ents[head].end, sent.end) is not None) or \
        _LEFT_AFTER.match(text, ents[fr.groups[g][-1]].end) is not None or \
        (not own and _left_from_name(ents[head]) and _LEFT_FROM_NAME.match(text, ents[head].end) is not None) or \
        _MEMBER_AFTER.match(text, ents[fr.groups[g][-1]].end) is not None or \
        any(ents[i].label in PEOPLE and (_PERSON_FROM.fullmatch(text, ents[i].end, ents[head].start) or (
            _PERSON_OF.fullmatch(text, ents[i].end, ents[head].start) and _DASHED_FIGURE_AFTER.match(text, ents[head].end)))
            for i in sent.idx)  # `Темир Сариев из «Ак Шумкара» — 2,55 процента`: the person's


def _own_moment(fr: _Frame, a: int, b: int, pct: int | None) -> int:
    """Where the counts of the party's figure start: after the figure before it when the span
    tells several years (`5,6% и 18 мест в 2010-м, ... 3,48% в 2021 году`: not the 18)."""
    figures = [i for i in fr.sent.get("PERCENT") if a <= fr.ents[i].start < b]
    if pct in figures and figures.index(pct) > 0 and len(YEAR.findall(fr.text, a, b)) >= 2:
        if year_after(fr.text, fr.ents[pct]):
            return fr.ents[pct].start  # its year after it: so are its counts (`3,03% в 2020-м`)
        return fr.ents[figures[figures.index(pct) - 1]].end
    return a


def _share(fr: _Frame, g: int, a: int, b: int, leading: bool, later: bool) -> int | None:
    """The party's own share in its span: the first after its name, the last before it, or
    the latest of several moments; none when it stands far off or is of someone the party backs."""
    text, ents, sent = fr.text, fr.ents, fr.sent
    own = leading or fr.before is not None
    figures = [i for i in sent.get("PERCENT")
               if a <= ents[i].start < b and not not_the_share(text, ents[i], sent.start)
               and not _SHARE_OF_SEATS.search(text, max(sent.start, ents[i].start - 45), ents[i].start)
               and not _OF_THE_REST.search(text, a, ents[i].start)]
    pct = (figures[-1] if own else figures[0]) if figures else None
    latest = latest_of(text, ents, figures, a)
    pct = latest if latest is not None else figures[-1] if later and figures else pct
    if pct is None:
        return None
    # the only party of its sentence may have its figure further on (`«Ата-Журт Кыргызстан»
    # партиясы Бишкек шаардык кеңешине өтүп, алдын ала маалымат боюнча 10,20% добуш топтоду`),
    # unless someone other than its leader stands between
    reach = 120 if len(fr.groups) == 1 and not any(a <= ents[i].start < ents[pct].start
                                                   for i in fr.contenders) else 60
    # the distance is counted after a relative clause on it that names people (its list)
    clause = fr.clauses[g]
    since = max(a, clause[1]) if clause and any(clause[0] <= ents[i].start < clause[1]
                                                for i in sent.idx if ents[i].label in PEOPLE) else a
    if ents[pct].start - since > reach and not leading or (
            re.search(r"поддерж(?!к)|колдо(?!о)|депутат", text[a:ents[pct].start], re.I) and
            not _OF_VOTERS.match(text, ents[pct].end) and not _BACKED_BY_COUNT.search(text, a, ents[pct].start)):
        return None  # a percent of someone the party backs, unless of the voters
    return pct


def _seats_elsewhere(fr: _Frame, g: int, a: int, after: tuple[int, int], pct: int | None,
                     leading: bool) -> int | None:
    """Seats of a party not beside its figures: at the end of the sentence of its only party,
    of a whole before a leading clause, after the party, or at the end after the last party."""
    text, ents, sent, group = fr.text, fr.ents, fr.sent, fr.groups[g]
    if not fr.seats_cue:
        return None
    if pct is not None and len(fr.groups) == 1 and fr.before is None \
            and not leading and not any(ents[i].start > a for i in fr.contenders):
        # the sentence's only party: its seats may stand at the end (`«Ата Мекен» набрал 7,72% и
        # прошел в парламент, ..., — этого хватило на 11 мандатов`)
        # (not past a later figure of it: `2020-жылы 3,35% ..., 2021-жылы 6,17 пайыз, беш орун`)
        seats = _far_seats(text, ents[pct].end, next_share(text, ents, sent, ents[pct].end, sent.end))
        if seats is not None:
            return seats
    seats = None
    if leading or fr.before is not None:
        # `54 мандаттын 15ин 17,32 пайыз добуш топтогон «Ата-Журт Кыргызстан» алды`: seats
        # of a whole before the clause
        whole = _OF_SEATS.search(text, ents[fr.groups[g - 1][-1]].end if g else sent.start, a)
        seats = _seats_of_whole(whole) if whole else None
    if seats is None and leading:
        # `... Ынтымак партиясынын үлүшүнө тогуз депутаттык орун тийди`
        return _counts(text, ents, sent, *after, None, True, False)[1]
    if seats is None and fr.before is not None and g + 1 == len(fr.groups) and \
            not any(ents[group[-1]].end <= ents[i].start and not not_the_share(text, ents[i], sent.start)
                    for i in sent.get("PERCENT")):
        # `доверивших ей 7,04% голосов: ... «Бутун Кыргызстан» получает шесть депутатских мандатов`
        return _counts(text, ents, sent, ents[group[-1]].end, sent.end, None, True, False)[1] or \
            _far_seats(text, ents[group[-1]].end, sent.end)
    return seats


_IN_CLAUSE = r"(?:[^,.;:]|(?<=\d)[,.](?=\d))"  # a decimal comma does not end the clause (`набравшая 8,04% в 2010 году`)
_EARLIER_APPOSITION = re.compile(rf"[»\"”]?(?:\s+[А-ЯЁ]\w+\s+[А-ЯЁ]\w+)?\s*,\s*(?={_IN_CLAUSE}{{0,90}}?\b(назад|тогда|ранее|прежде"
                                 rf"|в прошлый раз|(?:19|20)\d\d)){_IN_CLAUSE}{{0,140}},(?!\d)", re.I)
_EARLIER_WORD = re.compile(r"\b(назад|тогда|ранее|прежде|в прошлый раз)\b", re.I)
_SEATS_AHEAD = re.compile(r"\d+\s+(мандат|мест|кресел|кресл|депутат|орун)", re.I)
_EARLIER_CLAUSE = re.compile(r"\b(19|20)\d\d-?(жылы|году)\b[^.;]*$", re.I)
