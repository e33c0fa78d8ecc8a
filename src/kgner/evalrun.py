"""`kgner eval`: run systems over gold rows and collect their reports."""
from __future__ import annotations

import json
from pathlib import Path
from typing import Callable, Iterable, Sequence

from .corpus import CorpusError, load_rows
from .evaluate import Report, Span, document_errors, score_document

Predictor = Callable[[str], list[Span]]


def spans_of(entities: Iterable[dict], gold: bool = False) -> list[Span]:
    """Spans of JSON entities; gold spans get the knowledge-base id their norm names."""
    return [Span(e["label"], e["start"], e["end"], str(e.get("norm", "")), e.get("text", ""),
                 e.get("kb_id") or (gold_kb_id(e["label"], str(e.get("norm", ""))) if gold else None))
            for e in entities]


def gold_kb_id(label: str, norm: str) -> str | None:
    """The id of the one KB entry whose canonical name is the gold norm, else None.

    Gold rows carry norms, not ids; a norm that names exactly one entry of the shipped
    knowledge base (its Kyrgyz or Russian name, or a party's norm) identifies it.
    """
    return _kb_names().get((label if label not in ("POLITICIAN", "PERSON") else "PER", norm))


_KB_NAMES: dict[tuple[str, str], str | None] | None = None


def _kb_names() -> dict[tuple[str, str], str | None]:
    global _KB_NAMES
    if _KB_NAMES is None:
        from .names.kb import get_kb
        names: dict[tuple[str, str], str | None] = {}
        for entry in get_kb().entries.values():
            label = "PER" if entry.label in ("POLITICIAN", "PERSON") else entry.label
            for name in {entry.name_ky, entry.name_ru, entry.norm} - {""}:
                key = (label, name)
                names[key] = entry.kb_id if names.get(key, entry.kb_id) == entry.kb_id else None
        _KB_NAMES = names
    return _KB_NAMES


def kgner_predictor(labels: Sequence[str] | None = None, **options) -> Predictor:
    """kgner as a system to score; `options` go to `Pipeline` (model, natasha, kb)."""
    from .pipeline import Pipeline
    pipeline = Pipeline(labels, **options)
    return lambda text: [Span(e.label, e.start, e.end, e.norm, e.text, e.kb_id)
                         for e in pipeline.extract(text)]


def predictions_from_file(path: str | Path) -> dict[str, list[Span]]:
    """Predictions made elsewhere, in the gold JSONL shape (`id`, `entities`)."""
    path = Path(path)
    if not path.is_file():
        raise CorpusError(f"predictions file not found: {path}")
    out = {}
    with open(path, encoding="utf-8") as f:
        for lineno, line in enumerate(f, 1):
            if line.strip():
                try:
                    row = json.loads(line)
                except json.JSONDecodeError as exc:
                    raise CorpusError(f"{path}:{lineno}: not JSON ({exc.msg})") from None
                out[row["id"]] = spans_of(row.get("entities", []))
    return out


def evaluate(gold_paths: Sequence[str | Path], systems: dict[str, Predictor],
             root: str | Path | None = None, by_lang: bool = False,
             only: dict[str, tuple[str, ...]] | None = None) -> dict[str, Report]:
    """Reports keyed by system name (and `name [lang]` when `by_lang`)."""
    reports: dict[str, Report] = {}

    def report(name: str) -> Report:
        if name not in reports:
            base = name.split(" [")[0]
            reports[name] = Report(name, only=(only or {}).get(base))
        return reports[name]

    for path in gold_paths:
        for row in load_rows(path, root):
            gold = spans_of(row.get("entities", []), gold=True)
            for name, predict in systems.items():
                pred = predict(row["text"]) if not isinstance(predict, dict) else predict.get(row["id"], [])
                counts = score_document(gold, pred)
                report(name).add(counts)
                report(name).errors += document_errors(row["id"], row["text"], gold, pred)
                if by_lang:
                    report(f"{name} [{row.get('lang', '?')}]").add(counts)
    return reports
