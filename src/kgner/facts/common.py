"""What the fact builders share: cue patterns, sentences with their entities, clause
bounds and the test of a figure that is no share."""
from __future__ import annotations

import re

from ..types import Entity
from . import keywords_ky as KY
from . import keywords_ru as RU
from .records import Ref
from .sentences import Sentence


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
MOST_SEATS = 150  # more than any house elected here has (the parliament: 90 or 120)
VOTES = _compile(KY.VOTES, RU.VOTES)
PRELIMINARY = _compile(KY.PRELIMINARY, RU.PRELIMINARY)
# a rank, not seats: `на втором месте`, `первое место`, `экинчи орунда`
RANK = re.compile(r"(перв|втор|трет|четв[её]рт|пят|шест|седьм|восьм|девят|десят|последн)"
                  r"(ое|ом|ой|ая|ую|ого|ье|ьем|ьего|ий|ем|ее)\s+мест\w*"  # ordinals, not `пять мест`
                  r"|(биринчи|экинчи|үчүнчү|төртүнчү|бешинчи|алтынчы|жетинчи|сегизинчи|акыркы)\s+орун\w*"
                  r"|\b\d{1,2}-(е|й|го|м|ое|ом)?\s*(мест|орун)\w*"  # a place on a ballot or a list (`12-орунда`, `2-е место`)
                  r"|алдыңкы\s+(эки|үч|төрт|беш)\s+орун\w*|перв(ые|ых)\s+(два|две|тр[её]х|три|двух)\s+мест\w*",  # the top two places
                  re.I)


def seats_spoken_of(low: str) -> bool:
    """The text speaks of seats (`мандат`, `орун`, `мест`), not only of ranks (`на втором месте`)."""
    return bool(SEATS.search(RANK.sub(" ", low)))

PEOPLE = ("POLITICIAN", "PERSON")
_GENITIVE = re.compile(r"(дун|дын|нун|нын|тун|тын|дүн|түн|нүн|дон|дан|дөн|ден|тан|тен|тон|төн|нан|нен)$")
_APPROX = re.compile(r"^\s*(ашык|ашыг|ашуун|көп|жакын)")
_NOT_VOTERS = re.compile(r"^[\s%)]*(%|пайыз|процент|-?летн|-?жаштагы|-?жаштар|жаш\b|участ|уик|ушк|тилке|саат|мүнөт|минут|"
                         r"депутат|парти|талапкер|кандидат|мандат|округ|сом|доллар|бюллетен|"
                         r"жыл|год|г\.|делегат|байкоочу|наблюдат|урна|мест|орун|мүчө|член)", re.I)
