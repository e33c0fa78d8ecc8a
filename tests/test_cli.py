"""The command line, run as a user runs it."""
import json
import subprocess
import sys
from pathlib import Path

REPO = Path(__file__).resolve().parents[1]
SAMPLE = REPO / "samples" / "liveblog_2021.txt"


def kgner(*args, stdin=None):
    return subprocess.run([sys.executable, "-m", "kgner.cli", *args], input=stdin,
                          capture_output=True, text=True, timeout=300)


def test_extract_sample_jsonl():
    result = kgner("extract", str(SAMPLE))
    assert result.returncode == 0, result.stderr
    record = json.loads(result.stdout.splitlines()[0])
    labels = {e["label"] for e in record["entities"]}
    assert {"TIME", "POLLING_STATION", "PERCENT", "POLITICIAN", "PARTY"} <= labels
    text = SAMPLE.read_text(encoding="utf-8")
    for e in record["entities"]:
        assert text[e["start"]:e["end"]] == e["text"]


def test_extract_stdin_table():
    result = kgner("extract", "--format", "table", stdin="08:201047-бөлүм ачылды")
    assert result.returncode == 0
    assert "POLLING_STATION" in result.stdout and "1047" in result.stdout


def test_missing_file_is_a_clear_error():
    result = kgner("extract", "no/such/file.txt")
    assert result.returncode != 0 and "no such file" in result.stderr


def test_eval_missing_root(tmp_path):
    result = kgner("eval", str(REPO / "corpus" / "gold" / "dev.jsonl"), "--root", str(tmp_path / "x"))
    assert result.returncode == 2 and "corpus root not found" in result.stderr


def test_eval_on_dev(shared_root, tmp_path):
    out = tmp_path / "scores.json"
    result = kgner("eval", str(REPO / "corpus" / "gold" / "dev.jsonl"), "--root", str(shared_root),
                   "--json", str(out))
    assert result.returncode == 0, result.stderr
    scores = json.loads(out.read_text())["kgner"]
    assert scores["TIME"]["f1"] > 0.9 and scores["POLLING_STATION"]["gold"] > 50


def test_extract_with_user_kb_and_facts():
    result = kgner("extract", "--kb", str(REPO / "samples" / "user_kb.tsv"), "--facts",
                   stdin="«Туран» партиясы катышат. Саат 12:00гө карата шайлоочулардын 9,17%ы добуш берди.")
    assert result.returncode == 0, result.stderr
    record = json.loads(result.stdout)
    assert {"label": "PARTY", "norm": "Туран", "kb_id": "user:turan"}.items() <= \
        next(e for e in record["entities"] if e["label"] == "PARTY").items()
    assert any(f["type"] == "Turnout" for f in record["facts"])


def test_malformed_user_kb_is_a_clear_error(tmp_path):
    bad = tmp_path / "bad.tsv"
    bad.write_text("id\tlabel\n", encoding="utf-8")
    result = kgner("extract", "--kb", str(bad), stdin="text")
    assert result.returncode == 2 and f"{bad}:1: missing columns" in result.stderr


def test_a_fact_layer_failure_keeps_the_documents_entities(monkeypatch):
    """One document whose facts fail is written with its entities and the reason; the run goes on."""
    import kgner as lib
    import kgner.facts
    from kgner.batch import DocResult
    from kgner.io.writers import render

    def broken(extraction):
        raise TypeError("tuple indices must be integers or slices, not NoneType")

    monkeypatch.setattr(kgner.facts, "facts_to_dicts", broken)
    result = DocResult("d1", lib.extract("«Ишеним» 13,61% алды."), None, "ky")
    record = json.loads(render(result, "stdin", "jsonl", facts=True))
    assert record["facts"] == [] and record["facts_error"].startswith("TypeError")
    assert any(e["label"] == "PARTY" for e in record["entities"])
    assert "facts failed: TypeError" in render(result, "stdin", "table", facts=True)
