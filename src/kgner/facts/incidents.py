"""Station incidents: a numbered polling station with the kind of problem stated of it."""
from __future__ import annotations

import re

from .common import _SAME_STATION, INCIDENT, NEGATION, _CLAUSE_JOIN, _Sent, _ref, _station_before
from ..rules.numwords import KY_WORD, RU_WORD
from .records import Fact, StationIncident


_EFFECTS = ("closure", "queue")
_SHORT_QUEUE = re.compile(r"(кыска|кичинекей|небольш\w*|коротк\w*|маленьк\w*)\s+(кезек|очеред)"
                          r"|(кезек|очеред)\w*\s+((кыска|кичинекей)\b|(небольш|коротк|маленьк)\w*)"  # also `кезектер кыска`
                          r"|(кезек|очеред)\w*\s+(тез|быстро)\s+(эле\s+)?(жылып|жылат|тарап|движ|продвига|рассос)")  # moves fast, dispersed fast
# a queue the sentence calls no problem: short, moving, gone, a few people, all calm
# (`в очереди пять-шесть человек`, `Очередь ... рассосалась`, `кезек тез жылып жатат`)
_FEW_MINUTES = (r"(одн(ой|у)|дв(ух|е)|тр(ех|ёх|и)|четыр(ех|ёх|е)|пят(и|ь)|шест(и|ь)|сем(и|ь)|десят(и|ь)|\d|10|"
                r"эки|үч|төрт|беш|алты|жети|он)\s+(минут|мүнөт)")
_NEUTRAL_QUEUE = re.compile(_SHORT_QUEUE.pattern +
                            r"|(кезек|очеред)[^.]{0,60}(?<!не )(рассос|рассас|тарап кет|тарады)"
                            r"|(в очереди|кезекте)\s+(\d|один|два|три|четыре|пять|шесть|несколько|бир|эки|үч|төрт|беш|алты|бир нече)"
                            r"(-\w+)?\s+(\w+\s+)?(человек|адам|киши|шайлоочу)"
                            # moving fast (`двигается быстро`), not growing fast (`быстро растёт`)
                            r"|(кезек|очеред)\w*\s+(\S+\s+){0,3}(?<!не )(двига\w*|движ\w*|продвига\w*|жыл\w*)\s+(\w+\s+)?(быстро|тез)\b"
                            r"|кезек\w*[^.]{0,40}(?<!не )жылып кет"
                            r"|(не больше|не более|максимум)\s+\w+\s+человек"
                            # a candidate who stood in line like everyone
                            r"|наравне со всеми|вместе со всеми|башкалар менен (бирге|катар)|жалпы кезекте"
                            r"|(ожидани\w*|жд[её]т|ждут|күт\w*)[^.]{0,25}\b" + _FEW_MINUTES +  # a wait of a few minutes
                            r"|(мүнөттөн|минут)\w*\s+(ашык\s+)?(күтүшпөйт|күтпөйт|ашпайт|не ждут)|(подход|приход)\w*\s+по одному|бирден кел"
                            r"|кезек\w*[^.]{0,30}тарап\b"
                            r"|общ(ую|ей) очеред"
                            r"|(?<!остальном )(?<!остальном всё )(?<!остальном все )спокойно|\bтынч(?!сыз)"
                            # people waiting for a politician, not voters in a queue (`его ждала толпа журналистов`)
                            r"|(ждал|ждут|толп)[^.]{0,30}(журналист|корреспондент|сторонник|фотограф|оператор)"
                            r"|(журналист|корреспондент|сторонник)\w*[^.]{0,20}(ждал|ждут)")
# `эч кандай арыз-даттануу`, `никаких нарушений`: none of it
_NONE_WORDS = r"эч кандай|эч бир|бир да|никаких|ни одной|ни одного"
_NONE_BEFORE = re.compile(rf"({_NONE_WORDS})\s+([\w-]+\s+){{0,2}}$"
                          r"|\bбез\s+([\w-]+\s+)?$")  # also `без нарушений`; not `без паспортов устроили драку`


_SPOILED = re.compile(r"жараксыз|недействительн")
_COUNTED_BALLOTS = re.compile(r"\d[\d\s]*\s*(\w+\s+)?бюллетен\w*\s+(\w+\s+)?$")
_SPOILED_COUNT_AFTER = re.compile(r"\w*\s*(бюллетен\w*\s*)?([—–:-]|\s(оказал\w*|было|составил\w*|насчитали))\s*"
                                  r"(всего\s+|только\s+|лишь\s+)?(\d+(?!\d|[.,]\d|\s*[а-я]*(январ|феврал|март|апрел|ма[йя]|июн|июл|"
                                  r"август|сентябр|октябр|ноябр|декабр))"  # not a date (`— 15 октября`)
                                  rf"|(?:{RU_WORD}|{KY_WORD})\b)")  # `недействительных бюллетеней — пять`
