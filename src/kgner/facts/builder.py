"""`build_facts`: election facts read sentence by sentence from an `Extraction`."""
from __future__ import annotations

import re
from dataclasses import replace

from ..types import Entity, Extraction
from . import keywords_ky as KY
from . import keywords_ru as RU
from .numbers import Quantity, find_quantities, word_count, word_number
from .records import Fact, PartyResult, Ref, StationIncident, Turnout, VoteCast
from .sentences import Sentence, split_sentences


def _compile(*lists: list[str]) -> re.Pattern:
    return re.compile("|".join(f"(?:{p})" for lst in lists for p in lst), re.I)


TURNOUT = _compile(KY.TURNOUT, RU.TURNOUT)
TURNOUT_CARRY = _compile(KY.TURNOUT_CARRY, RU.TURNOUT_CARRY)
NOT_TURNOUT = _compile(KY.NOT_TURNOUT, RU.NOT_TURNOUT)
ELECTORATE = _compile(KY.ELECTORATE, RU.ELECTORATE)
VOTERS = _compile(KY.VOTERS, RU.VOTERS)
VOTE = _compile(KY.VOTE, RU.VOTE)
NOT_VOTE = _compile(KY.NOT_VOTE, RU.NOT_VOTE)
INCIDENT = {k: _compile(KY.INCIDENT[k], RU.INCIDENT[k]) for k in KY.INCIDENT}
NEGATION = _compile(KY.NEGATION, RU.NEGATION)
RESULT = _compile(KY.RESULT, RU.RESULT)
SEATS = _compile(KY.SEATS, RU.SEATS)
VOTES = _compile(KY.VOTES, RU.VOTES)
PRELIMINARY = _compile(KY.PRELIMINARY, RU.PRELIMINARY)

PEOPLE = ("POLITICIAN", "PERSON")
_GENITIVE = re.compile(r"(дун|дын|нун|нын|тун|тын|дүн|түн|нүн|дон|дан|дөн|ден|тан|тен|тон|төн|нан|нен)$")
_APPROX = re.compile(r"^\s*(ашык|ашыг|ашуун|көп|жакын)")
_NOT_VOTERS = re.compile(r"^[\s%)]*(%|пайыз|процент|участ|уик|ушк|тилке|саат|мүнөт|минут|"
                         r"депутат|партия|талапкер|кандидат|мандат|округ|сом|доллар|бюллетен|"
                         r"жыл|год|г\.|делегат|байкоочу|наблюдат|урна|мест|орун)", re.I)
_SCOPES = [
    ("abroad", re.compile(r"чет өлкө|зарубеж|загран|за рубеж|за границ|орусия боюнча", re.I)),
    ("station", re.compile(r"участокто|участкада|на участке|бул участ", re.I)),
    ("district", re.compile(r"район|округунда|округун\b|округа\b", re.I)),
    ("region", re.compile(r"облус|област|ская\b|ской\b", re.I)),
    ("city", re.compile(r"шаар|город|столиц|борбор|горожан|бишкек|\bош(е|то|тогу)?\b|\bоште?\b|токмок|каракол", re.I)),
    ("country", re.compile(r"өлкө боюнча|по стране|по республике|по всей|бирдиктүү|бир округ|"
                           r"республика боюнча|страны|единому|округдар боюнча|одномандатн\w+ округ|"
                           r"по всем округам", re.I)),
]


def _ref(ents: tuple[Entity, ...], i: int | None) -> Ref | None:
    if i is None:
        return None
    e = ents[i]
    return Ref(i, e.start, e.end, e.text, e.norm)


class _Sent:
    """One sentence with the indices of its entities, by label."""

    def __init__(self, text: str, ents: tuple[Entity, ...], s: Sentence, stamps: set[int]):
        self.s, self.start, self.end = s, s.start, s.end
        self.text = text[s.start:s.end]
        self.low = self.text.lower()
        self.idx = [i for i, e in enumerate(ents) if e.start >= s.start and e.end <= s.end]
        self.by = {}
        for i in self.idx:
            if i in stamps:
                continue
            self.by.setdefault(ents[i].label, []).append(i)

    def get(self, label: str) -> list[int]:
        return self.by.get(label, [])


def build_facts(extraction: Extraction) -> tuple[Fact, ...]:
    """Turnout reports, votes cast, station incidents and party results of one text."""
    text, ents = extraction.text, extraction.entities
    if not text or (not ents and not re.search(r"\d", text)):
        return ()  # a count of voters needs no entity (`бюллетени получили 1 584 446 человек`)
    sents = split_sentences(text, ents)
    stamps = {s.stamp for s in sents if s.stamp is not None}
    ss = [_Sent(text, ents, s, stamps) for s in sents]
    facts: list[Fact] = []
    facts += _party_results(text, ents, ss)
    used_pct = {f.percent.index for f in facts if isinstance(f, PartyResult) and f.percent}
    facts += _turnouts(text, ents, ss, used_pct)
    facts += _votes(text, ents, ss)
    facts += _incidents(text, ents, ss)
    facts.sort(key=lambda f: (f.sentence, f.type))
    return tuple(facts)


# ----------------------------------------------------------------- turnout
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
        if q.value < 10 or _year(text, q, rest):
            continue
        out.append(q)
    return out


