"""Election facts (kgner.facts) on short fragments, with hand-made entities.

Entities are given by hand so that these tests exercise the fact layer only.
"""
from __future__ import annotations

import re

import pytest

from kgner.facts import (PartyResult, StationIncident, Turnout, VoteCast, build_facts,
                         facts_to_dicts)
from kgner.facts.evaluate import FactReport, key_equal
from kgner.facts.numbers import find_quantities, word_number
from kgner.types import Entity, Extraction


def ex(text: str, *spans: tuple[str, str, str], lang: str = "ky") -> Extraction:
    """An extraction of `text` with entities (label, surface, norm), found left to right."""
    ents, pos = [], 0
    for label, surface, norm in spans:
        start = text.index(surface, pos)
        ents.append(Entity(label, surface, start, start + len(surface), norm, lang))
        pos = start + len(surface)
    return Extraction.from_entities(text, ents)


def only(facts, cls):
    return [f for f in facts if isinstance(f, cls)]


def _party_results(text: str) -> list[PartyResult]:
    """The party results the whole pipeline gives for `text`."""
    import kgner
    return only(kgner.extract(text).facts, PartyResult)


# ------------------------------------------------------------------ numbers
@pytest.mark.parametrize("text,values", [
    ("3,7 миллиондун 339,8 миңи", [3_700_000, 339_800]),
    ("1 миллион 557 миң 442 жаран", [1_557_442]),
    ("83 миң 357 шайлоочу", [83_357]),
    ("4 миллиона 294 тысячи 243 человека", [4_294_243]),
    ("131 тыс. 613 горожан", [131_613]),
    ("1,58 млн из 4,29 млн избирателей", [1_580_000, 4_290_000]),
])
def test_number_words(text, values):
    assert [q.value for q in find_quantities(text)] == values


def test_kyrgyz_and_russian_number_words():
    assert [word_number(w) for w in ("сегиз", "эки", "бирден", "жетөөнү", "семь", "семьдесят", "девяноста")] == \
        [8, 2, 1, 7, 7, 70, 90]


# ------------------------------------------------------------------ turnout
def test_turnout_kyrgyz_with_absolute_numbers():
    text = "Саат 12:00гө карата шайлоочулардын 9,17%ы – 3,7 миллиондун 339,8 миңи бир округ боюнча добуш берди."
    facts = build_facts(ex(text, ("TIME", "Саат 12:00", "12:00"), ("PERCENT", "9,17%", "9.17")))
    [t] = only(facts, Turnout)
    assert (t.time.norm, t.percent.norm, t.voters, t.electorate) == ("12:00", "9.17", 339_800, 3_700_000)
    assert t.scope == "country"
    assert t.entities == (0, 1)
    assert text[t.sentence[0]:t.sentence[1]] == text


def test_turnout_russian_with_regions_carried_over():
    text = ("К 17.00 бюллетени получили 180 тысяч 747 граждан, или 30,41 процента. "
            "Явка по регионам: Бишкек — 30,82 процента. На зарубежных участках проголосовали 6,41 процента.")
    facts = build_facts(ex(text, ("TIME", "17.00", "17:00"), ("PERCENT", "30,41 процента", "30.41"),
                           ("PERCENT", "30,82 процента", "30.82"), ("PERCENT", "6,41 процента", "6.41"),
                           lang="ru"))
    turnouts = only(facts, Turnout)
    assert [(t.time.norm, t.percent.norm) for t in turnouts] == [
        ("17:00", "30.41"), ("17:00", "30.82"), ("17:00", "6.41")]
    assert turnouts[0].voters == 180_747
    assert [t.scope for t in turnouts[1:]] == ["city", "abroad"]


def test_turnout_this_sentence_takes_the_previous_count_and_time():
    text = ("Тизмеде 120 400 шайлоочу бар, 17.00гө карата добуш берүүгө 40 100 киши келди. "
            "Бул — шайлоочулардын 33,31% түзөт.")
    [t] = only(build_facts(ex(text, ("TIME", "17.00", "17:00"), ("PERCENT", "33,31%", "33.31"))), Turnout)
    assert (t.time.norm, t.percent.norm, t.voters, t.electorate) == ("17:00", "33.31", 40100, 120400)


def test_turnout_count_takes_the_hour_named_sentences_before():
    text = ("В 10:00 на участок №1047 пришел президент. «Я сделал свой выбор», — сказал он. «Теперь слово за "
            "избирателями», — добавил он. По данным комиссии, к этому часу из 2 316 избирателей проголосовали 287.")
    [t] = only(build_facts(ex(text, ("TIME", "10:00", "10:00"), ("POLLING_STATION", "№1047", "1047"), lang="ru")),
               Turnout)
    assert (t.time.norm, t.voters, t.electorate) == ("10:00", 287, 2316)


def test_turnout_kyrgyz_m_of_n_came():
    text = "Саат 12:00гө карата тизмедеги 2 018 шайлоочунун 412си келген."
    [t] = only(build_facts(ex(text, ("TIME", "Саат 12:00", "12:00"))), Turnout)
    assert (t.time.norm, t.voters, t.electorate) == ("12:00", 412, 2018)


def test_turnout_m_of_n_voters():
    text = "№1047 участок боюнча 900 шайлоочудан 512си добуш берип, көбү эртең менен келишти."
    facts = only(build_facts(ex(text, ("POLLING_STATION", "№1047", "1047"))), Turnout)
    assert [(f.voters, f.electorate) for f in facts] == [(512, 900)]


def test_referendum_answer_in_the_kyrgyz_clause_is_not_turnout():
    text = ("Референдумга шайлоочулардын 40 пайызы катышып, 70 пайызы жаңы долбоорду "
            "колдоп, 20 пайызы каршы добуш берди.")
    facts = only(build_facts(ex(text, ("PERCENT", "40 пайызы", "40"), ("PERCENT", "70 пайызы", "70"),
                                ("PERCENT", "20 пайызы", "20"))), Turnout)
    assert [f.percent.norm for f in facts] == ["40"]


def test_turnout_scope_of_each_percent_and_the_list_size_of_the_sentence_before():
    text = ("В списках избирателей страны числится 3 500 000 человек. "
            "К 14:00 явка по стране составила 18,7%, в Бишкеке — 15,2%.")
    facts = only(build_facts(ex(text, ("TIME", "14:00", "14:00"), ("PERCENT", "18,7%", "18.7"),
                                ("LOCATION", "Бишкеке", "Бишкек"), ("PERCENT", "15,2%", "15.2"),
                                lang="ru")), Turnout)
    assert [(f.percent.norm, f.scope, f.electorate) for f in facts] == [
        ("18.7", "country", 3_500_000), ("15.2", "city", None)]


def test_turnout_scope_city_in_russian_locative():
    text = "По данным ЦИК на 16:00, явка в Оше составила 21,4%, в Чуйской области — 18,2%."
    facts = only(build_facts(ex(text, ("ELECTION_BODY", "ЦИК", "ЦИК"), ("TIME", "16:00", "16:00"),
                                ("LOCATION", "Оше", "Ош"), ("PERCENT", "21,4%", "21.4"),
                                ("LOCATION", "Чуйской области", "Чуйская область"),
                                ("PERCENT", "18,2%", "18.2"), lang="ru")), Turnout)
    assert [(f.percent.norm, f.scope) for f in facts] == [("21.4", "city"), ("18.2", "region")]


def test_counting_progress_and_thresholds_are_not_turnout():
    text = "После подсчета 81% бюллетеней барьер в 7% преодолевают пять партий."
    facts = build_facts(ex(text, ("PERCENT", "81%", "81"), ("PERCENT", "7%", "7"), lang="ru"))
    assert not only(facts, Turnout)


# ------------------------------------------------------------------ votes
def test_vote_cast_kyrgyz_with_station():
    text = "Премьер-министр Акылбек Жапаров Бишкектеги №1142 шайлоо тилкесинде добуш берди."
    [v] = only(build_facts(ex(text, ("POLITICIAN", "Акылбек Жапаров", "Акылбек Жапаров"),
                              ("POLLING_STATION", "№1142", "1142"))), VoteCast)
    assert (v.person.norm, v.station.norm, v.time) == ("Акылбек Жапаров", "1142", None)


@pytest.mark.parametrize("text,person,station,time", [
    ("Президент Садыр Жапаров өз добушун эртең менен саат 09:00дө Бишкектеги № 1083-участкада берди.",
     "Садыр Жапаров", "№ 1083", "саат 09:00"),
    ("Роза Отунбаева добушун Бишкектин Свердлов районундагы №1083 шайлоо участогунда саат 9 чамасында берди.",
     "Роза Отунбаева", "№1083", "саат 9"),
])
def test_vote_cast_kyrgyz_vote_given_later_in_the_clause(text, person, station, time):
    spans = sorted([("POLITICIAN", person, person), ("POLLING_STATION", station, "1083"),
                    ("TIME", time, "09:00")], key=lambda span: text.index(span[1]))
    [v] = only(build_facts(ex(text, *spans)), VoteCast)
    assert (v.person.norm, v.station.norm, v.time.norm) == (person, "1083", "09:00")


def test_vote_cast_came_and_voted_then_spoke():
    text = ("11:20Сооронбай Жээнбеков №1062 шайлоо участкасына келип добуш берип, журналисттерге "
            "кайрылды. Өмүрбек Бабанов бюллетенин урнага салгандан кийин байкоочуларга кайрылды.")
    facts = only(build_facts(ex(text, ("TIME", "11:20", "11:20"), ("POLITICIAN", "Сооронбай Жээнбеков", "Сооронбай Жээнбеков"),
                                ("POLLING_STATION", "№1062", "1062"),
                                ("POLITICIAN", "Өмүрбек Бабанов", "Өмүрбек Бабанов"))), VoteCast)
    assert [(f.person.norm, f.station.norm if f.station else None) for f in facts] == [
        ("Сооронбай Жээнбеков", "1062"), ("Өмүрбек Бабанов", None)]


def test_vote_cast_each_voter_with_the_station_after_him():
    text = ("10:30 Өмүрбек Бабанов Бишкектеги №1112 шайлоо участкасына келсе, Камчыбек Ташиев "
            "Жалал-Абад облусундагы №4215 участкада добуш берди.")
    facts = only(build_facts(ex(text, ("TIME", "10:30", "10:30"), ("POLITICIAN", "Өмүрбек Бабанов", "Өмүрбек Бабанов"),
                                ("POLLING_STATION", "№1112", "1112"), ("POLITICIAN", "Камчыбек Ташиев", "Камчыбек Ташиев"),
                                ("POLLING_STATION", "№4215", "4215"))), VoteCast)
    assert [(f.person.norm, f.station.norm) for f in facts] == [
        ("Өмүрбек Бабанов", "1112"), ("Камчыбек Ташиев", "4215")]


def test_vote_cast_list_after_the_verb_of_the_previous_sentence():
    text = ("13:50 Проголосовали лидеры ещё нескольких партий. Председатель СДПК Чыныбай Турсунбеков — на участке "
            "№1131, глава партии «Кыргызстан» Канат Исаев — на участке №1198.")
    facts = only(build_facts(ex(text, ("TIME", "13:50", "13:50"), ("PARTY", "СДПК", "СДПК"),
                                ("POLITICIAN", "Чыныбай Турсунбеков", "Чыныбай Турсунбеков"),
                                ("POLLING_STATION", "№1131", "1131"), ("PARTY", "Кыргызстан", "Кыргызстан"),
                                ("POLITICIAN", "Канат Исаев", "Канат Исаев"), ("POLLING_STATION", "№1198", "1198"),
                                lang="ru")), VoteCast)
    assert [(f.person.norm, f.station.norm, f.time.norm) for f in facts] == [
        ("Чыныбай Турсунбеков", "1131", "13:50"), ("Канат Исаев", "1198", "13:50")]


def test_vote_cast_russian():
    text = "Исполняющий обязанности премьер-министра Артём Новиков проголосовал на участке №1072."
    [v] = only(build_facts(ex(text, ("POLITICIAN", "Артём Новиков", "Артём Новиков"),
                              ("POLLING_STATION", "№1072", "1072"), lang="ru")), VoteCast)
    assert (v.person.norm, v.station.norm) == ("Артём Новиков", "1072")


def test_vote_cast_takes_the_live_blog_timestamp():
    text = "Ал саат 9га чейин келиши керек.08:39Садыр Жапаров добуш берүүгө жубайы менен келген."
    [v] = only(build_facts(ex(text, ("TIME", "саат 9", "09:00"), ("TIME", "08:39", "08:39"),
                              ("POLITICIAN", "Садыр Жапаров", "Садыр Жапаров"))), VoteCast)
    assert v.time.norm == "08:39" and v.person.norm == "Садыр Жапаров"


def test_the_one_voted_for_in_the_dative_is_not_the_voter():
    text = "Талант Мамытов Камчыбек Ташиевге добуш бергенин айтты."
    facts = only(build_facts(ex(text, ("POLITICIAN", "Талант Мамытов", "Талант Мамытов"),
                                ("POLITICIAN", "Камчыбек Ташиевге", "Камчыбек Ташиев"))), VoteCast)
    assert [f.person.norm for f in facts] == ["Талант Мамытов"]


@pytest.mark.parametrize("text, lang", [("Экс-президент Алмазбек Атамбаев добуш берген жок.", "ky"),
                                        ("Экс-президент Алмазбек Атамбаев не проголосовал.", "ru")])
def test_not_voting_is_not_a_vote_cast(text, lang):
    facts = build_facts(ex(text, ("POLITICIAN", "Алмазбек Атамбаев", "Алмазбек Атамбаев"), lang=lang))
    assert only(facts, VoteCast) == []


def test_votes_for_someone_are_not_a_vote_cast():
    text = "Все 45 депутатов присутствовали, и 43 проголосовали за Мамбетова."
    assert not only(build_facts(ex(text, ("POLITICIAN", "Мамбетова", "Мамбетов"), lang="ru")), VoteCast)


# ------------------------------------------------------------------ incidents
def test_station_incident_kyrgyz():
    text = "08:44№ 1127 участокто АБС иштен чыккан"
    [i] = only(build_facts(ex(text, ("TIME", "08:44", "08:44"),
                              ("POLLING_STATION", "№ 1127", "1127"))), StationIncident)
    assert (i.station.norm, i.kind) == ("1127", "equipment")
    assert i.sentence_text == text


def test_station_incident_russian_violation_and_negation():
    text = "Фотографируют бюллетени на участке 1141. На участке 9034 голосование идет в обычном порядке, о нарушениях не сообщается."
    facts = only(build_facts(ex(text, ("POLLING_STATION", "1141", "1141"),
                                ("POLLING_STATION", "9034", "9034"), lang="ru")), StationIncident)
    assert [(f.station.norm, f.kind) for f in facts] == [("1141", "violation")]


def test_station_incident_one_kind_the_cause_first():
    text = "№ 5218-участкада биометрикалык каттоо аппараты бузулуп, шайлоочулар бир сааттай кезекте турушту."
    facts = only(build_facts(ex(text, ("POLLING_STATION", "№ 5218", "5218"))), StationIncident)
    assert [(f.station.norm, f.kind) for f in facts] == [("5218", "equipment")]  # `аппараты` is no bribe (`пара`)


def test_station_incident_kind_from_the_station_clause():
    text = "Партии заявили о подкупе избирателей, а на участке № 1196 наблюдателей не допустили к подсчёту голосов."
    facts = only(build_facts(ex(text, ("POLLING_STATION", "№ 1196", "1196"), lang="ru")), StationIncident)
    assert [(f.station.norm, f.kind) for f in facts] == [("1196", "observers")]


@pytest.mark.parametrize("text,station,lang,kind", [
    ("№6012-участкада автоматтык үкөк бузулуп, жаңысы менен алмаштырылды.", "№6012", "ky", "equipment"),
    ("№1059-участкада эки байкоочуну адегенде ичке киргизишкен жок.", "№1059", "ky", "observers"),
    ("№5055-участкада бир шайлоочу экинчи жолу бюллетень алууга аракет кылды.", "№5055", "ky", "violation"),
    ("№5208-участоктун жанында шайлоочуларды микроавтобус менен ташып келишти.", "№5208", "ky", "violation"),
    ("№5134-участкада добуш берүү бир саатка жакын токтоп калды. Бюллетендер менен үкөктөр бузулган эмес.",
     "№5134", "ky", "closure"),
    ("На участке №6021 замок на переносной урне оказался сломан.", "№6021", "ru", "equipment"),
    ("На участке №1071 к восьми утра у дверей уже ждали около десятка избирателей.", "№1071", "ru", "queue"),
    ("На участке №5033 неизвестный попытался вынести из помещения пачку бюллетеней.", "№5033", "ru", "violation"),
    ("На участке №1047 к открытию у дверей собралось человек двадцать.", "№1047", "ru", "queue"),
    ("На участке №3012 голосование прерывали на 40 минут.", "№3012", "ru", "closure"),
    ("№1321-участкада бир шайлоочу үкөккө эки бюллетень салды.", "№1321", "ky", "violation"),
    ("№4412-участок: саат 10:30да автоматтык эсептөөчү үкөк токтоп калды.", "№4412", "ky", "equipment"),
    ("№1513-участокко унаалар бир нече жолу адамдарды алып келип кеткен.", "№1513", "ky", "violation"),
    # no power: the negation is the problem
    ("№7016-участкада бир саатка жакын электр жарыгы болгон жок.", "№7016", "ky", "equipment"),
    ("№4280-участкада үкөктүн пломбасы бузулганы аныкталды.", "№4280", "ky", "violation"),
    ("№2170-участкада бюллетендер кол менен кайра саналды.", "№2170", "ky", "other"),
    ("На участке №1230 в Токмоке к 17 часам закончились бюллетени.", "№1230", "ru", "other"),
    ("Председатель УИК №2098 удалил с участка двух наблюдателей.", "№2098", "ru", "observers"),
    ("На участке №6213 из-за аварии на линии пропал свет.", "№6213", "ru", "equipment"),
    ("На участке №5127 в 11:40 перестал работать автоматический ящик.", "№5127", "ru", "equipment"),
    ("На участке №1254 обнаружили агитационные плакаты одного из кандидатов.", "№1254", "ru", "violation"),
    ("На участке №1047 задержали мужчину, раздававшего деньги избирателям.", "№1047", "ru", "violation"),
    ("У входа на участок №3318 раздавали листовки одного из кандидатов.", "№3318", "ru", "violation"),
    ("На участке №1178 за полчаса до закрытия зависла автоматическая урна.", "№1178", "ru", "equipment"),
    ("№5309-участкада колдордун саны менен бюллетендердин саны дал келбей калды.", "№5309", "ky", "other"),
    ("Шайлоодон кийин №2719-участкада бюллетендер кайра саналды.", "№2719", "ky", "other"),
    ("На участке №2217 голосование приостанавливали на 25 минут.", "№2217", "ru", "closure"),
    ("Участок №1187 пришлось перенести: ночью в школе прорвало трубу.", "№1187", "ru", "closure"),
    ("На участке №2714 при вскрытии урны обнаружили пачку заполненных бюллетеней.", "№2714", "ru", "violation"),
    ("На участке №5008 штабы обвинили друг друга в раздаче денег у входа.", "№5008", "ru", "violation"),
    ("№5032-участкада урнадагы бюллетендердин саны тизмедеги колдордон 12ге көп чыккан.", "№5032", "ky",
     "violation"),
    ("№1311-участкада бир жаран башка кишинин паспорту менен добуш бермекчи болду.", "№1311", "ky", "violation"),
    ("№1191-участоктун жанында шайлоочуларды ташып жүргөн эки микроавтобус байкалды.", "№1191", "ky", "violation"),
    ("№1390-участоктун алдында эки талапкердин колдоочуларынын ортосунда чыр чыкты.", "№1390", "ky", "other"),
    ("№2541-участок 11-апрелде саат 8:00дө эмес, 9:15те ачылды.", "№2541", "ky", "closure"),
    ("№3140-участокто байкоочуга сүрөткө тартууга тыюу салышты.", "№3140", "ky", "observers"),
    ("№1288-участоктун жанынан милиция эки кишини кармады.", "№1288", "ky", "violation"),
    ("На участке №2236 в переносном ящике обнаружили пачку сложенных вместе бюллетеней.", "№2236", "ru", "violation"),
    # a seal put on is no violation, one that is broken is (`пломба салды` / `пломбасы бузук`)
    ("№1047-участокто шайлоочулар кезекке тизилип калышкан. Комиссия үкөккө пломба салды.", "№1047", "ky", "queue"),
    ("№3518-участкада видеодо үкөктүн пломбасы бузук экени көрүнүп турат.", "№3518", "ky", "violation"),
    ("№2707 участогуна келген жарандар өз аттарын тизмеден таба алышкан жок.", "№2707", "ky", "other"),
    ("№2934 участокто бюллетендер түштөн кийин түгөнүп калды.", "№2934", "ky", "other"),
    ("№2415 участокто биздин байкоочуну кечинде саноо башталганда залга киргизбей коюшту.", "№2415", "ky", "observers"),
    ("№4125 участогунда бир шайлоочу толтурулган бюллетенин телефонго тартып жатканда кармалды.", "№4125", "ky",
     "violation"),
    # results annulled: the cause the next sentence gives
    ("№5530-участоктун жыйынтыгын жараксыз деп тапты. Кайра эсептөөдө бюллетендердин саны тизмеден 214кө ашык чыккан.",
     "№5530", "ky", "violation"),
])
def test_station_incident_kinds(text, station, lang, kind):
    facts = only(build_facts(ex(text, ("POLLING_STATION", station, station.lstrip("№")), lang=lang)),
                 StationIncident)
    assert [(f.station.norm, f.kind) for f in facts] == [(station.lstrip("№"), kind)]


@pytest.mark.parametrize("text,station,lang", [
    ("№3063 участоктун комиссиясы добуш берүү эч кандай мүчүлүштүксүз өткөнүн билдирди.", "№3063", "ky"),
    ("№1021 участоктон эч кандай арыз-даттануу түшкөн жок.", "№1021", "ky"),
    ("На участке №5219 к полудню проголосовали около 600 человек, нарушений не отмечено.", "№5219", "ru"),
    ("На участке №1514 голосование проходит, жалоб в комиссию не поступало.", "№1514", "ru"),
    ("№2507 участокту кыдырган байкоочулар олуттуу мыйзам бузуулар байкалбаганын айтышты.", "№2507", "ky"),
    ("№2507-участокто добуш берүү тынч, кезек да жок.", "№2507", "ky"),
    ("№2507-участокто добуш берүү көйгөйсүз өтүп жатат.", "№2507", "ky"),
    ("На участке №1514 голосование идет в штатном режиме, без нарушений.", "№1514", "ru"),
    # a protocol's count of spoiled ballots is no problem
    ("№2263-участокто 402 шайлоочу «ооба» деп, 12 бюллетень жараксыз деп табылды.", "№2263", "ky"),
    ("На участке №1840 по протоколу 9 бюллетеней признаны недействительными.", "№1840", "ru"),
])
def test_no_incident_where_none_is_said(text, station, lang):
    assert not only(build_facts(ex(text, ("POLLING_STATION", station, station.lstrip("№")), lang=lang)),
                    StationIncident)


def test_no_incident_for_a_rumour():
    text = "№2611-участокто бюллетендер жетишпей калышы мүмкүн деген ушак тарады."
    assert not only(build_facts(ex(text, ("POLLING_STATION", "№2611", "2611"))), StationIncident)


def test_no_incident_for_a_short_queue_or_a_violation_not_seen():
    text = ("№1047-участкада кыска кезек бар. Жакынкы №5018-участкада байкоочулар эч кандай мыйзам "
            "бузууну белгилешкен жок.")
    e = ex(text, ("POLLING_STATION", "№1047", "1047"), ("POLLING_STATION", "№5018", "5018"))
    assert only(build_facts(e), StationIncident) == []
    # the cue word again later in the clause, or the size before a Russian queue
    for text, lang in (("№1047-участкада кыска кезек: шайлоочулар 15–20 кишиден кезек күтүп турушат.", "ky"),
                       ("Ближе к вечеру на участке №1047 выросла небольшая очередь.", "ru")):
        assert only(build_facts(ex(text, ("POLLING_STATION", "№1047", "1047"), lang=lang)), StationIncident) == []


def test_station_incident_at_the_same_station_as_the_sentence_before():
    text = ("Премьер-министр №1287-участкада бюллетень толтурду. Ал бардык чаралар көрүлгөнүн белгиледи. "
            "Ошол эле участкада тургундар 20 мүнөттөй кезекте турушту.")
    facts = only(build_facts(ex(text, ("POLLING_STATION", "№1287", "1287"))), StationIncident)
    assert [(f.station.norm, f.kind) for f in facts] == [("1287", "queue")]
    assert facts[0].sentence_text.startswith("Ошол эле участкада")


def test_turnout_hourly_list_each_percent_its_own_time():
    text = "Катышуу өстү: саат 10:00гө карата 9,1 пайыз, 14:00гө карата 35,4 пайыз шайлоочу добуш берген."
    facts = only(build_facts(ex(text, ("TIME", "саат 10:00", "10:00"), ("PERCENT", "9,1 пайыз", "9.1"),
                                ("TIME", "14:00", "14:00"), ("PERCENT", "35,4 пайыз", "35.4"))), Turnout)
    assert [(f.time.norm, f.percent.norm) for f in facts] == [("10:00", "9.1"), ("14:00", "35.4")]


@pytest.mark.parametrize("text,voters,electorate", [
    # no entity at all: the counts alone make the fact; `алардын` marks the part
    ("Шайлоочулардын тизмесинде 4 294 243 адам катталган, алардын 1 миллион 584 миң 446сы бюллетень алды.",
     1_584_446, 4_294_243),
    ("Тизмеде турган 3 563 574 шайлоочудан 1 миллион 395 миңден ашыгы шайлоо участкаларына келди.",
     1_395_000, 3_563_574),
    ("Тизмеде турган 3 миллион 618 миңден ашык шайлоочунун 1 миллион 252 миңге жакыны добуш берген.",
     1_252_000, 3_618_000),
    ("Всего в списки были включены 4 294 243 избирателя, бюллетени получили 1 584 446 человек.",
     1_584_446, 4_294_243),
    # the list word after the second count is that one's, not the first's
    ("Всего на участке проголосовал 951 человек из 2 027 внесенных в списки.", 951, 2_027),
    # a station's protocol states its turnout (the protocols counted so far would not)
    ("Участкалык комиссиянын протоколуна ылайык, тизмедеги 1 870 шайлоочунун 1 021и добуш берген.", 1_021, 1_870),
])
def test_turnout_counts_without_a_percent(text, voters, electorate):
    [t] = only(build_facts(Extraction.from_entities(text, [])), Turnout)
    assert (t.percent, t.voters, t.electorate) == (None, voters, electorate)


def test_votes_for_a_candidate_are_not_a_turnout_but_a_part_of_them_may_be():
    text = "В абсолютных цифрах за Жапарова проголосовали более 1,1 млн человек."
    assert not only(build_facts(ex(text, ("POLITICIAN", "Жапарова", "Жапаров"), lang="ru")), Turnout)
    text = ("Тизмеде турган 3 606 201 шайлоочунун 1 миллион 344 миңдейи добуш берди, алардын "
            "1 миллион 65 миңден ашыгы долбоорду колдогон.")
    [t] = only(build_facts(Extraction.from_entities(text, [])), Turnout)
    assert (t.voters, t.electorate) == (1_344_000, 3_606_201)


def test_a_time_with_a_case_ending_is_no_live_blog_timestamp():
    text = "Саат 10:00гө карата катышуу 6,3 пайызды түздү. 12:00гө карата 13,9 пайыз шайлоочу участкаларга келген."
    facts = only(build_facts(ex(text, ("TIME", "Саат 10:00", "10:00"), ("PERCENT", "6,3 пайызды", "6.3"),
                                ("TIME", "12:00", "12:00"), ("PERCENT", "13,9 пайыз", "13.9"))), Turnout)
    assert [(f.time.norm, f.percent.norm) for f in facts] == [("10:00", "6.3"), ("12:00", "13.9")]


def test_a_share_of_those_who_voted_is_an_answer_not_turnout():
    text = "Референдумга катышуу 37,27 пайыз болуп, катышкандардын 79,26 пайызы «ооба» деп добуш берди."
    facts = only(build_facts(ex(text, ("PERCENT", "37,27 пайыз", "37.27"), ("PERCENT", "79,26 пайызы", "79.26"))),
                 Turnout)
    assert [f.percent.norm for f in facts] == ["37.27"]


def test_a_difference_in_points_or_a_threshold_is_no_turnout():
    text = ("Бир жыл мурун катышуу 56,50 пайыз болгонун эске алсак, шайлоочулардын активдүүлүгү 21,9 "
            "пайыздык пунктка төмөндөгөн.")
    facts = only(build_facts(ex(text, ("PERCENT", "56,50 пайыз", "56.5"), ("PERCENT", "21,9 пайыздык", "21.9"))),
                 Turnout)
    assert [f.percent.norm for f in facts] == ["56.5"]


def test_each_station_of_a_sentence_gets_the_problem_of_its_clause():
    text = ("Свердлов районундагы №1172 участокто автоматтык урна эки саатка жакын иштебей калып, бюллетендер "
            "запастагы кутуга салынса, Октябрь районундагы №1209 участокто тизмеде аты жок шайлоочулар "
            "тууралуу даттануулар катталды.")
    facts = only(build_facts(ex(text, ("POLLING_STATION", "№1172", "1172"), ("POLLING_STATION", "№1209", "1209"))),
                 StationIncident)
    assert [(f.station.norm, f.kind) for f in facts] == [("1172", "equipment"), ("1209", "other")]


def test_the_voter_stands_in_the_clause_of_the_vote():
    text = ("Ош облусунда ага шайлоочулардын үчтөн экисинен ашыгы добуш берген, ал эми Бабанов Талас "
            "облусунда жогорку натыйжа көрсөттү.")
    assert not only(build_facts(ex(text, ("POLITICIAN", "Бабанов", "Бабанов"))), VoteCast)


@pytest.mark.parametrize("text,pct,lang", [
    ("Шайлоочулардын 79,26 пайызы «ооба» деп жооп берди.", "79,26 пайызы", "ky"),   # an answer
    ("Жалпы катышуу 55 пайыздан ашышы күтүлүүдө.", "55 пайыздан", "ky"),            # a forecast
    ("Үчүнчү орунда 6,57 пайыз менен Адахан Мадумаров турат, катышуу жогору.", "6,57 пайыз", "ky"),
])
def test_not_a_turnout(text, pct, lang):
    spans = [("PERCENT", pct, "1")]
    if "Мадумаров" in text:
        spans.append(("POLITICIAN", "Адахан Мадумаров", "Адахан Мадумаров"))
    assert not only(build_facts(ex(text, *spans, lang=lang)), Turnout)


def test_an_adjectival_percent_of_turnout_is_a_turnout():
    text = "2015-жылдагы 58,89 пайыздык катышуу менен салыштырганда активдүүлүк төмөндөдү."
    [t] = only(build_facts(ex(text, ("PERCENT", "58,89 пайыздык", "58.89"))), Turnout)
    assert t.percent.norm == "58.89"


def test_a_count_pointing_back_to_the_turnout_before_it():
    text = "14:05Саат 14:00гө карата шайлоого катышуу 34,1 пайызды түздү. Бул 941 миңге жакын шайлоочу дегенди билдирет."
    facts = only(build_facts(ex(text, ("TIME", "14:05", "14:05"), ("TIME", "Саат 14:00", "14:00"),
                                ("PERCENT", "34,1 пайызды", "34.1"))), Turnout)
    assert [(f.time.norm, f.percent.norm if f.percent else None, f.voters) for f in facts] == [
        ("14:00", "34.1", None), ("14:00", None, 941_000)]


@pytest.mark.parametrize("text,kind", [
    ("На участке №3120 голосование было приостановлено почти на час после драки между сторонниками.", "violation"),
    ("10:55На участок №3120 в Оше сорок минут не пускали наблюдателей от партии.", "observers"),
])
def test_station_incident_cause_before_effect(text, kind):
    station = "№3120"
    facts = only(build_facts(ex(text, ("POLLING_STATION", station, "3120"), lang="ru")), StationIncident)
    assert [f.kind for f in facts] == [kind]


def test_station_incident_effect_takes_the_cause_from_the_next_sentence():
    text = ("08:20Ош шаарындагы №5217 шайлоо участкасы 25 мүнөт кечигип ачылды. УШК төрагасынын айтымында, "
            "электр жарыгы өчүп калып, автоматтык урнаны иштетүүгө мүмкүн болгон эмес.")
    facts = only(build_facts(ex(text, ("TIME", "08:20", "08:20"), ("POLLING_STATION", "№5217", "5217"))),
                 StationIncident)
    assert [(f.station.norm, f.kind) for f in facts] == [("5217", "equipment")]


def test_station_incident_effect_takes_no_cause_from_quoted_words_after_it():
    text = ("На участке №2214 итоги голосования признаны недействительными. «В целом нарушения были "
            "несущественными», — сказал председатель комиссии.")
    facts = only(build_facts(ex(text, ("POLLING_STATION", "№2214", "2214"), lang="ru")), StationIncident)
    assert [(f.station.norm, f.kind) for f in facts] == [("2214", "other")]


def test_no_violations_found_is_no_incident():
    text = "19:00 №1374 участкада кезек жок, добуш берүү тынч өтүп жатат, бузуулар аныкталган жок."
    assert not only(build_facts(ex(text, ("TIME", "19:00", "19:00"), ("POLLING_STATION", "№1374", "1374"))),
                    StationIncident)


def test_a_later_sentence_takes_the_reports_hour_not_the_earlier_hour_compared_with():
    text = ("16:20 | Данные ТИК: к 16:00 проголосовали 17,9% жителей Бишкека, тогда как в 14:00 явка "
            "составляла 13,4%. По районам: Свердловский — 19,1%, Первомайский — 18,4%.")
    e = ex(text, ("TIME", "16:20", "16:20"), ("TIME", "16:00", "16:00"), ("PERCENT", "17,9%", "17.9"),
           ("TIME", "14:00", "14:00"), ("PERCENT", "13,4%", "13.4"), ("PERCENT", "19,1%", "19.1"),
           ("PERCENT", "18,4%", "18.4"), lang="ru")
    facts = only(build_facts(e), Turnout)
    assert [(f.time.norm if f.time else None, f.percent.norm) for f in facts] == [
        ("16:00", "17.9"), ("14:00", "13.4"), ("16:00", "19.1"), ("16:00", "18.4")]


def test_a_turnout_bound_the_sentence_then_states_exactly_is_one_report():
    text = "Саат 18:00гө карата 50%дан ашык шайлоочу катышты — БШК 50,4 пайыз деген көрсөткүчтү жарыялады."
    e = ex(text, ("TIME", "Саат 18:00", "18:00"), ("PERCENT", "50%", "50"), ("PERCENT", "50,4 пайыз", "50.4"))
    assert [f.percent.norm for f in only(build_facts(e), Turnout)] == ["50.4"]
    text = "Саат 18:00гө карата 50%дан ашык шайлоочу катышты, бир жыл мурун 56,5 пайыз болгон."
    e = ex(text, ("TIME", "Саат 18:00", "18:00"), ("PERCENT", "50%", "50"), ("PERCENT", "56,5 пайыз", "56.5"))
    assert "50" in [f.percent.norm for f in only(build_facts(e), Turnout)]  # another figure, not the exact one


@pytest.mark.parametrize("text,spans,lang,pcts", [
    ("Түшкө карата референдумга катышкандардын үлүшү 13,6 пайызга жетти.",
     [("PERCENT", "13,6 пайызга", "13.6")], "ky", ["13.6"]),
    ("Референдумда башкаруу формасы 81,52 пайыз добуш алган.", [("PERCENT", "81,52 пайыз", "81.52")], "ky", []),
    ("Референдумду жарактуу деп табуу үчүн 30 пайыздык катышуу жетиштүү.",
     [("PERCENT", "30 пайыздык", "30")], "ky", []),
    ("Явка на референдуме составила 37,27%, сообщил ЦИК после обработки 98% протоколов.",
     [("PERCENT", "37,27%", "37.27"), ("PERCENT", "98%", "98")], "ru", ["37.27"]),
])
def test_turnout_share_of_participants_an_answer_a_required_share_and_a_reporter(text, spans, lang, pcts):
    assert [f.percent.norm for f in only(build_facts(ex(text, *spans, lang=lang)), Turnout)] == pcts


def test_a_noon_report_named_by_its_adjective_takes_the_noon_hour():
    text = "12:00 | Полуденная сводка ЦИК: проголосовали 21,7% избирателей. В Оше явка 17,2%."
    e = ex(text, ("TIME", "12:00", "12:00"), ("PERCENT", "21,7%", "21.7"), ("PERCENT", "17,2%", "17.2"), lang="ru")
    assert [(f.time.norm if f.time else None, f.percent.norm) for f in only(build_facts(e), Turnout)] == [
        ("12:00", "21.7"), ("12:00", "17.2")]


def test_a_kyrgyz_figure_by_noon_is_as_of_noon_and_a_share_of_ballots_received_a_turnout():
    text = "12:00 | Түшкө чейин Бишкекте шайлоочулардын 8,4%ы гана добуш берди."
    e = ex(text, ("TIME", "12:00", "12:00"), ("LOCATION", "Бишкекте", "Бишкек"), ("PERCENT", "8,4%", "8.4"))
    assert [(f.time.norm if f.time else None, f.percent.norm) for f in only(build_facts(e), Turnout)] == [("12:00", "8.4")]
    text = "Боршайком: саат 16га карата бюллетень алгандардын үлүшү — 27,4%."
    e = ex(text, ("TIME", "саат 16", "16:00"), ("PERCENT", "27,4%", "27.4"))
    assert [f.percent.norm for f in only(build_facts(e), Turnout)] == ["27.4"]


def test_a_comparison_with_another_elections_final_keeps_the_reports_hour():
    text = ("ЦИК: к 14:00 проголосовали 19,6% граждан. Для сравнения, итоговая явка на выборах 2017 года "
            "составила 56,32%. Выше 25% поднялась только Таласская область.")
    e = ex(text, ("TIME", "14:00", "14:00"), ("PERCENT", "19,6%", "19.6"), ("PERCENT", "56,32%", "56.32"),
           ("PERCENT", "25%", "25"), ("LOCATION", "Таласская область", "Таласская область"), lang="ru")
    facts = only(build_facts(e), Turnout)
    assert [(f.time.norm if f.time else None, f.percent.norm) for f in facts] == [
        ("14:00", "19.6"), (None, "56.32"), ("14:00", "25")]


