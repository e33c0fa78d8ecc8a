"""The party a sentence is about when it does not name it, or names it beside another.

News follows one party over several sentences (`«Ынтымак» үчүнчү сапка бекиди. Ал ... тогуз
мандатка ээ болду. Жазында бул партия ... 7,37 пайыз менен ...`), measures it against another
(`экинчи орундагы «Ак батадан» 1,47 пункт алдыда`) and lists bare counts after a sentence
that said what they count. `party_results` keeps the party in focus; these helpers find
what stands for it and give it its figures.
"""
from __future__ import annotations

import re

from .common import (ABLATIVE_END, ACCUSATIVE_END, _CLAUSE_BREAK, _CLAUSE_JOIN, _LEADS, PEOPLE, PRELIMINARY,
                     VOTES, _ref, _Sent, declined, seats_spoken_of)
from .counts import NO_SEATS, _counts, _far_seats, _seat_words
from .numbers import KY_WORDS, RU_WORDS
from .records import PartyResult
from .shares import latest_of, next_share, not_the_share


_NUMBER_WORDS = "|".join(sorted(KY_WORDS.keys() | RU_WORDS.keys(), key=len, reverse=True))


# `партия` alone standing for the party the sentence before named: not `партия «X»`, not
# a party of some count (`бир да партия`, `ни одна партия`, `15 партия`)
_PARTY_ANAPHOR = re.compile(r"(?<![\w-])(партия|партиясы|партиянын|партияга|партии|партию|партией|политсил\w+|партиябыз\w*"
                            r"|(?:бул|баштаган|жетектеген) (саясий )?күч|анын (үлүшү|көрсөткүчү|жыйынтыгы|натыйжасы)|н?е[её] (результат|доля)"
                            r"|ал(?!\s+(эми|эле|жерде|үчүн|тургай|турсун|гана эмес|тургай)\b)"
                            r"|она(?=\s+(набрал|получил|взял|собрал|заняла))|за не[её]|у не[её]|ага"
                            r"|ей(?=\s+(достанет|достанут|достает|достаю|досталось|достались|полагает|отходит|отойдут|отойдет))"  # `Ей достанется 12 мандатов`
                            # `they` with a plural verb of getting: `Алар 47,99 пайыз алышты`
                            r"|алар(?=[^.!?]{0,60}(алышты|топтошту|ээ болушту|утушту|жетишти))"
                            # a party's leader quoted: `«Мы набрали 13,61 процента`, `"У нас 23,88 процента`,
                            # `«Биз 11 пайыз добуш алып, тогуз мандатка ээ болдук`
                            r"|мы(?=\s+(набрал|получил|получаем|взял|набира))|у нас"
                            r"|биз(?=[^.!?]{0,80}(алдык|топтодук|ээ болдук|жеттик|утуп алдык)))(?![\w-])"
                            r"(?!\s*[«\"“])", re.I)
_COUNTED = re.compile(rf"(\d|\b(бир да|ни одна|ни одной|каждая|каждой|ар бир|бардык|все|ни|ар|{_NUMBER_WORDS})"
                      r"|\w+(дык|дик|тык|тик|ая|ой|ий|ый)(?<!жыйынтык))\s*$", re.I)  # not the noun `жыйынтык`
# the party of some rank, another one than the party in focus: `Экинчи орундагы партия 28 мандат алды`
_RANKED = re.compile(r"\bорундагы\s*$", re.I)


