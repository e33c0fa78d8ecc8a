"""Seats, votes and bare shares read from the words after (or around) a party's name.

Counts come in digits or in words (`тогуз депутаттык орун`, `семьдесят одно`), of a whole
(`120 орундун отуз сегизин`, `мандаттардын 12син`), far on in the clause (`— этого хватило на
11 мандатов`), or bare where the sentence speaks of seats or votes (`СДПК – 38`). Which party
the text between two names belongs to is decided in `party_results`; this module only reads
the figures of one stretch of text.
"""
from __future__ import annotations

import re

from .common import ABLATIVE, ABLATIVE_WITH_N, DATIVE, FROM_RU, MOST_SEATS, NOW_KY, SEATS, TOGETHER, VOTE
from .numbers import KY_WORDS, Quantity, find_quantities, word_count, word_number

_WORD = re.compile(r"[^\W\d_]+")
_KY_NUMBER = "|".join(sorted(KY_WORDS, key=len, reverse=True))  # `токсон мандаттын жетимиш бирин`


# How far after a party's name its figures stand: a bare number right after it (`СДПК –
# 38`), a number with its unit word (`получила 17 мест (37 903 голоса)`) a bit further.
_NEAR, _FAR = 25, 60
# an age, a year, the size of a house (`120 орундуу парламентте`)
_NOT_A_COUNT = re.compile(r"\s*-?\s*(год|лет|жыл|жаш|орундуу|мандаттуу|местн"  # also `90-местном парламенте`
                          r"|участ|үкөк|протокол|округ|район"  # stations or protocols (`40 участоктогу бузуулар`)
                          # people, women, candidates, supporters (`75 адамдан түзүп`, `5 аял депутат`, `28 кандидатов`)
                          r"|адамдан|кишиден|аял\b|аялдар|женщин|кандидат|талапкер|сторонник|тарапкер"
                          r"|подпис|кол топто|член|мүчө|үгүтчү|агитатор|месяц|недел|дней|\bай\b|күн|жалоб|арыз|даттануу"  # signatures, members, a span
                          # deputies present or voting in a house (`все 13 присутствовавших`, `17 голосов депутатов`); a
                          # place on the ballot (`"Элдик" 13-номер`); money (`304 сома на каждого избирателя`)
                          r"|присутств|голос\w* депутат|номер|сом\b|сома\b|сомов|сомдон|доллар"
                          r"|депутат\w*(?:нын|нин|тын|тин|дын|дин)\b)")  # the whole deputies are of: `9 депутатынын 6сы`
# the people counted voted for it, told after them (`партиясына 106 512 шайлоочу добуш берип`)
_VOTED_AFTER = re.compile(r"\s*(шайлоочу|адам|киши|избирател\w*|человек)\s+(добуш бер(ди|ип|ген|ишти)|проголосовал)", re.I)
_ORDINAL_AFTER = re.compile(r"-(?:е|й|го|му|ой|ый|ая|чи|нчи|инчи|ынчы|үнчү|унчу)\b", re.I)
_PLACE_AFTER = re.compile(r"-(е|й|го|м|ое|ом|чи|нчи)?\s*(мест|орун)", re.I)
_NEEDED_BEFORE = re.compile(r"\b(требовал\w*|требуется|требует|нужн\w*|необходим\w*|не мог\w*\s+(\w+\s+)?получить"
                            r"|рассчитыва\w*\s+(?:\w+\s+)?(?:получить|провести(?:\s+в\s+\w+)?|на)|надеется\s+(?:\w+\s+)?(?:получить|на)"
                            r"|полагал\w*\s+бы|получил\w*\s+бы|досталось\s+бы|рассчитан\w*\s+на|говор\w*\s+о)\s+(бы\s+)?"
                            r"(более\s+|не менее\s+|не меньше\s+|минимум\s+|хотя бы\s+)?$", re.I)  # also hopes: `рассчитывает получить не менее 15 мандатов`
_NEEDED_AFTER = re.compile(r"\s*(мандат|орун)\w*\s+(?:керек|үмүттөн|(?:алууну|утууну)\s+(?:максат|көздө|пландап|күт)"
                           r"|ээ\s+болобуз|алабыз|аларын|алат\s+деп)", re.I)  # aims, hopes and the future (`30 мандатка ээ болобуз`)
_KYRGYZ_LETTER = re.compile(r"[өүңӨҮҢ]")  # a Kyrgyz text, where `он` is ten, not the Russian `he`
# seat nouns: not `120 орундуу` (a 120-seat house) nor `депутаттык` (deputy's)
_SEAT_NOUNS = r"орун(?!дуу)|ордун?\b|мест(?!н)|кресл|кресел|депутат(?!т)"
# `28 кресел`, `11 депутатскими креслами`, `8 мандатка`
# `15 гана мандат` (only 15)
_SEAT_NOUN = re.compile(rf"\s*(гана\s+(?=мандат|орун))?(\w+(ими|ыми|ых|их|ие|ые|тык|тик)\s+)?"
                        rf"(мандат(?!туу|тык|н)|{_SEAT_NOUNS})", re.I)


