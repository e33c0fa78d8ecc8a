"""natasha's NER (PER) over the Russian sentences of a text, as a pipeline stage.

Like the model, it reads only sentences with a capitalized word that the rules and the
KB left uncovered (`kgner.model.open_sentences`), and only Russian ones."""
from __future__ import annotations

from functools import lru_cache
from typing import Iterable

from ..rules.base import Candidate

PRODUCES = frozenset({"POLITICIAN", "PERSON"})
# Only PER: on dev its LOC added false places (`Жогорку Кенеш`, `КР`, adjectives such as
# `Кара-Балтинский`) where the KB and the model already find the places.
TYPES = ("PER",)
CONFIDENCE = {"PER": 0.9}


@lru_cache(maxsize=1)
def _models():
    from natasha import Doc, NewsEmbedding, NewsNERTagger, Segmenter
    return Doc, Segmenter(), NewsNERTagger(NewsEmbedding())


class NatashaStage:
    """Yields natasha's PER as POLITICIAN or PERSON (by context; the KB has the last
    word in the merge). A one-word PER must look like a name (a known given name or a
    surname shape): natasha reads capitalized Kyrgyz words in Russian-looking
    sentences as names (`Укук`)."""

    after_candidates = True
    ordinary = None  # ordinary words (from the model's common_words.txt), on first use

    def __call__(self, text: str, candidates: Iterable[Candidate] = ()) -> list[Candidate]:
        from .linking import person_label
        from .norms import norm
        from . import covered_spans, open_sentences, ordinary_words
        if self.ordinary is None:
            self.ordinary = ordinary_words()
        chunks = open_sentences(text, covered_spans(candidates), self.ordinary, lang="ru")
        if not chunks:
            return []
        Doc, segmenter, tagger = _models()
        out = []
        for offset, end in chunks:
            doc = Doc(text[offset:end])
            doc.segment(segmenter)
            doc.tag_ner(tagger)
            for span in doc.spans:
                if span.type not in TYPES:
                    continue
                s, e = offset + span.start, offset + span.stop
                if " " not in text[s:e] and not _name_like(text[s:e]):
                    continue
                label = person_label(text, s, e)
                out.append(Candidate(label, s, e, norm(label, text[s:e]), "natasha",
                                     CONFIDENCE[span.type]))
        return out


def _name_like(word: str) -> bool:
    from ..names.kb import get_kb
    from ..names.people import given_name, surname_base
    return given_name(word, get_kb().given) is not None or surname_base(word) is not None
