"""The ordered stages of kgner and the merge of their candidates.

Data flows one way: original text -> cleaned view with an offset map -> candidates
from the stages -> merge (no overlaps) -> entities at original offsets, with language.
"""
from __future__ import annotations

from typing import Callable, Iterable, Sequence

from . import merge as _merge
from . import names
from .names.body_places import places_in_body_names
from .names.party_refs import follow_full_names, in_its_era, named_as_nominative, not_parties
from .rules import RULES, Candidate
from .text.cleanup import CleanText, clean
from .text.langid import LangIndex
from .types import LABELS, Entity, Extraction

Stage = Callable[[str], Iterable[Candidate]]

# Each stage with the labels it can produce; a stage runs only when one of them is asked for.
STAGES: list[tuple[frozenset[str], Stage]] = [
    *((frozenset({label}), rule) for label, rule in RULES.items()),
    (frozenset({"POLITICIAN", "PERSON", "PARTY", "LOCATION"}), names.find),
]


class _Late:
    """A stage that is built when a Pipeline switches it on, and that is called with the
    candidates of the stages before it (`stage(text, candidates)`)."""

    def __init__(self, switch: str, factory: Callable[[], Callable]) -> None:
        self.switch, self.factory = switch, factory


def _model_stage():
    from .model import ModelStage
    return ModelStage()


def _natasha_stage():
    from .model.natasha import NatashaStage
    return NatashaStage()


# natasha's NER on Russian sentences (switch `natasha`), then the spaCy model (`model`).
# natasha is off by default, decided by `kgner eval` on dev and bench/model_cost.py: the
# model alone already beats natasha's own Russian PER F1 (0.987 vs 0.982; with natasha
# 0.996) and keeps the pipeline at 2.5-2.7x natasha's speed (with natasha 1.9-2.1x, at
# the edge of the project's 2x target). Pipeline(natasha=True) switches it on.
NATASHA_DEFAULT = False
STAGES += [
    (frozenset({"POLITICIAN", "PERSON"}), _Late("natasha", _natasha_stage)),
    (frozenset({"POLITICIAN", "PERSON", "PARTY", "LOCATION", "ELECTION_BODY"}),
     _Late("model", _model_stage)),
]

# The merge policy (precedence, overlaps, label conflicts, confidence) is in merge.py.
PRIORITY = _merge.PRIORITY


def merge(candidates: Iterable[Candidate]) -> list[Candidate]:
    """See `kgner.merge`: rule/KB first, then natasha, then the model; O(n log n)."""
    from .model.linking import kb_link
    return _merge.merge(candidates, lookup=kb_link)


class Pipeline:
    """A reusable extractor; `labels` limits the output (and the work) to those labels."""

    def __init__(self, labels: Sequence[str] | None = None, *, model: bool = True,
                 natasha: bool | None = None, kb: Sequence[str] = ()) -> None:
        """`model=False`: rules and knowledge base only (no spaCy model); a missing or
        damaged model otherwise raises `kgner.model.ModelError`. `natasha`: also run
        natasha's NER on Russian sentences (default `NATASHA_DEFAULT`). `kb`: user TSV
        files that extend the knowledge base (`kgner.names.load_user_kb`), loaded once
        per process; a malformed file raises ValueError naming its line."""
        unknown = set(labels or ()) - set(LABELS)
        if unknown:
            raise ValueError(f"unknown labels: {sorted(unknown)}; known: {list(LABELS)}")
        if kb:
            from .names.kb import ensure_user_kb
            ensure_user_kb(list(kb))
        self.labels = tuple(labels) if labels else LABELS
        switches = {"model": model, "natasha": NATASHA_DEFAULT if natasha is None else natasha}
        self.stages: list[Stage] = [
            (stage.factory() if isinstance(stage, _Late) else stage)
            for produced, stage in STAGES if produced & set(self.labels)
            and (not isinstance(stage, _Late) or switches[stage.switch])]

    def __call__(self, text: str) -> Extraction:
        return self.extract(text)

    def extract(self, text: str) -> Extraction:
        """Entities of `text`, with offsets into `text` itself."""
        return self.extract_batch([text])[0]

    def extract_batch(self, texts: Sequence[str]) -> list[Extraction]:
        """`extract` over many texts, stage by stage, so that a stage with a `batch`
        method (the model) runs once for all of them; same results as one by one."""
        for text in texts:
            if not isinstance(text, str):
                raise TypeError(f"kgner.extract expects str, got {type(text).__name__}")
        views = {i: clean(t) for i, t in enumerate(texts) if t.strip()}
        found_by_text: dict[int, list[Candidate]] = {i: [] for i in views}
        order = list(views)
        for stage in self.stages:
            if hasattr(stage, "batch"):
                results = stage.batch([(views[i].text, found_by_text[i]) for i in order])
            elif getattr(stage, "after_candidates", False):
                results = [stage(views[i].text, found_by_text[i]) for i in order]
            else:
                results = [stage(views[i].text) for i in order]
            for i, found in zip(order, results):
                found_by_text[i] += [c for c in found if c.label in self.labels]
        return [self._finish(t, views[i], found_by_text[i]) if i in views else Extraction(t, ())
                for i, t in enumerate(texts)]

    def _finish(self, text: str, view: CleanText, candidates: list[Candidate]) -> Extraction:
        """Merge one text's candidates and map them back to its original offsets."""
        merged = merge(candidates)
        if any(c.label == "LOCATION" for c in merged):
            merged = places_in_body_names(view.text, merged)
        if any(c.label == "PARTY" for c in merged):  # a party's identity in its text (names/party_refs.py)
            merged = in_its_era(view.text, named_as_nominative(view.text, follow_full_names(not_parties(view.text, merged))))
        if not merged:  # most paragraphs: no language index to build
            return Extraction(text, ())
        langs = LangIndex(view.text)
        entities = []
        for cand in merged:
            start, end = view.to_original(cand.start, cand.end)
            entities.append(Entity(cand.label, text[start:end], start, end, cand.norm,
                                   langs.lang_at(cand.start), cand.source, cand.kb_id,
                                   cand.score))
        return Extraction.from_entities(text, entities)