# a bare count of seats in brackets right after the party's percent
# `Результаты ... (в процентах): «Улуттар биримдиги» — 2,48; ...`
_PERCENT_WORD = re.compile(r"процент|пайыз|%|доля голос|добуштардын үлүш")
_BARE_AFTER_PCT = re.compile(r"[\s,]*(?:\(\s*)?(\d{1,3}|[^\W\d_]+)\s*\)")
# `поддержали 113 депутатов`: deputies voting, not seats won
_BACKERS = re.compile(r"(поддерж|проголос|колдо|добуш бер)\w*\s*$", re.I)
# `120 орундун отуз сегизин`, `90 мандаттын 38ин`: a count of the seats of a whole
# also the seats without their number (`мандаттардын 12син алды`, `мандаттардан он бешти`), not a
# share of them (`54 орундун 27,8 пайызы`, `орундардын 28 пайызы`)
_OF_SEATS = re.compile(rf"(?:(?:\d+|\b(?:(?:{_KY_NUMBER})\s+)?(?:{_KY_NUMBER}))\s+(?:\w+(?:лык|лик|дык|тык)\s+)?"
                       r"(?:орундун|ордунун|орунунун|мандаттын|мандатынын|орундан|ордунан|орунунан|мандаттан|мандатынан)"
                       r"|(?<!\d\s)\b(?:мандаттардын|орундардын|мандаттардан|орундардан))\s+"
                       r"((?:[^\W\d_]+\s+)?[^\W\d_]+|\d+(?![,.]?\d)(?!-\d)\w*)(?!\s*(?:%|пайыз|процент))", re.I)  # (not a range: `16-17син`)
# `беш мандатка көп алды`, `жыйырма үч орун жетишпей`: a difference, not a count
# seats in the genitive with no part taken of them are a whole (`25 мандаттын бөлүштүрүлүшүнө`), not
# the party's; unless it owns them (`15 мандаттын ээси болду`)
_WHOLE_GENITIVE = re.compile(r"\s*(?:\w+(?:лык|лик|дык|тык)\s+)?(?:мандат|орун|орд)\w*(?:тын|дун|нун|дын)\b(?!\s+ээ)", re.I)
_IN_PRESIDIUM = re.compile(r"президиум\w*\s+$", re.I)
_SEAT_DIFFERENCE = re.compile(r"\w*\s+(көп|аз|артык|кем|жетишпе|жетпе|больше|меньше|не хват|ажыра|айрыл|жокко\s+чыгар)"
                              r"|\w*\s+в\s+(?:составе\s+)?(?:тик|цик|президиум|комисси)", re.I)  # seats lost or annulled; seats
# in a commission or a presidium (`получит два места в ТИК`)


# seats after their noun and a dash: `ал алган добуштар 12,93%ды түзөт, мандаттары — 18`
_SEATS_DASH_AFTER = re.compile(r"\b(?:мандаттары|орундары|мандатов|мест)\s*[—–:]\s*(\d{1,3})\b(?![,.]\d)", re.I)
# seats in a word after the share and `и`: `«Бутун Кыргызстан» — 7,04% и шесть, а также ...`
_AND_COUNT_AFTER_PCT = re.compile(r"(?:\s*\(\s*[\d\s]{1,12}(?:голос\w*|добуш\w*)?\s*\))?\s*(?:и|жана)\s+([^\W\d_]+|\d{1,3}(?!\d|[,.]\d|\s*(?:%|пайыз|процент)))\s*(?=[,.;)]|$)", re.I)
# a range is no count: `15–16 мандатка`, `12 или 13 мандатов`
# (not a count and its share: `1 760 же 19,65 пайыз`)
_RANGE_AFTER = re.compile(r"\s*([–-]|или|же)\s*\d(?!\d*(?:[,.]\d+)?\s*(%|пайыз|процент))", re.I)
# a count the party's count moved from, right before the one it moved to
_MOVED_FROM = re.compile(rf"-?(?:{ABLATIVE_WITH_N})\s+\d+\s*-?(?:{DATIVE})\b", re.I)
_SEATS_MOVED = re.compile(r"мандат|орун|орд[уы]|\bмест|кресел|кресл", re.I)
_SEATS_TO_RU = re.compile(r"\s+до\s+\d", re.I)
# the voters who backed the party, told before their count (`СДПК поддержали 237 тысяч 634 избирателя`)
_BACKED_BEFORE = re.compile(r"\b(поддержал\w*|отдали\s+(свои\s+)?голоса|колдоду|колдогон)\s+(\w+\s+)?$", re.I)
_RANGE_BEFORE = re.compile(r"\d\s*([–-]|или|же)\s*$")
# a count of voters who backed the party: `74 шайлоочу ишеним көрсөттү`, `97 избирателей поддержали`
_TRUSTED_BY = re.compile(r"\s*(шайлоочу|избирател|мигрант|адам|человек)\w*\s+(ишеним (көрсөт|арт)|колдо|поддерж|проголос)",
                         re.I)