_ITS_PEOPLE = re.compile(r"(?:лидер|член|представител|депутат|кандидат|выдвиженц)\w*\s+$", re.I)
# its people after the Kyrgyz genitive: `партиянын лидеринин өзү ... 18,3 пайыз`, `Партиянын Жалал-Абад
# облусундагы округдан көрсөткөн талапкери 11,3 пайыз алып`
_SAYS = re.compile(r"\b(?:деп|айтты|билдирди|белгиледи|атады|эске салды|жарыялады|моюнга алды)\b", re.I)
_ITS_PEOPLE_AFTER = re.compile(r"[^.,;:\d]{0,60}?(?<![\w-])(?:лидер|талапкер|кандидат|мүчө|өкүл|депутат)\w*", re.I)
_FOCUS_SPAN = 2  # sentences that name no party between a party and what stands for it
_PRONOUN = re.compile(r"ал|алар|ага|анын \w+")  # Kyrgyz pronouns have no gender: he, she or it


# a person named as the one who says it (`Маматалиевдин айтымында, партия 11 пайыз ...`, `По словам
# Бапановой, партия ...`), before the word for the party: the source, not a contender
_SAID_BY_AFTER = re.compile(r"\w*\s*(?:айтымында|сөзүнө\s+караганда|пикиринде|билдиргендей|маалыматы\s+боюнча)", re.I)
_SAID_BY_BEFORE = re.compile(r"\b(?:по\s+(?:словам|мнению|оценке|данным)|как\s+(?:сообщил|заявил|отметил)\w*)\s+(?:[\w-]+\s+){0,3}$", re.I)


# or after the quote it said (`«Мы получили 12,93 процента ...», — сказал Исаев`)
_SAID_RIGHT_BEFORE = re.compile(r"[»\"”]?,?\s*[—–-]?\s*(?:сказал|заявил|отметил|добавил|подчеркнул|пояснил|рассказал)\w*\s+"
                                r"(?:[\w-]+\s+){0,2}$", re.I)


def _speaker(text: str, person, before: int) -> bool:
    if person.start > before:
        return _SAID_RIGHT_BEFORE.search(text, max(0, person.start - 40), person.start) is not None
    return _SAID_BY_AFTER.match(text, person.end) is not None or \
        _SAID_BY_BEFORE.search(text, max(0, person.start - 60), person.start) is not None


_REQUIRED = re.compile(r"нужно|должн|необходим|требу|керек|тийиш|зарыл")


def _owner_after(text: str, anaphor: re.Match, person) -> bool:
    """A person in the genitive right after `партия` owns it: `партия Камчыбека Ташиева набрала 3,1%`."""
    return declined(person) and not text[anaphor.end():person.start].strip()


def _party_anaphor(text: str, sent: _Sent) -> re.Match | None:
    """The first `партия` of the sentence that points back to a party named before it."""
    for m in _PARTY_ANAPHOR.finditer(text, sent.start, sent.end):
        if _ITS_PEOPLE.search(text, max(sent.start, m.start() - 20), m.start()):
            continue  # its people, not the party (`Один из лидеров партии ... получил 18,4%`)
        if m.group(0).lower() == "партиянын" and _ITS_PEOPLE_AFTER.match(text, m.end(), sent.end) \
                and not _SAYS.search(text, m.end(), sent.end):
            continue  # (unless they tell the party's figures: `Партиянын лидери ... 12,38 пайыз алып, экинчи орунга
            # чыкканын ... деп атады`)
        if _RANKED.search(text, max(sent.start, m.start() - 15), m.start()):
            return None  # the sentence is about the party of that rank, not the one in focus
        if not _COUNTED.search(text, max(sent.start, m.start() - 15), m.start()):
            return m
    return None


_THIS_LEAD = re.compile(r"\W*(?:Это|Бул)\b(?!\s+жолу)[^.,;:\d]{0,40}", re.I)  # not `Бул жолу` (this time)


