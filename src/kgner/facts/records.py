"""Typed fact records. Each points to the entities it is built from (index and offsets)."""
from __future__ import annotations

from dataclasses import dataclass
from typing import ClassVar

SCOPES = ("country", "region", "city", "district", "station", "abroad")
KINDS = ("equipment", "queue", "violation", "closure", "observers", "other")


@dataclass(frozen=True)
class Ref:
    """An entity a fact uses: its index in `Extraction.entities`, offsets and norm (index
    None for a party named by its members, which is no entity: see `party_nouns`)."""

    index: int | None
    start: int
    end: int
    text: str
    norm: str

    def to_dict(self) -> dict:
        return {"index": self.index, "start": self.start, "end": self.end,
                "text": self.text, "norm": self.norm}


def _ref(r: Ref | None) -> dict | None:
    return r.to_dict() if r is not None else None


@dataclass(frozen=True)
class Fact:
    sentence: tuple[int, int]
    confidence: float
    type: ClassVar[str] = "Fact"
    _refs: ClassVar[tuple[str, ...]] = ()
    _values: ClassVar[tuple[str, ...]] = ()

    @property
    def entities(self) -> tuple[int, ...]:
        """Indices of the entities the fact is built from."""
        return tuple(getattr(self, n).index for n in self._refs
                     if getattr(self, n) is not None and getattr(self, n).index is not None)

    def to_dict(self) -> dict:
        d = {"type": self.type}
        for n in self._refs:
            d[n] = _ref(getattr(self, n))
        for n in self._values:
            d[n] = getattr(self, n)
        d["sentence"] = list(self.sentence)
        d["confidence"] = round(self.confidence, 2)
        d["entities"] = list(self.entities)
        return d


@dataclass(frozen=True)
class Turnout(Fact):
    time: Ref | None = None
    percent: Ref | None = None
    scope: str | None = None
    voters: int | None = None
    electorate: int | None = None
    type: ClassVar[str] = "Turnout"
    _refs: ClassVar[tuple[str, ...]] = ("time", "percent")
    _values: ClassVar[tuple[str, ...]] = ("scope", "voters", "electorate")


@dataclass(frozen=True)
class VoteCast(Fact):
    person: Ref | None = None
    station: Ref | None = None
    time: Ref | None = None
    type: ClassVar[str] = "VoteCast"
    _refs: ClassVar[tuple[str, ...]] = ("person", "station", "time")


@dataclass(frozen=True)
class StationIncident(Fact):
    station: Ref | None = None
    kind: str = "other"
    sentence_text: str = ""
    type: ClassVar[str] = "StationIncident"
    _refs: ClassVar[tuple[str, ...]] = ("station",)
    _values: ClassVar[tuple[str, ...]] = ("kind", "sentence_text")


@dataclass(frozen=True)
class PartyResult(Fact):
    party: Ref | None = None
    percent: Ref | None = None
    votes: int | None = None
    seats: int | None = None
    preliminary: bool = False
    percent_value: float | None = None   # a bare figure with no PERCENT entity: `(7,09)`
    type: ClassVar[str] = "PartyResult"
    _refs: ClassVar[tuple[str, ...]] = ("party", "percent")
    _values: ClassVar[tuple[str, ...]] = ("votes", "seats", "preliminary")

    def to_dict(self) -> dict:
        d = super().to_dict()
        if self.percent is None and self.percent_value is not None:
            d["percent"] = {"norm": _fmt(self.percent_value)}
        return d


def _fmt(x: float) -> str:
    return str(int(x)) if float(x).is_integer() else str(x)
