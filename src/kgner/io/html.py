"""The text kgner reads from an HTML page, with offsets into the HTML source itself.

kgner's cleanup already strips tags and decodes entities on a view that maps back to
the original, so the HTML source can be given to the pipeline as is and every entity's
`start`/`end` index the file as read. Only what is never prose is hidden first:
`<script>`, `<style>` and comments are blanked with spaces (newlines kept), which
keeps every offset and keeps code out of the results.
"""
from __future__ import annotations

import re

_HIDDEN = re.compile(r"<(script|style|template)\b[^>]*>.*?</\1\s*>|<!--.*?-->", re.I | re.S)
_NOT_NEWLINE = re.compile(r"[^\n]")


def html_text(source: str) -> str:
    """`source` with scripts, styles and comments blanked; same length, same offsets."""
    return _HIDDEN.sub(lambda m: _NOT_NEWLINE.sub(" ", m.group(0)), source)