def _figures_of_named(text, ents, sent: _Sent, party: int, pre_seen: bool,
                      unfigured: bool, person_beside: bool, limit: int) -> PartyResult | None:
    """Figures of a sentence that names no party (or only parties measured against another),
    given to the party in focus, named alone up to three sentences before: figures before
    `limit` (the first party measured against) that open the sentence when the party had none
    in the sentence right before (`Ата-Журт
    Кыргызстан партиясы биринчи орунда. Он жети бүтүн жүздөн отуз эки пайыз, он беш
    мандат.`), or figures right after (or just before) `партия` standing for it (`Партия
    3,48 пайыз добуш менен ... өтө алган жок`, `по данным ЦИК, партия получила 17,32% и 15
    мандатов`, `с 7,13% партия преодолевала барьер`); a pronoun (`ал`) only when no person
    was named beside the party (`person_beside`)."""
    anaphor = _party_anaphor(text, sent)
    # someone the figures could be of, other than its leaders named right before what stands for
    # the party (`Мирлан Жээнчороев жана Жанарбек Акаев баштаган бул саясий күч`)
    if any(ents[i].label in PEOPLE and (anaphor is None or not _LEADS.fullmatch(text, ents[i].end, anaphor.start()))
           and not (anaphor is not None and _speaker(text, ents[i], anaphor.start()))
           and not (anaphor is not None and _owner_after(text, anaphor, ents[i])) for i in sent.idx):
        return None
    pcts = [i for i in sent.get("PERCENT") if not not_the_share(text, ents[i], sent.start) and ents[i].start < limit]
    if anaphor is not None and person_beside and _PRONOUN.fullmatch(anaphor.group(0).lower()):
        anaphor = None  # `ал`, `она` may stand for the person named beside the party
    if anaphor is not None and _REQUIRED.search(sent.low):
        return None  # `партии нужно набрать 5% голосов`: what a party must get
    # (or a share restating the count before, opened by `Это`/`Бул`: `«Ынтымак» получил 1 874 голоса. Это
    # 38,6% от числа проголосовавших`, `Бул шайлоого катышкандардын 17,32 пайызын түзөт`)
    opening = pcts and ((unfigured and not re.search(r"\w", text[sent.start:ents[pcts[0]].start]))
                        or _THIS_LEAD.fullmatch(text, sent.start, ents[pcts[0]].start))
    pct = a = None
    if opening:
        pct = pcts[0]
    elif anaphor is not None:
        after = [i for i in pcts if 0 <= ents[i].start - anaphor.end() <= 80]
        # `8,35 пайыз добуш алган партия`, `с 7,13% партия`: just before, in its clause
        before = [i for i in pcts if 0 <= anaphor.start() - ents[i].end <= 40
                  and not _CLAUSE_BREAK.search(text, ents[i].end, anaphor.start())]
        latest = latest_of(text, ents, after, sent.start)
        pct = (after[0] if latest is None else latest) if after else (before[-1] if before else None)
        a = anaphor.end()
    else:
        return None
    if pct is not None:
        a = max(a or 0, ents[pct].end)
    stop = text.find(".", a, sent.end)
    b = stop if stop != -1 else sent.end
    join = _CLAUSE_JOIN.search(text, a, b)
    b = join.start() if join else b
    seats_cue = seats_spoken_of(sent.low)
    votes, seats, _ = _counts(text, ents, sent, a, b, pct, seats_cue, False)
    seats = seats or _seat_words(text, a, b)
    if seats is None and seats_cue and anaphor is not None and pct is not None and anaphor.end() < ents[pct].start:
        # between the word for the party and its share (`партия получит девять мандатов из 21, набрав 36,5%`)
        seats = _far_seats(text, anaphor.end(), ents[pct].start)
    if seats is None and seats_cue:  # `Партия 7,72 пайыз добуш алып, ... жана Жогорку Кеңештен 11 орунга ээ болду`
        semicolon = text.find(";", a, sent.end)  # not past a later figure, nor into another clause
        seats = _far_seats(text, a, min(next_share(text, ents, sent, a, b), semicolon if semicolon != -1 else sent.end))
    if votes is None and anaphor is not None and pct is not None and anaphor.end() < ents[pct].start:
        # votes between the word for the party and its share (`Жеңүүчү партия 4 812 добуш алды, бул 41,3
        # пайызды түзөт`, `Партия, которая ... набрала 43 509 голосов (3,48%)`)
        votes = _counts(text, ents, sent, anaphor.end(), ents[pct].start, None, False, True)[0]
    if seats is None and (pct is not None or votes is not None) and NO_SEATS.search(text, a, b):
        seats = 0  # `партия набрала 4,46% голосов и не получила мандатов`
    if pct is None and seats is None and (votes is None or anaphor is None or not _GOT_VOTES.match(text, anaphor.end())):
        return None  # (votes alone only where the party got them: `партия получила 470 806 голосов`, `Ал 5 миң
        # 190 добушка ээ болду`)
    pre = pre_seen or bool(PRELIMINARY.search(sent.low))
    return PartyResult((sent.start, sent.end), 0.7, _ref(ents, party), _ref(ents, pct), votes, seats, pre, None)


