"""Sentence-level language identification for Kyrgyz and Russian (`ky` / `ru`).

Both languages share most of the Cyrillic alphabet, so letters alone are not enough:
a sentence is scored by Kyrgyz-only letters (ө ү ң) and by each language's most
frequent function words. A sentence with no evidence takes the language of the text.
"""
from __future__ import annotations

import re
from bisect import bisect_right
from dataclasses import dataclass

KY_WORDS = frozenset("""жана менен боюнча деп бул үчүн болуп анын да дагы эмес ал алар
шайлоо саат керек жатат берди деди тууралуу ошондой эле бирок же болот болгон келди
кийин чейин бери мындан андан аны ага анда биз мен сен сиз өз ар бир бардык эң ушул
тарабынан катары жок бар эле экен тургай""".split())
RU_WORDS = frozenset("""и в на не что по с со из за от для как это к у о об он она они
был была были быть также который которые которая года году после при до его ее её их
же ли бы или но а то так все всех уже ещё еще только может более чем где когда""".split())
KY_LETTERS = re.compile("[өүңӨҮҢ]")
WORD = re.compile(r"[а-яёөүңА-ЯЁӨҮҢ]+")
# A sentence ends after [.!?…] and the whitespace that follows, or after a run of
# newlines: where a match ends. The match begins at the punctuation or newline, so the
# pattern starts with one character class, and `re` skips every other position fast.
SENTENCE_END = re.compile(r"[.!?…\n](?:(?<=[.!?…])\s+|(?<=\n)\n*)")


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


def _sentences(text: str) -> list[tuple[int, int]]:
    """(start, end) of the sentences of `text`; together they cover the whole text."""
    spans, start = [], 0
    for m in SENTENCE_END.finditer(text):
        spans.append((start, m.end()))
        start = m.end()
    if start < len(text) or not spans:
        spans.append((start, len(text)))
    return spans


class _SentenceScores:
    """The scores of one text's sentences, each computed when first asked for.

    Sentences split at whitespace, so no word straddles two: the text's score (which
    decides the default) is the sum of theirs, and each word is scored once. The text
    is lower-cased once and WORD reads each sentence in place."""

    def __init__(self, text: str, spans: list[tuple[int, int]]) -> None:
        self.text, self.spans = text, spans
        low = text.lower()
        self.low = low if len(low) == len(text) else None  # `İ` lower-cases to two
        self.scores: list[int | None] = [None] * len(spans)

    def __getitem__(self, i: int) -> int:
        found = self.scores[i]
        if found is None:
            s, e = self.spans[i]
            found = (score(self.text[s:e]) if self.low is None
                     else sum(map(_SCORES.__getitem__, WORD.findall(self.low, s, e))))
            self.scores[i] = found
        return found

    def default(self) -> str:
        """The language of the whole text: for sentences without evidence."""
        total = sum(self[i] for i in range(len(self.spans)))
        return "ky" if total > 0 else "ru" if total < 0 else "ky"


def segments(text: str) -> list[Segment]:
    """Sentences of `text` with their language; together they cover the whole text."""
    spans = _sentences(text)
    scores = _SentenceScores(text, spans)
    default = scores.default()
    return [Segment(s, e, "ky" if scores[i] > 0 else "ru" if scores[i] < 0 else default)
            for i, (s, e) in enumerate(spans)]


class LangIndex:
    """Answers `lang_at(offset)` for one text: the language of the sentence there, as in
    `segments`, but a sentence is scored only when asked about, and the whole text only
    when a sentence without evidence needs its default."""

    def __init__(self, text: str) -> None:
        spans = _sentences(text)
        self._starts = [s for s, _ in spans]
        self._scores = _SentenceScores(text, spans)
        self._default: str | None = None

    def lang_at(self, offset: int) -> str:
        found = self._scores[max(0, bisect_right(self._starts, offset) - 1)]
        if found:
            return "ky" if found > 0 else "ru"
        if self._default is None:
            self._default = self._scores.default()
        return self._default
