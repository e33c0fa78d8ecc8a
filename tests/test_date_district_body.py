import pytest

from conftest import found


@pytest.mark.parametrize("text, span, norm", [
    ("Бүгүн, 28-ноябрда шайлоо өтүп жатат", "28-ноябрда", "--11-28"),
    ("28.11.2021 жыйынтыктар", "28.11.2021", "2021-11-28"),
    ("выборы 28 ноября 2021 года прошли", "28 ноября 2021 года", "2021-11-28"),
    ("2021-жылдын 28-ноябрында өткөн", "2021-жылдын 28-ноябрында", "2021-11-28"),
    ("— Kloop (@kloopnews) November 28, 2021", "November 28, 2021", "2021-11-28"),
])
def test_date(text, span, norm):
    assert ("DATE", span, norm) in found(text, "DATE")


def test_date_range_split():
    assert found("15-16-февралда", "DATE") == [("DATE", "15", "--02-15"),
                                              ("DATE", "16-февралда", "--02-16")]


def test_bare_year_is_not_a_date():
    assert found("2021-жылы шайлоо болду", "DATE") == []


@pytest.mark.parametrize("text, span, norm", [
    ("№8 шайлоо округу боюнча", "№8", "8"),
    ("одномандатный округ №12", "№12", "12"),
    ("13-округ боюнча талапкер", "13", "13"),
])
def test_district(text, span, norm):
    assert ("DISTRICT", span, norm) in found(text, "DISTRICT")


def test_count_of_districts_is_not_a_district():
    assert found("өлкө 36 округга бөлүнгөн", "DISTRICT") == []


@pytest.mark.parametrize("text, span, norm", [
    ("БШК тарабынан жараксыз деп табылган", "БШК", "ЦИК"),
    ("БШКнын басма сөз кызматы", "БШКнын", "ЦИК"),
    ("по данным ЦИК КР", "ЦИК КР", "ЦИК"),
    ("Шайлоо жана референдум өткөрүү боюнча борбордук комиссиясына тапшырды",
     "Шайлоо жана референдум өткөрүү боюнча борбордук комиссиясына", "ЦИК"),
    ("ТИК Ленинского района", "ТИК", "ТИК"),
    ("АШК чечим кабыл алды", "АШК", "ТИК"),
    ("Ош шаардык аймактык шайлоо комиссиясы билдирди",
     "Ош шаардык аймактык шайлоо комиссиясы", "ТИК"),
    ("участковые комиссии начали подсчет", "участковые комиссии", "УИК"),
    ("Боршайкомдун төрагасы", "Боршайкомдун", "ЦИК"),
])
def test_election_body(text, span, norm):
    assert ("ELECTION_BODY", span, norm) in found(text, "ELECTION_BODY")