def test_the_hour_of_a_report_is_not_that_of_the_final_or_another_election():
    text = "Явка на 14:00 составила 24,3%, а окончательная — 39,16%. В 2017 году явка составила 56,32%."
    facts = only(build_facts(ex(text, ("TIME", "14:00", "14:00"), ("PERCENT", "24,3%", "24.3"),
                                ("PERCENT", "39,16%", "39.16"), ("PERCENT", "56,32%", "56.32"), lang="ru")), Turnout)
    assert [(f.time.norm if f.time else None, f.percent.norm) for f in facts] == [
        ("14:00", "24.3"), (None, "39.16"), (None, "56.32")]


@pytest.mark.parametrize("text,pct,expected", [
    ("Победил Алмазбек Атамбаев, за которого проголосовали свыше 50% избирателей.", "50%", []),
    ("Явка в регионе достигла 58,1 процента против 56,32 процента по стране.", "58,1 процента", ["58.1"]),
    ("В Караколе активность избирателей оказалась самой низкой – 47,6 процента.", "47,6 процента", ["47.6"]),
])
def test_russian_turnout_cues(text, pct, expected):
    facts = only(build_facts(ex(text, ("PERCENT", pct, pct.split()[0].rstrip("%").replace(",", ".")), lang="ru")),
                 Turnout)
    assert [f.percent.norm for f in facts] == expected


def test_a_bullet_digest_splits_its_items():
    text = "■ Третьим идёт Бабыржан Тольбаев с 2,35%. ■ Явка — 39,16%, в списках 3 563 574 избирателя."
    facts = only(build_facts(ex(text, ("POLITICIAN", "Бабыржан Тольбаев", "Бабыржан Тольбаев"),
                                ("PERCENT", "2,35%", "2.35"), ("PERCENT", "39,16%", "39.16"), lang="ru")), Turnout)
    assert [(f.percent.norm, f.electorate) for f in facts] == [("39.16", 3_563_574)]


def test_observers_saw_no_violation_is_no_incident():
    text = "Баткен облусундагы №3318 жана №3319 участкаларда байкоочулар эч кандай мыйзам бузууну байкашкан жок."
    assert not only(build_facts(ex(text, ("POLLING_STATION", "№3318", "3318"), ("POLLING_STATION", "№3319", "3319"))),
                    StationIncident)


def test_a_year_is_not_a_count_of_voters():
    text = "Явка составила 34,6%, в 2020-м явка была 56,5%."
    facts = only(build_facts(ex(text, ("PERCENT", "34,6%", "34.6"), ("PERCENT", "56,5%", "56.5"), lang="ru")),
                 Turnout)
    assert [(f.percent.norm, f.voters) for f in facts] == [("34.6", None), ("56.5", None)]


# ------------------------------------------------------------------ party results
def test_party_results_russian_seats_before_the_party():
    text = "13 мест достанется «Онугуу-Прогрессу» (9,30%), 12 — партии «Бир Бол» (8,52%)."
    facts = only(build_facts(ex(text, ("PARTY", "Онугуу-Прогрессу", "Өнүгүү-Прогресс"), ("PERCENT", "9,30%", "9.3"),
                                ("PARTY", "Бир Бол", "Бир Бол"), ("PERCENT", "8,52%", "8.52"), lang="ru")),
                 PartyResult)
    assert [(f.party.norm, f.percent.norm, f.seats) for f in facts] == [
        ("Өнүгүү-Прогресс", "9.3", 13), ("Бир Бол", "8.52", 12)]


def test_party_in_focus_takes_the_figure_after_its_pronoun_before_the_next_party():
    text = ("В городской кенеш Токмока лидирует «Ата Мекен». По данным урн, у нее 21,3 процента, "
            "а вторым идет «Замандаш» с 12,4 процента.")
    facts = only(build_facts(ex(text, ("PARTY", "Ата Мекен", "Ата Мекен"), ("PERCENT", "21,3 процента", "21.3"),
                                ("PARTY", "Замандаш", "Замандаш"), ("PERCENT", "12,4 процента", "12.4"),
                                lang="ru")), PartyResult)
    assert sorted((f.party.norm, f.percent.norm) for f in facts) == [("Ата Мекен", "21.3"), ("Замандаш", "12.4")]


def test_party_results_seats_and_their_verb_after_other_words_before_the_party():
    text = "В городском кенеше 9 мест получили кандидаты «Ата Мекена», 6 — партия «Замандаш»."
    facts = only(build_facts(ex(text, ("PARTY", "Ата Мекена", "Ата Мекен"), ("PARTY", "Замандаш", "Замандаш"),
                                lang="ru")), PartyResult)
    assert [(f.party.norm, f.seats) for f in facts] == [("Ата Мекен", 9), ("Замандаш", 6)]


@pytest.mark.parametrize("text,party,seats", [
    ("Второй результат у «Республики – Ата-Журт» — 20,08 процента и 28 кресел в парламенте.",
     "Республики – Ата-Журт", 28),
    ("Оппозиция в лице СДПК довольствовалась лишь 11 депутатскими креслами.", "СДПК", 11),
    ("Победу одержала партия «Ак Жол», получившая 71 мандат из 90.", "Ак Жол", 71),
])
def test_party_results_russian_seat_nouns(text, party, seats):
    [p] = only(build_facts(ex(text, ("PARTY", party, party), lang="ru")), PartyResult)
    assert p.seats == seats


def test_party_results_kyrgyz_seat_words_before_and_after():
    text = ("Жети депутаттык орунду «Алыянс» ээледи – партия 8,35 пайыз добуш алган. "
            "Ынтымакка 11 пайыз добуш жана тогуз мандат буйруду.")
    facts = only(build_facts(ex(text, ("PARTY", "Алыянс", "Алыянс"), ("PERCENT", "8,35 пайыз", "8.35"),
                                ("PARTY", "Ынтымакка", "Ынтымак"), ("PERCENT", "11 пайыз", "11"))), PartyResult)
    assert [(f.party.norm, f.percent.norm, f.seats) for f in facts] == [("Алыянс", "8.35", 7), ("Ынтымак", "11", 9)]


def test_how_far_a_party_fell_short_is_not_its_result():
    text = "«Ата Мекени» 3,48 пайыз менен сыртта калды, ал эми «Эл Үмүтүнө» босогодон өтүү үчүн болгону 0,54 пайыз жетпеди."
    facts = only(build_facts(ex(text, ("PARTY", "Ата Мекени", "Ата Мекен"), ("PERCENT", "3,48 пайыз", "3.48"),
                                ("PARTY", "Эл Үмүтүнө", "Эл Үмүтү"), ("PERCENT", "0,54 пайыз", "0.54"))), PartyResult)
    assert [(f.party.norm, f.percent.norm) for f in facts] == [("Ата Мекен", "3.48")]


def test_single_mandate_is_no_seat_count():
    text = '"Ыйман нуру" партияларынын тизмелери менен, калганы 36 бир мандаттуу округдан келген.'
    assert not only(build_facts(ex(text, ("PARTY", "Ыйман нуру", "Ыйман Нуру"))), PartyResult)


def test_party_result_bare_number_in_a_list_of_percents():
    text = "У «Азаттыка» — 4,01 процента, у «Ата-Мекена» — 3,48."
    facts = only(build_facts(ex(text, ("PARTY", "Азаттыка", "Азаттык"), ("PERCENT", "4,01 процента", "4.01"),
                                ("PARTY", "Ата-Мекена", "Ата Мекен"), lang="ru")), PartyResult)
    assert [(f.party.norm, f.percent.norm if f.percent else f.percent_value) for f in facts] == [
        ("Азаттык", "4.01"), ("Ата Мекен", 3.48)]


@pytest.mark.parametrize("text,lang", [
    ("«Ишеним» и «Ынтымак» получили 12 и 9 мандатов соответственно.", "ru"),
    ("«Ишеним» жана «Ынтымак» партиялары тиешелүүлүгүнө жараша 12 жана 9 мандат алышты.", "ky"),
])
def test_party_results_respectively(text, lang):
    facts = only(build_facts(ex(text, ("PARTY", "Ишеним", "Ишеним"), ("PARTY", "Ынтымак", "Ынтымак"), lang=lang)),
                 PartyResult)
    assert [(f.party.norm, f.seats) for f in facts] == [("Ишеним", 12), ("Ынтымак", 9)]


def test_party_result_lone_party_after_its_figure():
    text = "Экинчи орунду 20,21 пайыз менен «Кыргызстан» партиясы ээледи."
    [p] = only(build_facts(ex(text, ("PERCENT", "20,21 пайыз", "20.21"), ("PARTY", "Кыргызстан", "Кыргызстан"))),
               PartyResult)
    assert (p.party.norm, p.percent.norm) == ("Кыргызстан", "20.21")


def test_party_results_kyrgyz_converb_chain_and_seats_of_a_whole():
    text = ("Биринчи орунду 27,35 пайыз добуш топтоп, парламенттеги 120 орундун отуз сегизин ээлеген "
            "Кыргызстандын Социал-демократиялык партиясы камсыздады; андан кийинки сапта жыйырма пайыздан "
            "бир аз ашык, тагыраак айтканда 20,08%ды алып, 28 мандатка ээ болгон «Республика – Ата-Журт» "
            "бирикмеси турат.")
    facts = only(build_facts(ex(text, ("PERCENT", "27,35 пайыз", "27.35"),
                                ("PARTY", "Кыргызстандын Социал-демократиялык партиясы", "СДПК"),
                                ("PERCENT", "жыйырма пайыздан", "20"), ("PERCENT", "20,08%", "20.08"),
                                ("PARTY", "Республика – Ата-Журт", "Республика – Ата-Журт"))), PartyResult)
    assert [(f.party.norm, f.percent.norm, f.seats) for f in facts] == [
        ("СДПК", "27.35", 38), ("Республика – Ата-Журт", "20.08", 28)]


def test_party_results_share_with_and_points_are_no_share():
    text = ('Эң көп добушту 13,85 пайыз менен Эмгек партиясы алды, андан 1,47 пайыздык пунктка артта '
            'калган "Ак бата" 12,38 пайызга ээ болуп экинчи орунду ээледи.')
    facts = only(build_facts(ex(text, ("PERCENT", "13,85 пайыз", "13.85"), ("PARTY", "Эмгек", "Эмгек"),
                                ("PERCENT", "1,47 пайыздык", "1.47"), ("PARTY", "Ак бата", "Ак Бата"),
                                ("PERCENT", "12,38 пайызга", "12.38"))), PartyResult)
    assert [(f.party.norm, f.percent.norm) for f in facts] == [("Эмгек", "13.85"), ("Ак Бата", "12.38")]


def test_a_candidate_a_relative_clause_ties_to_the_party_is_not_the_party():
    text = "В одном из округов кандидат, которого поддерживал актив партии «Ата Мекен», набрал 9 847 голосов (11,2%)."
    assert not _party_results(text)


def test_a_candidate_nominated_by_a_party_is_not_the_party():
    text = "Алмазбек Атамбаев — выдвиженец Социал-демократической партии Кыргызстана — набрал 62,52% голосов."
    facts = build_facts(ex(text, ("POLITICIAN", "Алмазбек Атамбаев", "Алмазбек Атамбаев"),
                           ("PARTY", "Социал-демократической партии Кыргызстана", "СДПК"),
                           ("PERCENT", "62,52%", "62.52"), lang="ru"))
    assert not only(facts, PartyResult)


def test_the_partys_candidates_together_are_the_party():
    """Plural `талапкерлери` after the party is its list; a single nominee stays a candidate's."""
    assert [(f.party.norm, f.percent.norm, f.seats) for f in _party_results(
        '"Ата Мекен" партиясынын талапкерлери 12,4% алып, 4 мандатты ээледи.')] == [("Ата Мекен", "12.4", 4)]
    assert not _party_results('"Ата Мекен" партиясынын талапкери Омурбек Текебаев 12,4% алды.')


@pytest.mark.parametrize("text, expected", [
    ('"Замандашты" 42 миң 292 шайлоочу колдогон.', [("Замандаш", 42292, None)]),
    ('Шайлоочулардын 12 миң 400ү "Ата-Журт Кыргызстанды", 8 миң 150ү "Ишенимди" колдошту.',
     [("Ата-Журт Кыргызстан", 12400, None), ("Ишеним", 8150, None)]),
    ('Кеңештеги 45 мандаттын 21и СДПКга, жетөө "Ата Мекенге", алтоо "Замандашка" буйруду.',
     [("Кыргызстандын Социал-демократиялык партиясы", None, 21), ("Ата Мекен", None, 7), ("Замандаш", None, 6)]),
])
def test_counts_of_voters_or_seats_before_a_declined_party(text, expected):
    """Voters who backed a party (`N шайлоочу колдоду`) and a whole's parts in thousands or in
    collective numerals (`жетөө`, `алтоо`) before each party."""
    assert [(f.party.norm, f.votes, f.seats) for f in _party_results(text)] == expected


def test_a_party_backing_another_gives_no_votes():
    assert not _party_results('"Ата Мекен" партиясы 2020-жылы СДПКны колдоду.')


@pytest.mark.parametrize("text", [
    '"Эл Үмүтү" 4,46%, "Азаттык" 4,01% алып, бир да мандат ала алышкан жок.',
    "«Эл Умуту» (4,46%) и «Азаттык» (4,01%) остаются за барьером и не получают ни одного мандата.",
])
def test_one_plural_no_seats_verb_after_listed_shares_is_each_partys_zero(text):
    assert [(f.party.norm, f.seats) for f in _party_results(text)] == [("Эл Үмүтү", 0), ("Азаттык", 0)]


def test_a_singular_no_seats_verb_is_the_last_partys_only():
    text = '"Эл Үмүтү" 4,46% алды, "Азаттык" 4,01% алып, бир да мандат ала алган жок.'
    assert [(f.party.norm, f.seats) for f in _party_results(text)] == [("Эл Үмүтү", None), ("Азаттык", 0)]


@pytest.mark.parametrize("text, expected", [
    ('Экинчи орунда 8 мандаттуу "Ынтымак", андан кийин "Мекенчил Эл" (6 мандат) турат.',
     [("Ынтымак", 8), ("Мекенчил Эл", 6)]),
    ("Көпчүлүк үчүн 61 добуш керек, ошондуктан отуз сегиз мандаттуу СДПКга дагы 23 орун жетишпейт.",
     [("Кыргызстандын Социал-демократиялык партиясы", 38)]),
    ('КСДП 237 634 добуш алып, 26 орунду ээледи, "Ар-Намыс" 25, "Республика" 23 мандат алды.',
     [("Кыргызстандын Социал-демократиялык партиясы", 26), ("Ар-Намыс", 25), ("Республика", 23)]),
])
def test_seats_as_an_adjective_or_a_bare_count_the_next_partys_noun_shares(text, expected):
    assert [(f.party.norm, f.seats) for f in _party_results(text)] == expected


@pytest.mark.parametrize("text, expected", [
    ("На выборах 2021 года набравший 3,48% «Ата Мекен» остался без мандатов.", ("Ата Мекен", "3.48", 0)),
    ("На выборах 2021 года «Азаттык» набрал 4,01% голосов, но остался без мандатов.", ("Азаттык", "4.01", 0)),
])
def test_no_seats_after_a_share_told_before_the_party_or_in_the_next_clause(text, expected):
    assert [(f.party.norm, f.percent.norm, f.seats) for f in _party_results(text)] == [expected]


def test_a_person_named_after_the_partys_count_does_not_take_it():
    """A candidate named before the party's first figure takes it; one named after it does not."""
    text = "«Альянс» по итогам выборов 28 ноября 2021 года получил семь мандатов, и Акаев рассчитывал стать депутатом."
    assert [(f.party.norm, f.seats) for f in _party_results(text)] == [("Алыянс", 7)]
    assert not _party_results("В Бишкеке «Ата Мекен» выдвинул Алмазбека Атамбаева, получившего 62,52% голосов.")


def test_a_candidate_the_party_backs_after_its_figures_leaves_them_its_own():
    text = 'Кеңештеги фракциялар — "Эмгек" (12 орун) жана "Ак бата" (10 орун) — талапкерди колдоорун жарыялашкан.'
    assert [(f.party.norm, f.seats) for f in _party_results(text)] == [("Эмгек", 12), ("Ак бата", 10)]
    assert not _party_results("Темир Сариев, лидер партии «Ак Шумкар» и один из 11 кандидатов, проголосовал.")


@pytest.mark.parametrize("text, expected", [
    ('Келишимге үч фракция — "Бирге" (9 орун), "Табылга" (6 орун) жана "Эмгек" (4 орун) кол койду.',
     [("Бирге", 9), ("Табылга", 6), ("Эмгек", 4)]),
    ('Ал эми 28 орунга ээ "Республика – Ата-Журттун" жетекчилиги оппозицияда калууга даяр.',
     [("Республика – Ата-Журт", 28)]),
])
def test_factions_listed_after_a_dash_and_seats_a_party_holds(text, expected):
    assert [(f.party.norm, f.seats) for f in _party_results(text)] == expected


@pytest.mark.parametrize("text", [
    "Ош шаардык кеңешинде “Улуттар биримдиги” фракциясынан үч депутат чыгып, көз карандысыз топ түзүштү.",
    "Вместе с двумя депутатами, вышедшими из фракции «Элдик», у коалиции 13 голосов из 21.",
])
def test_deputies_who_left_a_faction_are_no_result_of_its_party(text):
    assert not _party_results(text)


@pytest.mark.parametrize("text, expected", [
    ("Больше всего голосов — 257 тыс. 100, или 8,88% — получила партия «Ата-Журт», которой достанутся 28 мандатов.",
     ("Ата-Журт", "8.88", 28)),
    ("Более половины голосов — 51,4% — досталось СДПК: за нее проголосовали 42 тысячи 118 горожан.",
     ("Кыргызстандын Социал-демократиялык партиясы", "51.4", None)),
])
def test_a_share_set_off_by_dashes_before_the_party(text, expected):
    """Votes and share between dashes are one figure of the clause; counts after the party do not undo it."""
    assert [(f.party.norm, f.percent.norm, f.seats) for f in _party_results(text)] == [expected]


@pytest.mark.parametrize("text, expected", [
    ("«Ишеним», набравший на выборах 2021 года 13,61%, получил тогда 12 мест.", [("Ишеним", "13.61", 12)]),
    ("«Ата-Мекен», пять лет назад прошедший в парламент с 7,72%, опустился до 4,30%.", [("Ата Мекен", "4.3", None)]),
])
def test_an_apposition_dated_by_its_year_alone_is_the_election_of_the_seats_after_it(text, expected):
    assert [(f.party.norm, f.percent.norm, f.seats) for f in _party_results(text)] == expected


def test_they_respectively_gives_the_parties_the_sentence_before_names():
    text = ("Коалиция большинства создана в составе СДПК, «Кыргызстана» и «Ата Мекена». "
            "На выборах 2015 года они получили 38, 18 и 11 мандатов соответственно.")
    assert [(f.party.norm, f.seats) for f in _party_results(text)] == [
        ("Кыргызстандын Социал-демократиялык партиясы", 38), ("Кыргызстан", 18), ("Ата Мекен", 11)]
    # without `they` the counts are no one's
    assert not _party_results("Коалиция создана в составе СДПК, «Кыргызстана» и «Ата Мекена». "
                              "Комитеты получили 38, 18 и 11 мест соответственно.")


def test_local_elections_are_no_seats():
    """`местных` starts like `мест` (seats): `в двух местных выборах` is no two seats."""
    text = ("Суд отказал партии «Эл Демилгеси» в иске. Ведомство отказалось перерегистрировать партию. "
            "Партия, созданная в 2012 году, участвовала в двух местных выборах и выдвигала 37 кандидатов.")
    assert not _party_results(text)


def test_two_parties_respectively_take_shares_from_a_sentence_or_two_before():
    text = ('Токмокто "Ынтымак" менен "Бирге" фракциялары келишимди бузушту. Демилгени 27 депутаттын 15и колдоду. '
            "Эки партия 2021-жылкы шайлоодо тиешелүүлүгүнө жараша 24,6 жана 18,3 пайыз алган.")
    assert [(f.party.norm, f.percent.norm) for f in _party_results(text)] == [("Ынтымак", "24.6"), ("Бирге", "18.3")]


def test_seats_a_party_has_are_its_seats_but_deputies_parties_unite_are_none():
    text = 'Кеңештеги эң ири фракция — он жети мандаты бар "Жаңы Күч"; ал шайлоодо биринчи болгон.'
    assert [(f.party.norm, f.seats) for f in _party_results(text)] == [("Жаңы Күч", 17)]
    assert not _party_results('Декабрда "Ата-Журт", СДПК жана "Республика" 77 депутатты бириктирген келишимге кол коюшту.')


def test_two_russian_participle_clauses_each_give_their_party_its_share():
    text = "Набравший 4,01% «Азаттык» и получившая 4,46% партия «Эл Умуту» не получили ни одного мандата при барьере в 5%."
    assert [(f.party.norm, f.percent.norm, f.seats) for f in _party_results(text)] == [
        ("Азаттык", "4.01", 0), ("Эл Үмүтү", "4.46", 0)]


def test_a_threshold_told_before_its_figure_is_no_share_but_the_partys_figure_after_the_word_is():
    assert [(f.party.norm, f.percent.norm) for f in _party_results(
        "«Ата-Мекен» лишь немного перешагнул семипроцентный порог — 7,72%.")] == [("Ата Мекен", "7.72")]


@pytest.mark.parametrize("text", [
    "Из фракции «Альянс» в Жогорку Кенеше вышли еще два депутата, теперь в ней осталось 5 человек.",
    "Больше всех потратила партия «Мекеним Кыргызстан» — 93,4 млн сомов, на втором месте «Биримдик» с 71,2 млн.",
    "Во фракции «Ата-Журт Кыргызстан» «за» высказались все 13 присутствовавших. "
    "Лидер «Ишенима» пояснил, что 4 депутата его фракции не участвовали в голосовании.",
    "Руководство партии «Ынтымак» рассчитывает получить не менее 15 мандатов.",
    "За 45 мест борются 11 партий, в том числе «Ынтымак», в списке которого 52 человека.",
    "Кандидат фракции «Элдик» набрал 17 голосов депутатов, выдвиженец «Замандаша» — 12.",
    "До пересчета партия «Жаны Доор» отставала от «Элдика» на 27 голосов.",
])
def test_numbers_beside_a_party_that_are_no_result(text):
    """Deputies leaving or voting in a house, money, hopes, a list's length, a nominee's
    votes from deputies, a gap in votes."""
    assert not _party_results(text)


def test_a_russian_participle_clause_may_describe_the_party_before_its_name():
    text = "Набравшая 47,8% голосов пропрезидентская партия «Ак Жол» получила 71 место из 90."
    assert [(f.party.norm, f.percent.norm, f.seats) for f in _party_results(text)] == [("Ак Жол", "47.8", 71)]


@pytest.mark.parametrize("text", [
    '"Бир Бол" фракциясынан 6 депутат добуш берүүгө катышкан жок.',
    '"Ата Мекен" жана "Бир Бол" фракцияларынан 14 депутат каршы чыкты.',
    'Шайлоого 6 партия катышат, алардын ичинде "Элдик" 13-номер, "Жаңы Доор" 5-номер менен катышат.',
    '"Эмгек" фракциясынын 9 депутатынын 6сы каршы добуш берди.',
    'Үчүнчү болгон "Ата Мекендин" мүчөсүнүн көрсөткүчү 9,8 пайыз.',
])
def test_kyrgyz_numbers_beside_a_party_that_are_no_result(text):
    """Deputies acting in a house, ballot numbers, the whole of a faction's deputies, a member's figure."""
    assert not _party_results(text)


def test_a_candidacy_the_party_puts_forward_leaves_its_seats_its_own():
    text = 'Спикерликке талапкерлигин 71 мандатка ээ болгон "Ак Жол" фракциясы көрсөткөн.'
    assert [(f.party.norm, f.seats) for f in _party_results(text)] == [("Ак Жол", 71)]


def test_a_shortfall_in_votes_is_no_count_and_respective_shares_may_be_split_by_semicolons():
    text = 'Партия 6,91 пайыз добуш алып, 7 пайыздык босогодон 14 добуш жетпей калган "Замандаш" сотко кайрылды.'
    assert [(f.party.norm, f.votes) for f in _party_results(text)] == [("Замандаш", None)]
    text = ('"Ынтымак", "Ата-Журт Кыргызстан" жана "Ыйман Нуру" тиешелүүлүгүнө жараша 32,4; 21,7 жана 11,9 пайыз '
            'добуш алышты.')
    assert [float(f.percent.norm) if f.percent else f.percent_value for f in _party_results(text)] == [32.4, 21.7, 11.9]


def test_a_bare_count_after_a_party_with_seats_and_votes_is_seats_when_a_house_has_as_many():
    text = "У «Ынтымака» — 8 мандатов (2 540 голосов), у «Ордо» — 6."
    assert [(f.party.norm, f.votes, f.seats) for f in _party_results(text)] == [("Ынтымак", 2540, 8), ("Ордо", None, 6)]


def test_a_later_year_after_the_party_is_no_figure_of_its_own():
    text = ('2015-жылкы шайлоодо 20,08 пайыз алып, жыйырма сегиз мандатка ээ болгон "Республика – Ата-Журт" '
            "2016-жылы эки топко бөлүндү.")
    assert [(f.party.norm, f.percent.norm, f.seats) for f in _party_results(text)] == [("Республика – Ата-Журт", "20.08", 28)]


@pytest.mark.parametrize("text, expected", [
    ("По итогам голосования по единому округу места распределились так: у «Ата-Журт Кыргызстана» — 15, "
     "у «Ишенима» — 12, у «Ынтымака» — 9.", [("Ата-Журт Кыргызстан", None, 15), ("Ишеним", None, 12), ("Ынтымак", None, 9)]),
    ("По итогам выборов в горкенеш «Бирге», набравший 20,42 процента, получил восемь мандатов из 31. "
     "Вторая по величине фракция — «Табылга» (13,6%).", [("Бирге", "20.42", 8), ("Табылга", "13.6", None)]),
    ("Партия «Биримдик», набравшая на аннулированных выборах 24,53%, но так и не получившая мандатов, призывала принять закон.",
     [("Биримдик", "24.53", 0)]),
])
def test_russian_results_in_passing(text, expected):
    """`голосования` (the voting) is no votes cue; an unlisted party with its participle's share
    beside the word party or faction; no seats in a participle after `но`."""
    assert [(f.party.norm, f.percent.norm if f.percent else None, f.seats) for f in _party_results(text)] == expected


@pytest.mark.parametrize("text", [
    "Во фракции «Ата-Журт Кыргызстан», где сейчас 14 депутатов, закон поддержали все присутствовавшие.",
    "Лидер фракции «Ынтымак» сложил полномочия после того, как 4 депутата из 8 подписали письмо.",
    "Депутаты избрали спикером представителя «Ак Баты»: за него отдали 29 голосов из 45. "
    "Его соперник из фракции НДПК получил 14 голосов.",
    "Согласно опросу, проведенному исследовательским центром «Эл-Пикир» среди 1 500 респондентов, за «Ата-Журт "
    "Кыргызстан» готовы проголосовать 21%.",
    '"Адилет" фракциясынын 4 депутаты сессияга келген жок.',
])
def test_a_factions_size_now_or_its_members_votes_are_no_result(text):
    assert not _party_results(text)


def test_votes_where_the_word_party_got_them_and_both_parties_no_seats():
    text = ("Член политсовета партии «Мекеним Кыргызстан» Бакыт Алиев объявил о выходе из партии. "
            "На выборах 4 октября партия получила 470 806 голосов.")
    assert [(f.party.norm, f.votes) for f in _party_results(text)] == [("Мекеним Кыргызстан", 470806)]
    assert not _party_results("Партия «Социал-демократы» подала иск. По данным партии, на 112 участках ей "
                              "недосчитали не менее 9 тысяч голосов.")
    text = "«Эл Умуту» после пересчета получила 4,46%, а «Азаттык» — 4,01%, и обе партии остались без мандатов."
    assert [(f.party.norm, f.seats) for f in _party_results(text)] == [("Эл Үмүтү", 0), ("Азаттык", 0)]
    assert not _party_results("В нее вошли фракции СДПК, «Республика» и «Ата-Журт», в общей сложности 77 депутатов из 120.")


@pytest.mark.parametrize("text, expected", [
    ("По данным ЦИК, партия «Биримдик», набрав 24,5 процента, обошла «Мекеним Кыргызстан», у которого 23,88 процента.",
     [("Биримдик", 24.5, None), ("Мекеним Кыргызстан", 23.88, None)]),
    ("Предварительные итоги таковы: 22,6% голосов досталось партии «Ак Бата», 18,9% — «Ынтымаку», 11,4% — «Эмгеку».",
     [("Ак бата", 22.6, None), ("Ынтымак", 18.9, None), ("Эмгек", 11.4, None)]),
    ("20,08 процента набрала «Республика – Ата Журт», 12,93 — партия «Кыргызстан».",
     [("Республика – Ата-Журт", 20.08, None), ("Кыргызстан", 12.93, None)]),
    ("«Эл Умуту» с 4,46 процента, «Азаттык» с 4,01, «Ата Мекен» с 3,48 и «Социал-демократы» с 3,21 процента "
     "не получили ни одного мандата.", [("Эл Үмүтү", 4.46, 0), ("Азаттык", 4.01, 0), ("Ата Мекен", 3.48, 0),
                                        ("Социал-демократтар", 3.21, 0)]),
])
def test_russian_agency_retellings(text, expected):
    """A party overtaken keeps the share of its own relative clause; shares before the party
    with their verb; one plural no-seats verb after shares told with `с`."""
    got = [(f.party.norm, float(f.percent.norm) if f.percent else f.percent_value, f.seats) for f in _party_results(text)]
    assert got == expected


def test_a_person_from_a_party_takes_the_figure_after_it():
    assert not _party_results("Победил Сооронбай Жээнбеков, а Темир Сариев из «Ак Шумкара» — 2,55 процента.")


@pytest.mark.parametrize("text", [
    "Азыр СДПК фракциясында 24 депутат калды.",
    'Учурда фракцияларында 10 жана 8 депутат бар, анткени былтыр "Ишенимден" дагы бир депутат министр болуп кеткен.',
    '"Республика – Ата-Журт" фракциясы экиге бөлүндү: анын 12 депутаты "Ата-Журт" тобун түзүп, лидерин шайлады.',
])
def test_deputies_left_in_or_leaving_a_faction_are_no_result(text):
    assert not _party_results(text)


def test_kyrgyz_background_lines():
    text = ('Сапаровдун талапкерлигин "Ата-Журт Кыргызстан", "Ишеним" жана "Ынтымак" фракциялары сунушташкан. '
            "28-ноябрдагы шайлоодо бул үч партия тиешелүүлүгүнө жараша 15, 12 жана 9 мандат алышкан.")
    assert [(f.party.norm, f.seats) for f in _party_results(text)] == [
        ("Ата-Журт Кыргызстан", 15), ("Ишеним", 12), ("Ынтымак", 9)]
    text = '"Социал-демократтар" партиясы жаңы лидер шайлады. 2020-жылдагы шайлоодо партия 41 837 добуш топтогон.'
    assert [(f.party.norm, f.votes) for f in _party_results(text)] == [("Социал-демократтар", 41837)]
    # overtaking is no leaving: `«Ишенимден» (13,61%) 3,71 пайыздык пунктка озуп кетишкен`
    text = "Атажуртчулар 17,32 пайыз алып, экинчи орундагы «Ишенимден» (13,61%) 3,71 пайыздык пунктка озуп кетишкен."
    assert ("Ишеним", "13.61") in [(f.party.norm, f.percent.norm) for f in _party_results(text)]


@pytest.mark.parametrize("text, expected", [
    ("«Онугуу-Прогресс» поддержали 1 903 избирателя (18,1%), «Ата Мекен» — 1 226 (11,6%).",
     [("Өнүгүү-Прогресс", "18.1", 1903), ("Ата Мекен", "11.6", 1226)]),
    ("Лидером стала СДПК, которую поддержали 3 977 жителей Канта, — это 40,6% и 10 мандатов.",
     [("Кыргызстандын Социал-демократиялык партиясы", "40.6", 3977)]),
])
def test_a_share_after_the_count_of_people_who_backed_the_party_is_its(text, expected):
    assert [(f.party.norm, f.percent.norm, f.votes) for f in _party_results(text)] == expected


@pytest.mark.parametrize("text, expected", [
    ('"Улуттар биримдиги" 12, 1 % менен жети мандат алды. Төрт мандат 7,4 пайыз топтогон "Бир Болго" тийди.',
     [("Улуттар биримдиги", "12.1", 7), ("Бир Бол", "7.4", 4)]),
    ('"Бир Бол" 12,9 пайыз менен үч мандатка ээ болду. Калган үч орун 11,9 пайыз топтогон "Кыргызстан" партиясына бөлүндү.',
     [("Бир Бол", "12.9", 3), ("Кыргызстан", "11.9", 3)]),
    ('"Ата Мекендин" көрсөткүчү азырынча 5,63 пайызды, "Республиканыкы" 6,88 пайызды түзөт.',
     [("Ата Мекен", "5.63", None), ("Республика", "6.88", None)]),
])
def test_kyrgyz_results_news(text, expected):
    """Seats opening the clause before a party's participle clause; the possessive `-ныкы` (the one of)."""
    assert [(f.party.norm, f.percent.norm, f.seats) for f in _party_results(text)] == expected


def test_collective_numerals_in_the_short_accusative_are_seats_of_the_whole():
    text = 'Кеңешке шайлоодо 25 орундун сегизин СДПК, жетөөн "Кыргызстан", бешөөн "Өнүгүү-Прогресс" алды.'
    assert [f.seats for f in _party_results(text)] == [8, 7, 5]


@pytest.mark.parametrize("text", [
    'Учурда кеңеште "Ынтымактын" жети, "Ишенимдин" беш, "Эмгектин" алты депутаты иштейт.',
    '2021-жылдагы шайлоодон кийин "Ак Жолдо" азыр жети депутат бар.',
    'Усуповдун кетиши менен "Кыргызстандын" фракциясында 17 депутат калды.',
])
def test_a_factions_deputies_now_are_no_seats_won(text):
    assert all(f.seats is None for f in _party_results(text))


def test_a_factions_deputies_without_now_may_be_its_seats():
    """The gold counts `«Кыргызстандын» 18 депутаты бар` of a new house; `ал эми` (but) is no `now`."""
    text = '"Жаңы-Кыргызстан" 15 орунга, "Адилет" 12 орунга ээ, ал эми "Эмгек" фракциясы 4 депутаттан турат.'
    assert ("Эмгек", 4) in [(f.party.norm, f.seats) for f in _party_results(text)]


@pytest.mark.parametrize("text, expected", [
    ('БШКнын маалыматы боюнча "Социал-демократтар" 3,21 пайыз алып, парламенттен орун ала алган жок.',
     [("Социал-демократтар", "3.21", 0)]),
    ('"Кыргызстан" 19,09% менен жети орунга ээ болду. Калган үч мандатты 8,7 пайыз алган "Замандаш" ээледи.',
     [("Кыргызстан", "19.09", 7), ("Замандаш", "8.7", 3)]),
])
def test_kyrgyz_no_seats_and_seats_in_the_accusative_before_a_participle(text, expected):
    assert [(f.party.norm, f.percent.norm, f.seats) for f in _party_results(text)] == expected


def test_seats_a_party_aims_at_or_a_bound_are_no_result():
    assert not _party_results("“Ата-Журт Кыргызстан” менен “Ишеним” да 20дан ашуун мандат алууну максат кылышат.")


def test_no_seats_without_ni_odnogo_and_an_exit_poll_is_no_result():
    text = "«Ата Мекен», получивший 3,48%, не получил мест в парламенте."
    assert [(f.party.norm, f.seats) for f in _party_results(text)] == [("Ата Мекен", 0)]
    assert not _party_results("По данным экзит-пола, проведенного центром «Эл-Пикир», «Ата-Журт Кыргызстан» может "
                              "набрать до 20% голосов, а «Ишеним» — около 12%.")


def test_as_many_seats_for_a_party_with_its_own_share():
    text = "«Ар-Намыс» с 27,5% получил 10 мест, столько же досталось СДПК, у которой 25,9%, а «Ата-Журт» — 5 мест."
    assert [(f.party.norm, f.seats) for f in _party_results(text)][:2] == [
        ("Ар-Намыс", 10), ("Кыргызстандын Социал-демократиялык партиясы", 10)]


@pytest.mark.parametrize("text, expected", [
    ('Эң көп добушту "Ата-Журт Кыргызстан" партиясы алды — 216 742 добуш, башкача айтканда 17,32 пайыз.',
     [("Ата-Журт Кыргызстан", "17.32", 216742, None)]),
    ('"Ата-Журт Кыргызстан" 120 орундун 38ин, башкача айтканда 31,7 пайызын алды.',
     [("Ата-Журт Кыргызстан", None, None, 38)]),
    ("“Кыргызстан” партиясын 143 миң 905 адам колдоду.", [("Кыргызстан", None, 143905, None)]),
])
def test_in_other_words_after_votes_is_the_vote_share_after_seats_the_seat_share(text, expected):
    got = [(f.party.norm, f.percent.norm if f.percent else None, f.votes, f.seats) for f in _party_results(text)]
    assert got == expected


@pytest.mark.parametrize("text", [
    "Кандидат от СДПК Сооронбай Жээнбеков набрал 54,22% голосов, Омурбек Бабанов, выдвинутый партией «Республика», — 33,49%.",
    "Лидер «Бутун Кыргызстана» Адахан Мадумаров получил 6,57%, Темир Сариев от «Акшумкара» — 2,55%.",
    "Пересчет проводился по жалобе партии «Замандаш», которой не хватило до барьера 38 голосов.",
    "Первое место занимает партия «Кыргызстан», а СДПК отстает от нее примерно на 6 тысяч голосов.",
])
def test_candidates_shortfalls_and_gaps_beside_parties_are_no_result(text):
    assert all(f.party.norm == "Кыргызстан" for f in _party_results(text))


def test_a_person_from_the_party_speaking_leaves_it_its_share():
    text = "Марлен Маматалиев от «Ынтымака» сообщил, что, по подсчетам штаба, партия набрала 7,6% и проходит в горкенеш."
    assert [(f.party.norm, f.percent.norm) for f in _party_results(text)] == [("Ынтымак", "7.6")]


