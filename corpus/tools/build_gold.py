"""Build `corpus/gold/{train,dev,test}.jsonl` from the two annotation passes and the
adjudication of their disagreements, and print the inter-annotator agreement.

Inputs (all in the repository): `corpus/units.jsonl` (paragraphs, split, stand-off
references), `corpus/annotation/pass{A,B}/*.jsonl` (two independent passes: id, lang,
entities with offsets) and `corpus/annotation/adjudication.jsonl` (per disagreeing
unit: the entities kept from one pass, the norm chosen where the passes differ).

Usage: python corpus/tools/build_gold.py [--root ../shared]
"""
from __future__ import annotations

import argparse
import json
import sys
from collections import Counter, defaultdict
from pathlib import Path

REPO = Path(__file__).resolve().parents[2]
sys.path.insert(0, str(REPO / "src"))

from kgner.corpus import resolve_text, validate_row  # noqa: E402
from kgner.rules.base import decimal_norm  # noqa: E402

CHUNKS = ("seed", "kg24", "kypool", "rupool", "liveblog", "results", "results2", "liveblog3", "news4", "results5",
          "news6",
          "news7", "liveblog8", "news9", "liveblog10", "news11", "news12",
          "news13", "news14", "news16", "news15",
          "news17", "news18", "news19", "news20", "news21", "news22", "news23", "news24", "news25", "news26", "news27", "news28", "news29", "news30", "news31", "news32", "news33", "news34", "news35", "news36", "news37", "news38", "news39", "news40", "news41", "news42", "news43", "news44", "news45", "news46", "news47", "news48", "news49", "news50", "news51", "news52", "news53", "news54", "news55", "news56", "news57", "news58", "news59", "news60", "news61", "news62", "news63", "news64", "news65", "news66", "news67", "news68", "news69", "news70", "news71", "news72", "news73", "news74", "news75", "news76", "news77", "news78", "news79", "news80", "news81", "news82", "news83", "news84", "news85", "news86", "news87", "news88", "news89", "news90", "news91", "news92", "news93", "news94", "news95", "news96", "news97", "news98", "news99", "news100", "news101", "news102", "news103", "news104", "news105", "news106", "news107", "news108")
ANNOTATION = REPO / "corpus" / "annotation"


def _load(path: Path) -> dict[str, dict]:
    with open(path, encoding="utf-8") as f:
        return {row["id"]: row for row in map(json.loads, f) if row}


def _key(e: dict) -> tuple:
    return e["label"], e["start"], e["end"]


def agreement() -> dict[str, dict]:
    """Entity-level strict F1 (label + span) between the passes, per chunk."""
    out = {}
    for chunk in CHUNKS:
        a, b = _load(ANNOTATION / "passA" / f"{chunk}.jsonl"), _load(ANNOTATION / "passB" / f"{chunk}.jsonl")
        both = only_a = only_b = norm_diff = 0
        for uid, row in a.items():
            ka = {_key(e): e["norm"] for e in row["entities"]}
            kb = {_key(e): e["norm"] for e in b[uid]["entities"]}
            both += len(ka.keys() & kb.keys())
            only_a += len(ka.keys() - kb.keys())
            only_b += len(kb.keys() - ka.keys())
            norm_diff += sum(ka[k] != kb[k] for k in ka.keys() & kb.keys())
        out[chunk] = {"units": len(a), "f1": 2 * both / (2 * both + only_a + only_b),
                      "agreed": both, "only_a": only_a, "only_b": only_b, "norm_differs": norm_diff}
    return out


def gold_entities(uid: str, a: dict, b: dict, decision: dict | None) -> list[dict]:
    ka = {_key(e): e for e in a["entities"]}
    kb = {_key(e): e for e in b["entities"]}
    chosen_norm = {(n["label"], n["start"], n["end"]): n["norm"] for n in (decision or {}).get("norms", [])}
    entities = []
    for key in ka.keys() & kb.keys():
        e = dict(ka[key])
        if ka[key]["norm"] != kb[key]["norm"]:
            e["norm"] = chosen_norm[key]
        entities.append(e)
    entities += [dict(e) for e in (decision or {}).get("keep", [])]
    for e in entities:
        if e["label"] == "PERCENT":
            e["norm"] = decimal_norm(e["norm"])
    return sorted(entities, key=lambda e: (e["start"], e["end"]))


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--root", default=str(REPO.parent / "shared"))
    args = parser.parse_args()
    units = _load(REPO / "corpus" / "units.jsonl")
    decisions = _load(ANNOTATION / "adjudication.jsonl")
    splits: dict[str, list[dict]] = defaultdict(list)
    for chunk in CHUNKS:
        a, b = _load(ANNOTATION / "passA" / f"{chunk}.jsonl"), _load(ANNOTATION / "passB" / f"{chunk}.jsonl")
        for uid in a:
            unit = units[uid]
            langs = {a[uid].get("lang"), b[uid].get("lang")}
            lang = "mixed" if "mixed" in langs else a[uid].get("lang") or unit["lang"]
            row = {"id": uid, "source": unit["source"], "lang": lang, "split": unit["split"]}
            row.update({"text": unit["text"]} if "text" in unit else {"ref": unit["ref"]})
            row["entities"] = gold_entities(uid, a[uid], b[uid], decisions.get(uid))
            problems = validate_row(dict(row, text=resolve_text(row, args.root)))
            if problems:
                raise SystemExit(f"{uid}: {problems}")
            splits[unit["split"]].append(row)
    for split, rows in splits.items():
        with open(REPO / "corpus" / "gold" / f"{split}.jsonl", "w", encoding="utf-8") as f:
            for row in rows:
                f.write(json.dumps(row, ensure_ascii=False) + "\n")
    print(json.dumps(agreement(), indent=1))
    print(counts_markdown(splits))


LABEL_ORDER = ("POLITICIAN", "PERSON", "PARTY", "POLLING_STATION", "TIME", "PERCENT", "DISTRICT",
               "ELECTION_BODY", "DATE", "LOCATION")


def counts_markdown(splits: dict[str, list[dict]]) -> str:
    """The Counts table of corpus/README.md (paragraphs, languages, entities per label)."""
    lines = ["| split | paragraphs | ky | ru | mixed | " + " | ".join(LABEL_ORDER) + " |",
             "|---" * (5 + len(LABEL_ORDER)) + "|"]
    total_rows, total_langs, total_labels = 0, Counter(), Counter()
    for split in ("train", "dev", "test"):
        rows = splits.get(split, [])
        labels = Counter(e["label"] for r in rows for e in r["entities"])
        langs = Counter(r["lang"] for r in rows)
        total_rows, total_langs, total_labels = total_rows + len(rows), total_langs + langs, total_labels + labels
        lines.append(_row(split, len(rows), langs, labels))
    lines.append(_row("all", total_rows, total_langs, total_labels))
    return "\n".join(lines)


def _row(name: str, n: int, langs: Counter, labels: Counter) -> str:
    cells = [name, n, langs["ky"], langs["ru"], langs["mixed"], *(labels[x] for x in LABEL_ORDER)]
    return "| " + " | ".join(map(str, cells)) + " |"


if __name__ == "__main__":
    main()
