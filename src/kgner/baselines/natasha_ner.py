"""natasha's own NER as a baseline: its PER against merged PER, LOC against LOCATION."""
from __future__ import annotations

from functools import lru_cache

from ..evaluate import Span

LABEL_MAP = {"PER": "POLITICIAN", "LOC": "LOCATION"}  # POLITICIAN merges into PER when scored


@lru_cache(maxsize=1)
def _models():
    from natasha import Doc, NewsEmbedding, NewsNERTagger, Segmenter
    emb = NewsEmbedding()
    return Doc, Segmenter(), NewsNERTagger(emb)


def predict(text: str) -> list[Span]:
    """natasha's PER and LOC spans of `text` (ORG has no kgner counterpart)."""
    Doc, segmenter, tagger = _models()
    doc = Doc(text)
    doc.segment(segmenter)
    doc.tag_ner(tagger)
    return [Span(LABEL_MAP[s.type], s.start, s.stop, text[s.start:s.stop], text[s.start:s.stop])
            for s in doc.spans if s.type in LABEL_MAP]