def test_party_results_own_percents_then_seats_respectively():
    text = ('«Өнүгүү-Прогресс» 9,30%, "Бир Бол" 8,52%, «Ата Мекен» 7,72% алып, тиешелүүлүгүнө жараша '
            '13, 12 жана 11 мандатка ээ болушту.')
    facts = only(build_facts(ex(text, ("PARTY", "Өнүгүү-Прогресс", "Өнүгүү-Прогресс"), ("PERCENT", "9,30%", "9.3"),
                                ("PARTY", "Бир Бол", "Бир Бол"), ("PERCENT", "8,52%", "8.52"),
                                ("PARTY", "Ата Мекен", "Ата Мекен"), ("PERCENT", "7,72%", "7.72"))), PartyResult)
    assert [(f.party.norm, f.percent.norm, f.seats) for f in facts] == [
        ("Өнүгүү-Прогресс", "9.3", 13), ("Бир Бол", "8.52", 12), ("Ата Мекен", "7.72", 11)]


def test_party_results_with_their_leaders_named():
    text = ("Из 54 мандатов, распределяемых по спискам, 15 получит «Ата-Журт Кыргызстан» Айбека Маткеримова, 12 — «Ишеним». "
            "«Бутун Кыргызстану» во главе с Адаханом Мадумаровым достанутся 6 мест.")
    facts = only(build_facts(ex(text, ("PARTY", "Ата-Журт Кыргызстан", "Ата-Журт Кыргызстан"),
                                ("POLITICIAN", "Айбека Маткеримова", "Айбек Маткеримов"),
                                ("PARTY", "Ишеним", "Ишеним"), ("PARTY", "Бутун Кыргызстану", "Бүтүн Кыргызстан"),
                                ("POLITICIAN", "Адаханом Мадумаровым", "Адахан Мадумаров"), lang="ru")), PartyResult)
    assert [(f.party.norm, f.seats) for f in facts] == [
        ("Ата-Журт Кыргызстан", 15), ("Ишеним", 12), ("Бүтүн Кыргызстан", 6)]


def test_a_party_leader_who_is_the_subject_has_his_own_result():
    text = 'Следующий за ним лидер партии "Единый Киргизстан" Адахан Мадумаров получает примерно 15%.'
    facts = build_facts(ex(text, ("PARTY", "Единый Киргизстан", "Единый Киргизстан"),
                           ("POLITICIAN", "Адахан Мадумаров", "Адахан Мадумаров"), ("PERCENT", "15%", "15"), lang="ru"))
    assert not only(facts, PartyResult)


def test_a_share_in_brackets_before_the_threshold_word_is_the_partys():
    text = "«Биздин эл» (7,78%) менен «Ынтымак» (7,37%) босогодон араң өтүштү."
    facts = only(build_facts(ex(text, ("PARTY", "Биздин эл", "Биздин эл"), ("PERCENT", "7,78%", "7.78"),
                                ("PARTY", "Ынтымак", "Ынтымак"), ("PERCENT", "7,37%", "7.37"))), PartyResult)
    assert [(f.party.norm, f.percent.norm) for f in facts] == [("Биздин эл", "7.78"), ("Ынтымак", "7.37")]


def test_party_results_respectively_before_and_after_the_cue():
    text = ("«Ата-Журт Кыргызстан», «Ишеним» и «Ынтымак» получили 15, 12 и 9 мандатов соответственно, "
            "набрав 17,32, 13,61 и 11,00% голосов.")
    facts = only(build_facts(ex(text, ("PARTY", "Ата-Журт Кыргызстан", "Ата-Журт Кыргызстан"),
                                ("PARTY", "Ишеним", "Ишеним"), ("PARTY", "Ынтымак", "Ынтымак"),
                                ("PERCENT", "11,00%", "11"), lang="ru")), PartyResult)
    got = [(f.party.norm, f.percent.norm if f.percent else f.percent_value, f.seats) for f in facts]
    assert got == [("Ата-Журт Кыргызстан", 17.32, 15), ("Ишеним", 13.61, 12), ("Ынтымак", "11", 9)]


@pytest.mark.parametrize("text,party,seats", [
    ("2007-жылкы шайлоодо 90 орундун 71ин «Ак Жол» ээлеп, көпчүлүк болду.", "Ак Жол", 71),
    ("Мандаттардын 71и «Ак Жол» партиясына, 11и КСДПга берилди.", "КСДП", 11),
    ("Партия «Ата-Журт Кыргызстан» заняла 15 из 54 партийных мест.", "Ата-Журт Кыргызстан", 15),
    ("Калган мандаттардын 11и КСДПга тийди.", "КСДП", 11),
    ("Партиялык орундардын эң чоң үлүшүн, 15ин, «Ата-Журт Кыргызстан» алды.", "Ата-Журт Кыргызстан", 15),
])
def test_party_results_seats_of_a_whole(text, party, seats):
    spans = [("PARTY", "Ак Жол", "Ак Жол")] if "Ак Жол" in text else []
    if party != "Ак Жол":
        spans.append(("PARTY", party, party))
    facts = only(build_facts(ex(text, *spans)), PartyResult)
    assert (party, seats) in [(f.party.norm, f.seats) for f in facts]


def test_party_result_figures_in_the_sentence_after_the_party():
    text = "Ата-Журт Кыргызстан партиясы биринчи орунда. Он жети бүтүн жүздөн отуз эки пайыз, он беш мандат."
    [p] = only(build_facts(ex(text, ("PARTY", "Ата-Журт Кыргызстан", "Ата-Журт Кыргызстан"),
                              ("PERCENT", "Он жети бүтүн жүздөн отуз эки пайыз", "17.32"))), PartyResult)
    assert (p.party.norm, p.percent.norm, p.seats) == ("Ата-Журт Кыргызстан", "17.32", 15)
    assert text[p.sentence[0]:p.sentence[1]].startswith("Он жети")


def test_party_of_a_person_in_the_genitive_keeps_its_share_but_a_leader_who_is_the_subject_not():
    party_first = "Лишь «Бутун Кыргызстан» Адахана Мадумарова (7,04%) участвовал и в прошлой кампании."
    [p] = only(build_facts(ex(party_first, ("PARTY", "Бутун Кыргызстан", "Бүтүн Кыргызстан"),
                              ("POLITICIAN", "Адахана Мадумарова", "Адахан Мадумаров"),
                              ("PERCENT", "7,04%", "7.04"), lang="ru")), PartyResult)
    assert (p.party.norm, p.percent.norm) == ("Бүтүн Кыргызстан", "7.04")
    leader_first = "Второе место у лидера партии «Бутун Кыргызстан» Адахана Мадумарова (6,74%) в выборах президента."
    assert not only(build_facts(ex(leader_first, ("PARTY", "Бутун Кыргызстан", "Бүтүн Кыргызстан"),
                                   ("POLITICIAN", "Адахана Мадумарова", "Адахан Мадумаров"),
                                   ("PERCENT", "6,74%", "6.74"), lang="ru")), PartyResult)


def test_party_results_every_figure_before_its_party():
    text = "Калган партиялар: 2,34% Чоң Казатка, 2,15% Замандашка, 2,13% Реформага туура келди."
    facts = only(build_facts(ex(text, ("PERCENT", "2,34%", "2.34"), ("PARTY", "Чоң Казатка", "Чоң Казат"),
                                ("PERCENT", "2,15%", "2.15"), ("PARTY", "Замандашка", "Замандаш"),
                                ("PERCENT", "2,13%", "2.13"), ("PARTY", "Реформага", "Реформа"))),
                 PartyResult)
    assert [(f.party.norm, f.percent.norm) for f in facts] == [
        ("Чоң Казат", "2.34"), ("Замандаш", "2.15"), ("Реформа", "2.13")]


def test_party_results_kyrgyz_percent_and_preliminary():
    text = "БШКнын алгачкы маалыматы боюнча КСДП 37,07 пайыз (6 430 добуш) менен алдыда."
    [p] = only(build_facts(ex(text, ("PARTY", "КСДП", "КСДП"), ("PERCENT", "37,07 пайыз", "37.07"))),
               PartyResult)
    assert (p.party.norm, p.percent.norm, p.votes, p.preliminary) == ("КСДП", "37.07", 6430, True)


def test_party_results_russian_seats():
    text = "Мандаты распределяются так: «Ата-Журт Кыргызстан» получает 15, «Ишеним» — 12."
    facts = only(build_facts(ex(text, ("PARTY", "Ата-Журт Кыргызстан", "Ата-Журт Кыргызстан"),
                                ("PARTY", "Ишеним", "Ишеним"), lang="ru")), PartyResult)
    assert [(f.party.norm, f.seats) for f in facts] == [("Ата-Журт Кыргызстан", 15), ("Ишеним", 12)]


def test_party_results_kyrgyz_seat_words():
    text = '"Ата Мекен" 9, "Замандаш" алты, "Бир Бол" үч мандат алды.'
    facts = only(build_facts(ex(text, ("PARTY", "Ата Мекен", "Ата Мекен"), ("PARTY", "Замандаш", "Замандаш"),
                                ("PARTY", "Бир Бол", "Бир Бол"))), PartyResult)
    assert [f.seats for f in facts] == [9, 6, 3]


def test_party_results_kyrgyz_deputies_are_seats():
    text = "«Алыянстан» жети, «Бүтүн Кыргызстандан» алты, «Ыйман Нурудан» беш депутат Жогорку Кеңешке кирет."
    facts = only(build_facts(ex(text, ("PARTY", "Алыянстан", "Алыянс"), ("PARTY", "Бүтүн Кыргызстандан", "Бүтүн Кыргызстан"),
                                ("PARTY", "Ыйман Нурудан", "Ыйман Нуру"))), PartyResult)
    assert [(f.party.norm, f.seats) for f in facts] == [("Алыянс", 7), ("Бүтүн Кыргызстан", 6), ("Ыйман Нуру", 5)]
    # deputies with no count are no seats
    assert not build_facts(ex("«Алыянстын» депутаттары Жогорку Кеңешке кирет.", ("PARTY", "Алыянстын", "Алыянс")))


@pytest.mark.parametrize("text,lang", [
    ("В 2021 году первой стала партия «Ата-Журт Кыргызстан». По итоговым данным ЦИК, партия получила "
     "17,32% и 15 мандатов из 54.", "ru"),
    ("Биринчи орунду «Ата-Журт Кыргызстан» ээледи. Маалымат боюнча, партия шайлоочулардын 17,32% добушун "
     "топтоп, 15 мандатка ээ болду.", "ky"),
])
def test_party_result_figures_of_partiya_standing_for_the_party_named_before(text, lang):
    facts = only(build_facts(ex(text, ("PARTY", "Ата-Журт Кыргызстан", "Ата-Журт Кыргызстан"),
                                ("PERCENT", "17,32%", "17.32"), lang=lang)), PartyResult)
    assert [(f.party.norm, f.percent.norm, f.seats) for f in facts] == [("Ата-Журт Кыргызстан", "17.32", 15)]


@pytest.mark.parametrize("text", [
    "«Ата-Журт Кыргызстан» уверен в успехе. Партии нужно набрать 5% голосов.",  # what a party must get
    "«Ата-Журт Кыргызстан» уверен в успехе. Ни одна партия не набрала 50% голосов.",  # no party in particular
])
def test_no_party_result_for_partiya_that_stands_for_no_named_party(text):
    assert not only(build_facts(ex(text, ("PARTY", "Ата-Журт Кыргызстан", "Ата-Журт Кыргызстан"),
                                   ("PERCENT", text[text.index("5"):text.index("%") + 1], "5"), lang="ru")),
                    PartyResult)


@pytest.mark.parametrize("text,lang", [
    # the party stays in focus over a sentence that names none
    ("«Ынтымак» үчүнчү сапка чыкты. Бул тууралуу БШК билдирди. Жазында бул партия 7,37 пайыз менен "
     "шаардык кеңешке араң өткөн.", "ky"),
    ("«Ынтымак» үчүнчү орунда. Ал шайлоочулардын 7,37 пайызынын добушун алды.", "ky"),
    ("«Ынтымак» үчүнчү орунда. 2021-жылы анын үлүшү 7,37 пайызга жетти.", "ky"),
    ("Третьей идет партия «Ынтымак». Пять лет назад политсила выступила слабее, получив 7,37%.", "ru"),
    # `they` with a plural verb of getting (real news: `Алар 47,99 пайыз алышты`)
    ("Шаардык кеңешке «Ынтымак» биринчи болуп өттү. Алар 7,37 пайыз алышты.", "ky"),
])
def test_party_result_party_in_focus_over_later_sentences(text, lang):
    facts = only(build_facts(ex(text, ("PARTY", "Ынтымак", "Ынтымак"), ("PERCENT", text[text.index("7,37"):
                                text.index("7,37") + 4], "7.37"), lang=lang)), PartyResult)
    assert [(f.party.norm, f.percent.norm) for f in facts] == [("Ынтымак", "7.37")]


@pytest.mark.parametrize("text,people", [
    # `ал` stands for the person named beside the party, not for the party
    ("«Бүтүн Кыргызстан» партиясынын лидери Адахан Мадумаров добуш берди. Ал 7,37 пайыз аларын айтты.",
     [("POLITICIAN", "Адахан Мадумаров", "Адахан Мадумаров")]),
    # a party is out of focus once a sentence names a person, or after three sentences
    ("«Бүтүн Кыргызстан» катталды. Адахан Мадумаров сүйлөдү. Ал 7,37 пайыз аларын айтты.",
     [("POLITICIAN", "Адахан Мадумаров", "Адахан Мадумаров")]),
    ("«Бүтүн Кыргызстан» партиясынын лидерлери Адахан Мадумаров менен Азимбек Бекназаров келишти. "
     "Алар 7,37 пайыз алышты.", [("POLITICIAN", "Адахан Мадумаров", "Адахан Мадумаров"),
                                  ("POLITICIAN", "Азимбек Бекназаров", "Азимбек Бекназаров")]),
    ("«Бүтүн Кыргызстан» катталды. Шайлоо жекшембиде өтөт. Участоктор эртең менен ачылат. Байкоочулар даяр. "
     "Партия 7,37 пайыз алды.", []),
    # the sentence counts parties (`жети партиянын`), a gap named as one
    ("«Бүтүн Кыргызстан» катталды. Жети партиянын добуштары кошулганда 7,37 пайыздан ашат.", []),
    ("«Бүтүн Кыргызстан» алдыда. Акыркы партия менен анын ортосундагы айырма 7,37 пайыздан ашат.", []),
])
def test_no_party_result_for_what_the_party_in_focus_does_not_hold(text, people):
    pct = text[text.index("7,37"):text.index("пайыз") + 5]
    assert not only(build_facts(ex(text, ("PARTY", "Бүтүн Кыргызстан", "Бүтүн Кыргызстан"), *people,
                                   ("PERCENT", pct, "7.37"))), PartyResult)


def test_party_results_seat_list_with_leaders_and_counts_in_words_after_dashes():
    text = ("«Өнүгүү-Прогресс» проводит в парламент 13 депутатов, «Бир Бол» Алтынбека Сулайманова — 12, "
            "«Ата Мекен» — одиннадцать.")
    facts = only(build_facts(ex(text, ("PARTY", "Өнүгүү-Прогресс", "Өнүгүү-Прогресс"), ("PARTY", "Бир Бол", "Бир Бол"),
                                ("POLITICIAN", "Алтынбека Сулайманова", "Алтынбек Сулайманов"),
                                ("PARTY", "Ата Мекен", "Ата Мекен"), lang="ru")), PartyResult)
    assert [(f.party.norm, f.seats) for f in facts] == [("Өнүгүү-Прогресс", 13), ("Бир Бол", 12), ("Ата Мекен", 11)]


def test_party_results_votes_before_each_party_with_a_verb_then_dashes():
    text = "Из 702 проголосовавших на участке, 118 поддержали «Эмгек», 95 — «Ак бата», 74 — НДПК."
    facts = only(build_facts(ex(text, ("PARTY", "Эмгек", "Эмгек"), ("PARTY", "Ак бата", "Ак бата"),
                                ("PARTY", "НДПК", "Кыргызстандын элдик-демократиялык партиясы"), lang="ru")), PartyResult)
    assert [(f.party.norm, f.votes) for f in facts] == [
        ("Эмгек", 118), ("Ак бата", 95), ("Кыргызстандын элдик-демократиялык партиясы", 74)]


def test_party_result_seats_at_the_end_of_the_only_partys_sentence_and_deputies_in_words():
    text = ("«Ата Мекен» набрал 7,72% и прошел в парламент, опередив планку на 0,72 процентного пункта, — "
            "этого хватило на 11 мандатов из 120.")
    [f] = only(build_facts(ex(text, ("PARTY", "Ата Мекен", "Ата Мекен"), ("PERCENT", "7,72%", "7.72"), lang="ru")),
               PartyResult)
    assert (f.percent.norm, f.seats) == ("7.72", 11)
    text = "Социал-демократическая партия провела в парламент одиннадцать депутатов."
    [f] = only(build_facts(ex(text, ("PARTY", "Социал-демократическая партия", "Кыргызстандын Социал-демократиялык "
                                     "партиясы"), lang="ru")), PartyResult)
    assert f.seats == 11


@pytest.mark.parametrize("text,spans,seats,pct", [
    ("Ал эми 2007-жылы 11 мандатка ээ болгон СДПК 2010-жылы экинчи орунга көтөрүлдү.", [], 11, None),
    ("Экинчи орунга 13,61%ды алып он эки орунду ээлеген СДПК чыкты.", [("PERCENT", "13,61%", "13.61")], 12, "13.61"),
    # seats of another election than the party's figure after it
    ("2015-жылы 12,93 пайыз алып, 18 мандатка ээ болгон СДПК 2020-жылы 8,76 пайызга чейин төмөндөдү.",
     [("PERCENT", "12,93 пайыз", "12.93")], None, "8.76"),
])
def test_party_result_seats_in_a_kyrgyz_participle_clause_before_the_party(text, spans, seats, pct):
    after = [("PERCENT", "8,76 пайызга", "8.76")] if "8,76" in text else []
    facts = only(build_facts(ex(text, *spans, ("PARTY", "СДПК", "Кыргызстандын Социал-демократиялык партиясы"),
                                *after)), PartyResult)
    assert [(f.seats, f.percent and f.percent.norm) for f in facts] == [(seats, pct)]


def test_party_results_bare_counts_after_a_sentence_about_seats_or_votes():
    text = "54 орундун бөлүштүрүлүшү белгилүү болду. Таблица түрүндө: «Ишеним» — 12; «Ынтымак» — 9."
    facts = only(build_facts(ex(text, ("PARTY", "Ишеним", "Ишеним"), ("PARTY", "Ынтымак", "Ынтымак"))), PartyResult)
    assert [(f.party.norm, f.seats, f.votes) for f in facts] == [("Ишеним", 12, None), ("Ынтымак", 9, None)]
    text = "Бул жерде 1 214 шайлоочу добуш берген. Алардын 188и «Ишенимди», 151и «Ынтымакты» тандаган."
    facts = only(build_facts(ex(text, ("PARTY", "Ишенимди", "Ишеним"), ("PARTY", "Ынтымакты", "Ынтымак"))), PartyResult)
    assert [(f.party.norm, f.seats, f.votes) for f in facts] == [("Ишеним", None, 188), ("Ынтымак", None, 151)]


def test_party_results_respectively_seats_in_words_after_the_shares():
    text = ("Босогону «Алыянс» (8,35%) жана «Ыйман Нуру» (6,17%) аттады; аларга тиешелүүлүгүнө жараша "
            "жети жана беш мандат тиет.")
    facts = only(build_facts(ex(text, ("PARTY", "Алыянс", "Алыянс"), ("PERCENT", "8,35%", "8.35"),
                                ("PARTY", "Ыйман Нуру", "Ыйман Нуру"), ("PERCENT", "6,17%", "6.17"))), PartyResult)
    assert [(f.party.norm, f.percent.norm, f.seats) for f in facts] == [("Алыянс", "8.35", 7), ("Ыйман Нуру", "6.17", 5)]


def test_party_result_pronoun_after_a_party_with_its_leaders_before_it_and_a_person_after_the_share():
    text = ("Экинчи орунду Өмүрбек Бабанов менен Камчыбек Ташиев баштаган «Республика – Ата-Журт» ээледи. "
            "Ал шайлоочулардын 20,08 пайызынын колдоосуна ээ болду.")
    [f] = only(build_facts(ex(text, ("POLITICIAN", "Өмүрбек Бабанов", "Өмүрбек Бабанов"),
                              ("POLITICIAN", "Камчыбек Ташиев", "Камчыбек Ташиев"),
                              ("PARTY", "Республика – Ата-Журт", "Республика – Ата-Журт"),
                              ("PERCENT", "20,08 пайызынын", "20.08"))), PartyResult)
    assert (f.party.norm, f.percent.norm) == ("Республика – Ата-Журт", "20.08")
    text = "«Алыянс» 8,35 пайыз менен жети орун утту, анын фракциясын Алтынбек Сулайманов жетектейт."
    [f] = only(build_facts(ex(text, ("PARTY", "Алыянс", "Алыянс"), ("PERCENT", "8,35 пайыз", "8.35"),
                              ("POLITICIAN", "Алтынбек Сулайманов", "Алтынбек Сулайманов"))), PartyResult)
    assert (f.percent.norm, f.seats) == ("8.35", 7)


@pytest.mark.parametrize("text,other,pct", [
    ("«Эмгек» лидерликти алды. Ал 13,85% менен биринчи орунга чыгып, экинчи орундагы «Ак батадан» 1,47 пункт алдыда болду.",
     ("PARTY", "Ак батадан", "Ак бата"), None),
    # the party measured against keeps its own figure in brackets
    ("«Эмгек» лидерликти алды. Бул көрсөткүч менен партия 13,85% алып, «Ак батаны» (12,38%) артта калтырды.",
     ("PARTY", "Ак батаны", "Ак бата"), "12.38"),
])
def test_party_result_of_the_party_in_focus_beside_a_party_it_is_measured_against(text, other, pct):
    spans = [("PARTY", "Эмгек", "Эмгек"), ("PERCENT", "13,85%", "13.85"), other]
    spans += [("PERCENT", "12,38%", "12.38")] if pct else []
    facts = only(build_facts(ex(text, *spans)), PartyResult)
    assert {(f.party.norm, f.percent and f.percent.norm) for f in facts} == \
        {("Эмгек", "13.85")} | ({("Ак бата", pct)} if pct else set())


def test_party_result_a_decimal_share_of_the_seats_is_no_count_and_its_support_no_backing():
    text = "Партия «Ата-Журт» 17,32% добуш алып, 15 мандатка ээ болду — бул 54 орундун 27,8 пайызы."
    [f] = only(build_facts(ex(text, ("PARTY", "Ата-Журт", "Ата-Журт"), ("PERCENT", "17,32%", "17.32"),
                              ("PERCENT", "27,8 пайызы", "27.8"))), PartyResult)
    assert (f.percent.norm, f.seats) == ("17.32", 15)
    text = "«Бир Болдун» колдоосу кескин азайды: 2020-жылдын октябрында партия 3,03 пайыз гана алды."
    [f] = only(build_facts(ex(text, ("PARTY", "Бир Болдун", "Бир Бол"), ("PERCENT", "3,03 пайыз", "3.03"))), PartyResult)
    assert f.percent.norm == "3.03"


def test_party_result_partiya_after_the_noun_result_is_the_party_in_focus():
    text = "«Ынтымак» үчүнчү орунга чыкты. Бул жыйынтык партияга тогуз мандат берди."
    [f] = only(build_facts(ex(text, ("PARTY", "Ынтымак", "Ынтымак"))), PartyResult)
    assert (f.party.norm, f.seats) == ("Ынтымак", 9)


def _leader_id(name: str) -> str:
    """The KB id of a politician by the Kyrgyz name (the KB names him a party's leader)."""
    from kgner.names.kb import get_kb
    return next(e.kb_id for k, e in get_kb().entries.items() if k.startswith("POLITICIAN:") and e.name_ky == name)


@pytest.mark.parametrize("text,surface,lang", [
    ("Партия Текебаева преодолела барьер — 7,72%, что дает ей 11 мест.", "Текебаева", "ru"),
    ("Бул жолу Өмүрбек Текебаевдин партиясы 7,72 пайыз топтоп, 11 мандатка ээ болду.", "Өмүрбек Текебаевдин", "ky"),
    ("2015-жылы Өмүрбек Текебаев жетектеген партия 7,72% менен 11 мандатка ээ болду.", "Өмүрбек Текебаев", "ky"),
])
def test_party_result_of_a_party_named_by_its_leader(text, surface, lang):
    start = text.index(surface)
    pct = re.search(r"7,72(%| пайыз)", text).group()
    ents = [Entity("POLITICIAN", surface, start, start + len(surface), "Өмүрбек Текебаев", lang,
                   kb_id=_leader_id("Өмүрбек Текебаев")),
            Entity("PERCENT", pct, text.index(pct), text.index(pct) + len(pct), "7.72", lang)]
    [f] = only(build_facts(Extraction.from_entities(text, sorted(ents, key=lambda e: e.start))), PartyResult)
    assert (f.party.norm, f.party.index, f.percent.norm, f.seats) == ("Ата Мекен", None, "7.72", 11)


def test_no_party_named_by_its_leader_where_its_name_follows_or_for_no_leader():
    text = "Партия Текебаева «Ата Мекен» набрала 7,72%."  # the party's name is the entity
    ents = [Entity("POLITICIAN", "Текебаева", 7, 16, "Өмүрбек Текебаев", "ru", kb_id=_leader_id("Өмүрбек Текебаев")),
            Entity("PARTY", "Ата Мекен", 18, 27, "Ата Мекен", "ru"), Entity("PERCENT", "7,72%", 37, 42, "7.72", "ru")]
    assert [f.party.index for f in only(build_facts(Extraction.from_entities(text, ents)), PartyResult)] == [1]
    text = "Партия Ташиева набрала 7,72%."  # the KB names him the leader of two parties
    ents = [Entity("POLITICIAN", "Ташиева", 7, 14, "Камчыбек Ташиев", "ru", kb_id=_leader_id("Камчыбек Ташиев")),
            Entity("PERCENT", "7,72%", 23, 28, "7.72", "ru")]
    assert not only(build_facts(Extraction.from_entities(text, ents)), PartyResult)


@pytest.mark.parametrize("text,seats", [
    ("Азамат Дороевдун «Ишеним» партиясы бөлүштүрүлгөн мандаттардын 12син алды.", 12),
    ("Мандаттардын басымдуу бөлүгү «Ишеним» партиясына өттү: ал 12 орунга ээ болду.", 12),  # no count of the whole
])
def test_party_result_seats_of_the_seats_without_their_number(text, seats):
    [f] = only(build_facts(ex(text, ("PARTY", "Ишеним", "Ишеним"))), PartyResult)
    assert f.seats == seats


def test_party_result_count_set_off_by_dashes_before_the_party_and_a_difference_in_votes():
    text = "Больше всего голосов — 97 — у партии «Ата-Журт Кыргызстан», у «Ишенима» 54."
    facts = only(build_facts(ex(text, ("PARTY", "Ата-Журт Кыргызстан", "Ата-Журт Кыргызстан"),
                                ("PARTY", "Ишенима", "Ишеним"), lang="ru")), PartyResult)
    assert [(f.party.norm, f.votes) for f in facts] == [("Ата-Журт Кыргызстан", 97), ("Ишеним", 54)]
    text = "Протоколдо «Биримдикке» 37 добуш ашык жазылган."  # 37 votes too many: no count of its votes
    assert not only(build_facts(ex(text, ("PARTY", "Биримдикке", "Биримдик"))), PartyResult)


def test_party_result_a_threshold_adjective_in_any_case_is_no_share():
    text = "«Бутун Кыргызстан» балансирует у семипроцентной черты: 7,1% после обработки 70% бюллетеней."
    [f] = only(build_facts(ex(text, ("PARTY", "Бутун Кыргызстан", "Бүтүн Кыргызстан"),
                              ("PERCENT", "семипроцентной", "7"), ("PERCENT", "7,1%", "7.1"), lang="ru")), PartyResult)
    assert f.percent.norm == "7.1"


def test_party_results_figures_listed_before_the_parties_in_their_clause():
    text = "2020-жылы 24,50 жана 23,88 пайыз менен алдыга чыккан «Биримдик» менен «Мекеним Кыргызстан» кайра катышкан жок."
    facts = only(build_facts(ex(text, ("PERCENT", "24,50", "24.5"), ("PERCENT", "23,88 пайыз", "23.88"),
                                ("PARTY", "Биримдик", "Биримдик"), ("PARTY", "Мекеним Кыргызстан", "Мекеним Кыргызстан"))),
                 PartyResult)
    assert [(f.party.norm, f.percent.norm) for f in facts] == [("Биримдик", "24.5"), ("Мекеним Кыргызстан", "23.88")]


def test_party_result_of_social_democrats_before_2020_is_sdpks_and_a_leaders_party_no_result():
    text = "Социал-демократтар 2015-жылкы шайлоодо 120 орундун 38ин ээлеп, эң ири фракцияны түзүштү."
    [f] = only(build_facts(ex(text, ("PARTY", "Социал-демократтар", "Социал-демократтар"))), PartyResult)
    assert (f.party.norm, f.seats) == ("Кыргызстандын Социал-демократиялык партиясы", 38)
    text = "Үчүнчүгө 14,32% менен «Ата-Журт» партиясынын лидери Камчыбек Ташиев чыкты."
    assert not only(build_facts(ex(text, ("PERCENT", "14,32%", "14.32"), ("PARTY", "Ата-Журт", "Ата-Журт"),
                                   ("POLITICIAN", "Камчыбек Ташиев", "Камчыбек Ташиев"))), PartyResult)


def test_party_result_this_political_force_led_by_people_and_no_share_of_parties_together():
    text = ("«Алыянс» күтүүсүз натыйжа көрсөттү. Мирлан Жээнчороев жана Жанарбек Акаев баштаган бул саясий күч "
            "8,35 пайыз добуш топтоду.")
    [f] = only(build_facts(ex(text, ("PARTY", "Алыянс", "Алыянс"), ("POLITICIAN", "Мирлан Жээнчороев", "Мирлан Жээнчороев"),
                              ("POLITICIAN", "Жанарбек Акаев", "Жанарбек Акаев"), ("PERCENT", "8,35 пайыз", "8.35"))),
               PartyResult)
    assert (f.party.norm, f.percent.norm) == ("Алыянс", "8.35")
    text = "«Биримдик» жана «Мекеним Кыргызстан» чогуу добуштардын 48 пайыздан ашыгын алган эле."
    assert not only(build_facts(ex(text, ("PARTY", "Биримдик", "Биримдик"), ("PARTY", "Мекеним Кыргызстан",
                                   "Мекеним Кыргызстан"), ("PERCENT", "48 пайыздан", "48"))), PartyResult)


def test_party_result_russian_seats_in_words_of_tens():
    text = "На выборах 2007 года партия «Ак Жол» завоевала семьдесят один мандат из девяноста."
    [f] = only(build_facts(ex(text, ("PARTY", "Ак Жол", "Ак Жол"), lang="ru")), PartyResult)
    assert (f.party.norm, f.seats) == ("Ак Жол", 71)


@pytest.mark.parametrize("text,pct,lang", [
    ("Больше всего голосов — 17,32% — отдано за «Ата-Журт Кыргызстан», которому достаются 15 мандатов.",
     "17,32%", "ru"),
    ("Эң көп добушту — 17,32 пайызды — «Ата-Журт Кыргызстан» алып, 15 мандатка ээ болду.", "17,32 пайызды", "ky"),
])
def test_party_result_share_set_off_by_dashes_before_the_party(text, pct, lang):
    facts = only(build_facts(ex(text, ("PERCENT", pct, "17.32"), ("PARTY", "Ата-Журт Кыргызстан", "Ата-Журт Кыргызстан"),
                                lang=lang)), PartyResult)
    assert [(f.party.norm, f.percent.norm, f.seats) for f in facts] == [("Ата-Журт Кыргызстан", "17.32", 15)]


def test_party_result_pronoun_for_the_party_and_the_figure_of_now():
    text = "Речь о партии «Бир Бол». В 2015 году она набрала 8,52%, а теперь всего 3,03%."
    facts = only(build_facts(ex(text, ("PARTY", "Бир Бол", "Бир Бол"), ("PERCENT", "8,52%", "8.52"),
                                ("PERCENT", "3,03%", "3.03"), lang="ru")), PartyResult)
    assert [(f.party.norm, f.percent.norm) for f in facts] == [("Бир Бол", "3.03")]


def test_party_results_one_share_for_each_of_two_parties():
    text = "«Легалайз» менен «Ордо» ар бири 0,46 пайыз, «Жашасын Кыргызстан» 0,44 пайыз алды."
    facts = only(build_facts(ex(text, ("PARTY", "Легалайз", "Легалайз"), ("PARTY", "Ордо", "Ордо"),
                                ("PERCENT", "0,46 пайыз", "0.46"), ("PARTY", "Жашасын Кыргызстан", "Жашасын Кыргызстан"),
                                ("PERCENT", "0,44 пайыз", "0.44"))), PartyResult)
    assert [(f.party.norm, f.percent.norm) for f in facts] == [
        ("Легалайз", "0.46"), ("Ордо", "0.46"), ("Жашасын Кыргызстан", "0.44")]
    # a bound (`31 пайыздан ашык`) is no share of each
    text = "СДПК менен «Ата-Журт» күрөштү; Сузак районунда «Ата-Журт» 31 пайыздан ашык добуш алды."
    facts = only(build_facts(ex(text, ("PARTY", "СДПК", "СДПК"), ("PARTY", "Ата-Журт", "Ата-Журт"),
                                ("PARTY", "Ата-Журт", "Ата-Журт"), ("PERCENT", "31 пайыздан", "31"))), PartyResult)
    assert [f.party.norm for f in facts] == ["Ата-Журт"]


@pytest.mark.parametrize("text,frm,to", [
    ("«Ата Мекен» болсо 4,30%дан 3,48%га төмөндөп, кайрадан сыртта калды.", "4,30%", "3,48%"),
    ("«Ата Мекен» 12,93 пайыздан 8,76 пайызга чейин төмөндөдү.", "12,93 пайыздан", "8,76 пайызга"),
])
def test_party_result_the_share_it_fell_to_is_no_gap(text, frm, to):
    facts = only(build_facts(ex(text, ("PARTY", "Ата Мекен", "Ата Мекен"), ("PERCENT", frm, "x"),
                                ("PERCENT", to, to.split()[0].rstrip("%").replace(",", ".")))), PartyResult)
    assert [f.percent.text for f in facts] == [to]
    # a gap stays a gap, also from the party ahead (`... жети пайыздан ашык артта калды`)
    text = "Биринчи орундагы «Ата Мекенден» ал жети пайыздан ашык артта калды."
    assert not only(build_facts(ex(text, ("PARTY", "Ата Мекенден", "Ата Мекен"), ("PERCENT", "жети пайыздан", "7"))),
                    PartyResult)
    text = "«Ата Мекен» «Бир Болдон» 0,11 пайызга гана төмөн болду."
    assert not only(build_facts(ex(text, ("PARTY", "Ата Мекен", "Ата Мекен"), ("PARTY", "Бир Болдон", "Бир Бол"),
                                   ("PERCENT", "0,11 пайызга", "0.11"))), PartyResult)


@pytest.mark.parametrize("text,lang", [
    ("Социал-демократтарга 11 мандат, коммунисттерге сегиз мандат тийди.", "ky"),
    ("В 2007 году социал-демократам досталось 11 мест, коммунистам — 8.", "ru"),
])
def test_party_results_of_parties_named_by_their_members(text, lang):
    extraction = ex(text, lang=lang)
    facts = only(build_facts(extraction), PartyResult)
    assert [(f.party.norm, f.seats) for f in facts] == [
        ("Кыргызстандын Социал-демократиялык партиясы", 11), ("Кыргызстан коммунисттер партиясы", 8)]
    # after 2020 the social democrats are the party Социал-демократтар
    text2 = "В октябре 2020 года социал-демократы получили только 2,13%."
    [f] = only(build_facts(ex(text2, ("PERCENT", "2,13%", "2.13"), lang="ru")), PartyResult)
    assert (f.party.norm, f.percent.norm) == ("Социал-демократтар", "2.13")
    # no entity stands behind them: offsets and norm, no index
    for f in facts:
        assert f.party.index is None and f.entities == ()
        assert text[f.party.start:f.party.end] == f.party.text


@pytest.mark.parametrize("text,second", [
    ("На третьем месте партия «Кыргызстан» (8,76%), четвертым с результатом 7,13% стал «Бутун Кыргызстан».",
     "7,13%"),
    ("Партия «Кыргызстан» набирает 8,76%, а рубеж с минимальным запасом — 7,13 процента — берет «Бутун Кыргызстан».",
     "7,13 процента"),
])
def test_party_result_share_in_a_later_partys_own_clause_before_it(text, second):
    facts = only(build_facts(ex(text, ("PARTY", "Кыргызстан", "Кыргызстан"), ("PERCENT", "8,76%", "8.76"),
                                ("PERCENT", second, "7.13"), ("PARTY", "Бутун Кыргызстан", "Бүтүн Кыргызстан"),
                                lang="ru")), PartyResult)
    assert [(f.party.norm, f.percent.norm) for f in facts] == [("Кыргызстан", "8.76"), ("Бүтүн Кыргызстан", "7.13")]


def test_party_results_listed_in_order_without_a_respectively():
    text = "«Биздин эл» менен «Ынтымак» жети пайыздык босогодон бир аз гана ашып, 7,78 жана 7,37 пайыз алышты."
    facts = only(build_facts(ex(text, ("PARTY", "Биздин эл", "Биздин эл"), ("PARTY", "Ынтымак", "Ынтымак"),
                                ("PERCENT", "жети пайыздык", "7"), ("PERCENT", "7,78", "7.78"),
                                ("PERCENT", "7,37 пайыз", "7.37"))), PartyResult)
    assert [(f.party.norm, f.percent.norm) for f in facts] == [("Биздин эл", "7.78"), ("Ынтымак", "7.37")]
    # two parties and three figures: no pairing of a part of the list
    text = "«Мекен Ынтымагы» менен «Ордо» жана дагы бир партия 0,63, 0,22 жана 0,17 пайыз алышты."
    facts = only(build_facts(ex(text, ("PARTY", "Мекен Ынтымагы", "Мекен Ынтымагы"), ("PARTY", "Ордо", "Ордо"),
                                ("PERCENT", "0,63", "0.63"), ("PERCENT", "0,22", "0.22"),
                                ("PERCENT", "0,17 пайыз", "0.17"))), PartyResult)
    got = [(f.party.norm, f.percent.norm) for f in facts]
    assert ("Мекен Ынтымагы", "0.22") not in got and ("Ордо", "0.17") not in got


