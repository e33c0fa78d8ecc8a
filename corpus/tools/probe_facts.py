"""Score the fact layer on the probe texts of corpus/probes/: how many texts that state no
incident (party result, turnout, vote) still give one, and how many that state one give it.

The probes are short texts written for the project to find false positives; their labels
are their writers', not a second annotator's gold, so they measure, they do not replace,
`kgner eval --facts`. Usage: python corpus/tools/probe_facts.py [--show]
"""
from __future__ import annotations

import argparse
import json
from pathlib import Path

import kgner
from kgner.facts import PartyResult, StationIncident, Turnout, VoteCast

PROBES = Path(__file__).resolve().parents[1] / "probes"
FACT_OF = {"si": StationIncident, "pr": PartyResult, "to": Turnout, "vc": VoteCast}  # by file prefix
POSITIVE = ("problem", "result", "turnout", "voted")  # file names of texts that state a fact


def _texts(path: Path) -> list[tuple[str, str]]:
    """(text, label) per line; the label (an incident kind) follows a tab, when given."""
    rows = []
    for line in path.read_text(encoding="utf-8").splitlines():
        if line.strip():
            text, _, label = line.partition("\t")
            rows.append((text, label.strip()))
    return rows


def score(path: Path, show: bool = False) -> str:
    cls = FACT_OF[path.name.split("_")[0]]
    found = right = 0
    rows = _texts(path)
    for text, label in rows:
        facts = [f for f in kgner.extract(text).facts if isinstance(f, cls)]
        found += bool(facts)
        right += bool(label) and any(getattr(f, "kind", None) == label for f in facts)
        if show and bool(facts) != path.stem.split("_")[1].startswith(POSITIVE):
            print(f"  {path.name}: {text}")
    line = f"{path.name}: {found} of {len(rows)} texts give a {cls.__name__}"
    return line + (f", {right} of the kind its writer gave" if any(label for _, label in rows) else "")


def _party_norm(name: str) -> str:
    """A labelled party name as the extractor normalizes it (`СДПК` -> its KB name)."""
    for text in (f"партия «{name}»", f"«{name}» партиясы", name):
        parties = [e for e in kgner.extract(text).entities if e.label == "PARTY"]
        if parties:
            return parties[0].norm
    return name


def score_fields(labels: Path, show: bool = False) -> str:
    """Party results field by field (party, percent, votes, seats) against labelled facts: a
    labeller's for sets 1-4's result texts (`pr_result_labels.jsonl`, rows naming file and
    line), the writers' own for sets 6 and 7 (`pr_result_labelled_N.jsonl`, rows with the text)."""
    def key(party, pct, votes, seats):
        return party, None if pct is None else round(float(pct), 2), votes, seats
    tp = fp = fn = 0
    for line in labels.read_text(encoding="utf-8").splitlines():
        row = json.loads(line)
        text = row["text"] if "text" in row else _texts(PROBES / row["file"])[row["line"] - 1][0]
        gold = {key(_party_norm(f["party"]), f.get("percent"), f.get("votes"), f.get("seats")) for f in row["facts"]}
        pred = {key(f.party.norm, f.percent.norm if f.percent else f.percent_value, f.votes, f.seats)
                for f in kgner.extract(text).facts if isinstance(f, PartyResult)}
        tp, fp, fn = tp + len(gold & pred), fp + len(pred - gold), fn + len(gold - pred)
        if show and gold != pred:
            where = f"{row['file']}:{row['line']}" if "file" in row else f"{labels.name}: {text[:80]}"
            print(f"  {where}: labelled only {sorted(gold - pred, key=str)}, "
                  f"extracted only {sorted(pred - gold, key=str)}")
    return f"{labels.name}: party results with all fields equal P {tp / (tp + fp):.3f} R {tp / (tp + fn):.3f} ({tp} right, {fp} extra, {fn} missed)"


def score_party_words(path: Path, show: bool = False) -> str:
    """PARTY entities against a writer's list of the party mentions in each text
    (`party_words_N.jsonl`: texts where party names are also ordinary words, other
    organizations' names or the homeland; most texts name no party)."""
    from collections import Counter
    right = extra = missed = 0
    for line in path.read_text(encoding="utf-8").splitlines():
        row = json.loads(line)
        pred = Counter(e.text for e in kgner.extract(row["text"]).entities if e.label == "PARTY")
        gold = Counter(row["parties"])
        right += sum((pred & gold).values())
        extra += sum((pred - gold).values())
        missed += sum((gold - pred).values())
        if show and pred != gold:
            print(f"  {path.name}: {row['text'][:80]}: labelled only {sorted((gold - pred).elements())}, "
                  f"extracted only {sorted((pred - gold).elements())}")
    return f"{path.name}: party mentions {right} right, {extra} extra, {missed} missed"


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--show", action="store_true", help="print the texts scored wrong")
    args = parser.parse_args()
    for path in sorted(PROBES.glob("*.txt")):
        print(score(path, args.show))
    for labels in sorted(PROBES.glob("pr_result_label*.jsonl"), key=lambda p: (len(p.name), p.name)):
        print(score_fields(labels, args.show))
    for path in sorted(PROBES.glob("party_words_*.jsonl")):
        print(score_party_words(path, args.show))


if __name__ == "__main__":
    main()
