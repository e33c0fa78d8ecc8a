"""Read the held-out half of the factRuEval-2016 devset into kgner's gold shape.

The model trains on the other half (`kgner.corpus.factru_held_out` splits by document),
so these documents are text kgner never saw.

factRuEval marks objects (`*.objects`) built from spans (`*.spans`: id, type, start,
length, ...). A `Person` object becomes PERSON (scored as merged `PER`); `Location` and
`LocOrg` objects become LOCATION, natasha's LOC on its home ground. Each document is
one row, stand-off: the text stays in `../shared` and is resolved when evaluating.

Usage: python corpus/tools/factru.py [--root ../shared] [--out corpus/factru/heldout.jsonl]
Then:  kgner eval corpus/factru/heldout.jsonl --baseline natasha
"""
from __future__ import annotations

import argparse
import json
from pathlib import Path

DEVSET = "data/corpora/factRuEval-2016/devset"
LABELS = {"Person": "PERSON", "Location": "LOCATION", "LocOrg": "LOCATION"}


def read_spans(path: Path) -> dict[str, tuple[int, int]]:
    spans = {}
    for line in path.read_text(encoding="utf-8").splitlines():
        fields = line.split("#")[0].split()
        if len(fields) >= 4:
            start, length = int(fields[2]), int(fields[3])
            spans[fields[0]] = (start, start + length)
    return spans


def document(root: Path, txt: Path) -> dict:
    text = txt.read_text(encoding="utf-8")
    spans = read_spans(txt.with_suffix(".spans"))
    entities = []
    for line in txt.with_suffix(".objects").read_text(encoding="utf-8").splitlines():
        fields = line.split("#")[0].split()
        if len(fields) < 3 or fields[1] not in LABELS:
            continue
        parts = [spans[s] for s in fields[2:] if s in spans]
        if not parts:
            continue
        start, end = min(p[0] for p in parts), max(p[1] for p in parts)
        entities.append({"label": LABELS[fields[1]], "start": start, "end": end,
                         "text": text[start:end], "norm": text[start:end]})
    # objects may nest (a LocOrg inside an Org, a Location inside a Person's span): keep
    # the first-starting, longest of overlapping ones, as flat spans
    entities.sort(key=lambda e: (e["start"], -(e["end"] - e["start"])))
    flat, last_end = [], -1
    for e in entities:
        if e["start"] >= last_end:
            flat.append(e)
            last_end = e["end"]
    rel = f"{DEVSET}/{txt.name}"
    return {"id": f"factru-{txt.stem}", "source": f"factru:{txt.stem}", "lang": "ru",
            "split": "external", "ref": {"file": rel, "start": 0, "end": len(text)},
            "entities": flat}


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--root", default=str(Path(__file__).resolve().parents[3] / "shared"))
    parser.add_argument("--out", default="corpus/factru/heldout.jsonl")
    args = parser.parse_args()
    root = Path(args.root)
    import sys
    sys.path.insert(0, str(Path(__file__).resolve().parents[2] / "src"))
    from kgner.corpus import factru_held_out
    rows = [document(root, txt) for txt in sorted((root / DEVSET).glob("*.txt"))
            if factru_held_out(txt.stem)]
    with open(args.out, "w", encoding="utf-8") as f:
        for row in rows:
            f.write(json.dumps(row, ensure_ascii=False) + "\n")
    print(f"{len(rows)} documents, {sum(len(r['entities']) for r in rows)} entities -> {args.out}")


if __name__ == "__main__":
    main()