def test_party_results_kyrgyz_votes_with_menen_before_the_party():
    text = "Экинчи орунга 287 добуш (19,6%) менен «Ынтымак» чыкты, үчүнчү орунда 96 добуш менен «Ишеним» калды."
    facts = only(build_facts(ex(text, ("PERCENT", "19,6%", "19.6"), ("PARTY", "Ынтымак", "Ынтымак"),
                                ("PARTY", "Ишеним", "Ишеним"))), PartyResult)
    assert [(f.party.norm, f.percent and f.percent.norm, f.votes) for f in facts] == [
        ("Ынтымак", "19.6", 287), ("Ишеним", None, 96)]


def test_party_result_kyrgyz_pronoun_and_the_figure_of_the_later_year():
    text = ("«Бүтүн Кыргызстан» туруктуу. 2020-жылы ал 7,13 пайыз менен төртүнчү орунда турган, "
            "2021-жылы 7,04 пайыз алып, алты мандатка ээ болду.")
    [f] = only(build_facts(ex(text, ("PARTY", "Бүтүн Кыргызстан", "Бүтүн Кыргызстан"), ("PERCENT", "7,13 пайыз", "7.13"),
                              ("PERCENT", "7,04 пайыз", "7.04"))), PartyResult)
    assert (f.percent.norm, f.seats) == ("7.04", 6)


def test_party_results_seats_in_words_before_each_party():
    text = "По подсчетам ЦИК, пятнадцать мандатов уходят «Ата-Журт Кыргызстану», двенадцать — «Ишениму», девять — «Ынтымаку»."
    facts = only(build_facts(ex(text, ("PARTY", "Ата-Журт Кыргызстану", "Ата-Журт Кыргызстан"),
                                ("PARTY", "Ишениму", "Ишеним"), ("PARTY", "Ынтымаку", "Ынтымак"), lang="ru")), PartyResult)
    assert [(f.party.norm, f.seats) for f in facts] == [("Ата-Журт Кыргызстан", 15), ("Ишеним", 12), ("Ынтымак", 9)]


def test_party_results_table_of_shares_and_seats():
    text = "Итоги (доля голосов, %, / число мандатов): «Ишеним» — 13,61 / 12; «Ынтымак» — 11,00 / 9."
    facts = only(build_facts(ex(text, ("PARTY", "Ишеним", "Ишеним"), ("PARTY", "Ынтымак", "Ынтымак"), lang="ru")),
                 PartyResult)
    assert [(f.party.norm, f.percent_value, f.seats) for f in facts] == [("Ишеним", 13.61, 12), ("Ынтымак", 11.0, 9)]


@pytest.mark.parametrize("text,pct", [
    ("«Ата-Журт Кыргызстан» 54 мандаттын 15ин утуп алды, бул орундардын дээрлик 28 пайызы.", "28 пайызы"),
    ("СДПК болсо 120 орундуу парламентте 120 орундун 38ин, башкача айтканда 31,7 пайызын ээлеген.", "31,7 пайызын"),
])
def test_party_result_share_of_the_seats_is_no_share_of_the_vote(text, pct):
    party = "Ата-Журт Кыргызстан" if "Ата" in text else "СДПК"
    facts = only(build_facts(ex(text, ("PARTY", party, party), ("PERCENT", pct, "1"))), PartyResult)
    assert [(f.percent, f.seats) for f in facts] == [(None, 15 if "Ата" in text else 38)]


def test_party_results_votes_before_each_party_where_votes_are_spoken_of():
    text = "Из 702 избирателей, проголосовавших на участке, 95 — «Ишеним», 74 — НДПК, 69 — «Ата-Журт Кыргызстан»."
    facts = only(build_facts(ex(text, ("PARTY", "Ишеним", "Ишеним"), ("PARTY", "НДПК", "НДПК"),
                                ("PARTY", "Ата-Журт Кыргызстан", "Ата-Журт Кыргызстан"), lang="ru")), PartyResult)
    assert [(f.party.norm, f.votes, f.seats) for f in facts] == [
        ("Ишеним", 95, None), ("НДПК", 74, None), ("Ата-Журт Кыргызстан", 69, None)]
    text = "Участокто добуш берген 1 212 шайлоочунун 388и «Ата-Журт Кыргызстанга», 201и «Ишенимге» туура келди."
    facts = only(build_facts(ex(text, ("PARTY", "Ата-Журт Кыргызстанга", "Ата-Журт Кыргызстан"),
                                ("PARTY", "Ишенимге", "Ишеним"))), PartyResult)
    assert [(f.party.norm, f.votes, f.seats) for f in facts] == [("Ата-Журт Кыргызстан", 388, None), ("Ишеним", 201, None)]


def test_party_results_kyrgyz_figures_before_the_party():
    text = ('КСДП 52,6 % (11 мандат), 38,25 % алып 8 мандатка ээ болгон Коммунисттер партиясы, '
            '"Өнүгүү-Прогресс" 7,37 % (2 мандат) алды.')
    facts = only(build_facts(ex(text, ("PARTY", "КСДП", "КСДП"), ("PERCENT", "52,6 %", "52.6"),
                                ("PERCENT", "38,25 %", "38.25"),
                                ("PARTY", "Коммунисттер партиясы", "Коммунисттер партиясы"),
                                ("PARTY", "Өнүгүү-Прогресс", "Өнүгүү-Прогресс"),
                                ("PERCENT", "7,37 %", "7.37"))), PartyResult)
    assert [(f.party.norm, f.percent.norm, f.seats) for f in facts] == [
        ("КСДП", "52.6", 11), ("Коммунисттер партиясы", "38.25", 8), ("Өнүгүү-Прогресс", "7.37", 2)]


def test_party_result_kyrgyz_share_before_the_backed_party():
    text = 'Шайлоочулардын 8 пайызы "Бир Болду" колдоду.'
    [p] = only(build_facts(ex(text, ("PERCENT", "8 пайызы", "8"), ("PARTY", "Бир Болду", "Бир Бол"))),
               PartyResult)
    assert (p.party.norm, p.percent.norm) == ("Бир Бол", "8")
    assert not only(build_facts(ex(text, ("PERCENT", "8 пайызы", "8"))), Turnout)


def test_party_result_share_of_the_voters_who_backed_it():
    text = "Первое место заняла партия «Ата Мекен», которую поддержали почти 31% избирателей."
    [p] = only(build_facts(ex(text, ("PARTY", "Ата Мекен", "Ата Мекен"), ("PERCENT", "31%", "31"),
                              lang="ru")), PartyResult)
    assert (p.party.norm, p.percent.norm) == ("Ата Мекен", "31")


def test_party_result_votes_in_brackets_and_as_people():
    text = ('"Ата Мекен" — 20,21 пайыз (3 505), "Бир Бол" — 11,89 пайыз (2 063). '
            "За партию «Эмгек» проголосовали 43 тысячи 661 человек, или 7,44 процента.")
    facts = only(build_facts(ex(text, ("PARTY", "Ата Мекен", "Ата Мекен"), ("PERCENT", "20,21 пайыз", "20.21"),
                                ("PARTY", "Бир Бол", "Бир Бол"), ("PERCENT", "11,89 пайыз", "11.89"),
                                ("PARTY", "Эмгек", "Эмгек"), ("PERCENT", "7,44 процента", "7.44"))),
                 PartyResult)
    assert [(f.party.norm, f.votes) for f in facts] == [("Ата Мекен", 3505), ("Бир Бол", 2063),
                                                        ("Эмгек", 43661)]


def test_party_result_needs_a_count_near_the_party():
    text = ('Лидера партии "Республика", которому 41 год, поддержали 113 депутатов. '
            '"Альянс" и "Ынтымак" — все они преодолели установленный законом барьер '
            'и поделят 54 мандата.')
    facts = only(build_facts(ex(text, ("PARTY", "Республика", "Республика"), ("PARTY", "Альянс", "Альянс"),
                                ("PARTY", "Ынтымак", "Ынтымак"), lang="ru")), PartyResult)
    assert facts == []


# ------------------------------------------------------------------ API
def test_extraction_facts_property_and_to_dict():
    text = "Саат 14:00гө карата шайлоого катышуу 20,3%га жетти."
    e = ex(text, ("TIME", "Саат 14:00", "14:00"), ("PERCENT", "20,3%", "20.3"))
    assert e.facts is e.facts  # computed once
    assert "facts" not in e.to_dict()
    d = e.to_dict(facts=True)["facts"][0]
    assert d["type"] == "Turnout" and d["percent"]["norm"] == "20.3" and d["sentence"] == [0, len(text)]
    assert facts_to_dicts(e) == e.to_dict(facts=True)["facts"]


def test_empty_text_has_no_facts():
    assert build_facts(Extraction("", ())) == ()


# ------------------------------------------------------------------ scorer
def test_scorer_on_hand_made_cases():
    gold = [{"type": "Turnout", "time": {"norm": "12:00"}, "percent": {"norm": "9.17"}},
            {"type": "VoteCast", "person": {"norm": "Дастан Бекешев"}, "station": {"norm": "1127"}},
            {"type": "StationIncident", "station": {"norm": "1328"}, "kind": "equipment"},
            {"type": "PartyResult", "party": {"norm": "Ата Мекен"}, "percent": {"norm": "5.2"}, "seats": None}]
    pred = [{"type": "Turnout", "time": {"norm": "12:00"}, "percent": {"norm": "9.170"}},
            {"type": "VoteCast", "person": {"norm": "Бекешев"}, "station": {"norm": "1127"}},
            {"type": "StationIncident", "station": {"norm": "1328"}, "kind": "queue"},
            {"type": "PartyResult", "party": {"norm": "Ата Мекен"}, "percent": {"norm": "5.2"}, "seats": None}]
    assert key_equal(gold[0], pred[0]) and key_equal(gold[1], pred[1])
    assert not key_equal(gold[2], pred[2])
    report = FactReport()
    report.add("x", gold, pred)
    table = report.table()
    assert table["StationIncident"] == {"tp": 0, "fp": 1, "fn": 1, "precision": 0.0, "recall": 0.0, "f1": 0.0}
    assert table["all"]["tp"] == 3 and table["all"]["precision"] == 0.75
    # fields outside the key are tallied on matched facts: the scope differs here
    gold[0]["scope"], pred[0]["scope"] = "country", None
    report = FactReport()
    report.add("x", gold, pred)
    assert report.fields[("Turnout", "scope")] == [0, 1]
    assert report.fields[("PartyResult", "votes")] == [1, 1]
    assert "Turnout.scope 0/1" in report.format()
    assert "| Turnout | 1 | 1 | 1.000 | 1.000 | **1.000** |" in report.markdown()


@pytest.mark.parametrize("text,lang,seats", [
    ("«Ата-Журт Кыргызстан» биринчи болду: ага шайлоочулардын 17,32%ы колдоо көрсөтүп, партия 15 мандатка ээ болот.",
     "ky", 15),
    ("«Алыянс» (8,35%) парламентке жети депутатын киргизет.", "ky", 7),
    ("«Ишеним» финишировала второй с 13,61% и двенадцатью местами.", "ru", 12),
    ("Избиратели доверили ей 7,04% голосов: с этим результатом «Бутун Кыргызстан» получает шесть "
     "депутатских мандатов.", "ru", 6),
])
def test_party_result_seats_further_on_in_the_party_clause(text, lang, seats):
    party = text[text.index("«") + 1:text.index("»")]
    percent = re.search(r"\d+,\d+%", text).group()
    spans = [("PARTY", party, party), ("PERCENT", percent, percent[:-1].replace(",", "."))]
    spans.sort(key=lambda s: text.index(s[1]))
    facts = only(build_facts(ex(text, *spans, lang=lang)), PartyResult)
    assert [(f.party.norm, f.seats) for f in facts] == [(party, seats)]


def test_party_in_brackets_after_a_person_is_the_persons_party():
    text = "Алмазбек Атамбаев (СДПК) побеждает в первом туре, набрав 62,52%."
    e = ex(text, ("POLITICIAN", "Алмазбек Атамбаев", "Алмазбек Атамбаев"), ("PARTY", "СДПК", "СДПК"),
           ("PERCENT", "62,52%", "62.52"), lang="ru")
    assert only(build_facts(e), PartyResult) == []


@pytest.mark.parametrize("text,spans,share", [
    # the figure it grew from, then the one it grew to
    ("«Ыйман Нуру» 3,35 пайыздан 6,17 пайызга чейин өсүп, беш орун алды.",
     [("PERCENT", "3,35 пайыздан", "3.35"), ("PERCENT", "6,17 пайызга", "6.17")], "6.17"),
    # the gap to another party, then its own share
    ("«Ата-Журт Кыргызстан» андан 0,11 пайызга гана артта калып, 10,20 пайыз алды.",
     [("PERCENT", "0,11 пайызга", "0.11"), ("PERCENT", "10,20 пайыз", "10.20")], "10.20"),
    # a bound, then the exact figure
    ("«Ата-Журт Кыргызстан» он пайыздан бир аз ашык — 10,31% — топтоду.",
     [("PERCENT", "он пайыздан", "10"), ("PERCENT", "10,31%", "10.31")], "10.31"),
])
def test_party_share_is_not_a_starting_point_a_gap_or_a_bound(text, spans, share):
    e = ex(text, ("PARTY", text[1:text.index("»")], "X"), *spans)
    assert [f.percent.norm for f in only(build_facts(e), PartyResult)] == [share]


def test_deputies_who_backed_someone_are_not_seats():
    text = 'Лидера партии "Республика" поддержали 113 депутатов из 120.'
    e = ex(text, ("PARTY", "Республика", "Республика"), lang="ru")
    assert only(build_facts(e), PartyResult) == []


def test_sentences_end_before_an_emoji_bullet():
    from kgner.facts.sentences import split_sentences
    text = "Катышуу — 36,90%. 🔹 Алдын ала жыйынтыктар түн ортосуна чейин чыгат."
    assert [text[s.start:s.end] for s in split_sentences(text)] == [
        "Катышуу — 36,90%.", "🔹 Алдын ала жыйынтыктар түн ортосуна чейин чыгат."]


def test_turnout_headline_fused_with_its_sentence_is_one_fact():
    text = "Катышуу — 26,91% БШКнын маалыматына ылайык, шайлоочулардын 26,91%ы добуш берди."
    facts = only(build_facts(ex(text, ("PERCENT", "26,91%", "26.91"), ("ELECTION_BODY", "БШКнын", "ЦИК"),
                                ("PERCENT", "26,91%", "26.91"))), Turnout)
    assert [f.percent.norm for f in facts] == ["26.91"]


def test_turnout_of_the_central_commission_is_no_city_scope():
    text = "Борбордук шайлоо комиссиясынын маалыматы боюнча, шайлоочулардын 6,2%ы бюллетень алды."
    [f] = only(build_facts(ex(text, ("PERCENT", "6,2%", "6.2"))), Turnout)
    assert f.scope is None


@pytest.mark.parametrize("text,spans,lang", [
    # counting progress, a referendum answer, a forecast
    ("Маалыматтардын 98%ы иштетилгенден кийин «Ооба» деп 79,26% шайлоочу добуш берген, «Жок» дегендер — 13,64%.",
     [("PERCENT", "98%", "98"), ("PERCENT", "79,26%", "79.26"), ("PERCENT", "13,64%", "13.64")], "ky"),
    ("Талдоочу кийинки шайлоодо да катышуу 40 пайыздан ашпайт деп болжолдойт.",
     [("PERCENT", "40 пайыздан", "40")], "ky"),
    # a candidate's share
    ("В 2017-м за него проголосовали 6,57% избирателей.", [("PERCENT", "6,57%", "6.57")], "ru"),
])
def test_not_turnout(text, spans, lang):
    assert only(build_facts(ex(text, *spans, lang=lang)), Turnout) == []


def test_winners_share_beside_the_turnout_is_not_turnout():
    text = "Сооронбай Жээнбеков (СДПК) побеждает в первом туре с 54,22% при явке 56,32%."
    facts = only(build_facts(ex(text, ("POLITICIAN", "Сооронбай Жээнбеков", "Сооронбай Жээнбеков"),
                                ("PARTY", "СДПК", "СДПК"), ("PERCENT", "54,22%", "54.22"),
                                ("PERCENT", "56,32%", "56.32"), lang="ru")), Turnout)
    assert [f.percent.norm for f in facts] == ["56.32"]


def test_final_turnout_quoted_for_comparison_does_not_take_the_hour():
    text = ("Саат 18:00гө карата шайлоочулардын 32,6%ы катышты. Салыштыра кетсек, январдагы шайлоодо "
            "жыйынтыктоочу катышуу 39,16% болгон.")
    facts = only(build_facts(ex(text, ("TIME", "Саат 18:00", "18:00"), ("PERCENT", "32,6%", "32.6"),
                                ("PERCENT", "39,16%", "39.16"))), Turnout)
    assert [(f.time and f.time.norm, f.percent.norm) for f in facts] == [("18:00", "32.6"), (None, "39.16")]


@pytest.mark.parametrize("text,person,station,lang", [
    ("«Мы снова прошли барьер», — заявил лидер партии Адахан Мадумаров. В день выборов он проголосовал "
     "на избирательном участке №1124.", "Адахан Мадумаров", "№1124", "ru"),
    ("Роза Отунбаева да бюллетенин урнага салды; ал №1020 участкада шайлоого катышты.",
     "Роза Отунбаева", "№1020", "ky"),
])
def test_vote_cast_by_a_pronoun_is_the_person_named_just_before(text, person, station, lang):
    facts = only(build_facts(ex(text, ("POLITICIAN", person, person),
                                ("POLLING_STATION", station, station.lstrip("№")), lang=lang)), VoteCast)
    assert [(f.person.norm, f.station.norm) for f in facts] == [(person, station.lstrip("№"))]


def test_vote_cast_kyrgyz_came_to_own_station():
    text = "Мурдагы спикер Нурланбек Тургунбек уулу да эртең менен өз участогуна келди."
    facts = only(build_facts(ex(text, ("POLITICIAN", "Нурланбек Тургунбек уулу", "Нурланбек Тургунбек уулу"))),
                 VoteCast)
    assert [f.person.norm for f in facts] == ["Нурланбек Тургунбек уулу"]


def test_next_partys_leader_named_before_it_ends_this_partys_figures():
    text = "Андан кийинкилер – «Алыянс» жети, Адахан Мадумаров жетектеген «Бүтүн Кыргызстан» алты орун алышты."
    e = ex(text, ("PARTY", "Алыянс", "Алыянс"), ("POLITICIAN", "Адахан Мадумаров", "Адахан Мадумаров"),
           ("PARTY", "Бүтүн Кыргызстан", "Бүтүн Кыргызстан"))
    assert [(f.party.norm, f.seats) for f in only(build_facts(e), PartyResult)] == [
        ("Алыянс", 7), ("Бүтүн Кыргызстан", 6)]


def test_party_share_a_text_calls_a_rumour_is_not_taken():
    text = ("В соцсетях писали, что партия «Ата-Журт Кыргызстан» якобы набрала 27% голосов. Это неверно: "
            "партия «Ата-Журт Кыргызстан» получила 17,32%.")
    e = ex(text, ("PARTY", "Ата-Журт Кыргызстан", "Ата-Журт Кыргызстан"), ("PERCENT", "27%", "27"),
           ("PARTY", "Ата-Журт Кыргызстан", "Ата-Журт Кыргызстан"), ("PERCENT", "17,32%", "17.32"), lang="ru")
    assert [f.percent.norm for f in only(build_facts(e), PartyResult)] == ["17.32"]


def test_party_seats_in_words_after_the_percent_and_a_comment():
    text = ("«Ата Мекен» ошондо араң өткөн го? — Да, 7,72% — всего на 0,72 пункта выше барьера, "
            "это одиннадцать мандатов.")
    e = ex(text, ("PARTY", "Ата Мекен", "Ата Мекен"), ("PERCENT", "7,72%", "7.72"), lang="mixed")
    assert [(f.percent.norm, f.seats) for f in only(build_facts(e), PartyResult)] == [("7.72", 11)]


def test_turnout_year_series_keeps_the_stated_hour():
    text = "Саат 18:00гө карата Ош облусунда катышуу 2017-жылы 52,7%, 2021-жылы 30,2%, 2025-жылы 33,5% болгон."
    facts = only(build_facts(ex(text, ("TIME", "Саат 18:00", "18:00"), ("LOCATION", "Ош облусунда", "Ош облусу"),
                                ("PERCENT", "52,7%", "52.7"), ("PERCENT", "30,2%", "30.2"),
                                ("PERCENT", "33,5%", "33.5"))), Turnout)
    assert [(f.time.norm, f.percent.norm) for f in facts] == [("18:00", "52.7"), ("18:00", "30.2"), ("18:00", "33.5")]


def test_turnout_sentence_with_the_verb_left_out_goes_on_with_the_report():
    text = ("На президентских выборах 2017 года проголосовали 56,32% избирателей. "
            "На парламентских 2021-го — 34,60%.")
    facts = only(build_facts(ex(text, ("PERCENT", "56,32%", "56.32"), ("PERCENT", "34,60%", "34.6"), lang="ru")),
                 Turnout)
    assert [f.percent.norm for f in facts] == ["56.32", "34.6"]


def test_turnout_heading_then_a_list_of_regions():
    text = "«Саат 16:00гө карата катышуу». Талас облусу — 31,2%, Бишкек шаары — 17,6%."
    facts = only(build_facts(ex(text, ("TIME", "Саат 16:00", "16:00"), ("LOCATION", "Талас облусу", "Талас облусу"),
                                ("PERCENT", "31,2%", "31.2"), ("LOCATION", "Бишкек", "Бишкек"),
                                ("PERCENT", "17,6%", "17.6"))), Turnout)
    assert [(f.time.norm, f.percent.norm, f.scope) for f in facts] == [
        ("16:00", "31.2", "region"), ("16:00", "17.6", "city")]


def test_turnout_after_a_speakers_name_and_colon():
    text = "— Шайлдабекова: По всей стране проголосовали 56,32% избирателей."
    facts = only(build_facts(ex(text, ("POLITICIAN", "Шайлдабекова", "Шайлдабекова"),
                                ("PERCENT", "56,32%", "56.32"), lang="ru")), Turnout)
    assert [(f.percent.norm, f.scope) for f in facts] == [("56.32", "country")]


def test_turnout_after_an_answer_glued_to_another_percent():
    text = "Конституцияны катышкандардын 79,26%ы колдоп, 13,64%ы каршы чыккан, ал эми катышуу 37,27 пайыз болгон."
    facts = only(build_facts(ex(text, ("PERCENT", "79,26%", "79.26"), ("PERCENT", "13,64%", "13.64"),
                                ("PERCENT", "37,27 пайыз", "37.27"))), Turnout)
    assert [f.percent.norm for f in facts] == ["37.27"]


@pytest.mark.parametrize("text,spans,lang", [
    ("Катышкан 640 студенттин 31%ы “көз карандысыз талапкерди” тандаган.", [("PERCENT", "31%", "31")], "ky"),
    ("Явку 56,5%, посчитанную по 98% урн, теперь вспоминают редко.",
     [("PERCENT", "56,5%", "56.5"), ("PERCENT", "98%", "98")], "ru"),
    ("Өтпөй калган партиялардын жалпы үлүшү 24,8 пайыз — добуш бергендердин төрттөн бири.",
     [("PERCENT", "24,8 пайыз", "24.8")], "ky"),
])
def test_not_a_turnout_share(text, spans, lang):
    assert [f.percent.norm for f in only(build_facts(ex(text, *spans, lang=lang)), Turnout)
            if f.percent is not None] == (["56.5"] if lang == "ru" else [])


def test_turnout_count_of_those_who_came_by():
    text = "Бул жерде тизмеге 2 346 шайлоочу киргизилген, алардын 187си алгачкы эки саатта эле келип кетти."
    [f] = only(build_facts(ex(text)), Turnout)
    assert (f.voters, f.electorate) == (187, 2346)


@pytest.mark.parametrize("text,seats", [
    ("Андан ары «Алыянс» 8,35% (7) алды, бардыгы 54 мандат.", 7),
    ("Андан кийин «Алыянс» (8,35%, жети) турган, бардыгы 54 мандат.", 7),
])
def test_party_result_bare_seats_in_brackets_after_the_percent(text, seats):
    e = ex(text, ("PARTY", "Алыянс", "Алыянс"), ("PERCENT", "8,35%", "8.35"))
    assert [(f.percent.norm, f.seats) for f in only(build_facts(e), PartyResult)] == [("8.35", seats)]


def test_no_closure_when_voting_was_not_interrupted():
    text = "На участке №3012 голосование не прерывалось."
    assert only(build_facts(ex(text, ("POLLING_STATION", "№3012", "3012"), lang="ru")), StationIncident) == []


def test_turnout_figure_repeated_by_the_posts_headline_is_one_fact():
    text = ("10:12ЦИК: к 10 утра проголосовали 7,9%Первые данные о явке: на 10:00 бюллетени получили "
            "7,9% граждан.")
    facts = only(build_facts(ex(text, ("TIME", "10:12", "10:12"), ("ELECTION_BODY", "ЦИК", "ЦИК"),
                                ("TIME", "10 утра", "10:00"), ("PERCENT", "7,9%", "7.9"),
                                ("TIME", "10:00", "10:00"), ("PERCENT", "7,9%", "7.9"), lang="ru")), Turnout)
    assert [(f.time.norm, f.percent.norm) for f in facts] == [("10:00", "7.9")]


@pytest.mark.parametrize("text,pct,norm,kept", [
    ("Катышуу 36,9 пайыз болду, бул мурдагы көрсөткүчтөн эки пайыздан ашык жогору.", "эки пайыздан", "2", False),
    ("Активдүүлүк 2011-жылдагыдан төрт пайызга жакын төмөн болду.", "төрт пайызга", "4", False),
    ("Катышуу 56,32 пайызды түздү, бул 2011-жылдагы 60,27 пайыздан төмөн.", "60,27 пайыздан", "60.27", True),
])
def test_turnout_a_change_by_so_much_is_no_turnout_but_a_figure_compared_with_is(text, pct, norm, kept):
    spans = [("PERCENT", m.group(), m.group().split()[0].replace(",", ".")) for m in re.finditer(r"\d+,\d+ пайыз\w*", text)
             if m.group() != pct]
    facts = only(build_facts(ex(text, *sorted(spans + [("PERCENT", pct, norm)], key=lambda x: text.index(x[1])))), Turnout)
    assert (norm in [f.percent.norm for f in facts]) is kept


def test_no_turnout_count_of_parties():
    text = "В выборах 10 октября 2010 года участвовали 29 партий, но пройти в парламент удалось только пяти."
    assert not only(build_facts(Extraction.from_entities(text, [])), Turnout)


def test_turnout_final_figure_passes_no_hour_to_the_next_sentence():
    text = ("Саат 14:00гө карата шайлоочулардын 21 пайызы добуш берген. Жыйынтыкта катышуу 34,6 пайызды түздү. "
            "Айрым булактарда бул көрсөткүч 34,94% деп берилет.")
    facts = only(build_facts(ex(text, ("TIME", "Саат 14:00", "14:00"), ("PERCENT", "21 пайызы", "21"),
                                ("PERCENT", "34,6 пайызды", "34.6"), ("PERCENT", "34,94%", "34.94"))), Turnout)
    assert [(f.time and f.time.norm, f.percent.norm) for f in facts] == [
        ("14:00", "21"), (None, "34.6"), (None, "34.94")]


def test_turnout_time_in_a_later_clause_is_not_the_figures():
    text = ("Явка к двум часам дня превысила треть: 34,2%. За рубежом бюллетени получили 1,8% граждан; "
            "у посольства, где с 11 утра стоит очередь, спокойно.")
    facts = only(build_facts(ex(text, ("TIME", "двум часам дня", "14:00"), ("PERCENT", "34,2%", "34.2"),
                                ("PERCENT", "1,8%", "1.8"), ("TIME", "11 утра", "11:00"), lang="ru")), Turnout)
    assert [(f.time.norm, f.percent.norm) for f in facts] == [("14:00", "34.2"), ("14:00", "1.8")]


def test_vote_cast_russian_golosoval():
    text = "Лидер «Ата-Мекена» Омурбек Текебаев голосовал у себя на родине (участок №7231)."
    facts = only(build_facts(ex(text, ("PARTY", "Ата-Мекена", "Ата Мекен"),
                                ("POLITICIAN", "Омурбек Текебаев", "Омурбек Текебаев"),
                                ("POLLING_STATION", "№7231", "7231"), lang="ru")), VoteCast)
    assert [(f.person.norm, f.station.norm) for f in facts] == [("Омурбек Текебаев", "7231")]


def test_vote_cast_at_the_same_station_as_the_sentence_before():
    text = ("Кочкор айылындагы №3318-участокто электр жарыгы 20 мүнөткө өчтү. Талапкер Мирлан Самыйкожо "
            "ошол эле участокто саат 11:00дө добуш берген.")
    facts = only(build_facts(ex(text, ("POLLING_STATION", "№3318", "3318"),
                                ("POLITICIAN", "Мирлан Самыйкожо", "Мирлан Самыйкожо"),
                                ("TIME", "саат 11:00", "11:00"))), VoteCast)
    assert [(f.person.norm, f.station.norm, f.time.norm) for f in facts] == [("Мирлан Самыйкожо", "3318", "11:00")]


def test_vote_cast_kyrgyz_converb_at_a_station():
    text = "Талапкер Дастан Бекешев эртең менен №1178-участокто добуш берип, жаштарды шайлоого чакырды."
    facts = only(build_facts(ex(text, ("POLITICIAN", "Дастан Бекешев", "Дастан Бекешев"),
                                ("POLLING_STATION", "№1178", "1178"))), VoteCast)
    assert [(f.person.norm, f.station.norm) for f in facts] == [("Дастан Бекешев", "1178")]


def test_no_queue_incident_when_there_was_none():
    text = "На участке №4043 к 12:00 проголосовали 318 из 1 640 избирателей; очереди не было."
    assert only(build_facts(ex(text, ("POLLING_STATION", "№4043", "4043"), ("TIME", "12:00", "12:00"),
                               lang="ru")), StationIncident) == []


def test_party_bound_then_exact_in_brackets():
    text = "«Ата-Журт Кыргызстан» алдыда — добуштардын он жети пайыздан ашыгы (17,32%)."
    e = ex(text, ("PARTY", "Ата-Журт Кыргызстан", "Ата-Журт Кыргызстан"), ("PERCENT", "он жети пайыздан", "17"),
           ("PERCENT", "17,32%", "17.32"))
    assert [f.percent.norm for f in only(build_facts(e), PartyResult)] == ["17.32"]


@pytest.mark.parametrize("text,spans,lang", [
    # `ал эми` is "while", not "he"; the person before it is in the genitive
    ("Жээнбековдун таянычы түштүк болду: ага шайлоочулардын үчтөн экиси добуш берген, ал эми Бабанов "
     "Таласта жогорку натыйжа көрсөттү.",
     [("POLITICIAN", "Жээнбековдун", "Жээнбеков"), ("POLITICIAN", "Бабанов", "Бабанов")], "ky"),
    # deputies voting in a council session
    ("Т.Сарыбашова поддержали 44 депутата, один голосовал против.",
     [("POLITICIAN", "Т.Сарыбашова", "Т.Сарыбашов")], "ru"),
])
def test_no_vote_cast(text, spans, lang):
    assert only(build_facts(ex(text, *spans, lang=lang)), VoteCast) == []


def test_party_results_respectively_with_the_parties_listed_before_the_cue_and_seat_words_after():
    text = ("«Чоң Казат» 2,34 пайыз алса, «Реформа» менен «Мекен Ынтымагы» тиешелүүлүгүнө жараша 1,65% жана "
            "0,63% топтоду. «Алыянс», «Бүтүн Кыргызстан» жана «Ыйман Нуру» тиешелүүлүгүнө жараша 8,35%, 7,04% "
            "жана 6,17% алып, жети, алты жана беш мандатка ээ болушту.")
    spans = [("PARTY", "Чоң Казат", "Чоң Казат"), ("PERCENT", "2,34 пайыз", "2.34"), ("PARTY", "Реформа", "Реформа"),
             ("PARTY", "Мекен Ынтымагы", "Мекен Ынтымагы"), ("PERCENT", "1,65%", "1.65"), ("PERCENT", "0,63%", "0.63"),
             ("PARTY", "Алыянс", "Алыянс"), ("PARTY", "Бүтүн Кыргызстан", "Бүтүн Кыргызстан"),
             ("PARTY", "Ыйман Нуру", "Ыйман Нуру"), ("PERCENT", "8,35%", "8.35"), ("PERCENT", "7,04%", "7.04"),
             ("PERCENT", "6,17%", "6.17")]
    facts = only(build_facts(ex(text, *spans)), PartyResult)
    assert [(f.party.norm, f.percent.norm if f.percent else f.percent_value, f.seats) for f in facts] == [
        ("Чоң Казат", "2.34", None), ("Реформа", "1.65", None), ("Мекен Ынтымагы", "0.63", None),
        ("Алыянс", "8.35", 7), ("Бүтүн Кыргызстан", "7.04", 6), ("Ыйман Нуру", "6.17", 5)]


@pytest.mark.parametrize("text,spans,expected", [
    # `120 орундуу` is the size of the parliament, `38 ордун` the party's seats
    ("СДПК 27,35% добуш алып, 120 орундуу Жогорку Кеңештин 38 ордун ээледи.",
     [("PARTY", "СДПК", "СДПК"), ("PERCENT", "27,35%", "27.35")], [("СДПК", 38)]),
    # not a single seat: no figure, so no fact (as most annotators read it)
    ("Шайлоодо мандат бөлүштүрүлдү: «Ата Мекен» бир да орун ала алган жок.",
     [("PARTY", "Ата Мекен", "Ата Мекен")], []),
])
def test_party_result_seat_words(text, spans, expected):
    assert [(f.party.norm, f.seats) for f in only(build_facts(ex(text, *spans)), PartyResult)] == expected


def test_party_share_after_the_figure_it_fell_from():
    text = "«Бүтүн Кыргызстан» 2020-жылдагы 7,13 пайыздан 2021-жылы 7,04 пайызга түшсө да, алты мандат алды."
    e = ex(text, ("PARTY", "Бүтүн Кыргызстан", "Бүтүн Кыргызстан"), ("PERCENT", "7,13 пайыздан", "7.13"),
           ("PERCENT", "7,04 пайызга", "7.04"))
    assert [(f.percent.norm, f.seats) for f in only(build_facts(e), PartyResult)] == [("7.04", 6)]


@pytest.mark.parametrize("text,spans", [
    # candidates' shares in a respectively list, after "16 candidates took part"
    ("Шайлоого 16 талапкер катышып, Адахан Мадумаров менен Камчыбек Ташиев тиешелүүлүгүнө жараша 14,78% жана "
     "14,32% алышкан.", [("POLITICIAN", "Адахан Мадумаров", "Адахан Мадумаров"),
                         ("POLITICIAN", "Камчыбек Ташиев", "Камчыбек Ташиев"), ("PERCENT", "14,78%", "14.78"),
                         ("PERCENT", "14,32%", "14.32")]),
    # answers of a referendum
    ("Өлкө боюнча шайлоочулардын 81,52%ы президенттик башкаруу формасын, 10,66%ы парламенттик форманы тандаган.",
     [("PERCENT", "81,52%", "81.52"), ("PERCENT", "10,66%", "10.66")]),
    # members of a commission
    ("Комиссиянын жыйынына 12 мүчөнүн 11и катышып, токтом кабыл алынды.", []),
])
def test_not_turnout_kyrgyz(text, spans):
    assert only(build_facts(ex(text, *spans)), Turnout) == []


def test_turnout_takes_the_latest_hour_and_the_hour_pointed_back_to():
    text = ("Ал участкага саат 11:00дө келген. Ушул убакка карата участкада катталган 1 605 шайлоочунун 188и "
            "бюллетень алган.")
    [f] = only(build_facts(ex(text, ("TIME", "саат 11:00", "11:00"))), Turnout)
    assert (f.time.norm, f.voters, f.electorate) == ("11:00", 188, 1605)
    text = ("Саат 10:00гө карата шайлоочулардын 6,4%ы добуш берди, ал эми 14:00гө карата бул көрсөткүч 27,1%га "
            "жетти. Бишкекте көрсөткүч 20,3% болду.")
    facts = only(build_facts(ex(text, ("TIME", "Саат 10:00", "10:00"), ("PERCENT", "6,4%", "6.4"),
                                ("TIME", "14:00", "14:00"), ("PERCENT", "27,1%", "27.1"),
                                ("LOCATION", "Бишкекте", "Бишкек"), ("PERCENT", "20,3%", "20.3"))), Turnout)
    assert [(f.time.norm, f.percent.norm) for f in facts] == [("10:00", "6.4"), ("14:00", "27.1"), ("14:00", "20.3")]


@pytest.mark.parametrize("text,spans,expected", [
    # the only party of its sentence, its share after a long clause
    ("«Ата-Журт Кыргызстан» партиясы Бишкек шаардык кеңешине өтүп, алдын ала маалымат боюнча 10,20% добуш топтоду.",
     [("PARTY", "Ата-Журт Кыргызстан", "Ата-Журт Кыргызстан"), ("LOCATION", "Бишкек", "Бишкек"),
      ("PERCENT", "10,20%", "10.2")], [("Ата-Журт Кыргызстан", "10.2", None)]),
    # seats of a whole before a participle clause
    ("Партиялык тизмелерге бөлүнгөн 54 мандаттын 15ин 17,32 пайыз добуш топтогон «Ата-Журт Кыргызстан» алды.",
     [("PERCENT", "17,32 пайыз", "17.32"), ("PARTY", "Ата-Журт Кыргызстан", "Ата-Журт Кыргызстан")],
     [("Ата-Журт Кыргызстан", "17.32", 15)]),
    # one party over two elections: the latest
    ("«Ордо» партиясы эки шайлоодо тең бир пайызга да жеткен жок: 2020-жылы 0,22%, 2021-жылы 0,46%.",
     [("PARTY", "Ордо", "Ордо"), ("PERCENT", "бир пайызга", "1"), ("PERCENT", "0,22%", "0.22"),
      ("PERCENT", "0,46%", "0.46")], [("Ордо", "0.46", None)]),
])
def test_party_result_share_and_seats_of_one_party(text, spans, expected):
    facts = only(build_facts(ex(text, *spans)), PartyResult)
    assert [(f.party.norm, f.percent.norm, f.seats) for f in facts] == expected


