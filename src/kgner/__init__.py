"""kgner: named entities of Kyrgyz and Russian election news.

>>> import kgner
>>> [(e.label, e.text, e.norm) for e in kgner.extract("Саат 08:00дө №1053 участок ачылды")]
[('TIME', 'Саат 08:00', '08:00'), ('POLLING_STATION', '№1053', '1053')]
"""
from __future__ import annotations

from .batch import DocResult, extract_many
from .pipeline import Pipeline
from .types import CORE_LABELS, LABELS, Entity, Extraction

__version__ = "0.1.0"
__all__ = ["extract", "extract_many", "DocResult", "Pipeline", "Entity", "Extraction", "LABELS",
           "CORE_LABELS", "__version__"]

_default: Pipeline | None = None


def default_pipeline() -> Pipeline:
    """The process-wide pipeline, built on first use."""
    global _default
    if _default is None:
        _default = Pipeline()
    return _default


def extract(text: str) -> Extraction:
    """Find and normalize the entities of one text (Kyrgyz, Russian or mixed)."""
    return default_pipeline().extract(text)
