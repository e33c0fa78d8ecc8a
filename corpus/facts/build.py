"""Build corpus/facts/{train,dev,test}.jsonl from the hand annotations in annotations/.

The annotations name entities by their text in the paragraph (`#n`: the n-th mention
with that text); this script resolves them to the gold entities' offsets and norms,
and the sentence to its offsets (`s=` a phrase inside it; default: the sentence of the
first entity named). It only converts what a person wrote; it runs no extractor.

    python corpus/facts/build.py          # from the repository root
"""
from __future__ import annotations

import json
import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE.parents[1] / "src"))

from kgner.corpus import load_rows  # noqa: E402
from kgner.facts.evaluate import ANNOTATED  # noqa: E402
from kgner.facts.sentences import split_sentences  # noqa: E402
from kgner.types import Entity  # noqa: E402

TYPES = {"T": "Turnout", "V": "VoteCast", "I": "StationIncident", "P": "PartyResult"}
REFS = {"time": "TIME", "pct": "PERCENT", "person": ("POLITICIAN", "PERSON"),
        "station": "POLLING_STATION", "party": "PARTY"}
FIELD = {"pct": "percent"}


def resolve(row: dict, spec: str) -> dict:
    name, _, nth = spec.partition("#")
    hits = [e for e in row["entities"] if e["text"] == name.strip()]
    n = int(nth) if nth else 1
    if len(hits) < n:
        raise ValueError(f"{row['id']}: no entity {spec!r}")
    e = hits[n - 1]
    return e


def build(split: str, files: list[Path] | None = None, root: str | None = None) -> list[dict]:
    """The facts of `split` from the annotation files (default: annotations/{split}*.txt)."""
    rows = {r["id"]: r for r in load_rows(HERE.parents[1] / "corpus" / "gold" / f"{split}.jsonl",
                                          *([root] if root else []))}
    out, current = {}, None
    files = files if files is not None else sorted((HERE / "annotations").glob(f"{split}*.txt"))
    lines = [(f"{path.name}:{n}", line) for path in files
             for n, line in enumerate(path.read_text(encoding="utf-8").splitlines(), 1)]
    covered = set()  # paragraphs read in full, with or without facts (`@id` lines)
    for lineno, line in lines:
        line = line.strip()
        if not line or line.startswith("#"):
            continue
        if line.startswith("@"):
            current = line[1:].strip()
            if current not in rows:
                raise ValueError(f"{lineno}: unknown paragraph {current}")
            out.setdefault(current, [])
            covered.add(current)
            continue
        row = rows[current]
        typ, _, rest = line.partition(" ")
        fact: dict = {"type": TYPES[typ]}
        anchor, first = None, None
        for part in rest.split("|"):
            key, _, value = part.strip().partition("=")
            value = value.strip()
            if key in REFS:
                if value.startswith("~"):
                    fact[FIELD.get(key, key)] = {"norm": value[1:]}
                    continue
                e = resolve(row, value)
                labels = REFS[key] if isinstance(REFS[key], tuple) else (REFS[key],)
                if e["label"] not in labels:
                    raise ValueError(f"{lineno}: {value!r} is {e['label']}")
                fact[FIELD.get(key, key)] = {"start": e["start"], "end": e["end"], "norm": e["norm"]}
                first = first if first is not None else e["start"]
            elif key in ("voters", "electorate", "votes", "seats"):
                fact[key] = int(value)
            elif key == "pre":
                fact["preliminary"] = value == "1"
            elif key in ("scope", "kind"):
                fact[key] = value
            elif key == "s":
                if value not in row["text"]:
                    raise ValueError(f"{lineno}: phrase {value!r} not in {current}")
                anchor = row["text"].index(value)
            else:
                raise ValueError(f"{lineno}: unknown field {key}")
        defaults = {"Turnout": ("time", "percent", "scope", "voters", "electorate"),
                    "VoteCast": ("person", "station", "time"),
                    "StationIncident": ("station", "kind"),
                    "PartyResult": ("party", "percent", "votes", "seats")}[fact["type"]]
        for k in defaults:
            fact.setdefault(k, None)
        if fact["type"] == "PartyResult":
            fact.setdefault("preliminary", False)
        pos = anchor if anchor is not None else first
        ents = tuple(Entity.from_dict(e) for e in row["entities"])
        sent = next(s for s in split_sentences(row["text"], ents) if s.start <= pos < s.end)
        fact["sentence"] = [sent.start, sent.end]
        out[current].append(fact)
    # A paragraph of a wholly annotated source (ANNOTATED prefixes) states no facts when
    # it has no row; other sources (24.kg) are covered paragraph by paragraph, so their
    # `@id` lines without facts are kept as rows with no facts.
    return [{"id": i, "split": split, "facts": f} for i, f in out.items()
            if f or not i.startswith(ANNOTATED)]


if __name__ == "__main__":
    for split in ("train", "dev", "test"):
        data = build(split)
        with open(HERE / f"{split}.jsonl", "w", encoding="utf-8") as f:
            for row in data:
                f.write(json.dumps(row, ensure_ascii=False) + "\n")
        counts: dict[str, int] = {}
        for row in data:
            for fact in row["facts"]:
                counts[fact["type"]] = counts.get(fact["type"], 0) + 1
        print(split, len(data), "paragraphs", counts)
