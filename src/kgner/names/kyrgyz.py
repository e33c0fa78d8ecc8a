"""Kyrgyz suffixes glued to names: `Жапаровдун`, `Бекешевге`, `Ошто`, `Баткен облусунан`.

Kyrgyz builds a word as stem + plural + possessive + case (+ relative `-кы`), each slot
with variants chosen by vowel harmony (а/е/о/ө, ы/и/у/ү) and by the stem's last sound
(д/т/н/г/к/л). Rather than trust harmony in loanword names (`Маевскийден`), every
harmony variant is accepted; a stem only counts when the gazetteer or a name shape
confirms it, so over-generation costs nothing.
"""
from __future__ import annotations

from functools import lru_cache
from itertools import product

_V4 = "аеоө"
_V4I = "ыиуү"
PLURAL = [""] + [c + v + "р" for c in "лдт" for v in _V4]
POSSESSIVE = [""] + list(_V4I) + ["с" + v for v in _V4I]
CASE = ([""]
        + [c + v + "н" for c in "нדт".replace("ד", "д") for v in _V4I]  # genitive
        + [c + v for c in "гкн" for v in _V4]                            # dative
        + [c + v for c in "ндт" for v in _V4I] + ["н"]                  # accusative
        + [c + v for c in "дт" for v in _V4] + ["нд" + v for v in _V4]  # locative
        + [c + v + "н" for c in "дтн" for v in _V4]                     # ablative
        + ["ч" + v for v in _V4] + ["д" + v + "й" for v in _V4])       # equative, similative
RELATIVE = ["", "гы", "ги", "гу", "гү", "кы", "ки", "ку", "кү"]

SUFFIXES: frozenset[str] = frozenset(
    p + s + c + r for p, s, c, r in product(PLURAL, POSSESSIVE, CASE, RELATIVE)
    if p + s + c + r and (not r or c[-1:] in "аеоө" or (c and c[-2:-1] == "д"))
) | frozenset(c + v + "к" + v for c in "ндт" for v in _V4I)  # `Республиканыкы`: the one of (genitive + -кы)
_MAX = max(map(len, SUFFIXES))


@lru_cache(maxsize=65536)
def stems(word: str) -> tuple[str, ...]:
    """Candidate stems of a lower-case word, the word itself first, longest first.

    `жапаровдун` -> ('жапаровдун', 'жапаровду', ..., 'жапаров', ...). A stem keeps at
    least two letters. After a vowel suffix a final г/б may stand for к/п (`Бишкеги`).
    """
    out = [word]
    for cut in range(1, min(_MAX, len(word) - 2) + 1):
        suffix = word[-cut:]
        if suffix in SUFFIXES:
            stem = word[:-cut]
            out.append(stem)
            if suffix[0] in _V4 + _V4I and stem[-1:] in "гб":
                out.append(stem[:-1] + {"г": "к", "б": "п"}[stem[-1]])
    return tuple(out)


def is_suffix(text: str) -> bool:
    """True for a whole glued suffix, as after an apostrophe or hyphen (`СДПК-нын`)."""
    return text.lower() in SUFFIXES
