"""Edge cases a review of the sixth session's rules found, each on a short project-written text."""
import pytest

import kgner
from kgner.facts import PartyResult, Turnout


@pytest.fixture(scope="module")
def rules():
    return kgner.Pipeline(model=False)


def spans(pipeline, text, label):
    return [(e.text, e.norm) for e in pipeline.extract(text).entities if e.label == label]


def test_a_count_of_stations_is_no_station_and_a_school_number_no_district(rules):
    assert spans(rules, "Из 2 400 участков 120 не открылись.", "POLLING_STATION") == []
    assert spans(rules, "В округе №19 победил Кыдыров, в школе №24, говорят, тихо.", "DISTRICT") == [("№19", "19")]


def test_district_names_across_a_decimal_point(rules):
    text = "Явка в Первомайском округе — 15.76%, в Свердловском — 27.50%."
    assert [s for s, _ in spans(rules, text, "DISTRICT")] == ["Первомайском", "Свердловском"]


def test_election_bodies_with_a_known_place_and_a_capital_commission(rules):
    assert spans(rules, "Аламүдүн райондук шайлоо комиссиясы билдирди.", "ELECTION_BODY") == [
        ("Аламүдүн райондук шайлоо комиссиясы", "ТИК")]
    assert spans(rules, "Членов Комиссии участка №2614 заменили.", "ELECTION_BODY") == [("Комиссии участка", "УИК")]


def test_dates_two_digit_year_and_short_month_with_its_year(rules):
    assert spans(rules, "Пункт 1.2.15 закона", "DATE") == []
    assert spans(rules, "2021-жылы 5-окт шайлоо өттү", "DATE") == [("2021-жылы 5-окт", "2021-10-05")]


def test_social_democrats_in_a_sentence_of_2021_beside_sdpk_stay_the_later_party(rules):
    text = "В 2021 году Социал-демократы набрали 2,1%, а СДПК не участвовала."
    assert spans(rules, text, "PARTY")[0] == ("Социал-демократы", "Социал-демократтар")


def test_a_share_after_a_turnout_figure_is_the_partys(rules):
    facts = [f for f in rules.extract("При явке 40% «Ордо» набрала 17%.").facts if isinstance(f, PartyResult)]
    assert [(f.party.norm, f.percent.norm) for f in facts] == [("Ордо", "17")]


def test_a_queue_cue_of_an_earlier_clause_does_not_veto_a_count_with_its_own_verb(rules):
    text = "Түшкө жакын кезек азайып, саат 11:00гө чейин 412 адам добуш берип бүттү."
    facts = [f for f in rules.extract(text).facts if isinstance(f, Turnout)]
    assert [(f.voters, f.time.norm if f.time else None) for f in facts] == [(412, "11:00")]


# ---- the seventh session's review (each case checked against the code before its fix)
def facts_of(pipeline, text, kind):
    return [f for f in pipeline.extract(text).facts if isinstance(f, kind)]


def test_a_share_of_the_voters_stays_a_partys_share(rules):
    text = "СДПК набрала 30,5% проголосовавших избирателей."
    assert [f.percent.norm for f in facts_of(rules, text, PartyResult)] == ["30.5"]


@pytest.mark.parametrize("text, norm", [
    ("Партия «Ала-Тоо» набрала 3,2%.", "Ала-Тоо"),  # pymorphy3 knows the Kyrgyz word `тоо`
    ("Партия «Ак-Арча» набрала 2,1%.", "Ак-Арча"),
])
def test_an_unlisted_kyrgyz_compound_keeps_its_whole_name(rules, text, norm):
    assert [n for _, n in spans(rules, text, "PARTY")] == [norm]


def test_a_six_letter_name_is_no_typo_of_a_five_letter_kb_party():
    from kgner.names.kb import link_misspelt_party
    assert link_misspelt_party("Бирлик") is None


@pytest.mark.parametrize("text", [
    "№1012 участоктун кире беришине мамлекеттик желек илинген.",
    "Шайлоо күнү №1012 участоктун жанында үгүт жүргүзүүгө тыюу салынат.",
    "К полудню на участке №1012 уже голосовали 400 человек.",
    "На участок №1012 привезли дополнительные кабины для 300 человек.",
    "К участку №1012 подъехал автобус с группой журналистов.",
    "Кандидат, голосовавший на участке №1012, пообещал перезагрузку парламента.",
    "После закрытия участка №1012 наблюдатели разошлись по домам.",
    "На участке №1012 связь через интернет зависит от провайдера.",
    "№1012 участоктун сканерлери иштеп жатат, шайлоочулар агымы токтобойт.",
])
def test_neutral_station_reports_are_no_incidents(rules, text):
    from kgner.facts import StationIncident
    assert facts_of(rules, text, StationIncident) == []


def test_a_bound_is_not_dropped_for_another_places_exact_figure(rules):
    text = "К 16:00 явка в Бишкеке — более 40%, в Оше — 40,6%."
    assert sorted(f.percent.norm for f in facts_of(rules, text, Turnout)) == ["40", "40.6"]


def test_a_closing_hour_is_not_passed_to_the_next_sentence(rules):
    text = "Участки работают до 20:00, к 14:00 явка составила 25%. В Оше — 27%."
    assert [(f.time.norm if f.time else None) for f in facts_of(rules, text, Turnout)] == ["14:00", "14:00"]


def test_voters_with_an_age_a_given_name_or_an_earlier_report(rules):
    from kgner.facts import VoteCast
    votes = facts_of(rules, "Сооронбай Жээнбеков (58 лет) проголосовал на участке №1012.", VoteCast)
    assert [v.person.norm for v in votes] == ["Сооронбай Жээнбеков"]
    votes = facts_of(rules, "10:15 Как ранее сообщалось, Садыр Жапаров проголосовал на участке №1012.", VoteCast)
    assert [(v.person.norm, v.time.norm if v.time else None) for v in votes] == [("Садыр Жапаров", "10:15")]


def test_together_after_the_morning_is_no_hour(rules):
    assert spans(rules, "Шайлоочулар эртең менен бирге келишти.", "TIME") == []
    assert spans(rules, "Эртеңки сегизде участоктор ачылат.", "TIME") == [("Эртеңки сегизде", "08:00")]


def test_a_commission_number_after_a_dash_is_no_station(rules):
    assert spans(rules, "Жалобы с участков поступили в ТИК — №3 Ленинского района.", "POLLING_STATION") == []
