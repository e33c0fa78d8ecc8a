"""CoNLL-2003-style BIO: `token -X- _ TAG` per line, a blank line between sentences.

Tokens are spaCy's blank multilingual tokenizer (`spacy.blank("xx")`), split at entity
boundaries so every entity is whole tokens; whitespace is dropped. A "sentence" is a
line of the original text (live blogs and news paragraphs are one per line), and each
document starts with the customary `-DOCSTART- -X- -X- O` line.
"""
from __future__ import annotations

from typing import IO, Iterator

from ..types import Extraction
from . import Documents
from .jsonl import _open
from .spacy_doc import to_doc

DOCSTART = "-DOCSTART- -X- -X- O"


def bio_sentences(extraction: Extraction) -> Iterator[list[tuple[str, str]]]:
    """(token, BIO tag) pairs of each non-empty line of the text."""
    sentence: list[tuple[str, str]] = []
    for token in to_doc(extraction):
        if token.is_space or not token.text.strip():
            if "\n" in token.text or "\n" in token.whitespace_:
                if sentence:
                    yield sentence
                sentence = []
            continue
        tag = f"{token.ent_iob_}-{token.ent_type_}" if token.ent_iob_ in ("B", "I") else "O"
        sentence.append((token.text, tag))
        if "\n" in token.whitespace_:
            yield sentence
            sentence = []
    if sentence:
        yield sentence


def write_conll(docs: Documents, path: str | IO[str]) -> int:
    n = 0
    with _open(path) as out:
        for _doc_id, extraction in docs:
            out.write(DOCSTART + "\n\n")
            for sentence in bio_sentences(extraction):
                out.write("".join(f"{tok} -X- _ {tag}\n" for tok, tag in sentence) + "\n")
            n += 1
    return n
