"""Election facts on top of the entities: turnout, votes cast, station incidents, results.

>>> import kgner
>>> ex = kgner.extract("Саат 12:00гө карата шайлоочулардын 9,17%ы добуш берди.")
>>> [(f.type, f.time.norm, f.percent.norm) for f in ex.facts]
[('Turnout', '12:00', '9.17')]
"""
from __future__ import annotations

from ..types import Extraction
from .builder import build_facts
from .records import KINDS, SCOPES, Fact, PartyResult, Ref, StationIncident, Turnout, VoteCast

__all__ = ["build_facts", "facts_to_dicts", "Fact", "Ref", "Turnout", "VoteCast",
           "StationIncident", "PartyResult", "SCOPES", "KINDS"]


def facts_to_dicts(extraction: Extraction) -> list[dict]:
    """The facts of an extraction as plain dicts (for JSON output)."""
    return [f.to_dict() for f in build_facts(extraction)]