# a count several parties unite (`"Ата-Журт", СДПК жана "Республика" 77 депутатты бириктирген келишим`)
# a sentence opened by `together`: its counts are the parties' sum (`Вместе СДПК, «Республика» и «Ата-Мекен»
# располагают 67 мандатами`), up to a colon that breaks it down (`Вместе у них 77 мандатов: ... «Республика» — 23`)
_TOGETHER_OPENING = re.compile(r"\W*(?:[Вв]месте(?!\s+с\b)|[Вв]\s+сумме|[Сс]уммарно|[Чч]огуу)\b")
_UNITING = re.compile(r"\s*(?:\w+\s+)?(?:депутат|мандат|орун|орд)\w*\s+(?:бириктир|объедин)", re.I)
# the deputies a faction has now, not the seats it won (`фракциясында 24 депутат калды`, `азыр сегиз
# депутат калды`, `"Ак Жолдо" азыр жети депутат бар`); without a `now` word only those left:
# `«Кыргызстандын» 18 депутаты бар` may be its seats
_DEPUTY_NOUN = re.compile(r"\s*депутат\w*", re.I)
_LEFT_VERB = re.compile(r"\s+(?:гана\s+)?(?:калды|калышты|(?P<participle>калган))\b", re.I)
_HAS_VERB = re.compile(r"\s+(?:гана\s+)?(?:бар|иштейт|турат)\b", re.I)
_NOW_WORD = re.compile(rf"\b{NOW_KY}\b", re.I)


def _deputies_now(text: str, a: int, noun_end: int, participle: bool = False) -> bool:
    """The deputies counted before `noun_end` are those a faction has now (the participle
    `калган` only where asked: after digits, `24 депутат калган`)."""
    left = _LEFT_VERB.match(text, noun_end)
    if left is not None and (participle or not left.group("participle")):
        return True
    return _HAS_VERB.match(text, noun_end) is not None and _NOW_WORD.search(text, max(0, a - 60), noun_end) is not None


# no count of the party's own (`_not_its_count`): its list's length (`«Ынтымак», в списке которого 52
# человека`), a gap or a shortfall (`отставала от «Элдика» на 27 голосов`, `не хватило до барьера 38
# голосов`), its size now (`где сейчас 14 депутатов`), a bound (`20дан ашуун мандат`), some of its
# deputies (`«Ынтымак» фракциясынын 4 депутаты`, `анын 12 депутаты`) or its deputies acting in a
# house (`4 депутата его фракции не участвовали`, `6 депутат добуш берүүгө катышкан жок`)
_NOW_BEFORE = re.compile(r"\b(?:сейчас|теперь|азыр|эми)\s+(?:в\s+(?:этой\s+|ее\s+|её\s+|его\s+)?фракци\w+\s+)?$", re.I)
_PEOPLE_AFTER = re.compile(r"\s*(?:депутат|член|человек|мүчө)", re.I)
_BALLOT_NUMBER_BEFORE = re.compile(r"\bномер\w*\s+$", re.I)  # a place on the list: `не номеру 10 списка`
_IN_ITS_LIST = re.compile(r"\bв\s+списке\s+(?:котор\w+\s+)?$|\bтизмесинде\w*\s+$"
                          r"|\b(?:алгачкы|первы[ехм])\s+$", re.I)  # the first places of its list: `алгачкы 10 орунга`
_LAGGING_BY = re.compile(r"\b(?:отста|опережа|обгоня|уступа|опередил)\w*[^.;]{0,40}\bна\s+$"
                         r"|\bне\s+хватил\w*[^.;]{0,30}?\s+$"
                         r"|\b(?:айырма\w*|разница|разрыв)\s+(?:составил\w*\s+|[—–-]\s*)?$"  # a difference: `айырма 41 добушту түзөт`
                         r"|\b(?:прибавил|потерял|лишил\w*\s+еще)\w*\s+$", re.I)  # a change: `«Эмгек» прибавил 16 голосов`
_BOUND_AFTER = re.compile(rf"-?(?:{ABLATIVE})\s+(?:ашуун|ашык|көп|аз|кем)\b", re.I)
_SOME_OF_ITS = re.compile(r"\b(?:фракциясынын|анын)\s+$", re.I)
_ITS_DEPUTIES = re.compile(r"\s*депутаты\b", re.I)
_DEPUTIES_ACTING = re.compile(r"\s*(?:депутат|талапкер|кандидат)\w*\s+(?:\w+\s+){0,2}(?:не\s+)?(?:участвова|голосова|проголосова|воздерж|высказа|поддержа"
                              r"|избран\w*\s+по\s+одномандатн|бир\s+мандаттуу"  # `36 депутатов избраны по одномандатным округам`
                              r"|катыш|каршы\s+(?:чык|добуш)|колдоп|колдоду|подписа|келген\s+жок|келбе"  # `6 депутат добуш берүүгө катышкан жок`
                              # giving up mandates, joining or leaving a faction (`эки депутат кошулду`, `төрт депутат чыгып`)
                              r"|баш\s+тарт|отказал|сложил|кошул|чыг(?:ып|ышты|ты)|чыкты)", re.I)
