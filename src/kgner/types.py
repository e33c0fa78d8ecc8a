"""Value objects returned by kgner: `Entity` and `Extraction`.

Small immutable records instead of dicts, so that callers and later stages share one
shape; `to_dict`/`to_json` give the plain form that the CLI and other tools consume.
"""
from __future__ import annotations

import json
from dataclasses import asdict, dataclass, field
from functools import cached_property
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
    confidence: float = 1.0  # 1.0 for rules and the KB; calibrated for model/natasha

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

    @cached_property
    def facts(self) -> tuple:
        """Election facts built on the entities (`kgner.facts`), computed on first use."""
        from .facts import build_facts
        return build_facts(self)

    def to_dict(self, facts: bool = False) -> dict:
        data = {"text": self.text, "entities": [e.to_dict() for e in self.entities]}
        if facts:
            data["facts"] = [f.to_dict() for f in self.facts]
        return data

    def to_json(self, **kwargs) -> str:
        kwargs.setdefault("ensure_ascii", False)
        return json.dumps(self.to_dict(), **kwargs)

    @classmethod
    def from_dict(cls, data: dict) -> "Extraction":
        return cls(data["text"], tuple(Entity.from_dict(e) for e in data["entities"]))

    @classmethod
    def from_json(cls, data: str | bytes, text: str | None = None) -> "Extraction":
        """Back from `to_json()` or a `kgner extract` record (give `text` if it has none)."""
        from .export.jsonl import from_json
        return from_json(data, text)

    def to_doc(self, nlp=None):
        """A spaCy `Doc` with these entities as `doc.ents` (`nlp`: blank "xx" by default)."""
        from .export.spacy_doc import to_doc
        return to_doc(self, nlp)

    def to_dataframe(self, doc_id: str | None = None):
        """One pandas row per entity (needs `pip install kgner[pandas]`)."""
        from .export.dataframe import extraction_to_dataframe
        return extraction_to_dataframe(self, doc_id)

    def to_html(self, title: str | None = None) -> str:
        """A self-contained HTML page highlighting the entities (displaCy)."""
        from .render import to_html
        return to_html(self, title)

    def _repr_html_(self) -> str:
        """Jupyter shows an `Extraction` as its highlighted text."""
        from .render import repr_html
        return repr_html(self)

    @classmethod
    def from_entities(cls, text: str, entities: Iterable[Entity]) -> "Extraction":
        return cls(text, tuple(sorted(entities, key=lambda e: (e.start, e.end))))
