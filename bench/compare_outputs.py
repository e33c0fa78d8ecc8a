"""Record kgner's outputs on a fixed set of inputs, or check them against a recording.

For speed work: an optimization must not change a single output. The inputs are the
corpus texts (as in bench/throughput.py), the seed pages of ../shared/seeds, and
deterministic mutations of the corpus texts (HTML, entities, homoglyphs, glued words,
zero-width and control characters, random edits of the characters the rules care
about), plus the adversarial units of bench/adversarial.py at a few KB.

Recorded per input: the cleaned view and its offset map (every one-character span and
every empty span), `LangIndex.lang_at` at every offset, and `Extraction.to_json()` of
each pipeline; `extract_many` records (with `detect`'s language) for the rules-only
pipeline. One line per input and check, so a difference names its input.

Usage: python bench/compare_outputs.py record OUT.jsonl [--no-model]
       python bench/compare_outputs.py check OUT.jsonl [--no-model]
"""
from __future__ import annotations

import argparse
import hashlib
import json
import random
import sys
from pathlib import Path
from typing import Callable, Iterator

BENCH = Path(__file__).resolve().parent
sys.path.insert(0, str(BENCH))

from throughput import RULE_LABELS, corpus_texts  # noqa: E402

SEEDS = BENCH.parent.parent / "shared" / "seeds"
HOMOGLYPHS = dict(zip("аеорсхуАЕОРСХВНКМТ", "aeopcxyAEOPCXBHKMT"))
INTERESTING = list("0123456789:.,%№-–—<>&;#/ \n\t\u00a0\u200b\u00ad«»\"'") + [
    "&amp;", "&nbsp;", "&#8470;", "&lt;", "<br>", "<p>", "</div>", "<b>", "саат ",
    "пайыз", "участкасы", "№ ", "округу", "УИК", "ЦИК", "ноября", "\r\n", "\x00", "\x85",
    "No.", "N", "Н", "20.00", "08:2010", "28.11.2021", "2021-11-28", "x", "A", "р", "p"]