# the same told before the count: `отказалась от двух мандатов`, `к ней присоединились восемь депутатов`, `после выхода двух`
_GAVE_UP_OR_JOINED_BEFORE = re.compile(r"\b(?:отказал\w*\s+от|сложил\w*|присоединил\w*|вошл[иа]|вош[её]л|перешл[иа]|переш[её]л"
                                       r"|лишил\w*|(?:после\s+)?(?:выход|уход)\w*)\s+(?:(?:к\s+\w+|в\s+не[её]|ещ[её]|также)\s+)?$", re.I)
# a second count that shares the first one's noun: `им 27 и 29 лет`
_PAIRED = re.compile(r"\s*(?:,|и|жана)\s*\d{1,3}(?!\d|[.,]\d)")
# the next party's count right after a bare one, with the seat noun both share
_NEXT_COUNT_OF_SEATS = re.compile(r"\s*[,;]\s*(?:жана\s+|и\s+)?[«\"“]?[^\d.;,]{1,40}?[»\"”]?\s*[—–-]?\s*\d{1,3}\s+"
                                  r"(?:\w+\s+)?(?:мандат|орун|орд|мест|кресел|кресл)", re.I)
# a row of a table of shares without the sign: `СДПК — 27,4 | «Кыргызстан» — 12,9 | ...`,
# `«Ата-Журт Кыргызстан» 17,71 / «Ишеним» 13,54 / ...`, `«Ишеним» (15,05), «Ынтымак» (12,3)`
_TABLE_ROW = re.compile(r"(?:[»\"”\w]\s*[—–:-]|[»\"”]\s*\(?)\s*\d{1,2}[.,]\d{1,2}\b(?!\s*(%|пайыз|процент))")
_COLUMN_AFTER = re.compile(r"\s*[—–/|]\s*")  # `27,35% — 38`, `17,32 / 15`
_BARE_WORDS = re.compile(r"[\s»”“„\"]*[—–-]\s*[^\W\d_]")  # a dash, then the count in words


_SEAT_VERB = re.compile(r"получа\w*|получит|получил\w*|доста\w*|достал\w*|достанется|занима\w*|занял\w*|тийди|тиет|алды|менен"
                        r"|ээлейт|ээледи")


_DEPUTIES_OF = re.compile(r"депутат\w*(?:нын|нин|тын|тин)\b")
_OF_A_NUMBER = re.compile(r"\s+из\s+\d")
_PARTY_WORD_AFTER = re.compile(r"[\s»”\"]*(?:саясий\s+)?партия(?:сы|сына|га)\b", re.I)


def _seat_words(text: str, a: int, b: int, window: int = 8, bare: bool = True) -> int | None:
    """Seats written in words in the first `window` words of text[a:b]: with the seat noun
    after them (`тогуз депутаттык орун`, `он беш мандатка`), or (`bare`) alone right after
    the party (`"Замандаш" алты`, `у «Ынтымака» девять, у ...`)."""
    # (past the word party after the name: `"Ынтымак" саясий партиясына жети, "Ишеним" ...`)
    a = m.end() if (m := _PARTY_WORD_AFTER.match(text, a, b)) else a
    # (a quoted name is no number: `«Бирге»` is a party, not `бир` with a dative)
    spans = [m for m in _WORD.finditer(text, a, b) if not (m.start() and text[m.start() - 1] in '«"“')]
    words = [m.group() for m in spans]
    for k in range(min(len(words), window)):
        counted = word_count(words, k)
        if counted is None or (k and words[k - 1].lower() in ("ар", "алардын") and words[k].lower().startswith("бир")):
            continue  # (`ар бири жетиден орунга`: each one of them, not one)
        v, used = counted
        follow = " ".join(words[k + used:k + used + 3]).lower()
        of_some = not _OF_A_NUMBER.match(text, spans[k + used - 1].end())  # (`три из 21 мандата` is a count)
        noun = re.match(rf"{'(?!из )' if of_some else ''}(\w+ )?(мандат(?!туу|тык)|{_SEAT_NOUNS})\w*", follow)  # not `один из депутатов`
        if noun and TOGETHER.search(text, max(a, spans[k].start() - 40), spans[k].start()):
            return None  # several parties' seats together (`разделят между собой восемнадцать мандатов`)
        if noun and v == 1 and (re.match(r"(да|дагы) ", follow) or (k and words[k - 1].lower() == "ни")):
            return 0  # `бир да (дагы) орун ала алган жок`, `ни одного мандата`: not a single seat
        if noun and (re.search(r"(сыз|сиз|суз|сүз|орунда|орундагы)$", noun.group()) or _DEPUTIES_OF.match(follow)
                     or _IN_PRESIDIUM.search(text, max(a, spans[k].start() - 25), spans[k].start())):
            noun = None  # without seats, no count (`экөө тең мандатсыз калган`: both were left without); places of
            # a ranking, no seats (`алгачкы эки орунда турушат`); deputies in the genitive (`эки депутатынын
            # мандатын`); a presidium's seats (`президиумдагы беш орундун экөөнө`)
        if noun:
            # the words after the noun in the text itself (`пять кресел — меньше, чем ...` is a count)
            noun_end = spans[k + used + len(noun.group().split()) - 1].end()
            if _SEAT_DIFFERENCE.match(text, noun_end) or (noun.group().startswith("депутат") and _deputies_now(text, a, noun_end)) \
                    or _acting_or_moving(text, a, spans[k].start(), spans[k + used - 1].end()):
                return None  # (or the deputies a faction has now: `азыр сегиз депутат калды`; see `_acting_or_moving`)
            return v
        if not bare or (used == 1 and words[k].lower() == "он" and not _KYRGYZ_LETTER.search(text, max(0, a - 80), b + 80)):
            continue  # (a lone `он` with no seat noun is the Russian `he`: `«Ата Мекен» — он, по словам ...`)
        last = spans[k + used - 1].end()
        if k == 0 and (len(words) == used or (_BARE_WORDS.match(text, a) or _RIGHT_AFTER.fullmatch(text, a, spans[0].start()))
                       and _CLOSED.match(text, last, b)):
            return v  # the segment is the number alone, or the number alone in its clause (`„Ынтымак“ — девять»`)
        if k == 1 and words[0].lower() == "по" and _CLOSED.match(text, last, b):
            return v  # each of the parties before (`«Бир Бол» и «Онугуу-Прогресс» — по пять`)
        if k > 0 and _SEAT_VERB.fullmatch(words[k - 1].lower()) and k + used == len(words):
            return v  # `«Ынтымак» с ровно 11% получает девять`, `«Бүтүн Кыргызстан» 7,04 пайыз менен
            # алты, «Ыйман Нуру» ... беш орунду алды`: the seat noun said once for the list
    return None


