"""Number words of Kyrgyz and Russian (0-100), for times and percentages said in words.

A word is matched by its stem so that case forms count: `сегизде` (at eight), `восьми`,
`пяти`; tens and units compose (`он беш`, `двадцать пять`).
"""
from __future__ import annotations

import re

# stem -> value; a stem matches a word that starts with it and ends in letters only
KY_UNITS = {"бир": 1, "эки": 2, "үч": 3, "төрт": 4, "беш": 5, "алты": 6, "жети": 7,
            "сегиз": 8, "тогуз": 9}
KY_TENS = {"он": 10, "жыйырма": 20, "отуз": 30, "кырк": 40, "элүү": 50, "алтымыш": 60,
           "жетимиш": 70, "сексен": 80, "токсон": 90, "жүз": 100}
RU_UNITS = {"од": 1, "дв": 2, "тр": 3, "четыр": 4, "пят": 5, "шест": 6, "сем": 7,
            "восем": 8, "восьм": 8, "девят": 9}
RU_TEENS = {"десят": 10, "одиннадцат": 11, "двенадцат": 12, "тринадцат": 13,
            "четырнадцат": 14, "пятнадцат": 15, "шестнадцат": 16, "семнадцат": 17,
            "восемнадцат": 18, "девятнадцат": 19}
RU_TENS = {"двадцат": 20, "тридцат": 30, "сорок": 40, "пятьдесят": 50, "пятидесят": 50,
           "шестьдесят": 60, "семьдесят": 70, "восемьдесят": 80, "девяност": 90, "сто": 100}
# Full Russian unit words (the stems above are too short to stand alone)
RU_UNIT_WORDS = {"один": 1, "одного": 1, "одна": 1, "два": 2, "двух": 2, "две": 2,
                 "три": 3, "трех": 3, "трёх": 3, "четыре": 4, "четырех": 4, "четырёх": 4,
                 "пять": 5, "пяти": 5, "шесть": 6, "шести": 6, "семь": 7, "семи": 7,
                 "восемь": 8, "восьми": 8, "девять": 9, "девяти": 9,
                 "одному": 1, "двум": 2, "трем": 3, "трём": 3, "четырем": 4, "четырём": 4}


def _alternation(words) -> str:
    """The words, and the same capitalized (`Он жети бүтүн ...` opens a sentence)."""
    forms = {f for w in words for f in (w, w[:1].upper() + w[1:])}
    return "|".join(sorted(map(re.escape, forms), key=len, reverse=True))


# a Kyrgyz count of deputies, which is a count of seats (`беш депутат Жогорку Кеңешке кирет`);
# the fact layer and the gazetteer's party-list cue both read it
KY_DEPUTIES = (rf"(\d+|{'|'.join([*KY_UNITS, *(w for w, v in KY_TENS.items() if v < 100)])})"
               r"\s+депутат(?!тык|тар)")
KY_CASE = r"(?:[дтгкн][аеоөыиуү]н?)?"  # a Kyrgyz case ending: -да, -тө, -га, -дан, -ны
KY_WORD = (rf"(?:(?:{_alternation(KY_TENS)})\s+)?(?:{_alternation(KY_UNITS)}){KY_CASE}"
           rf"|(?:{_alternation(KY_TENS)}){KY_CASE}")
RU_WORD = (rf"(?:(?:{_alternation(RU_TENS)})[а-яё]*\s+)?(?:{_alternation(RU_UNIT_WORDS)})"
           rf"|(?:{_alternation(RU_TEENS)})[а-яё]*|(?:{_alternation(RU_TENS)})[а-яё]*")


def value(phrase: str) -> int | None:
    """The number a phrase of number words says, or None."""
    total, found = 0, False
    for word in phrase.lower().split():
        for table in (RU_UNIT_WORDS,):
            if word in table:
                total += table[word]; found = True
                break
        else:
            for table in (RU_TEENS, RU_TENS, KY_TENS, KY_UNITS):
                stem = next((s for s in sorted(table, key=len, reverse=True)
                             if word.startswith(s)), None)
                if stem:
                    total += table[stem]; found = True
                    break
    return total if found else None
