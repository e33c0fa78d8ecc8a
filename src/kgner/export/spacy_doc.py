"""spaCy: an `Extraction` as a `Doc`, and many as a `DocBin` to train other models on.

Tokens come from spaCy's blank multilingual tokenizer (`spacy.blank("xx")`) unless
you pass your own `nlp`, split where an entity starts or ends inside a token.
"""
from __future__ import annotations

from functools import lru_cache
from pathlib import Path
from typing import TYPE_CHECKING

from ..types import Extraction
from . import Documents

if TYPE_CHECKING:
    from spacy.language import Language
    from spacy.tokens import Doc, DocBin


@lru_cache(maxsize=1)
def blank() -> "Language":
    """The tokenizer-only pipeline kgner uses when the caller brings none."""
    import spacy
    return spacy.blank("xx")


def to_doc(extraction: Extraction, nlp: "Language | None" = None, doc_id: str | None = None) -> "Doc":
    """A `Doc` of `extraction.text` (tokenized only) with kgner's entities as `doc.ents`."""
    from ..spacy_component import set_entities
    doc = (nlp or blank()).make_doc(extraction.text)
    if doc_id is not None:
        doc.user_data["id"] = doc_id
    return set_entities(doc, extraction.entities)


def to_docbin(docs: Documents, nlp: "Language | None" = None) -> "DocBin":
    """A `DocBin` keeping the `span._` values (norm, kb_id, source, lang) as user data."""
    from spacy.tokens import DocBin
    docbin = DocBin(attrs=["ORTH", "SPACY", "ENT_IOB", "ENT_TYPE", "ENT_KB_ID"],
                    store_user_data=True)
    for doc_id, extraction in docs:
        docbin.add(to_doc(extraction, nlp, doc_id))
    return docbin


def write_docbin(docs: Documents, path: str | Path) -> int:
    """A `.spacy` file, read back with `DocBin().from_disk(path).get_docs(nlp.vocab)`."""
    docbin = to_docbin(docs)
    docbin.to_disk(path)
    return len(docbin)
