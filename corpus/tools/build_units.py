"""Select the paragraphs of the gold corpus and assign each source page to a split.

Why a script: the selection and the split must be reproducible and must never put one
source page in two splits. Third-party texts (seed page, 24.kg) are referenced
stand-off (file, article, character offsets); the project's own paragraphs
(`data/texts/`) are kept inline.

Usage: python corpus/tools/build_units.py [--root ../shared] [--out corpus/units.jsonl]
           [--with-text FILE]   # a private copy with texts, for annotators (not committed)
"""
from __future__ import annotations

import argparse
import csv
import hashlib
import json
from pathlib import Path

SEED_FILE = "seeds/000_dc6cb61e8d06d590.txt"
KG24_FILE = "data/corpora/24kg-kyrgyz-news/qad-train_1000.csv"
TEXT_FILES = ("data/texts/ky_elections.jsonl", "data/texts/ru_elections.jsonl")
REPO = Path(__file__).resolve().parents[2]
# The project's own live-blog pages (corpus/texts/), one election day each. Assigned by
# hand so that the test split holds live-blog polling stations and times too.
LIVEBLOG_SPLITS = {"parl_2020": "train", "parl_2025": "dev", "pres_2021": "test", "parl_2021": "test"}
# results/turnout news pages written for the project later (corpus/texts/results_news.jsonl):
# train and dev only, assigned by hand per page; the test split was fixed before they existed
RESULTS_DEV = {"ky-parl2021-b", "ky-pres2021-a", "ky-local2021-a", "ru-parl2020-a", "ru-parl2025-a"}
# a second batch by another writer, in a denser print style (results_news_2.jsonl)
RESULTS2_DEV = {"ky-parl2020-b", "ky-ref2021-04-b", "ru-parl2021-b", "mixed-pres2017-live"}
# a third batch: three more election-day live blogs (liveblog_batch3.jsonl), train and dev
LIVEBLOG3_SPLITS = {"pres2017": "dev", "parl2015": "train", "ref2021": "train"}
# a fourth batch of agency-style paragraphs (news_batch4.jsonl), all dev: a held-out check
# of the fact layer after the earlier batches were used for tuning
NEWS4_SPLIT = "dev"
# a fifth batch, results and turnout in ten kinds of writing (results_batch5.jsonl): scored
# once as held-out, then train
RESULTS5_SPLIT = "train"
# a sixth batch, ten outlets and formats (news_batch6.jsonl): scored once as held-out, then train
NEWS6_SPLIT = "train"
ELECTION_WORD = "шайло"


def split_of(source: str) -> str:
    """Deterministic split by source page: ~30% test, ~12% dev, ~58% train (the seed page adds to dev)."""
    bucket = int(hashlib.sha1(source.encode("utf-8")).hexdigest()[:8], 16) % 100
    if bucket < 30:
        return "test"
    if bucket < 42:
        return "dev"
    return "train"


def seed_units(root: Path) -> list[dict]:
    text = (root / SEED_FILE).read_text(encoding="utf-8")
    units, seen, pos = [], set(), 0
    for line in text.split("\n"):
        start, pos = pos, pos + len(line) + 1
        if not line.strip() or line in seen:
            continue
        seen.add(line)
        units.append({"id": f"seed-{len(units) + 1:03d}", "source": "seed:" + SEED_FILE,
                      "lang": "ky", "split": "dev",
                      "ref": {"file": SEED_FILE, "start": start, "end": start + len(line)}})
    return units


def kg24_units(root: Path) -> list[dict]:
    csv.field_size_limit(10**9)
    with open(root / KG24_FILE, encoding="utf-8", newline="") as f:
        articles = list(csv.DictReader(f))
    chosen, seen_labels = [], set()
    for art in articles:  # every politics article about elections
        labels = art["labels_set"].split(",")
        if "politics" in labels and ELECTION_WORD in art["text"].lower():
            chosen.append(art)
    for art in articles:  # plus one article of every other topic, for breadth
        first = art["labels_set"].split(",")[0]
        if first not in seen_labels and art not in chosen and "politics" not in art["labels_set"]:
            seen_labels.add(first)
            chosen.append(art)
    units = []
    for art in chosen:
        source = f"24kg:{art['id']}"
        pos = 0
        for para in art["text"].split("\n"):
            start, pos = pos, pos + len(para) + 1
            if not para.strip():
                continue
            units.append({"id": f"24kg-{art['id']}-{len(units) + 1:04d}", "source": source,
                          "lang": "ky", "split": split_of(source),
                          "ref": {"file": KG24_FILE, "article": art["id"],
                                  "start": start, "end": start + len(para)}})
    return units


