"""Turnout reports: a share or a count of voters, with its time, scope and numbers."""
from __future__ import annotations

import re
from dataclasses import replace

from .shares import _DATIVE, _case_after, gap_or_shortfall
from .common import (ABLATIVE_END, DATIVE_END, ELECTORATE, NOT_TURNOUT, PEOPLE, RESPECTIVELY, TURNOUT,
                     TURNOUT_CARRY, VOTERS, YEAR, _APPROX, _GENITIVE, _NOT_VOTERS, _SCOPES, _Sent, _dative,
                     _not_a_share, _ref)
from .numbers import Quantity, find_quantities
from .records import Fact, Turnout


def _window(sent: _Sent, ents, pcts: list[int], k: int) -> tuple[int, int]:
    a = ents[pcts[k - 1]].end if k > 0 else sent.start
    b = ents[pcts[k + 1]].start if k + 1 < len(pcts) else sent.end
    return a, b


def _quantities(text: str, ents, sent: _Sent) -> list[Quantity]:
    taken = [(ents[i].start, ents[i].end) for i in sent.idx]
    out = []
    for q in find_quantities(text, sent.start, sent.end):
        if any(a < q.end and q.start < b for a, b in taken):
            continue
        rest = text[q.end:q.end + 25]
        if _NOT_VOTERS.match(rest) or _NOT_VOTERS.match(q.suffix):
            continue
        if q.value < 10 or _year(text, q, rest) or _MEMBERS_OF.search(text, max(0, q.start - 16), q.start):
            continue  # `12 мүчөнүн 11и катышып`: members of a commission, not voters
        out.append(q)
    return out


_MEMBERS_OF = re.compile(r"(мүчө|член)\w*\s+$", re.I)


def _glued(text: str, q: Quantity) -> int:
    """The length of the case ending written right after a number's digits (`1 800дөн`), 0
    when the quantity already ends after it (`миңден`)."""
    return len(q.suffix) if q.suffix and text.startswith(q.suffix, q.end) else 0


def _year(text: str, q: Quantity, rest: str) -> bool:
    """`2021-жылы`, `в 2020-м`, `в 2015 году`: a year, not a count of voters."""
    if not (1900 <= q.value <= 2100 and re.fullmatch(r"\d{4}", text[q.start:q.end])):
        return False
    before = text[max(0, q.start - 16):q.start]
    return "жыл" in rest[:6] or rest[:1] in "-–" or re.search(r"\bв\s*$", before) is not None or \
        re.search(r"([A-Za-z]+\s+\d{1,2},\s*|_|[^\W\d_]-)$", before) is not None  # `December 11, 2016`, `Шайлоо-2016`


# `N шайлоочудан M`: M of N voters (the ablative names the whole)
_OUT_OF = re.compile(r"\s*(\S+\s+)?(шайлоочу|жаран|адам|киши)\w*(дан|ден|тан|нан)\b")
_OUT_OF_BEFORE = re.compile(r"(шайлоочу|жаран|адам|киши)\w*(дан|ден|тан|нан)\s*$")


