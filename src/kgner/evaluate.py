"""Scoring predicted entities against gold, as the annotation guideline defines it.

A prediction matches a gold entity when the labels are equal and the spans overlap
(lenient) or are equal to the character (strict); for POLLING_STATION, TIME and
PERCENT the norms must be equal too. Each gold and each predicted entity is used in at
most one match. `PER` merges POLITICIAN and PERSON; the micro average runs over the
core labels.
"""
from __future__ import annotations

from collections import defaultdict
from dataclasses import dataclass, field
from typing import Iterable, Sequence

from .types import CORE_LABELS, LABELS

NORM_MUST_MATCH = frozenset({"POLLING_STATION", "TIME", "PERCENT"})
PER_LABELS = frozenset({"POLITICIAN", "PERSON"})


@dataclass(frozen=True, slots=True)
class Span:
    label: str
    start: int
    end: int
    norm: str = ""
    text: str = ""
    kb_id: str | None = None


@dataclass
class Counts:
    gold: int = 0
    pred: int = 0
    lenient: int = 0  # matched pairs, overlapping spans
    strict: int = 0  # matched pairs, equal spans
    norm_ok: int = 0  # lenient pairs whose norms are equal
    kb_total: int = 0  # lenient pairs whose gold entity has a knowledge-base id
    kb_ok: int = 0  # ... and the prediction carries the same id

    def add(self, other: "Counts") -> None:
        for name in ("gold", "pred", "lenient", "strict", "norm_ok", "kb_total", "kb_ok"):
            setattr(self, name, getattr(self, name) + getattr(other, name))

    def prf(self, matched: int) -> tuple[float, float, float]:
        p = matched / self.pred if self.pred else 0.0
        r = matched / self.gold if self.gold else 0.0
        f = 2 * p * r / (p + r) if p + r else 0.0
        return p, r, f

    def row(self) -> dict:
        lp, lr, lf = self.prf(self.lenient)
        sp, sr, sf = self.prf(self.strict)
        return {"gold": self.gold, "pred": self.pred, "precision": lp, "recall": lr, "f1": lf,
                "strict_precision": sp, "strict_recall": sr, "strict_f1": sf,
                "norm_accuracy": self.norm_ok / self.lenient if self.lenient else None,
                "kb_accuracy": self.kb_ok / self.kb_total if self.kb_total else None}


def _norm_equal(a: Span, b: Span) -> bool:
    return a.norm == b.norm


def match(gold: Sequence[Span], pred: Sequence[Span], strict: bool) -> list[tuple[Span, Span]]:
    """One-to-one pairs of gold and predicted spans of the same label."""
    pairs, used = [], set()
    for g in sorted(gold, key=lambda s: (s.start, s.end)):
        best = None
        for i, p in enumerate(pred):
            if i in used or p.label != g.label:
                continue
            if strict and (p.start, p.end) != (g.start, g.end):
                continue
            if not strict and not (p.start < g.end and g.start < p.end):
                continue
            if g.label in NORM_MUST_MATCH and not _norm_equal(g, p):
                continue
            overlap = min(p.end, g.end) - max(p.start, g.start)
            if best is None or overlap > best[0]:
                best = (overlap, i)
        if best is not None:
            used.add(best[1])
            pairs.append((g, pred[best[1]]))
    return pairs


def merge_per(spans: Iterable[Span]) -> list[Span]:
    return [Span("PER", s.start, s.end, s.norm, s.text, s.kb_id) if s.label in PER_LABELS else s
            for s in spans]


def score_document(gold: Sequence[Span], pred: Sequence[Span]) -> dict[str, Counts]:
    """Counts per label (and `PER`) for one document."""
    out: dict[str, Counts] = defaultdict(Counts)
    for label_set, g_spans, p_spans in (("labels", gold, pred),
                                        ("per", merge_per(gold), merge_per(pred))):
        if label_set == "per":
            g_spans = [s for s in g_spans if s.label == "PER"]
            p_spans = [s for s in p_spans if s.label == "PER"]
        for s in g_spans:
            out[s.label].gold += 1
        for s in p_spans:
            out[s.label].pred += 1
        for g, p in match(g_spans, p_spans, strict=False):
            out[g.label].lenient += 1
            out[g.label].norm_ok += _norm_equal(g, p)
            if g.kb_id:
                out[g.label].kb_total += 1
                out[g.label].kb_ok += g.kb_id == p.kb_id
        for g, _ in match(g_spans, p_spans, strict=True):
            out[g.label].strict += 1
    return out


