"""Prefilters that skip a rule's pattern must never skip a text the pattern matches."""
from __future__ import annotations

import random

from kgner.rules import time

PIECES = ["08", ":", ".", "00", "5", " ", "\n", "саат ", "Саат", "СААТ", "аат", "час", " часа",
          " часов", "участок", "утра", " утра", " вечера", "дня", " дня", "сегодня", " ночи",
          "в ", "к ", "до ", "после ", "восемь", "беш", "кечки ", "-", "га", " карата", "8 "]


def test_time_prefilter_is_necessary():
    rng = random.Random(11)
    matched = 0
    for _ in range(20000):
        text = "".join(rng.choice(PIECES) for _ in range(rng.randrange(1, 9)))
        if time.PATTERN.search(text):
            matched += 1
            assert time._may_match(text), text
    assert matched > 500
