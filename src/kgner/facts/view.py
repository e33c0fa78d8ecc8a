"""The text the fact layer reads: markup blanked out at the same length.

Entities come with offsets into the original text, and facts point to those offsets, so
the fact layer must read a text of the same length. Scraped pages keep HTML around the
figures (`&laquo;Ишеним&raquo; &mdash; 13,61%`, `<li>`), which the entity pipeline reads
through its cleaned view but the fact patterns would not see past: here a tag becomes
spaces (a block tag a line break), and an HTML entity its character padded with spaces;
a word with Latin homoglyphs among Cyrillic letters is read in one script (`мaндатов`), and
low-high quotes as guillemets (`13,61% у „Ишенима“` reads as `у «Ишенима»`), the one style the
patterns name.
"""
from __future__ import annotations

import html
import re

from ..text.cleanup import fix_mixed_words

_MARKUP = re.compile(r"(?P<block></?(?i:p|br|div|li|ul|ol|tr|td|th|h[1-6]|blockquote|section|article|table)\b[^<>]{0,2000}>)"
                     r"|(?P<tag></?[a-zA-Z!][^<>]{0,2000}>)"
                     r"|(?P<entity>&(?:#\d{1,7}|#[xX][0-9a-fA-F]{1,6}|[a-zA-Z]{2,10});)")


_LOW_HIGH_QUOTES = re.compile(r"„([^„“”\"«»\n]{1,80})[“”]")


def _blank(m: re.Match) -> str:
    n = len(m.group())
    if m.group("block"):
        return "\n" + " " * (n - 1)
    if m.group("tag"):
        return " " * n
    char = html.unescape(m.group())
    return (char if len(char) == 1 and char != m.group() else " ") + " " * (n - 1)


def readable(text: str) -> str:
    """`text` with its markup blanked and its words in one script, the same length (the same
    object when nothing changed)."""
    view = fix_mixed_words(text)
    if "<" in view or "&" in view:
        view = _MARKUP.sub(_blank, view)
    if "„" in view:
        view = _LOW_HIGH_QUOTES.sub(r"«\1»", view)
    return text if view == text else view
