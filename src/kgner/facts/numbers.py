"""Numbers written with digits and number words, in Kyrgyz and Russian.

`3,7 миллиондун 339,8 миңи` -> 3700000 and 339800; `1 миллион 557 миң 442` -> 1557442;
`131 тыс. 613` -> 131613; `он үчүн` -> 13; `семь` -> 7.
"""
from __future__ import annotations

import re
from dataclasses import dataclass

from ..rules.numwords import KY_TENS, KY_UNITS

# (a no-break space may be an HTML entity blanked to its length: `32&nbsp;279`, see view.py)
_TOKEN = re.compile(r"\d{1,3}(?:(?:\u00a0 {0,7}| )\d{3})+(?!\d)|\d+(?:[.,]\d+)?|[^\W\d_]+\.?")
_DOT_THOUSANDS = re.compile(r"\d{1,3}\.\d{3}")
_COUNTED_AHEAD = re.compile(r"\s*(добуш|голос|шайлоочу|избирател|человек|адам)", re.I)
_MILLION = re.compile(r"^(?:миллион|млн)", re.I)
_THOUSAND = re.compile(r"^(?:миң|тыс)", re.I)
# forms after which the number goes on (`4 миллиона 294 тысячи 243`); a Kyrgyz case
# suffix (`миллиондун`, `миңи`) ends it
_CONTINUES = {"миллион", "миллиона", "миллионов", "млн", "млн.", "миң", "тысяч", "тысячи",
              "тысяча", "тыс", "тыс.",
              # Russian case forms: `1 тысячу 902`, `с 2 тысячами 541 голосом`, `миллионом`
              "тысячу", "тысячей", "тысячью", "тысячам", "тысячами", "тысячах",
              "миллиону", "миллионом", "миллионам", "миллионами", "миллионах"}

# the Kyrgyz number words up to 99, from the rule layer's table
KY_WORDS = {**KY_UNITS, **{w: v for w, v in KY_TENS.items() if v < 100}}
RU_WORDS = {"один": 1, "одна": 1, "одно": 1, "два": 2, "две": 2, "три": 3, "четыре": 4,
            "пять": 5, "шесть": 6, "семь": 7, "восемь": 8, "девять": 9, "десять": 10,
            "одиннадцать": 11, "двенадцать": 12, "тринадцать": 13, "четырнадцать": 14,
            "пятнадцать": 15, "шестнадцать": 16, "семнадцать": 17, "восемнадцать": 18,
            "девятнадцать": 19, "двадцать": 20, "тридцать": 30, "сорок": 40, "пятьдесят": 50,
            "шестьдесят": 60, "семьдесят": 70, "восемьдесят": 80, "девяносто": 90}
# case forms: `пяти`, `двенадцатью местами`, `двумя`, `трех`
RU_WORDS |= {w[:-1] + end: v for w, v in RU_WORDS.items() if w.endswith("ь") for end in ("и", "ью")}
RU_WORDS |= {"двух": 2, "двум": 2, "двумя": 2, "трех": 3, "трёх": 3, "трем": 3, "тремя": 3,
             "четырех": 4, "четырёх": 4, "четырем": 4, "четырьмя": 4, "восьми": 8, "восемью": 8,
             "одного": 1, "одной": 1, "одним": 1, "одному": 1,
             "сорока": 40, "пятидесяти": 50, "шестидесяти": 60, "семидесяти": 70, "восьмидесяти": 80,
             "девяноста": 90,
             # collective numerals of people: `проводит в парламент семерых депутатов`, `— шестерых`
             "двоих": 2, "троих": 3, "четверых": 4, "пятерых": 5, "шестерых": 6, "семерых": 7, "восьмерых": 8,
             "девятерых": 9, "десятерых": 10}