def test_turnout_count_with_a_bound_after_a_glued_ablative():
    text = "Москвадагы №6001 участкада саат 12:00гө карата 1 800дөн ашык жаран бюллетень алды."
    [f] = only(build_facts(ex(text, ("POLLING_STATION", "№6001", "6001"), ("TIME", "саат 12:00", "12:00"))), Turnout)
    assert (f.time.norm, f.voters, f.electorate, f.scope) == ("12:00", 1800, None, "station")


@pytest.mark.parametrize("text,spans,expected", [
    ("Адахан Мадумаров проголосовал на участке №1167, а Клара Сооронкулова — на участке №1046.",
     [("POLITICIAN", "Адахан Мадумаров", "Адахан Мадумаров"), ("POLLING_STATION", "№1167", "1167"),
      ("POLITICIAN", "Клара Сооронкулова", "Клара Сооронкулова"), ("POLLING_STATION", "№1046", "1046")],
     [("Адахан Мадумаров", "1167"), ("Клара Сооронкулова", "1046")]),
    ("Председатель СДПК Чыныбай Турсунбеков принял участие в голосовании на участке №1314.",
     [("POLITICIAN", "Чыныбай Турсунбеков", "Чыныбай Турсунбеков"), ("POLLING_STATION", "№1314", "1314")],
     [("Чыныбай Турсунбеков", "1314")]),
    ("Алмазбек Атамбаев пришел на избирательный участок №1198 вместе с семьей.",
     [("POLITICIAN", "Алмазбек Атамбаев", "Алмазбек Атамбаев"), ("POLLING_STATION", "№1198", "1198")],
     [("Алмазбек Атамбаев", "1198")]),
])
def test_vote_cast_russian_phrasings(text, spans, expected):
    facts = only(build_facts(ex(text, *spans, lang="ru")), VoteCast)
    assert [(f.person.norm, f.station.norm) for f in facts] == expected


@pytest.mark.parametrize("text,spans,expected", [
    # a leader phrase between the party and its figures
    ("Партия «Ата-Журт Кыргызстан», список которой возглавлял Айбек Маткеримов, получит пятнадцать мандатов "
     "при 17,32% голосов.", [("PARTY", "Ата-Журт Кыргызстан", "Ата-Журт Кыргызстан"),
                             ("POLITICIAN", "Айбек Маткеримов", "Айбек Маткеримов"), ("PERCENT", "17,32%", "17.32")],
     [("Ата-Журт Кыргызстан", "17.32", 15)]),
    # the figure of now, not of then
    ("«Бутун Кыргызстан» сохранил результат: тогда партия набрала 7,13%, теперь — 7,04%.",
     [("PARTY", "Бутун Кыргызстан", "Бүтүн Кыргызстан"), ("PERCENT", "7,13%", "7.13"), ("PERCENT", "7,04%", "7.04")],
     [("Бүтүн Кыргызстан", "7.04", None)]),
    # a rough figure, then the exact one in brackets
    ("Лидером стала партия «Эмгек»: у нее почти 14 процентов голосов (13,85%).",
     [("PARTY", "Эмгек", "Эмгек"), ("PERCENT", "14 процентов", "14"), ("PERCENT", "13,85%", "13.85")],
     [("Эмгек", "13.85", None)]),
    # seats as deputies, bare number words after dashes
    ("«Онугуу-Прогресс» будут представлять тринадцать депутатов, «Бир Бол» — двенадцать.",
     [("PARTY", "Онугуу-Прогресс", "Өнүгүү-Прогресс"), ("PARTY", "Бир Бол", "Бир Бол")],
     [("Өнүгүү-Прогресс", None, 13), ("Бир Бол", None, 12)]),
])
def test_party_results_russian_more(text, spans, expected):
    facts = only(build_facts(ex(text, *spans, lang="ru")), PartyResult)
    assert [(f.party.norm, f.percent.norm if f.percent else None, f.seats) for f in facts] == expected


def test_party_results_table_with_the_percent_word_in_its_header():
    text = "Результаты партий (в процентах): «Улуттар биримдиги» — 2,48; «Мекенчил эл» — 1,54."
    e = ex(text, ("PARTY", "Улуттар биримдиги", "Улуттар биримдиги"), ("PARTY", "Мекенчил эл", "Мекенчил Эл"),
           lang="ru")
    assert [(f.party.norm, f.percent_value) for f in only(build_facts(e), PartyResult)] == [
        ("Улуттар биримдиги", 2.48), ("Мекенчил Эл", 1.54)]


@pytest.mark.parametrize("text,voters,electorate", [
    ("Из 4 294 243 избирателей, внесенных в списки, бюллетени получили 1 584 446 человек.", 1584446, 4294243),
    ("К 13:00 на участке, где числятся 3 140 избирателей, проголосовали 702 человека.", 702, 3140),
])
def test_turnout_count_after_a_list_clause(text, voters, electorate):
    spans = [("TIME", "13:00", "13:00")] if "13:00" in text else []
    [f] = only(build_facts(ex(text, *spans, lang="ru")), Turnout)
    assert (f.voters, f.electorate) == (voters, electorate)


def test_party_seats_as_a_bare_number_word_after_a_seat_verb():
    text = "За «Ишеним» проголосовали 13,61%, что дает двенадцать кресел, «Ынтымак» с ровно 11% получает девять."
    e = ex(text, ("PARTY", "Ишеним", "Ишеним"), ("PERCENT", "13,61%", "13.61"), ("PARTY", "Ынтымак", "Ынтымак"),
           ("PERCENT", "11%", "11"), lang="ru")
    assert [(f.party.norm, f.seats) for f in only(build_facts(e), PartyResult)] == [("Ишеним", 12), ("Ынтымак", 9)]


def test_no_violation_incident_when_none_was_noticed():
    text = ("У участка №5196 с утра выстроилась очередь. Наблюдатель ОБСЕ сказал, что серьезных нарушений "
            "не заметил.")
    facts = only(build_facts(ex(text, ("POLLING_STATION", "№5196", "5196"), lang="ru")), StationIncident)
    assert [(f.station.norm, f.kind) for f in facts] == [("5196", "queue")]


@pytest.mark.parametrize("text,spans,expected", [
    ("Победителем стала партия «Эмгек»: почти четырнадцать процентов, а точнее 13,85%.",
     [("PARTY", "Эмгек", "Эмгек"), ("PERCENT", "четырнадцать процентов", "14"), ("PERCENT", "13,85%", "13.85")],
     [("Эмгек", "13.85", None)]),
    ("«Онугуу-Прогресс» Бакыта Торобаева проводит в Жогорку Кенеш 13 депутатов, «Бир Бол» — 12.",
     [("PARTY", "Онугуу-Прогресс", "Өнүгүү-Прогресс"), ("POLITICIAN", "Бакыта Торобаева", "Бакыт Торобаев"),
      ("PARTY", "Бир Бол", "Бир Бол")], [("Өнүгүү-Прогресс", None, 13), ("Бир Бол", None, 12)]),
])
def test_party_results_russian_exact_figure_and_deputies(text, spans, expected):
    facts = only(build_facts(ex(text, *spans, lang="ru")), PartyResult)
    assert [(f.party.norm, f.percent.norm if f.percent else None, f.seats) for f in facts] == expected


def test_party_results_share_in_a_leading_clause_and_seats_after_each_party():
    text = "13,61 пайыз добушка ээ болгон «Ишеним» 12 орунга, 11 пайыз алган «Ынтымак» тогуз орунга ээ болду."
    e = ex(text, ("PERCENT", "13,61 пайыз", "13.61"), ("PARTY", "Ишеним", "Ишеним"), ("PERCENT", "11 пайыз", "11"),
           ("PARTY", "Ынтымак", "Ынтымак"))
    assert [(f.party.norm, f.percent.norm, f.seats) for f in only(build_facts(e), PartyResult)] == [
        ("Ишеним", "13.61", 12), ("Ынтымак", "11", 9)]


def test_party_seats_as_a_bare_word_after_the_share_with_menen():
    text = "Андан кийинки «Бүтүн Кыргызстан» 7,04 пайыз менен алты, «Ыйман Нуру» 6,17 пайыз менен беш орунду алды."
    e = ex(text, ("PARTY", "Бүтүн Кыргызстан", "Бүтүн Кыргызстан"), ("PERCENT", "7,04 пайыз", "7.04"),
           ("PARTY", "Ыйман Нуру", "Ыйман Нуру"), ("PERCENT", "6,17 пайыз", "6.17"))
    assert [(f.party.norm, f.seats) for f in only(build_facts(e), PartyResult)] == [
        ("Бүтүн Кыргызстан", 6), ("Ыйман Нуру", 5)]


def test_party_seats_with_menen_before_each_party():
    text = "Тизмени алты орун менен «Бүтүн Кыргызстан» жана беш орун менен «Ыйман Нуру» жабат."
    e = ex(text, ("PARTY", "Бүтүн Кыргызстан", "Бүтүн Кыргызстан"), ("PARTY", "Ыйман Нуру", "Ыйман Нуру"))
    assert [(f.party.norm, f.seats) for f in only(build_facts(e), PartyResult)] == [
        ("Бүтүн Кыргызстан", 6), ("Ыйман Нуру", 5)]


def test_party_figures_of_the_party_the_sentence_before_named():
    text = ("«Ата Мекен» партиясынын басма сөз кызматы 2015-жылдагы шайлоонун жыйынтыгы боюнча билдирүү таратты. "
            "Партия 7,72 пайыз добуш алып, жети пайыздык босогону аз гана айырма менен аттады жана Жогорку Кеңештен "
            "11 орунга ээ болду.")
    e = ex(text, ("PARTY", "Ата Мекен", "Ата Мекен"), ("PERCENT", "7,72 пайыз", "7.72"),
           ("PERCENT", "жети пайыздык", "7"))
    assert [(f.party.norm, f.percent.norm, f.seats) for f in only(build_facts(e), PartyResult)] == [
        ("Ата Мекен", "7.72", 11)]


def test_kyrgyz_number_words_with_any_case_ending():
    assert [word_number(w) for w in ("бешти", "төрттү", "алтоосуна", "тогузга", "алтын", "үчүнчү")] == \
        [5, 4, 6, 9, None, None]


def test_party_seats_in_words_far_on_and_in_a_table_column():
    text = "Бул жолу «Ынтымак» 11 пайыз добуш алып, үчүнчү орунга көтөрүлдү жана Жогорку Кеңештен тогуз мандатка ээ болду."
    e = ex(text, ("PARTY", "Ынтымак", "Ынтымак"), ("PERCENT", "11 пайыз", "11"))
    assert [(f.percent.norm, f.seats) for f in only(build_facts(e), PartyResult)] == [("11", 9)]
    text = "Итоги (партия — доля голосов — мандаты): СДПК — 27,35% — 38; «Кыргызстан» — 12,93% — 18."
    e = ex(text, ("PARTY", "СДПК", "Кыргызстандын Социал-демократиялык партиясы"), ("PERCENT", "27,35%", "27.35"),
           ("PARTY", "Кыргызстан", "Кыргызстан"), ("PERCENT", "12,93%", "12.93"))
    assert [(f.percent.norm, f.seats) for f in only(build_facts(e), PartyResult)] == [("27.35", 38), ("12.93", 18)]


def test_party_margin_over_the_threshold_is_not_its_share():
    text = "6,17 пайыз добуш алган «Ыйман Нуру» беш пайыздык босогодон бир пайыздан бир аз гана ашып, беш орун алды."
    e = ex(text, ("PERCENT", "6,17 пайыз", "6.17"), ("PARTY", "Ыйман Нуру", "Ыйман Нуру"),
           ("PERCENT", "беш пайыздык", "5"), ("PERCENT", "бир пайыздан", "1"))
    assert [(f.percent.norm, f.seats) for f in only(build_facts(e), PartyResult)] == [("6.17", 5)]


def test_party_seats_given_respectively_in_the_next_sentence():
    text = "Барьер преодолели «Альянс» (8,35%), «Бутун Кыргызстан» (7,04%) и «Ыйман Нуру» (6,17%). " \
           "Им достанется соответственно семь, шесть и пять мандатов."
    e = ex(text, ("PARTY", "Альянс", "Алыянс"), ("PERCENT", "8,35%", "8.35"), ("PARTY", "Бутун Кыргызстан", "Бүтүн Кыргызстан"),
           ("PERCENT", "7,04%", "7.04"), ("PARTY", "Ыйман Нуру", "Ыйман Нуру"), ("PERCENT", "6,17%", "6.17"))
    facts = only(build_facts(e), PartyResult)
    assert [(f.party.norm, f.seats) for f in facts if f.percent is None] == [
        ("Алыянс", 7), ("Бүтүн Кыргызстан", 6), ("Ыйман Нуру", 5)]
    assert all(f.sentence[0] > 0 for f in facts if f.percent is None)


def test_party_russian_share_now_after_the_one_of_last_year():
    text = ("«Бутун Кыргызстан» в 2020-м получил 7,13%, а теперь — 7,04% и шесть мандатов. "
            "«Ыйман Нуру» же почти удвоил поддержку: с 3,35% год назад до 6,17%, что дает партии пять мест.")
    e = ex(text, ("PARTY", "Бутун Кыргызстан", "Бүтүн Кыргызстан"), ("PERCENT", "7,13%", "7.13"),
           ("PERCENT", "7,04%", "7.04"), ("PARTY", "Ыйман Нуру", "Ыйман Нуру"), ("PERCENT", "3,35%", "3.35"),
           ("PERCENT", "6,17%", "6.17"))
    assert [(f.party.norm, f.percent.norm, f.seats) for f in only(build_facts(e), PartyResult)] == [
        ("Бүтүн Кыргызстан", "7.04", 6), ("Ыйман Нуру", "6.17", 5)]


@pytest.mark.parametrize("text,old,new,lang", [
    ("«Ыйман Нуру» удвоила результат — с 3,35% в октябре 2020-го до 6,17%.", "3,35%", "6,17%", "ru"),
    ("«Бир Бол» беш жыл мурунку 8,52%дын ордуна 3,03% гана топтоду.", "8,52%", "3,03%", "ky"),
    ("«Бир Бол» получила 3,03% вместо 8,52%.", "8,52%", "3,03%", "ru"),
])
def test_party_share_now_not_the_one_it_moved_from_or_replaced(text, old, new, lang):
    party = re.search(r"«([^»]+)»", text).group(1)
    e = ex(text, ("PARTY", party, party), *sorted([("PERCENT", old, old[:-1].replace(",", ".")),
                                                  ("PERCENT", new, new[:-1].replace(",", "."))],
                                                 key=lambda s: text.index(s[1])), lang=lang)
    assert [f.percent.text for f in only(build_facts(e), PartyResult)] == [new]


def test_party_share_it_rose_to_after_a_clause_about_another_election():
    text = "«Ынтымак», в апреле прошедший в горкенеш с 7,37%, на ноябрьских выборах в парламент улучшил показатель до 11%."
    e = ex(text, ("PARTY", "Ынтымак", "Ынтымак"), ("PERCENT", "7,37%", "7.37"), ("PERCENT", "11%", "11"), lang="ru")
    assert [f.percent.norm for f in only(build_facts(e), PartyResult)] == ["11"]


@pytest.mark.parametrize("text,spans,lang,seats", [
    ("Шайлоонун жыйынтыгында Жогорку Кеңештин 71 мандаты «Ак Жол» партиясына тийди.",
     [("PARTY", "Ак Жол", "Ак Жол")], "ky", [("Ак Жол", 71)]),
    ("Из девяноста мест «Ак Жол» получила семьдесят одно, социал-демократам досталось одиннадцать, "
     "еще восемь взяла Партия коммунистов Кыргызстана.",
     [("PARTY", "Ак Жол", "Ак Жол"), ("PARTY", "Партия коммунистов Кыргызстана", "Кыргызстан коммунисттер партиясы")],
     "ru", [("Ак Жол", 71), ("Кыргызстан коммунисттер партиясы", 8)]),
])
def test_party_seats_as_a_part_of_the_house_or_taken_before_it(text, spans, lang, seats):
    assert [(f.party.norm, f.seats) for f in only(build_facts(ex(text, *spans, lang=lang)), PartyResult)] == seats


def test_party_seats_before_u_and_a_share_before_the_rival_with_u():
    text = "Если итоги утвердят, 120 мест распределятся так: 46 у «Биримдика», 45 у «Мекеним Кыргызстан»."
    e = ex(text, ("PARTY", "Биримдика", "Биримдик"), ("PARTY", "Мекеним Кыргызстан", "Мекеним Кыргызстан"), lang="ru")
    assert [(f.party.norm, f.seats) for f in only(build_facts(e), PartyResult)] == [
        ("Биримдик", 46), ("Мекеним Кыргызстан", 45)]
    text = "После обработки 47% протоколов на первое место вышел «Биримдик» — 24,3% против 24,1% у «Мекеним Кыргызстан»."
    e = ex(text, ("PERCENT", "47%", "47"), ("PARTY", "Биримдик", "Биримдик"), ("PERCENT", "24,3%", "24.3"),
           ("PERCENT", "24,1%", "24.1"), ("PARTY", "Мекеним Кыргызстан", "Мекеним Кыргызстан"), lang="ru")
    assert [(f.party.norm, f.percent.norm) for f in only(build_facts(e), PartyResult)] == [
        ("Биримдик", "24.3"), ("Мекеним Кыргызстан", "24.1")]


def test_party_share_of_the_other_parties_or_of_counted_protocols_is_not_its_own():
    text = "Босогодон «Ыйман Нуру» да өтүп жатат, калган 15 партиянын үлүшү азырынча 5%дан төмөн."
    e = ex(text, ("PARTY", "Ыйман Нуру", "Ыйман Нуру"), ("PERCENT", "5%", "5"))
    assert only(build_facts(e), PartyResult) == []
    text = "«Мекенчил» пока остается за чертой: при 82% обработанных протоколов у партии 6,8%."
    e = ex(text, ("PARTY", "Мекенчил", "Мекенчил"), ("PERCENT", "82%", "82"), ("PERCENT", "6,8%", "6.8"), lang="ru")
    assert [f.percent.norm for f in only(build_facts(e), PartyResult)] == ["6.8"]
    text = "«Эмгек» идет вверх: после обработки 64% протоколов у партии уже 12,9% против 12,2% утром."
    e = ex(text, ("PARTY", "Эмгек", "Эмгек"), ("PERCENT", "64%", "64"), ("PERCENT", "12,9%", "12.9"),
           ("PERCENT", "12,2%", "12.2"), lang="ru")
    assert [f.percent.norm for f in only(build_facts(e), PartyResult)] == ["12.9"]


def test_party_share_in_a_clause_with_bar():
    text = "«Эмгек» 13,85 пайыз менен алдыда, экинчи орунда 12,38 пайызы бар «Ак бата»."
    e = ex(text, ("PARTY", "Эмгек", "Эмгек"), ("PERCENT", "13,85 пайыз", "13.85"), ("PERCENT", "12,38 пайызы", "12.38"),
           ("PARTY", "Ак бата", "Ак бата"))
    assert [(f.party.norm, f.percent.norm) for f in only(build_facts(e), PartyResult)] == [
        ("Эмгек", "13.85"), ("Ак бата", "12.38")]


@pytest.mark.parametrize("text,station", [
    # `внеочередных` (snap) holds the letters of `очередь` (queue)
    ("Президент проголосовал на внеочередных выборах около 9:00 на участке №1163 в Бишкеке.", "№1163"),
    # a report denied before the station is named
    ("Не подтвердились и сообщения о том, что на участке №1096 не допустили наблюдателей.", "№1096"),
    # the Russian genitive of a thing there was none of
    ("Других нарушений на участке №1264, по информации ТИК, не выявлено.", "№1264"),
    ("Иных нарушений наблюдатели на участке №3412 не зафиксировали.", "№3412"),
])
def test_no_incident_on_snap_elections_or_a_denied_report(text, station):
    e = ex(text, ("POLLING_STATION", station, station.lstrip("№")), lang="ru")
    assert only(build_facts(e), StationIncident) == []


def test_incident_reported_then_not_confirmed_is_kept():
    text = "Наблюдатели на участке №1167 сообщили о подвозе избирателей, однако милиция нарушений не подтвердила."
    facts = only(build_facts(ex(text, ("POLLING_STATION", "№1167", "1167"), lang="ru")), StationIncident)
    assert [(f.station.norm, f.kind) for f in facts] == [("1167", "violation")]


@pytest.mark.parametrize("text,lang", [
    ("№1234-участкада электрондук тизме колдонулду, баары тынч.", "ky"),     # электрондук is not электр
    ("На участке №1234 работал бесплатный транспорт для пожилых.", "ru"),     # транспорт holds спор
])
def test_no_incident_from_letters_inside_other_words(text, lang):
    assert only(build_facts(ex(text, ("POLLING_STATION", "№1234", "1234"), lang=lang)), StationIncident) == []


@pytest.mark.parametrize("text,spans,lang", [
    # `комиссиянын мүчөсү` (a member) holds the letters of `өсүү` (growth)
    ("Саат 12:00гө карата шайлоочулардын 20,1%ы добуш берди, деди комиссиянын мүчөсү.",
     [("TIME", "Саат 12:00", "12:00"), ("PERCENT", "20,1%", "20.1")], "ky"),
    # `неожиданностью` holds `ожида` (expected), `напротив` holds `против`
    ("Явка к 14:00 составила 30,2%, что стало неожиданностью для ЦИК.",
     [("TIME", "14:00", "14:00"), ("PERCENT", "30,2%", "30.2")], "ru"),
])
def test_turnout_cues_against_only_as_whole_words(text, spans, lang):
    assert [f.percent.norm for f in only(build_facts(ex(text, *spans, lang=lang)), Turnout)] == [spans[1][2]]


@pytest.mark.parametrize("text,spans,lang", [
    ("Шайлоочулардын 79,26%ы жаңы Баш мыйзамды жактырды.", [("PERCENT", "79,26%", "79.26")], "ky"),
    ("Бул алдын ала маалымат, ал автоматтык үкүктөрдүн 98%ынан келген натыйжаларга негизделген.",
     [("PERCENT", "98%", "98")], "ky"),
    ("На участке бюллетени получили уже 512 человек, причем почти 60% из них — женщины.",
     [("PERCENT", "60%", "60")], "ru"),
    ("Жээнбеков побеждает уже в первом туре: за бывшего премьер-министра проголосовали 54,22% избирателей.",
     [("PERCENT", "54,22%", "54.22")], "ru"),
    ("Шайлоо участкаларынын 98 пайызынан келген маалыматка ылайык, шайлоо аяктады.",
     [("PERCENT", "98 пайызынан", "98")], "ky"),
])
def test_not_a_turnout_share_approval_boxes_or_a_part_of_the_voters(text, spans, lang):
    assert [f for f in only(build_facts(ex(text, *spans, lang=lang)), Turnout) if f.percent is not None] == []


@pytest.mark.parametrize("text,spans,lang,value", [
    ("Биринчи Май округунда тизмедегилердин 15,76%ы гана келди.", [("PERCENT", "15,76%", "15.76")], "ky", ("15.76", None)),
    ("К 12:00 на участке №3104 проголосовали около 400 из 1 950 избирателей.",
     [("TIME", "12:00", "12:00"), ("POLLING_STATION", "№3104", "3104")], "ru", (None, 400)),
])
def test_turnout_share_that_came_and_voters_about_that_many(text, spans, lang, value):
    facts = only(build_facts(ex(text, *spans, lang=lang)), Turnout)
    assert [(f.percent.norm if f.percent else None, f.voters) for f in facts] == [value]


def test_turnout_of_the_hour_goes_on_over_the_posts_regions():
    text = ("20:18 | Аймактар боюнча сүрөт ар түрдүү. Саат 18:00гө карата эң жигердүү шайлоочулар Талас облусунда экен — 41,3%. "
            "Экинчи сапта Нарын облусу (39,8%).")
    e = ex(text, ("TIME", "20:18", "20:18"), ("TIME", "Саат 18:00", "18:00"), ("PERCENT", "41,3%", "41.3"),
           ("PERCENT", "39,8%", "39.8"))
    assert [(f.time.norm, f.percent.norm) for f in only(build_facts(e), Turnout)] == [("18:00", "41.3"), ("18:00", "39.8")]
    text = "Явка на 16:00 — 42,5%, за два часа она выросла почти на 10 пунктов."
    e = ex(text, ("TIME", "16:00", "16:00"), ("PERCENT", "42,5%", "42.5"), lang="ru")
    assert [(f.time.norm, f.percent.norm) for f in only(build_facts(e), Turnout)] == [("16:00", "42.5")]


@pytest.mark.parametrize("text,spans,lang", [
    ("Шайлдабекованын айтымында, кечке жуук көрсөткүч 40 пайызга жакындашы ыктымал.", [("PERCENT", "40 пайызга", "40")], "ky"),
    ("Референдум боюнча президенттик формасын 81,9%ы колдоду, парламенттик формага 10,3% добуш берилди.",
     [("PERCENT", "81,9%", "81.9"), ("PERCENT", "10,3%", "10.3")], "ky"),
    ("В ТИК Нарына отметили, что женщины составляют 68% членов участковых комиссий города.", [("PERCENT", "68%", "68")], "ru"),
])
def test_not_a_turnout_forecast_an_answer_or_a_part_of_the_members(text, spans, lang):
    assert only(build_facts(ex(text, *spans, lang=lang)), Turnout) == []


def test_turnout_count_of_them_that_came():
    text = "Бул участокко 1 870 шайлоочу бекитилген, саат 15:00гө чейин алардын 812си келди."
    e = ex(text, ("TIME", "саат 15:00", "15:00"))
    assert [(f.voters, f.electorate) for f in only(build_facts(e), Turnout)] == [(812, 1870)]


@pytest.mark.parametrize("text,station,kind,lang", [
    ("Чүй районундагы №1612-участкада ондон ашык шайлоочу өз аттарын тизмеден таба албай кайтып кетишти.", "№1612", "other", "ky"),
    ("На участке №1189 в Ленинском районе утром в списке не нашли около двадцати жителей новостройки.", "№1189", "other", "ru"),
    ("На участке №1086 около 09:40 перестала принимать бюллетени автоматически считывающая урна.", "№1086", "equipment", "ru"),
])
def test_incident_names_missing_from_the_list_and_a_ballot_box_that_stopped(text, station, kind, lang):
    e = ex(text, ("POLLING_STATION", station, station.lstrip("№")), lang=lang)
    assert [f.kind for f in only(build_facts(e), StationIncident)] == [kind]



def test_party_share_after_a_bound_it_passed_and_no_fact_for_not_a_single_seat():
    text = "Калган он партиянын ичинен бир гана «Мекенчил Эл» бир пайыздан ашты (1,54%)."
    e = ex(text, ("PARTY", "Мекенчил Эл", "Мекенчил Эл"), ("PERCENT", "бир пайыздан", "1"), ("PERCENT", "1,54%", "1.54"))
    assert [f.percent.norm for f in only(build_facts(e), PartyResult)] == ["1.54"]
    text = "«Ак Жол» 71 мандат алды, ал эми «Ата Мекен» бир дагы мандат ала алган жок."
    e = ex(text, ("PARTY", "Ак Жол", "Ак Жол"), ("PARTY", "Ата Мекен", "Ата Мекен"))
    assert [(f.party.norm, f.seats) for f in only(build_facts(e), PartyResult)] == [("Ак Жол", 71)]


def test_party_of_another_rank_is_not_the_party_in_focus():
    text = ("Социал-демократтар алдыда: алардын үлүшү — 27,35%, фракциясы — 38 орун. "
            "Экинчи орундагы партия 28 мандат алды, ал 20,08 пайыз топтогон.")
    e = ex(text, ("PARTY", "Социал-демократтар", "Кыргызстандын Социал-демократиялык партиясы"),
           ("PERCENT", "27,35%", "27.35"), ("PERCENT", "20,08 пайыз", "20.08"))
    assert [f.percent.norm for f in only(build_facts(e), PartyResult)] == ["27.35"]


def test_party_shares_of_a_table_without_the_sign():
    text = "Алдын ала сандар (тегеректелген): СДПК — 27,4 | «Кыргызстан» — 12,9 | «Бир Бол» — 8,5."
    e = ex(text, ("PARTY", "СДПК", "Кыргызстандын Социал-демократиялык партиясы"), ("PARTY", "Кыргызстан", "Кыргызстан"),
           ("PARTY", "Бир Бол", "Бир Бол"))
    assert [(f.party.norm, f.percent_value) for f in only(build_facts(e), PartyResult)] == [
        ("Кыргызстандын Социал-демократиялык партиясы", 27.4), ("Кыргызстан", 12.9), ("Бир Бол", 8.5)]


def test_party_seats_in_words_before_u_and_votes_by_dropping_the_ballot():
    text = ("54 мандата распределятся так: пятнадцать у «Ата-Журт Кыргызстан» (17,32%), двенадцать у «Ишеним» (13,61%) "
            "и пять у «Ыйман Нуру» (6,17%).")
    e = ex(text, ("PARTY", "Ата-Журт Кыргызстан", "Ата-Журт Кыргызстан"), ("PERCENT", "17,32%", "17.32"),
           ("PARTY", "Ишеним", "Ишеним"), ("PERCENT", "13,61%", "13.61"), ("PARTY", "Ыйман Нуру", "Ыйман Нуру"),
           ("PERCENT", "6,17%", "6.17"), lang="ru")
    assert [(f.party.norm, f.seats) for f in only(build_facts(e), PartyResult)] == [
        ("Ата-Журт Кыргызстан", 15), ("Ишеним", 12), ("Ыйман Нуру", 5)]
    text = "Премьер-министр Темир Сариев саат 08:30да эле №1085-участокто бюллетенин таштаган."
    e = ex(text, ("POLITICIAN", "Темир Сариев", "Темир Сариев"), ("TIME", "саат 08:30", "08:30"),
           ("POLLING_STATION", "№1085", "1085"))
    assert [(f.person.norm, f.station.norm) for f in only(build_facts(e), VoteCast)] == [("Темир Сариев", "1085")]


def test_turnout_count_before_the_parties_votes_and_no_hour_of_another_election():
    text = "Протокол вывесили. Из 1 417 избирателей здесь проголосовали 702; первое место у «Ишеним» — 188 голосов."
    e = ex(text, ("PARTY", "Ишеним", "Ишеним"), lang="ru")
    assert [(f.voters, f.electorate) for f in only(build_facts(e), Turnout)] == [(702, 1417)]
    text = ("Явка на 16:00 — 25,2%. Это меньше, чем на выборах 4 октября 2020 года: после обработки 98% "
            "ящиков явка составляла 56,5%.")
    e = ex(text, ("TIME", "16:00", "16:00"), ("PERCENT", "25,2%", "25.2"), ("DATE", "4 октября 2020 года", "2020-10-04"),
           ("PERCENT", "98%", "98"), ("PERCENT", "56,5%", "56.5"), lang="ru")
    assert [(f.time.norm if f.time else None, f.percent.norm) for f in only(build_facts(e), Turnout)] == [
        ("16:00", "25.2"), (None, "56.5")]


@pytest.mark.parametrize("text,spans,lang,seats", [
    ("«Альянс», «Бутун Кыргызстан» и «Ыйман Нуру» получат семь, шесть и пять мандатов соответственно.",
     [("PARTY", "Альянс", "Алыянс"), ("PARTY", "Бутун Кыргызстан", "Бүтүн Кыргызстан"), ("PARTY", "Ыйман Нуру", "Ыйман Нуру")],
     "ru", [("Алыянс", 7), ("Бүтүн Кыргызстан", 6), ("Ыйман Нуру", 5)]),
    ("БШК жыйынтыкты бекитти: 11 мандат КСДПга, калган 8и Кыргызстан коммунисттер партиясына ыйгарылды.",
     [("PARTY", "КСДПга", "Кыргызстандын Социал-демократиялык партиясы"),
      ("PARTY", "Кыргызстан коммунисттер партиясына", "Кыргызстан коммунисттер партиясы")],
     "ky", [("Кыргызстандын Социал-демократиялык партиясы", 11), ("Кыргызстан коммунисттер партиясы", 8)]),
])
def test_party_seats_respectively_before_the_cue_and_of_the_rest(text, spans, lang, seats):
    assert [(f.party.norm, f.seats) for f in only(build_facts(ex(text, *spans, lang=lang)), PartyResult)] == seats


def test_party_seats_words_set_off_by_dashes_collective_numerals_and_no_size_of_the_house():
    text = ("Больше всех мест — пятнадцать — достается «Ата-Журт Кыргызстан». «Альянс» проводит в парламент семерых "
            "депутатов, «Бутун Кыргызстан» — шестерых.")
    e = ex(text, ("PARTY", "Ата-Журт Кыргызстан", "Ата-Журт Кыргызстан"), ("PARTY", "Альянс", "Алыянс"),
           ("PARTY", "Бутун Кыргызстан", "Бүтүн Кыргызстан"), lang="ru")
    assert [(f.party.norm, f.seats) for f in only(build_facts(e), PartyResult)] == [
        ("Ата-Журт Кыргызстан", 15), ("Алыянс", 7), ("Бүтүн Кыргызстан", 6)]
    text = "Его кандидатуру выдвинула фракция «Ак Жол», располагающая в 90-местном парламенте большинством."
    e = ex(text, ("PARTY", "Ак Жол", "Ак Жол"), lang="ru")
    assert only(build_facts(e), PartyResult) == []


def test_party_votes_of_a_station_protocol_without_a_cue():
    text = "[23:20] №1209-участканын жыйынтыгы. Шаардык кеңеш: «Эмгек» — 118, «Ак Бата» — 97, «Ынтымак» — 59."
    e = ex(text, ("TIME", "23:20", "23:20"), ("POLLING_STATION", "№1209", "1209"), ("PARTY", "Эмгек", "Эмгек"),
           ("PARTY", "Ак Бата", "Ак бата"), ("PARTY", "Ынтымак", "Ынтымак"))
    assert [(f.party.norm, f.votes) for f in only(build_facts(e), PartyResult)] == [
        ("Эмгек", 118), ("Ак бата", 97), ("Ынтымак", 59)]


def test_turnout_as_of_noon_in_kyrgyz_and_those_who_took_ballots():
    text = "12:00. Түшкө карата өлкө боюнча шайлоочулардын 13,46 пайызы участкаларга келди."
    e = ex(text, ("TIME", "12:00", "12:00"), ("PERCENT", "13,46 пайызы", "13.46"))
    assert [(f.time.norm if f.time else None, f.percent.norm) for f in only(build_facts(e), Turnout)] == [("12:00", "13.46")]
    text = "№4127-участканын протоколу: тизмеде — 1 412 шайлоочу, бюллетень алгандар — 598."
    e = ex(text, ("POLLING_STATION", "№4127", "4127"))
    assert [(f.voters, f.electorate) for f in only(build_facts(e), Turnout)] == [(598, 1412)]


def test_no_incident_when_the_count_of_ballots_ended():
    text = "В Араване на участке №5310 подсчет бюллетеней закончился далеко за полночь."
    e = ex(text, ("POLLING_STATION", "№5310", "5310"), lang="ru")
    assert only(build_facts(e), StationIncident) == []


def test_turnout_bound_not_reached_unless_it_restates_the_figure():
    e = ex("Бишкекте катышуу 40 пайызга жетпеди.", ("LOCATION", "Бишкекте", "Бишкек"), ("PERCENT", "40 пайызга", "40"))
    assert [f.percent.norm for f in only(build_facts(e), Turnout)] == ["40"]
    text = "Биринчи Май округунда катышуу 15,76%ды, башкача айтканда, он алты пайызга жетпеген көрсөткүчтү түздү."
    e = ex(text, ("PERCENT", "15,76%", "15.76"), ("PERCENT", "он алты пайызга", "16"))
    assert [f.percent.norm for f in only(build_facts(e), Turnout)] == ["15.76"]


def test_kyrgyz_generic_names_of_sdpk_and_the_peoples_democrats_are_in_the_knowledge_base():
    import kgner
    doc = kgner.Pipeline(model=False).extract(
        "Социал-демократиялык партия 11 мандатка ээ болду. Элдик-демократиялык партия — 10,31%.")
    assert [(e.text, e.norm) for e in doc.entities if e.label == "PARTY"] == [
        ("Социал-демократиялык партия", "Кыргызстандын Социал-демократиялык партиясы"),
        ("Элдик-демократиялык партия", "Кыргызстандын элдик-демократиялык партиясы")]
    doc = kgner.Pipeline(model=False).extract("АЖК набирает 18,1%, Народно-демократическая партия — 10,3%.")
    assert [(e.text, e.norm) for e in doc.entities if e.label == "PARTY"] == [
        ("АЖК", "Ата-Журт Кыргызстан"),
        ("Народно-демократическая партия", "Кыргызстандын элдик-демократиялык партиясы")]


def test_party_range_of_several_parties_and_a_change_are_no_share():
    text = ("Босогодон дагы үч партия — «Алыянс», «Бүтүн Кыргызстан» жана «Ыйман Нуру» өтүп турат, алардын ар биринде "
            "5,8ден 7,6 пайызга чейин.")
    e = ex(text, ("PARTY", "Алыянс", "Алыянс"), ("PARTY", "Бүтүн Кыргызстан", "Бүтүн Кыргызстан"),
           ("PARTY", "Ыйман Нуру", "Ыйман Нуру"), ("PERCENT", "5,8", "5.8"), ("PERCENT", "7,6 пайызга", "7.6"))
    assert only(build_facts(e), PartyResult) == []
    text = "Бир саат мурдагы маалыматка салыштырганда «Ата-Журт Кыргызстандын» үлүшү 0,8 пайызга азайып калды."
    e = ex(text, ("PARTY", "Ата-Журт Кыргызстандын", "Ата-Журт Кыргызстан"), ("PERCENT", "0,8 пайызга", "0.8"))
    assert only(build_facts(e), PartyResult) == []


@pytest.mark.parametrize("text,person,station,lang", [
    ("Президенттикке талапкер Өмүрбек Бабанов Бишкектеги №1155-участкада бюллетень толтурду.", "Өмүрбек Бабанов", "№1155", "ky"),
    ("СДПКнын лидери Чыныбай Турсунбеков Бишкектеги №1156-участкада бюллетень алды.", "Чыныбай Турсунбеков", "№1156", "ky"),
    ("Спикер Жогорку Кенеша Талант Мамытов получил бюллетени около 10 утра на участке №1146.", "Талант Мамытов", "№1146", "ru"),
])
def test_vote_by_filling_in_or_receiving_the_ballot(text, person, station, lang):
    e = ex(text, ("POLITICIAN", person, person), ("POLLING_STATION", station, station.lstrip("№")), lang=lang)
    assert [(f.person.norm, f.station.norm) for f in only(build_facts(e), VoteCast)] == [(person, station.lstrip("№"))]