_NEGATION_REACH = 40  # characters after a cue where a negation denies it
# home voting: an application to vote at home is no complaint (`көчмө урна ... ар бир арыз журналга катталды`)
_HOME_VOTING = re.compile(r"көчмө (урна|үкөк|куту)|переносн\w* (урн|ящик)|на дому|үйүнөн добуш")
_COMPLAINT_ABOUT = re.compile(r"(байланыштуу|боюнча|жөнүндө|тууралуу)\s+арыз")  # a complaint about the mobile box
# the station named as not the place (`снимали не у участка №1047, а у соседней остановки`)
_NOT_THERE = re.compile(r"\bне\s+(у|на|в|возле|около)\s+(\w+\s+)?$")
_NOT_THERE_AFTER = re.compile(r"[-\w]*\s+(алдында|жанында)\s+эмес\b")  # `№2288-участоктун алдында эмес`
# a problem only supposed, prevented, forbidden or provided for, not one that happened: in a
# clause opened by `если`, `чтобы`, `на случай`, `могут` (`могут пожаловаться, если увидят
# нарушения`, `следят за тем, чтобы никто не голосовал дважды`, `генератор на случай отключения
# света`), or ended by a Kyrgyz conditional or purpose (`мыйзам бузууну көрсө`, `эки жолу добуш
# бербеши үчүн`) or a ban (`фотографировать бюллетень запрещено`)
_SUPPOSED_BEFORE = re.compile(r"(\bесли|\bчтобы|на случай|на всякий случай|в случае|\bпри\s+(?=нарушени|попытк|сбо|отключени)|"
                              r"что делать|порядок\s+подачи|тренинг\w*|семинар\w*|(?<!не )\bмо(гут|жет)|\bдолжн\w*|"
                              r"предусмотр\w*|запрещ\w*|нельзя|\bэгер)\b[^.;:!?,]{0,60}$"  # in the cue's own clause
                              r"|(\bспрашива\w*|\bспросил\w*)\b[^.;:!?]{0,60}$")  # a question (`спросил ..., были ли попытки подкупа`)
_SUPPOSED_AFTER = re.compile(r"[^.,;:!?]{0,30}?(\b(көр|бол|кыл|жат|бер|чык|кал|байка|байкаш)(са|се|со|сө)\b|"
                             r"\w+(ши|шы|шу|шү)\s+үчүн\b|колдонуу үчүн|"  # `бербеши үчүн`, `колдонуу үчүн` (to use in case)
                             r"(?<!не )(?<!не «)запрещ|не допуска|тыюу салын|\bнельзя|болбой(т|\s+турган)|\bможно\b|"  # (not `подвоз «не запрещен»`)
                             r"(са|се|со|сө)\s+да\b|\bтартиб|сураша?(нда|ганда|шканда)|тренинг|семинар|грозит)")  # `өчүп калса да`, a procedure, a question
_NONE_OF = re.compile(r"нарушений\b")  # Russian genitive plural: what the sentence says there was none of


def _kinds(low: str) -> list[str]:
    """The kinds of problem a sentence states, causes before effects and the first stated
    first: `the scanner broke, voters queued for an hour` is equipment, and so is `voting
    was suspended after a fight` a violation."""
    found = []
    for kind, pat in INCIDENT.items():
        for m in pat.finditer(low):
            # a negation after the cue denies it, one inside it is the problem (`жарыгы болгон жок`)
            # (`кезек да, талаш-тартыш да болгон жок`: neither)
            if NEGATION.search(low, m.end() if NEGATION.search(m.group()) else m.start(), m.end() + _NEGATION_REACH) or \
                    _NONE_BEFORE.search(low, max(0, m.start() - 25), m.start()) or \
                    _SUPPOSED_BEFORE.search(low, max(0, m.start() - 70), m.start()) or _SUPPOSED_AFTER.match(low, m.end()):
                continue
            if _NONE_OF.match(low, m.start()) and re.search(r"\bне\s", low[m.end():]):
                continue  # `Других нарушений на участке, ..., не выявлено`: the genitive of a denied thing
            if _SPOILED.match(m.group()) and (_COUNTED_BALLOTS.search(low, max(0, m.start() - 40), m.start())
                                               or _SPOILED_COUNT_AFTER.match(low, m.end())):
                continue  # a protocol's count of spoiled ballots (`18 бюллетень жараксыз деп табылды`,
                # `недействительных бюллетеней — 23`)
            if m.group().startswith("арыз") and _HOME_VOTING.search(low) and not _COMPLAINT_ABOUT.search(low):
                continue
            if kind == "queue" and _SHORT_QUEUE.search(low):
                continue  # a short queue is a neutral report (`кыска кезек`, `небольшая очередь`)
            found.append((kind in _EFFECTS, m.start(), kind))
            break
    found.sort()
    specific = [k for _, _, k in found if k != "other"]
    return specific or [k for _, _, k in found]