_RIGHT_AFTER = re.compile(r"[\s»”\"]*")
_CLOSED = re.compile(r"\s*([,;.)»”\"]|$)")


# a count with its seat noun, not the whole (`из 90 мест`, `120 орундуу`) nor a difference
_FAR_SEATS = re.compile(r"(?<!\bиз )\b(\d{1,3})\s+(?:орун(?!дуу)|мандат(?!туу|тык)|мест|кресл|кресел)\w*(?!\s+из\b)", re.I)


def _far_seats(text: str, a: int, b: int) -> int | None:
    """Seats with their noun anywhere in text[a:b]: in digits, else in words."""
    m = _FAR_SEATS.search(text, a, b)
    if m is None:  # or in words: `... үчүнчү орунга көтөрүлдү жана Жогорку Кеңештен тогуз мандатка ээ болду`
        return _seat_words(text, a, b, window=40, bare=False)
    if _SEAT_DIFFERENCE.match(text, m.end()) or _OF_SEATS.match(text, m.start()) or _NEEDED_AFTER.match(text, m.end(1)) or \
            _RANGE_BEFORE.search(text, max(0, m.start() - 8), m.start()) or \
            _NEEDED_BEFORE.search(text, max(a, m.start(1) - 50), m.start(1)):  # hoped for: `рассчитывала на 16 мест`
        return None
    return int(m.group(1))


def _trailing_count(words: list[str]) -> int | None:
    """The number the last words spell (`алып он эки` -> 12, `жети` -> 7), else None."""
    for k in range(len(words)):
        counted = word_count(words, k)
        if counted is not None and k + counted[1] == len(words):
            return counted[0]
    return None


def _seats_of_whole(m: re.Match) -> int | None:
    """The part in a `_OF_SEATS` match: `отуз сегизин` -> 38, `15ин` -> 15."""
    part = m.group(1)
    if re.match(rf"[^\W\d_]+({ABLATIVE})\b", part, re.I):
        return None  # a fraction, no count: `54 орундун төрттөн биринен көбү` (more than a quarter)
    if part[:1].isdigit():
        return int(re.match(r"\d+", part).group())
    counted = word_count(_WORD.findall(part), 0)
    return counted[0] if counted else None


# the party got no seats, said beside its share (`и опять остался без мест`, `мест в парламенте не
# получит`, `мандатов партия не получает`, `без единого мандата`); `бир да орун` is read as a count
NO_SEATS = re.compile(r"\bбез\s+(?:единого\s+)?(?:мест[ао]?\b|мандат\w*|кресел|кресл\w*)"
                      r"|\bне\s+(?:получ|доста)\w*\s+ни\s+одного\s+(?:мандата|места|кресла)"
                      r"|\bне\s+получивш\w*\s+(?:ни\s+одного\s+)?(?:мандат|мест)"
                      # `парламенттен орун ала алган жок` (not the majority: `көпчүлүк орунду ала алган жок`; the
                      # gold does not read `мандатсыз калды` as seats 0)
                      r"|(?<!көпчүлүк\s)\b(?:мандат|орун)\w*\s+ала\s+алган\s+(?:жок|эмес)"
                      r"|\bне\s+получил\w*\s+(?:мест|мандат)"  # `не получил мест в парламенте`
                      r"|\b(?:мест[ао]?\b|мандат\w*|кресел)\s+(?:[а-яё]+\s+){0,3}?не\s+(?:получ|доста)\w*", re.I)