def _year(text: str, q: Quantity, rest: str) -> bool:
    """`2021-жылы`, `в 2020-м`, `в 2015 году`: a year, not a count of voters."""
    if not (1900 <= q.value <= 2100 and re.fullmatch(r"\d{4}", text[q.start:q.end])):
        return False
    return "жыл" in rest[:6] or rest[:1] in "-–" or re.search(r"\bв\s*$", text[max(0, q.start - 3):q.start]) is not None


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
        before = text[max(0, q.start - 40, floor):q.start].lower()
        after = re.split(r"[.!?](?:\s|$)", text[q.end:q.end + 40].lower())[0]  # this sentence
        after_noun = _APPROX.sub("", after)
        gen = bool(_GENITIVE.search(q.suffix)) and not _APPROX.match(after)
        gen = gen or bool(re.match(r"\s*(\S+\s+)?(шайлоочу|жаран|адам)\w*(нун|дын|нын|дун)\b", after_noun))
        gen = gen or bool(_OUT_OF.match(after_noun))
        part_of = re.search(r"(алардын|из них|из которых)\s*$", before)  # `..., алардын 1 584 446сы`
        elect = not part_of and (
            gen or re.search(r"\bиз\s+((более|свыше|почти|около)\s+)?(чем\s+)?$", before)
            or ELECTORATE.search(after[:30]) or ELECTORATE.search(before[-30:]))
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


def _voters_like(text: str, q: Quantity) -> bool:
    """A count of people: `83 миң 357 шайлоочу`, `339,8 миңи`, `проголосовали 5 056`."""
    if re.search(r"(№|no|n)\s*$", text[max(0, q.start - 3):q.start], re.I):
        return False
    after = _APPROX.sub("", text[q.end:q.end + 40].lower())
    if re.match(r"^\s*[-–]?\s*(мектеп|школ)", after):
        return False
    if re.match(r"^(ы|и|у|ү|сы|си|су|сү|ы|ни|ну|нү|дейи|дайы|чамасы)$", q.suffix):
        return True
    if _APPROX_OF.match(text, q.end):
        return True  # `1 миллион 252 миңге жакыны`, `1 млн 626 миңден ашыгы`: "about that many of them"
    if VOTERS.match(after.strip()[:20]) or re.match(r"^\s*(\S+\s+)?(шайлоочу|адам|жаран|кыргызстандык|киши|граждан|человек|избирател|горожан)", after):
        return True
    before = text[max(0, q.start - 25):q.start].lower()
    if _OUT_OF_BEFORE.search(before):
        return True  # `851 шайлоочудан 459зу`
    return bool(re.search(r"(проголосовал\w*|пришли|участвовал\w*|получили|добуш берүүгө)\s*$", before))


def _clause_end(text: str, start: int, limit: int) -> int:
    """The end of the clause after a figure: 30 characters, or on to the next comma
    (at most 80) since a Kyrgyz clause ends with its verb (`79 пайызы ... долбоорун колдоп,`)."""
    comma = text.find(",", start, min(limit, start + 80))
    return min(limit, max(start + 30, comma if comma != -1 else start + 30))


def _scope(low: str) -> str | None:
    for name, pat in _SCOPES:
        if pat.search(low):
            return name
    return None


_OF_PARTICIPANTS_BEFORE = re.compile(r"(катышкандардын|добуш бергендердин)\s*$", re.I)
_OF_PARTICIPANTS_AFTER = re.compile(r"\s*(участников голосования|проголосовавших|пришедших)", re.I)
_ANAPHORA = re.compile(r"\s*(бул|бу|это)\b", re.I)


_SUBSET = re.compile(r"алардын|из них|из которых|;")  # a part of them, or another clause


def _not_turnout_count(text: str, ents, sent: _Sent, q: Quantity) -> bool:
    """True when the sentence says the count is not a turnout: a cue against turnout
    (`не проголосовали`, `колдоду`), or votes for a candidate (`за Жапарова проголосовали
    более 1,1 млн человек`, `Жээнбековго ... добуш берди`). A cue in a later clause about
    a part of them does not count (`1 миллион 344 миңдейи добуш берди, алардын 1 миллион
    65 миңден ашыгы долбоорду колдогон`)."""
    def about_this(pos: int) -> bool:
        return pos < q.end or _SUBSET.search(text, q.end, pos) is None
    if any(about_this(sent.start + m.start()) for m in NOT_TURNOUT.finditer(sent.low)):
        return True
    return any(about_this(ents[i].start) and (
        re.search(r"\bза\s+$", text[max(0, ents[i].start - 4):ents[i].start]) or _dative(ents[i]))
        for i in sent.get("POLITICIAN") + sent.get("PERSON"))


_TURNOUT_ADJECTIVE = re.compile(r"\s*(катышуу|явк)", re.I)


def _of_a_contender(text: str, ents, sent: _Sent, p: int) -> bool:
    """A candidate's or a party's share, not a turnout: a person just before the percent
    (`Жээнбеков 54,22 пайыз`), or a person or party just after it, joined by `менен` or a
    participle (`6,57 пайыз менен Адахан Мадумаров`, `12,93 пайыз алган Кыргызстан партиясы`)."""
    for i in sent.idx:
        e = ents[i]
        if e.label in PEOPLE and 0 <= ents[p].start - e.end < 30:
            return True
        if e.label in PEOPLE + ("PARTY",) and 0 <= e.start - ents[p].end < 40 and re.fullmatch(
                r"[^\W\d_]*\s+((менен|[^\W\d_]+(ган|ген|гон|гөн|кан|кен|кон|көн))\s+)?[«\"“]?",
                text[ents[p].end:e.start]):
            return True
    return False