def test_vote_at_a_station_of_a_protocol_list_and_in_the_morning_of_an_evening_post():
    text = ("22:15 Протоколы участков. №1124, где утром голосовал Бабанов: Бабанов — 612 голосов, "
            "Жээнбеков — 391, Мадумаров — 48.")
    e = ex(text, ("TIME", "22:15", "22:15"), ("POLLING_STATION", "№1124", "1124"),
           ("POLITICIAN", "Бабанов", "Бабанов"), ("POLITICIAN", "Жээнбеков", "Жээнбеков"),
           ("POLITICIAN", "Мадумаров", "Мадумаров"), lang="ru")
    votes = only(build_facts(e), VoteCast)
    assert [(v.person.norm, v.time) for v in votes] == [("Бабанов", None)]  # not at 22:15, no other voter


def test_vote_not_of_the_genitive_before_the_voter_nor_of_who_reported_a_count():
    text = "11:10. Главный соперник Жээнбекова Омурбек Бабанов отдал голос на участке №1209."
    e = ex(text, ("TIME", "11:10", "11:10"), ("POLITICIAN", "Жээнбекова", "Жээнбеков"),
           ("POLITICIAN", "Омурбек Бабанов", "Омурбек Бабанов"), ("POLLING_STATION", "№1209", "1209"), lang="ru")
    assert [v.person.norm for v in only(build_facts(e), VoteCast)] == ["Омурбек Бабанов"]
    text = "Председатель комиссии Бакыт Жумабаев сообщил, что к 11:00 здесь проголосовали 318 из 2 054 избирателей."
    e = ex(text, ("POLITICIAN", "Бакыт Жумабаев", "Бакыт Жумабаев"), ("TIME", "11:00", "11:00"), lang="ru")
    assert only(build_facts(e), VoteCast) == []


def test_vote_at_the_same_station_named_before_ushul_ele():
    text = ("12:35 Адахан Мадумаров №1196-участокто добуш берди. Ушул эле участокто анын партиялашы "
            "Жаныбек Абиров да бюллетенин үкөккө салды.")
    e = ex(text, ("TIME", "12:35", "12:35"), ("POLITICIAN", "Адахан Мадумаров", "Адахан Мадумаров"),
           ("POLLING_STATION", "№1196", "1196"), ("POLITICIAN", "Жаныбек Абиров", "Жаныбек Абиров"))
    assert [(v.person.norm, v.station.norm if v.station else None) for v in only(build_facts(e), VoteCast)] == [
        ("Адахан Мадумаров", "1196"), ("Жаныбек Абиров", "1196")]


@pytest.mark.parametrize("text,person,station,lang", [
    ("Спикер Талант Мамытов, проголосовавший днем на участке №1049, ждет высокой явки.", "Талант Мамытов", "№1049", "ru"),
    ("«Мекеним Кыргызстан» партиясынын лидери Мирлан Бакиров бюллетенин Ош облусундагы №5322-участокто салды.",
     "Мирлан Бакиров", "№5322", "ky"),
])
def test_vote_by_a_participle_or_a_ballot_cast_at_a_station(text, person, station, lang):
    e = ex(text, ("POLITICIAN", person, person), ("POLLING_STATION", station, station.lstrip("№")), lang=lang)
    assert [(v.person.norm, v.station.norm) for v in only(build_facts(e), VoteCast)] == [(person, station.lstrip("№"))]


@pytest.mark.parametrize("text,spans", [
    ("Катчы Нургүл Абдыкадырова маалымдагандай, саат 11:00гө чейин 1 870 шайлоочунун 312си бюллетень алды.",
     [("POLITICIAN", "Нургүл Абдыкадырова", "Нургүл Абдыкадырова"), ("TIME", "саат 11:00", "11:00")]),
    ("«Биримдиктин» лидери Марат Аманкулов: «Добуш берген ар бир шайлоочуга ыраазычылык билдиребиз».",
     [("POLITICIAN", "Марат Аманкулов", "Марат Аманкулов")]),
    ("№2104-участоктун протоколу: добуш берген 812 кишинин 690ы Жапаровду тандаган.",
     [("POLLING_STATION", "№2104", "2104"), ("POLITICIAN", "Жапаровду", "Жапаров")]),
    ("Садыр Жапаров: жеңиш үчүн добуш бергендердин жарымынан көбүнүн колдоосу жетиштүү.",
     [("POLITICIAN", "Садыр Жапаров", "Садыр Жапаров")]),
])
def test_no_vote_in_a_count_of_voters_or_thanks_to_those_who_voted(text, spans):
    assert only(build_facts(ex(text, *spans)), VoteCast) == []


def test_party_quoted_social_democrats_gap_between_and_seats_of_the_house_set_off():
    text = ("Итоги 4 октября перекроили карту по сравнению с 2015 годом. СДПК на этот раз в выборах не участвовала, "
            "а «Социал-демократы» собрали лишь 2,13%.")
    e = ex(text, ("PARTY", "СДПК", "Кыргызстандын Социал-демократиялык партиясы"),
           ("PARTY", "Социал-демократы", "Социал-демократтар"), ("PERCENT", "2,13%", "2.13"), lang="ru")
    assert [(f.party.norm, f.percent.norm) for f in only(build_facts(e), PartyResult)] == [("Социал-демократтар", "2.13")]
    text = "Интрига — в борьбе за третье место: НДПК и «Ата-Журт Кыргызстан» разделяют всего 0,11%."
    e = ex(text, ("PARTY", "НДПК", "Кыргызстандын элдик-демократиялык партиясы"),
           ("PARTY", "Ата-Журт Кыргызстан", "Ата-Журт Кыргызстан"), ("PERCENT", "0,11%", "0.11"), lang="ru")
    assert only(build_facts(e), PartyResult) == []
    text = "Больше всех мандатов — 38 из 120 — достается СДПК, за которую отдали 27,35% голосов."
    e = ex(text, ("PARTY", "СДПК", "Кыргызстандын Социал-демократиялык партиясы"), ("PERCENT", "27,35%", "27.35"), lang="ru")
    assert [(f.percent.norm, f.seats) for f in only(build_facts(e), PartyResult)] == [("27.35", 38)]


@pytest.mark.parametrize("text,station,kind", [
    ("Ат-Башы районундагы №3418-шайлоо участкасы эртең мененки саат 8:00дө эмес, 8:40та гана ачылды.", "№3418", "closure"),
    ("Ош шаарындагы №5106-участкада бир шайлоочу бюллетенди эки жолу алууга аракет кылды.", "№5106", "violation"),
])
def test_incident_kyrgyz_late_opening_and_a_second_ballot(text, station, kind):
    e = ex(text, ("POLLING_STATION", station, station.lstrip("№")))
    assert [f.kind for f in only(build_facts(e), StationIncident)] == [kind]


@pytest.mark.parametrize("text,station,kinds,lang", [
    ("Наблюдатели сообщают, что к участку №1406 привозят группы по 10–12 человек.", "№1406", ["violation"], "ru"),
    ("У участка №1407 замечен автобус, из которого выходили группы избирателей с одинаковыми пакетами.", "№1407",
     ["violation"], "ru"),
    ("На участке №1408 голосование началось с опозданием на 20 минут.", "№1408", ["closure"], "ru"),
    # the effect's cause given in its own sentence: no later sentence's words are its cause
    ("На участке №1409 голосование началось с опозданием: комиссия не могла найти печать. "
     "Председатель назвал это технической накладкой.", "№1409", ["closure"], "ru"),
    ("Бишкектеги №1410-участкада кезектер кыска, баары тынч.", "№1410", [], "ky"),
])
def test_incident_carried_voters_late_start_and_a_short_queue(text, station, kinds, lang):
    e = ex(text, ("POLLING_STATION", station, station.lstrip("№")), lang=lang)
    assert [f.kind for f in only(build_facts(e), StationIncident)] == kinds


@pytest.mark.parametrize("text,station,kinds,lang", [
    ("Протокол участка №2312: «Ата-Мекен» — 518 голосов, недействительных бюллетеней — 23.", "№2312", [], "ru"),
    ("№1074-участоктун протоколу: «ооба» — 371, «жок» — 88, жараксыз бюллетень — 27.", "№1074", [], "ky"),
    ("У участка №5407 подрались сторонники двух кандидатов.", "№5407", ["violation"], "ru"),
    ("На участке №2604 в урне оказалось на 146 бюллетеней больше, чем было выдано.", "№2604", ["violation"], "ru"),
    ("На участке №2605 нашли пачку одинаково сложенных бланков.", "№2605", ["violation"], "ru"),
    ("№1824-участокто интернет улам-улам үзүлүп жатты.", "№1824", ["equipment"], "ky"),
    ("На участке №1825 с утра пропал интернет.", "№1825", ["equipment"], "ru"),
    ("№2614-участоктун алдында 15тей шайлоочу турат, бирок кезек тез жылып жатат.", "№2614", [], "ky"),
    ("На участке №5082 выстроилась очередь. Наблюдатели отметили задержку, но нарушением ее не сочли.",
     "№5082", ["queue"], "ru"),
])
def test_incident_protocol_counts_fights_stuffing_internet_and_denied_cues(text, station, kinds, lang):
    e = ex(text, ("POLLING_STATION", station, station.lstrip("№")), lang=lang)
    assert [f.kind for f in only(build_facts(e), StationIncident)] == kinds


@pytest.mark.parametrize("text,station,kinds,lang", [
    ("№3207-участокто бир киши үй-бүлөсүнүн бардык мүчөлөрү үчүн добуш берүүгө аракет кылды.", "№3207", ["violation"], "ky"),
    ("№4120-участокто шайлоочулардын бармак изин аппарат тааныбай, алар бир саат күтүштү.", "№4120", ["equipment"], "ky"),
    ("№4611-участокто бир шайлоочу бюллетенди сыртка алып чыгууга аракет кылды.", "№4611", ["violation"], "ky"),
    ("№5021-участоктун жанында бир партиянын желеги жана баракчалары илинип турат.", "№5021", ["violation"], "ky"),
    ("№3122-участокто маркер түштөн кийин түгөнүп калды.", "№3122", ["other"], "ky"),
    ("На участке №5088 ручной пересчет разошелся с данными автоматического ящика.", "№5088", ["other"], "ru"),
    ("На участке №6204 автоматическая урна «зажевала» бюллетень.", "№6204", ["equipment"], "ru"),
    ("Участок №4502 временно закрыт: почувствовали запах газа.", "№4502", ["closure"], "ru"),
    ("Участок №3219 начал работу с опозданием почти на час.", "№3219", ["closure"], "ru"),
    ("На участке №1213 мужчина опускает в урну сразу несколько бюллетеней.", "№1213", ["violation"], "ru"),
    ("На участке №1154 выявили женщину, которая уже голосовала на другом участке.", "№1154", ["violation"], "ru"),
    ("Байкоочубуз №2231-участокко кире албай жатат: төрага аны эшиктен кайтарып жиберди.", "№2231", ["observers"], "ky"),
    ("Наблюдательница почти час не могла попасть на участок №2218.", "№2218", ["observers"], "ru"),
    ("На участке №1031 нарушений не отметили, только очереди у сканеров.", "№1031", ["queue"], "ru"),  # no broken scanner
    ("№1189-участокто добуш берүү тынч өттү, байкоочулар бир да даттануу жазышкан жок.", "№1189", [], "ky"),
    ("№6021-участокто эртең мененки кезек тез эле тарап кетти.", "№6021", [], "ky"),
    ("№3306-участокто эки топтун ортосунда чыр чыгып, мушташка айланды.", "№3306", ["other"], "ky"),
    ("На участке №1152 у входа висел плакат одного из кандидатов.", "№1152", ["violation"], "ru"),
    ("Участок №1603 начал работу лишь в 08:35.", "№1603", ["closure"], "ru"),
    ("№5241 участоктун мыйзам бузуулар болбогонун кабарчыбыз билдирди.", "№5241", [], "ky"),
    ("№3218-участкадан эки байкоочу шайлоо комиссиясынын чечими менен чыгарылды.", "№3218", ["observers"], "ky"),
    ("Участок №3142 пришлось закрыть на 40 минут: закончились бюллетени.", "№3142", ["closure"], "ru"),
    ("№5037-участкада «Ата-Журт Кыргызстан» партиясы талашсыз алдыга чыкты.", "№5037", [], "ky"),
    ("На участке №2514 все спокойно: очередей нет, жалоб в журнале не записано.", "№2514", [], "ru"),
    ("Канатбек Исаев отдал голос на участке №1177 и от прогнозов отказался.", "№1177", [], "ru"),
    ("На участке №1298 женщина опустила в ящик сразу несколько бюллетеней.", "№1298", ["violation"], "ru"),
    ("У входа на участок №1190 стоят люди с листовками одного из кандидатов, хотя агитация в день голосования "
     "запрещена.", "№1190", ["violation"], "ru"),
    ("№3247-участкада тизмедеги айрым аттардын тушуна алдын ала кол коюлуп калганы аныкталды.", "№3247",
     ["violation"], "ky"),
    ("На участке №1105 ящик насчитал на 37 бюллетеней больше, чем было подписей.", "№1105", ["violation"], "ru"),
    ("На участке №1128 мужчина пытался получить второй бюллетень по чужому паспорту.", "№1128", ["violation"], "ru"),
    ("Текебаев №3102-участокто бюллетенин үкөккө салды; анын айтымында, байкоочулар бир нече участоктон "
     "мыйзам бузууларды катташкан.", "№3102", [], "ky"),
    ("Подтвердились сообщения о вбросе на участке №5233. ЦИК признал итоги голосования на этом участке "
     "недействительными.", "№5233", ["violation"], "ru"),  # the annulment follows from the stuffing
])
def test_incident_cues_of_the_polling_station_reports(text, station, kinds, lang):
    e = ex(text, ("POLLING_STATION", station, station.lstrip("№")), lang=lang)
    assert [f.kind for f in only(build_facts(e), StationIncident)] == kinds


def test_party_figures_after_a_clause_about_an_earlier_election():
    text = "«Ата-Мекен», пять лет назад прошедший в парламент с 7,72%, опустился до 4,30% и остался за чертой."
    e = ex(text, ("PARTY", "Ата-Мекен", "Ата Мекен"), ("PERCENT", "7,72%", "7.72"), ("PERCENT", "4,30%", "4.3"), lang="ru")
    assert [(f.party.norm, f.percent.norm, f.seats) for f in only(build_facts(e), PartyResult)] == [("Ата Мекен", "4.3", None)]


def test_turnout_russian_hour_after_its_figure_and_kyrgyz_voters_that_came():
    text = "Явка по ходу дня росла медленно — 5,2% к 10:00, 18,7% к 14:00 и 29,9% к 18:00."
    e = ex(text, ("PERCENT", "5,2%", "5.2"), ("TIME", "10:00", "10:00"), ("PERCENT", "18,7%", "18.7"),
           ("TIME", "14:00", "14:00"), ("PERCENT", "29,9%", "29.9"), ("TIME", "18:00", "18:00"), lang="ru")
    assert [(f.time.norm, f.percent.norm) for f in only(build_facts(e), Turnout)] == [
        ("10:00", "5.2"), ("14:00", "18.7"), ("18:00", "29.9")]
    e = ex("Участка саат сегизде так убагында ачылып, биринчи саатта эле 117 шайлоочу келди.",
           ("TIME", "саат сегизде", "08:00"))
    assert [f.voters for f in only(build_facts(e), Turnout)] == [117]


def test_turnout_russian_made_their_choice():
    e = ex("По данным ЦИК на 10:00, свой выбор сделали 7,4% избирателей.", ("TIME", "10:00", "10:00"),
           ("PERCENT", "7,4%", "7.4"), lang="ru")
    assert [(f.time.norm, f.percent.norm) for f in only(build_facts(e), Turnout)] == [("10:00", "7.4")]


def test_party_seats_in_brackets_after_a_bare_share_of_a_table():
    text = ("Окончательные итоги (в процентах от числа проголосовавших, в скобках — число мандатов): СДПК — 27,35 (38); "
            "«Кыргызстан» — 12,93 (18).")
    e = ex(text, ("PARTY", "СДПК", "Кыргызстандын Социал-демократиялык партиясы"), ("PARTY", "Кыргызстан", "Кыргызстан"),
           lang="ru")
    assert [(f.percent_value, f.seats) for f in only(build_facts(e), PartyResult)] == [(27.35, 38), (12.93, 18)]


def test_party_share_that_was_not_enough_is_its_own():
    text = "«Мекенчилу» с его 6,85% не хватило совсем немного, а «Республика» остановилась на 5,79%."
    e = ex(text, ("PARTY", "Мекенчилу", "Мекенчил"), ("PERCENT", "6,85%", "6.85"), ("PARTY", "Республика", "Республика"),
           ("PERCENT", "5,79%", "5.79"), lang="ru")
    assert [(f.party.norm, f.percent.norm) for f in only(build_facts(e), PartyResult)] == [
        ("Мекенчил", "6.85"), ("Республика", "5.79")]


def test_party_a_person_sat_for_is_not_the_party_in_focus():
    text = ("Акаев, заседавший в Жогорку Кенеше от фракции «Ата Мекен», назвал решение несправедливым. "
            "Сама партия, получившая семь мест, от комментариев воздерживается.")
    e = ex(text, ("POLITICIAN", "Акаев", "Акаев"), ("PARTY", "Ата Мекен", "Ата Мекен"), lang="ru")
    assert only(build_facts(e), PartyResult) == []


def test_turnout_count_after_a_colon_that_opens_the_figures():
    text = "На участке №2004 подсчет закончен: из 1 876 избирателей проголосовали 1 209."
    e = ex(text, ("POLLING_STATION", "№2004", "2004"), lang="ru")
    assert [(f.voters, f.electorate) for f in only(build_facts(e), Turnout)] == [(1209, 1876)]


def test_party_a_partner_ran_with_gives_its_figure_to_the_subject():
    text = "«Республика», которая пять лет назад в союзе с «Ата-Журтом» брала 20,08%, на этот раз собрала 5,79 процента."
    e = ex(text, ("PARTY", "Республика", "Республика"), ("PARTY", "Ата-Журтом", "Ата-Журт"),
           ("PERCENT", "20,08%", "20.08"), ("PERCENT", "5,79 процента", "5.79"), lang="ru")
    assert [(f.party.norm, f.percent.norm) for f in only(build_facts(e), PartyResult)] == [("Республика", "5.79")]
    text = "«Республика», в прошлый раз шедшая в связке с «Ата-Журтом», набирает 5,79% — ниже порога."
    e = ex(text, ("PARTY", "Республика", "Республика"), ("PARTY", "Ата-Журтом", "Ата-Журт"),
           ("PERCENT", "5,79%", "5.79"), lang="ru")
    assert [(f.party.norm, f.percent.norm) for f in only(build_facts(e), PartyResult)] == [("Республика", "5.79")]


def test_party_share_in_dashes_before_it_and_seats_of_a_whole_after_it():
    text = "Больше всего голосов — 27,35% — собрала СДПК, которой достанется 38 мандатов из 120."
    e = ex(text, ("PERCENT", "27,35%", "27.35"), ("PARTY", "СДПК", "Кыргызстандын Социал-демократиялык партиясы"), lang="ru")
    assert [(f.percent.norm, f.seats) for f in only(build_facts(e), PartyResult)] == [("27.35", 38)]


def test_party_no_share_from_a_turnout_told_by_its_verb():
    text = "Жалпысынан шайлоого 58,89% шайлоочу катышып, СДПК 38 мандат менен биринчи орунга чыккан."
    e = ex(text, ("PERCENT", "58,89%", "58.89"), ("PARTY", "СДПК", "Кыргызстандын Социал-демократиялык партиясы"))
    assert [(f.percent, f.seats) for f in only(build_facts(e), PartyResult)] == [(None, 38)]


def test_party_seats_as_a_part_of_the_house_in_the_genitive_ordunun():
    text = "Жогорку Кеңештин 120 ордунун 38ин СДПК алды — партиянын үлүшү 27,35 пайыз."
    e = ex(text, ("PARTY", "СДПК", "Кыргызстандын Социал-демократиялык партиясы"), ("PERCENT", "27,35 пайыз", "27.35"))
    assert [(f.percent.norm, f.seats) for f in only(build_facts(e), PartyResult)] == [("27.35", 38)]


def test_party_progress_of_the_count_ranks_and_a_gap_are_no_shares():
    text = "СДПК вырывается вперед: обработаны 18,4% протоколов, у социал-демократов 25,9%."
    e = ex(text, ("PARTY", "СДПК", "Кыргызстандын Социал-демократиялык партиясы"), ("PERCENT", "18,4%", "18.4"),
           ("PERCENT", "25,9%", "25.9"), lang="ru")
    assert [f.percent.norm for f in only(build_facts(e), PartyResult)] == ["25.9"]
    text = "«Биримдик» 24,50 пайыз, «Мекеним Кыргызстан» 23,88 пайыз добуш алып, алдыңкы эки орунду бөлүшкөн."
    e = ex(text, ("PARTY", "Биримдик", "Биримдик"), ("PERCENT", "24,50 пайыз", "24.5"),
           ("PARTY", "Мекеним Кыргызстан", "Мекеним Кыргызстан"), ("PERCENT", "23,88 пайыз", "23.88"))
    assert [(f.party.norm, f.seats) for f in only(build_facts(e), PartyResult)] == [
        ("Биримдик", None), ("Мекеним Кыргызстан", None)]  # the top two places, not two seats
    text = "«Ата-Журт Кыргызстан» үчүнчү орунда. Расмий маалымат боюнча партиянын үлүшү — 10,2%, КЭДПден 0,1 пайыз гана артта."
    e = ex(text, ("PARTY", "Ата-Журт Кыргызстан", "Ата-Журт Кыргызстан"), ("PERCENT", "10,2%", "10.2"),
           ("PARTY", "КЭДПден", "Кыргызстандын элдик-демократиялык партиясы"), ("PERCENT", "0,1 пайыз", "0.1"))
    assert [(f.party.norm, f.percent.norm) for f in only(build_facts(e), PartyResult)] == [("Ата-Журт Кыргызстан", "10.2")]


def test_party_seats_shared_out_in_the_next_sentence_without_respectively():
    text = ("«Ата-Журт Кыргызстан» — 17,4%, «Ишеним» — 13,6%, «Ынтымак» — 11,0%. "
            "Бул сандар өзгөрбөсө, 54 мандаттын бир бөлүгү 15, 12 жана 9 орун болуп бөлүнөт.")
    e = ex(text, ("PARTY", "Ата-Журт Кыргызстан", "Ата-Журт Кыргызстан"), ("PERCENT", "17,4%", "17.4"),
           ("PARTY", "Ишеним", "Ишеним"), ("PERCENT", "13,6%", "13.6"), ("PARTY", "Ынтымак", "Ынтымак"),
           ("PERCENT", "11,0%", "11"))
    assert [(f.party.norm, f.seats) for f in only(build_facts(e), PartyResult) if f.percent is None] == [
        ("Ата-Журт Кыргызстан", 15), ("Ишеним", 12), ("Ынтымак", 9)]


def test_party_seats_listed_before_respectively_and_votes_of_a_protocol_by_choice():
    text = ("Первой идет СДПК с 27,35%, на второй строке «Республика – Ата-Журт» (20,08%), у «Кыргызстана» 12,93%. "
            "Если цифры не изменятся, мандаты распределятся так: 38, 28 и 18 соответственно.")
    e = ex(text, ("PARTY", "СДПК", "Кыргызстандын Социал-демократиялык партиясы"), ("PERCENT", "27,35%", "27.35"),
           ("PARTY", "Республика – Ата-Журт", "Республика – Ата-Журт"), ("PERCENT", "20,08%", "20.08"),
           ("PARTY", "Кыргызстана", "Кыргызстан"), ("PERCENT", "12,93%", "12.93"), lang="ru")
    assert [f.seats for f in only(build_facts(e), PartyResult) if f.percent is None] == [38, 28, 18]
    text = "Согласно протоколу, из 1 412 человек, пришедших голосовать, 366 выбрали «Мекеним Кыргызстан», а 341 — «Биримдик»."
    e = ex(text, ("PARTY", "Мекеним Кыргызстан", "Мекеним Кыргызстан"), ("PARTY", "Биримдик", "Биримдик"), lang="ru")
    assert [(f.party.norm, f.votes) for f in only(build_facts(e), PartyResult)] == [
        ("Мекеним Кыргызстан", 366), ("Биримдик", 341)]


def test_party_by_ordinal_refers_to_the_parties_of_the_sentence_before():
    text = ("Парламентке акыркы болуп эки партия кирди — «Бүтүн Кыргызстан» менен «Ыйман Нуру». "
            "Биринчиси 7,04 пайыз алып, алты мандатка ээ болсо, экинчиси 6,17 пайыз менен беш орун алды.")
    e = ex(text, ("PARTY", "Бүтүн Кыргызстан", "Бүтүн Кыргызстан"), ("PARTY", "Ыйман Нуру", "Ыйман Нуру"),
           ("PERCENT", "7,04 пайыз", "7.04"), ("PERCENT", "6,17 пайыз", "6.17"))
    assert [(f.party.norm, f.percent.norm, f.seats) for f in only(build_facts(e), PartyResult)] == [
        ("Бүтүн Кыргызстан", "7.04", 6), ("Ыйман Нуру", "6.17", 5)]


def test_party_people_in_its_relative_clause_are_not_candidates():
    text = ("«Биримдик», в списке которой значились Асылбек Жээнбеков и Аида Касымалиева, набрала 24,50 процента, "
            "а «Мекеним Кыргызстан», которую связывали с Райымбеком Матраимовым, — 23,88%.")
    e = ex(text, ("PARTY", "Биримдик", "Биримдик"), ("POLITICIAN", "Асылбек Жээнбеков", "Асылбек Жээнбеков"),
           ("POLITICIAN", "Аида Касымалиева", "Аида Касымалиева"), ("PERCENT", "24,50 процента", "24.5"),
           ("PARTY", "Мекеним Кыргызстан", "Мекеним Кыргызстан"),
           ("POLITICIAN", "Райымбеком Матраимовым", "Райымбек Матраимов"), ("PERCENT", "23,88%", "23.88"), lang="ru")
    assert [(f.party.norm, f.percent.norm) for f in only(build_facts(e), PartyResult)] == [
        ("Биримдик", "24.5"), ("Мекеним Кыргызстан", "23.88")]


def test_party_table_of_bare_shares_with_slashes_and_no_result_word():
    text = "Расклад такой: «Ата-Журт Кыргызстан» 17,71 / «Ишеним» 13,54 / «Ынтымак» 11,03."
    e = ex(text, ("PARTY", "Ата-Журт Кыргызстан", "Ата-Журт Кыргызстан"), ("PARTY", "Ишеним", "Ишеним"),
           ("PARTY", "Ынтымак", "Ынтымак"), lang="ru")
    assert [(f.party.norm, f.percent_value) for f in only(build_facts(e), PartyResult)] == [
        ("Ата-Журт Кыргызстан", 17.71), ("Ишеним", 13.54), ("Ынтымак", 11.03)]


def test_party_table_of_bare_shares_in_brackets_and_no_result_word():
    text = "Парламентке беш партия өттү: «Ата-Журт Кыргызстан» (19,07), «Ишеним» (15,05) жана «Ынтымак» (12,3)."
    e = ex(text, ("PARTY", "Ата-Журт Кыргызстан", "Ата-Журт Кыргызстан"), ("PARTY", "Ишеним", "Ишеним"),
           ("PARTY", "Ынтымак", "Ынтымак"))
    assert [(f.party.norm, f.percent_value) for f in only(build_facts(e), PartyResult)] == [
        ("Ата-Журт Кыргызстан", 19.07), ("Ишеним", 15.05), ("Ынтымак", 12.3)]


def test_turnout_at_this_hour_is_the_posts_hour():
    text = "16:00 — Явка достигла 42,9%. В Бишкеке к этому часу проголосовали 27,1% избирателей."
    e = ex(text, ("TIME", "16:00", "16:00"), ("PERCENT", "42,9%", "42.9"), ("LOCATION", "Бишкеке", "Бишкек"),
           ("PERCENT", "27,1%", "27.1"), lang="ru")
    found = {(f.percent.norm, f.time.norm if f.time else None) for f in only(build_facts(e), Turnout)}
    assert ("27.1", "16:00") in found


def test_party_bare_share_after_s_and_a_required_share_is_none():
    text = "Первенство за партией «Эмгек» — 13,85%, следом «Ак Бата» с 12,38."
    e = ex(text, ("PARTY", "Эмгек", "Эмгек"), ("PERCENT", "13,85%", "13.85"), ("PARTY", "Ак Бата", "Ак бата"), lang="ru")
    facts = only(build_facts(e), PartyResult)
    assert [(f.party.norm, f.percent.norm if f.percent else f.percent_value) for f in facts] == [
        ("Эмгек", "13.85"), ("Ак бата", 12.38)]
    text = "Меньше всех мест у «Ата-Мекена». Чтобы попасть в парламент, партии требовалось набрать не менее 7% голосов."
    e = ex(text, ("PARTY", "Ата-Мекена", "Ата Мекен"), ("PERCENT", "7%", "7"), lang="ru")
    assert [f.percent for f in only(build_facts(e), PartyResult)] == []


def test_party_led_by_someone_with_a_relative_clause_keeps_its_share():
    text = ("«Биримдик» во главе с Маратом Аманкуловым, в списке которого значились Асылбек Жээнбеков и "
            "Аида Касымалиева, получает 24,5%.")
    e = ex(text, ("PARTY", "Биримдик", "Биримдик"), ("POLITICIAN", "Маратом Аманкуловым", "Марат Аманкулов"),
           ("POLITICIAN", "Асылбек Жээнбеков", "Асылбек Жээнбеков"), ("POLITICIAN", "Аида Касымалиева", "Аида Касымалиева"),
           ("PERCENT", "24,5%", "24.5"), lang="ru")
    assert [(f.party.norm, f.percent.norm) for f in only(build_facts(e), PartyResult)] == [("Биримдик", "24.5")]


def test_party_bare_share_each_of_two_parties():
    text = "Результаты (в процентах): «Улуу-Журт» — 0,71; «Ордо» и «Легалайз» — по 0,46; «Багыт» — 0,44."
    e = ex(text, ("PARTY", "Улуу-Журт", "Улуу-Журт"), ("PARTY", "Ордо", "Ордо"), ("PARTY", "Легалайз", "Легалайз"),
           ("PARTY", "Багыт", "Багыт"), lang="ru")
    assert [(f.party.norm, f.percent_value) for f in only(build_facts(e), PartyResult)] == [
        ("Улуу-Журт", 0.71), ("Ордо", 0.46), ("Легалайз", 0.46), ("Багыт", 0.44)]


def test_party_figures_that_are_not_its_own_share():
    # the whole the seats are of
    text = "«Ак Жол»: из 90 мест в Жогорку Кенеше ей достался 71 мандат."
    e = ex(text, ("PARTY", "Ак Жол", "Ак Жол"), lang="ru")
    assert [f.seats for f in only(build_facts(e), PartyResult)] == [71]
    # a candidate's share; a share the law requires; a turnout
    text = "За кандидата от СДПК проголосовали 62,52% избирателей."
    e = ex(text, ("PARTY", "СДПК", "Кыргызстандын Социал-демократиялык партиясы"), ("PERCENT", "62,52%", "62.52"), lang="ru")
    assert only(build_facts(e), PartyResult) == []
    text = "«Бүтүн Кыргызстан» тизмесиндеги аялдардын үлүшү мыйзам талап кылган 30 пайыздан кем эмес."
    e = ex(text, ("PARTY", "Бүтүн Кыргызстан", "Бүтүн Кыргызстан"), ("PERCENT", "30 пайыздан", "30"))
    assert only(build_facts(e), PartyResult) == []
    text = "Наблюдатели «Реформы» считают иначе: «Реальная явка — не больше 32 процентов»."
    e = ex(text, ("PARTY", "Реформы", "Реформа"), ("PERCENT", "32 процентов", "32"), lang="ru")
    assert only(build_facts(e), PartyResult) == []


def test_turnout_last_place_is_no_other_moment():
    text = ("БШК: саат 18:00гө карата шайлоого 31,1% шайлоочу катышты. Талас облусунда бул көрсөткүч 37,9%. "
            "Бишкек дагы эле акыркы орунда турат — 21,5%.")
    e = ex(text, ("ELECTION_BODY", "БШК", "ЦИК"), ("TIME", "саат 18:00", "18:00"), ("PERCENT", "31,1%", "31.1"),
           ("LOCATION", "Талас облусунда", "Талас облусу"), ("PERCENT", "37,9%", "37.9"),
           ("LOCATION", "Бишкек", "Бишкек"), ("PERCENT", "21,5%", "21.5"))
    assert [(f.percent.norm, f.time.norm if f.time else None) for f in only(build_facts(e), Turnout)] == [
        ("31.1", "18:00"), ("37.9", "18:00"), ("21.5", "18:00")]


def _station_incidents(text: str, number: str, lang: str) -> list[tuple[str, str]]:
    """(station, kind) of the incidents built over the one station `number` the text names."""
    station = re.search(rf"№?{number}", text).group()
    facts = only(build_facts(ex(text, ("POLLING_STATION", station, number), lang=lang)), StationIncident)
    return [(f.station.norm, f.kind) for f in facts]


def test_no_queue_incident_where_the_sentence_calls_it_no_problem():
    for text, lang in (("Эртең менен №2614-участоктун алдында 20дай шайлоочу кезекте турат, бирок кезек тез жылып жатат.", "ky"),
                       ("Очередь, которая с утра стояла на участке №5203, рассосалась.", "ru"),
                       ("Наш корреспондент с участка №1245: спокойно, в очереди пять-шесть человек.", "ru")):
        station = re.search(r"№\d+", text).group()
        assert only(build_facts(ex(text, ("POLLING_STATION", station, station[1:]), lang=lang)), StationIncident) == []
    # calm told of other stations in an earlier clause leaves this station's queue
    text = "Башка участкаларда добуш берүү тынч өтүүдө, бирок №6003-участкада эки сааттык узун кезек турат."
    facts = only(build_facts(ex(text, ("POLLING_STATION", "№6003", "6003"))), StationIncident)
    assert [(f.station.norm, f.kind) for f in facts] == [("6003", "queue")]


def test_no_incident_for_a_protocol_photographed_or_spoiled_ballots_counted_in_words():
    text = "Протокол участка №1288, который наш наблюдатель сфотографировал после подсчета, отдает первое место «Биримдику»."
    assert only(build_facts(ex(text, ("POLLING_STATION", "№1288", "1288"), lang="ru")), StationIncident) == []
    text = "На участке №3412 проголосовали 601: за Жээнбекова — 352 голоса, недействительных бюллетеней — пять."
    assert only(build_facts(ex(text, ("POLLING_STATION", "№3412", "3412"), lang="ru")), StationIncident) == []
    # photographed ballots are still a violation
    text = "На участке №3412 избиратели фотографировали заполненные бюллетени."
    facts = only(build_facts(ex(text, ("POLLING_STATION", "№3412", "3412"), lang="ru")), StationIncident)
    assert [f.kind for f in facts] == ["violation"]


def test_violation_ballot_filled_outside_the_booth():
    text = "№5307-участкада шайлоочулар бюллетенди кабинага кирбей эле толтуруп, ошол жерде телефонго тартып алышкан."
    facts = only(build_facts(ex(text, ("POLLING_STATION", "№5307", "5307"))), StationIncident)
    assert [(f.station.norm, f.kind) for f in facts] == [("5307", "violation")]


@pytest.mark.parametrize("text, lang", [
    ("На участке №1047 избиратели могут пожаловаться в комиссию, если увидят нарушения.", "ru"),
    ("Наблюдатели на участке №1047 следят за тем, чтобы никто не голосовал дважды.", "ru"),
    ("На участке №1047 предусмотрен резервный генератор на случай отключения света.", "ru"),
    ("ЦИК напомнил, что на участке №1047 фотографировать бюллетень запрещено.", "ru"),
    ("№1047-участкада шайлоочулар мыйзам бузууну көрсө, комиссияга кайрыла алышат.", "ky"),
    ("№1047-участкада байкоочулар эч ким эки жолу добуш бербеши үчүн көзөмөлдөп турушат.", "ky"),
    ("№1047-участкада видеокамералар орнотулган, алар техникалык жактан текшерилди.", "ky"),
    ("08:39 Садыр Жапаров проголосовал на участке №1047, у входа его ждала толпа журналистов.", "ru"),
])
def test_no_incident_supposed_forbidden_or_provided_for(text, lang):
    # a problem in a clause of `if`, `so that`, `in case of`, a ban, is none that happened
    assert _station_incidents(text, "1047", lang) == []


def test_incident_kept_beside_a_clause_that_supposes_one():
    text = ("У участка №5091 неизвестные передают избирателям конверты. Председатель ЦИК пообещал, что если "
            "подкуп подтвердится, итоги на этом участке могут быть признаны недействительными.")
    facts = only(build_facts(ex(text, ("POLLING_STATION", "№5091", "5091"), lang="ru")), StationIncident)
    assert [(f.station.norm, f.kind) for f in facts] == [("5091", "violation")]


@pytest.mark.parametrize("text, lang", [
    ("09:40 Бишкек, участок №1047: АСУ иштеп жатат, наблюдатели от четырёх партий на месте.", "ru"),
    ("07:40 На участке №1047 всё готово к открытию: кабинки установлены, АСУ протестирована.", "ru"),
    ("На участке №1047 на всякий случай подготовили резервный генератор, но пока он не понадобился.", "ru"),
    ("№1047-участкадагы генератор запаста турат, электр энергиясы үзгүлтүксүз берилип жатат.", "ky"),
    ("Информация о вбросе бюллетеней на участке №1047 не подтвердилась, заявили в ТИК.", "ru"),
    ("№1047-участкада жарык өчүп калды деген кабарды электр тармактары ишканасы төгүндөдү.", "ky"),
    ("Очередь на участке №1047 двигается быстро: идентификация занимает меньше минуты.", "ru"),
    ("Кандидат отстоял очередь на участке №1047 наравне со всеми.", "ru"),
    ("Председатель УИК №1047 предупредил, что выносить бюллетени за пределы участка нельзя.", "ru"),
    ("№1047-участканын комиссиясы бюллетенди сүрөткө тартууга болбой турганын эскертип жатат.", "ky"),
    ("Эгер №1047-участкадагы электрондук куту иштебей калса, бюллетендер запастагы кутуга салынат.", "ky"),
    ("№1047-участканын протоколуна мүчөлөр кол коюп, байкоочулар аны сүрөткө тартып алышты.", "ky"),
])
def test_no_incident_for_neutral_station_reports(text, lang):
    # equipment named while it works, a generator in reserve, a report denied, a fast queue,
    # a rule told, a condition, a protocol photographed
    assert _station_incidents(text, "1047", lang) == []