def _counts(text, ents, sent, a, b, pct, seats_cue, votes_cue):
    """Votes, seats and a bare percentage in text[a:b], the part after one party."""
    votes = seats = pct_value = None
    taken = [(ents[i].start, ents[i].end) for i in sent.idx]
    # figures go on from the party's percent (`ага ... 17,32%ы колдоо көрсөтүп, партия 15 мандатка ээ болот`)
    reach = max(a, ents[pct].end) if pct is not None else a
    of_seats = _OF_SEATS.search(text, a, b)  # `120 орундун отуз сегизин`: 38 of 120 seats
    seats = _seats_of_whole(of_seats) if of_seats else None
    if of_seats is not None and _IN_PRESIDIUM.search(text, max(a, of_seats.start() - 25), of_seats.start()):
        seats = None  # a presidium's seats (`президиумдагы беш орундун экөөнө`)
    if seats is None:
        of_seats = None  # a part that is no number (`мандаттардын басымдуу бөлүгү`)
    if seats is None and pct is not None and (seats_cue or SEATS.search(text)):
        bare = _BARE_AFTER_PCT.match(text, ents[pct].end, b)  # `8,35% (7)`, `(7,04%, алты)`
        if bare:
            word = bare.group(1)
            seats = int(word) if word.isdigit() else word_number(word)
            if seats is not None and seats > MOST_SEATS:
                seats = None  # votes, not seats: `8,8% (757)` where a later clause speaks of mandates
    for q in find_quantities(text, a, b):
        in_of_seats = of_seats is not None and of_seats.start() <= q.start < of_seats.end()
        if in_of_seats or any(x < q.end and q.start < y for x, y in taken):
            continue
        rest = text[q.end:q.end + 15].lower()
        paired = _PAIRED.match(text, q.end)  # (the noun after a second count: `им 27 и 29 лет`)
        noun = text[paired.end():paired.end() + 15].lower() if paired else rest
        before = text[max(a, q.start - 2):q.start]
        if _RANGE_AFTER.match(text, q.end) or _RANGE_BEFORE.search(text, max(a, q.start - 8), q.start):
            continue  # a range is no count (`15–16 мандатка`, `12 или 13 мандатов`)
        if (_MOVED_FROM.match(text, q.end) or (FROM_RU.search(text, max(a, q.start - 3), q.start) and _SEATS_TO_RU.match(text, q.end))) \
                and _SEATS_MOVED.search(text, max(a, q.start - 25), q.end + 25):
            continue  # the seats it moved from (`орундары 13төн 12ге азайды`, `с 13 до 12 мест`)
        if _not_its_count(text, a, q):
            continue  # its list's length, a gap, a bound, its deputies now, some or acting (not seats won)
        if _NOT_A_COUNT.match(rest) or _NOT_A_COUNT.match(noun) or q.start - reach > _FAR or \
                (1990 <= q.value <= 2040 and re.match(r"-(м|й|го|му|ом|е)\b", rest)):  # a year (`в 2020-м`)
            continue  # an age or a year (`которому 41 год`); a figure of another clause
        if TOGETHER.search(text, max(a, q.start - 40), q.start) or _UNITING.match(text, q.end) or \
                (_TOGETHER_OPENING.match(text, sent.start) and not re.search(r"[:;]", text[sent.start:q.start])):
            continue  # several parties' seats together (`«X» менен «Y» биригип 91 орунга`)
        if _PLACE_AFTER.match(text, q.end) or _ORDINAL_AFTER.match(text, q.end):
            continue  # a place on a list or a ballot (`2-орунда`, `2-е место`, `13-е, 18-е и 9-е места`), not seats
        if _NEEDED_BEFORE.search(text, max(a, q.start - 50), q.start) or _NEEDED_AFTER.match(text, q.end):
            continue  # seats needed or allowed, not won (`требовался бы 61 мандат`, `61 мандат керек болчу`)
        if re.search(r"\bиз\s+$", text[max(a, q.start - 4):q.start]) and _SEAT_NOUN.match(text, q.end):
            continue  # the whole the seats are of: `из 90 мест в Жогорку Кенеше ей достался 71 мандат`
        of_whole = re.match(r"\s+из\s+\d+", text[q.end:q.end + 12])  # `15 из 54 партийных мест`
        if of_whole and _SEAT_NOUN.match(text, q.end + of_whole.end()):
            seats = seats or int(q.value)
            continue
        if _SEAT_NOUN.match(text, q.end):
            if _WHOLE_GENITIVE.match(text, q.end):
                continue
            if not _SEAT_DIFFERENCE.match(text, _SEAT_NOUN.match(text, q.end).end()) and \
                    not _BACKERS.search(text, max(a, q.start - 25), q.start):
                seats = seats or int(q.value)
        elif pct is not None and seats_cue and q.value.is_integer() and q.value < 200 and \
                _COLUMN_AFTER.fullmatch(text, ents[pct].end, q.start):
            seats = seats or int(q.value)  # the next column of a table row: `СДПК — 27,35% — 38;`
        elif seats_cue and (pct is not None or pct_value is not None) and q.value.is_integer() and q.value < 200 and \
                "(" in before and re.match(r"\s*\)", rest):
            seats = seats or int(q.value)  # seats in brackets after the share: `СДПК — 27,35 (38);`
        elif re.match(r"\s*(добуш|голос)\w*\s+(гана\s+)?(ашык|артык|көп|кем|больше|меньше|жетпе|не хват|азай|көбөй|кеми|артта)",
                      text[q.end:q.end + 25].lower()):
            continue  # `37 добуш ашык жазылган`: a difference in votes, not a count
        elif re.match(r"\s*(добуш|голос)", rest) or (q.value >= 100 and re.match(r"\s*\(", rest)) or \
                (re.match(r"\s*бюллетен", rest) and re.search(r"(?:\bили|\()\s*$", text[max(a, q.start - 6):q.start])):
            votes = votes or int(round(q.value))
        elif q.value >= 100 and q.value.is_integer() and "(" in before and re.match(r"\s*\)", rest):
            if not _counts_other_things(text, sent.start, a):  # (not money: `на втором месте «X» с 97 млн
                votes = votes or int(q.value)  # сомов, на третьем — «Y» (84,2 млн)`); `— 20,21 пайыз (3 505)`
        elif q.value >= 100 and q.value.is_integer() and _OR_AFTER_SHARE.search(text, max(a, q.start - 40), q.start) and \
                _VOTERS_OR_NOTHING.match(rest):
            votes = votes or int(q.value)  # the share's count: `31,6% голосов, или 27 тысяч 412`, `4,01 процента избирателей, или 50 263 человека`
        elif q.value >= 100 and re.match(r"\s*(человек|избирател|шайлоочу|адам|жител|тургун|горожан|\w+чан\b)", rest) and \
                (VOTE.search(text[a:q.start].lower()) or _VOTED_AFTER.match(text, q.end)
                 or _BACKED_BEFORE.search(text, max(a, q.start - 30), q.start)):
            votes = votes or int(round(q.value))  # `за партию проголосовали 430 тысяч 661 человек`
        elif _TRUSTED_BY.match(text, q.end):
            votes = votes or int(round(q.value))  # `«Ата Мекенге» 74 шайлоочу ишеним көрсөттү`
        elif "(" in before and re.match(r"\s*\)", rest) and re.search(r"[.,]", text[q.start:q.end]) and pct is None:
            pct_value = q.value  # `(7,09)`, `(11,00)`
        elif pct is None and (not q.value.is_integer() or re.search(r"[.,]", text[q.start:q.end])) and q.value < 100 and \
                (sent.get("PERCENT") or _PERCENT_WORD.search(sent.low) or len(_TABLE_ROW.findall(sent.text)) >= 3) and \
                re.fullmatch(r"[\s»\"”]*([—–-]\s*)?(с\s+|по\s+)?", text[a:q.start]):
            pct_value = q.value  # `у «Ата-Мекена» — 3,48`, `«Республика» 5,79, «Ата Мекен» 4,30 пайыз`, `«Ак Бата» с 12,38`
        elif q.start - a > _NEAR:
            continue
        elif q.value.is_integer() and q.value < 200 and "/" in before and seats_cue:
            seats = seats or int(q.value)  # `(доля голосов, % / число мандатов): «X» — 17,32 / 15`
        elif q.value.is_integer() and q.value < 200 and seats_cue and _BRACKET_DASH.fullmatch(text, a, q.start):
            seats = seats or int(q.value)  # seats after its bracket of votes and share: `«Элдик» (812 голосов, 27,8%) — 7`
        elif q.value.is_integer() and q.value < 200 and seats_cue and _VOTES_BRACKET_AFTER.match(text, q.end) and \
                _RIGHT_AFTER_DASH.fullmatch(text, a, q.start):
            seats = seats or int(q.value)  # seats, then its votes in brackets: `«Ата-Журт Кыргызстан» — 15 (229 413 голосов)`
        elif q.value.is_integer() and q.value < 200 and seats_cue and votes_cue and _NEXT_COUNT_OF_SEATS.match(text, q.end):
            seats = seats or int(q.value)  # `..., «Ар-Намыс» 25, «Республика» 23 мандат алды` beside votes
        elif q.value.is_integer() and q.value < 200 and seats_cue and (not votes_cue or _SHARE_BRACKET_AFTER.match(text, q.end)):
            if _counts_other_things(text, sent.start, a):
                continue  # a list of other counts (`«Эмгек» выдвинул 65 кандидатов, «Ак Бата» — 58`)
            seats = seats or int(q.value)  # (also beside votes: `— 7 (24,6%)`, its share in brackets after it)
        elif q.value.is_integer() and votes_cue and not seats_cue and (q.value >= 100 or pct is None) and \
                not _counts_other_things(text, sent.start, a):
            votes = votes or int(round(q.value))
    if seats is None and seats_cue and pct is not None:
        bare = _AND_COUNT_AFTER_PCT.match(text, ents[pct].end, b)  # `— 7,04% и шесть, а также ...`
        seats = (int(bare.group(1)) if bare.group(1).isdigit() else word_number(bare.group(1))) if bare else None
    if seats is None and seats_cue:
        dashed = _SEATS_DASH_AFTER.search(text, a, b)  # `ал алган добуштар 12,93%ды түзөт, мандаттары — 18`
        seats = int(dashed.group(1)) if dashed else _seat_words(text, a, b)
        if seats is None and reach > a:
            seats = _seat_words(text, reach, b)
        if seats is None and pct is not None and ents[pct].start > a:
            # the seats just before the share, in a long clause (`... заняла первое место по единому
            # округу и получит пятнадцать мандатов при 17,32% голосов`)
            seats = _seat_words(text, _words_back(text, a, ents[pct].start, 6), ents[pct].start, bare=False)
    return votes, seats, pct_value


