"""Scoring facts against a gold facts file (`corpus/facts/*.jsonl`).

A predicted fact matches a gold fact of the same paragraph when the types are equal and
the key fields are equal (one-to-one, greedy):

- Turnout: time and percent (a Turnout with no percent: time and number of voters);
- VoteCast: the person (same norm, or same surname) and the polling station;
- StationIncident: the polling station and the kind;
- PartyResult: the party's norm, the percent and the seats.
"""
from __future__ import annotations

import json
from dataclasses import dataclass, field
from pathlib import Path
from typing import Callable, Iterable

FACT_TYPES = ("Turnout", "VoteCast", "StationIncident", "PartyResult")
# fields outside the match key, scored on matched facts only
OTHER_FIELDS = {"Turnout": ("scope", "voters", "electorate"), "VoteCast": ("time",),
                "PartyResult": ("votes", "preliminary")}
# the paragraphs the gold facts cover (see corpus/facts/README.md); others are not scored
ANNOTATED = ("seed-", "ky-pool-", "ru-pool-", "lb-", "rn-", "rn2-", "lb3-", "nb4-", "rb5-", "nb6-", "nb7-", "lb8-",
             "nb9-", "lb10-", "nb11-", "nb12-", "nb13-", "nb14-", "nb16-", "nb15-",
             "nb17-", "nb18-", "nb19-", "nb20-", "nb21-", "nb22-", "nb23-", "nb24-", "nb25-", "nb26-", "nb27-", "nb28-", "nb29-", "nb30-", "nb31-", "nb32-", "nb33-", "nb34-", "nb35-", "nb36-", "nb37-", "nb38-", "nb39-", "nb40-", "nb41-", "nb42-", "nb43-", "nb44-", "nb45-", "nb46-", "nb47-", "nb48-", "nb49-", "nb50-", "nb51-", "nb52-", "nb53-", "nb54-", "nb55-", "nb56-", "nb57-", "nb58-", "nb59-", "nb60-", "nb61-", "nb62-", "nb63-", "nb64-", "nb65-", "nb66-", "nb67-", "nb68-", "nb69-", "nb70-", "nb71-", "nb72-", "nb73-", "nb74-", "nb75-", "nb76-", "nb77-", "nb78-", "nb79-", "nb80-", "nb81-", "nb82-", "nb83-", "nb84-", "nb85-", "nb86-", "nb87-", "nb88-", "nb89-", "nb90-", "nb91-", "nb92-", "nb93-", "nb94-", "nb95-", "nb96-", "nb97-", "nb98-", "nb99-", "nb100-", "nb101-", "nb102-", "nb103-", "nb104-", "nb105-", "nb106-", "nb107-", "nb108-")


def _norm(ref) -> str | None:
    if not ref:
        return None
    return str(ref.get("norm")) if isinstance(ref, dict) else str(ref)


def _num(value) -> float | None:
    try:
        return None if value in (None, "") else round(float(value), 3)
    except (TypeError, ValueError):
        return None


def _field(value):
    """A comparable value of a fact field: an entity reference by its norm."""
    return _norm(value) if isinstance(value, dict) else value


def _person_equal(a: str | None, b: str | None) -> bool:
    if a is None or b is None:
        return a == b
    return a == b or a.split()[-1] == b.split()[-1]


def key_equal(gold: dict, pred: dict) -> bool:
    """True when `pred` states the same fact as `gold` (see the module doc)."""
    if gold.get("type") != pred.get("type"):
        return False
    t = gold["type"]
    if t == "Turnout":
        if _norm(gold.get("time")) != _norm(pred.get("time")):
            return False
        gp, pp = _num(_norm(gold.get("percent"))), _num(_norm(pred.get("percent")))
        if gp is None and pp is None:
            return gold.get("voters") == pred.get("voters")
        return gp == pp
    if t == "VoteCast":
        return _person_equal(_norm(gold.get("person")), _norm(pred.get("person"))) and \
            _norm(gold.get("station")) == _norm(pred.get("station"))
    if t == "StationIncident":
        return _norm(gold.get("station")) == _norm(pred.get("station")) and \
            gold.get("kind") == pred.get("kind")
    if t == "PartyResult":
        return _norm(gold.get("party")) == _norm(pred.get("party")) and \
            _num(_norm(gold.get("percent"))) == _num(_norm(pred.get("percent"))) and \
            gold.get("seats") == pred.get("seats")
    return False


