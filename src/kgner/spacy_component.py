"""kgner as a spaCy pipeline component: `nlp.add_pipe("kgner")`.

spaCy users keep their pipelines, `nlp.pipe` and `DocBin`s; kgner only fills
`doc.ents` with its labels and keeps what spaCy has no slot for (the norm, the
language, the stage that found the entity) on `Span._` extensions. The component
holds no state beyond its config, so `nlp.to_disk` / `spacy.load` need nothing more
than the factory, which the `spacy_factories` entry point makes available.
"""
from __future__ import annotations

from typing import Iterable, List, Optional

from spacy.language import Language
from spacy.tokens import Doc, Span

from .types import LABELS, Entity

EXTENSIONS = ("norm", "kb_id", "source", "lang")


def register_extensions() -> None:
    """Declare `span._.norm`, `kb_id`, `source`, `lang` (idempotent, also in workers)."""
    for name in EXTENSIONS:
        if not Span.has_extension(name):
            Span.set_extension(name, default=None)


register_extensions()


def split_at_boundaries(doc: Doc, entities: Iterable[Entity]) -> Doc:
    """Split tokens that an entity starts or ends inside of.

    Scraped text glues things spaCy's tokenizer keeps whole (`08:201047` is one
    token but two entities: TIME `08:20` and POLLING_STATION `1047`); splitting there
    keeps both instead of dropping one as an overlap.
    """
    cuts = {b for e in entities for b in (e.start, e.end)}
    pending = []
    for token in doc:
        inner = sorted(c - token.idx for c in cuts if token.idx < c < token.idx + len(token.text))
        if inner:
            pending.append((token, inner))
    if not pending:
        return doc
    with doc.retokenize() as retokenizer:
        for token, inner in pending:
            bounds = [0, *inner, len(token.text)]
            orths = [token.text[a:b] for a, b in zip(bounds, bounds[1:])]
            heads = [(token, 0)] * len(orths)
            retokenizer.split(token, orths, heads=heads)
    return doc


def set_entities(doc: Doc, entities: Iterable[Entity], *, split_tokens: bool = True,
                 overwrite_ents: bool = True) -> Doc:
    """Put kgner entities on `doc.ents`, mapping character offsets to token spans.

    Offsets go through `doc.char_span(..., alignment_mode="expand")`; spans that
    still overlap (a kgner span and an existing entity, or two kgner spans sharing a
    token when `split_tokens` is off) are dropped: with `overwrite_ents` kgner's win
    over entities already on the doc, otherwise the existing ones are kept.
    """
    entities = list(entities)
    if split_tokens:
        split_at_boundaries(doc, entities)
    spans: list[Span] = []
    taken: set[int] = set()
    for e in entities:
        span = doc.char_span(e.start, e.end, label=e.label, kb_id=e.kb_id or "",
                             alignment_mode="expand")
        if span is None or taken.intersection(range(span.start, span.end)):
            continue
        taken.update(range(span.start, span.end))
        span._.norm, span._.kb_id, span._.source, span._.lang = e.norm, e.kb_id, e.source, e.lang
        spans.append(span)
    kept = [s for s in doc.ents if not taken.intersection(range(s.start, s.end))]
    if not overwrite_ents:
        owned = {i for s in doc.ents for i in range(s.start, s.end)}
        kept, spans = list(doc.ents), [s for s in spans
                                       if not owned.intersection(range(s.start, s.end))]
    doc.ents = sorted([*kept, *spans], key=lambda s: s.start)
    return doc


class KgnerComponent:
    """Runs a kgner `Pipeline` on `doc.text`; the pipeline is built lazily, once per process."""

    def __init__(self, name: str = "kgner", labels: Optional[List[str]] = None,
                 split_tokens: bool = True, overwrite_ents: bool = True,
                 model: bool = True) -> None:
        self.name = name
        self.model = model
        self.labels = tuple(labels or LABELS)  # spaCy reports these in nlp.meta
        self.split_tokens = split_tokens
        self.overwrite_ents = overwrite_ents
        self._pipeline = None

    @property
    def pipeline(self):
        if self._pipeline is None:
            from .pipeline import Pipeline
            self._pipeline = Pipeline(self.labels, model=self.model)
        return self._pipeline

    def __call__(self, doc: Doc) -> Doc:
        extraction = self.pipeline.extract(doc.text)
        return set_entities(doc, extraction.entities, split_tokens=self.split_tokens,
                            overwrite_ents=self.overwrite_ents)

    def __getstate__(self) -> dict:
        # Workers of nlp.pipe(n_process=...) rebuild the pipeline instead of pickling it.
        return {**self.__dict__, "_pipeline": None}


@Language.factory(
    "kgner",
    default_config={"labels": None, "split_tokens": True, "overwrite_ents": True, "model": True},
    assigns=["doc.ents", "token.ent_iob", "token.ent_type", "span._.norm", "span._.kb_id",
             "span._.source", "span._.lang"],
)
def make_kgner(nlp: Language, name: str, labels: Optional[List[str]], split_tokens: bool,
               overwrite_ents: bool, model: bool) -> KgnerComponent:
    """Factory behind `nlp.add_pipe("kgner", config={"labels": ["TIME", "PERCENT"]})`.

    `model=False` runs kgner's rules and knowledge base only (no statistical model).
    """
    return KgnerComponent(name, labels, split_tokens, overwrite_ents, model)