@pytest.mark.parametrize("text, lang, kind", [
    ("1327-шайлоо участогунда АКС боюнча көйгөйлөр бар.", "ky", "equipment"),
    ("На участке №1327 автоматически считывающая урна около 40 минут не принимала бюллетени.", "ru", "equipment"),
    ("Наблюдатель сообщил о вбросе на участке №1327, однако ЦИК этот факт не подтвердил.", "ru", "violation"),
    ("№1327-участканын жанында шайлоочуларга азык-түлүк пакеттери таратылып жатканы аныкталды.", "ky", "violation"),
    ("На участке №1327 председатель УИК отказался выдавать наблюдателям копию протокола.", "ru", "observers"),
    ("№1327-участкада байкоочуларга протоколдун көчүрмөсүн берүүдөн баш тартышты.", "ky", "observers"),
])
def test_incident_of_a_named_system_a_claim_contradicted_or_a_refusal(text, lang, kind):
    assert _station_incidents(text, "1327", lang) == [("1327", kind)]


@pytest.mark.parametrize("text", [
    "Явка на участке в Джалал-Абаде, где голосовал лидер партии «Реформа», к 14:00 составила 21%.",
    "Штаб партии «Ишеним» сообщил, что явка в Баткенской области достигла 41%.",
    "Шайлоо бюллетенинде «Бүтүн Кыргызстан» партиясы 12-орунда турат.",
    "Бывший депутат от фракции «Республика» занял 2-е место в списке партии «Альянс».",
    "Партия «Ак Жол» пообещала увеличить пенсии на 20% в течение двух лет.",
    "Согласно опросу, 12% респондентов знакомы с программой партии «Бутун Кыргызстан».",
    "Лидер «Ыйман Нуру» получил 52% голосов в одномандатном округе №21.",
    "«Ата-Журт Кыргызстан» Ош облусундагы 40 участоктогу бузуулар боюнча арыз жазып, добуштарды кайра саноону талап кылды.",
    "Для единоличного большинства в парламенте партии «Ак Жол» требовался бы 61 мандат.",
    "120 орундуу парламентте жалгыз көпчүлүктү түзүү үчүн СДПКга 61 мандат керек болчу.",
    "«Реформа» партиясы шайлоо мыйзамындагы 5%дык босогону 3%га түшүрүүнү сунуштады.",
    # polls, forecasts, a threshold to be moved, an outlet
    "По данным опроса, проведенного за месяц до выборов, «Ата-Журт Кыргызстан» мог рассчитывать на 21%, «Ишеним» — на 11%.",
    "Коомдук пикир сурамжылоосуна ылайык, шайлоого бир жума калганда «Ынтымак» партиясынын рейтинги 18 пайыз болгон.",
    "По прогнозу политолога, партия «Социал-демократы» может набрать около 8%.",
    "«Ата Мекен» предлагает снизить порог прохождения в парламент с 7% до 3%.",
    "«Ата-Мекен» партиясы 7 пайыздык босогону өтө бийик деп эсептеп, аны 3 пайызга чейин төмөндөтүүнү сунуштады.",
    "Аудитория радио «Азаттык» в стране достигает 12%, а лидер партии «Реформа» выступил в его эфире 3 раза.",
    "Саясат таануучу шайлоо алдында «Ата-Журт Кыргызстан» 15-18 пайыз, «Ишеним» 10 пайызга чейин ала алат деп болжолдогон.",
    "«Ишеним» партиясынын өкүлү 2021-жылкы шайлоодо босого 5 пайыз болгону туура эмес деп эсептейт.",
    # a share of some people, of stations, a counting share, an interest rate
    "Дебаты на «КТРК» посмотрели 28% телезрителей; представитель «Ак-Шумкара» эфир бойкотировал.",
    "«Ак-Талаа» районунда шайлоо участкаларынын 33%ы пандус менен жабдылган эмес, деп кабарлады «Адам укугу» партиясы.",
    "«Ак-Суу» айылында бюллетендердин 92%ы саналып бүттү, деп жазды «Легалайз» партиясынын байкоочусу.",
    "«Оптима Банкта» ставка по кредитам 16%, а «Социал-демократтар» партиясы бул маселени программасына киргизди.",
])
def test_party_figures_that_are_no_result(text):
    # a turnout, a place on a ballot, the economy, a poll, a district candidate, stations,
    # seats needed, a threshold: whole-pipeline, since the figures' own entities decide
    assert [f for f in _party_results(text)] == []


@pytest.mark.parametrize("text, lang", [
    ("Кандидат, подавший жалобу на работу участка №1047, отозвал её к полудню.", "ru"),
    ("Сообщение о том, что на участке №1047 не пускают наблюдателей, оказалось ошибкой.", "ru"),
    ("№1047-участкадан арыз түштү деген маалымат туура эмес болуп чыкты.", "ky"),
    ("После выборов 2020 года на участке №1047 было много жалоб, но сегодня там всё проходит спокойно.", "ru"),
    ("2017-жылы №1047-участкадагы сканер бузулуп калган, бирок быйыл баары иштеп жатат.", "ky"),
    ("На участке №1047 очередь, но ожидание не превышает пяти минут.", "ru"),
    ("Председатель УИК №1047: «Очередь была только утром, сейчас люди подходят по одному».", "ru"),
    ("12:15 | №1047-участкадагы кезек он мүнөттө тарап, азыр шайлоочулар бирден келип жатышат.", "ky"),
    ("На учебном семинаре члены УИК №1047 отрабатывали, что делать при попытке вброса бюллетеней.", "ru"),
    ("Отключение интернета на соседней улице не затронуло участок №1047.", "ru"),
    ("№1047-шайлоо участогунда тизме база менен салыштырылып, айырмачылык табылган жок.", "ky"),
    ("№1047-участкадагы байкоочу күн бою бузуу көрбөгөнүн айтты.", "ky"),
])
def test_no_incident_withdrawn_past_or_short(text, lang):
    # a report withdrawn or false, a past problem told against today's calm, a short wait,
    # a drill, a problem elsewhere, nothing found or seen
    assert _station_incidents(text, "1047", lang) == []


@pytest.mark.parametrize("text, lang, kind", [
    ("Участок №1327 закрыли на три часа после того, как прорвало трубу отопления.", "ru", "closure"),
    ("№1327-участкада газ агып жатканы аныкталып, участка эки саатка жабылды.", "ky", "closure"),
    ("Избиратели на участке №1327 обнаружили, что в списках за них уже кто-то расписался.", "ru", "violation"),
    ("11:05 | №1327-участкада ток жок, комиссия шам жагып иштеп жатат.", "ky", "equipment"),
    ("17:35 На участке №1327 завис сканер паспортов.", "ru", "equipment"),
    ("Наблюдателю на участке №1327 запретили вести видеосъёмку и отобрали у него телефон.", "ru", "observers"),
])
def test_incident_closed_for_hours_signed_for_no_current_hung_scanner(text, lang, kind):
    facts = only(build_facts(ex(text, ("POLLING_STATION", "№1327", "1327"), lang=lang)), StationIncident)
    assert [(f.station.norm, f.kind) for f in facts] == [("1327", kind)]


@pytest.mark.parametrize("text", [
    "Партия «Республика» собрала 1500 подписей под обращением о пересчёте голосов.",
    "В 2007 году в парламенте было 90 мест; «Ак Жол» была создана всего за 2 месяца до выборов.",
    "Лидер «Биримдика» отметил, что 70% членов партии — люди моложе 40 лет.",
    "«Биримдик» партиясынын мүчөлөрүнүн 65%ы 40 жашка чейинки жаштар.",
    "«Реформа» партиясы чакан бизнес үчүн салыкты 2%га чейин төмөндөтүүнү сунуштады.",
    "«Бүтүн Кыргызстан» партиясы бюллетендердин 100 пайызын кол менен кайра эсептөөнү талап кылды.",
    "«Ынтымак» партиясынын 4 үгүтчүсү добуш сатып алган деген шек менен кармалды.",
])
def test_party_figures_of_members_signatures_taxes_or_a_recount(text):
    assert [f for f in _party_results(text)] == []


def test_party_share_of_the_ballots_is_a_result():
    text = "Бюллетендердин 11 пайызы Марлен Маматалиев жетектеген «Ынтымакка» туура келди."
    assert [(f.party.norm, f.percent.norm) for f in _party_results(text)] == [
        ("Ынтымак", "11")]


def test_party_demanding_a_recount_of_all_ballots_is_no_result():
    text = "«Бүтүн Кыргызстан» потребовала вручную пересчитать 100% бюллетеней после сбоя на сайте ЦИК."
    assert [f for f in _party_results(text)] == []


@pytest.mark.parametrize("text, lang", [
    ("Нарындан келген журналисттер 1047-участоктогу даттануулар китеби бош экенин жазышты.", "ky"),
    ("Кыргызстандын журналисттер бирлиги 1047-участокто эч кандай тоскоолдук болбогонун белгиледи.", "ky"),
    ("Толпу, которую показывали в эфире, снимали не у участка №1047, а у автобусной остановки.", "ru"),
    ("Жалоба, поданная утром на участок №1047, отозвана: заявитель перепутал адрес.", "ru"),
    ("Видео с «каруселью», которое выдают за снятое на участке №1047, на самом деле записано в 2017 году.", "ru"),
    ("Корреспондент спросил председателя участка №1047, были ли попытки подкупа; тот ответил, что нет.", "ru"),
    ("По итогам подсчёта на участке №1047 недействительных бюллетеней оказалось всего три.", "ru"),
    ("21:40 | Подсчёт на участке №1047 завершён; расхождение между КОИБ и ручным пересчётом — ноль.", "ru"),
    ("Ни одного удалённого наблюдателя, ни одного акта о нарушении — итог дня на участке №1047.", "ru"),
    ("Порядок подачи жалоб вывешен на стенде у входа на участок №1047.", "ru"),
    ("Көчмө урна менен барган комиссия мүчөлөрү 1047-участоктун аймагындагы үйлөргө кирип, ар бир арыз журналга катталды.", "ky"),
    ("Интернет өчүп калса да КОИБ офлайн режиминде иштей берет, деди 1047-участоктун администратору.", "ky"),
    ("Байкоочу 1047-участоктон: «Карусель деп көп айтышат, бирок бизде андай нерсе жок».", "ky"),
    ("В 2015 году участок №1047 был в списке проблемных, но в этот раз списки сверены и вопросов нет.", "ru"),
])
def test_no_incident_question_correction_count_or_procedure(text, lang):
    assert _station_incidents(text, "1047", lang) == []


@pytest.mark.parametrize("text, kind", [
    ("Участок №1327 закрыт с 14:00 после сообщения о заминировании.", "closure"),
    ("На УИК №1327 в списках избирателей не оказалось целого подъезда — около 60 человек не могут проголосовать.", "other"),
    ("На участке №1327 подсчёт голосов прерван: в помещение ворвались неизвестные.", "closure"),
    ("[19:05] КОИБ на участке №1327 выдаёт ошибку почти на каждом третьем бюллетене.", "equipment"),
    ("У участка №1327 агитатор кандидата раздаёт листовки прямо у входа.", "violation"),
])
def test_incident_bomb_threat_missing_voters_interrupted_count_scanner_error_leaflets(text, kind):
    assert _station_incidents(text, "1327", "ru") == [("1327", kind)]


@pytest.mark.parametrize("text", [
    "КЭСИ установлены на всех участках, однако «Мекеним Кыргызстан» требует ручного пересчёта хотя бы на 10% из них.",
    "Садыр Жапаров, ранее возглавлявший партию «Мекенчил», набрал на президентских выборах 79,2% голосов.",
    "За день голосования «Ишеним» получил 12 жалоб от своих наблюдателей.",
    "Доля женщин в списке «Социал-демократтар» составила 33%.",
    "«Социал-демократтар» партиясынын тизмесинде аялдардын үлүшү 33%ды түздү.",
    "«Кыргызстан» партиясы өтүү босогосун 5%дан 3%га түшүрүү сунушун парламентке киргизди.",
])
def test_party_figures_of_a_recount_a_president_complaints_or_women(text):
    assert [f for f in _party_results(text)] == []


@pytest.mark.parametrize("text, lang", [
    ("09:20Бишкектеги 1047-участокто электр жарыгы өчүп калды деген маалымат туура эмес.", "ky"),
    ("11:32 | 1047-участоктогу байкоочу эртең менен жазган арызын кайра алды.", "ky"),
    ("11:40 Фейк: ролик с «дракой» у школы, где расположен участок №1047, снят в 2019 году.", "ru"),
    ("13:05 | Участок №1047: в 2020 году здесь фиксировали подвоз избирателей, но сегодня наблюдатели ничего не заметили.", "ru"),
    ("13:40 Драка, о которой пишут пользователи, произошла у рынка и к участку №1047 отношения не имеет.", "ru"),
    ("14:12 1047-участокко шайлоочулар көп келет деп күтүлгөн, бирок түшкө чейин кезек түзүлгөн жок.", "ky"),
    ("14:45 | На участке №1047 переносная урна вернулась с выезда, пломба не повреждена.", "ru"),
    ("15:45 | 1047-участокто «добуш берүү токтоп калды» деген имиш тарады.", "ky"),
    ("[15:50] УИК №1047: член комиссии напомнил, что за подкуп избирателей грозит уголовная ответственность.", "ru"),
    ("17:00 1047-участоктун мүчөлөрү түшкү тамакты кезектешип ичишти.", "ky"),
    ("Жители жаловались на отключение света, но участок №1047 находится в другом квартале.", "ru"),
    ("18:10 1047-участоктогу байкоочу: «мыйзам бузуу деген нерсени көрө элекмин».", "ky"),
    ("20:30 1047-участоктун жыйынтыктары жөнөтүлдү, интернет байланышы үзүлгөн жок.", "ky"),
    ("20:45 | 1047-участокто эсептөө учурунда жарык өчкөн жок.", "ky"),
    ("21:00 1047-участоктун протоколу катасыз толтурулду; кайра эсептөөнүн зарылчылыгы жок.", "ky"),
    ("[11:30] \"Мушташ\" видеосу №1047-участоктун алдында эмес, базарда тартылганы аныкталды.", "ky"),
    ("Жалоба на «неработающий» сканер на участке №1047 оказалась недоразумением.", "ru"),
    ("Сообщение о том, что на участке №1047 «закончились бюллетени», ЦИК назвал ложным.", "ru"),
    ("[13:40] 1047-участка жайгашкан мектепте жарык өчкөн эмес.", "ky"),
    ("14:20 1047-шайлоо участогунда шайлоочулар кезексиз эле кирип чыгып жатышат.", "ky"),
    ("«Урна иштеп жатат, сканер иштеп жатат», — деди №1047 участоктун төрагасы.", "ky"),
    ("[10:40] 1047-участкада калдык бюллетендер кайра эсептелип, сан актыдагы менен бирдей экени көрсөтүлдү.", "ky"),
    ("На участке №1047 урна, отключённая от сети, продолжила работать от аккумулятора.", "ru"),
    ("Полицейский патруль дважды проехал мимо участка №1047, вызовов с участка не было.", "ru"),
])
def test_no_incident_in_live_blog_corrections_and_calm(text, lang):
    assert _station_incidents(text, "1047", lang) == []


@pytest.mark.parametrize("text, lang, kind", [
    ("12:25 1327-участокто байкоочуларды бурчка отургузуп, шайлоочулардын тизмесине жакындатпай жатышат.", "ky", "observers"),
    ("13:30 | 1327-участокто эки шайлоочунун ортосунда мушташ чыгып, милиция аларды алып чыкты.", "ky", "other"),
    ("На участке №1327 в бюллетенях обнаружилась опечатка, комиссия приостановила их выдачу.", "ru", "closure"),
])
def test_incident_observers_kept_away_a_fight_issue_suspended(text, lang, kind):
    assert _station_incidents(text, "1327", lang) == [("1327", kind)]


@pytest.mark.parametrize("text, voted", [
    ("Депутат Жогорку Кенеша Айжан Бекова проголосовала за законопроект о выборах во втором чтении.", False),
    ("Жогорку Кеңештин депутаты Айжан Бекова «Шайлоо жөнүндө» мыйзамдын долбооруна «макул» деп добуш берди.", False),
    ("11:30Бишкек мэри Эмил Абдраимов №1056-участокто шайлоо укугун ишке ашырды.", True),
])
def test_vote_cast_not_for_a_bill_and_as_exercising_the_right(text, voted):
    import kgner
    assert bool([f for f in kgner.extract(text).facts if isinstance(f, VoteCast)]) is voted


@pytest.mark.parametrize("text, lang, kind", [
    # a station numbered like a year; the election's own year
    ("На участке №2017 утром сломался сканер, его заменили, и теперь голосование идёт без проблем.", "ru", "equipment"),
    ("Участок №2017 открылся на 40 минут позже, председатель комиссии извинился.", "ru", "closure"),
    ("На участке №2017 были нарушения, на самом деле их было много.", "ru", "violation"),
    ("Напомним, на участке №2017 утром сломался сканер.", "ru", "equipment"),
    ("Урна, которая должна была считывать бюллетени, сломалась на участке №2017.", "ru", "equipment"),
    ("На участке №2017 очередь, которая не рассасывается уже два часа.", "ru", "queue"),
    ("На участке №2017 очередь быстро растёт.", "ru", "queue"),
    ("№2017-участкада узун кезек, шайлоочулар тынчсызданып жатышат.", "ky", "queue"),
    ("На участке №2017 ждут уже пятьдесят минут, очередь до крыльца.", "ru", "queue"),
    ("На участке №2017 зафиксирован вброс пачки бюллетеней в прозрачную урну.", "ru", "violation"),
    ("На участке №2017 избиратели без паспортов устроили драку.", "ru", "violation"),
    ("№2017-участкада кезекте добуш берүү үчүн эки саат турушту.", "ky", "queue"),
    ("№2017-участоктун ичинде эмес, эшигинин алдында акча таратышкан.", "ky", "violation"),
])
def test_incident_kept_where_a_neutral_pattern_could_reach_too_far(text, lang, kind):
    assert _station_incidents(text, "2017", lang)[:1] == [("2017", kind)]


def test_normal_closing_is_no_incident():
    assert _station_incidents("Участок №2017 закрыт в 20:00.", "2017", "ru") == []


@pytest.mark.parametrize("text, party, pct", [
    ("По единому округу «Ата-Журт Кыргызстан» набрал 19,1%, а в одномандатных округах его кандидаты проиграли.",
     "Ата-Журт Кыргызстан", "19.1"),
    ("«Ишеним», лидер которой баллотировался на президентских выборах, набрала 17,7%.", "Ишеним", "17.7"),
    ("«Ишеним», обещавшая снизить налоги, набрала 17,7%.", "Ишеним", "17.7"),
    ("Партия «Ишеним» получила 13,5% голосов после ручного пересчета.", "Ишеним", "13.5"),
    ("По итогам пересчёта «Ишеним» набрала 13,5%.", "Ишеним", "13.5"),
    ("Явка составила 34,6 процента, а результат партии «Ата-Журт Кыргызстан» составил 17,7%.",
     "Ата-Журт Кыргызстан", "17.7"),
])
def test_party_result_kept_beside_words_of_other_figures(text, party, pct):
    assert [(f.party.norm, f.percent.norm) for f in _party_results(text)] == [
        (party, pct)]


@pytest.mark.parametrize("text", [
    "Бишкек мэри жарандарды шайлоо укугун ишке ашырууга чакырды.",
    "Бишкек мэри эртең №1047-участокто шайлоо укугун ишке ашырат.",
])
def test_no_vote_cast_in_a_call_or_a_plan_to_vote(text):
    import kgner
    assert [f for f in kgner.extract(text).facts if isinstance(f, VoteCast)] == []


def test_queue_kept_when_another_station_s_queue_is_gone():
    import kgner
    text = "На участке №1047 огромная очередь, а на участке №1235 очередь быстро рассосалась."
    assert [(f.station.norm, f.kind) for f in kgner.extract(text).facts if isinstance(f, StationIncident)] == [
        ("1047", "queue")]


@pytest.mark.parametrize("text, kind", [
    ("1327-шайлоо участогунда сканер бир нече жолу өчүп, техник келгенге чейин добуш берүү токтоп турду.", "equipment"),
    ("21:30 №1327 УШКда ноутбук бузулуп, жыйынтыктарды жөнөтүү эки саатка кечикти.", "equipment"),
])
def test_incident_voting_stood_still_laptop_broke(text, kind):
    assert _station_incidents(text, "1327", "ky") == [("1327", kind)]


def test_voting_twice_stays_a_violation():
    assert _station_incidents("На участке №1327 один избиратель проголосовал дважды.", "1327", "ru") == [
        ("1327", "violation")]


def test_party_votes_counted_before_their_verb_and_the_short_communist_name():
    import kgner
    text = "«Альянс» партиясына 106 512 шайлоочу добуш берип, партия 7 мандат алды."
    assert [(f.party.norm, f.votes, f.seats) for f in _party_results(text)] == [
        ("Алыянс", 106512, 7)]
    text = "В 2007 году Компартия получила 5,1% голосов и 8 мандатов."
    assert [(f.party.norm, f.percent.norm, f.seats) for f in kgner.extract(text).facts
            if isinstance(f, PartyResult)] == [("Кыргызстан коммунисттер партиясы", "5.1", 8)]


@pytest.mark.parametrize("text, shares, no_party", [
    # in a list of shares; a single name with a share and no party around stays no party
    ("Алдын ала маалымат боюнча, Ата-Журт Кыргызстан 19,06%ды, Ишеним 13,04%дү, Ынтымак 9,52%ды алды.",
     [("Ата-Журт Кыргызстан", "19.06"), ("Ишеним", "13.04"), ("Ынтымак", "9.52")],
     "Ынтымак 9,52% деп жазылган плакат илинип турат."),
    # before a result verb and its share; a name that is also a place name needs more than the verb
    ("Оппозиция назвала цифры: партия «Кыргызстан» набрала 8,76%. Мекенчил получил 6,85%, Республика — 5,79%.",
     [("Кыргызстан", "8.76"), ("Мекенчил", "6.85"), ("Республика", "5.79")],
     "Парламентские партии обсуждали бюджет. Кыргызстан получил 30 процентов инвестиций от Китая."),
])
def test_ordinary_word_party_names_by_their_shares(text, shares, no_party):
    import kgner
    assert [(f.party.norm, f.percent.norm) for f in _party_results(text)] == shares
    assert [e for e in kgner.extract(no_party).entities if e.label == "PARTY"] == []


def test_quoted_ordinary_word_party_names_in_a_list_of_seats():
    text = "«Ишенимге» 8 орун, «Алыянска» 5 орун тийди."
    assert [(f.party.norm, f.seats) for f in _party_results(text)] == [
        ("Ишеним", 8), ("Алыянс", 5)]


@pytest.mark.parametrize("text, expected", [
    ("Итоги голосования:\nПартия | Голоса | %\nАта-Журт Кыргызстан | 237 977 | 17,32\nИшеним | 185 078 | 13,47",
     [("Ата-Журт Кыргызстан", 17.32, 237977, None), ("Ишеним", 13.47, 185078, None)]),
    ("2007-жылкы шайлоонун жыйынтыгы:\nПартия | Пайыз | Орун\nАк Жол | 46,99 | 71\nПКК | 5,12 | 8",
     [("Ак Жол", 46.99, None, 71), ("Кыргызстан коммунисттер партиясы", 5.12, None, 8)]),
    ("Партия | % | мандаты — Ата-Журт Кыргызстан | 17,23 | 15; Ишеним | 12,80 | 12",
     [("Ата-Журт Кыргызстан", 17.23, None, 15), ("Ишеним", 12.8, None, 12)]),
])
def test_party_results_read_from_a_headed_pipe_table(text, expected):
    import kgner
    extraction = kgner.extract(text)
    assert [(f.party.norm, f.percent_value, f.votes, f.seats) for f in extraction.facts
            if isinstance(f, PartyResult)] == expected
    # the party names are whole, without the cell bar
    assert all("|" not in e.text for e in extraction.entities)


@pytest.mark.parametrize("text,old,new,lang", [
    ("В 2010 году «Ата-Журт» набрала 8,47%, а в 2015-м получила лишь 2,31%.", "8,47%", "2,31%", "ru"),
    ("«Ата-Журт» 2010-жылы 8,47% алып, 2015-жылкы шайлоодо 2,31% менен калды.", "8,47%", "2,31%", "ky"),
    ("По предварительным данным «Замандаш» набирал 5,05%, однако по окончательным итогам у него 4,87%.",
     "5,05%", "4,87%", "ru"),
])
def test_party_share_of_the_latest_year_or_the_final_count(text, old, new, lang):
    party = re.search(r"«([^»]+)»", text).group(1)
    e = ex(text, ("PARTY", party, party), ("PERCENT", old, old[:-1].replace(",", ".")),
           ("PERCENT", new, new[:-1].replace(",", ".")), lang=lang)
    assert [f.percent.text for f in only(build_facts(e), PartyResult)] == [new]



def test_party_later_election_clause_keeps_the_earlier_seats_out():
    text = "Партия «Замандаш» в 2015 году получила 12,93% и 18 мандатов, а в 2020-м, по первым данным, — 8,76%."
    e = ex(text, ("PARTY", "Замандаш", "Замандаш"), ("PERCENT", "12,93%", "12.93"), ("PERCENT", "8,76%", "8.76"))
    assert [(f.percent.text, f.seats) for f in only(build_facts(e), PartyResult)] == [("8,76%", None)]


def test_kyrgyz_participle_clause_with_votes_and_their_share_in_brackets():
    # the bracket after the count is inside the clause that gives the party's figures
    text = "Баткен шаарында 6 640 добуш (36,1%) алган «Ата-Журт» партиясы 8 орунга ээ болду."
    e = ex(text, ("PERCENT", "36,1%", "36.1"), ("PARTY", "Ата-Журт", "Ата-Журт"), lang="ky")
    assert [(f.percent.text if f.percent else None, f.votes, f.seats)
            for f in only(build_facts(e), PartyResult)] == [("36,1%", 6640, 8)]


@pytest.mark.parametrize("text, expected", [
    # a year with a Russian case ending is no vote count
    ("«Ата Мекен», которая в 2015 году набрала 7,72 процента голосов, в 2020-м с результатом 4,3% осталась "
     "за бортом парламента.", [("Ата Мекен", "4.3", None, None)]),
    # a decimal comma typed with a space before one digit and a spaced sign
    ("Өзгөн шаардык кеңешине шайлоодо КСДП 46, 8 % менен 10 мандат, «Замандаш» 9, 02 % менен 2 мандат алды.",
     [("Кыргызстандын Социал-демократиялык партиясы", "46.8", None, 10), ("Замандаш", "9.02", None, 2)]),
    # a quoted party name with its later word in lower case, and seats in brackets after a descriptor
    ("Калган орундар \"Кыргызстан\" (18), \"Бир бол\" Мамлекеттик биримдик жана мекенчилдик саясий партиясы (12) "
     "жана \"Ата Мекен\" саясий социалисттик партиясы (11) ортосунда бөлүштүрүлдү.",
     [("Кыргызстан", None, None, 18), ("Бир Бол", None, None, 12), ("Ата Мекен", None, None, 11)]),
])
def test_party_results_in_scraped_local_news_shapes(text, expected):
    assert [(f.party.norm, f.percent.norm if f.percent else None, f.votes, f.seats)
            for f in _party_results(text)] == expected


def test_a_lower_case_word_of_a_party_name_needs_its_quotes():
    import kgner
    assert [e.norm for e in kgner.extract('"Бир бол" 7,4 % менен 2 мандат алды.').entities
            if e.label == "PARTY"] == ["Бир Бол"]
    assert [e for e in kgner.extract("Бир бол деп айтты, 7,4 % алды.").entities if e.label == "PARTY"] == []


@pytest.mark.parametrize("text, expected", [
    # the final count after ', но' is the party's figure, not the preliminary one
    ("«Эл Умуту» по предварительным данным проходила в парламент с 5,6%, но после ручного пересчета у нее "
     "осталось лишь 4,46 процента.", [("Эл Үмүтү", "4.46", None, None)]),
    ("«Ишеним» алгач 25,6 % алган, бирок кайра эсептегенден кийин 26,01 % менен 8 мандатка ээ болду.",
     [("Ишеним", "26.01", None, 8)]),
    # a later year's clause after a conditional one
    ("Кыргызстандын Социал-демократиялык партиясы 2010-жылы 26 мандат алса, 2015-жылдагы шайлоодо 38 мандатка ээ болду.",
     [("Кыргызстандын Социал-демократиялык партиясы", None, None, 38)]),
    # the next party's leader in the Russian genitive after `партии` ends the figures of the one before
    ("Второе место у СДПК (237 тысяч 634 голоса), третье – у партии Феликса Кулова \"Ар-Намыс\", собравшей "
     "229 916 голосов.", [("Кыргызстандын Социал-демократиялык партиясы", None, 237634, None),
                          ("Ар-Намыс", None, 229916, None)]),
    # a count and its share joined by `же` is no range
    ("Жыйынтык боюнча \"Ата-Журт Кыргызстан\" 2 203 добуш же 24,6 пайыз, \"Ишеним\" 1 760 же 19,65 пайыз алды.",
     [("Ата-Журт Кыргызстан", "24.6", 2203, None), ("Ишеним", "19.65", 1760, None)]),
    # votes in a participle clause before the party, its share after it
    ("Экинчи орунду 2 205 добуш алган «Ишеним» (17,81 %) ээледи.", [("Ишеним", "17.81", 2205, None)]),
])
def test_party_results_of_later_counts_years_and_split_figures(text, expected):
    assert [(f.party.norm, f.percent.norm if f.percent else None, f.votes, f.seats)
            for f in _party_results(text)] == expected


@pytest.mark.parametrize("text, expected", [
    ("Из 31 депутатского места 11 получил «Ата-Журт Кыргызстан», 8 – «Ынтымак», по 6 – «Ишеним» и «Альянс».",
     [("Ата-Журт Кыргызстан", 11), ("Ынтымак", 8), ("Ишеним", 6), ("Алыянс", 6)]),
    ("Из 120 мест в Жогорку Кенеше 38 достанутся СДПК, 28 – «Республике – Ата-Журт», 18 и 13 – партиям "
     "«Кыргызстан» и «Онугуу-Прогресс» соответственно, 12 – «Бир Бол» и 11 – «Ата Мекену».",
     [("Кыргызстандын Социал-демократиялык партиясы", 38), ("Республика – Ата-Журт", 28), ("Кыргызстан", 18),
      ("Өнүгүү-Прогресс", 13), ("Бир Бол", 12), ("Ата Мекен", 11)]),
])
def test_russian_seat_lists_with_the_seats_before_the_parties(text, expected):
    assert [(f.party.norm, f.seats) for f in _party_results(text)] == expected


def test_a_share_in_a_named_district_is_a_candidates():
    text = ("«Ишеним» партиясы 13,61 пайыз добуш менен экинчи орунду ээледи. От партии прошли несколько "
            "кандидатов; один из них в Ноокатском округе набрал 41,2% голосов.")
    assert [(f.party.norm, f.percent.norm) for f in _party_results(text)] == [
        ("Ишеним", "13.61")]



@pytest.mark.parametrize("text, expected", [
    # an earlier year's apposition with a decimal comma in it, then the later figure
    ("СДПК, набравшая 8,04% в 2010 году, на выборах 2015 года улучшила результат до 27,35%.",
     [("Кыргызстандын Социал-демократиялык партиясы", "27.35", None)]),
    # an earlier year's seats in the apposition, the later seats after it
    ("«Ата Мекен», получившая в 2010 году 18 мест, на выборах 2015 года смогла провести в парламент лишь 11 депутатов.",
     [("Ата Мекен", None, 11)]),
    # the apposition keeps its figures when nothing after it is the party's
    ("Больно было «Ата-Мекену», который на выборах 2015 года с 7,72% получил 11 мандатов, а теперь не дотянул "
     "до барьера 1,52 п.п.", [("Ата Мекен", "7.72", 11)]),
])
def test_party_figures_after_an_earlier_years_apposition(text, expected):
    assert [(f.party.norm, f.percent.norm if f.percent else None, f.seats)
            for f in _party_results(text)] == expected


@pytest.mark.parametrize("text, expected", [
    # a party's speaker gives its seats only; `Биз 13` is no `из 13`
    ("«Биз 13 мандат алдык, бул болгону башталышы», — заявил на брифинге лидер партии «Ыйман Нуру».",
     [("Ыйман Нуру", None, 13)]),
    # a recount by hand after `болсо,`
    ("Алдын ала эсептөө боюнча «Альянс» 5,9 пайыз алган болсо, кол менен кайра эсептөөдөн кийин анын "
     "көрсөткүчү 5,42 пайызга түштү.", [("Алыянс", "5.42", None)]),
])
def test_party_results_in_a_speakers_quote_and_after_a_recount(text, expected):
    assert [(f.party.norm, f.percent.norm if f.percent else None, f.seats)
            for f in _party_results(text)] == expected


@pytest.mark.parametrize("text, expected", [
    # a quoted party the knowledge base lacks, with its share, beside one known party
    ("В горкенеш прошли СДПК (30,1%) и «Яшлар» (12,5%).",
     [("Кыргызстандын Социал-демократиялык партиясы", "30.1"), ("Яшлар", "12.5")]),
    ("Шайлоодо КСДП 30,1 пайыз, “Глас народа” 12,5 пайыз алды.",
     [("Кыргызстандын Социал-демократиялык партиясы", "30.1"), ("Глас народа", "12.5")]),
    # `Вместе` in a party's name is no share of several parties together
    ("В горкенеш прошли СДПК (30,1%) и «Бирге-Вместе» (12,5%).",
     [("Кыргызстандын Социал-демократиялык партиясы", "30.1"), ("Бирге", "12.5")]),
    # the ballot line against all is no party
    ("«Ата Мекен» — 3,48%, «Социал-демократы» — 3,21%. «Против всех» — 2,17%.",
     [("Ата Мекен", "3.48"), ("Социал-демократтар", "3.21")]),
])
def test_unlisted_quoted_parties_with_their_shares(text, expected):
    assert [(f.party.norm, f.percent.norm) for f in _party_results(text)] == expected


def test_party_names_with_a_doubled_consonant_written_single_and_spaced_decimals_in_a_list():
    text = ("Ноокатта КСДП 41,5 % (9 мандат), 30, 25 % алып 7 мандатка ээ болгон Кыргызстан коммунистеринин "
            "партиясы, \"Өнүгүү-Прогрес\" 6, 12 % (2 мандат) алды.")
    assert [(f.party.norm, f.percent.norm, f.seats) for f in _party_results(text)] == [
        ("Кыргызстандын Социал-демократиялык партиясы", "41.5", 9), ("Кыргызстан коммунисттер партиясы", "30.25", 7),
        ("Өнүгүү-Прогресс", "6.12", 2)]


@pytest.mark.parametrize("text, expected", [
    # the minutes of a post's time are no seats before the party
    ("03:15 — «Ыйман Нуру» 6,17 пайыз менен беш мандатка ээ болот.", [("Ыйман Нуру", "6.17", None, 5)]),
    # Russian `голоса,` is no Kyrgyz conditional ending the party's clause
    ("02:20 | ЦИК: за «Ата-Журт Кыргызстан» отдано 234 892 голоса, это 17,32%, что даёт партии пятнадцать "
     "мандатов.", [("Ата-Журт Кыргызстан", "17.32", 234892, 15)]),
    # a candidate's rival from a party gives no party result
    ("23:40 — В одномандатном округе №13 кандидат от «Ата Мекена» набирает 38,2% голосов, его соперник от "
     "«Ишенима» — 31,5%. По партийным спискам «Ата Мекен» получает лишь 3,5%.", [("Ата Мекен", "3.5", None, None)]),
    # two parties' shares set against each other in their order
    ("00:30 | Отрыв «Биримдика» от «Мекеним Кыргызстан» сократился до 0,6 пункта: 24,5% против 23,9%.",
     [("Биримдик", "24.5", None, None), ("Мекеним Кыргызстан", "23.9", None, None)]),
    # a speaker's `у нас 13 мандатов`
    ("«Онугуу-Прогресс» штабынан орусча билдирүү келди: «По нашим подсчётам, у нас 13 мандатов, и мы довольны».",
     [("Өнүгүү-Прогресс", None, None, 13)]),
])
def test_party_results_in_live_blog_posts(text, expected):
    assert [(f.party.norm, f.percent.norm if f.percent else None, f.votes, f.seats)
            for f in _party_results(text)] == expected


def test_facts_read_through_html_markup_with_offsets_into_the_original():
    import kgner
    text = ("<p>По данным ЦИК, &laquo;Ата-Журт Кыргызстан&raquo; &mdash; 17,32%, &laquo;Ишеним&raquo; &mdash; "
            "13,61%.</p><p>На участке&nbsp;№1047 сломался КЭСБ.</p>")
    x = kgner.extract(text)
    assert [(f.party.norm, f.percent.norm) for f in x.facts if isinstance(f, PartyResult)] == [
        ("Ата-Журт Кыргызстан", "17.32"), ("Ишеним", "13.61")]
    incident = next(f for f in x.facts if isinstance(f, StationIncident))
    assert (incident.station.norm, incident.kind) == ("1047", "equipment")
    assert incident.sentence_text == text[incident.sentence[0]:incident.sentence[1]]
    assert all(text[f.percent.start:f.percent.end] == f.percent.text for f in x.facts if isinstance(f, PartyResult))


def test_facts_read_words_with_latin_homoglyphs():
    import kgner
    text = "«Ата-Журт Кыргызстан» получил 15 мaндатов и 17,32% гoлосов. На участке №1047 слoмался КЭСБ."
    x = kgner.extract(text)
    assert [(f.party.norm, f.percent.norm, f.seats) for f in x.facts if isinstance(f, PartyResult)] == [
        ("Ата-Журт Кыргызстан", "17.32", 15)]
    assert [(f.station.norm, f.kind) for f in x.facts if isinstance(f, StationIncident)] == [("1047", "equipment")]



@pytest.mark.parametrize("text, expected", [
    # `болжол менен` is about so many, not a forecast; a party that rose past the threshold keeps its share
    ("№5188-участоктун протоколу боюнча 1 056 бюллетендин 468и «Ата-Журт Кыргызстанга» тиешелүү, бул болжол менен 44,3%.",
     [("Ата-Журт Кыргызстан", "44.3")]),
    ("Данные после обработки 68% протоколов: «Ынтымак» поднялся до 7,2% и впервые за вечер преодолел барьер.",
     [("Ынтымак", "7.2")]),
    ("Хвост рейтинга по итогам голосования выглядит так: «Чон Казат» — 2,34%, «Замандаш» — 2,15%.",
     [("Чоң Казат", "2.34"), ("Замандаш", "2.15")]),
])
def test_words_near_polls_and_thresholds_that_keep_the_result(text, expected):
    assert [(f.party.norm, f.percent.norm) for f in _party_results(text)] == expected