def _explains_percent(text: str, out: list[Fact]) -> bool:
    """True when the last fact, a count of voters, follows right after a percent of the
    turnout it spells out (`катышуу 34,6 пайыз. ... 1 миллион 252 миңге жакыны добуш
    берген.`): a percent in the next sentence is another figure, not this count's share."""
    if len(out) < 2 or not isinstance(out[-2], Turnout) or out[-2].percent is None:
        return False
    return not text[out[-2].sentence[1]:out[-1].sentence[0]].strip()


def _own_time(ents, times: list[int], a: int, p: int) -> int | None:
    """The time standing between the previous percent and this one: in an hourly list
    (`саат 10:00гө карата 9,1 пайыз, 14:00гө карата 35,4 пайыз`) each figure has its own."""
    own = [t for t in times if a <= ents[t].start and ents[t].end <= ents[p].start]
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
        times = sent.get("TIME")
        # a sentence after a turnout goes on with it when it names turnout words or points
        # back to it (`Бул болжол менен 22 пайызды түзөт`)
        points_back = carry_on and _ANAPHORA.match(sent.text) is not None  # `Бул 941 миңге жакын шайлоочу`
        if not strong and not points_back and not (carry_on and pcts and TURNOUT_CARRY.search(sent.low)):
            continue
        pcts = [p for p in pcts if not _of_a_contender(text, ents, sent, p)]
        time_i = times[0] if times else carry_time
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
            near = text[near_start:_clause_end(text, ents[p].end, b)].lower()
            adjectival_turnout = _TURNOUT_ADJECTIVE.match(text, ents[p].end)  # `58,89 пайыздык катышуу`
            # a cue right after another percent is that one's (`жети пайыздык босогодон ашып,
            # шайлоочулардын катышуусу 56,50 пайызды түзгөн`: the threshold is the seven)
            own_ends = {ents[i].end - near_start for i in sent.get("PERCENT") if i != p}
            against = any(not any(0 <= m.start() - e <= 3 and not near[e:m.start()].strip() for e in own_ends)
                          for m in NOT_TURNOUT.finditer(near))
            if against or _OF_PARTICIPANTS_BEFORE.search(text, max(a, ents[p].start - 20), ents[p].start) \
                    or _OF_PARTICIPANTS_AFTER.match(text, ents[p].end) \
                    or (_not_a_share(text, ents[p]) and not adjectival_turnout):
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
            stop = text.find(",", ents[p].end, min(b, ents[p].end + 30))
            own = text[a:stop if stop != -1 else min(b, ents[p].end + 30)].lower()
            scope = _scope(own) or _scope(local)
            if electorate is None and scope in (None, "country"):
                electorate = _stated_electorate(text, ents, ss, n, voters)
            out.append(Turnout((sent.start, sent.end), conf, _ref(ents, _own_time(ents, times, a, p) or time_i),
                               _ref(ents, p), scope, voters, electorate))
            made = True
        if not pcts and (strong or points_back) and qs and not sent.get("PARTY"):
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
            carry_time = time_i
            last_sent = sent.start
    return out


# ----------------------------------------------------------------- votes
# voters or deputies as the subject of the vote (`шайлоочулар добуш беришти`), in the
# nominative: `депутаттарын шайлоого катышты` (took part in electing deputies) is a vote
_CROWD_VOTED = re.compile(r"(шайлоочу(лар)?|адам(дар)?|жаран(дар)?|киши(лер)?|депутат(тар)?)(ы)?\s*$|"
                          r"(избирател\w*|граждан\w*|человек|депутат(ы|ов)?)\s*$")


def _vote_clauses(sent: _Sent, prev: _Sent | None) -> list[tuple[int, int]]:
    """Spans (in the text) of the clauses of a sentence that state a vote: a voter stands
    in the clause of the vote (`... ага шайлоочулардын үчтөн экисинен ашыгы добуш берген, ал
    эми Бабанов Талас облусунда ...`: Бабанов did not vote here). A list with no verb
    after a sentence that has it (`Проголосовали лидеры ещё нескольких партий.
    Председатель СДПК Чыныбай Турсунбеков — на участке №1131, ...`) is one clause."""
    if NOT_VOTE.search(sent.low) or sent.get("PERCENT"):
        return []
    matches = [m for m in VOTE.finditer(sent.low) if not _CROWD_VOTED.search(sent.low[:m.start()])]
    if not matches:
        elliptic = prev is not None and VOTE.search(prev.low) and not any(
            prev.get(label) for label in PEOPLE) and sent.get("POLLING_STATION")
        return [(sent.start, sent.end)] if elliptic else []
    joins = [j.end() for j in _CLAUSE_JOIN.finditer(sent.low)]
    spans = []
    for m in matches:
        lo = max([j for j in joins if j <= m.start()], default=0)
        hi = min([j for j in joins if j > m.end()], default=len(sent.low))
        spans.append((sent.start + lo, sent.start + hi))
    return spans


