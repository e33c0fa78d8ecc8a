"""Which percent near a party is its share: a party's sentence often holds other figures.

A results sentence names thresholds, gaps, earlier results, rough figures and rumours next
to the share itself (`3,35 пайыздан 6,17 пайызга чейин өсүп`, `тогда 7,13%, теперь 7,04%`,
`почти 14 процентов голосов (13,85%)`). These checks keep only the party's own share now.
"""
from __future__ import annotations

import re

from ..types import Entity
from .common import ABLATIVE, DATIVE, FROM_RU, TOGETHER, YEAR, _not_a_share

_ABLATIVE = rf"(?:{ABLATIVE})"
_DATIVE = rf"(?:{DATIVE})"
# the figure a share moved from: `3,35 пайыздан 6,17 пайызга чейин`, `7,13 пайыздан 2021-жылы
# 7,04 пайызга`, `с 3,35% до 6,17%`
_TO_ANOTHER = re.compile(rf"\s*[\d\w,. -]{{0,30}}?(%|пайыз)\w*\s+чейин"
                         rf"|\s*[\d\w,. -]{{0,30}}?\d\s*(%|пайыз){_DATIVE}\b", re.I)
# also `с 3,35% год назад до 6,17%`, `с 3,35% в октябре 2020-го до 6,17%`
_TO_RU = re.compile(r"\s*%?\s*,?\s*([^\W\d_]+,?\s+|(19|20)\d\d(-[а-я]+)?\s+){0,8}до\s+\d")  # also `с 7,37%, на ноябрьских выборах ... улучшил показатель до 11%`
# the figure another replaced: `беш жыл мурунку 8,52%дын ордуна 3,03%`, `вместо 8,52%`
_INSTEAD_AFTER = re.compile(r"[а-яөүң]{0,4}\s+ордуна\b", re.I)
_INSTEAD_BEFORE = re.compile(r"\bвместо\s+(прежних\s+|былых\s+)?$", re.I)
# a gap: `0,11 пайызга гана артта калып`, `на 2% больше`
_BEHIND_OR_AHEAD = r"артта|алдыда|озуп"
_GAP_KY = re.compile(rf"\s*(гана\s+|(?!чейин)\w+\s+)?({_BEHIND_OR_AHEAD}|көп|аз\b|төмөн|жогору|кем\b"
                     r"|азай|көбөй|өс(тү|үп)|кыскар|жогорула)", re.I)  # also a change: `үлүшү 0,8 пайызга азайып`
# also `ашыгыраак гана артта`; not `56,32 пайыздан бир аз алдыда` (ahead of that figure)
_BEHIND_BY = re.compile(rf"\s*(гана\s+|\w+\s+)?((ашык\w*|ашуун|көбүрөөк|гана)\s+)?({_BEHIND_OR_AHEAD})"
                        r"|\s*(ашык\w*|ашуун|көбүрөөк)\s+(аз|кем|көп)\b", re.I)  # `жети пайыздан ашык артта`, `... ашык аз`