def _mutations(text: str, rng: random.Random) -> Iterator[str]:
    """Variants of `text` that exercise every branch of cleanup and the rules."""
    words = text.split(" ")
    yield "<p>" + " ".join(f"<b>{w}</b>" if i % 5 == 0 else w for i, w in enumerate(words)) + "</p>"
    yield text.replace(" ", "&nbsp;", 3).replace("«", "&laquo;").replace(",", "&#44;", 2)
    yield "".join(HOMOGLYPHS.get(c, c) if rng.random() < 0.15 else c for c in text)
    yield text.replace(". ", ".").replace(" ", "", 2)
    yield "".join(c + ("\u200b" if rng.random() < 0.05 else "") for c in text)
    yield text.replace(" ", "\u00a0", 4).replace("-", "–").replace('"', "«")
    chars = list(text)
    for _ in range(max(3, len(chars) // 40)):
        pos = rng.randrange(len(chars) + 1)
        op = rng.random()
        if op < 0.5:
            chars.insert(pos, rng.choice(INTERESTING))
        elif op < 0.8 and pos < len(chars):
            del chars[pos]
        elif pos < len(chars):
            chars[pos] = rng.choice(INTERESTING)
    yield "".join(chars)
    yield text.upper()
    yield text.lower()


def inputs() -> list[tuple[str, str]]:
    """(name, text) of every input, in a fixed order."""
    texts = list(dict.fromkeys(corpus_texts()))
    out = [(f"corpus{i}", t) for i, t in enumerate(texts)]
    for path in sorted(SEEDS.glob("*")):
        page = path.read_text(encoding="utf-8")
        out.append((f"seed:{path.name}", page))
        out += [(f"seed:{path.name}:p{i}", p) for i, p in enumerate(page.split("\n")) if p.strip()]
    rng = random.Random(20261125)
    for i, t in enumerate(texts):
        out += [(f"mut{i}.{j}", m) for j, m in enumerate(_mutations(t, rng))]
    from adversarial import PATTERNS
    for name, unit in PATTERNS.items():
        out.append((f"adv:{name}", (unit * (3000 // len(unit) + 1))[:3000]))
    out += [("empty", ""), ("space", "   "), ("nl", "\n\n"), ("amp", "&"), ("lt", "<"),
            ("sign", "№"), ("digit", "7"), ("clock", "08:00"), ("glued", "08:201047-бөлүм")]
    return out


def _digest(value) -> str:
    data = json.dumps(value, ensure_ascii=False).encode("utf-8", "surrogatepass")
    return hashlib.sha256(data).hexdigest()[:20]


def _view(text: str) -> str:
    from kgner.text.cleanup import clean
    from kgner.text.langid import LangIndex
    view = clean(text)
    n = len(view.text)
    spans = [view.to_original(i, i + 1) for i in range(n)]
    empties = [view.to_original(i, i) for i in range(1, n)]
    langs = LangIndex(view.text)
    return _digest([view.text, spans, empties, "".join(langs.lang_at(i)[1] for i in range(n + 1))])


def checks(model: bool) -> dict[str, Callable[[str], str]]:
    """Name -> function of one text giving what is recorded."""
    import kgner
    rules = kgner.Pipeline(RULE_LABELS, model=False)
    found = {
        "view": _view,
        "rules": lambda t: rules.extract(t).to_json(),
        "rules_many": lambda t: json.dumps(
            [r.to_dict() for r in kgner.extract_many([t, t[: len(t) // 2]], pipeline=rules)],
            ensure_ascii=False),
        "all_nomodel": _pipeline_check(kgner.Pipeline(model=False)),
    }
    if model:
        found["full"] = _pipeline_check(kgner.default_pipeline())
        found["all_labels"] = _pipeline_check(kgner.Pipeline(list(kgner.LABELS)))
    return found


def _pipeline_check(pipeline) -> Callable[[str], str]:
    return lambda t: pipeline.extract(t).to_json()


def batch_checks(model: bool) -> Iterator[tuple[str, str]]:
    """extract_many over all corpus texts in batches (the benchmark's path)."""
    import kgner
    texts = [t for _, t in inputs()]
    rules = kgner.Pipeline(RULE_LABELS, model=False)
    yield "batch:rules", _digest([r.to_dict() for r in kgner.extract_many(texts, pipeline=rules)])
    if model:
        results = kgner.extract_many(texts, pipeline=kgner.default_pipeline())
        yield "batch:full", _digest([r.to_dict() for r in results])


def run(model: bool) -> Iterator[dict]:
    fns = checks(model)
    for name, text in inputs():
        row = {"input": name}
        for check, fn in fns.items():
            try:
                value = fn(text)
            except Exception as exc:  # an error is an output too
                value = f"ERROR {type(exc).__name__}: {exc}"
            row[check] = value if check != "view" and len(value) < 400 else _digest(value)
        yield row
    for name, digest in batch_checks(model):
        yield {"input": name, "digest": digest}


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("mode", choices=["record", "check"])
    parser.add_argument("path", type=Path)
    parser.add_argument("--no-model", action="store_true", help="skip the model pipelines")
    args = parser.parse_args()
    rows = run(not args.no_model)
    if args.mode == "record":
        with open(args.path, "w", encoding="utf-8", errors="surrogatepass") as f:
            n = 0
            for row in rows:
                f.write(json.dumps(row, ensure_ascii=True) + "\n")
                n += 1
        print(f"recorded {n} rows to {args.path}")
        return
    with open(args.path, encoding="utf-8") as f:
        want = [json.loads(line) for line in f]
    diffs = n = 0
    for n, (row, ref) in enumerate(zip(rows, want), 1):
        if args.no_model:
            ref = {k: v for k, v in ref.items() if k not in ("full", "all_labels")}
            if row["input"] == "batch:full":
                continue
        if row != ref:
            diffs += 1
            if diffs <= 10:
                keys = [k for k in ref if row.get(k) != ref[k]]
                print(f"DIFF {ref['input']}: {keys}")
                for k in keys[:2]:
                    print(f"  want {str(ref[k])[:300]}\n  got  {str(row.get(k))[:300]}")
    print(f"checked {n} rows: {diffs} differ")
    sys.exit(1 if diffs else 0)


if __name__ == "__main__":
    main()