_COUNTED = re.compile(r"\d+\s+(?:(?:млн|млрд|миллион\w*|миллиард\w*)\.?\s+)?([^\W\d_]+)")
_BRACKET_DASH = re.compile(r"[»\"”]?\s*\([^()]{3,40}\)\s*[—–-]\s*")
_SCALE = re.compile(r"млн|млрд|миллион\w*|миллиард\w*|тыс|тысяч\w*|миң", re.I)
_OTHER_THINGS = re.compile(r"кандидат|талапкер|член|мүчө|участ|сом|доллар|евро|рубл", re.I)


def _counts_other_things(text: str, start: int, a: int) -> bool:
    """The last count with a noun before the party, in its sentence, counts something other than
    seats: a bare count after the party goes on counting that."""
    for counted in reversed(list(_COUNTED.finditer(text, start, a))):
        if not _SCALE.fullmatch(counted.group(1)):  # (`— 7,7 млн,` says no noun: the one before is meant)
            return _OTHER_THINGS.match(counted.group(1)) is not None
    return False


_VOTES_BRACKET_AFTER = re.compile(r"\s*\(\s*\d{1,3}(?:\s\d{3})+\s*(?:голос\w*|добуш\w*)?\s*(?:[,;]\s*\d+(?:[,.]\d+)?\s*%\s*)?\)", re.I)
_RIGHT_AFTER_DASH = re.compile(r"[»\"”]?\s*[—–-]\s*")
_OR_AFTER_SHARE = re.compile(r"(?:%\w*|процент\w*|пайыз\w*)(?:\s+(?:голос|избирател|добуш|шайлоочу)\w*)?\s*,?\s+(?:или|же)\s+$", re.I)
_VOTERS_OR_NOTHING = re.compile(r"\s*(?:голос|добуш|человек|избирател|шайлоочу|бюллетен|киши|адам|[.,;)]|$)", re.I)
_SHARE_BRACKET_AFTER = re.compile(r"\s*\(\s*\d+(?:[.,]\d+)?\s*%")
_ON_BEFORE = re.compile(r"(?<![\w-])на\s+$", re.I)


