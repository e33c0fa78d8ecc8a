"""Throughput of kgner against natasha on one reproducible archive, in one run.

The archive is the corpus texts (the gold paragraphs, resolved from ../shared, plus
samples/), in a fixed order, repeated until it is at least --mb MB of UTF-8; documents
stay paragraph sized. Each system runs in its own subprocess, so its peak RSS is its
own and no system warms another's caches:

- kgner rules-only: Pipeline(labels=[TIME, PERCENT, POLLING_STATION, DISTRICT, DATE,
  ELECTION_BODY])
- kgner full: the default pipeline
- kgner full, 2 processes: extract_many(n_process=2)
- natasha: Segmenter + NewsNERTagger (Doc.segment, Doc.tag_ner), numpy on one BLAS thread

Measured: MB/s and documents/s over the archive; peak RSS (ru_maxrss of the process,
and of its largest worker); time to the first result of the stream; import plus the
first extract in a fresh interpreter. Prints a Markdown table with ratios against
natasha and writes it to bench/results.md.

Usage: python bench/throughput.py [--mb 20] [--natasha-mb 20] [--no-write]
"""
from __future__ import annotations

import argparse
import json
import os
import platform
import resource
import subprocess
import sys
import time
from pathlib import Path

BENCH = Path(__file__).resolve().parent
REPO = BENCH.parent
RULE_LABELS = ["TIME", "PERCENT", "POLLING_STATION", "DISTRICT", "DATE", "ELECTION_BODY"]
SYSTEMS = {
    "kgner rules-only": "rules",
    "kgner full": "full",
    "kgner full, 2 processes": "full2",
    "natasha NER": "natasha",
}
TARGETS = {"full": 2.0, "rules": 20.0}  # throughput ratios against natasha


# --- the archive -------------------------------------------------------------------
def corpus_texts() -> list[str]:
    """The gold paragraphs and the samples' paragraphs, in a fixed order."""
    sys.path.insert(0, str(REPO / "src"))
    from kgner.corpus import load_rows
    texts = [row["text"] for path in sorted((REPO / "corpus" / "gold").glob("*.jsonl"))
             for row in load_rows(path)]
    for sample in sorted((REPO / "samples").glob("*.txt")):
        texts += [p for p in sample.read_text(encoding="utf-8").split("\n") if p.strip()]
    return [t for t in texts if t.strip()]


def build_archive(path: Path, mb: float) -> Path:
    """The corpus texts repeated to at least `mb` MB, as JSONL {"id", "text"}."""
    texts = corpus_texts()
    target, size, rep = mb * 1e6, 0, 0
    path.parent.mkdir(parents=True, exist_ok=True)
    with open(path, "w", encoding="utf-8") as f:
        while size < target:
            for i, text in enumerate(texts):
                f.write(json.dumps({"id": f"r{rep}-{i}", "text": text}, ensure_ascii=False) + "\n")
                size += len(text.encode("utf-8"))
            rep += 1
    return path


def load_archive(path: Path, mb: float | None = None) -> list[str]:
    texts, size = [], 0
    with open(path, encoding="utf-8") as f:
        for line in f:
            text = json.loads(line)["text"]
            texts.append(text)
            size += len(text.encode("utf-8"))
            if mb is not None and size >= mb * 1e6:
                break
    return texts


# --- one system, in its own process --------------------------------------------------
def _peak_rss_mb() -> tuple[float, float]:
    self_kb = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss
    child_kb = resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss
    return self_kb / 1024, child_kb / 1024


def run_system(system: str, archive: Path, mb: float | None) -> dict:
    """Measure one system; runs in a fresh interpreter (see main)."""
    texts = load_archive(archive, mb)
    first_text = texts[0]
    t0 = time.perf_counter()
    if system == "natasha":
        from natasha import Doc, NewsEmbedding, NewsNERTagger, Segmenter
        segmenter, tagger = Segmenter(), NewsNERTagger(NewsEmbedding())

        def one(text: str) -> None:
            doc = Doc(text)
            doc.segment(segmenter)
            doc.tag_ner(tagger)

        one(first_text)
        startup = time.perf_counter() - t0

        def stream():
            for text in texts:
                one(text)
                yield None
    else:
        import inspect

        import kgner
        labels, options = None, None
        if system == "rules":  # no statistical model, whatever the default pipeline has
            labels = RULE_LABELS
            if "model" in inspect.signature(kgner.Pipeline).parameters:
                options = {"model": False}
        pipeline = kgner.Pipeline(labels, **(options or {})) if labels else kgner.default_pipeline()
        pipeline.extract(first_text)
        startup = time.perf_counter() - t0

        def stream():
            if system == "full2":
                return kgner.extract_many(texts, n_process=2, batch_size=64)
            return kgner.extract_many(texts, pipeline=pipeline)
    start = time.perf_counter()
    first = None
    count = 0
    for _ in stream():
        if first is None:
            first = time.perf_counter() - start
        count += 1
    seconds = time.perf_counter() - start
    nbytes = sum(len(t.encode("utf-8")) for t in texts)
    rss_self, rss_child = _peak_rss_mb()
    return {"system": system, "docs": count, "mb": nbytes / 1e6, "seconds": seconds,
            "mb_s": nbytes / 1e6 / seconds, "docs_s": count / seconds, "first": first,
            "startup": startup, "rss": rss_self, "rss_worker": rss_child}