_SCOPES = [
    ("abroad", re.compile(r"чет өлкө|зарубеж|загран|за рубеж|за границ|орусия боюнча", re.I)),
    ("station", re.compile(r"участокто|участкада|на участке|бул участ", re.I)),
    ("district", re.compile(r"район|округунда|округун\b|округа\b", re.I)),
    ("region", re.compile(r"облус|област|ская\b|ской\b", re.I)),
    ("city", re.compile(r"шаар|город|столиц|борбор(?!дук)|горожан|бишкек|\bош(е|то|тогу)?\b|\bоште?\b|"
                        r"токмок|каракол", re.I)),
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
        self.idx = sorted((i for i, e in enumerate(ents) if e.start >= s.start and e.end <= s.end),
                          key=lambda i: ents[i].start)  # text order, also with mentions added after the entities
        self.by = {}
        for i in self.idx:
            if i in stamps:
                continue
            self.by.setdefault(ents[i].label, []).append(i)

    def get(self, label: str) -> list[int]:
        return self.by.get(label, [])


_DATIVE = re.compile(r"(г|к|н)(а|е|о|ө)$")


def _dative(e: Entity) -> bool:
    """`Равшан Жээнбековго добуш берди`: the one voted for, in the dative, is not the voter."""
    last, base = e.text.split()[-1], e.norm.split()[-1] if e.norm else ""
    return len(last) > len(base) and bool(_DATIVE.search(last[len(base):]))


# a sentence that points back to the station of a sentence before (`Ошол эле участкада
# ... 20 мүнөттөй кезекте турушту`)
_SAME_STATION = re.compile(r"(ошол|ушул|бул)( эле)? участ(ок|ка)|"
                           r"на (том же|этом) участке|в этом участке")


def _station_before(ss: list[_Sent], n: int) -> int | None:
    """The station named last in the nearest of the two sentences before sentence n that
    names one, in the same live-blog post (the whole text when it has no posts)."""
    for k in range(n - 1, max(-1, n - 3), -1):
        if ss[k].s.stamp == ss[n].s.stamp and ss[k].get("POLLING_STATION"):
            return ss[k].get("POLLING_STATION")[-1]
    return None


# a person in the Kyrgyz genitive (`Канат Исаевдин`): the owner of something, not its subject
GENITIVE = "дын|дин|дун|дүн|тын|тин|тун|түн|нын|нин|нун|нүн"  # Kyrgyz genitive endings
ABLATIVE = "дан|ден|тан|тен|дон|дөн|тон|төн"  # Kyrgyz ablative endings (`пайыздан`)
DATIVE = "га|ге|ка|ке|го|гө|ко|кө"  # Kyrgyz dative endings (`пайызга`)
# a figure something moved from, in Russian (`с 3,35% до 6,17%`, `с 13 до 12 мест`)
FROM_RU = re.compile(r"\bс\s+$", re.I)
ACCUSATIVE = "ды|ди|ду|дү|ты|ти|ту|тү|ны|ни|ну|нү"  # Kyrgyz accusative endings (`«Ишенимди»`)
ABLATIVE_END = re.compile(rf"(?:{ABLATIVE})$", re.I)
ABLATIVE_WITH_N = rf"{ABLATIVE}|нан|нен|нон|нөн"  # also after a possessive (`фракциясынан`)
NOW_KY = r"(?:азыр|учурда|азыркы|(?<!ал )эми)"  # Kyrgyz `now`; not `ал эми` (but)
DATIVE_END = re.compile(rf"(?:{DATIVE})$", re.I)
ACCUSATIVE_END = re.compile(rf"(?:{ACCUSATIVE})$", re.I)
_GENITIVE_NAME = re.compile(rf"({GENITIVE})$")
RESPECTIVELY = re.compile(r"соответственно|тиешелүүлүгүнө жараша|тиешелүү түрдө", re.I)
YEAR = re.compile(r"\b(19|20)\d\d\b")


# a clause ends at `;`, `)`, a dash between words, or a comma, but not the comma of a
# Kyrgyz converb chain (`27,35 пайыз добуш топтоп, ... ээлеген СДПК`) nor of a decimal
_CLAUSE_BREAK = re.compile(r"[;)]|\s[—–]\s|(?<![пП]),(?!\s?\d)")
# a person leading the party named next: `Марат Аманкулов жетектеген «Биримдик»`, `Өмүрбек Бабанов менен Камчыбек Ташиев баштаган «X»`
_LEADS = re.compile(r"(\s+(менен|жана)\s+[^\W\d_]+\s+[^\W\d_]+)?\s*(жетектеген|башкарган|баштаган|негиздеген|түзгөн|"
                    r"возглавляем\w*|основанн\w*|созданн\w*)"
                    r"\s*[«\"“]?\s*$", re.I)
# where one clause of a sentence ends and another, about something else, begins
# (not `, а точнее`; a Kyrgyz conditional `-са,` is no Russian `голоса,`, `часа,`, `процесса,`)
_IF = r"(?<!\bгол)(?<!\bч)(?<!проце)(?<!пре)\w(са|се|со|сө),"
_CLAUSE_JOIN = re.compile(rf",\s*(а(?! точнее)|но|то(?! есть)|тогда как|в то время как|ал эми|бирок)\s|;|{_IF}\s")
# the Kyrgyz conditional alone, also before a number (`... экинчи орунга чыкса, 6 миң 905 добуш алган "Элдик"`)
IF_COMMA = re.compile(_IF)


def declined(person: Entity) -> bool:
    """The person's name stands in a case form, not its nominative norm (`Камчыбека Ташиева`)."""
    return bool(person.norm) and person.text.split()[-1] != person.norm.split()[-1]
# a difference in points, also the first of a list (`0,78 жана 0,37 пайыздык пунктка`)
_POINTS = re.compile(r"(\s*(,|жана|и)\s*\d+(?:[.,]\d+)?)*(\s*(пайыздык\s+)?пункт|\s*п\.\s?п\.)", re.I)


def _not_a_share(text: str, e: Entity) -> bool:
    """A threshold (`7 пайыздык босого`), a shortfall (`0,54 пайыз жетпеди`) or a
    difference in points (`3,71 пайыздык пункт`, `0,46 п.п.`), not a party's share."""
    return bool(re.search(r"(дык|дик|ный|ного|ным|ной|ная|ную|ное|ном)$", e.text) or
                re.match(r"[\s%»\"”-]{0,3}(дык|дик)?\s*(босого|барьер|порог)", text[e.end:e.end + 15], re.I) or
                _THRESHOLD_AFTER.match(text, e.end) or  # `5% — слишком низкий порог`
                _THRESHOLD_BEFORE.search(text, max(0, e.start - 25), e.start) or  # `при барьере в 5%`
                _SHORT_BY.match(text, e.end) and not _WITH_ITS.search(text, max(0, e.start - 12), e.start) or
                _POINTS.match(text, e.end))


_THRESHOLD_AFTER = re.compile(r"\s*[—–]\s*(?:это\s+)?(?:(?:слишком\s+)?(?:низк|высок|проходн|жогорку|төмөн)\w*\s+)?(?:босого|барьер|порог)", re.I)
# (`при барьере в 5%`; not `перешагнул семипроцентный порог — 7,72%`, the party's own share)
_THRESHOLD_BEFORE = re.compile(r"\b(?:барьер|порог)\w*\s+в\s+$", re.I)
_SHORT_BY = re.compile(r"\s*(\w+\s+)?(жетпе|не хватил|не хватает)", re.I)  # `0,54 пайыз жетпеди`
# but the party's own figure that was not enough: `«Мекенчилу» с его 6,85% не хватило совсем немного`
_WITH_ITS = re.compile(r"\bсо?\s+(его|е[её]|их|сво\w+)\s*$", re.I)

# several parties' figure together, before it: `чогуу добуштардын 48 пайыздан ашыгын`, `вместе
# набрали 48%`, `экөө биригип 91 орунга` (not `Бирге-Вместе`)
TOGETHER = re.compile(r"(?<![-\w])(чогуу|экөө бирге|биригип|биригишкен|(?-i:[Вв]месте)|у\s+(?:\w+\s+)?партн[её]р\w*|у\s+коалиции|в сумме|суммарно|на двоих|в общей сложности|между\s+собой|өз\s+ара"
                      r"|объединивши[ехм]\w*|объединяющи[ехм]\w*|объедини(?:ла|ли|л|т|ят)|объединя(?:ют|ет)|в\s+совокупности|жалпысынан\s+\w+нын)"
                      r"\b[^.;]{0,30}$", re.I)  # also `фракции ..., объединившие 80 депутатов`