_GOT_VOTES = re.compile(r"[^.;,]{0,30}?(?:получил|набрал|собрал|топтоду|топтогон|алды|алган|ээ болду|ээ болгон)", re.I)
_BARE_COUNTS = re.compile(r"(?<![\d№])(?<!№\s)\d{1,6}(?:\s\d{3})?(?:[а-яөүң]{0,3})?\s*[,;–—-]?\s*(?:парти\w*\s+)?[«\"“]?\s*[А-ЯӨҮҢ]"
                          r"|[»\"”]\s*[–—-]\s*\d{1,6}\b|[»\"”]\s*\(\s*\d{1,6}\s*\)"  # `«Реформа» (87)`
                          r"|[»\"”]\s*\(\s*\d{1,3}\s+(?:тысяч\w*|тыс\.?|миң)\s+\d{1,3}\s*\)"  # `«Бир Бол» (1 тысяча 318)`
                          rf"|(?<![\w-])(?i:{_NUMBER_WORDS})\s*[–—-]\s*[«\"“]?\s*[А-ЯӨҮҢ]")  # `тридцать восемь — СДПК`


def _cue_of_sentence_before(ss: list[_Sent], n: int) -> str | None:
    """"seats" or "votes" when sentence n lists parties with bare counts (at least two) and
    the sentence before, of the same post, spoke of seats or of votes alone; "votes" when it
    spoke of neither and the post is about a numbered station (a protocol, three counts or more)."""
    bare = len(_BARE_COUNTS.findall(ss[n].text))
    if n == 0 or ss[n - 1].s.stamp != ss[n].s.stamp or bare < 2:
        return None
    low = ss[n - 1].low
    seats, votes = seats_spoken_of(low), bool(VOTES.search(low))
    if not seats and not votes and bare >= 3 and any(s.get("POLLING_STATION") for s in ss[:n] if s.s.stamp == ss[n].s.stamp):
        return "votes"  # a station's protocol: `№1209-участканын жыйынтыгы. ... «Эмгек» — 118, «Ак Бата» — 97, ...`
    return "seats" if seats and not votes else "votes" if votes and not seats else None


# ahead of it or behind it: `«Ак батадан» 1,47 пункт алдыда`, `«Ата-Журттан» үч пайыздан ашык артта калды`
_AHEAD_OF = re.compile(r"[»\"”]?\s+([\d,.]+\s*(пункт|пайыз)\w*\s+|(бир|эки|үч)\s+\w+\s+)?((ашык|ашуун|гана)\s+)?"
                       r"(алдыда|озуп|жогору|артта)", re.I)
_LEFT_BEHIND = re.compile(r"[»\"”]?\s+[^.;]{0,50}?\b(артта калтыр|озуп кет)", re.I)
_OUTRUN_RU = re.compile(r"(опереди\w*|обогна\w*|обош\w*|отста\w* от|уступ\w*|\bмест[оа]\s+после|вслед за)\s*(?:лишь\s+|только\s+)?"
                        r"(партии\s*|партию\s*)?[«\"“]?\s*$",
                        re.I)  # also `заняла второе место после «Эмгека»`
