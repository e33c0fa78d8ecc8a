"""The deterministic rule layer: one module per label, each a `find(text)` generator.

Rules read the cleaned view (`kgner.text.cleanup`), so they see normalized quotes,
dashes and spaces, and glued live-blog timestamps already split from what follows.
"""
from __future__ import annotations

from typing import Callable, Iterable

from .base import Candidate
from . import body, date, district, percent, station, time

RULES: dict[str, Callable[[str], Iterable[Candidate]]] = {
    "TIME": time.find,
    "PERCENT": percent.find,
    "POLLING_STATION": station.find,
    "DISTRICT": district.find,
    "DATE": date.find,
    "ELECTION_BODY": body.find,
}

__all__ = ["Candidate", "RULES"]
