"""A piecewise map from offsets in a cleaned view back to the original text.

Why pieces and not one integer per character: a 10 MB input would need two arrays of
ten million Python ints. Cleanup changes few places, so the map stores only the runs:
an identity run maps character to character; a replaced run (an HTML entity, a
removed tag, an inserted space) maps any character inside it to the whole original run.
"""
from __future__ import annotations

from bisect import bisect_right
from dataclasses import dataclass, field


@dataclass
class OffsetMap:
    """Runs `(clean_start, orig_start, clean_len, orig_len, identity)` in order."""

    clean_starts: list[int] = field(default_factory=list)
    runs: list[tuple[int, int, int, int, bool]] = field(default_factory=list)

    def add(self, clean_start: int, orig_start: int, clean_len: int, orig_len: int,
            identity: bool) -> None:
        if clean_len == 0:
            return
        self.clean_starts.append(clean_start)
        self.runs.append((clean_start, orig_start, clean_len, orig_len, identity))

    def _run(self, pos: int) -> tuple[int, int, int, int, bool]:
        return self.runs[bisect_right(self.clean_starts, pos) - 1]

    def start(self, pos: int) -> int:
        """Original offset where the cleaned character at `pos` begins."""
        c0, o0, _, _, identity = self._run(pos)
        return o0 + (pos - c0) if identity else o0

    def end(self, pos: int) -> int:
        """Original offset where the cleaned span ending (exclusive) at `pos` ends."""
        c0, o0, _, olen, identity = self._run(pos - 1)
        return o0 + (pos - c0) if identity else o0 + olen

    def span(self, start: int, end: int) -> tuple[int, int]:
        return self.start(start), self.end(end)


@dataclass
class ChainedMap:
    """Maps composed in order: view_n -> ... -> view_1 -> original."""

    maps: list[OffsetMap]

    def span(self, start: int, end: int) -> tuple[int, int]:
        for m in reversed(self.maps):
            start, end = m.span(start, end) if end > start else (m.start(start), m.start(start))
        return start, end
