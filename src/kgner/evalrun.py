"""`kgner eval`: run systems over gold rows and collect their reports."""
from __future__ import annotations

import json
from pathlib import Path
from typing import Callable, Iterable, Sequence

from .corpus import CorpusError, load_rows
from .evaluate import Report, Span, document_errors, score_document

Predictor = Callable[[str], list[Span]]


def spans_of(entities: Iterable[dict]) -> list[Span]:
    return [Span(e["label"], e["start"], e["end"], str(e.get("norm", "")), e.get("text", ""))
            for e in entities]


def kgner_predictor(labels: Sequence[str] | None = None) -> Predictor:
    from .pipeline import Pipeline
    pipeline = Pipeline(labels)
    return lambda text: [Span(e.label, e.start, e.end, e.norm, e.text)
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
            gold = spans_of(row.get("entities", []))
            for name, predict in systems.items():
                pred = predict(row["text"]) if not isinstance(predict, dict) else predict.get(row["id"], [])
                counts = score_document(gold, pred)
                report(name).add(counts)
                report(name).errors += document_errors(row["id"], row["text"], gold, pred)
                if by_lang:
                    report(f"{name} [{row.get('lang', '?')}]").add(counts)
    return reports