def measure(system: str, archive: Path, mb: float | None) -> dict:
    cmd = [sys.executable, __file__, "--worker", system, "--archive", str(archive)]
    if mb is not None:
        cmd += ["--limit", str(mb)]
    # one BLAS thread: natasha's numpy otherwise spins extra threads that fight for the
    # cores (a 5-10x slowdown on a busy machine); every system is then one thread each
    env = dict(os.environ, PYTHONPATH=str(REPO / "src"), OPENBLAS_NUM_THREADS="1",
               OMP_NUM_THREADS="1", MKL_NUM_THREADS="1")
    out = subprocess.run(cmd, capture_output=True, text=True, env=env)
    if out.returncode != 0:  # report the system as failed, keep measuring the others
        raise RuntimeError(f"{system} failed: {out.stderr.strip().splitlines()[-1:]}")
    return json.loads(out.stdout.strip().splitlines()[-1])


# --- the report -----------------------------------------------------------------------
def table(results: dict[str, dict]) -> str:
    base = results["natasha NER"]
    lines = ["| system | MB | MB/s | docs/s | x natasha | peak RSS MB (worker) | "
             "first result s | import + first extract s |",
             "|---|---:|---:|---:|---:|---:|---:|---:|"]
    for name, r in results.items():
        worker = f" ({r['rss_worker']:.0f})" if r["rss_worker"] > 1 else ""
        lines.append(f"| {name} | {r['mb']:.1f} | {r['mb_s']:.2f} | {r['docs_s']:.0f} | "
                     f"{r['mb_s'] / base['mb_s']:.1f} | {r['rss']:.0f}{worker} | "
                     f"{r['first']:.3f} | {r['startup']:.2f} |")
    return "\n".join(lines)


def verdicts(results: dict[str, dict]) -> list[str]:
    nat = results["natasha NER"]["mb_s"]
    full, rules = results["kgner full"], results["kgner rules-only"]
    two = results["kgner full, 2 processes"]
    checks = [
        ("full >= 2x natasha", full["mb_s"] / nat, 2.0),
        ("rules-only >= 20x natasha", rules["mb_s"] / nat, 20.0),
        ("2 processes >= 1.7x one", two["mb_s"] / full["mb_s"], 1.7),
    ]
    out = [f"- {name}: {value:.2f} -> {'met' if value >= want else 'MISSED'}"
           for name, value, want in checks]
    rss = max(max(r["rss"], r["rss_worker"]) for n, r in results.items() if n.startswith("kgner"))
    out.append(f"- peak RSS <= 500 MB per process: {rss:.0f} MB -> {'met' if rss <= 500 else 'MISSED'}")
    start = max(r["startup"] for n, r in results.items() if n.startswith("kgner"))
    out.append(f"- import + first extract <= 2 s: {start:.2f} s -> {'met' if start <= 2 else 'MISSED'}")
    return out


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--mb", type=float, default=20.0, help="archive size in MB")
    parser.add_argument("--natasha-mb", type=float, default=None,
                        help="measure natasha on the first N MB only (default: all)")
    parser.add_argument("--archive", type=Path, default=Path("/tmp/kgner-bench/archive.jsonl"))
    parser.add_argument("--no-write", action="store_true", help="do not write bench/results.md")
    parser.add_argument("--worker", help=argparse.SUPPRESS)
    parser.add_argument("--limit", type=float, help=argparse.SUPPRESS)
    args = parser.parse_args()
    if args.worker:
        print(json.dumps(run_system(args.worker, args.archive, args.limit)))
        return
    archive = build_archive(args.archive, args.mb)
    results = {}
    for name, system in SYSTEMS.items():
        mb = args.natasha_mb if system == "natasha" else None
        try:
            results[name] = measure(system, archive, mb)
        except RuntimeError as exc:
            sys.exit(f"bench: {exc}")
        print(f"{name}: {results[name]['mb_s']:.2f} MB/s", file=sys.stderr)
    cpu = os.cpu_count()
    report = (f"Archive: {results['kgner full']['mb']:.1f} MB, "
              f"{results['kgner full']['docs']} documents (corpus texts repeated); "
              f"{platform.python_implementation()} {platform.python_version()}, "
              f"{cpu} CPUs, {platform.machine()}. natasha on "
              f"{results['natasha NER']['mb']:.1f} MB of the same archive.\n\n"
              + table(results) + "\n\nTargets:\n" + "\n".join(verdicts(results)) + "\n")
    print(report)
    if not args.no_write:
        (BENCH / "results.md").write_text(
            "# Throughput: kgner and natasha (bench/throughput.py)\n\n" + report, encoding="utf-8")


if __name__ == "__main__":
    main()
