"""The model's tokenizer: the same word boundaries as the rule layer and the gazetteer.

A token is a run of letters (Kyrgyz `ө ү ң` included, so a glued case suffix stays in
its word: `Жапаровдун`), a run of digits (so `08:00дө` gives `08` `:` `00` `дө`), or one
other character. Whitespace other than a single space becomes its own token, so a
`Doc` always reproduces its text exactly. Runs on kgner's cleaned view, where glued
words and glued timestamps are already split.
"""
from __future__ import annotations

import re

from spacy.tokens import Doc
from spacy.util import registry

TOKEN = re.compile(r"[^\W\d_]+|\d+|\s+|.", re.S)


def words_and_spaces(text: str) -> tuple[list[str], list[bool]]:
    words: list[str] = []
    spaces: list[bool] = []
    for m in TOKEN.finditer(text):
        piece = m.group()
        if piece.isspace():
            if words and not spaces[-1] and piece[0] == " ":
                spaces[-1] = True
                piece = piece[1:]
            if not piece:
                continue
            if words and words[-1].isspace():
                words[-1] += piece
                continue
        words.append(piece)
        spaces.append(False)
    return words, spaces


class KgnerTokenizer:
    """A spaCy tokenizer (text -> Doc) with the boundaries above."""

    def __init__(self, vocab) -> None:
        self.vocab = vocab

    def __call__(self, text: str) -> Doc:
        words, spaces = words_and_spaces(text)
        return Doc(self.vocab, words=words, spaces=spaces)

    def pipe(self, texts, batch_size: int = 1000):
        for text in texts:
            yield self(text)

    # nothing to save: the tokenizer is the regular expression above
    def to_bytes(self, **kwargs) -> bytes:
        return b""

    def from_bytes(self, data: bytes, **kwargs) -> "KgnerTokenizer":
        return self

    def to_disk(self, path, **kwargs) -> None:
        pass

    def from_disk(self, path, **kwargs) -> "KgnerTokenizer":
        return self


@registry.tokenizers("kgner.Tokenizer.v1")
def create_tokenizer():
    def make(nlp):
        return KgnerTokenizer(nlp.vocab)
    return make