def _votes(text, ents, ss: list[_Sent]) -> list[Fact]:
    out: list[VoteCast] = []
    for n, sent in enumerate(ss):
        prev = ss[n - 1] if n and ss[n - 1].s.stamp == sent.s.stamp and not sent.s.opens_post else None
        clauses = _vote_clauses(sent, prev)
        if not clauses:
            continue
        people = [i for i in sent.idx if ents[i].label in PEOPLE
                  and any(lo <= ents[i].start < hi for lo, hi in clauses)]
        people = [i for i in people
                  if not re.search(r"\bза\s+$", text[max(0, ents[i].start - 4):ents[i].start])
                  and not re.search(r"\(@", text[ents[i].end:ents[i].end + 3])
                  and not re.match(r"\s*(атындагы|имени)", text[ents[i].end:ents[i].end + 12])
                  and not re.match(r"\w*(дын|дин|дун|дүн|тын|тин|тун|түн|нын|нин|нун|нүн)$",
                                   ents[i].text.split()[-1][-3:])
                  and not _dative(ents[i])]
        if not people:
            continue
        stations = sent.get("POLLING_STATION")
        station = stations[0] if stations else None
        own = _own_stations(ents, people, stations, clauses)
        if station is None and n + 1 < len(ss) and ss[n + 1].s.stamp == sent.s.stamp \
                and not ss[n + 1].s.opens_post:
            nxt = ss[n + 1]
            others = [i for i in nxt.idx if ents[i].label in PEOPLE
                      and ents[i].norm not in {ents[p].norm for p in people}]
            if nxt.get("POLLING_STATION") and not others and not VOTE.search(nxt.low) or \
                    (nxt.get("POLLING_STATION") and not others and len(people) == 1):
                station = nxt.get("POLLING_STATION")[0]
        if station is None and n > 0 and ss[n - 1].s.stamp == sent.s.stamp and not sent.s.opens_post:
            prev = ss[n - 1]
            if prev.get("POLLING_STATION") and VOTE.search(prev.low) and \
                    not any(ents[i].label in PEOPLE for i in prev.idx):
                station = prev.get("POLLING_STATION")[0]
        times = [i for i in sent.get("TIME")]
        time_i = times[0] if times else sent.s.stamp
        for p in people:
            st = own.get(p, station)
            out.append(VoteCast((sent.start, sent.end), 0.85 if st is not None else 0.75,
                                _ref(ents, p), _ref(ents, st), _ref(ents, time_i)))
    return _merge_votes(out)


def _own_stations(ents, people: list[int], stations: list[int],
                  clauses: list[tuple[int, int]]) -> dict[int, int]:
    """Each voter's station when a sentence names several voters and stations: the first
    station after the voter and before the next voter (`Бабанов №1112 ... келсе, Ташиев
    №4215 участкада добуш берди`; `Турсунбеков — на участке №1131, Исаев — на участке №1198`)."""
    if len(people) < 2 or len(stations) < 2:
        return {}
    out = {}
    for k, p in enumerate(people):
        nxt = ents[people[k + 1]].start if k + 1 < len(people) else None
        mine = [s for s in stations if ents[s].start > ents[p].end and (nxt is None or ents[s].start < nxt)]
        if mine:
            out[p] = mine[0]
    return out


_DATIVE = re.compile(r"(г|к|н)(а|е|о|ө)$")


def _dative(e: Entity) -> bool:
    """`Равшан Жээнбековго добуш берди`: the one voted for, in the dative, is not the voter."""
    last, base = e.text.split()[-1], e.norm.split()[-1] if e.norm else ""
    return len(last) > len(base) and bool(_DATIVE.search(last[len(base):]))


def _same_person(a: str, b: str) -> bool:
    return a == b or a.split()[-1] == b.split()[-1]


def _merge_votes(votes: list[VoteCast]) -> list[Fact]:
    kept: list[VoteCast] = []
    for v in votes:
        for k, w in enumerate(kept):
            if _same_person(v.person.norm, w.person.norm) and \
                    (v.station is None or w.station is None or v.station.norm == w.station.norm):
                if w.station is None and v.station is not None:
                    kept[k] = replace(v, time=w.time or v.time)
                elif w.time is None and v.time is not None:
                    kept[k] = replace(w, time=v.time)
                break
        else:
            kept.append(v)
    return list(kept)


# ----------------------------------------------------------------- incidents
_EFFECTS = ("closure", "queue")


def _kinds(low: str) -> list[str]:
    """The kinds of problem a sentence states, causes before effects and the first stated
    first: `the scanner broke, voters queued for an hour` is equipment, and so is `voting
    was suspended after a fight` a violation."""
    found = []
    for kind, pat in INCIDENT.items():
        for m in pat.finditer(low):
            if NEGATION.search(low[m.start():m.end() + 30]):
                continue
            found.append((kind in _EFFECTS, m.start(), kind))
            break
    found.sort()
    specific = [k for _, _, k in found if k != "other"]
    return specific or [k for _, _, k in found]


# where one clause of a sentence ends and another, about something else, begins
_CLAUSE_JOIN = re.compile(r",\s*(а|но|ал эми|бирок)\s|;|\w(са|се|со|сө),\s")