def _split_counts(text: str, qs: list[Quantity],
                  context: list[Quantity] = ()) -> tuple[int | None, int | None]:
    """Voters and electorate among `qs`; a cue before a figure counts up to the figure
    before it (of `qs` or `context`): in `4 294 243 адам катталган, алардын 1 584 446сы`
    the list word belongs to the first."""
    voters = electorate = None
    for q in qs:
        floor = max([x.end for x in (*qs, *context) if x.end <= q.start], default=0)
        ceiling = min([x.start for x in (*qs, *context) if x.start >= q.end], default=len(text))
        before = text[max(0, q.start - 40, floor):q.start].lower()
        # this sentence, up to the next figure: `951 человек из 2 027 внесенных в списки` lists the 2 027
        after = re.split(r"[.!?](?:\s|$)", text[q.end:min(q.end + 40, ceiling)].lower())[0]
        after_noun = _APPROX.sub("", after)
        # `1 800дөн ашык жаран`: an ablative with "more than" is a bound, not the whole
        gen = bool(_GENITIVE.search(q.suffix)) and not _APPROX.match(after[_glued(text, q):])
        gen = gen or bool(re.match(r"\s*(\S+\s+)?(шайлоочу|жаран|адам)\w*(нун|дын|нын|дун)\b", after_noun))
        gen = gen or bool(_OUT_OF.match(after_noun))
        part_of = re.search(r"(алардын|из них|из которых)\s*$", before)  # `..., алардын 1 584 446сы`
        # `На участке 1 920 избирателей`: how many the station has, not how many came
        has = re.search(r"(\bна\s+(этом\s+)?участке|участокто|участкада|в\s+округе)\s*$", before) and \
            re.match(r"\s*(избирател|шайлоочу)\w*\s*[,.;]", after)
        elect = not part_of and (
            has or gen or re.search(r"\bиз\s+((более|свыше|почти|около)\s+)?(чем\s+)?$", before)
            or ELECTORATE.search(after[:30]) or ELECTORATE.search(re.split(r"[,;:]", before)[-1][-30:]))
        if elect and electorate is None:
            electorate = int(round(q.value))
        elif not elect and voters is None:
            voters = int(round(q.value))
    if voters is not None and electorate is not None and voters > electorate:
        voters, electorate = electorate, voters
    return voters, electorate


def _stated_electorate(text: str, ents, ss: list[_Sent], n: int, voters: int | None) -> int | None:
    """The size of the voters' list stated in the sentence before or after (`В списках
    избирателей числится 4 294 243 человека. К 19.00 ... явка достигла 34,31%`)."""
    for k in (n - 1, n + 1):
        if not 0 <= k < len(ss) or ss[k].s.stamp != ss[n].s.stamp or \
                (ss[max(k, n)].s.opens_post):
            continue
        sent = ss[k]
        for q in _quantities(text, ents, sent):
            around = text[max(sent.start, q.start - 50):min(sent.end, q.end + 40)].lower()
            approximate = re.search(r"(более|свыше|около|почти|ашык|ашуун)\s*$",
                                    text[max(sent.start, q.start - 12):q.start].lower())
            if ELECTORATE.search(around) and q.value > (voters or 0) and not approximate:
                return int(round(q.value))
    return None


_APPROX_OF = re.compile(r"\w*\s+(жакыны|ашыгы|ашууну|ашуунусу)\b", re.I)


_PEOPLE_NOUN = re.compile(r"^\s*(\S+\s+)?(шайлоочу|адам|жаран|кыргызстандык|киши|граждан|человек|избирател|"
                          r"горожан)")


def _voters_like(text: str, q: Quantity) -> bool:
    """A count of people: `83 миң 357 шайлоочу`, `339,8 миңи`, `проголосовали 5 056`."""
    if re.search(r"(№|no|n)\s*$", text[max(0, q.start - 3):q.start], re.I):
        return False
    after = _APPROX.sub("", text[q.end + _glued(text, q):q.end + 40].lower())
    if re.match(r"^\s*[-–]?\s*(мектеп|школ)", after):
        return False
    if re.match(r"^(ы|и|у|ү|сы|си|су|сү|ы|ни|ну|нү|дейи|дайы|чамасы)$", q.suffix):
        return True
    if _APPROX_OF.match(text, q.end):
        return True  # `1 миллион 252 миңге жакыны`, `1 млн 626 миңден ашыгы`: "about that many of them"
    if VOTERS.match(after.strip()[:20]) or _PEOPLE_NOUN.match(after):
        return True
    before = text[max(0, q.start - 25):q.start].lower()
    if _OUT_OF_BEFORE.search(before):
        return True  # `851 шайлоочудан 459зу`
    return bool(re.search(r"(проголосовал\w*|пришли|участвовал\w*|получили|добуш берүүгө"
                          r"|(алгандар|келгендер|бергендер)\s*[—–:-])"  # `бюллетень алгандар — 598`
                          r"(\s+(около|почти|примерно|порядка|более|свыше))?\s*$", before))  # `проголосовали около 400`