def _incidents(text, ents, ss: list[_Sent]) -> list[Fact]:
    out: list[StationIncident] = []
    seen = set()
    for n, sent in enumerate(ss):
        stations = sent.get("POLLING_STATION")
        if not stations:
            st = _station_before(ss, n) if _SAME_STATION.search(sent.low) else None
            if st is None and not NEGATION.search(sent.low) and not _NONE.search(sent.low):
                # (a carried station needs a sentence that denies nothing: `ни одного сбоя`)
                st = _station_before(ss, n) if _THERE.match(sent.low) else _station_heading(ss, n)
            if st is not None:
                # the results annulled at a station whose problem was just told follow from it
                # (`... вброс на участке №5233. ЦИК признал итоги на этом участке недействительными`)
                consequence = _ANNULLED.search(sent.low) and any(k[0] == ents[st].norm for k in seen)
                for kind in [] if consequence else _kinds(sent.low)[:1]:
                    if (ents[st].norm, kind) not in seen:
                        seen.add((ents[st].norm, kind))
                        out.append(StationIncident((sent.start, sent.end), 0.7, _ref(ents, st), kind, sent.text))
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


def _station_heading(ss: list[_Sent], n: int) -> int | None:
    """The station of a heading right before the sentence, in its post (`16:15 | Кара-Суу,
    участок №5218. Наблюдательницу ... не пускали`): a short sentence of a place and a station."""
    if n == 0 or ss[n - 1].s.stamp != ss[n].s.stamp:
        return None
    head = ss[n - 1]
    stations = head.get("POLLING_STATION")
    words = re.findall(r"[^\W\d_]+", head.text)
    if len(stations) != 1 or len(head.text) > 60 or len(words) > 5 or \
            any(w not in _HEADING_WORDS and not w[:1].isupper() for w in words):
        return None
    return stations[0]


_NONE = re.compile(rf"{_NONE_WORDS}|без проблем|без нарушений")  # the sentence denies a problem
_HEADING_WORDS = {"участок", "участка", "участке", "шайлоо", "участогу", "участкасы", "избирательный"}  # or a capitalized word


# a sentence that goes on about the place just named (`Там ...`, `Бул жерде ...`)
_THERE = re.compile(r"\s*(там|здесь|тут|туда|ал жерде|бул жерде|ошол жерде|мында|анда)\b")


# the sentence gives the effect's cause itself (`началось с опозданием на 25 минут: комиссия не
# могла найти печать`), so a later sentence's words are no cause of it
_CAUSE_GIVEN = re.compile(r"(?<!\d):(?!\d)|из-за|потому что|так как|поскольку|себеби|(?<=\w)[дт]ан улам|анткени")
# someone's words, not a quoted name (`«Таза шайлоо» байкоочулары ...`)
_QUOTE_OPENS = re.compile(r"\s*[\"«“„][^\"»”“„]{25,}")
_ANNULLED = re.compile(r"жараксыз|недействительн|жокко чыгар|аннулир|отмен")
_OTHER_STATIONS = re.compile(r"бир нече участ|участоктор|участкалар|участках|участков|нескольк\w+\s+участк")
_RUMOUR = re.compile(r"\bушак|\bслух|деп (көп )?айтышат|\bимиш")  # `... деген ушак тарады`, `по слухам`
# a report the text denies before naming the station: `Не подтвердились и сообщения о том, что
# на участке №1096 ...`, `Видео, на котором якобы «закрыли участок в Оше», снято на участке №5076`
_DENIED = re.compile(r"не подтверд|якобы|опроверг|тастыкталган жок|жалган маалымат|удалил\w* (пост|публикац|сообщени)|\bфейк")
# a report the sentence denies after naming the station (`Информация о вбросе на участке №1237 не
# подтвердилась`, `№6035-участкада жарык өчүп калды деген кабарды ... төгүндөдү`); one told as
# someone's claim and then contradicted stays (`сообщил о вбросе, однако ЦИК этот факт не подтвердил`)
_DENIED_AFTER = re.compile(r"\bне подтверди|\bне нашли подтвержд|\bопровер|ырасталган жок|тастыкталган жок|"
                           r"төгүндө|далили табылган жок|оказал\w* ошибк|\bотозвал|кайра чакырт|"
                           r"(туура эмес|жалган) болуп чык|\bотозван|на самом деле (снят|записан|был\w* снят)|"
                           r"(маалымат|кабар)\w*\s+туура эмес|чындыкка дал келбе|арыз\w*\s+(\w+\s+)?кайра ал(ды|ган)|"
                           r"отношения не имеет|не имеет отношения|тиешеси жок|"
                           r"наход\w*\s+в\s+друг(ом|ой) (квартал|район|мест|здани|сел|город)|башка (кварталда|жерде|айылда)|"
                           r"недоразумени|назвал\w* ложн|түшүнбөстүк")  # turned out false, withdrawn
