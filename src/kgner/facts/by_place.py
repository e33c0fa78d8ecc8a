"""One party's shares in several places, told in one run (`КСДП Чүй облусунда 34,6%, Таласта
38,1%, Ысык-Көлдө 29,8% добуш алды`, `В Баткенской области партия набрала 31,8%, в Ошской —
27,4%, в городе Ош — 24,9%`): each is a result of its own place, as the annotators count a
party's station and national figures in one sentence as two facts.
"""
from __future__ import annotations

import re

from .common import _Sent
from .shares import not_the_share

# a place said without a LOCATION entity: `в Ошской —`, `в городе Ош`, `өлкө боюнча`, `по стране`
_PLACE_WORDS = re.compile(r"\b(?:в|во)\s+[А-ЯЁ]\w+(?:ской|ском|ой)\b|\bв\s+городе\b|\bв\s+столице\b|\bв\s+целом\b"
                          r"|\bпо\s+(?:стране|республике|всей\s+стране)\b|\bөлкө\s+боюнча\b|\bреспублика\s+боюнча\b"
                          r"|\bборбор\s+калаада\b|\b(?:облус|район|шаар)\w*(?:да|та)\b")


def _has_place(text: str, ents, sent: _Sent, lo: int, hi: int) -> bool:
    return any(lo <= ents[i].start and ents[i].end <= hi for i in sent.get("LOCATION")) or \
        _PLACE_WORDS.search(text, lo, hi) is not None


def figures_by_place(text: str, ents, sent: _Sent, lo: int, b: int, pct: int) -> list[int]:
    """The PERCENT entities after the party's share `pct` (up to `b`) that are its shares in other
    places: each with a place of its own since the figure before, and `pct` with one too (from
    `lo`, where the party's stretch of the sentence starts)."""
    if not _has_place(text, ents, sent, lo, ents[pct].start):
        return []
    later = [i for i in sent.get("PERCENT") if ents[pct].end <= ents[i].start < b]
    out, prev = [], ents[pct].end
    for i in later:
        if not_the_share(text, ents[i], sent.start) or not _has_place(text, ents, sent, prev, ents[i].start):
            return []
        out.append(i)
        prev = ents[i].end
    return out