def pool_units(root: Path) -> list[dict]:
    units = []
    for name in TEXT_FILES:
        with open(root / name, encoding="utf-8") as f:
            for line in f:
                row = json.loads(line)
                source = row["facts_from"]
                units.append({"id": row["id"], "source": source, "lang": row["lang"],
                              "split": split_of(source), "text": row["text"]})
    return units


def liveblog_units() -> list[dict]:
    units = []
    for election, split in LIVEBLOG_SPLITS.items():
        with open(REPO / "corpus" / "texts" / f"liveblog_{election}.jsonl", encoding="utf-8") as f:
            for line in f:
                row = json.loads(line)
                units.append({"id": row["id"], "source": row["source"], "lang": row["lang"],
                              "split": split, "text": row["text"]})
    return units


def results_units() -> list[dict]:
    units = []
    for name, prefix, dev in (("results_news.jsonl", "kgner-results-", RESULTS_DEV),
                              ("results_news_2.jsonl", "kgner-results2-", RESULTS2_DEV)):
        with open(REPO / "corpus" / "texts" / name, encoding="utf-8") as f:
            for line in f:
                row = json.loads(line)
                page = row["source"].removeprefix(prefix)
                units.append({"id": row["id"], "source": row["source"], "lang": row["lang"],
                              "split": "dev" if page in dev else "train", "text": row["text"]})
    return units


def liveblog3_units() -> list[dict]:
    units = []
    with open(REPO / "corpus" / "texts" / "liveblog_batch3.jsonl", encoding="utf-8") as f:
        for line in f:
            row = json.loads(line)
            blog = row["source"].removeprefix("kgner-liveblog3-")
            units.append({"id": row["id"], "source": row["source"], "lang": row["lang"],
                          "split": LIVEBLOG3_SPLITS[blog], "text": row["text"]})
    return units


def news4_units() -> list[dict]:
    with open(REPO / "corpus" / "texts" / "news_batch4.jsonl", encoding="utf-8") as f:
        rows = [json.loads(line) for line in f]
    return [{"id": r["id"], "source": r["source"], "lang": r["lang"], "split": NEWS4_SPLIT,
             "text": r["text"]} for r in rows]


def results5_units() -> list[dict]:
    with open(REPO / "corpus" / "texts" / "results_batch5.jsonl", encoding="utf-8") as f:
        rows = [json.loads(line) for line in f]
    return [{"id": r["id"], "source": r["source"], "lang": r["lang"], "split": RESULTS5_SPLIT,
             "text": r["text"]} for r in rows]


def news6_units() -> list[dict]:
    with open(REPO / "corpus" / "texts" / "news_batch6.jsonl", encoding="utf-8") as f:
        rows = [json.loads(line) for line in f]
    return [{"id": r["id"], "source": r["source"], "lang": r["lang"], "split": NEWS6_SPLIT,
             "text": r["text"]} for r in rows]


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--root", default="../shared")
    parser.add_argument("--out", default="corpus/units.jsonl")
    parser.add_argument("--with-text", default=None)
    args = parser.parse_args()
    root = Path(args.root)
    units = (seed_units(root) + kg24_units(root) + pool_units(root) + liveblog_units()
             + results_units() + liveblog3_units() + news4_units() + results5_units()
             + news6_units())
    with open(args.out, "w", encoding="utf-8") as f:
        for unit in units:
            f.write(json.dumps(unit, ensure_ascii=False) + "\n")
    if args.with_text:
        import sys
        sys.path.insert(0, str(Path(__file__).resolve().parents[2] / "src"))
        from kgner.corpus import resolve_text
        with open(args.with_text, "w", encoding="utf-8") as f:
            for unit in units:
                full = dict(unit, text=resolve_text(unit, root))
                f.write(json.dumps(full, ensure_ascii=False) + "\n")
    from collections import Counter
    print(len(units), Counter((u["source"].split(":")[0], u["split"]) for u in units))


if __name__ == "__main__":
    main()