_REPORTED_BY = re.compile(r",\s*(сообщ|заяв|отметил|уточнил|переда[её]т|говорится|по данным|деп билдир|деп маалымдады)", re.I)


def _clause_end(text: str, start: int, limit: int) -> int:
    """The end of the clause after a figure: 30 characters, or on to the next comma
    (at most 80) since a Kyrgyz clause ends with its verb (`79 пайызы ... долбоорун колдоп,`)."""
    comma = text.find(",", start, min(limit, start + 80))
    if comma != -1 and _REPORTED_BY.match(text, comma):
        return min(limit, comma)  # `явка составила 37,27%, сообщил ЦИК после обработки 98% протоколов`
    if comma == -1:  # no comma: on to the sentence's end (`31%ы “көз карандысыз талапкерди” тандаган.`)
        stop = re.search(r"[.!?;]", text[start:min(limit, start + 80)])
        comma = start + stop.start() if stop else start + 30
    return min(limit, max(start + 30, comma))


def _scope(low: str) -> str | None:
    for name, pat in _SCOPES:
        if pat.search(low):
            return name
    return None


# also a referendum's answer before its share: `за президентскую систему высказались 81,52%`, `за парламентскую — 10,66%`
_OF_PARTICIPANTS_BEFORE = re.compile(r"(катышкандардын|добуш бергендердин|\bза (президентск|парламентск|смешанн)\w*[^\d.;]{0,30})\s*$",
                                     re.I)
_OF_PARTICIPANTS_AFTER = re.compile(r"\s*(участников голосования|проголосовавших|пришедших|(его|их) участников)", re.I)
_ANAPHORA = re.compile(r"\s*(бул|бу|это)\b", re.I)


_SUBSET = re.compile(r"алардын|из них|из которых|;")  # a part of them, or another clause


def _not_turnout_count(text: str, ents, sent: _Sent, q: Quantity) -> bool:
    """True when the sentence says the count is not a turnout: a cue against turnout
    (`не проголосовали`, `колдоду`), or votes for a candidate (`за Жапарова проголосовали
    более 1,1 млн человек`, `Жээнбековго ... добуш берди`). A cue in a later clause about
    a part of them does not count (`1 миллион 344 миңдейи добуш берди, алардын 1 миллион
    65 миңден ашыгы долбоорду колдогон`), nor one before a colon that opens the figures."""
    def about_this(pos: int) -> bool:
        if pos < q.start and re.search(r":(?!\d)", text[pos:q.start]):  # not a clock's colon
            return False  # a cue before a colon that opens the figures (`подсчет закончен: из 1 876 ...`)
        if pos < q.start and ", " in text[pos:q.start] and TURNOUT.search(text[q.end:q.end + 25].lower()):
            return False  # a cue of an earlier clause; the count has its own verb (`кезек азайып, ... 412 адам добуш берип`)
        return pos < q.end or _SUBSET.search(text, q.end, pos) is None
    if any(about_this(sent.start + m.start()) for m in NOT_TURNOUT.finditer(sent.low)):
        return True
    return any(about_this(ents[i].start) and (
        re.search(r"\bза\s+$", text[max(0, ents[i].start - 4):ents[i].start]) or _dative(ents[i]))
        for i in sent.get("POLITICIAN") + sent.get("PERSON"))


