"""Votes cast: a named person who voted, with the polling station and the time."""
from __future__ import annotations

import re
from dataclasses import replace

from .common import (_GENITIVE_NAME, _SAME_STATION, NOT_VOTE, PEOPLE, VOTE, _CLAUSE_JOIN, _dative, _ref,
                     _Sent, _station_before)
from .records import Fact, VoteCast


# voters or deputies as the subject of the vote (`шайлоочулар добуш беришти`), in the
# nominative: `депутаттарын шайлоого катышты` (took part in electing deputies) is a vote
_CROWD_VOTED = re.compile(r"(шайлоочу(лар)?|адам(дар)?|жаран(дар)?|киши(лер)?|депутат(тар)?)(ы)?\s*$|"
                          r"(избирател\w*|граждан\w*|человек|депутат(ы|ов)?)\s*$")


# a count of voters after the verb (`к 11:00 здесь проголосовали 318 из 2 054`): a turnout
_COUNT_VOTED = re.compile(r"\w*\s+(уже\s+|почти\s+|около\s+|более\s+)?\d[\d\s]*(из\b|человек|избирател|шайлоочу|адам)")


# a count of voters before the verb (`1 870 шайлоочунун 312си бюллетень алды`), and voters the
# participle describes (`добуш берген ар бир шайлоочуга ыраазычылык`): turnout and thanks, no one's vote
_COUNT_BEFORE = re.compile(r"(?<![\d:.№])(?<!№\s)\d+[а-яөүң]{0,4}\s+$")  # not an hour (`9:30да`) nor a station (`№1035`)
_VOTERS_AFTER = re.compile(r"\s+(ар бир\s+|бардык\s+|[\d\s]+)?(шайлоочу|адам|жаран|киши|избирател|граждан)")


def _genitive_of_next(text: str, ents, sent: _Sent, i: int) -> bool:
    """A Russian surname in the genitive right before another person (`соперник Жээнбекова
    Омурбек Бабанов`): the person the next one is named by, not a voter. A surname alone: a
    woman's full name before another's (`Айсулуу Мамашова Омурбек Бабанов менен`) is a voter."""
    nxt = next((j for j in sent.idx if ents[j].start > ents[i].end), None)
    return nxt is not None and ents[nxt].label in PEOPLE and text[ents[i].end:ents[nxt].start] == " " \
        and " " not in ents[i].text and ents[i].text.endswith(("ова", "ева", "ина", "ёва"))


# a candidate's count in a protocol (`Бабанов — 612 голосов, Жээнбеков — 391,`), not a voter;
# not an age (`(58 лет)`) nor an hour (`— 9:30 —`)
_PROTOCOL_COUNT_AFTER = re.compile(r"\s*[—–-]\s*\d[\d\s]*(?![\d:.,]\d)(\s*(голос|добуш|бюллетен)|\s*[,;.]|\s*$)")
# a vote placed at another part of the day than the post's hour
_OTHER_HOUR = re.compile(r"\b(утром|с утра|дн[её]м(?!\s+(голосования|выборов))|вечером|эртең менен|эрте менен|кечинде|түштө)\b")
_ELLIPTIC_VOTE = re.compile(r"[—–]\s*(на\s+(избирательном\s+)?участке|в\s+\w+|№\s?\d)")


def _vote_clauses(sent: _Sent, prev: _Sent | None) -> list[tuple[int, int]]:
    """Spans (in the text) of the clauses of a sentence that state a vote: a voter stands
    in the clause of the vote (`... ага шайлоочулардын үчтөн экисинен ашыгы добуш берген, ал
    эми Бабанов Талас облусунда ...`: Бабанов did not vote here). A list with no verb
    after a sentence that has it (`Проголосовали лидеры ещё нескольких партий.
    Председатель СДПК Чыныбай Турсунбеков — на участке №1131, ...`) is one clause."""
    if NOT_VOTE.search(sent.low) or sent.get("PERCENT"):
        return []
    matches = [m for m in VOTE.finditer(sent.low) if not _CROWD_VOTED.search(sent.low[:m.start()])
               and not _COUNT_VOTED.match(sent.low, m.end())
               and not _COUNT_BEFORE.search(sent.low, max(0, m.start() - 12), m.start())
               and not (m.group().endswith(("ген", "кен", "ган", "кан")) and (
                   _VOTERS_AFTER.match(sent.low, m.end()) or sent.low.startswith(("дер", "лер"), m.end())))]  # `бергендердин`
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
    # `..., а Клара Сооронкулова — на участке №1046`: a later clause with the verb left out
    bounds = [0] + joins + [len(sent.low)]
    for lo, hi in zip(bounds, bounds[1:]):
        if lo > matches[0].end() and _ELLIPTIC_VOTE.search(sent.low, lo, hi):
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
                  and not _GENITIVE_NAME.search(ents[i].text)
                  and not _dative(ents[i])
                  and not _PROTOCOL_COUNT_AFTER.match(text, ents[i].end)
                  and not _genitive_of_next(text, ents, sent, i)]
        if not people:
            people = _pronoun_voter(text, ents, sent, prev, clauses)
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
        if station is None and _SAME_STATION.search(sent.low):
            station = _station_before(ss, n)  # `... ошол эле участокто саат 11:00дө добуш берген`
        times = [i for i in sent.get("TIME")]
        # the post's hour, unless the sentence puts the vote at another part of the day (`утром`)
        other_hour = any(_OTHER_HOUR.search(sent.low, lo - sent.start, hi - sent.start) for lo, hi in clauses)
        time_i = times[0] if times else None if other_hour else sent.s.stamp
        for p in people:
            st = own.get(p, station)
            out.append(VoteCast((sent.start, sent.end), 0.85 if st is not None else 0.75,
                                _ref(ents, p), _ref(ents, st), _ref(ents, time_i)))
    return _merge_votes(out)


_PRONOUN = re.compile(r"(?:^|\s)(он|она|ал(?! эми))\s", re.I)  # not `ал эми` (while)


def _pronoun_voter(text, ents, sent: _Sent, prev: _Sent | None, clauses) -> list[int]:
    """`... — заявил лидер партии Адахан Мадумаров. В день выборов он проголосовал на участке
    №1124`: a pronoun voter is the one person named just before, earlier in the sentence
    (`Роза Отунбаева да ...; ал №1020 участкада шайлоого катышты`) or in the sentence before."""
    pronoun = next((m for lo, hi in clauses if (m := _PRONOUN.search(text, lo, hi))), None)
    if pronoun is None:
        return []
    for scope in (sent, prev):
        if scope is None:
            continue
        named = [i for i in scope.idx if ents[i].label in PEOPLE and ents[i].end <= pronoun.start()
                 and not _GENITIVE_NAME.search(ents[i].text) and not _dative(ents[i])]
        if named:
            return named[-1:] if len({ents[i].norm for i in named}) == 1 or scope is sent else []
    return []


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