# the figure a share moved from, right before the one it moved to (`4,30%дан 3,48%га төмөндөп`)
_FROM_BEFORE = re.compile(rf"\d\s*(%|пайыз)?{_ABLATIVE}[\s,]*$", re.I)
# a dative figure that ends a range, not a figure moved to (`5,8ден 7,6 пайызга чейин`, not `... чейин төмөндөдү`)
_RANGE_END = re.compile(r"[а-яөүң]{0,3}\s+чейин\b(?!\s+(\w+\s+)?(төмөн|көтөр|өс|түш|азай|көбөй|кыскар|жогорула))", re.I)
_EACH = re.compile(r"ар бир|алардын|каждой|каждая|у каждой|у них", re.I)
_GAP_RU = re.compile(r"\s*%?\s*(больше|меньше|выше|ниже)", re.I)
_ON_RU = re.compile(r"\bна\s+$")
# a bound right before the exact figure: `он пайыздан бир аз ашык — 10,31%`, `он жети
# пайыздан ашыгы (17,32%)`, `почти 14 процентов голосов (13,85%)`
_BOUND_KY = re.compile(r"\s*(бир аз|бир топ|бираз)?\s*(ашык|ашыг|ашуун|жогору|көп|ашты|ашып)\w*\s*[—–(-]\s*\d", re.I)
# also a bound it fell short of: `не дотянула даже до одного процента — 0,96%`
_ROUGHLY_RU = re.compile(r"\b(почти|около|более|свыше|примерно|порядка|менее|до)\s+$", re.I)
_EXACT_IN_BRACKETS = re.compile(r"[^\d()]{0,15}(\(|точнее|\s[—–])\s*\d")  # `(13,85%)`, `а точнее 13,85%`, `— 0,96%`
# the margin over the threshold: `беш пайыздык босогодон бир пайыздан бир аз гана ашып`
_THRESHOLD_FROM = re.compile(rf"\b(босого|чек|барьер)\w*{_ABLATIVE}\s+$", re.I)
_PASSED = re.compile(r"\s*((бир аз|бир топ|бираз|ашыгыраак|көбүрөөк|гана)\s+){0,2}(аш(ып|ты|кан|ык)|өт(үп|тү|көн))", re.I)
# a shortfall: `бир пайызга да жеткен жок`
_FELL_SHORT = re.compile(r"\s*(\w+\s+)?(жеткен жок|жете алган жок|жетишкен жок)", re.I)
# a claim the text distances itself from: `якобы набрала 27% голосов`
_HEARSAY = re.compile(r"\b(якобы|будто бы?)\b[^.;]{0,40}$", re.I)
# one party's figures of two moments: `2020-жылы 0,22%, 2021-жылы 0,46%`, `тогда ... 7,13%,
# теперь — 7,04%`, `4,3% в 2020-м и 3,48% сейчас`
_YEAR_AFTER = re.compile(r"[^.;%]*?\b((?:19|20)\d\d)(?:-м|-жылы|\s+году|-го)\b", re.I)  # the year of the figure before
# a figure given as the final one after an earlier count
_FINAL_BEFORE = re.compile(r"(окончательн\w*|после\s+(ручного\s+)?(пересч[её]т\w*|подсч[её]т\w*)|кайра\s+эсепт\w*\s+кийин|"
                           r"акыркы\s+(жыйынтык|маалымат)\w*)[^.;%]{0,60}$", re.I)
_YEAR_BEFORE = re.compile(r"\b(19|20)\d\d(-жылы|-м|\s+году)?(\s+(ал|она|у нее))?[\s,:—–-]*$")  # `2020-жылы ал 7,13`
# `теперь всего 3,03%`, `а год спустя — 7,04%`, `бул жолу болгону 3,48 пайыз`
_NOW_BEFORE = re.compile(r"\b(теперь|сейчас|ныне|быйыл|эми|азыр|спустя|на этот раз|в этот раз|бул жолу)\b"
                         r"(\s+анын)?(\s+(көрсөткүчү|үлүшү))?"  # `азыр анын көрсөткүчү 24,62`
                         r"(\s+(всего|лишь|только|уже|болгону|гана))?[\s,:—–-]*$", re.I)
# a gap named by its noun, right before the figure (`айырма алты пайыздан ашат`, `отрыв в 2%`),
# and a part of the candidates or the list, not of the votes (`талапкерлердин 30 пайызын`)
# and the threshold's own figure (`босогонун жети пайыздан беш пайызга түшүрүлгөнү`, `барьер с 7%`)
_GAP_OR_PART = re.compile(r"\b(айырма\w*|разниц\w*|отрыв\w*|разделя\w*|отделя\w*|талапкерлердин|кандидатов|тизменин|списка"
                          r"|мүчөлөрүнүн|пересчит\w*"  # a part of its members, of the ballots to recount
                          r"|босогону?н?|порог\w*|барьер\w*)"
                          r"(\s+(в|с|составил\w*|болгону|гана|около|почти|всего|ашык))?\s*$", re.I)
