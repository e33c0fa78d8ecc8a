"""Training data for the model: gold train rows and silver data built from ../shared.

Used only by `kgner train` (and scripts/make_silver.py); the library never calls it at
run time. Every example is `(text, spans, source)` on kgner's cleaned view, with
`spans` a list of (start, end, label) in the model's label set.
"""
from __future__ import annotations

import csv
import json
import random
import re
from bisect import bisect_left
from collections import Counter
from pathlib import Path
from typing import Iterable, Iterator

from ..text.cleanup import clean
from ..text.langid import segments

# The model's labels: persons merged (the KB decides POLITICIAN), parties, places, bodies.
MODEL_LABELS = ("PER", "PARTY", "LOCATION", "ELECTION_BODY")
TO_MODEL = {"POLITICIAN": "PER", "PERSON": "PER", "PARTY": "PARTY", "LOCATION": "LOCATION",
            "ELECTION_BODY": "ELECTION_BODY"}

Span = tuple[int, int, str]
Example = tuple[str, list[Span], str]

KG_CSV = "data/corpora/24kg-kyrgyz-news/qad-train_1000.csv"
TEXTS = "data/texts"
UD_GLOB = "data/corpora/UD_Kyrgyz-*/*.conllu"
FACTRU = "data/corpora/factRuEval-2016/devset"


def repo_root() -> Path:
    return Path(__file__).resolve().parents[3]


def _to_view(text: str, spans: Iterable[tuple[int, int, str]]) -> tuple[str, list[Span]]:
    """Clean `text` and move original-offset spans onto the cleaned view."""
    view = clean(text)
    if view.text == text:
        return text, list(spans)
    starts = [view.to_original(i, i + 1)[0] for i in range(len(view.text))]
    out = []
    for s, e, label in spans:
        cs, ce = bisect_left(starts, s), bisect_left(starts, e)
        if cs < ce:
            out.append((cs, ce, label))
    return view.text, out


def gold_examples(split: str, root: str | Path | None = None) -> list[Example]:
    """The gold rows of one split (corpus/gold/<split>.jsonl) in the model's labels."""
    from ..corpus import load_rows
    rows = load_rows(repo_root() / "corpus" / "gold" / f"{split}.jsonl", root)
    out = []
    for row in rows:
        spans = [(e["start"], e["end"], TO_MODEL[e["label"]]) for e in row["entities"]
                 if e["label"] in TO_MODEL]
        text, spans = _to_view(row["text"], spans)
        out.append((text, spans, f"gold-{split}"))
    return out


def held_out_articles() -> set[str]:
    """24.kg article ids that occur in the dev or test split: never used for training."""
    ids = set()
    for split in ("dev", "test"):
        with open(repo_root() / "corpus" / "gold" / f"{split}.jsonl", encoding="utf-8") as f:
            for line in f:
                source = json.loads(line).get("source", "")
                if source.startswith("24kg:"):
                    ids.add(source.split(":", 1)[1])
    return ids


def _gold_train_refs() -> dict[str, list[tuple[int, int]]]:
    refs: dict[str, list[tuple[int, int]]] = {}
    with open(repo_root() / "corpus" / "gold" / "train.jsonl", encoding="utf-8") as f:
        for line in f:
            ref = json.loads(line).get("ref") or {}
            if "article" in ref:
                refs.setdefault(ref["article"], []).append((ref["start"], ref["end"]))
    return refs


