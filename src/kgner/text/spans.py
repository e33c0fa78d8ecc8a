"""The sentence around an offset, for the rules and name steps that look only at it."""
from __future__ import annotations

import re

# a sentence ends at `.`, `!` or `?` followed by a space or the end: not a decimal point (`15.76`)
_SENTENCE_END = re.compile(r"[.!?](?=\s|$)")


def sentence_around(text: str, pos: int) -> tuple[int, int]:
    """(start, end) of the sentence that holds `pos`."""
    start = max((m.end() for m in _SENTENCE_END.finditer(text, 0, pos)), default=0)
    end = _SENTENCE_END.search(text, pos)
    return start, end.end() if end else len(text)
