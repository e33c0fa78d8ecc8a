"""`kgner train`: build the training data, train the spaCy model, ship the best one.

Reads ../shared (the only part of kgner that does), writes DocBins and checkpoints to
a work directory, and copies the best checkpoint on the dev split to the package
(`src/kgner/models/kgner_ner`) and to `models/kgner_ner`, with a calibration file
(`kgner.json`: per-label precision of the model's spans on dev, the entity
confidence) and the data statistics.
"""
from __future__ import annotations

import json
import os
import random
import shutil
import time
from pathlib import Path

from .data import MODEL_LABELS, build, repo_root, to_docbin


def calibrate(model_dir: str | Path, shared: str | Path | None = None) -> dict[str, float]:
    """Entity confidence: per model label, the precision on dev of the entities the full
    pipeline takes from the model (after the merge and the filters), overlap match,
    POLITICIAN and PERSON merged. Written to `kgner.json` beside the model."""
    from ..corpus import load_rows
    from ..pipeline import Pipeline
    from . import _LOADED
    previous = os.environ.get("KGNER_MODEL")
    os.environ["KGNER_MODEL"] = str(model_dir)
    try:
        pipeline = Pipeline(natasha=False)
    finally:
        if previous is None:
            os.environ.pop("KGNER_MODEL", None)
        else:
            os.environ["KGNER_MODEL"] = previous
    group = {"POLITICIAN": "PER", "PERSON": "PER"}
    tp: dict[str, int] = {}
    total: dict[str, int] = {}
    for row in load_rows(repo_root() / "corpus" / "gold" / "dev.jsonl", shared):
        gold = [(e["start"], e["end"], group.get(e["label"], e["label"])) for e in row["entities"]]
        for e in pipeline.extract(row["text"]):
            if e.source != "model":
                continue
            label = group.get(e.label, e.label)
            total[label] = total.get(label, 0) + 1
            tp[label] = tp.get(label, 0) + any(s < e.end and e.start < t and g == label for s, t, g in gold)
    _LOADED.pop(str(model_dir), None)
    return {label: round(tp.get(label, 0) / n, 3) for label, n in sorted(total.items())}


def train(shared: str | Path, work: str | Path | None = None, max_steps: int | None = None,
          seed: int = 0, natasha: bool = True, install: bool = True, log=print) -> Path:
    import spacy
    from spacy.cli.train import train as spacy_train
    from thinc.api import fix_random_seed

    from . import MODEL_DIR
    from . import tokenizer  # noqa: F401  registers the tokenizer

    random.seed(seed)
    fix_random_seed(seed)
    t0 = time.time()
    root = repo_root()
    config = root / "models" / "config.cfg"
    work = Path(work or root / "build" / "train")
    work.mkdir(parents=True, exist_ok=True)
    train_ex, dev_ex, stats = build(shared, natasha=natasha, seed=seed, log=log)
    log(f"data built in {time.time() - t0:.0f}s: {len(train_ex)} train, {len(dev_ex)} dev examples")
    nlp = spacy.blank("xx")
    from .tokenizer import KgnerTokenizer
    nlp.tokenizer = KgnerTokenizer(nlp.vocab)
    to_docbin(nlp, train_ex).to_disk(work / "train.spacy")
    to_docbin(nlp, dev_ex).to_disk(work / "dev.spacy")
    overrides = {"paths.train": str(work / "train.spacy"), "paths.dev": str(work / "dev.spacy"),
                 "system.seed": seed}
    if max_steps:
        overrides["training.max_steps"] = max_steps
    out = work / "output"
    if out.exists():
        shutil.rmtree(out)
    spacy_train(config, output_path=out, overrides=overrides, use_gpu=-1)
    best = out / "model-best"
    from .data import common_words
    (best / "common_words.txt").write_text("\n".join(common_words(train_ex)) + "\n", encoding="utf-8")
    info = {
        "labels": list(MODEL_LABELS),
        "confidence": calibrate(best, shared),
        "data": {k: v for k, v in sorted(stats.items())},
        "seed": seed,
        "train_seconds": round(time.time() - t0),
    }
    (best / "kgner.json").write_text(json.dumps(info, ensure_ascii=False, indent=2) + "\n",
                                     encoding="utf-8")
    log(json.dumps(info, ensure_ascii=False, indent=2))
    if install:
        for target in (MODEL_DIR, root / "models" / "kgner_ner"):
            if target.exists():
                shutil.rmtree(target)
            shutil.copytree(best, target)
            log(f"model written to {target}")
    log(f"total {time.time() - t0:.0f}s")
    return best


if __name__ == "__main__":  # python -m kgner.model.train
    os.environ.setdefault("OMP_NUM_THREADS", "2")
    from ..corpus import default_root
    train(default_root())
