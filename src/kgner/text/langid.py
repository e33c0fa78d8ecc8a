"""Sentence-level language identification for Kyrgyz and Russian (`ky` / `ru`).

Both languages share most of the Cyrillic alphabet, so letters alone are not enough:
a sentence is scored by Kyrgyz-only letters (ө ү ң) and by each language's most
frequent function words. A sentence with no evidence takes the language of the text.
"""
from __future__ import annotations

import re
from bisect import bisect_right
from dataclasses import dataclass

from .firstchar import guarded

KY_WORDS = frozenset("""жана менен боюнча деп бул үчүн болуп анын да дагы эмес ал алар
шайлоо саат керек жатат берди деди тууралуу ошондой эле бирок же болот болгон келди
кийин чейин бери мындан андан аны ага анда биз мен сен сиз өз ар бир бардык эң ушул
тарабынан катары жок бар эле экен тургай""".split())
RU_WORDS = frozenset("""и в на не что по с со из за от для как это к у о об он она они
был была были быть также который которые которая года году после при до его ее её их
же ли бы или но а то так все всех уже ещё еще только может более чем где когда""".split())
KY_LETTERS = re.compile("[өүңӨҮҢ]")
WORD = re.compile(r"[а-яёөүңА-ЯЁӨҮҢ]+")
SENTENCE_END = guarded(re.compile(r"(?<=[.!?…])\s+|\n+"))  # tried at spaces only


@dataclass(frozen=True, slots=True)
class Segment:
    start: int
    end: int
    lang: str


class _WordScores(dict):
    """Lower-cased word -> +1 (Kyrgyz evidence), -1 (Russian), 0 (none), filled on first
    look-up: words repeat (Zipf), so most look-ups are one dict hit in C, not a test in
    Python. Bounded: emptied back to the function words when it grows past MAX."""

    MAX = 100_000

    def __init__(self) -> None:
        super().__init__()
        self._reset()

    def _reset(self) -> None:
        self.clear()
        self.update({w: -1 for w in RU_WORDS - KY_WORDS})
        self.update({w: 1 for w in KY_WORDS})

    def __missing__(self, word: str) -> int:
        value = 1 if "ө" in word or "ү" in word or "ң" in word else 0
        if len(self) >= self.MAX:
            self._reset()
        self[word] = value
        return value


_SCORES = _WordScores()


def score(text: str) -> int:
    """Positive for Kyrgyz evidence, negative for Russian, 0 for none: +1 for each word
    that is a Kyrgyz function word or has a Kyrgyz-only letter, else -1 for each
    Russian function word."""
    # lower-casing the text once gives the same words as lower-casing each word
    return sum(map(_SCORES.__getitem__, WORD.findall(text.lower())))


def detect(text: str, default: str = "ky") -> str:
    s = score(text)
    return "ky" if s > 0 else "ru" if s < 0 else default


def segments(text: str) -> list[Segment]:
    """Sentences of `text` with their language; together they cover the whole text."""
    spans, start = [], 0
    for m in SENTENCE_END.finditer(text):
        spans.append((start, m.end()))
        start = m.end()
    if start < len(text) or not spans:
        spans.append((start, len(text)))
    # sentences split at whitespace, so no word straddles two: the text's score (which
    # decides the default) is the sum of theirs, and each word is scored once
    low = text.lower()
    if len(low) == len(text):  # lower-case once; WORD reads the sentence in place
        scores = [sum(map(_SCORES.__getitem__, WORD.findall(low, s, e))) for s, e in spans]
    else:  # a letter that lower-cases to two (`İ`) shifts the offsets
        scores = [score(text[s:e]) for s, e in spans]
    total = sum(scores)
    default = "ky" if total > 0 else "ru" if total < 0 else "ky"
    return [Segment(s, e, "ky" if sc > 0 else "ru" if sc < 0 else default)
            for (s, e), sc in zip(spans, scores)]


class LangIndex:
    """Answers `lang_at(offset)` for one text by bisecting its segments."""

    def __init__(self, text: str) -> None:
        self._segments = segments(text)
        self._starts = [s.start for s in self._segments]

    def lang_at(self, offset: int) -> str:
        return self._segments[max(0, bisect_right(self._starts, offset) - 1)].lang