# a Kyrgyz object in the accusative right before the clause's comma: its verb comes later
_OBJECT_BEFORE_COMMA = re.compile(r"[а-яөүң](ны|ни|ну|нү|ды|ди|ду|дү|ты|ти|ту|тү|сын|син|сун|сүн),$")
_CLAUSE_COMMA = re.compile(r",(?!\d)")
_ELLIPTIC = re.compile(r"(?:^|\s)[—–]\s*\d")  # not a range `2,5–3`
_HEADING = re.compile(r"катышуу|явк")
# the hour a figure is compared to is not the report's (`По сравнению с 14:00 явка выросла ...`)
_COMPARED_TO = re.compile(r"сравнени|салыштыр")
# `58,89 пайыздык катышуу`; in a turnout sentence also `34,6 пайыздык көрсөткүчтөн` (the figure of
# an earlier election it is compared with)
_TURNOUT_ADJECTIVE = re.compile(r"\s*(катышуу|явк)", re.I)
_FIGURE_ADJECTIVE = re.compile(r"\s*(көрсөткүч|показател)", re.I)


# a result verb right before the percent: `побеждает в первом туре с 54,22% при явке 56,32%`
_WON_WITH = re.compile(r"(набра\w*|побежда\w*( в первом туре)? с|взял\w*|уступи\w*)\s*$", re.I)


_PARTY_GOT = re.compile(r"[»\"”]?\s+(?:получил|набрал)\w*\s+", re.I)


def _of_a_contender(text: str, ents, sent: _Sent, p: int) -> bool:
    """A candidate's or a party's share, not a turnout: a person just before the percent
    (`Жээнбеков 54,22 пайыз`), or a person or party just after it, joined by `менен` or a
    participle (`6,57 пайыз менен Адахан Мадумаров`, `12,93 пайыз алган Кыргызстан партиясы`),
    or a result verb just before it (`побеждает с 54,22%`)."""
    if _WON_WITH.search(text, max(sent.start, ents[p].start - 40), ents[p].start):
        return True
    for i in sent.idx:
        e = ents[i]
        if e.label == "PARTY" and _PARTY_GOT.fullmatch(text, e.end, ents[p].start):
            return True  # `лидер «Бутун Кыргызстана» получил 6,74% голосов`
        if e.label in PEOPLE and 0 <= ents[p].start - e.end < 60 and \
                RESPECTIVELY.search(text, e.end, ents[p].start):
            return True  # `Мадумаров менен Ташиев тиешелүүлүгүнө жараша 14,78% жана 14,32%`
        if e.label in PEOPLE and 0 <= ents[p].start - e.end < 30 and \
                not re.search(r"явк|катыш", text[e.end:ents[p].start], re.I) and \
                not re.match(r"\s*:", text[e.end:ents[p].start]):
            # a candidate's share; not when a turnout word stands between (`Атамбаев взял 62,52% при
            # явке 60,27%`) or the person is a speaker (`— Шайлдабекова: По всей стране ...`)
            return True
        if e.label in PEOPLE + ("PARTY",) and 0 <= e.start - ents[p].end < 40 and re.fullmatch(
                r"[^\W\d_]*\s+((менен|[^\W\d_]+(ган|ген|гон|гөн|кан|кен|кон|көн))\s+)?[«\"“]?",
                text[ents[p].end:e.start]):
            return True
    return False


# a change by so much: `төрт пайызга жакын төмөн` (dative), `эки пайыздан ашык жогору`, `21 пайыздан
# ашык азайды` (ablative with "more than"); not `60,27 пайыздан төмөн` (lower than 60,27: a turnout)
_CHANGED_BY = re.compile(r"(?P<glued>[а-яөүң]{0,3})\s+(?P<more>(ашык|ашуун|жакын|чамасы)\s+)?(жогору|төмөн|азай|көбөй|кыскар)",
                         re.I)


def _unreached(text: str, e) -> bool:
    """A Kyrgyz bound the turnout did not reach (`катышуу 40 пайызга жетпеди`): a turnout at that
    figure, as the annotators read a bound; not a shortfall (`0,54 пайыз жетпеди`)."""
    return _case_after(text, e, _DATIVE) and re.match(r"[а-яөүң]{0,3}\s+жетпе", text[e.end:e.end + 15], re.I) is not None