# Kyrgyz stems with the suffixes they take: a possessive (`алтоосу`) and a case, its first
# consonant after the stem's last sound (`сегизин`, `бешти`, `он бешин`, `жетөөнү`,
# `алтоосуна`, `бирден`, `бештен`, `тогузга`)
KY_COLLECTIVE = {"экөө": 2, "үчөө": 3, "төртөө": 4, "бешөө": 5, "алтоо": 6, "жетөө": 7}
_KY_STEMS = sorted(list(KY_WORDS) + list(KY_COLLECTIVE), key=len, reverse=True)
_KY_SUFFIX = re.compile(r"^(?:с?[ыиуү]н?)?(?:[ндт]?[ыиуү]н|[ндт][ыиуү]|[гкн][аеоө]|[дтн][аеоө]н?)?$"
                        r"|^(?:өө|өөнү|оо|оону|көө|ө)$")


@dataclass(frozen=True)
class Quantity:
    value: float
    start: int          # offsets in the text passed to `find_quantities`
    end: int
    suffix: str         # the case ending that closed it (`дун`, `ы`), or ''


def to_float(num: str) -> float:
    return float(num.replace("\u00a0", "").replace(" ", "").replace(",", "."))


def word_number(word: str) -> int | None:
    """The value of one number word (`сегизин` -> 8, `семь` -> 7), else None."""
    w = word.lower().strip(".,")
    if w in RU_WORDS:
        return RU_WORDS[w]
    for stem in _KY_STEMS:
        if w.startswith(stem) and _KY_SUFFIX.match(w[len(stem):]):
            return KY_WORDS.get(stem) or KY_COLLECTIVE[stem]
    return None


def word_count(words: list[str], k: int) -> tuple[int, int] | None:
    """(value, words used) of a number in words starting at words[k]: a ten and a unit
    (`отуз сегизин` -> 38, `он эки` -> 12) or one word (`тогуз` -> 9)."""
    v = word_number(words[k]) if k < len(words) else None
    if v is None:
        return None
    if v % 10 == 0 and v < 100 and k + 1 < len(words):
        unit = word_number(words[k + 1])
        if unit is not None and unit < 10:
            return v + unit, 2
    return v, 1


def _suffix(word: str, base: re.Pattern) -> str:
    w = word.lower().rstrip(".")
    m = re.match(r"^(миллион|млн|миң|тысяч|тыс)", w)
    return w[m.end():] if m else ""


def find_quantities(text: str, start: int = 0, end: int | None = None) -> list[Quantity]:
    """Every number of `text[start:end]`, with миң/миллион/тысяч/млн folded in."""
    end = len(text) if end is None else end
    toks = [(m.group(0), m.start() + start, m.end() + start)
            for m in _TOKEN.finditer(text, start, end) for _ in [0]]
    toks = [(t, a - start, b - start) for t, a, b in toks]
    out, i = [], 0
    while i < len(toks):
        tok, a, b = toks[i]
        if not tok[0].isdigit():
            i += 1
            continue
        total, scale_seen, j, last_end, suffix = 0.0, None, i, b, ""
        value = to_float(tok)
        if _DOT_THOUSANDS.fullmatch(tok) and _COUNTED_AHEAD.match(text, b):
            value = float(tok.replace(".", ""))  # `129.348 добуш`: a dot between thousands
        while True:
            nxt = toks[j + 1] if j + 1 < len(toks) else None
            if nxt and (_MILLION.match(nxt[0]) or _THOUSAND.match(nxt[0])) and nxt[1] - last_end <= 1:
                scale = 1_000_000 if _MILLION.match(nxt[0]) else 1000
                if scale_seen is not None and scale >= scale_seen:
                    break
                total += value * scale
                value, scale_seen, last_end, j = 0.0, scale, nxt[2], j + 1
                if nxt[0].lower() not in _CONTINUES:
                    suffix = _suffix(nxt[0], _MILLION)
                    break
                after = toks[j + 1] if j + 1 < len(toks) else None
                if after and after[0][0].isdigit() and after[1] - last_end <= 1:
                    value, last_end, j = to_float(after[0]), after[2], j + 1
                    continue
                break
            break
        total += value
        if not suffix and j + 1 < len(toks) and toks[j + 1][1] == last_end and toks[j + 1][0][0].isalpha():
            suffix = toks[j + 1][0].lower()
        out.append(Quantity(total, a, last_end, suffix))
        i = j + 1
    return out
