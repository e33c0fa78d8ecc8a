"""Party results from a pipe table with a header row.

Posts and releases print results as a table: a header naming the columns (`Партия | Голоса | %`,
`Партия | Пайыз | Орун`) and one row per party (`Ата-Журт Кыргызстан | 237 977 | 17,32`), the
rows on their own lines or joined by `;`, each line framed by pipes or not (`| Ишеним | 170 165 | 13,61 |`). The columns are read by their header words, so a
row's figures need no `%` sign or seat noun of their own.
"""
from __future__ import annotations

import re

from ..types import Entity
from .common import _ref
from .records import Fact, PartyResult

_HEADER = re.compile(r"(?:^|\n|[:—–]\s*)\s*(?:\|\s*)?(?:Партия|Партиялар|Партиянын аталышы|Party)\s*"
                     r"((?:\|\s*(?:%|[^|\n;\d]*?[^\W\d_][^|\n;\d]*?)\s*){2,3})\|?\s*(?=\n|\s[—–]\s|$)", re.I)
_CELL = r"\s*\|\s*(\d[\d\s\u00a0]*(?:[.,]\d+)?)"
_COLUMN_OF = (("percent", re.compile(r"%|пайыз|процент|доля|үлүш", re.I)),
              ("votes", re.compile(r"голос|добуш", re.I)),
              ("seats", re.compile(r"орун|мандат|мест|кресл", re.I)))


def _columns(header: str) -> list[str | None]:
    """The field each header cell names (None for one it does not)."""
    cells = [c.strip() for c in header.split("|")[1:]]
    return [next((field for field, pat in _COLUMN_OF if pat.search(c)), None) for c in cells]


def _number(cell: str) -> float:
    return float(re.sub(r"[\s\u00a0]", "", cell).replace(",", "."))


def table_results(text: str, ents: list[Entity], sentence_of, pre: bool) -> list[Fact]:
    """One PartyResult per party row of each headed table. `sentence_of(pos)` gives the
    (start, end) of the sentence at a position."""
    out: list[Fact] = []
    for head in _HEADER.finditer(text):
        columns = _columns(head.group(1))
        if not any(columns):
            continue
        row = re.compile(r'[»"”]?' + _CELL * len(columns) + r"\s*\|?\s*(?=\n|;|$|\s[—–]\s)")
        # rows up to the next blank line or the end of the paragraph
        end = text.find("\n\n", head.end())
        end = len(text) if end < 0 else end
        for i, e in enumerate(ents):
            if e.label != "PARTY" or not head.end() <= e.start < end:
                continue
            m = row.match(text, e.end)
            if m is None:
                continue
            fields = {f: _number(m.group(k + 1)) for k, f in enumerate(columns) if f}
            pct = fields.get("percent")
            votes = int(fields["votes"]) if "votes" in fields else None
            seats = int(fields["seats"]) if "seats" in fields else None
            out.append(PartyResult(sentence_of(e.start), 0.85, _ref(ents, i), None, votes, seats, pre, pct))
    return out
