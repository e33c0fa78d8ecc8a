"""TIME: every example of the foundation issue, asserting label, span and norm."""
import pytest

from conftest import found


@pytest.mark.parametrize("text, span, norm", [
    ("Шайлоо участкалары 08:00дө ачылат", "08:00", "08:00"),
    ("участоктор 20:00дө жабылат", "20:00", "20:00"),
    ("Саат 08:52де урналар иштей баштады", "Саат 08:52", "08:52"),
    ("Ал саат 9га чейин келиши керек", "саат 9", "09:00"),
    ("Голосование завершилось в 20:00 по местному времени", "20:00", "20:00"),
    ("Явка к 10 утра составила", "10 утра", "10:00"),
    ("участки закрылись в 20.00, сообщил ЦИК", "20.00", "20:00"),
    ("саат сегизде ачылды", "саат сегизде", "08:00"),
    ("в восемь вечера закрылись", "восемь вечера", "20:00"),
    ("кечки саат 8де жабылат", "кечки саат 8", "20:00"),
    ("21.30га карата добуш берүүгө келди", "21.30", "21:30"),
    ("Түшкү саат экиге карата катышуу 22,3 пайыз", "Түшкү саат экиге", "14:00"),  # midday: 1-6 -> 13-18
    ("түшкү саат 12де", "түшкү саат 12", "12:00"),
    ("к полудню проголосовали почти 20% избирателей", "полудню", "12:00"),
])
def test_time(text, span, norm):
    assert ("TIME", span, norm) in found(text, "TIME")


@pytest.mark.parametrize("text", [
    "3 саат бою кезекте турдук",   # a duration
    "баасы 20.00 сом",              # a price, no time cue
    "21,5 миң шайлоочу",            # a number
])
def test_not_time(text):
    assert found(text, "TIME") == []


def test_glued_timestamp_and_station():
    assert found("08:201047-бөлүм ачылып, нормалдуу иштеп жатат.") == [
        ("TIME", "08:20", "08:20"), ("POLLING_STATION", "1047", "1047")]


def test_glued_timestamp_and_school():
    assert found("12:155-мектептеги участок") == [("TIME", "12:15", "12:15")]


def test_glued_timestamp_and_date():
    assert found("18:1828.11.2021Буга чейин") == [
        ("TIME", "18:18", "18:18"), ("DATE", "28.11.2021", "2021-11-28")]


def test_timestamp_glued_after_sentence():
    out = found("кезек күтүп жатат.08:201047-бөлүм ачылды")
    assert ("TIME", "08:20", "08:20") in out and ("POLLING_STATION", "1047", "1047") in out