class Annotator:
    """kgner's rules + KB (no model), plus natasha's PER/LOC on Russian sentences."""

    def __init__(self, natasha: bool = True) -> None:
        from ..pipeline import Pipeline
        self.pipeline = Pipeline(model=False, natasha=False)
        self.natasha = natasha
        self._tagger = None

    def _natasha(self, text: str) -> list[Span]:
        if self._tagger is None:
            from ..baselines.natasha_ner import _models
            self._tagger = _models()
        Doc, segmenter, tagger = self._tagger
        doc = Doc(text)
        doc.segment(segmenter)
        doc.tag_ner(tagger)
        return [(s.start, s.stop, {"PER": "PER", "LOC": "LOCATION"}[s.type])
                for s in doc.spans if s.type in ("PER", "LOC")]

    def __call__(self, text: str, natasha: bool | None = None) -> tuple[str, list[Span], int]:
        """(cleaned text, spans, how many spans natasha contributed)."""
        text = clean(text).text
        spans = [(e.start, e.end, TO_MODEL[e.label]) for e in self.pipeline.extract(text)
                 if e.label in TO_MODEL]
        added = 0
        if self.natasha if natasha is None else natasha:
            for seg in segments(text):
                if seg.lang != "ru" or seg.end - seg.start < 20:
                    continue
                for s, e, label in self._natasha(text[seg.start:seg.end]):
                    s, e = s + seg.start, e + seg.start
                    if not any(a < e and s < b for a, b, _ in spans):
                        spans.append((s, e, label))
                        added += 1
        return text, sorted(spans), added


def _paragraphs(text: str) -> Iterator[tuple[int, int]]:
    for m in re.finditer(r"[^\n]+", text):
        if m.group().strip():
            yield m.start(), m.end()


def silver_24kg(shared: Path, annotate: Annotator, stats: Counter) -> list[Example]:
    csv.field_size_limit(10**9)
    held, gold_refs = held_out_articles(), _gold_train_refs()
    out = []
    with open(shared / KG_CSV, encoding="utf-8", newline="") as f:
        for row in csv.DictReader(f):
            if row["id"] in held:
                stats["24kg articles skipped (dev/test)"] += 1
                continue
            covered = gold_refs.get(row["id"], [])
            for s, e in _paragraphs(row["text"]):
                if any(a < e and s < b for a, b in covered):
                    continue  # annotated by hand: the gold row is used instead
                text, spans, n_nat = annotate(row["text"][s:e])
                stats["natasha spans"] += n_nat
                out.append((text, spans, "silver-24kg"))
    return out


def silver_texts(shared: Path, annotate: Annotator) -> list[Example]:
    """Train-split paragraphs of data/texts not already in gold train (normally none)."""
    units = {}
    with open(repo_root() / "corpus" / "units.jsonl", encoding="utf-8") as f:
        for line in f:
            u = json.loads(line)
            units[u["id"]] = u.get("split")
    gold_ids = set()
    with open(repo_root() / "corpus" / "gold" / "train.jsonl", encoding="utf-8") as f:
        gold_ids = {json.loads(line)["id"] for line in f}
    out = []
    for path in sorted((shared / TEXTS).glob("*.jsonl")):
        with open(path, encoding="utf-8") as f:
            for line in f:
                row = json.loads(line)
                if units.get(row["id"]) == "train" and row["id"] not in gold_ids:
                    text, spans, _ = annotate(row["text"])
                    out.append((text, spans, "silver-texts"))
    return out


def silver_ud(shared: Path, annotate: Annotator) -> list[Example]:
    out = []
    for path in sorted(shared.glob(UD_GLOB)):
        with open(path, encoding="utf-8") as f:
            for line in f:
                if line.startswith("# text ="):
                    sentence = line.split("=", 1)[1].strip()
                    if sentence:
                        text, spans, _ = annotate(sentence)
                        out.append((text, spans, "silver-ud"))
    return out


