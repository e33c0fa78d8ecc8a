"""The merge policy: one non-overlapping set of entities from rule, KB and model candidates.

Sources, by precedence:

1. `rule` (numeric labels, election bodies) and `gazetteer` (the knowledge base and name
   shapes): trusted, confidence 1.0. Among them the label priority decides an overlap
   (TIME > DATE > PERCENT > POLLING_STATION > DISTRICT > ELECTION_BODY > PARTY >
   POLITICIAN = PERSON > LOCATION), then the longer span.
2. `natasha` (its PER/LOC on Russian sentences, when switched on).
3. `model` (the shipped spaCy NER).

Before selection every natasha/model candidate is *reconciled* with the trusted ones:

- It overlaps a trusted name span (POLITICIAN/PERSON/PARTY/LOCATION):
  the KB's identity wins: the candidate takes the trusted label, `norm` and `kb_id`.
  When a person span of the model strictly contains a trusted person span (the model
  read `Азамат Жапаров` where the KB knew only `Жапаров`), the longer span is kept with
  the KB identity and precedence of the trusted span; otherwise the trusted span stays
  and the learned one is dropped.
- It overlaps any other trusted span (a time, a percent, a body): dropped. So is a
  learned span just before a polling-station number (`УИК №1107`): the rules read
  that word as the station's cue, not as a commission acting (nor a party).
- It overlaps nothing trusted and is a person: a KB lookup by surname (and given name,
  when the span has one) that finds exactly one politician turns it into POLITICIAN
  with that `kb_id` and the KB's norm (`lookup`, supplied by the pipeline).

Selection: candidates sorted by (source rank, label priority, length, start); a
candidate is taken when it overlaps nothing taken. Taken spans sit in a list sorted
by start, so the overlap test is a bisection: the merge is O(n log n).

Confidence (`Candidate.score`, exposed as `Entity.confidence`): 1.0 for trusted
sources; for natasha and model candidates the calibrated precision of that source and
label on the dev split (stored with the model), raised when natasha and the model agree
on a span (1 - (1-a)(1-b)).
"""
from __future__ import annotations

from bisect import bisect_left
from dataclasses import replace
from typing import Callable, Iterable

from .rules.base import Candidate

PRIORITY = {"TIME": 9, "DATE": 8, "PERCENT": 7, "POLLING_STATION": 6, "DISTRICT": 5,
            "ELECTION_BODY": 4, "PARTY": 3, "POLITICIAN": 2, "PERSON": 2, "LOCATION": 1}
SOURCE_RANK = {"rule": 2, "gazetteer": 2, "natasha": 1, "model": 0}
TRUSTED = frozenset({"rule", "gazetteer"})
NAME_LABELS = frozenset({"POLITICIAN", "PERSON", "PARTY", "LOCATION"})
PEOPLE = frozenset({"POLITICIAN", "PERSON"})

Lookup = Callable[[Candidate], "Candidate | None"]


def _rank(c: Candidate) -> int:
    return SOURCE_RANK.get(c.source, 0)


class _Spans:
    """Sorted spans with an overlap query by bisection (spans may overlap each other)."""

    def __init__(self, spans: Iterable[Candidate]) -> None:
        self.spans = sorted(spans, key=lambda c: (c.start, c.end))
        self.starts = [c.start for c in self.spans]
        self.longest = max((c.end - c.start for c in self.spans), default=0)

    def overlapping(self, start: int, end: int) -> list[Candidate]:
        i = bisect_left(self.starts, end)  # spans starting before `end`
        lo = bisect_left(self.starts, start - self.longest)
        return [c for c in self.spans[lo:i] if c.end > start]


def reconcile(cand: Candidate, trusted: _Spans, lookup: Lookup | None = None) -> Candidate | None:
    """A learned candidate after meeting the trusted ones (None: it is dropped)."""
    hits = trusted.overlapping(cand.start, cand.end)
    if any(
            h.label == "POLLING_STATION" for h in trusted.overlapping(cand.end, cand.end + 4)):
        return None  # `УИК №1107`: the station's cue word, which the rules already read
    if not hits:
        if lookup is not None:
            known = lookup(cand)
            if known is not None:
                return known
        return cand
    names = [h for h in hits if h.label in NAME_LABELS]
    if len(names) != len(hits) or not names:
        return None  # a time, a number, a body: the rule knows better
    if cand.label in PEOPLE and len(names) == 1 and names[0].label in PEOPLE:
        kb = names[0]
        if cand.start <= kb.start and kb.end <= cand.end and cand.end - cand.start > kb.end - kb.start:
            norm = kb.norm if kb.kb_id and len(kb.norm.split()) > 1 else cand.norm
            return replace(cand, label=kb.label, norm=norm, kb_id=kb.kb_id,
                           source=kb.source, score=kb.score)
    return None


def _agreement(learned: list[Candidate]) -> list[Candidate]:
    """Raise the confidence of natasha/model candidates that another source confirms."""
    nat = _Spans(c for c in learned if c.source == "natasha")
    if not nat.spans:
        return learned
    out = []
    for c in learned:
        if c.source == "model":
            same = [n for n in nat.overlapping(c.start, c.end)
                    if n.label == c.label or (n.label in PEOPLE and c.label in PEOPLE)]
            if same:
                score = 1 - (1 - c.score) * (1 - max(n.score for n in same))
                c = replace(c, score=round(score, 3))
        out.append(c)
    return out


def select(candidates: Iterable[Candidate]) -> list[Candidate]:
    """A non-overlapping subset by source rank, label priority, length; O(n log n)."""
    ranked = sorted(candidates, key=lambda c: (-_rank(c), -PRIORITY.get(c.label, 0),
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


def merge(candidates: Iterable[Candidate], lookup: Lookup | None = None) -> list[Candidate]:
    """The policy above: reconcile learned candidates with trusted ones, then select."""
    trusted, learned = [], []
    for c in candidates:
        (trusted if c.source in TRUSTED or c.source not in SOURCE_RANK else learned).append(c)
    if learned:
        index = _Spans(trusted)
        learned = [r for c in _agreement(learned) if (r := reconcile(c, index, lookup)) is not None]
    return select(trusted + learned)
