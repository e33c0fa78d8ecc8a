"""`kgner.text.langid`: the word-score table gives the scores of the plain rule."""
from __future__ import annotations

import random

import pytest

from kgner.text import langid


def plain_score(text: str) -> int:
    total = 0
    for low in langid.WORD.findall(text.lower()):
        if low in langid.KY_WORDS or "ө" in low or "ү" in low or "ң" in low:
            total += 1
        elif low in langid.RU_WORDS:
            total -= 1
    return total


def plain_segments(text: str) -> list[str]:
    spans = [(s.start, s.end) for s in langid.segments(text)]
    scores = [plain_score(text[s:e]) for s, e in spans]
    total = sum(scores)
    default = "ru" if total < 0 else "ky"
    return ["ky" if sc > 0 else "ru" if sc < 0 else default for sc in scores]


TEXTS = ["Шайлоо жана референдум. В Бишкеке же открыли участки!", "ЖАНА ИЛИ. Және",
         "İİ жана. Σ и в на", "", "  \n ", "үч. Үч! ҮЧ? и и и"]


@pytest.mark.parametrize("text", TEXTS)
def test_scores_and_segments(text):
    assert langid.score(text) == plain_score(text)
    assert [s.lang for s in langid.segments(text)] == plain_segments(text)


def test_random_texts_and_a_full_table(monkeypatch):
    limit = len(langid.KY_WORDS | langid.RU_WORDS) + 20
    monkeypatch.setattr(langid._WordScores, "MAX", limit)  # force the table to be emptied
    monkeypatch.setattr(langid, "_SCORES", langid._WordScores())
    rng = random.Random(5)
    for _ in range(500):
        text = "".join(rng.choice("аөүңиİ .!?\nжанаже") for _ in range(rng.randrange(80)))
        assert langid.score(text) == plain_score(text)
        assert [s.lang for s in langid.segments(text)] == plain_segments(text)
    assert len(langid._SCORES) <= limit


@pytest.mark.parametrize("text", TEXTS + ["Саат 08:00. Выборы прошли.\nИ в на. Жок", "и. и. жана"])
def test_lang_index_answers_as_segments(text):
    index = langid.LangIndex(text)
    by_offset = [s.lang for s in langid.segments(text) for _ in range(s.start, s.end)]
    for offset, lang in enumerate(by_offset):
        assert index.lang_at(offset) == lang


def test_sentence_ends_as_the_plain_pattern():
    """SENTENCE_END starts at the punctuation; its match ends are the plain pattern's."""
    import re

    plain = re.compile(r"(?<=[.!?…])\s+|\n+")
    rng = random.Random(9)
    for _ in range(20000):
        text = "".join(rng.choice("a.!?…\n \t\r\u2028\u00a0") for _ in range(rng.randrange(14)))
        ends = [m.end() for m in langid.SENTENCE_END.finditer(text)]
        assert ends == [m.end() for m in plain.finditer(text)], repr(text)