def _incidents(text, ents, ss: list[_Sent]) -> list[Fact]:
    out: list[StationIncident] = []
    seen = set()
    for n, sent in enumerate(ss):
        stations = sent.get("POLLING_STATION")
        if not stations:
            continue
        for st in stations:
            kinds = _station_kinds(text, ents, ss, n, st, len(stations) == 1)
            for kind in kinds[:1]:  # one problem per station and sentence
                key = (ents[st].norm, kind)
                if key in seen:
                    continue
                seen.add(key)
                out.append(StationIncident((sent.start, sent.end), 0.8, _ref(ents, st), kind,
                                           sent.text))
    return list(out)


def _station_kinds(text, ents, ss: list[_Sent], n: int, st: int, alone: bool) -> list[str]:
    """The problems stated of one station: in its own clause (`... о подкупе избирателей,
    а на участке № 1196 наблюдателей не допустили`; `№1172 участокто урна иштебей калып,
    ..., №1209 участокто ... даттануулар катталды`), or in the sentence when the station
    is its only one and opens it."""
    sent = ss[n]
    joins = [m.end() for m in _CLAUSE_JOIN.finditer(sent.low)]
    pos = ents[st].start - sent.start
    lo = max([j for j in joins if j <= pos], default=0)
    hi = min([j for j in joins if j > pos], default=len(sent.low))
    kinds = _kinds(sent.low[lo:hi])
    if not kinds and alone and lo == 0:
        kinds = _kinds(sent.low)
    effect = kinds == ["other"] and re.search(r"бере ал(ба|ган жок)|не смогл", sent.low) or \
        bool(kinds) and kinds[0] in _EFFECTS
    if effect:
        # `voters could not vote`, `the station opened late`, `a long queue`: the next
        # sentences of the post usually give the cause (`электр жарыгы өчүп калып, ...`)
        for nxt in ss[n + 1:n + 4]:
            if nxt.s.opens_post or nxt.get("POLLING_STATION"):
                break
            more = [k for k in _kinds(nxt.low) if k not in ("other",) + _EFFECTS]
            if more:
                return more[:1]
    return kinds


# ----------------------------------------------------------------- party results
_NUM_AFTER = re.compile(r"(\d{1,3}(?:[ \u00a0]\d{3})+(?!\d)|\d+(?:[.,]\d+)?)")
_WORD = re.compile(r"[^\W\d_]+")
_CONNECTOR = re.compile(r"^[\s,«»\"“”'()—–-]*(и|жана|,)?[\s,«»\"“”'()]*$", re.I)


_PARTICIPLE = re.compile(r"\w+(ган|ген|гон|гөн|кан|кен|кон|көн)[\s\"“”«»]*$", re.I)
# a clause ends at `;`, `)`, a dash between words, or a comma, but not the comma of a
# Kyrgyz converb chain (`27,35 пайыз добуш топтоп, ... ээлеген СДПК`) nor of a decimal
_CLAUSE_BREAK = re.compile(r"[;)]|\s[—–]\s|(?<![пП]),(?!\s?\d)")
_WITH_SHARE = re.compile(r"\d\s*(%|пайыз)\w*\s+менен[\s\"“”«»]*$", re.I)  # `13,85 пайыз менен Эмгек`
_SHARE_BEFORE = re.compile(r"\d\s*(%|пайыз)\w*[\s\"“”«»]*$", re.I)
_BACKED_AFTER = re.compile(r"[\"“”«»]?\s*(партиясын\w*\s+)?(колдо|тандады|тандашты|добуш бер)", re.I)


def _leading_clause(text: str, party_start: int, floor: int, party_end: int) -> int | None:
    """Where a Kyrgyz clause that gives a party's figures before its name starts, or None:
    a participle clause (`38,25 % алып 8 мандатка ээ болгон Коммунисттер партиясы`) or a
    share of the voters backing the party, the verb after it (`шайлоочулардын 8 пайызы
    "Бир Болду" колдоду`)."""
    before = text[floor:party_start]
    if not _PARTICIPLE.search(before) and not _WITH_SHARE.search(before) and not (
            _SHARE_BEFORE.search(before) and _BACKED_AFTER.match(text, party_end)):
        return None
    breaks = [m.end() for m in _CLAUSE_BREAK.finditer(before)]
    start = floor + (breaks[-1] if breaks else 0)
    clause = text[start:party_start]
    return start if re.search(r"\d|пайыз|процент", clause, re.I) else None


_RESPECTIVELY = re.compile(r"соответственно|тиешелүүлүгүнө жараша|тиешелүү түрдө", re.I)


def _respectively(text, ents, sent, groups: list[list[int]]) -> list[tuple] | None:
    """(percent, votes, seats) of each party of a list whose figures follow in the same
    order (`«Ишеним» и «Ынтымак» получили 12 и 9 мандатов соответственно`), else None."""
    if len(groups) < 2 or not _RESPECTIVELY.search(sent.low):
        return None
    if any(not _CONNECTOR.match(text[ents[groups[g - 1][-1]].end:ents[groups[g][0]].start])
           for g in range(1, len(groups))):
        return None
    tail = ents[groups[-1][-1]].end
    pcts = [i for i in sent.get("PERCENT") if ents[i].start >= tail]
    if len(pcts) == len(groups):
        return [(i, None, None) for i in pcts]
    taken = [(ents[i].start, ents[i].end) for i in sent.idx]
    qs = [q for q in find_quantities(text, tail, sent.end)
          if q.value.is_integer() and not any(a < q.end and q.start < b for a, b in taken)]
    if len(qs) != len(groups):
        return None
    if _SEAT_NOUN.match(text, qs[-1].end):
        return [(None, None, int(q.value)) for q in qs]
    if re.match(r"\s*(голос|добуш)", text[qs[-1].end:qs[-1].end + 12], re.I):
        return [(None, int(q.value), None) for q in qs]
    return None