@dataclass
class FactReport:
    tp: dict = field(default_factory=lambda: dict.fromkeys(FACT_TYPES, 0))
    fp: dict = field(default_factory=lambda: dict.fromkeys(FACT_TYPES, 0))
    fn: dict = field(default_factory=lambda: dict.fromkeys(FACT_TYPES, 0))
    errors: list = field(default_factory=list)
    fields: dict = field(default_factory=dict)  # (type, field) -> [equal, matched]

    def add(self, doc_id: str, gold: list[dict], pred: list[dict]) -> None:
        left = list(pred)
        for g in gold:
            hit = next((p for p in left if key_equal(g, p)), None)
            if hit is None:
                self.fn[g["type"]] += 1
                self.errors.append(("FN", doc_id, g))
            else:
                self.tp[g["type"]] += 1
                left.remove(hit)
                for name in OTHER_FIELDS.get(g["type"], ()):
                    tally = self.fields.setdefault((g["type"], name), [0, 0])
                    tally[0] += _field(g.get(name)) == _field(hit.get(name))
                    tally[1] += 1
        for p in left:
            if p.get("type") in self.fp:
                self.fp[p["type"]] += 1
                self.errors.append(("FP", doc_id, p))

    def table(self) -> dict[str, dict]:
        rows = {}
        for t in FACT_TYPES + ("all",):
            tp, fp, fn = ((sum(d.values()) for d in (self.tp, self.fp, self.fn)) if t == "all"
                          else (self.tp[t], self.fp[t], self.fn[t]))
            p = tp / (tp + fp) if tp + fp else 0.0
            r = tp / (tp + fn) if tp + fn else 0.0
            f = 2 * p * r / (p + r) if p + r else 0.0
            rows[t] = {"tp": tp, "fp": fp, "fn": fn, "precision": round(p, 3),
                       "recall": round(r, 3), "f1": round(f, 3)}
        return rows

    def format(self, title: str = "") -> str:
        lines = [title] if title else []
        lines.append(f"{'fact':<16} {'P':>6} {'R':>6} {'F1':>6} {'tp':>5} {'fp':>5} {'fn':>5}")
        for t, r in self.table().items():
            lines.append(f"{t:<16} {r['precision']:>6.3f} {r['recall']:>6.3f} {r['f1']:>6.3f} "
                         f"{r['tp']:>5} {r['fp']:>5} {r['fn']:>5}")
        if self.fields:
            lines.append(f"fields of matched facts (equal / matched): {self._fields_summary()}")
        return "\n".join(lines)

    def markdown(self) -> str:
        """The table as Markdown (for the README), with the field agreement below it."""
        lines = ["| fact | gold | predicted | precision | recall | F1 |", "|---|---:|---:|---:|---:|---:|"]
        for t, r in self.table().items():
            lines.append(f"| {t} | {r['tp'] + r['fn']} | {r['tp'] + r['fp']} | {r['precision']:.3f} | "
                         f"{r['recall']:.3f} | **{r['f1']:.3f}** |")
        if self.fields:
            lines += ["", f"Other fields on matched facts (equal / matched): {self._fields_summary()}."]
        return "\n".join(lines)

    def _fields_summary(self) -> str:
        return ", ".join(f"{t}.{name} {eq}/{n}" for (t, name), (eq, n) in self.fields.items())


def load_gold_facts(path: str | Path) -> dict[str, list[dict]]:
    out = {}
    with open(path, encoding="utf-8") as f:
        for line in f:
            if line.strip():
                row = json.loads(line)
                out[row["id"]] = row["facts"]
    return out


def score(rows: Iterable[dict], gold_facts: dict[str, list[dict]],
          predict: Callable[[str], list[dict]]) -> FactReport:
    """Score `predict(text) -> fact dicts` on the gold paragraphs `rows` (with `text`).

    Every annotated paragraph of `rows` counts: those of the wholly annotated sources (ids
    starting with ANNOTATED; one without a gold facts row states no facts) and every
    paragraph the gold file has a row for (24.kg paragraphs, covered one by one).
    """
    report = FactReport()
    for row in rows:
        if not str(row["id"]).startswith(ANNOTATED) and row["id"] not in gold_facts:
            continue
        report.add(row["id"], gold_facts.get(row["id"], []), predict(row["text"]))
    return report


def kgner_fact_predictor() -> Callable[[str], list[dict]]:
    """Facts of kgner's default pipeline (rules only when the NER model is missing)."""
    import sys
    from ..pipeline import Pipeline
    from . import facts_to_dicts
    try:
        pipeline = Pipeline()
    except Exception as exc:  # a missing model should not stop fact scoring
        print(f"kgner eval --facts: {exc.__class__.__name__}; using Pipeline(model=False)",
              file=sys.stderr)
        pipeline = Pipeline(model=False)
    return lambda text: facts_to_dicts(pipeline.extract(text))