# a partner the subject ran with: `«Республика», которая в союзе с «Ата-Журтом» брала 20,08%`
_PARTNER_RU = re.compile(r"(в союзе|вместе|в блоке|в коалиции|в связке|в тандеме|единым списком|совместно)\s+с\s*[«\"“]?\s*$", re.I)


def _compared_with(text: str, e, end: int) -> bool:
    """The party another one is measured against: in the ablative before a lead (`«Ак
    батадан» 1,47 пункт алдыда`), the object of `артта калтырды`, after `опередив`; a partner
    the subject ran with (`в союзе с «Ата-Журтом»`) gives its figures to the subject too."""
    glued = re.match(r"[»\"”]([а-яөүң]{1,4})\b", text[e.end:e.end + 6])
    abbreviation = re.fullmatch(r"[А-ЯӨҮҢ]{2,}-?([а-яөүң]{1,4})", e.text)  # `КЭДПден`: an abbreviation's ending
    suffix = glued.group(1) if glued else abbreviation.group(1) if abbreviation else e.text[len(e.norm):] \
        if e.norm and e.text.lower().startswith(str(e.norm).lower()) else ""
    after = e.end + (glued.end() if glued else 0)
    if ABLATIVE_END.search(suffix) and _AHEAD_OF.match(text, after, end):
        return True
    if ACCUSATIVE_END.search(suffix) and _LEFT_BEHIND.match(text, after, end):
        return True
    return _OUTRUN_RU.search(text, max(0, e.start - 25), e.start) is not None or \
        _PARTNER_RU.search(text, max(0, e.start - 25), e.start) is not None


# a first-person quote: `«Биз 17,32 пайыз алып`, `«Мы получили 8,35 процента`, `«Наши 3,48 процента`
_WE_WON = re.compile(r"\b(алдык|ээ болдук|утуп алдык|получили|взяли|завоевали|набрали|у нас \d+ (мандат|мест))", re.I)
_FIRST_PERSON_QUOTE = re.compile(r"[«\"“„]\s*(?:[^«»\"“”„]{0,40}?\s)?(биз|мы|наши|наш|у нас|бизде|биздин)\s[^«»\"“”„]*", re.I)


def _quoted_result(text, ents, sent: _Sent, parties: list[int], pre: bool) -> PartyResult | None:
    """The figures a party's speaker gives in a first-person quote of the sentence that names
    the party (`Лидер «Ата-Журт Кыргызстан» Айбек Маткеримов ...: «Биз 17,32 пайыз алып ...`,
    `«Наши 3,48 процента — ...», — признал Омурбек Текебаев, руководящий «Ата Мекеном»`): one
    party only, named outside the quote."""
    if len({ents[p].norm for p in parties}) != 1:
        return None
    for m in _FIRST_PERSON_QUOTE.finditer(text, sent.start, sent.end):
        party = next((p for p in parties if not m.start() <= ents[p].start < m.end()), None)
        pcts = [i for i in sent.get("PERCENT") if m.start() <= ents[i].start < m.end()
                and not not_the_share(text, ents[i], sent.start)]
        if party is not None and not pcts and _WE_WON.search(text, m.start(), m.end()):
            # seats only: `«Биз 13 мандат алдык», — деди «Ишеним» партиясынын лидери`
            seats = _far_seats(text, m.start(), m.end())
            if seats is not None:
                return PartyResult((sent.start, sent.end), 0.6, _ref(ents, party), None, None, seats, pre, None)
        if party is None or not pcts:
            continue
        votes, seats, _ = _counts(text, ents, sent, ents[pcts[0]].end, m.end(), pcts[0], True, False)
        return PartyResult((sent.start, sent.end), 0.6, _ref(ents, party), _ref(ents, pcts[0]), votes, seats, pre,
                           None)
    return None