_PLACES = ("LOCATION", "DISTRICT", "POLLING_STATION")
_BOUND_AFTER = re.compile(r"[а-яөүң]{0,4}\s+(ашык|ашуун|ашты|ашып)\b", re.I)  # `50%дан ашык`
_BOUND_BEFORE = re.compile(r"\b(более|свыше|больше|за)\s+$", re.I)  # `более 50%`


def _bound_before_exact(text: str, ents, sent, p: int) -> bool:
    """A bound the same sentence then states exactly (`50%дан ашык шайлоочу катышты — БШК 50,4
    пайыз деген көрсөткүчтү жарыялады`, `более 50% — точнее, 50,4%`): one report, its exact figure."""
    if not (_BOUND_AFTER.match(text, ents[p].end) or _BOUND_BEFORE.search(text, max(0, ents[p].start - 8), ents[p].start)):
        return False
    try:
        bound = float(ents[p].norm)
        # the exact figure of the same place: no place, district or station named between the two
        return any(0 < float(ents[q].norm) - bound < 1 and not any(
            ents[p].end <= ents[k].start < ents[q].start and ents[k].label in _PLACES for k in sent.idx)
            for q in sent.get("PERCENT") if ents[q].start > ents[p].end)
    except (TypeError, ValueError):
        return False


def _changed_by(text: str, e) -> bool:
    """A Kyrgyz percent that says how much a turnout rose or fell, not a turnout."""
    m = _CHANGED_BY.match(text, e.end)
    if m is None:
        return False
    case = e.text + m.group("glued")
    return DATIVE_END.search(case) is not None or (ABLATIVE_END.search(case) is not None and bool(m.group("more")))


def _explains_percent(text: str, out: list[Fact]) -> bool:
    """True when the last fact, a count of voters, follows right after a percent of the
    turnout it spells out (`катышуу 34,6 пайыз. ... 1 миллион 252 миңге жакыны добуш
    берген.`): a percent in the next sentence is another figure, not this count's share."""
    if len(out) < 2 or not isinstance(out[-2], Turnout) or out[-2].percent is None:
        return False
    return not text[out[-2].sentence[1]:out[-1].sentence[0]].strip()


# a figure of another election or the final one does not take the hour of the report
_SAME_HOUR = re.compile(r"к этому (часу|времени|моменту)|на этот час|ушул саат|к тому времени|к моменту|ушул убак(та|ка)|ушул эле убакта|"
                        r"ошол эле убак(та|ка)|ошол убакка|в это же время|ага чейин|келгенге чейин|до (его|ее) прихода|"
                        r"ушул учур|ошол учур")
_THIS_HOUR = re.compile(r"к этому (часу|времени)|на этот час|ушул (убак|саат)")  # the post's hour, not a person's arrival
_OTHER_MOMENT = re.compile(r"\b(19|20)\d\d\b|закрыти|окончательн|итогов|по итогам|жабылгандан|акыркы(?! орун)|жыйынтыктоочу|"
                           r"кечинде|жыйынтыгында|жыйынтыкта|"
                           r"алдын ала маалымат|"
                           r"салыштыра кетсек|для сравнения", re.I)


_OPENING_HOUR = re.compile(r"\S*\s+(\S+\s+){0,2}(ачыл|открыл)", re.I)
_FINAL = re.compile(r"жыйынтыкта|жыйынтыгында|окончательн|по итогам|итогов|в итоге|\bакыры\b|натыйжада")


def _year_series(text: str, ents, sent: _Sent, pcts: list[int]) -> bool:
    """`Саат 18:00гө карата ... 2017-жылы 52,7%, 2021-жылы 30,2%`: the sentence states its
    time, and every figure, the first too, carries a year: one hour, several elections."""
    times = sent.get("TIME")
    if not times or not pcts or ents[times[0]].start > ents[pcts[0]].start:
        return False
    first = ents[pcts[0]]
    return YEAR.search(text, max(sent.start, first.start - 25), first.start) is not None or \
        YEAR.match(text[first.end:first.end + 12].lstrip(" в")) is not None  # `41,5% в 2017 году`


