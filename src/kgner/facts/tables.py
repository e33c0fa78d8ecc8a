"""Party results from a table with a header row.

Posts and releases print results as a table: a header naming the columns (`Партия | Голоса | %`,
`Партия | Пайыз | Орун`) and one row per party (`Ата-Журт Кыргызстан | 237 977 | 17,32`), the
rows on their own lines or joined by `;`, each line framed by pipes or not (`| Ишеним | 170 165 |
13,61 |`); protocols print the same with slashes or dashes (`Наименование политической партии / число
голосов / процент: «Замандаш» / 4 105 / 26,54; ...`). The columns are read by their header words,
so a row's figures need no `%` sign or seat noun of their own.
"""
from __future__ import annotations

import re

from ..types import Entity
from .common import _ref
from .records import Fact, PartyResult

# the first column names the parties; the others are named by their words, cells apart by one
# separator: a pipe, a slash (`Наименование политической партии / число голосов / процент:`) or a
# dash with spaces (`Саясий партиянын аталышы – добуштардын саны – пайызы – мандаттардын саны:`)
_PARTY_COLUMN = (r"(?:Партия|Партиялар|Партиянын аталышы|Party|Наименование\s+(?:политической\s+)?партии"
                 r"|Саясий\s+партиянын\s+аталышы|Политическая\s+партия)")
_SEPARATORS = {"|": r"\|", "/": r"/", "–": r"\s[—–-]"}


def _header(sep: str) -> re.Pattern:
    cell = r"(?:%|[^|/—–\n;:\d]*?[^\W\d_][^|/—–\n;:\d]*?)"
    end = r"(?=\n|\s[—–]\s|$|:)" if sep != "–" else r"(?=\n|$|:)"
    return re.compile(rf"(?:^|\n|[:—–.]\s*)\s*(?:\|\s*)?{_PARTY_COLUMN}\s*((?:{_SEPARATORS[sep]}\s*{cell}\s*){{2,3}})"
                      rf"(?:{_SEPARATORS[sep]})?\s*{end}", re.I)


_HEADERS = {sep: _header(sep) for sep in _SEPARATORS}
_PARTY_COLUMN_RE = re.compile(_PARTY_COLUMN, re.I)
_COLUMN_OF = (("percent", re.compile(r"%|пайыз|процент|доля|үлүш", re.I)),
              ("votes", re.compile(r"голос|добуш", re.I)),
              ("seats", re.compile(r"орун|мандат|мест|кресл", re.I)))


def _columns(header: str, sep: str) -> list[str | None]:
    """The field each header cell names (None for one it does not)."""
    cells = [c.strip() for c in re.split(_SEPARATORS[sep], header)[1:]]
    return [next((field for field, pat in _COLUMN_OF if pat.search(c)), None) for c in cells]


def _number(cell: str) -> float:
    return float(re.sub(r"[\s\u00a0]", "", cell).replace(",", "."))


def table_results(text: str, ents: list[Entity], sentence_of, pre: bool) -> list[Fact]:
    """One PartyResult per party row of each headed table. `sentence_of(pos)` gives the
    (start, end) of the sentence at a position."""
    out: list[Fact] = []
    if not _PARTY_COLUMN_RE.search(text):
        return out
    heads = [(sep, m) for sep, pat in _HEADERS.items() if sep in text or sep == "–" for m in pat.finditer(text)]
    for sep, head in heads:
        columns = _columns(head.group(1), sep)
        if not any(columns):
            continue
        cell = rf"\s*{_SEPARATORS[sep]}\s*(\d[\d\u00a0]*(?:\s\d{{3}})*(?:[.,]\d+)?)"
        row = re.compile(r'[»"”]?' + cell * len(columns) + rf"\s*(?:{_SEPARATORS[sep]})?\s*(?=\n|;|$|\.(?:\s|$)|\s[—–]\s)")
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