# what a party needed, not what it got: `партии требовалось набрать не менее 7% голосов`,
# `өтүш үчүн 5 пайыз алуу керек`
_REQUIRED = re.compile(r"\b(требовал\w*|требуется|нужно|необходимо|надо|должн\w+|талап кыл\w*)\s+(\w+\s+){0,2}"
                       r"(не менее|минимум|хотя бы)?\s*$", re.I)  # `мыйзам талап кылган 30 пайыздан`
# a turnout figure named as one near a party (`«Реформы» ...: «Реальная явка — не больше 32–33 процентов»`)
# a turnout told by its verb (`шайлоого 58,89% шайлоочу катышып, СДПК 38 мандат менен ...`)
_TURNOUT_AFTER = re.compile(r"[а-яөүң]{0,4}\s+((шайлоочу|избирател|граждан)\w*\s+)?(катышып|катышты|проголосовали|пришли|явились)\b",
                            re.I)  # a finite verb: not `30,5% проголосовавших` (a share of the voters)
_TURNOUT_BEFORE = re.compile(r"\b(явк\w*|катышуу\w*)\b[^\d,.;:]{0,20}(\d+\s*[–-]\s*)?$", re.I)  # not past another figure but a range's first
# the turnout as the subject of the verb right before the figure, further back (`Явка на участке ..., где
# голосовал лидер партии «Реформа», к 14:00 составила 21%`, `явка в Баткенской области достигла 41%`)
_TURNOUT_VERB_BEFORE = re.compile(r"\b(явк\w*|катышуу\w*)\b(?:(?!набра|получ|\bалд|\bалып|топто|процент|пайыз)[^.;%])"
                                  r"{0,100}\b(составил\w*|достиг\w*|превысил\w*|түздү|жетти)\s+(\w+\s+)?$", re.I)
_REQUIREMENT_AFTER = re.compile(r"[а-яөүң]{0,4}\s+(?:\w+\s+)?(?:талаб|шарт)\w*", re.I)
# the share of voters who came, told by the voting verb with no party it went to (`в столице
# проголосовали лишь 23% избирателей`; not `за СДПК проголосовали 28% избирателей`)
_VOTED_BEFORE = re.compile(r"\b(проголосовал\w*|пришл\w*\s+на\s+участки|явил\w*)\s+"
                           r"((лишь|только|всего|около|почти|более|менее)\s+)?$", re.I)
_OF_VOTERS_AFTER = re.compile(r"[а-я]{0,3}\s+(избирател|граждан)", re.I)
_FOR = re.compile(r"\bза\b", re.I)
# the threshold's new figure after its old one (`босогонун жети пайыздан беш пайызга`, `барьер с 7% до 5%`)
_THRESHOLD_MOVED = re.compile(r"\b(босого\w*|порог\w*|барьер\w*)\s+(с\s+)?[\w,]+(\s+\w+)?\s*(%\w*|пайыз\w*|процент\w*)"
                              r"\s+(до\s+)?$", re.I)
# the count's progress told before the figure: `подсчет голосов завершен на 98%`
_PROGRESS_BEFORE = re.compile(r"\b(?:подсч[её]т|обработк|эсептөө)\w*\s+(?:\w+\s+)?(?:завершен|выполнен|проведен)\w*\s+на\s+$", re.I)
# the count's progress, not a share: `70%ы иштетилгенден кийин`, `30%ы эсептелгенде`, `55%ына жеткенде`,
# `после обработки 98% протоколов`, `үкөктөрдүн 40%ынан маалымат келгенде`, `61% протоколов`
_PROGRESS_AFTER = re.compile(r"[а-яөүң]{0,4}\s+(эсептел|иштетил|саналып|саналды|саналган|жеткенде|маалымат келгенде"
                             r"|(протокол|участк|ящик|урн|бюллетен)\w*\b"  # `после обработки 61% протоколов у партии 13,4%`
                             r"|\w*\s*(протокол|бюллетен|участ|урн)\w*\s+(обработ|подсчит|эсептел|иштетил)"
                             r"|(обработанн|подсчитанн|посчитанн)\w*\s+(протокол|бюллетен|участ|урн))", re.I)  # `82% обработанных протоколов`