# `Атамбаев — выдвиженец Социал-демократической партии`: the party's candidate, not the party
_NOMINEE_BEFORE = re.compile(r"(выдвиженец|выдвинут\w*|кандидат от|талапкери)\s*[«\"“]?\s*$", re.I)
# a difference in points, also the first of a list (`0,78 жана 0,37 пайыздык пунктка`)
_POINTS = re.compile(r"(\s*(,|жана|и)\s*\d+(?:[.,]\d+)?)*(\s*(пайыздык\s+)?пункт|\s*п\.\s?п\.)", re.I)
_NUMBER = re.compile(r"\d+(?:[.,]\d+)?")


def _not_a_share(text: str, e: Entity) -> bool:
    """A threshold (`7 пайыздык босого`), a shortfall (`0,54 пайыз жетпеди`) or a
    difference in points (`3,71 пайыздык пункт`, `0,46 п.п.`), not a party's share."""
    return bool(re.search(r"(дык|дик|ный|ного|ным)$", e.text) or
                re.match(r"\W{0,3}(дык|дик)?\s*(босого|барьер|порог)", text[e.end:e.end + 15], re.I) or
                _SHORT_BY.match(text, e.end) or _POINTS.match(text, e.end))


def _respective_seats(text, ents, sent, groups: list[list[int]]) -> list[int] | None:
    """Seats given after a list of parties with their own percents, in the same order
    (`«Өнүгүү-Прогресс» 9,30%, "Бир Бол" 8,52%, «Ата Мекен» 7,72% алып, тиешелүүлүгүнө
    жараша 13, 12 жана 11 мандатка ээ болушту`), else None."""
    cue = _RESPECTIVELY.search(text, ents[groups[-1][-1]].end, sent.end) if len(groups) > 1 else None
    if cue is None:
        return None
    taken = [(ents[i].start, ents[i].end) for i in sent.idx]
    qs = [q for q in find_quantities(text, cue.end(), sent.end)
          if q.value.is_integer() and not any(a < q.end and q.start < b for a, b in taken)]
    qs = qs[:len(groups)]
    if len(qs) != len(groups) or not _SEAT_NOUN.match(text, qs[-1].end) or any(
            not re.fullmatch(r"\s*(,|жана|и)?\s*", text[x.end:y.start]) for x, y in zip(qs, qs[1:])):
        return None
    return [int(q.value) for q in qs]


_SHORT_BY = re.compile(r"\s*(\w+\s+)?(жетпе|не хватил|не хватает)", re.I)  # `0,54 пайыз жетпеди`
_SEATS_FIRST = re.compile(
    r"(?:^|[,;:]\s*|\.\s+)(\d{1,3})\s*(мандат\w*|мест\w*|кресл\w*|кресел|орун\w*)?\s*"
    r"(?:[—–-]|(?:получ|достан|достал|отойд|отход|отда)\w*)?\s*(?:у\s+)?(?:парти\w*\s*)?[«\"“]?\s*$", re.I)


_SEAT_WORDS_FIRST = re.compile(
    r"(?:^|[,;:]\s*|\.\s+)([^\W\d_]+)\s+(?:\w+(?:дык|дик|тык|тик|ских|ские)\s+)?(?:мандат|орун|мест)\w*"
    r"\s*(?:(?:получ|достан|достал|отойд|отход|отда)\w*\s*)?(?:парти\w*\s*)?[«\"“]?\s*$", re.I)


def _seats_before(text: str, floor: int, party_start: int, seats_cue: bool) -> tuple[int, int] | None:
    """(start, seats) when a clause gives a party's seats before its name (`18 мандатов
    получит партия «Кыргызстан»`, `13 мест достанется «Онугуу-Прогрессу»`, `12 — партии
    «Бир Бол»` where seats are spoken of), else None."""
    m = _SEATS_FIRST.search(text[floor:party_start])
    if m is not None and (m.group(2) or (seats_cue and re.search(r"[—–-]", m.group(0)))):
        return floor + m.start(1), int(m.group(1))
    m = _SEAT_WORDS_FIRST.search(text[floor:party_start])  # `Жети депутаттык орунду «Алыянс» ээледи`
    if m is not None and word_number(m.group(1)) is not None:
        return floor + m.start(1), word_number(m.group(1))
    return None


def _figures_after(text, ents, sent, a: int, b: int) -> bool:
    """True when text[a:b] holds a share or a number (not a threshold, a shortfall or a
    difference in points)."""
    inside = [i for i in sent.get("PERCENT") if a <= ents[i].start < b]
    if any(not _not_a_share(text, ents[i]) for i in inside):
        return True
    percents = [(ents[i].start, ents[i].end) for i in inside]
    numbers = _NUMBER.finditer(text, a, b)
    return any(not any(x <= m.start() < y for x, y in percents) and not _POINTS.match(text, m.end())
               for m in numbers)


_FIGURE_JUST_BEFORE = re.compile(r"(\d[\d\s,.]*\s*(%|пайыз\w*|процент\w*)?)[\s\"“”«»—–-]*$", re.I)