def factru(shared: Path, annotate: Annotator) -> list[Example]:
    """factRuEval-2016 devset, the training half: Person -> PER, Location/LocOrg names ->
    LOCATION (not nested in an Org); kgner's rules + KB add parties and election bodies
    elsewhere."""
    from ..corpus import factru_held_out
    out = []
    for txt in sorted((shared / FACTRU).glob("*.txt")):
        if factru_held_out(txt.stem):
            continue  # the evaluation half (corpus/factru/heldout.jsonl)
        text = txt.read_text(encoding="utf-8")
        spans_file = txt.with_suffix(".spans").read_text(encoding="utf-8")
        sp = {}
        for line in spans_file.splitlines():
            f = line.split()
            if len(f) >= 4:
                sp[f[0]] = (f[1], int(f[2]), int(f[2]) + int(f[3]))
        objects = []
        for line in txt.with_suffix(".objects").read_text(encoding="utf-8").splitlines():
            f = line.split("#")[0].split()
            if len(f) < 3:
                continue
            kind, ids = f[1], [i for i in f[2:] if i in sp]
            if kind == "Person":
                parts = [sp[i] for i in ids if sp[i][0] in ("name", "surname", "patronymic", "nickname")]
                label = "PER"
            elif kind in ("Location", "LocOrg"):
                parts = [sp[i] for i in ids if sp[i][0] == "loc_name"]
                label = "LOCATION"
            elif kind == "Org":
                parts = [sp[i] for i in ids]
                label = "ORG"
            else:
                continue
            if parts:
                objects.append((min(p[1] for p in parts), max(p[2] for p in parts), label))
        orgs = [(s, e) for s, e, label in objects if label == "ORG"]
        gold = [(s, e, label) for s, e, label in objects if label != "ORG"
                and not any(a <= s and e <= b for a, b in orgs)]
        for ps, pe in (m.span() for m in re.finditer(r"[^\n]+", text)):
            if not text[ps:pe].strip():
                continue
            para = [(s - ps, e - ps, label) for s, e, label in gold if ps <= s and e <= pe]
            ctext, extra, _ = annotate(text[ps:pe], natasha=False)
            ctext, para = _to_view(text[ps:pe], para)
            para = _flat(para)
            for s, e, label in extra:
                if label in ("PARTY", "ELECTION_BODY") and not any(a < e and s < b for a, b, _ in para):
                    para.append((s, e, label))
            out.append((ctext, sorted(para), "factru"))
    return out


def _flat(spans: list[Span]) -> list[Span]:
    """Drop spans that overlap an earlier-starting, longer one: no nesting."""
    out: list[Span] = []
    for s, e, label in sorted(spans, key=lambda x: (x[0], -(x[1] - x[0]))):
        if out and s < out[-1][1]:
            continue
        out.append((s, e, label))
    return out


def build(shared: str | Path, natasha: bool = True, seed: int = 0, gold_repeat: int = 3,
          empty_keep: float = 0.3, log=print) -> tuple[list[Example], list[Example], Counter]:
    """(train examples, dev examples, per-source counts). Silver paragraphs without any
    entity are kept with probability `empty_keep`; gold train rows are repeated."""
    shared = Path(shared)
    rng = random.Random(seed)
    annotate = Annotator(natasha=natasha)
    stats: Counter = Counter()
    gold = gold_examples("train", shared)
    sources = {"gold-train": gold * gold_repeat}
    log(f"gold train: {len(gold)} paragraphs (x{gold_repeat})")
    sources["silver-24kg"] = silver_24kg(shared, annotate, stats)
    log(f"24kg silver: {len(sources['silver-24kg'])} paragraphs")
    sources["silver-texts"] = silver_texts(shared, annotate)
    sources["silver-ud"] = silver_ud(shared, annotate)
    log(f"UD Kyrgyz silver: {len(sources['silver-ud'])} sentences")
    sources["factru"] = factru(shared, annotate)
    log(f"factRuEval: {len(sources['factru'])} paragraphs")
    sources["swapped-names"] = augment(sources["gold-train"][:len(gold)], rng) + \
        augment(sources["silver-24kg"] + sources["silver-ud"] + sources["factru"], rng, share=0.5)
    log(f"name-swapped copies: {len(sources['swapped-names'])}")
    train: list[Example] = []
    for name, examples in sources.items():
        for ex in examples:
            if name != "gold-train" and not ex[1] and rng.random() > empty_keep:
                continue
            train.append(ex)
            stats[f"{name} examples"] += 1
            stats[f"{name} chars"] += len(ex[0])
            stats[f"{name} entities"] += len(ex[1])
    rng.shuffle(train)
    dev = gold_examples("dev", shared)
    return train, dev, stats