# a figure of an `if` clause set against the one after `то` (`Если ... было 29,1%, то ... 27,44%`)
_IF_BEFORE = re.compile(r"\b(если|эгер)\b[^.;]*$", re.I)
_THEN_BETWEEN = re.compile(r",\s*(то|анда)\s", re.I)
_NOW_AFTER = re.compile(r"\s*(сейчас|теперь)\b", re.I)
# a part of something else named right after the figure (`70% членов партии`, `100% бюллетеней`)
# a recount of part of the stations or ballots (`требует ручного пересчёта хотя бы на 10% из них`)
_RECOUNT_BEFORE = re.compile(r"(пересч[её]т\w*|пересчит\w*)\s+(хотя бы\s+|минимум\s+|не менее\s+)?на\s+$", re.I)
_PART_OF_AFTER = re.compile(r"[а-яөүң]{0,4}\s+(членов|жителей|мест|мандатов|опрошенных|респондент\w*|телезрител\w*|зрител\w*"
                            r"|выпускник\w*|учител\w*|студент\w*|пенсионер\w*|населения|участков|школ|списка|тизменин)\b"
                            # the ballots to recount (`бюллетендердин 100 пайызын кол менен кайра эсептөө`)
                            r"|[а-яөүң]{0,3}\s+(кол менен\s+|кайрадан\s+)?кайра (эсепт|сана)", re.I)
# the figure's clause speaks of money, the economy, a poll's respondents, a single-member district
# or a presidential election, or of women or young people on a list: not the party's list vote
# (`пообещала увеличить пенсии на 20%`, `получил 52% голосов в одномандатном округе`, `Доля женщин
# в списке ... составила 33%`)
_NOT_THE_VOTE = re.compile(r"пайыздык чен|(?<![а-яёөүң])(?:ставк[аиуео]|бедност|бюджет|респондент|инфляц|налог|салык)"  # not `аналогичные`
                           r"|одномандатн|бир мандаттуу|мажоритар|\bв\s+\w+(ском|ском\s+избирательном)\s+округе\b|\bпенси(и|ю|й|я|ям)\b|\bввп\b|"
                           r"президентск\w* выбор|президенттик шайлоо|"
                           r"(доля|үлүш\w*)[^.]{0,10}(женщин|аялдар|молодеж|жаштар)|"
                           r"(женщин|аялдар\w*|молодеж\w*|жаштар\w*)[^.]{0,20}(доля|үлүш)|"
                           r"\d\s*(%|пайыз)\w*\s+(аялдар|жаштар)", re.I)
# a share of stations, schools or residents told before it (`шайлоо участкаларынын 33%ы`)
_SHARE_OF_BEFORE = re.compile(r"(участкалар|мектептер|тургундар|жителей|протоколдор|каражат|средств)\w*\s+$|\bиз\s+них\s+$", re.I)
# a change by so much (`электорат партии сократился на 33 тысячи человек, или на 16%`)
_CHANGED_BY = re.compile(r"\b(?:сократил|уменьшил|снизил|вырос|увеличил|упал|прибавил|потерял|заниж|завыш)\w*[^.;]{0,40}\bна\s+(?:\d+\s*[–-]\s*)?$", re.I)
# a forecast in the figure's clause (`10 пайызга чейин ала алат деп болжолдогон`, `может рассчитывать
# на 20%`, `15 пайызды көздөйт`); a poll in its sentence (`по данным опроса`, `сурамжылоого ылайык`)
# (not `болжол менен 44,3%`, `болжолдуу 38 мандат`: about so many)
_FORECAST = re.compile(r"болжолдо|божомол|көздө|ала алат|алышы мүмкүн|\bаларын\b|\bалабыз\b|(может|мог|могла|могут)\s+(рассчитывать|набрать|получить)"
                       r"|прогноз", re.I)
