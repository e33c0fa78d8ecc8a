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