def _not_its_count(text: str, a: int, q: Quantity) -> bool:
    """The count `q` in the party's span is none of the party's own: a number after `№` (its place
    on the ballot, `"Ата Мекен" №1`) or after `на` (a hope or a difference: `«Ынтымак» – на 9`,
    `на 9 мест больше`), and see `_IN_ITS_LIST` and the rest."""
    deputies = _DEPUTY_NOUN.match(text, q.end)
    return "№" in text[max(a, q.start - 2):q.start] or _BALLOT_NUMBER_BEFORE.search(text, max(a, q.start - 16), q.start) is not None or \
        _ON_BEFORE.search(text, max(a, q.start - 4), q.start) is not None or \
        _IN_ITS_LIST.search(text, max(a, q.start - 30), q.start) is not None or \
        _LAGGING_BY.search(text, max(a, q.start - 50), q.start) is not None or \
        (_NOW_BEFORE.search(text, max(a, q.start - 30), q.start) is not None and _PEOPLE_AFTER.match(text, q.end) is not None) or \
        _BOUND_AFTER.match(text, q.end) is not None or \
        (deputies is not None and _deputies_now(text, a, deputies.end(), participle=True)) or \
        (_SOME_OF_ITS.search(text, max(a, q.start - 16), q.start) is not None and _ITS_DEPUTIES.match(text, q.end) is not None) or \
        _acting_or_moving(text, a, q.start, q.end)


def _acting_or_moving(text: str, a: int, start: int, end: int) -> bool:
    """The count text[start:end] counts deputies acting in the house (voting, taking part), or
    seats given up or brought into a faction: none of them seats won."""
    return _DEPUTIES_ACTING.match(text, end) is not None or \
        _GAVE_UP_OR_JOINED_BEFORE.search(text, max(a, start - 40), start) is not None


def _words_back(text: str, a: int, b: int, n: int) -> int:
    """Where the last `n` words of text[a:b] start."""
    starts = [m.start() for m in _WORD.finditer(text, a, b)]
    return starts[-n] if len(starts) >= n else a