# a Kyrgyz forecast told after its figures (`«X» 15 пайыз, «Y» 10 пайызга чейин ала алат деп болжолдогон`)
_SAID_FORECAST = re.compile(r"\bдеп\s+(болжолдо|божомолдо|күтө|күтүш|үмүттө)", re.I)
# the threshold named right before its figure (`босого 5 пайыз болгону`, `барьер в 7%`, `порог — 5%`)
# (nominative, no dash: `перешагнул порог — 7,72%`, `босогодон 7,72% менен өтүп` are the party's)
_THRESHOLD_JUST_BEFORE = re.compile(r"\b(босого|порог|барьер)\s+(в\s+)?$", re.I)
_CONTRAST = re.compile(r"\b(?:бирок|однако|но|ал эми|тем не менее|на деле|фактически)\b", re.I)
_POLL = re.compile(r"(?<![а-яё])опрос|(?<![а-яё])опрошенн|(?<![а-яөүң])сурал(?:ган|гандар)|сурамжыл|социолог|(?<![а-яё])респондент|экзит-?пол|божомол", re.I)  # also exit polls, forecasts
# a forecast the sentence opens with, before the figure (`Жороевдин болжолунда, ...`, `По прогнозу аналитиков, ...`)
_FORECAST_OPENING = re.compile(r"^\W*(?:\S+\s+){0,5}?(?:болжолу(?:нда|на)\b|по\s+(?:\w+\s+)?прогноз)", re.I)
_RATING = re.compile(r"рейтинг", re.I)  # in the clause: `Хвост рейтинга по итогам голосования: ...` is a ranking
_THRESHOLD_CHANGE = re.compile(r"босогону\s+(\S+\s+){0,4}?(түшүр|төмөндөт|көтөр)|(сниз|сниж|повыс|подня)\w*\s+(\S+\s+)?(порог|барьер)"
                               r"|(порог|барьер)\w*\s+(\S+\s+){0,3}?(сниз|сниж|повыс|подня)", re.I)
# the threshold named, then changed as `it` (`7 пайыздык босогону ... аны 3 пайызга чейин төмөндөтүү`)
_THRESHOLD_IT_CHANGED = re.compile(r"(босог|порог|барьер)\w*[^.]{0,60}?\bаны\s+(\S+\s+){0,3}?(түшүр|төмөндөт|көтөр)", re.I)
_STOP = re.compile(r"[.!?](?!\d)")
_CLAUSE_MARK = re.compile(r"[,;:]\s|\s[—–]\s")


def _figure_clause(text: str, e: Entity, sent_start: int) -> str:
    """The clause of a figure: from the last comma, semicolon or dash before it (at most 80
    characters back) to the next one after it."""
    lo = max(sent_start, e.start - 80)
    marks = [m.end() for m in _CLAUSE_MARK.finditer(text, lo, e.start)]
    lo = marks[-1] if marks else lo
    after = re.compile(r"[,;.]\s|\s[—–]\s").search(text, e.end, e.end + 80)
    return text[lo:after.start() if after else e.end + 80].lower()


def _case_after(text: str, e: Entity, case: str) -> bool:
    """The Kyrgyz case ending of the percent: in its span (`6,17 пайызга`) or glued after a
    sign left out of it (`4,30%дан`)."""
    return re.search(rf"{case}$", e.text, re.I) is not None or re.match(case, text[e.end:e.end + 3], re.I) is not None


_BEHIND_RIGHT_AFTER = re.compile(r"\s+(гана\s+)?(артта|алдыда)\b", re.I)


def gap_or_shortfall(text: str, e: Entity) -> bool:
    """A percent a party or a figure is behind or ahead by (`үч пайыздан ашыгыраак гана артта
    калды`), passed the threshold by (`босогодон бир пайыздан бир аз гана ашып`), or falls
    short of (`эки пайызга жеткен жок`)."""
    if _FELL_SHORT.match(text, e.end):
        return True
    end = e.end + (0 if re.search(rf"{_ABLATIVE}$", e.text, re.I) else 3)
    if not _case_after(text, e, _ABLATIVE):  # or by so much, right before `behind` (`КЭДПден 0,1 пайыз гана артта`)
        return _BEHIND_RIGHT_AFTER.match(text, e.end) is not None
    return _BEHIND_BY.match(text, end) is not None or (
        _PASSED.match(text, end) is not None and _THRESHOLD_FROM.search(text, max(0, e.start - 30), e.start) is not None)


