"""The ordered stages of kgner and the merge of their candidates.

Data flows one way: original text -> cleaned view with an offset map -> candidates
from the stages -> merge (no overlaps) -> entities at original offsets, with language.
"""
from __future__ import annotations

from bisect import bisect_left
from typing import Callable, Iterable, Sequence

from . import names
from .rules import RULES, Candidate
from .text.cleanup import clean
from .text.langid import LangIndex
from .types import LABELS, Entity, Extraction

Stage = Callable[[str], Iterable[Candidate]]

# Each stage with the labels it can produce; a stage runs only when one of them is asked for.
STAGES: list[tuple[frozenset[str], Stage]] = [
    *((frozenset({label}), rule) for label, rule in RULES.items()),
    (frozenset({"POLITICIAN", "PERSON", "PARTY", "LOCATION"}), names.find),
]

# When candidates overlap, the higher rank wins; then the longer span.
PRIORITY = {"TIME": 9, "DATE": 8, "PERCENT": 7, "POLLING_STATION": 6, "DISTRICT": 5,
            "ELECTION_BODY": 4, "PARTY": 3, "POLITICIAN": 2, "PERSON": 2, "LOCATION": 1}


def merge(candidates: Iterable[Candidate]) -> list[Candidate]:
    """Keep a non-overlapping subset: by source precedence, label priority, then length.

    Taken spans stay in a list sorted by start, so each overlap test is a bisection
    against the neighbours, not a scan: the merge stays fast on huge texts.
    """
    ranked = sorted(candidates, key=lambda c: (-c.score, -PRIORITY.get(c.label, 0),
                                               -(c.end - c.start), c.start))
    starts: list[int] = []
    taken: list[Candidate] = []
    for cand in ranked:
        if cand.end <= cand.start:
            continue
        i = bisect_left(starts, cand.start)
        if i < len(taken) and taken[i].start < cand.end:
            continue
        if i > 0 and taken[i - 1].end > cand.start:
            continue
        starts.insert(i, cand.start)
        taken.insert(i, cand)
    return taken


class Pipeline:
    """A reusable extractor; `labels` limits the output (and the work) to those labels."""

    def __init__(self, labels: Sequence[str] | None = None) -> None:
        unknown = set(labels or ()) - set(LABELS)
        if unknown:
            raise ValueError(f"unknown labels: {sorted(unknown)}; known: {list(LABELS)}")
        self.labels = tuple(labels) if labels else LABELS
        self.stages: list[Stage] = [stage for produced, stage in STAGES if produced & set(self.labels)]

    def __call__(self, text: str) -> Extraction:
        return self.extract(text)

    def extract(self, text: str) -> Extraction:
        """Entities of `text`, with offsets into `text` itself."""
        if not isinstance(text, str):
            raise TypeError(f"kgner.extract expects str, got {type(text).__name__}")
        if not text.strip():
            return Extraction(text, ())
        view = clean(text)
        candidates = [c for stage in self.stages for c in stage(view.text)
                      if c.label in self.labels]
        langs = LangIndex(view.text)
        entities = []
        for cand in merge(candidates):
            start, end = view.to_original(cand.start, cand.end)
            entities.append(Entity(cand.label, text[start:end], start, end, cand.norm,
                                   langs.lang_at(cand.start), cand.source, cand.kb_id))
        return Extraction.from_entities(text, entities)
