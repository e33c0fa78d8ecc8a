import pytest

from conftest import found


@pytest.mark.parametrize("text, span, norm", [
    ("шайлоочулардын 9,17%ы добуш берди", "9,17%", "9.17"),
    ("39 пайыз шайлоочу", "39 пайыз", "39"),
    ("явка составила 22,5 процента", "22,5 процента", "22.5"),
    ("50%дан ашык добуш", "50%", "50"),
    ("получила 10,5 % голосов", "10,5 %", "10.5"),
    ("30 пайыздан ашты", "30 пайыздан", "30"),
    ("0,5-процентный барьер", "0,5-процентный", "0.5"),
    ("пятипроцентный барьер", "пятипроцентный", "5"),
    ("беш пайыздык босого", "беш пайыздык", "5"),
    ("35,30% түзөт", "35,30%", "35.3"),
    ("8, 96 % менен 2 мандатка", "8, 96 %", "8.96"),  # a decimal comma typed with a space
    # Kyrgyz decimals said in words (TV news): tenths, hundredths, a half
    ("жыйырма төрт бүтүн ондон беш пайыз добуш алды", "жыйырма төрт бүтүн ондон беш пайыз", "24.5"),
    ("жыйырма үч бүтүн жүздөн сексен сегиз пайыз", "жыйырма үч бүтүн жүздөн сексен сегиз пайыз", "23.88"),
    ("шайлоочулардын элүү алты жарым пайызы катышты", "элүү алты жарым пайызы", "56.5"),
    # number words opening a sentence
    ("Он жети бүтүн жүздөн отуз эки пайыз, он беш мандат.", "Он жети бүтүн жүздөн отуз эки пайыз", "17.32"),
    ("Пятипроцентный барьер преодолели шесть партий", "Пятипроцентный", "5"),
])
def test_percent(text, span, norm):
    assert ("PERCENT", span, norm) in found(text, "PERCENT")


def test_ranges_split():
    assert found("2,5–3 пайыз", "PERCENT") == [("PERCENT", "2,5", "2.5"), ("PERCENT", "3 пайыз", "3")]
    assert found("25-26 процентов", "PERCENT") == [("PERCENT", "25", "25"),
                                                  ("PERCENT", "26 процентов", "26")]


def test_table_number_is_not_percent():
    assert found("«Ар-Намыс»: 7,67; «Ата-Журт»: 8,47", "PERCENT") == []


def test_a_list_of_numbers_is_not_one_percent():
    assert found("1, 2, 3%", "PERCENT") == [("PERCENT", "3%", "3")]


@pytest.mark.parametrize("text, percents", [
    ("тиешелүүлүгүнө жараша 50,1, 29,4 жана 32,8 пайыз катталган",
     [("50,1", "50.1"), ("29,4", "29.4"), ("32,8 пайыз", "32.8")]),
    ("получили 14,78 и 14,32% соответственно", [("14,78", "14.78"), ("14,32%", "14.32")]),
])
def test_each_decimal_of_a_list_the_word_closes(text, percents):
    assert found(text, "PERCENT") == [("PERCENT", span, norm) for span, norm in percents]