def _sentence_of(text: str, e: Entity, sent_start: int) -> str:
    """The sentence of a figure, from `sent_start` to the next full stop after it."""
    end = _STOP.search(text, e.end, e.end + 300)
    return text[sent_start:end.start() if end else e.end + 300]


# Words that make a percent near a party something other than its share, by where they stand.
# In the figure's clause: money, a district candidate, a presidential vote, women on a list; a
# forecast; a rating; a threshold to be moved (`босогону 3 пайызга түшүрүү керек`).
_NO_SHARE_IN_CLAUSE = (_NOT_THE_VOTE, _FORECAST, _RATING, _THRESHOLD_CHANGE)
# Ending right before the figure within its sentence, at most so many characters back: a recount
# of part of the ballots, a share of stations or residents, a requirement (`требовалось набрать не
# менее 7%`), a turnout (`явка — 32%`), a gap named as one (`айырма алты пайыздан ашат`), a part of
# the candidates, the threshold's new figure, a claim the text distances itself from, a share of
# several parties together.
_NO_SHARE_BEFORE = ((_RECOUNT_BEFORE, 45), (_PROGRESS_BEFORE, 40), (_SHARE_OF_BEFORE, 25), (_REQUIRED, 45), (_TURNOUT_BEFORE, 30),
                    (_TURNOUT_VERB_BEFORE, 130), (_GAP_OR_PART, 30), (_THRESHOLD_MOVED, 50), (_HEARSAY, 60),
                    (TOGETHER, 40), (_CHANGED_BY, 70))
# Right before the figure, even across a sentence mark: the threshold's own figure, the figure
# another replaced (`вместо 8,52%`).
_NO_SHARE_RIGHT_BEFORE = ((_THRESHOLD_JUST_BEFORE, 20), (_INSTEAD_BEFORE, 20))
# Right after the figure: members or residents (`70% членов партии`), the count's progress (`70%ы
# иштетилгенден кийин`), a turnout's verb, the figure another replaced (`8,52%дын ордуна`), a
# requirement (`ар бир облуста 0,5% топтоо талабынан`).
_NO_SHARE_AFTER = (_PART_OF_AFTER, _PROGRESS_AFTER, _TURNOUT_AFTER, _INSTEAD_AFTER, _REQUIREMENT_AFTER)


# words of an election's count or of the real figure set against a poll
_ELECTION_WORDS = re.compile(r"шайлоо|выбор|итог|жыйынтык|бшк|цик|протокол|мандат|голосовани|проголосовал|добуш бер(?!е\s+турган|ерин)|"
                             r"чындыгында|на деле|реальн|фактическ|расмий|официальн", re.I)
_GOT = re.compile(r"набра|получ|собрал|преодоле|прош(?:ла|ли|ел)\b|өт(?:тү|үштү|көн)\b|(?<![а-яөүң])ал(?:ды|ган|ып|ышты)\b|топто|ээ бол", re.I)


def _sentence_before(text: str, sent_start: int) -> str:
    """The sentence that ends right before `sent_start` (a look back of at most 400 characters)."""
    before = text[max(0, sent_start - 400):sent_start].rstrip()
    ends = [m.end() for m in _STOP.finditer(before, 0, max(0, len(before) - 1))]
    return before[ends[-1]:] if ends else before


_RANGE_DASH_AFTER = re.compile(r"\s*[–-]\s*\d")
_RANGE_DASH_BEFORE = re.compile(r"(?<![\d,.])\d+(?:[,.]\d+)?\s*[–-]\s*$")


# the make-up of the parties' lists: `В списке «X» женщины составляют 31,2%, у «Y» — 30,4%`
_LIST_MAKEUP = re.compile(r"\b(?:в\s+списк\w*|тизмесинде\w*|тизмелеринде\w*)\b[^.]*?\b(?:женщин|аял|молодеж|жаштар|этни)"
                          r"|\b(?:женщин\w*|аялдар\w*|молодеж\w*|жаштар\w*)\s+(?:составля|түз)", re.I)