@dataclass
class Report:
    """Accumulated counts of a system over documents, optionally by language."""

    system: str
    labels: dict[str, Counts] = field(default_factory=lambda: defaultdict(Counts))
    only: tuple[str, ...] | None = None  # rows to show (a baseline knows few labels)
    errors: list[dict] = field(default_factory=list)

    def add(self, counts: dict[str, Counts]) -> None:
        for label, c in counts.items():
            self.labels[label].add(c)

    def micro(self, labels: Iterable[str] = CORE_LABELS) -> Counts:
        total = Counts()
        for label in labels:
            total.add(self.labels.get(label, Counts()))
        return total

    def table(self) -> dict:
        rows = {label: self.labels[label].row() for label in LABELS if label in self.labels}
        rows["PER"] = self.labels.get("PER", Counts()).row()
        rows["micro(core)"] = self.micro().row()
        rows["micro(all)"] = self.micro(LABELS).row()
        if self.only:
            rows = {k: v for k, v in rows.items() if k in self.only}
        return rows


def document_errors(doc_id: str, text: str, gold: Sequence[Span], pred: Sequence[Span],
                    width: int = 40) -> list[dict]:
    """False positives and false negatives of one document, with context."""
    matched = match(gold, pred, strict=False)
    hit_g = {id(g) for g, _ in matched}
    hit_p = {id(p) for _, p in matched}
    out = []
    for kind, spans, hit in (("FN", gold, hit_g), ("FP", pred, hit_p)):
        for s in spans:
            if id(s) not in hit:
                left = text[max(0, s.start - width):s.start].replace("\n", " ")
                right = text[s.end:s.end + width].replace("\n", " ")
                out.append({"id": doc_id, "kind": kind, "label": s.label, "text": text[s.start:s.end],
                            "norm": s.norm, "start": s.start,
                            "context": f"{left}[[{text[s.start:s.end]}]]{right}"})
    return out


def format_table(reports: Sequence[Report], title: str = "") -> str:
    """A plain-text table: one block per system, one row per label."""
    lines = [title] if title else []
    header = (f"{'label':<16}{'gold':>6}{'pred':>6}{'P':>7}{'R':>7}{'F1':>7}"
              f"{'sP':>7}{'sR':>7}{'sF1':>7}{'norm':>7}{'kb_id':>7}")
    for report in reports:
        lines += [f"== {report.system}", header]
        for label, row in report.table().items():
            if row["gold"] == 0 and row["pred"] == 0:
                continue
            norm = "" if row["norm_accuracy"] is None else f"{row['norm_accuracy']:.3f}"
            kb = "" if row["kb_accuracy"] is None else f"{row['kb_accuracy']:.3f}"
            lines.append(f"{label:<16}{row['gold']:>6}{row['pred']:>6}{row['precision']:>7.3f}"
                         f"{row['recall']:>7.3f}{row['f1']:>7.3f}{row['strict_precision']:>7.3f}"
                         f"{row['strict_recall']:>7.3f}{row['strict_f1']:>7.3f}{norm:>7}{kb:>7}")
    return "\n".join(lines)


def format_markdown(reports: Sequence[Report], columns: Sequence[str] | None = None) -> str:
    """One Markdown table, systems side by side: F1 (lenient) per label, with counts."""
    systems = list(reports)
    labels: list[str] = []
    for report in systems:
        for label, row in report.table().items():
            if label not in labels and (row["gold"] or row["pred"]):
                labels.append(label)
    if columns:
        labels = [l for l in columns if l in labels]
    head = "| label | gold | " + " | ".join(f"{r.system} P / R / F1" for r in systems) + " |"
    lines = [head, "|" + "---|" * (2 + len(systems))]
    for label in labels:
        cells, gold = [], None
        for report in systems:
            row = report.table().get(label)
            if row is None:
                cells.append("")
                continue
            gold = row["gold"] if gold is None else gold
            cells.append(f"{row['precision']:.3f} / {row['recall']:.3f} / **{row['f1']:.3f}**")
        lines.append(f"| {label} | {gold} | " + " | ".join(cells) + " |")
    return "\n".join(lines)