def to_docbin(nlp, examples: list[Example]):
    """A DocBin of `examples`; spans snap outwards to token boundaries.

    In silver examples a capitalized word that no span covers is marked *missing*, not
    *outside*: rules and the KB do not know every name, and the model must not learn
    that an unknown name is no entity."""
    from spacy.tokens import DocBin
    db = DocBin(store_user_data=False)
    for text, spans, source in examples:
        doc = nlp.make_doc(text)
        ents, last = [], 0
        for s, e, label in sorted(spans):
            span = doc.char_span(s, e, label=label, alignment_mode="expand")
            if span is None or span.start < last:
                continue
            ents.append(span)
            last = span.end
        missing = []
        if source.startswith("silver"):
            inside = {i for span in ents for i in range(span.start, span.end)}
            missing = [doc[i:i + 1] for i, tok in enumerate(doc)
                       if i not in inside and len(tok.text) > 1 and tok.text[0].isupper()
                       and tok.is_alpha]
        doc.set_ents(ents, missing=missing, default="outside")
        db.add(doc)
    return db


_SURNAME = re.compile(r"^([А-ЯЁӨҮҢ][а-яёөүң]+?)((?:ов|ев|ёв)[а-яёөүң]*)$")


def _name_pool() -> tuple[list[str], dict[str, str]]:
    from ..names.variants import fold
    given = {}
    with open(Path(__file__).resolve().parents[1] / "data" / "given_names.tsv", encoding="utf-8") as f:
        next(f)
        for line in f:
            name, _, gender = line.rstrip("\n").partition("\t")
            given[name] = gender
    roots = [n for n in given if n[-1].lower() not in "аеиоуыэюяөүёь" and "-" not in n]
    return roots, {fold(n): g for n, g in given.items()} | {"_names": list(given)}  # type: ignore


def augment(examples: list[Example], rng: random.Random, share: float = 1.0) -> list[Example]:
    """Copies of examples with person names swapped for new ones, keeping the glued
    suffixes: `Садыр Жапаровдун` -> `Нурлан Бакытовдун`. The model sees names the KB
    does not hold, in the contexts where real names stand, and learns the context."""
    from ..names.variants import fold
    roots, given = _name_pool()
    names = given.pop("_names")
    out = []
    for text, spans, source in examples:
        if not any(label == "PER" for _, _, label in spans) or rng.random() > share:
            continue
        pieces, shift, new_spans, pos = [], 0, [], 0
        for s, e, label in sorted(spans):
            if s < pos:
                continue
            surface = text[s:e]
            if label == "PER":
                words = surface.split(" ")
                for k, w in enumerate(words):
                    m = _SURNAME.match(w)
                    if m:
                        words[k] = rng.choice(roots) + m.group(2)
                    elif fold(w) in given:
                        words[k] = rng.choice(names)
                surface = " ".join(words)
            pieces += [text[pos:s], surface]
            new_spans.append((s + shift, s + shift + len(surface), label))
            shift += len(surface) - (e - s)
            pos = e
        pieces.append(text[pos:])
        out.append(("".join(pieces), new_spans, source + "-swapped"))
    return out


def common_words(examples: list[Example], min_lower: int = 3) -> list[str]:
    """Words that are ordinary words, not names: seen in lower case at least `min_lower`
    times and more than twice as often as capitalized inside a sentence. The model stage
    drops a one-word span that is one of them (`Бийлик`, `Техник` at a sentence start)."""
    lower: Counter = Counter()
    upper: Counter = Counter()
    for text, _, _ in examples:
        prev_end = True
        for m in re.finditer(r"[^\W\d_]+|[.!?…:\n]", text):
            w = m.group()
            if len(w) == 1 and not w.isalpha():
                prev_end = True
                continue
            if w.islower():
                lower[w] += 1
            elif w[0].isupper() and not prev_end:
                upper[w.lower()] += 1
            prev_end = False
    return sorted(w for w, n in lower.items() if n >= min_lower and n > 2 * upper[w])