def _in_a_range(text: str, e: Entity) -> bool:
    """The percent `e` is an end of a range (`10–12 процентов`): no one share. (The gold reads a turnout
    range as turnouts, `10-15%` abroad, so turnout keeps them.)"""
    return _RANGE_DASH_AFTER.match(text, e.end) is not None or \
        _RANGE_DASH_BEFORE.search(text, max(0, e.start - 8), e.start) is not None


def _list_makeup(sentence: str, at: int) -> bool:
    """The figure at `at` counts the lists' make-up: after a make-up phrase with no verb of getting
    between (not `«Эмгек», у которого в списке 40% женщин, получил 9,1%`)."""
    return any(m.start() <= at and not _GOT.search(sentence, m.end(), at) for m in _LIST_MAKEUP.finditer(sentence))


def not_the_share(text: str, e: Entity, sent_start: int) -> bool:
    """True when the percent `e` near a party is not the party's share now."""
    if _not_a_share(text, e) or gap_or_shortfall(text, e):
        return True  # a threshold, a difference in points; a shortfall, a gap (`жети пайыздан ашык артта`)
    if _in_a_range(text, e):
        return True  # a range is no share (`на 10–12%`, `занижен на 4–5 процентов`)
    clause = _figure_clause(text, e, sent_start)
    sentence = _sentence_of(text, e, sent_start)
    if any(p.search(clause) for p in _NO_SHARE_IN_CLAUSE) or _THRESHOLD_IT_CHANGED.search(sentence) or _list_makeup(sentence, e.start - sent_start) \
            or _SAID_FORECAST.search(sentence, e.end - sent_start):
        return True
    if any(p.search(text, max(sent_start, e.start - width), e.start) for p, width in _NO_SHARE_BEFORE) or \
            any(p.search(text, max(0, e.start - width), e.start) for p, width in _NO_SHARE_RIGHT_BEFORE) or \
            any(p.match(text, e.end) for p in _NO_SHARE_AFTER):
        return True
    # a poll told before `бирок`, `но`, ... is set against the real figure (`сурамжылоо ... 30 пайыз
    # болжолдогон, бирок партиянын чыныгы жыйынтыгы 24,5 пайыз болду`)
    polled = _CONTRAST.split(sentence[:e.start - sent_start])[-1] + sentence[e.start - sent_start:]
    if _POLL.search(polled) or _FORECAST_OPENING.search(sentence[:e.start - sent_start]):
        return True
    if not _ELECTION_WORDS.search(sentence) and not _GOT.search(sentence) and _POLL.search(_sentence_before(text, sent_start)):
        return True  # the poll's next figures (`... сурамжылоосуна ылайык, ... Экинчи орунда 11 пайыз менен "Ата Мекен"`)
    if _VOTED_BEFORE.search(text, max(sent_start, e.start - 40), e.start) and _OF_VOTERS_AFTER.match(text, e.end) \
            and not _FOR.search(text, max(sent_start, e.start - 90), e.end + 30):
        return True  # the share of voters who came, with no party it went to (not `за которую ... проголосовали`)
    before = text[max(0, e.start - 4):e.start].lower()
    if _case_after(text, e, _ABLATIVE):
        end = e.end + (0 if re.search(rf"{_ABLATIVE}$", e.text, re.I) else 3)
        if _TO_ANOTHER.match(text, end) or _BOUND_KY.match(text, end):
            return True  # the figure it moved from; a bound before the exact figure
    if FROM_RU.search(before) and _TO_RU.match(text, e.end):
        return True
    if _RANGE_END.match(text, e.end) and _FROM_BEFORE.search(text, max(0, e.start - 25), e.start) and \
            _EACH.search(text, max(sent_start, e.start - 60), e.start):
        return True  # the end of a range several parties fall in (`алардын ар биринде 5,8ден 7,6 пайызга чейин`)
    if _ROUGHLY_RU.search(text, max(0, e.start - 12), e.start) and _EXACT_IN_BRACKETS.match(text, e.end):
        return True
    if _case_after(text, e, _DATIVE) or _ON_RU.search(before):
        end = e.end + (0 if re.search(rf"{_DATIVE}$", e.text, re.I) or _ON_RU.search(before) else 2)
        if _GAP_KY.match(text, end) and not _FROM_BEFORE.search(text, max(0, e.start - 25), e.start):
            return True
    return bool(_ON_RU.search(before) and _GAP_RU.match(text, e.end))


