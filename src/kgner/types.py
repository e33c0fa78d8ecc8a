"""Value objects returned by kgner: `Entity` and `Extraction`.

Small immutable records instead of dicts, so that callers and later stages share one
shape; `to_dict`/`to_json` give the plain form that the CLI and other tools consume.
"""
from __future__ import annotations

import json
from dataclasses import asdict, dataclass, field
from typing import Iterable, Iterator

LABELS = (
    "POLITICIAN", "PERSON", "PARTY", "POLLING_STATION", "TIME", "PERCENT",
    "DISTRICT", "ELECTION_BODY", "DATE", "LOCATION",
)
CORE_LABELS = ("POLITICIAN", "PERSON", "PARTY", "POLLING_STATION", "TIME", "PERCENT")


@dataclass(frozen=True, slots=True)
class Entity:
    """One entity: `text == original[start:end]`, with its normalized value."""

    label: str
    text: str
    start: int
    end: int
    norm: str
    lang: str = "ky"
    source: str = "rule"
    kb_id: str | None = None

    def to_dict(self) -> dict:
        return asdict(self)

    @classmethod
    def from_dict(cls, data: dict) -> "Entity":
        return cls(**{k: data[k] for k in cls.__dataclass_fields__ if k in data})


@dataclass(frozen=True)
class Extraction:
    """The entities of one text, sorted by offset and non-overlapping."""

    text: str
    entities: tuple[Entity, ...] = field(default_factory=tuple)

    def __iter__(self) -> Iterator[Entity]:
        return iter(self.entities)

    def __len__(self) -> int:
        return len(self.entities)

    def __getitem__(self, index: int) -> Entity:
        return self.entities[index]

    def by_label(self, *labels: str) -> list[Entity]:
        """The entities whose label is one of `labels`."""
        wanted = set(labels)
        return [e for e in self.entities if e.label in wanted]

    def to_dict(self) -> dict:
        return {"text": self.text, "entities": [e.to_dict() for e in self.entities]}

    def to_json(self, **kwargs) -> str:
        kwargs.setdefault("ensure_ascii", False)
        return json.dumps(self.to_dict(), **kwargs)

    @classmethod
    def from_dict(cls, data: dict) -> "Extraction":
        return cls(data["text"], tuple(Entity.from_dict(e) for e in data["entities"]))

    @classmethod
    def from_entities(cls, text: str, entities: Iterable[Entity]) -> "Extraction":
        return cls(text, tuple(sorted(entities, key=lambda e: (e.start, e.end))))