@pytest.mark.parametrize("text, expected", [
    # `ни одного мандата` is no seat
    ("«Ата Мекен», набравшая 8,29% по стране, не получила ни одного мандата.", [("Ата Мекен", "8.29", None, 0)]),
    # `тыс.` ends no clause before the party's seats; `по пять` is each of the two parties before
    ("Больше всего голосов — 4 тыс. 312 — получила СДПК, которой досталось 13 из 31 мандата; «Кыргызстан» с "
     "2 тыс. 905 голосами будет иметь восемь мест, а «Бир Бол» и «Онугуу-Прогресс» — по пять.",
     [("Кыргызстандын Социал-демократиялык партиясы", None, 4312, 13), ("Кыргызстан", None, 2905, 8),
      ("Бир Бол", None, None, 5), ("Өнүгүү-Прогресс", None, None, 5)]),
])
def test_party_seats_none_thousands_and_each(text, expected):
    assert [(f.party.norm, f.percent.norm if f.percent else None, f.votes, f.seats)
            for f in _party_results(text)] == expected


def test_party_in_focus_takes_its_seats_before_its_share_not_the_next_clauses():
    text = ("Нарын шаарында «Бир Бол» партиясы алдыда. В Нарынском горкенеше партия получит девять мандатов из 21, "
            "набрав 36,5% голосов; социал-демократы из СДПК — шесть мест и 24%.")
    assert [(f.party.norm, f.percent.norm, f.seats) for f in _party_results(text)] == [
        ("Бир Бол", "36.5", 9), ("Кыргызстандын Социал-демократиялык партиясы", "24", 6)]


@pytest.mark.parametrize("text, expected", [
    ("Траектория «Ата Мекена» показательна: 5,6% и 18 мест в 2010-м, 7,72% и 11 мест в 2015-м, 4,3% в 2020-м и, "
     "наконец, 3,48% в 2021 году.", [("Ата Мекен", "3.48", None)]),
    # the earlier year's seats stay with it
    ("Схожая история у «Бир Бол»: 8,52% и 12 кресел в 2015-м против 3,03% в 2020-м.", [("Бир Бол", "3.03", None)]),
])
def test_party_share_of_the_latest_year_named_after_each_figure(text, expected):
    assert [(f.party.norm, f.percent.norm, f.seats) for f in _party_results(text)] == expected


@pytest.mark.parametrize("text, expected", [
    # a seat list with votes spoken of: bare counts after a party with seats are seats; voters as residents
    ("Больше всех — 17 — получила СДПК, за которую проголосовали 24 тыс. 517 жителей; «Республика – Ата-Журт» "
     "взяла 11 мест, «Онугуу-Прогресс» — 7, «Бутун Кыргызстан» и «Бир Бол» — по 5.",
     [("Кыргызстандын Социал-демократиялык партиясы", None, 24517, 17), ("Республика – Ата-Журт", None, None, 11),
      ("Өнүгүү-Прогресс", None, None, 7), ("Бүтүн Кыргызстан", None, None, 5), ("Бир Бол", None, None, 5)]),
    # `партиябыз` stands for the party of the statement
    ("«Ата Мекен» социалисттик партиясынын саясий кеңешинин билдирүүсү. Партиябыз 2015-жылкы шайлоодо 7,72 пайыз "
     "добуш алды.", [("Ата Мекен", "7.72", None, None)]),
    # a threshold crossed, named before the party's share, keeps the share
    ("«Бир Бол» набрал 8,52%, а «Ата-Мекен» лишь немного перешагнул семипроцентный порог — 7,72%.",
     [("Бир Бол", "8.52", None, None), ("Ата Мекен", "7.72", None, None)]),
])
def test_party_results_of_seat_lists_statements_and_thresholds_crossed(text, expected):
    assert [(f.party.norm, f.percent.norm if f.percent else None, f.votes, f.seats)
            for f in _party_results(text)] == expected


@pytest.mark.parametrize("text, expected", [
    # a space before the decimal comma, or after it
    ("Шайлоонун жыйынтыгы боюнча «Онугуу-Прогрес» 9, 3 пайызды, «Бир Бол» 8 ,52 пайызды алышты.",
     [("Өнүгүү-Прогресс", "9.3", None), ("Бир Бол", "8.52", None)]),
    # a dot between thousands of votes ends no sentence
    ("Алдын ала маалымат боюнча «Мекенчил» партиясы 129.348 добуш (6,85%) топтоду, «Республика» партиясы "
     "109.368 добуш менен 5,79 пайыз алды.", [("Мекенчил", "6.85", 129348), ("Республика", "5.79", 109368)]),
    # the line against all ends the figures of the party before it
    ("Кара-Суу шаардык кеңеш, алдын ала жыйынтык\nПартия: добуш (%)\nЫнтымак: 5 412 (28,4)\nЭмгек: 2 007 (10,5)\n"
     "Баарына каршы: 311 (1,6)", [("Ынтымак", "28.4", 5412), ("Эмгек", "10.5", 2007)]),
    # a poll set against the real figure
    ("Шайлоого чейинки сурамжылоо «Биримдик» партиясына 30 пайыз болжолдогон, бирок партиянын чыныгы жыйынтыгы "
     "24,5 пайыз болду.", [("Биримдик", "24.5", None)]),
])
def test_party_results_in_scraped_text(text, expected):
    assert [(f.party.norm, f.percent.norm if f.percent else str(f.percent_value).removesuffix(".0"), f.votes)
            for f in _party_results(text)] == expected


def test_the_outlet_asked_in_the_genitive_is_no_party():
    import kgner
    text = "Ал муну 7-декабрда “Азаттыктын” суроосуна жооп берип жатканда билдирди. Партиялар шайлоого даярданууда."
    assert [e for e in kgner.extract(text).entities if e.label == "PARTY"] == []
    text = "«Эл Үмүтү» менен «Азаттыктын» тарапкерлери чогулду, партиялар 4 пайыз алды."
    assert [e.norm for e in kgner.extract(text).entities if e.label == "PARTY"] == ["Эл Үмүтү", "Азаттык"]


@pytest.mark.parametrize("text, number, lang, expected", [
    # a heading of a place and a station, then the problem
    ("16:15 | Кара-Суу, участок №5218. Наблюдательницу от «Ачык үкөк» почти час не пускали в помещение.",
     "5218", "ru", [("5218", "observers")]),
    # `Там же` goes on about the station just named
    ("Корреспондент побывал на участке №5241 в Оше. Там в полдень сломался сканер бюллетеней.", "5241", "ru",
     [("5241", "equipment")]),
    # a heading, then a report that denies the problem
    ("[16:30] 1222-участок. Председатель УИК: «Сегодня ни одного сбоя, КЕАБ да, принтер да иштеп жатат».",
     "1222", "ru", []),
])
def test_incident_stations_carried_from_a_heading_or_there(text, number, lang, expected):
    assert _station_incidents(text, number, lang) == expected


@pytest.mark.parametrize("text", [
    "Первым проголосовал 83-летний ветеран, комиссия вручила ему памятный сувенир.",
    "На участке №1311 в Канте первым проголосовал 19-летний студент, впервые участвующий в выборах.",
    "Участокто биринчи болуп 90 жаштагы ардагер добуш берди.",
])
def test_an_age_is_no_count_of_voters(text):
    import kgner
    assert [f for f in kgner.extract(text).facts if isinstance(f, Turnout)] == []


@pytest.mark.parametrize("text, expected", [
    # how many the station has is its electorate, not its voters
    ("На участке 1 920 избирателей, к полудню пришли 603 человека.", [("12:00", 603, 1920)]),
])
def test_station_counts_of_voters(text, expected):
    import kgner
    assert [(f.time.norm if f.time else None, f.voters, f.electorate)
            for f in kgner.extract(text).facts if isinstance(f, Turnout)] == expected


@pytest.mark.parametrize("text, expected", [
    ("Боршайкомдун маалыматы боюнча КСДП Чүй облусунда 34,6%, Таласта 38,1%, Ысык-Көлдө 29,8% добуш алды.",
     {("Кыргызстандын Социал-демократиялык партиясы", "34.6"), ("Кыргызстандын Социал-демократиялык партиясы", "38.1"),
      ("Кыргызстандын Социал-демократиялык партиясы", "29.8")}),
    ("В Баткенской области «Ата-Журт Кыргызстан» набрала 31,8%, в Ошской — 27,4%, в городе Ош — 24,9%.",
     {("Ата-Журт Кыргызстан", "31.8"), ("Ата-Журт Кыргызстан", "27.4"), ("Ата-Журт Кыргызстан", "24.9")}),
    ("«Биримдик» Чүй облусунда 31,2%, Бишкекте 19,8% алса, «Мекеним Кыргызстан» Ош облусунда 41,5%, "
     "Жалал-Абад облусунда 33,7% топтоду.",
     {("Биримдик", "31.2"), ("Биримдик", "19.8"), ("Мекеним Кыргызстан", "41.5"), ("Мекеним Кыргызстан", "33.7")}),
])
def test_one_partys_shares_in_several_places_are_a_result_each(text, expected):
    assert {(f.party.norm, f.percent.norm) for f in _party_results(text)} == expected


@pytest.mark.parametrize("text, kept", [
    # a requirement after the figure, a turnout told by the voting verb, a forecast opening the sentence
    ("«Ата Мекен» республика боюнча 8,29% алганы менен, ар бир облуста 0,5% топтоо талабынан улам бир да орун "
     "ала алган жок.", {"8.29"}),
    ("Эксперты связывают потерю голосов СДПК с низкой явкой: в столице проголосовали лишь 23% избирателей.", set()),
    ("За СДПК проголосовали 28% избирателей.", {"28"}),
    ("Эмил Жороевдин болжолунда, «Ынтымак» менен «Ишеним» 10 пайыздан ашык алат.", set()),
    ("По прогнозу аналитиков, СДПК получит 30%.", set()),
])
def test_figures_that_are_no_share_of_the_party(text, kept):
    assert {f.percent.norm for f in _party_results(text) if f.percent} == kept


@pytest.mark.parametrize("text, expected", [
    # seats in words before the party, after `Из N мест/мандатов`
    ("Из 45 мест двенадцать получает «Эмгек», набравший 17,2% голосов.", {("Эмгек", "17.2", 12)}),
    ("Из 45 мандатов семнадцать достались СДПК, четырнадцать — «Республике – Ата-Журт», восемь получила "
     "«Онугуу-Прогресс», а шесть — «Замандаш».",
     {("Кыргызстандын Социал-демократиялык партиясы", None, 17), ("Республика – Ата-Журт", None, 14),
      ("Өнүгүү-Прогресс", None, 8), ("Замандаш", None, 6)}),
    # as many each: `үчтөн`, `бештен`, also to a party before with its own share in brackets
    ("СДПК 24,6% менен 6 мандатка ээ болду, \"Кыргызстан\" жана \"Бир Бол\" үчтөн орун алышты.",
     {("Кыргызстандын Социал-демократиялык партиясы", "24.6", 6), ("Кыргызстан", None, 3), ("Бир Бол", None, 3)}),
    ("«Альянс» (14,3%) жана «Ыйман-Нуру» (13,0%) бештен мандат алышты.",
     {("Алыянс", "14.3", 5), ("Ыйман Нуру", "13", 5)}),
    ("По три места достаются «Адилету» и «Эл Умуту».", {("Адилет", None, 3), ("Эл Үмүтү", None, 3)}),
    ("«Онугуу-Прогресс» с 16,2% займет 5 кресел, столько же достанется «Кыргызстану».",
     {("Өнүгүү-Прогресс", "16.2", 5), ("Кыргызстан", None, 5)}),
    ("«Эмгек» 6 орун алды, ошончо орун «Ынтымакка» тийди.", {("Эмгек", None, 6), ("Ынтымак", None, 6)}),
])
def test_seats_in_words_and_as_many_each(text, expected):
    got = {(f.party.norm, f.percent.norm if f.percent else None, f.seats) for f in _party_results(text)}
    assert got == expected


@pytest.mark.parametrize("text, expected", [
    ("А «Ата Мекен» опустился с 4,3 до 3,48% и опять остался без мест в парламенте.", {("Ата Мекен", "3.48", 0)}),
    ("Партия «Бутун Кыргызстан» остановилась на отметке 4,72% и мест в парламенте не получит.",
     {("Бүтүн Кыргызстан", "4.72", 0)}),
    ("Ни одного мандата не получили «Эл Умуту» (4,46%), «Азаттык» (4,01%) и «Ата Мекен» (3,48%).",
     {("Эл Үмүтү", "4.46", 0), ("Азаттык", "4.01", 0), ("Ата Мекен", "3.48", 0)}),
    ("«Ата Мекен» набрала 7,7% и получила 11 мест, тогда как «Замандаш» осталась без мест с 4,2%.",
     {("Ата Мекен", "7.7", 11), ("Замандаш", "4.2", 0)}),
])
def test_no_seats_said_beside_a_share_is_seats_zero(text, expected):
    got = {(f.party.norm, f.percent.norm if f.percent else None, f.seats) for f in _party_results(text)}
    assert got == expected


@pytest.mark.parametrize("text, expected", [
    # the seats a party's count moved from are not its seats
    ("Анын эсебинен «Ата-Журт Кыргызстандын» орундары 13төн 12ге, «Ынтымактын» орундары 9дан 8ге азайды.",
     {("Ата-Журт Кыргызстан", 12), ("Ынтымак", 8)}),
    ("Фракция СДПК сократилась с 13 до 12 мест, а «Ынтымак» получил 8 мандатов.",
     {("Кыргызстандын Социал-демократиялык партиясы", 12), ("Ынтымак", 8)}),
    # a quoted name is no number word (`«Бирге»` is not `бир` with a dative)
    # (and a quoted name joined to a known party, figures after them, is a party: both got four each)
    ("«Эмгек» менен «Бирге» төрттөн мандат алышты.", {("Эмгек", 4), ("Бирге", 4)}),
])
def test_seats_moved_to_and_quoted_names_that_look_like_numbers(text, expected):
    assert {(f.party.norm, f.seats) for f in _party_results(text)} == expected


@pytest.mark.parametrize("text, expected", [
    # a founder named before the party is no candidate
    ("Эске салсак, 2012-жылы Ош шаардык кеңешинде Мырзакматов негиздеген «Улуттар биримдиги» 45 орундун 23үн алып, "
     "көпчүлүккө ээ болгон.", {("Улуттар биримдиги", None, 23)}),
    # a lower-case descriptor before the party word is a party cue
    ("2007-жылы Ак Жол эл партиясы 90 орундун 71ин ээлеп, бир партиялуу көпчүлүк түздү.", {("Ак Жол", None, 71)}),
    # a list of parts of the whole, each after its party: the part is the party before's, not the next's
    ("«Ата-Журт Кыргызстан» 90 орундун 15ин, «Ишеним» 12син, «Ынтымак» 9ун алды.",
     {("Ата-Журт Кыргызстан", None, 15), ("Ишеним", None, 12), ("Ынтымак", None, 9)}),
    # the figure now, told with the party's measure (`азыр анын көрсөткүчү`)
    ("«Биримдик» бир саат мурун 24,9 пайыз менен келе жаткан, азыр анын көрсөткүчү 24,62 пайызга түштү.",
     {("Биримдик", "24.62", None)}),
    # several parties' seats together are none of theirs
    ("«Биримдик» менен «Мекеним Кыргызстан» биригип 91 орунга ээ болушу ыктымал.", set()),
])
def test_founders_descriptors_the_figure_now_and_seats_together(text, expected):
    got = {(f.party.norm, f.percent.norm if f.percent else None, f.seats) for f in _party_results(text)}
    assert got == expected


@pytest.mark.parametrize("text, expected", [
    ("Из 120 мест «Ата-Журт» занимает двадцать восемь, СДПК — двадцать шесть.",
     {("Ата-Журт", None, 28), ("Кыргызстандын Социал-демократиялык партиясы", None, 26)}),
    ("В итоге в коалицию вошли фракции СДПК, «Кыргызстан», «Онугуу-Прогресс» и «Ата Мекен», объединившие 80 депутатов.",
     set()),
    ("По версии автоматических урн, партия «Эл Умуту» получала около 6% и проходила в парламент, но после сверки "
     "всех протоколов у нее осталось 4,46%, и мандатов партия не получает.", {("Эл Үмүтү", "4.46", 0)}),
])
def test_seats_after_a_verb_of_holding_coalition_totals_and_the_checked_count(text, expected):
    got = {(f.party.norm, f.percent.norm if f.percent else None, f.seats) for f in _party_results(text)}
    assert got == expected


@pytest.mark.parametrize("text, expected", [
    # Russian case forms of `тысяча` go on to the rest of the number
    ("СДПК набрала 3 тысячи 418 голосов (31,7 процента), «Ата Мекен» — 1 тысячу 902 (17,6 процента).",
     {("Кыргызстандын Социал-демократиялык партиясы", "31.7", 3418), ("Ата Мекен", "17.6", 1902)}),
    ("Больше всего голосов — 3 тысячи 967 — получила СДПК, второй стала «Мекеним Кыргызстан» с 2 тысячами 541 голосом.",
     {("Кыргызстандын Социал-демократиялык партиясы", None, 3967), ("Мекеним Кыргызстан", None, 2541)}),
    ("Второй стала «Мекеним Кыргызстан» с 2541 голосом. Далее идут «Бир Бол» (1 тысяча 318), «Кыргызстан» (1 тысяча 87).",
     {("Мекеним Кыргызстан", None, 2541), ("Бир Бол", None, 1318), ("Кыргызстан", None, 1087)}),
])
def test_votes_written_with_thousands_in_any_case(text, expected):
    assert {(f.party.norm, f.percent.norm if f.percent else None, f.votes) for f in _party_results(text)} == expected


@pytest.mark.parametrize("text, expected", [
    # a count of votes before the party is no seats, and the party's seats after it are its own
    ("Больше всех голосов — 257 тысяч 100 — получила партия «Ата-Журт», ей достанется 28 мандатов. СДПК поддержали "
     "237 тысяч 634 избирателя, у партии будет 26 мест.",
     {("Ата-Журт", None, 257100, 28), ("Кыргызстандын Социал-демократиялык партиясы", None, 237634, 26)}),
    ("90 орундуу Жогорку Кеңештин 71 ордун бийликтеги «Ак Жол» партиясы ээледи.", {("Ак Жол", None, None, 71)}),
    # the older Russian country name in a party's name; the party a rank is told after is not the subject
    ("Социал-демократическая партия Киргизии с 5,12 процента займет 11 кресел, Партия коммунистов Киргизии — восемь.",
     {("Кыргызстандын Социал-демократиялык партиясы", "5.12", None, 11),
      ("Кыргызстан коммунисттер партиясы", None, None, 8)}),
    ("11 апреля партия «Ак Бата» набрала 12,38 процента голосов и заняла второе место после «Эмгека».",
     {("Ак бата", "12.38", None, None)}),
    ("В кенеш также проходят «Ата-Журт» (9,6 процента) и «Ар-Намыс» (7,2 процента). Остальные восемь партий, "
     "включая «Ата Мекен», набрали менее семи процентов.", {("Ата-Журт", "9.6", None, None), ("Ар-Намыс", "7.2", None, None)}),
    ("По итогам выборов 17 ноября «Жаңы Кыргызстан» занял в кенеше 20 мест из 41, «Адилет» — 17, «Эмгек» — четыре.",
     {("Жаңы-Кыргызстан", None, None, 20), ("Адилет", None, None, 17), ("Эмгек", None, None, 4)}),
])
def test_counts_houses_old_country_names_and_ranks(text, expected):
    got = {(f.party.norm, f.percent.norm if f.percent else None, f.votes, f.seats) for f in _party_results(text)}
    assert got == expected


@pytest.mark.parametrize("text, expected", [
    # no seats said for the others before a contrast is not this party's
    ("Ни одного мандата не получили мелкие партии, а «Ата-Журт Кыргызстан» набрала 17,32%.",
     {("Ата-Журт Кыргызстан", "17.32", None)}),
    # a singular `объединившая` describes one party, not several together
    ("«Ата-Журт Кыргызстан», объединившая два крыла, набрала 17,32% голосов.", {("Ата-Журт Кыргызстан", "17.32", None)}),
    # the Russian `он` after a dash is no Kyrgyz ten
    ("СДПК получила 38 мандатов, «Ата Мекен» — он, по словам лидера, доволен.",
     {("Кыргызстандын Социал-демократиялык партиясы", None, 38)}),
])
def test_review_fixes_of_the_tenth_session(text, expected):
    got = {(f.party.norm, f.percent.norm if f.percent else None, f.seats) for f in _party_results(text)}
    assert got == expected



@pytest.mark.parametrize("text, expected", [
    # a share restating the count of the sentence before, opened by `Это` / `Бул`: a fact of its own
    ("«Ата-Журт Кыргызстан» бирдиктүү округ боюнча 221 миң 41 добуш топтоду. Бул шайлоого катышкандардын 17,32 "
     "пайызын түзөт.", {("Ата-Журт Кыргызстан", None, 221041), ("Ата-Журт Кыргызстан", "17.32", None)}),
    ("Победу одержала партия «Ынтымак»: за ее список проголосовали 1 874 жителя. Это 38,6 процента от числа "
     "принявших участие в голосовании.", {("Ынтымак", None, 1874), ("Ынтымак", "38.6", None)}),
    # not a gap (`... пайыздан ашык аз`), not `Бул жолу` (this time) with the voters' turnout
    ("«Республика – Ата-Журт» 20,08 пайыз алды. Бул көрсөткүч жеңүүчү СДПКныкынан жети пайыздан ашык аз.",
     {("Республика – Ата-Журт", "20.08", None)}),
    ("2008-жылы «Ак Жол» шаардык кеңештен 36 орун алган. Бул жолу шаардын шайлоочуларынын 48 пайызга жакыны "
     "добуш берди.", {("Ак Жол", None, None)}),
])
def test_a_share_restating_the_count_before(text, expected):
    assert {(f.party.norm, f.percent.norm if f.percent else None, f.votes) for f in _party_results(text)} == expected


@pytest.mark.parametrize("text, expected", [
    # an `if` clause's figure set against the one after `то`: the later moment of the count
    ("По мере обработки протоколов отрыв СДПК сокращается. Если в полночь у социал-демократов было 29,1%, то к 06:00, "
     "после обработки данных 2 168 участков из 2 397, партия набирает 27,44%.",
     {("Кыргызстандын Социал-демократиялык партиясы", "27.44")}),
    # the count by hand after the machines' (`... көрсөткөн болсо, кол менен эсептөөдөн кийин анын үлүшү`)
    ("Шайлоо күнү автоматтык урналар «Бирге» партиясына 20,42% көрсөткөн болсо, кол менен эсептөөдөн кийин анын "
     "үлүшү 21,05%га жетти.", {("Бирге", "21.05")}),
    # (not two elections told with their years)
    ("Партия «Кыргызстан» растеряла поддержку. Если в 2015-м она набрала 12,93% и получила 18 мандатов, то теперь ее "
     "результат — 8,76%.", {("Кыргызстан", "12.93")}),
])
def test_an_if_clause_figure_and_the_later_one(text, expected):
    assert {(f.party.norm, f.percent.norm) for f in _party_results(text) if f.percent} == expected


def _figures(f: PartyResult) -> tuple:
    pct = f.percent.norm if f.percent else f.percent_value
    return f.party.norm, None if pct is None else float(pct), f.votes, f.seats


@pytest.mark.parametrize("text, expected", [
    # a place on the ballot after `№` is no count, also where the post before spoke of votes
    ("20:00 Добуштарды эсептөө башталды. 20:15 — Бюллетенде 21 партия бар, \"Ата Мекен\" №1, \"Ишеним\" №7, "
     "\"Ата-Журт Кыргызстан\" №15 болуп катталган.", set()),
    # a number's thousands split by an HTML no-break space
    ("По данным ЦИК, партия «Реформа» набрала 32&nbsp;279 голосов, или 1,64%.", {("Реформа", 1.64, 32279, None)}),
    # a bare count in brackets too large for seats is votes, where a glued later sentence speaks of mandates
    ("Итоги выборов в горкенеш Балыкчы: «Эмгек» 8,8% (757);«Ак Жол» 7,1% (610).В Балыкчы 31 мандат.",
     {("Эмгек", 8.8, 757, None), ("Ак Жол", 7.1, 610, None)}),
    # a scraped list with no spaces: the count after a party's dash is its own, not the next party's
    ("Итоги выборов в Ошский горкенеш:«Ата-Журт Кыргызстан»—19 мест«Биздин Кыргызстан»—15 мест«Бир Бол»—4",
     {("Ата-Журт Кыргызстан", None, None, 19), ("Биздин Кыргызстан", None, None, 15), ("Бир Бол", None, None, 4)}),
    # seats in words then a comma end a party's part before the next party's participle clause
    ("Жаңы курамда 7,04 %ын алган \"Бүтүн Кыргызстан\" алты орунга, 6,17 % алган \"Ыйман Нуру\" беш орунга ээ.",
     {("Бүтүн Кыргызстан", 7.04, None, 6), ("Ыйман Нуру", 6.17, None, 5)}),
    # a table framed by pipes, its rows on lines of their own (`<br>`)
    ("Итоги ЦИК<br>| Партия | Голоса | % |<br>| Ишеним | 170 165 | 13,61 |<br>| Ынтымак | 137 533 | 11,00 |",
     {("Ишеним", 13.61, 170165, None), ("Ынтымак", 11.0, 137533, None)}),
    # `экөө тең мандатсыз`: both without seats, not two seats
    ("БШКнын маалыматы боюнча, \"Эл Үмүтү\" 4,46 пайыз, \"Азаттык\" 4,01 пайыз алган жана экөө тең мандатсыз калган.",
     {("Эл Үмүтү", 4.46, None, None), ("Азаттык", 4.01, None, None)}),
])
def test_party_results_in_scraped_and_run_together_text(text, expected):
    assert {_figures(f) for f in _party_results(text)} == expected


@pytest.mark.parametrize("text, expected", [
    # a protocol's table with slashes, and one with dashes, its header naming the columns
    ("Наименование политической партии / число голосов / процент: «Замандаш» / 4 105 / 26,54; «Элдик» / 3 022 / "
     "19,54. Против всех – 1 065 / 6,89.", {("Замандаш", 26.54, 4105, None), ("Элдик", 19.54, 3022, None)}),
    ("Саясий партиянын аталышы – добуштардын саны – пайызы – мандаттардын саны: \"Ак Жол\" – 3 318 – 29,85 – 9; "
     "\"Жаңы Доор\" – 402 – 3,62 – 0.", {("Ак Жол", 29.85, 3318, 9), ("Жаңы Доор", 3.62, 402, 0)}),
    # no seats told by a participle before the list (Kyrgyz `бир да мандат ала албаган`)
    ("Бир да мандат ала албаган партиялардын арасында \"Эл Үмүтү\" (4,46%) жана \"Азаттык\" (4,01%) бар.",
     {("Эл Үмүтү", 4.46, None, 0), ("Азаттык", 4.01, None, 0)}),
    # `respectively` after two lists, shares then seats
    ("По итогам выборов «Ак Жол», «Элдик» и «Замандаш» получают 36,4%, 29,8% и 18,1% голосов и 9, 7 и 5 мандатов "
     "соответственно.", {("Ак Жол", 36.4, None, 9), ("Элдик", 29.8, None, 7), ("Замандаш", 18.1, None, 5)}),
    # the seats before `respectively`, the parties after its verb
    ("Кроме того, по пять и три мандата соответственно получили «Замандаш» и «Ак Жол».",
     {("Замандаш", None, None, 5), ("Ак Жол", None, None, 3)}),
])
def test_party_results_of_commission_protocols_and_lists(text, expected):
    assert {_figures(f) for f in _party_results(text)} == expected


@pytest.mark.parametrize("text, expected", [
    # seats in words after the party word that follows the name (`саясий партиясына жети`)
    ("Мандаттар бөлүштүрүлүп, \"Ынтымак\" саясий партиясына жети, \"Ишеним\" саясий партиясына төрт, \"Элдик\" "
     "саясий партиясына эки мандат берилди.", {("Ынтымак", None, None, 7), ("Ишеним", None, None, 4), ("Элдик", None, None, 2)}),
    # parts of the whole in the accusative before each party, one of them unquoted
    ("Мандаттардын онун \"Эмгек\", тогузун \"Ак бата\", сегизин Кыргызстандын элдик-демократиялык партиясы алды.",
     {("Эмгек", None, None, 10), ("Ак бата", None, None, 9), ("Кыргызстандын элдик-демократиялык партиясы", None, None, 8)}),
    # voters who backed the party counted after it; votes before the party with `тыс.`
    ("“Ак Жол” поддержали 1 тыс. 118 избирателей, “Жаңы Доор” – 642.",
     {("Ак Жол", None, 1118, None), ("Жаңы Доор", None, 642, None)}),
    ("Больше всего голосов – 2 тыс. 914 – получила партия “Замандаш”, на втором месте “Элдик” – 1 877 голосов.",
     {("Замандаш", None, 2914, None), ("Элдик", None, 1877, None)}),
    # a count after `на` is a hope or a difference, no count of the party's own
    ("Согласно опросу, партия «Ата-Журт Кыргызстан» могла бы рассчитывать на 18 процентов голосов, «Ишеним» – на 12 "
     "процентов, «Ынтымак» – на 9.", set()),
])
def test_party_results_of_seat_lists_backers_and_hopes(text, expected):
    assert {_figures(f) for f in _party_results(text)} == expected


def test_respectively_after_a_party_named_by_its_members_does_not_fail():
    """A party told by its members (`социал-демократтарга`) has offsets but no entity index."""
    text = ("Андан кийинки орундарда 18,9 пайыз менен \"Мекеним Кыргызстан\", 12,3 пайыз менен \"Социал-демократтар\" "
            "турат. Биримдикке 12 мандат, Мекеним Кыргызстанга 7 мандат, социал-демократтарга 4 мандат берилет. "
            "Калган сегиз мандат дагы үч партияга бөлүнөт.")
    assert ("Мекеним Кыргызстан", 7) in {(f.party.norm, f.seats) for f in _party_results(text)}


@pytest.mark.parametrize("text, expected", [
    # `если ..., то ...`: the share before the party of the `то` clause is that party's, not the one before
    ("Если в столице уверенно лидирует «Жаны Куч», то в Караколе первое место с 22.4% заняла «Замандаш».",
     {("Замандаш", 22.4, None, None)}),
    # an unlisted quoted name joined in one list to a known party, figures after the list
    ("Теперь первое место с 26,4% голосов заняла партия «Ата-Журт Кыргызстан», а «Нарын Өнүгүү» и «Замандаш» "
     "получили 17,9% и 12,2% соответственно.",
     {("Ата-Журт Кыргызстан", 26.4, None, None), ("Нарын Өнүгүү", 17.9, None, None), ("Замандаш", 12.2, None, None)}),
    # townspeople who voted for it are its votes
    ("Уверенную победу одержала «Ата-Журт Кыргызстан», за которую проголосовали 41 208 горожан (49,1%).",
     {("Ата-Журт Кыргызстан", 49.1, 41208, None)}),
    # a semicolon, then the same party told again
    ("Третье место заняла партия «Таласская инициатива»; она набрала 2 185 голосов.",
     {("Таласская инициатива", None, 2185, None)}),
])
def test_party_results_across_then_clauses_joined_names_and_semicolons(text, expected):
    assert {_figures(f) for f in _party_results(text)} == expected


@pytest.mark.parametrize("text, expected", [
    # local parties the KB lacks named by their seats after them, or by a part of the whole in the accusative before
    ("Кеңешке шайлоодо \"Ынтымак\" 13 орун, \"Ысык-Көл Ынтымагы\" 10 орун, \"Ак Шумкар\" 8 орун алган.",
     {("Ынтымак", None, None, 13), ("Ысык-Көл Ынтымагы", None, None, 10), ("Ак Шумкар", None, None, 8)}),
    ("25 орундун 11ин \"Элдик\" алса, 8ин \"Кочкор Өрнөгү\", калган 6сын \"Ак Жол\" партиясы алды.",
     {("Элдик", None, None, 11), ("Кочкор Өрнөгү", None, None, 8), ("Ак Жол", None, None, 6)}),
    # or by a share typed with a space in its decimal
    ("\"Ак Жол\" 41, 28 % алып 8 мандатка, \"Береке\" 27, 5 % менен 6 мандатка ээ болду.",
     {("Ак Жол", 41.28, None, 8), ("Береке", 27.5, None, 6)}),
    # `ей` with the seats going to it stands for the party of the sentence before
    ("Лидером стала партия «Ишеним», за которую проголосовали 6 211 человек, или 35,8%. Ей достанется 12 мандатов из 31.",
     {("Ишеним", 35.8, 6211, None), ("Ишеним", None, None, 12)}),
    # seats of a whole before the party, set off by dashes
    ("В городском кенеше Кемина большинство — девять мест из 17 — получила партия «Биримдик» (44,1%).",
     {("Биримдик", 44.1, None, 9)}),
    # votes in brackets after the share, inside the participle clause before the party
    ("3,44 пайыз (201 добуш) алган \"Ата Мекен\" мандатсыз калды.", {("Ата Мекен", 3.44, 201, None)}),
])
def test_party_results_of_local_councils_told_in_many_shapes(text, expected):
    assert {_figures(f) for f in _party_results(text)} == expected


@pytest.mark.parametrize("text, expected", [
    # votes between the word for the party and its share; votes alone after `бул саясий күч`, `ал`
    ("\"Элдик\" партиясы жеңишке жетти. Жеңүүчү партия 4 812 добуш алды, бул 41,3 пайызды түзөт.",
     {("Элдик", 41.3, 4812, None)}),
    ("Нарын шаардык кеңешине шайлоодо \"Ак Жол\" биринчи орунга чыкты. Бул саясий күч 3 184 добуш топтоду.",
     {("Ак Жол", None, 3184, None)}),
    ("Шайлоонун жыйынтыгында \"Ынтымак\" 31,6 пайыз алып, биринчи орунду ээледи. Ал 5 миң 190 добушка ээ болду.",
     {("Ынтымак", 31.6, None, None), ("Ынтымак", None, 5190, None)}),
    # `ее результат` (her result) stands for the party in focus
    ("Первое место заняла «Ата-Журт Кыргызстан». Ее результат — 46,8% голосов.", {("Ата-Журт Кыргызстан", 46.8, None, None)}),
    # a leader of the party got the figure, not the party
    ("Партия «Социал-демократы» обратилась в Верховный суд. Один из лидеров партии, баллотировавшийся в одномандатном "
     "округе, получил 18,4% голосов.", set()),
])
def test_party_in_focus_votes_its_result_and_its_leaders(text, expected):
    assert {_figures(f) for f in _party_results(text)} == expected


@pytest.mark.parametrize("text, expected", [
    # the person who says it is the source, not a contender for the figure
    ("«Ынтымак» партиясынын лидери маалымат жыйынында сүйлөдү. Маматалиевдин айтымында, партия 11 пайыз добуш топтоп, "
     "үчүнчү орунга чыккан.", {("Ынтымак", 11.0, None, None)}),
    # seats hoped for are none
    ("Учурда Ата-Журт Кыргызстан 17,9 пайыз менен биринчи орунда. Маткеримовдун айтымында, партия кеминде 15 мандатка "
     "үмүттөнөт.", {("Ата-Журт Кыргызстан", 17.9, None, None)}),
])
def test_party_in_focus_told_by_a_speaker_and_seats_hoped_for(text, expected):
    assert {_figures(f) for f in _party_results(text)} == expected


def test_party_in_focus_quoted_in_the_first_person_with_the_speaker_named_after():
    text = ("Лидер партии «Кыргызстан» на пресс-конференции заявил, что партия стала третьей силой. «Мы получили 12,93 "
            "процента голосов, или 18 мандатов», — сказал Канатбек Исаев.")
    assert {_figures(f) for f in _party_results(text)} == {("Кыргызстан", 12.93, None, 18)}


@pytest.mark.parametrize("text, expected", [
    # every share before its party, the first with a present-tense verb
    ("27,62% голосов набирает СДПК, 19,86% — «Республика – Ата-Журт», 13,14% — «Кыргызстан».",
     {("Кыргызстандын Социал-демократиялык партиясы", 27.62, None, None), ("Республика – Ата-Журт", 19.86, None, None),
      ("Кыргызстан", 13.14, None, None)}),
    # a bare count after the dash, its share in brackets: seats beside the word for votes
    ("Партия «Ынтымак» получает 10 мандатов (34,8% голосов), «Ата-Журт Кыргызстан» — 7 (24,6%), «Ишеним» — 5 (17,1%).",
     {("Ынтымак", 34.8, None, 10), ("Ата-Журт Кыргызстан", 24.6, None, 7), ("Ишеним", 17.1, None, 5)}),
])
def test_party_shares_before_each_party_and_seats_with_bracketed_shares(text, expected):
    assert {_figures(f) for f in _party_results(text)} == expected


def test_places_of_a_ranking_are_no_seats():
    text = "21:55 Талас шаардык кеңеши: \"Мекен Туусу\" 4 миң 118 добуш, \"Акыйкат\" 2 миң 905 добуш алып, алгачкы эки орунда турушат."
    assert {_figures(f) for f in _party_results(text)} == {("Мекен Туусу", None, 4118, None), ("Акыйкат", None, 2905, None)}


def test_seats_of_single_mandate_districts_and_seats_several_parties_share_are_no_partys():
    text = ("Остальные три партии — «Альянс», «Бутун Кыргызстан» и «Ыйман Нуру» — разделят между собой восемнадцать "
            "мандатов, еще 36 депутатов избраны по одномандатным округам.")
    assert not _party_results(text)


def test_a_local_partys_name_in_the_accusative_after_a_count_of_its_backers_is_its_nominative():
    text = ("Сүлүктү шаардык кеңешине эки партия гана өттү: \"Бирге\" жана \"Адилет\". Алар тиешелүүлүгүнө жараша 13 жана 8 "
            "мандат алышты. Шайлоого катышкан 7 миң 905 шайлоочунун 3 миң 118и \"Биргени\", 1 миң 940ы \"Адилетти\" колдоду.")
    found = {_figures(f) for f in _party_results(text)}
    assert ("Бирге", None, 3118, None) in found and "Биргени" not in {f[0] for f in found}