# (nor a denial of other stations: `подтвердила нарушение только на участке №1342, по двум другим ...`)
# a problem of an earlier election, told against today's calm (`2017-жылы ... сканер бузулуп калган, бирок
# быйыл ... баары иштеп жатат`, `После выборов 2020 года было много жалоб, но сегодня ... спокойно`)
_TODAY_FINE = re.compile(r"\b(сегодня|сейчас|теперь|в этот раз|бүгүн|быйыл|азыр|бул жолу)\b[^.;]{0,80}(спокойн|штатн|нормальн|"
                         r"без (проблем|нарушений|сбоев)|вопросов нет|ничего (не (заметил|нашл|зафиксир|обнаруж|выявил|произошл|случил)|подобного)|нет вопросов|тынч|баары (иштеп|тез|жакшы|нормалдуу)|нормалдуу|"
                         r"көйгөйсүз|канааттандыр)")
_PAST_YEAR = re.compile(r"\b(19|20)\d\d\s*(-?\s*жыл|год|г\.)")  # a year, not a station's number
_CONTRAST = re.compile(r"\b(однако|но|бирок|ал эми|други\w*|остальн\w*|башка)\b|,\s*а\s")


def _station_kinds(text, ents, ss: list[_Sent], n: int, st: int, alone: bool) -> list[str]:
    """The problems stated of one station: in its own clause (`... о подкупе избирателей,
    а на участке № 1196 наблюдателей не допустили`; `№1172 участокто урна иштебей калып,
    ..., №1209 участокто ... даттануулар катталды`), or in the sentence when the station
    is its only one and opens it."""
    sent = ss[n]
    if _DENIED.search(sent.low, 0, ents[st].start - sent.start) or _RUMOUR.search(sent.low):
        return []  # denied before the station is named, or a rumour
    if _NOT_THERE.search(sent.low, max(0, ents[st].start - sent.start - 30), ents[st].start - sent.start) or \
            _NOT_THERE_AFTER.match(sent.low, ents[st].end - sent.start):
        return []
    after = ents[st].end - sent.start
    denied = _DENIED_AFTER.search(sent.low, after)
    if denied and not _CONTRAST.search(sent.low, after, denied.start()):
        return []  # denied after it, not as the answer to someone's claim
    joins = [m.end() for m in _CLAUSE_JOIN.finditer(sent.low)]
    pos = ents[st].start - sent.start
    lo = max([j for j in joins if j <= pos], default=0)
    hi = min([j for j in joins if j > pos], default=len(sent.low))
    kinds = _kinds(sent.low[lo:hi])
    if not kinds and alone and lo == 0 and not _OTHER_STATIONS.search(sent.low, hi):
        kinds = _kinds(sent.low)  # (not what a later clause says of other stations: `... бир нече участоктон
        # мыйзам бузууларды катташкан`)
    if kinds and _PAST_YEAR.search(sent.low, lo, hi) and _TODAY_FINE.search(sent.low, pos):
        return []
    nxt = min([ents[i].start - sent.start for i in sent.get("POLLING_STATION") if ents[i].start > ents[st].start],
              default=len(sent.low))  # (not what a later clause says of another station)
    if kinds == ["queue"] and _NEUTRAL_QUEUE.search(sent.low, lo, nxt):
        return []  # (a later clause may say so: `... кезекте турат, бирок кезек тез жылып жатат`;
        # not an earlier one of other stations: `Чет өлкөлөрдө ... тынч өтүүдө, бирок №6003-участкада узун кезек`)
    # `could not vote`, `results annulled`: effects whose cause the next sentences may give
    effect = kinds == ["other"] and re.search(r"бере ал(ба|ган жок)|не смогл|жокко чыгар|жараксыз|недействительн|"
                                              r"аннулир", sent.low) or \
        bool(kinds) and kinds[0] in _EFFECTS
    if effect and not _CAUSE_GIVEN.search(sent.low, pos):
        # `voters could not vote`, `the station opened late`, `a long queue`: the next
        # sentences of the post usually give the cause (`электр жарыгы өчүп калып, ...`)
        for nxt in ss[n + 1:n + 4]:
            if nxt.s.opens_post or nxt.get("POLLING_STATION") or _QUOTE_OPENS.match(nxt.text):
                break  # a new post, another station, or someone's words (`"В целом выборы были честными"`)
            more = [k for k in _kinds(nxt.low) if k not in ("other",) + _EFFECTS]
            if more:
                return more[:1]
    return kinds
