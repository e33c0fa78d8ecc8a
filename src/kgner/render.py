"""A visual view of kgner's results, drawn by spaCy's displaCy entity renderer.

Each entity is highlighted in its label's colour with its norm, kb_id, language and
source in the `title` attribute (shown on hover). The page is one self-contained
HTML file: inline styles only, no scripts, fonts or anything fetched from a network.
"""
from __future__ import annotations

from collections import Counter
import re
from html import escape
from typing import Iterable

from spacy import displacy
from spacy.displacy.templates import TPL_ENT

from .types import Extraction

COLORS = {
    "POLITICIAN": "#f4a3a3", "PERSON": "#f7c59f", "PARTY": "#c5a3f4",
    "POLLING_STATION": "#9fd3f7", "TIME": "#a3f4c1", "PERCENT": "#f4e19f",
    "DISTRICT": "#a3c8f4", "ELECTION_BODY": "#d9d9d9", "DATE": "#c1f49f",
    "LOCATION": "#9ff4e8",
}

# displaCy's own entity template, plus the hover text and machine-readable attributes.
TEMPLATE = TPL_ENT.replace(
    '<mark class="entity"',
    '<mark class="entity" title="{title}" data-label="{label}" data-norm="{norm}"'
    ' data-kb-id="{kb_id}"', 1)


def hover(entity) -> str:
    parts = [f"{entity.label}: {entity.norm}"]
    if entity.kb_id:
        parts.append(f"kb_id: {entity.kb_id}")
    parts.append(f"{entity.lang}, {entity.source}")
    return " | ".join(parts)


def manual(extraction: Extraction, title: str | None = None) -> dict:
    """displaCy's manual input for one document."""
    langs = Counter(e.lang for e in extraction)
    ents = [{
        "start": e.start, "end": e.end, "label": e.label,
        # displaCy formats these into the template as they are: escape them here.
        "params": {"title": escape(hover(e)), "norm": escape(e.norm),
                   "kb_id": escape(e.kb_id or "")},
    } for e in extraction]
    return {"text": extraction.text, "ents": ents, "title": escape(title) if title else None,
            "settings": {"lang": langs.most_common(1)[0][0] if langs else "ky"}}


def render(docs: Iterable[tuple[str | None, Extraction]], page: bool = True,
           page_title: str = "kgner") -> str:
    """HTML for `(title, extraction)` pairs: a full page, or a fragment (`page=False`)."""
    html = displacy.render([manual(x, title) for title, x in docs], style="ent", manual=True,
                           page=page, options={"colors": COLORS, "template": TEMPLATE})
    # scraped pages carry runs of empty lines: keep at most one blank line between paragraphs
    html = re.sub(r"(?:<br>\s*){3,}", "<br><br>", html)
    if page:  # the file must say it is UTF-8 when opened from disk
        html = html.replace("<head>", '<head>\n        <meta charset="utf-8">', 1)
        html = html.replace("<title>displaCy</title>", f"<title>{escape(page_title)}</title>", 1)
    return html


def to_html(extraction: Extraction, title: str | None = None) -> str:
    """A self-contained HTML page of one extraction (`Extraction.to_html`)."""
    return render([(title, extraction)], page=True, page_title=title or "kgner")


def repr_html(extraction: Extraction) -> str:
    """The fragment Jupyter shows for an `Extraction`."""
    return render([(None, extraction)], page=False)