def _figures_before(text, ents, sent, groups: list[list[int]]) -> list[int] | None:
    """Where each party's figure starts when a list puts every figure just before its
    party and none after the last one (`2,34% Чоң Казатка, 2,15% Замандашка, 2,13%
    Социал-демократтарга туура келди`), or a lone party's figure stands earlier in its
    clause (`Экинчи орунду 20,21 пайыз менен «Кыргызстан» партиясы ээледи`); None for the
    usual party-first order."""
    last_end = ents[groups[-1][-1]].end
    if len(groups) == 1:
        breaks = [m.end() for m in _CLAUSE_BREAK.finditer(text, sent.start, ents[groups[0][0]].start)]
        floor = breaks[-1] if breaks else sent.start
        pcts = [i for i in sent.get("PERCENT") if floor <= ents[i].start < ents[groups[0][0]].start]
        if len(pcts) != 1 or _figures_after(text, ents, sent, last_end, sent.end):
            return None
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


# `СДПК, которую поддержали почти 28% избирателей`: the party's own share of the vote
_OF_VOTERS = re.compile(r"\s*(избирател|шайлоочулардын|голос|добуш)", re.I)


def _party_results(text, ents, ss: list[_Sent]) -> list[Fact]:
    out: list[Fact] = []
    pre_seen = False
    for sent in ss:
        if PRELIMINARY.search(sent.low):
            pre_seen = True
        parties = sent.get("PARTY")
        if not parties or not RESULT.search(sent.low) or re.search(r"\bсом\b|доллар", sent.low):
            continue
        # consecutive mentions of one party (`Ата-журт` ("Отечество")) are one group
        groups: list[list[int]] = []
        for p in parties:
            if groups and ents[groups[-1][-1]].norm == ents[p].norm and \
                    len(text[ents[groups[-1][-1]].end:ents[p].start]) < 60:
                groups[-1].append(p)
            else:
                groups.append([p])
        seats_cue, votes_cue = bool(SEATS.search(sent.low)), bool(VOTES.search(sent.low))
        lead = [_leading_clause(text, ents[group[0]].start,
                                ents[groups[g - 1][-1]].end if g else sent.start, ents[group[-1]].end)
                for g, group in enumerate(groups)]
        pre = pre_seen or bool(PRELIMINARY.search(sent.low))
        paired = _respectively(text, ents, sent, groups)
        if paired is not None:
            for group, (pct, votes, seats) in zip(groups, paired):
                out.append(PartyResult((sent.start, sent.end), 0.8, _ref(ents, group[0]), _ref(ents, pct),
                                       votes, seats, pre, None))
            continue
        before = _figures_before(text, ents, sent, groups)
        seats_later = _respective_seats(text, ents, sent, groups)
        seats_first = [_seats_before(text, ents[groups[g - 1][-1]].end if g else sent.start,
                                     ents[group[0]].start, seats_cue)
                       for g, group in enumerate(groups)]
        pending: list[int] = []
        for g, group in enumerate(groups):
            head = group[0]
            a = ents[group[-1]].end
            b = ents[groups[g + 1][0]].start if g + 1 < len(groups) else sent.end
            if before is not None:
                a, b = before[g], ents[head].start
            elif g + 1 < len(groups) and lead[g + 1] is not None:
                b = lead[g + 1]  # the next party's figures stand before it
            elif g + 1 < len(groups) and seats_first[g + 1] is not None:
                b = seats_first[g + 1][0]  # `..., 12 — партии «Бир Бол»`: the 12 is the next party's
            if before is None:
                semi = text.find(";", a, b)
                b = semi if semi != -1 else b  # `...; андан кийинки сапта ...`: another clause
            after = (a, b)
            leading = before is None and lead[g] is not None and not _figures_after(text, ents, sent, a, b)
            if leading:
                a, b = lead[g], ents[head].start
            seg = text[a:b]
            if any(ents[i].label in PEOPLE and a <= ents[i].start < b for i in sent.idx) or \
                    re.search(r"получивш(ий|его|ему|им)\b|кандидат|талапкер", seg, re.I) or \
                    _NOMINEE_BEFORE.search(text, max(sent.start, ents[head].start - 40), ents[head].start):
                pending = []
                continue
            figures = [i for i in sent.get("PERCENT") if a <= ents[i].start < b and not _not_a_share(text, ents[i])]
            # the party's own figure: the first after its name, the last before it
            pct = (figures[-1] if leading or before is not None else figures[0]) if figures else None
            if pct is not None and (ents[pct].start - a > 60 and not leading or (
                    re.search(r"поддерж|колдо|депутат", text[a:ents[pct].start], re.I) and
                    not _OF_VOTERS.match(text, ents[pct].end))):
                pct = None  # a percent of someone the party backs, unless of the voters
            votes, seats, pct_value = _counts(text, ents, sent, a, b, pct, seats_cue, votes_cue)
            if seats is None and leading and seats_cue:
                seats = _counts(text, ents, sent, *after, None, seats_cue, False)[1]  # `... Ынтымак партиясынын үлүшүнө тогуз депутаттык орун тийди`
            if seats is None and seats_first[g] is not None and before is None:
                seats = seats_first[g][1]
            if seats_later is not None:
                seats = seats_later[g]
            if pct is None and votes is None and seats is None and pct_value is None:
                if _CONNECTOR.match(seg):
                    pending.append(head)
                else:
                    pending = []
                continue
            distributive = re.search(r"\bпо\s|ден\b|дан\b|тен\b|тан\b|дон\b|тон\b", seg[:30], re.I)
            heads = pending + [head] if distributive else [head]
            pending = []
            pre = pre_seen or bool(PRELIMINARY.search(sent.low))
            for h in heads:
                out.append(PartyResult((sent.start, sent.end), 0.85, _ref(ents, h), _ref(ents, pct),
                                       votes, seats, pre, pct_value))
    return out