def next_share(text: str, ents, sent, start: int, default: int) -> int:
    """Where the sentence's next share at or after `start` begins, else `default`: the bound
    past which a party's far figures belong to a later moment of it (`2020-жылы 3,35% ...,
    2021-жылы 6,17 пайыз, беш орун`)."""
    return min([ents[i].start for i in sent.get("PERCENT") if ents[i].start >= start
                and not not_the_share(text, ents[i], sent.start)], default=default)


def year_after(text: str, e: Entity) -> bool:
    """The figure `e` is followed by its year (`3,48% в 2021 году`)."""
    return _YEAR_AFTER.match(text, e.end, e.end + 30) is not None


def latest_of(text: str, ents, figures: list[int], floor: int) -> int | None:
    """The one figure of several that is the party's latest: each labelled with its year
    (the last), or one marked as now; None when the figures say neither."""
    if len(figures) < 2:
        return None
    opened = _IF_BEFORE.search(text, max(0, floor - 40), ents[figures[0]].start)
    if opened and not YEAR.search(opened.group()) and \
            _THEN_BETWEEN.search(text, ents[figures[0]].end, ents[figures[-1]].start):
        return figures[-1]  # `Если в полночь у социал-демократов было 29,1%, то к 06:00 ... партия набирает 27,44%`
        # (not two elections: `Если в 2015-м она набрала 12,93% ..., то теперь ...`)
    now = [i for i in figures if _NOW_BEFORE.search(text, max(floor, ents[i].start - 24), ents[i].start)
           or _NOW_AFTER.match(text, ents[i].end)]
    if len(now) == 1:
        return now[0]
    if all(_YEAR_BEFORE.search(text, max(floor, ents[i].start - 16), ents[i].start) for i in figures):
        return figures[-1]
    # each figure's own stretch (since the one before) names its year, or a later one is the
    # final count (`в 2010 году партия набрала 9,94%, а в 2015-м — 7,72%`, `по предварительным
    # данным набирал 7,05%, однако по окончательным итогам ... 6,87%`)
    starts = [floor] + [ents[i].end for i in figures[:-1]]
    years = [[int(m.group()) for m in YEAR.finditer(text, lo, ents[i].start)] for lo, i in zip(starts, figures)]
    # the first moment's year may stand right before the party (`В 2010 году «Ата-Журт» набрала ...`)
    lead = text[max(0, floor - 20):floor]
    if not years[0] and "%" not in lead:
        years[0] = [int(m.group()) for m in YEAR.finditer(lead)]
    # (not where seats stand among them: they belong to their own year's figure)
    seats_among = re.search(r"мандат|орун|мест|кресл", text[floor:ents[figures[-1]].end], re.I)
    if all(years) and len({y[-1] for y in years}) == len(years) and not seats_among:
        return max(zip(figures, years), key=lambda fy: fy[1][-1])[0]
    # or each names its year right after it (`5,6% и 18 мест в 2010-м, ... 3,48% в 2021 году`)
    ends = [ents[i].start for i in figures[1:]] + [ents[figures[-1]].end + 30]
    after = [[int(m.group(1)) for m in _YEAR_AFTER.finditer(text, ents[i].end, min(hi, ents[i].end + 30))]
             for i, hi in zip(figures, ends)]
    if not all(years) and all(after) and len({y[0] for y in after}) == len(after):
        return max(zip(figures, after), key=lambda fy: fy[1][0])[0]
    final = [i for lo, i in zip(starts[1:], figures[1:]) if _FINAL_BEFORE.search(text, lo, ents[i].start)]
    if len(final) == 1:
        return final[0]
    return None