_HOUR_AFTER = re.compile(r"\s*(к|на|в)\s*")  # `5,2% к 10:00, 18,7% к 14:00`


def _own_time(text: str, ents, times: list[int], a: int, p: int) -> int | None:
    """The time standing between the previous percent and this one: in an hourly list
    (`саат 10:00гө карата 9,1 пайыз, 14:00гө карата 35,4 пайыз`) each figure has its own;
    in a Russian list the hour follows its figure (`5,2% к 10:00, 18,7% к 14:00`)."""
    after = [t for t in times if ents[t].start >= ents[p].end and _HOUR_AFTER.fullmatch(text, ents[p].end, ents[t].start)]
    if after:
        return after[0]
    own = [t for t in times if a <= ents[t].start and ents[t].end <= ents[p].start
           and not (a > 0 and _HOUR_AFTER.fullmatch(text, a, ents[t].start))]  # not the figure before's hour
    return own[-1] if own else None


def _turnouts(text, ents, ss: list[_Sent], used_pct: set[int]) -> list[Fact]:
    out: list[Fact] = []
    carry_time, carry_post, carry_on, last_sent = None, None, False, None
    for n, sent in enumerate(ss):
        if sent.s.opens_post or sent.s.stamp != carry_post:
            carry_time, carry_on, carry_post = None, False, sent.s.stamp
        strong = bool(TURNOUT.search(sent.low))
        if sent.get("PARTY") and not strong:
            carry_on = False
            continue
        pcts = [i for i in sent.get("PERCENT") if i not in used_pct]
        # the hour a station opened is not the hour of a figure (`саат 8:00дө ачылган участкаларга
        # алгачкы эки саатта 7,4%ы`, `эшик саат 8:00де ... ачылып, алгачкы саатта 140тан ашуун адам`)
        opening = [t for t in sent.get("TIME") if _OPENING_HOUR.match(text, ents[t].end)]
        times = [t for t in sent.get("TIME") if t not in opening]
        # a sentence after a turnout goes on with it when it names turnout words or points
        # back to it (`Бул болжол менен 22 пайызды түзөт`)
        points_back = carry_on and _ANAPHORA.match(sent.text) is not None  # `Бул 941 миңге жакын шайлоочу`
        # `... проголосовали 56,32%. На парламентских 2021-го — 34,60%.`: the same report, the verb left out
        elliptic = carry_on and pcts and _ELLIPTIC.search(sent.text) is not None and \
            not any(sent.get(label) for label in PEOPLE)
        if not strong and not points_back and not elliptic and \
                not (carry_on and pcts and TURNOUT_CARRY.search(sent.low)):
            continue
        pcts = [p for p in pcts if not _of_a_contender(text, ents, sent, p)]
        # a final figure has no hour of the day (`В итоге явка ... составила 39,16%`)
        time_i = times[0] if times else None if _FINAL.search(sent.low) or opening else carry_time
        if time_i is None and _SAME_HOUR.search(sent.low) and not sent.s.opens_post:
            # `... саат 11:00дө келген. Ушул убакка карата ...`: the hour of one of the four sentences before
            # (or the post's own timestamp: `16:00 — Явка достигла 42,9%. ... В Бишкеке к этому часу ...`)
            time_i = next((ss[k].get("TIME")[-1] for k in range(n - 1, max(-1, n - 5), -1)
                           if ss[k].get("TIME") and ss[k].s.stamp == sent.s.stamp),
                          sent.s.stamp if _THIS_HOUR.search(sent.low) else None)
        qs = _quantities(text, ents, sent)
        previous, inherited = ss[n - 1] if n else None, []
        if pcts and _ANAPHORA.match(sent.text) and previous is not None and not sent.s.opens_post \
                and previous.s.stamp == sent.s.stamp:
            # `...1 294 776 киши келди. Бул — шайлоочулардын 35,30%`: "this" is the count
            # and the time of the previous sentence
            if time_i is None and previous.get("TIME"):
                time_i = previous.get("TIME")[0]
            inherited = [] if qs else _quantities(text, ents, previous)
        made = False
        for k, p in enumerate(pcts):
            a, b = _window(sent, ents, pcts, k)
            local = text[a:b].lower()
            near_start = max(a, ents[p].start - 50)
            clause_end = _clause_end(text, ents[p].end, b)
            if _OBJECT_BEFORE_COMMA.search(text, ents[p].end, clause_end + 1):
                clause_end = sent.end  # `81,52%ы ... формасын, 10,66%ы ... форманы тандаган`: one verb for both
            near = text[near_start:clause_end].lower()
            adjectival_turnout = _TURNOUT_ADJECTIVE.match(text, ents[p].end) or \
                (_FIGURE_ADJECTIVE.match(text, ents[p].end) and (strong or carry_on))
            # a cue right after another percent is that one's (`жети пайыздык босогодон ашып,
            # шайлоочулардын катышуусу 56,50 пайызды түзгөн`: the threshold is the seven)
            own_ends = {ents[i].end - near_start for i in sent.get("PERCENT") if i != p}
            against = any(not any(0 <= m.start() - e <= 4 and re.fullmatch(r"[а-яөүң]*\s*", near[e:m.start()])
                                  for e in own_ends)
                          for m in NOT_TURNOUT.finditer(near))
            if against or _OF_PARTICIPANTS_BEFORE.search(text, max(a, ents[p].start - 60), ents[p].start) \
                    or _OF_PARTICIPANTS_AFTER.match(text, ents[p].end) \
                    or (_not_a_share(text, ents[p]) and not adjectival_turnout and not (
                        # a bound, unless it restates the exact figure right before (`15,76%ды, башкача
                        # айтканда, он алты пайызга жетпеген`)
                        _unreached(text, ents[p]) and not any(0 <= ents[p].start - ents[i].end <= 40
                                                              for i in sent.get("PERCENT") if i != p))) \
                    or _changed_by(text, ents[p]) \
                    or gap_or_shortfall(text, ents[p]) or _bound_before_exact(text, ents, sent, p):
                continue  # a share of those who voted (`катышкандардын 79,26 пайызы`) is an answer
            mine = [q for q in qs if a <= q.start < b] + inherited
            voters, electorate = _split_counts(text, mine)
            conf = 0.9 if strong else 0.7
            if not strong and out and isinstance(out[-1], Turnout) and out[-1].percent is None \
                    and last_sent is not None and out[-1].sentence[0] == last_sent \
                    and not _explains_percent(text, out):
                # `9 851 шайлоочу добуш берди. Бул 7,92 пайызды түзөт`: one report
                prev = out.pop()
                voters = voters or prev.voters
            # the scope stated up to the percent's own clause (`явка по стране 18,7%, в
            # Бишкеке — 15,2%`), else anywhere in its window
            comma = _CLAUSE_COMMA.search(text, ents[p].end, min(b, ents[p].end + 30))  # not `3,7 миллион`
            stop = comma.start() if comma else -1
            own = text[a:stop if stop != -1 else min(b, ents[p].end + 30)].lower()
            scope = _scope(own) or (_scope(local) if stop == -1 else None)
            if electorate is None and scope in (None, "country"):
                electorate = _stated_electorate(text, ents, ss, n, voters)
            own = _own_time(text, ents, times, a, p)
            when = own or time_i
            # (a figure whose hour would come from a sentence before: from the sentence's start, past other
            # figures: `после обработки 98% ящиков явка составляла 56,5%` of an election `4 октября 2020 года`)
            other = _OTHER_MOMENT.search(text, a if own is not None or times else sent.start, ents[p].end)
            if own is None and other and not _SAME_HOUR.search(sent.low) and \
                    not (other.group().isdigit() and _year_series(text, ents, sent, pcts)):
                when = None  # `в 2011-м — 60,27%`, `окончательная — 39,16%`: not the hour's figure
            if when is not None and ents[when].start > ents[p].end and \
                    re.search(r"[;:]", text[ents[p].end:ents[when].start]):
                when = carry_time  # a time in a later clause (`1,8% граждан; ... где с 11 утра`) is not the figure's
            out.append(Turnout((sent.start, sent.end), conf, _ref(ents, when),
                               _ref(ents, p), scope, voters, electorate))
            made = True
        if sent.get("PARTY") and not pcts:
            # a count in its own clause before the parties' votes (`Из 1 417 избирателей здесь
            # проголосовали 702; ... у «Ишеним» — 188 голосов`)
            first = ents[sent.get("PARTY")[0]].start
            qs = [q for q in qs if q.end < first and re.search(r"[;:]", text[q.end:first])]
        if not pcts and (strong or points_back) and qs:
            # absolute numbers only: one fact per count of voters
            for q in qs:
                if not _voters_like(text, q) or _not_turnout_count(text, ents, sent, q):
                    continue
                voters, electorate = _split_counts(text, [q], qs)
                if voters is None:
                    continue
                rest = [x for x in qs if x is not q]
                _, electorate = _split_counts(text, rest) if rest else (None, None)
                local = text[max(sent.start, q.start - 40):q.end + 20].lower()
                out.append(Turnout((sent.start, sent.end), 0.7, _ref(ents, time_i), None,
                                   _scope(local), voters, electorate))
                made = True
                if not re.search(r"район|области|облус", sent.low):
                    break
        if made:
            carry_on = True
            # the latest hour of the post so far (`10:00гө ..., 14:00гө ...`; not the earlier hour a
            # comparison names: `к 16:00 — 17,9%, тогда как в 14:00 — 13,4%. Свердловский — 19,1%`),
            # or the one its figures kept: a final figure (`жыйынтыкта катышуу 34,6 пайыз`) passes no
            # report's hour on to the next sentence
            # (the hours its figures took: not a closing hour the sentence names, `работают до 20:00`)
            used = {f.time.index for f in out if f.sentence[0] == sent.start and f.time is not None
                    and f.time.index is not None}
            stated = list(used) + ([carry_time] if carry_time is not None else [])
            # (a comparison with another election's final figure keeps the report's hour: `к 14:00 — 19,6%.
            # Для сравнения, итоговая явка 2017 года — 56,32%. Выше 25% поднялась только Таласская`)
            compared = not used and not times and _COMPARED_TO.search(sent.low) and YEAR.search(sent.text)
            carry_time = max(stated, key=lambda t: ents[t].norm) if used else carry_time if compared else \
                times[-1] if times else None if _FINAL.search(sent.low) else time_i
            last_sent = sent.start
        elif strong and not pcts and not qs and _HEADING.search(sent.low) and \
                not any(sent.get(label) for label in PEOPLE) and not _COMPARED_TO.search(sent.low):
            # a heading (`«Саат 16:00гө карата катышуу»`, `Явка по регионам:`): the figures follow
            carry_on, carry_time = True, time_i
    return _once(out, ss)


def _once(facts: list[Fact], ss: list[_Sent]) -> list[Fact]:
    """One fact per figure and sentence, or per figure and live-blog post: a headline
    repeats the figure of the post (`Катышуу — 26,91% ... бул шайлоочулардын 26,91%ы`,
    `ЦИК: к 10 утра проголосовали 7,9%. ... на 10:00 ... 7,9%`); the counts of either go to
    the one fact kept."""
    post = {s.start: s.s.stamp for s in ss}
    out: list[Fact] = []
    kept: dict[tuple, int] = {}
    for f in facts:
        stamp = post.get(f.sentence[0])
        where = ("post", stamp) if stamp is not None else f.sentence
        key = (where, f.time and f.time.norm, f.percent and f.percent.norm, f.scope)
        if f.percent is None or key not in kept:
            kept.setdefault(key, len(out))
            out.append(f)
            continue
        k = kept[key]
        out[k] = replace(out[k], voters=out[k].voters or f.voters, electorate=out[k].electorate or f.electorate)
    return out
