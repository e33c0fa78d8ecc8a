"""Noon said without a clock, as the hour of a turnout figure: `Явка на полдень — 15,3%`,
`Түшкү катышуу: ... 22,6%ы`. The entity layer labels noon only after a cue it is sure of
(`к полудню`, `на полдень`, `Түшкө карата`); these mentions stand beside the entities for the
turnout reader alone, where the entity layer has none."""
from __future__ import annotations

import re

from ..types import Entity

# also `түшкө чейин` (by noon): a figure reached by noon is as of noon (the fact annotators give it
# 12:00 in 21 batches, no hour in 13; the entity gold leaves it unlabelled, so it is a fact-layer
# mention only); a glued live-blog timestamp may stand right before (`12:00Түшкү катышуу`)
_NOON = re.compile(r"(?<![^\W\d_])(?:(?:на|в)\s+полдень|түшкү(?=\s+(?:катышуу|маалымат|көрсөткүч))|түшкө(?=\s+(?:карата|чейин))|полуденн\w+(?=\s+(?:сводк|данн|явк|показател)))(?![\w-])",
                   re.I)  # also `Түшкө карата ... 13,46 пайызы` (as of noon)


def noon_mentions(text: str, ents: tuple[Entity, ...]) -> list[Entity]:
    """Noon words no TIME entity covers, as TIME mentions with the norm `12:00`."""
    times = [(e.start, e.end) for e in ents if e.label == "TIME"]
    return [Entity("TIME", m.group(), m.start(), m.end(), "12:00", source="fact")
            for m in _NOON.finditer(text) if not any(a < m.end() and m.start() < b for a, b in times)]