# How far after a party's name its figures stand: a bare number right after it (`СДПК –
# 38`), a number with its unit word (`получила 17 мест (37 903 голоса)`) a bit further.
_NEAR, _FAR = 25, 60
_NOT_A_COUNT = re.compile(r"\s*(год|лет|жыл|жаш)")
# `28 кресел`, `11 депутатскими креслами`, `8 мандатка`
_SEAT_NOUN = re.compile(r"\s*(\w+(ими|ыми|ых|их|ие|ые)\s+)?(мандат(?!туу|тык|н)|орун|мест|кресл|кресел)", re.I)


# `120 орундун отуз сегизин`, `90 мандаттын 38ин`: a count of the seats of a whole
_OF_SEATS = re.compile(r"\d+\s+(?:орундун|мандаттын|орундан|мандаттан)\s+((?:[^\W\d_]+\s+)?[^\W\d_]+|\d+\w*)", re.I)
# `беш мандатка көп алды`, `жыйырма үч орун жетишпей`: a difference, not a count
_SEAT_DIFFERENCE = re.compile(r"\w*\s+(көп|аз|артык|кем|жетишпе|жетпе|больше|меньше|не хват)", re.I)


def _seat_words(text: str, a: int, b: int) -> int | None:
    """Seats written in words in text[a:b]: with the seat noun after them (`тогуз
    депутаттык орун`, `он беш мандатка`), or bare right after the party (`"Замандаш" алты`)."""
    words = _WORD.findall(text[a:b])
    for k in range(min(len(words), 8)):
        counted = word_count(words, k)
        if counted is None:
            continue
        v, used = counted
        follow = " ".join(words[k + used:k + used + 3]).lower()
        noun = re.match(r"(\w+ )?(мандат(?!туу|тык)|орун|мест)\w*", follow)
        if noun:
            if _SEAT_DIFFERENCE.match(follow, noun.end()):
                return None
            return v
        if k == 0 and len(words) == used:
            return v  # the segment is the number alone
    return None


def _counts(text, ents, sent, a, b, pct, seats_cue, votes_cue):
    """Votes, seats and a bare percentage in text[a:b], the part after one party."""
    votes = seats = pct_value = None
    taken = [(ents[i].start, ents[i].end) for i in sent.idx]
    of_seats = _OF_SEATS.search(text, a, b)  # `120 орундун отуз сегизин`: 38 of 120 seats
    if of_seats and of_seats.start() - a <= _FAR:
        part = of_seats.group(1)
        counted = word_count(_WORD.findall(part), 0) if not part[:1].isdigit() else None
        seats = counted[0] if counted else int(re.match(r"\d+", part).group()) if part[:1].isdigit() else None
    for q in find_quantities(text, a, b):
        if any(x < q.end and q.start < y for x, y in taken) or (of_seats and of_seats.start() <= q.start < of_seats.end()):
            continue
        rest = text[q.end:q.end + 15].lower()
        before = text[max(a, q.start - 2):q.start]
        if _NOT_A_COUNT.match(rest) or q.start - a > _FAR:
            continue  # an age or a year (`которому 41 год`); a figure of another clause
        if _SEAT_NOUN.match(text, q.end):
            if not _SEAT_DIFFERENCE.match(text, _SEAT_NOUN.match(text, q.end).end()):
                seats = seats or int(q.value)
        elif re.match(r"\s*(добуш|голос)", rest) or (q.value >= 100 and re.match(r"\s*\(", rest)):
            votes = votes or int(round(q.value))
        elif q.value >= 100 and q.value.is_integer() and "(" in before and re.match(r"\s*\)", rest):
            votes = votes or int(q.value)  # `— 20,21 пайыз (3 505)`
        elif q.value >= 100 and re.match(r"\s*(человек|избирател|шайлоочу|адам)", rest) and \
                VOTE.search(text[a:q.start].lower()):
            votes = votes or int(round(q.value))  # `за партию проголосовали 430 тысяч 661 человек`
        elif "(" in before and re.match(r"\s*\)", rest) and not q.value.is_integer() and pct is None:
            pct_value = q.value
        elif pct is None and not q.value.is_integer() and q.value < 100 and sent.get("PERCENT") and \
                re.fullmatch(r"[\s»\"”]*[—–-]\s*", text[a:q.start]):
            pct_value = q.value  # `у «Ата-Мекена» — 3,48` in a list of percents
        elif q.start - a > _NEAR:
            continue
        elif q.value.is_integer() and q.value < 200 and seats_cue and not votes_cue:
            seats = seats or int(q.value)
        elif q.value.is_integer() and votes_cue and not seats_cue and (q.value >= 100 or pct is None):
            votes = votes or int(round(q.value))
    if seats is None and seats_cue:
        seats = _seat_words(text, a, b)
    if pct is None and pct_value is None and not seats and not votes:
        pass
    return votes, seats, pct_value
