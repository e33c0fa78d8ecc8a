"""`extract_many`: kgner over a stream of documents, lazily, in order, on N processes.

Archives are long: the stream is read a batch at a time and only a bounded number of
batches are in flight, so memory stays flat however many documents come. Each worker
process builds its pipeline once (in the pool initializer) and keeps it. One bad
document never stops the stream: it comes back as a `DocResult` with `error` set.
"""
from __future__ import annotations

import multiprocessing
import signal
from collections import deque
from concurrent.futures import Future, ProcessPoolExecutor
from dataclasses import dataclass
from itertools import islice
from typing import Any, Iterable, Iterator, Mapping, Sequence

from .pipeline import Pipeline
from .text.langid import detect
from .types import Entity, Extraction

# A document on its way to a stage: (id, text or None, error or None).
_Doc = tuple[Any, "str | None", "str | None"]
# What a worker sends back: (lang, entity field tuples) or (None, error); the text
# stays in the parent, so results cross the process boundary without it. In one
# process the Extraction itself is passed on (`portable=False`): nothing to rebuild.
_Out = tuple["str | None", "tuple | Extraction | str"]

_ENTITY_FIELDS = tuple(Entity.__dataclass_fields__)  # entities travel as plain tuples
BATCH_SIZE = 64
IN_FLIGHT_PER_PROCESS = 4  # batches queued per worker: enough to keep it busy, still bounded


@dataclass(frozen=True)
class DocResult:
    """The outcome for one input document: its extraction, or why there is none."""

    id: Any
    extraction: Extraction | None = None
    error: str | None = None
    lang: str | None = None

    @property
    def ok(self) -> bool:
        return self.error is None

    def to_dict(self) -> dict:
        """The plain form the CLI writes: id, lang, entities (or error)."""
        if self.error is not None:
            return {"id": self.id, "error": self.error}
        return {"id": self.id, "lang": self.lang,
                "entities": [e.to_dict() for e in self.extraction or ()]}


def _as_doc(index: int, item: Any, text_field: str, id_field: str) -> _Doc:
    """Normalize one input item; a malformed item becomes an error, not an exception."""
    doc_id: Any = index
    if isinstance(item, Mapping):
        doc_id = item.get(id_field, index)
        if text_field not in item:
            return doc_id, None, f"missing text field {text_field!r}"
        item = item[text_field]
    if isinstance(item, (bytes, bytearray)):
        try:
            item = bytes(item).decode("utf-8")
        except UnicodeDecodeError as exc:
            return doc_id, None, f"bad encoding: not UTF-8 ({exc.reason} at byte {exc.start})"
    if not isinstance(item, str):
        return doc_id, None, f"expected str or a record with {text_field!r}, got {type(item).__name__}"
    return doc_id, item, None


def _run(pipeline: Pipeline, text: str, portable: bool = True) -> _Out:
    try:
        return _out(text, pipeline.extract(text), portable)
    except Exception as exc:  # one document's failure must not end the stream
        return None, f"{type(exc).__name__}: {exc}"


def _out(text: str, extraction: Extraction, portable: bool = True) -> _Out:
    if not portable:
        return detect(text), extraction
    return detect(text), tuple(tuple(getattr(e, f) for f in _ENTITY_FIELDS) for e in extraction)


def _run_many(pipeline: Pipeline, texts: list[str | None],
              portable: bool = True) -> list[_Out | None]:
    """A batch through `Pipeline.extract_batch` (one model call for all); if anything in
    it fails, each document again on its own, so only the failing one gets an error.
    `portable`: results as plain tuples, to cross a process boundary."""
    good = [t for t in texts if t is not None]
    try:
        extractions = iter(pipeline.extract_batch(good))
        return [None if t is None else _out(t, next(extractions), portable) for t in texts]
    except Exception:
        return [None if t is None else _run(pipeline, t, portable) for t in texts]


def _result(doc: _Doc, out: _Out | None) -> DocResult:
    doc_id, text, error = doc
    if error is not None or out is None:
        return DocResult(doc_id, None, error)
    lang, payload = out
    if lang is None:
        return DocResult(doc_id, None, str(payload))
    if isinstance(payload, Extraction):  # from this process
        return DocResult(doc_id, payload, None, lang)
    return DocResult(doc_id, Extraction(text, tuple(Entity(*f) for f in payload)), None, lang)


# --- worker side: one pipeline per process, built by the pool initializer ------------
_worker_pipeline: Pipeline | None = None


def _init_worker(labels: Sequence[str] | None, options: dict | None) -> None:
    global _worker_pipeline
    signal.signal(signal.SIGINT, signal.SIG_IGN)  # Ctrl-C is the parent's to handle
    _worker_pipeline = _pipeline_for(labels, options)
    _worker_pipeline.extract("warm up: 08:00 №1053")  # load lazy resources now, once


def _work(texts: list[str | None]) -> list[_Out | None]:
    assert _worker_pipeline is not None
    return _run_many(_worker_pipeline, texts)


def _pipeline_for(labels: Sequence[str] | None, options: Mapping | None) -> Pipeline:
    if labels is None and not options:
        from . import default_pipeline
        return default_pipeline()
    return Pipeline(labels, **(options or {}))


def extract_many(items: Iterable[Any], n_process: int = 1, batch_size: int = BATCH_SIZE,
                 labels: Sequence[str] | None = None, text_field: str = "text",
                 id_field: str = "id", start_method: str | None = None,
                 pipeline: Pipeline | None = None,
                 options: Mapping[str, Any] | None = None) -> Iterator[DocResult]:
    """Yield a `DocResult` per item, in input order, as results become ready.

    `items`: strings (id = position) or records `{"id": ..., "text": ...}` (bytes are
    decoded as UTF-8). `n_process > 1` runs that many worker processes; `start_method`
    picks the multiprocessing context (default: the platform's; "spawn" works too).
    `options` are passed on as `Pipeline(labels, **options)` in every process;
    `pipeline` replaces the pipeline outright (with `n_process=1` only).
    """
    if n_process < 1 or batch_size < 1:
        raise ValueError("n_process and batch_size must be at least 1")
    if pipeline is not None and n_process > 1:
        raise ValueError("pipeline= works in this process only; with n_process > 1 pass "
                         "labels= and options=, which each worker builds its pipeline from")
    docs = (_as_doc(i, item, text_field, id_field) for i, item in enumerate(items))
    batches = iter(lambda: list(islice(docs, batch_size)), [])
    if n_process == 1:
        pipeline = _pipeline_for(labels, options) if pipeline is None else pipeline
        for batch in batches:
            for doc, out in zip(batch, _run_many(pipeline, [d[1] for d in batch], False)):
                yield _result(doc, out)
        return
    context = multiprocessing.get_context(start_method)
    pending: deque[tuple[list[_Doc], Future]] = deque()
    with ProcessPoolExecutor(n_process, mp_context=context, initializer=_init_worker,
                             initargs=(tuple(labels) if labels else None,
                                       dict(options) if options else None)) as pool:
        try:
            for batch in batches:
                pending.append((batch, pool.submit(_work, [d[1] for d in batch])))
                if len(pending) >= n_process * IN_FLIGHT_PER_PROCESS:
                    yield from _drain_one(pending)
            while pending:
                yield from _drain_one(pending)
        finally:  # an abandoned or interrupted stream must not leave work queued
            for _, future in pending:
                future.cancel()


def _drain_one(pending: deque) -> Iterator[DocResult]:
    batch, future = pending.popleft()
    for doc, out in zip(batch, future.result()):
        yield _result(doc, out)
