"""kgner on Dask: a bag of texts or records, or a text column of a Dask DataFrame.

Each partition runs through `kgner.extract_many` in the worker. The pipeline is held at
module level and built on first use, so every worker process loads it once and keeps
it for all the partitions it is given. See docs/dask.md for a real cluster.
"""
from __future__ import annotations

from functools import lru_cache
from typing import Any, Iterable, Mapping, Sequence

from .batch import extract_many
from .pipeline import Pipeline

ENTITY_COLUMNS = ("label", "text", "start", "end", "norm", "lang", "source", "kb_id")


@lru_cache(maxsize=8)
def worker_pipeline(labels: tuple[str, ...] | None = None) -> Pipeline:
    """This process's pipeline for `labels`: built once, then reused by every partition."""
    if labels is None:
        from . import default_pipeline
        return default_pipeline()
    return Pipeline(labels)


def _key(labels: Sequence[str] | None) -> tuple[str, ...] | None:
    return tuple(labels) if labels else None


def _records(partition: Iterable[Any], labels: tuple[str, ...] | None, text_field: str,
             id_field: str) -> list[dict]:
    # a bare string has no id: its result keeps the bag's order and gets id None
    items = [x if isinstance(x, Mapping) else {id_field: None, text_field: x} for x in partition]
    return [r.to_dict() for r in extract_many(items, pipeline=worker_pipeline(labels),
                                              text_field=text_field, id_field=id_field)]


def extract_bag(bag, labels: Sequence[str] | None = None, text_field: str = "text",
                id_field: str = "id"):
    """A bag of `DocResult.to_dict()` records, one per item of `bag`, in the same order.

    Items are strings or records `{"id": ..., "text": ...}`; a bad item gives
    `{"id": ..., "error": ...}` instead of failing the computation.
    """
    return bag.map_partitions(_records, _key(labels), text_field, id_field)


def _frame(part, column: str, labels: tuple[str, ...] | None):
    import pandas as pd
    results = extract_many(part[column].tolist(), pipeline=worker_pipeline(labels))
    langs, entities, errors = [], [], []
    for r in results:
        langs.append(r.lang)
        entities.append([e.to_dict() for e in r.extraction] if r.extraction else [])
        errors.append(r.error)
    return pd.DataFrame({"lang": langs, "entities": entities, "error": errors},
                        index=part.index)


def _entity_rows(part, column: str, labels: tuple[str, ...] | None):
    import pandas as pd
    rows, index = [], []
    for idx, r in zip(part.index, extract_many(part[column].tolist(),
                                               pipeline=worker_pipeline(labels))):
        for e in r.extraction or ():
            rows.append([getattr(e, c) for c in ENTITY_COLUMNS])
            index.append(idx)
    return pd.DataFrame(rows, columns=list(ENTITY_COLUMNS),
                        index=pd.Index(index, name=part.index.name)).astype(_entity_dtypes())


def _entity_dtypes() -> dict[str, str]:
    return {c: "int64" if c in ("start", "end") else "object" for c in ENTITY_COLUMNS}


def extract_column(ddf, column: str = "text", labels: Sequence[str] | None = None):
    """Per row of `ddf`: `lang`, `entities` (a list of entity dicts) and `error`, with
    `ddf`'s index, so the result joins back onto the frame (`ddf.join(...)`)."""
    import pandas as pd
    meta = pd.DataFrame({"lang": pd.Series(dtype=object), "entities": pd.Series(dtype=object),
                         "error": pd.Series(dtype=object)})
    return ddf.map_partitions(_frame, column, _key(labels), meta=meta)


def entities_frame(ddf, column: str = "text", labels: Sequence[str] | None = None):
    """One row per entity (label, text, start, end, norm, lang, source, kb_id), indexed
    by the row of `ddf` it was found in: ready for groupby and counts."""
    import pandas as pd
    meta = pd.DataFrame({c: pd.Series(dtype=t) for c, t in _entity_dtypes().items()})
    return ddf.map_partitions(_entity_rows, column, _key(labels), meta=meta)
