"""Spelling variants that must meet in one index key.

Kyrgyz news writes the same name with or without the Kyrgyz letters (Өмүрбек/Омурбек,
Чыңгыз/Чынгыз), with a hyphen or a space (Ата-Мекен/Ата Мекен), and sometimes in Latin
(Sadyr Japarov). Every key of the gazetteer is folded the same way, so these meet.
"""
from __future__ import annotations

import re
from functools import lru_cache

_FOLD = str.maketrans({"ё": "е", "ө": "о", "ү": "у", "ң": "н", "һ": "х", "ә": "а"})
# Latin -> Cyrillic, longest digraphs first: Zhaparov, Japarov, Chyngyz, Tölbaev.
_LATIN = [("shch", "щ"), ("sh", "ш"), ("ch", "ч"), ("zh", "ж"), ("kh", "х"), ("ts", "ц"),
          ("yu", "ю"), ("ya", "я"), ("yo", "ё"), ("x", "х"), ("j", "ж"), ("y", "ы")]
_LATIN_1 = str.maketrans("abvgdezijklmnoprstufhcqwöüı", "абвгдезийклмнопрстуфхккуоуы")
_HAS_LATIN = re.compile(r"[a-zA-Z]")
# a doubled consonant written single (`коммунистеринин`, `Прогрес`) or the reverse
_DOUBLE = re.compile(r"([бвгджзйклмнпрстфхцчшщ])\1")
KY_LETTERS = re.compile(r"[өүңӨҮҢ]")
WORD = re.compile(r"[^\W\d_]+(?:-[^\W\d_]+)*")  # a word of letters, hyphened parts included


@lru_cache(maxsize=131072)
def fold(word: str) -> str:
    """Lower case with ө/о, ү/у, ң/н, ё/е merged, doubled consonants single; Latin read as Cyrillic."""
    low = word.lower()
    if _HAS_LATIN.search(low):
        low = latin_to_cyrillic(low)
    low = low.translate(_FOLD)
    return _DOUBLE.sub(r"\1", low) if len(low) >= 6 else low  # not short names (`Алла` is no `Ала`)


def latin_to_cyrillic(word: str) -> str:
    low = word.lower()
    for lat, cyr in _LATIN:
        low = low.replace(lat, cyr)
    return low.translate(_LATIN_1)


def display_latin(word: str) -> str:
    """`Imanaliev` -> `Иманалиев`: a Cyrillic norm for a Latin-spelled name token."""
    return latin_to_cyrillic(word).capitalize() if _HAS_LATIN.search(word) else word


def key_tokens(name: str) -> tuple[str, ...]:
    """`"Ата-Мекен" партиясы` -> ('ата', 'мекен', 'партиясы'): the index key of a name."""
    return tuple(fold(t) for t in re.findall(r"[^\W\d_]+", name))


def is_kyrgyz(word: str) -> bool:
    return bool(KY_LETTERS.search(word))
