"""pandas: one row per entity, with the document id (pandas is an optional extra)."""
from __future__ import annotations

from typing import TYPE_CHECKING

from ..types import Extraction
from . import Documents
from .table import COLUMNS, rows

if TYPE_CHECKING:
    import pandas


def _pandas():
    try:
        import pandas
    except ImportError:
        raise ImportError("kgner's DataFrame export needs pandas: pip install kgner[pandas]") from None
    return pandas


def to_dataframe(docs: Documents) -> "pandas.DataFrame":
    """Entities of many documents; columns are `kgner.export.table.COLUMNS`."""
    pd = _pandas()
    frame = pd.DataFrame(list(rows(docs)), columns=list(COLUMNS))
    return frame.astype({"start": "int64", "end": "int64"})


def extraction_to_dataframe(extraction: Extraction, doc_id: str | None = None) -> "pandas.DataFrame":
    """Entities of one document (`Extraction.to_dataframe`)."""
    return to_dataframe([(doc_id, extraction)])
