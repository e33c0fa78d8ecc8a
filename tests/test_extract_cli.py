"""`kgner extract` over archives: formats, ids, errors, exit codes, resume."""
import csv
import gzip
import io
import json
import os
import signal
import subprocess
import sys
import time

import pytest

from kgner.cli import main

RULES = ["--labels", "TIME", "PERCENT", "POLLING_STATION"]
KY = "Саат 08:00дө №1053 участок ачылды"
RU = "УИК №1107 открылся в 08:00, явка 22,5 процента"


def run(capsys, *args, stdin=None, monkeypatch=None):
    if stdin is not None:
        monkeypatch.setattr(sys, "stdin", io.TextIOWrapper(io.BytesIO(stdin.encode("utf-8"))))
    code = main(["extract", *args])
    out, err = capsys.readouterr()
    return code, out, err


def records(text):
    return [json.loads(line) for line in text.splitlines()]


@pytest.fixture
def archive(tmp_path):
    root = tmp_path / "arch"
    (root / "sub").mkdir(parents=True)
    (root / "a.txt").write_text(KY, encoding="utf-8")
    (root / "sub" / "b.jsonl").write_text(
        json.dumps({"id": "r1", "text": RU}, ensure_ascii=False) + "\n"
        + json.dumps({"id": "r2", "text": "в 20:00"}) + "\n", encoding="utf-8")
    (root / "c.html").write_text(
        "<html><script>var x = '09:00 №1';</script><p>Саат&nbsp;12:00гө 9,17%ы</p></html>",
        encoding="utf-8")
    with gzip.open(root / "sub" / "d.txt.gz", "wt", encoding="utf-8") as f:
        f.write(RU)
    (root / "notes.xyz").write_text("skipped in directories", encoding="utf-8")
    return root


def test_each_format_from_a_directory(capsys, archive):
    code, out, err = run(capsys, str(archive), *RULES)
    assert code == 0, err
    recs = {r["id"]: r for r in records(out)}
    assert list(recs) == [str(archive / "a.txt"), str(archive / "c.html"), "r1", "r2",
                          str(archive / "sub" / "d.txt.gz")]
    assert recs["r1"]["source"] == str(archive / "sub" / "b.jsonl")
    assert recs["r1"]["lang"] == "ru" and recs[str(archive / "a.txt")]["lang"] == "ky"
    assert [e["norm"] for e in recs["r2"]["entities"]] == ["20:00"]
    assert [e["norm"] for e in recs[str(archive / "sub" / "d.txt.gz")]["entities"]] == \
        [e["norm"] for e in recs["r1"]["entities"]]
    # HTML: offsets index the source as read; the script's contents are not text
    html = (archive / "c.html").read_text(encoding="utf-8")
    ents = recs[str(archive / "c.html")]["entities"]
    assert [e["norm"] for e in ents] == ["12:00", "9.17"]
    assert all(html[e["start"]:e["end"]] == e["text"] for e in ents)
    assert "5 documents" in err and "0 errors" in err


def test_glob_and_jobs(capsys, archive):
    code, out, _ = run(capsys, str(archive), "--glob", "*.jsonl", "--jobs", "2", *RULES)
    assert code == 0
    assert [r["id"] for r in records(out)] == ["r1", "r2"]


def test_jsonl_fields(capsys, tmp_path):
    path = tmp_path / "x.jsonl"
    path.write_text(json.dumps({"key": 7, "body": "в 20:00"}) + "\n" + json.dumps({"body": "5%"}) + "\n")
    code, out, _ = run(capsys, str(path), "--text-field", "body", "--id-field", "key", *RULES)
    assert code == 0
    assert [r["id"] for r in records(out)] == [7, f"{path}:2"]


def test_stdin_text_and_jsonl(capsys, monkeypatch):
    code, out, _ = run(capsys, "-", *RULES, stdin=KY, monkeypatch=monkeypatch)
    assert code == 0 and records(out)[0]["id"] == "stdin"
    code, out, _ = run(capsys, "--input-format", "jsonl", *RULES, monkeypatch=monkeypatch,
                       stdin='{"id": "s1", "text": "в 20:00"}\n')
    assert code == 0 and records(out)[0]["id"] == "s1"


def test_csv_and_tsv_rows(capsys, archive, tmp_path):
    out_csv = tmp_path / "out.csv"
    code, _, _ = run(capsys, str(archive / "sub" / "b.jsonl"), "--format", "csv", "-o",
                     str(out_csv), *RULES)
    assert code == 0
    rows = list(csv.DictReader(out_csv.open(encoding="utf-8")))
    assert [(r["id"], r["label"], r["norm"]) for r in rows] == [
        ("r1", "POLLING_STATION", "1107"), ("r1", "TIME", "08:00"), ("r1", "PERCENT", "22.5"),
        ("r2", "TIME", "20:00")]
    code, out, _ = run(capsys, str(archive / "a.txt"), "--format", "tsv", *RULES)
    assert out.splitlines()[0].split("\t")[1:4] == ["TIME", "0", "10"]


def test_table_format_unchanged(capsys, monkeypatch):
    code, out, _ = run(capsys, "--format", "table", *RULES, stdin="08:201047-бөлүм ачылды",
                       monkeypatch=monkeypatch)
    assert code == 0 and out.startswith("# stdin: ") and "POLLING_STATION" in out


def test_usage_errors_exit_2(capsys, archive, tmp_path):
    code, _, err = run(capsys, str(tmp_path / "missing.txt"))
    assert code == 2 and "no such file or directory" in err
    code, _, err = run(capsys, str(archive / "notes.xyz"))
    assert code == 2 and "unknown format" in err
    code, _, err = run(capsys, str(archive / "a.txt"), "--resume")
    assert code == 2 and "--resume needs -o" in err


def test_bad_jsonl_lines_go_to_the_errors_file_and_exit_2(capsys, tmp_path):
    path = tmp_path / "x.jsonl"
    path.write_text('{"id": 1, "text": "в 20:00"}\nnot json\n{"id": 3}\n{"id": 4, "text": "5%"}\n')
    out = tmp_path / "out.jsonl"
    code, _, err = run(capsys, str(path), "-o", str(out), *RULES)
    assert code == 2
    assert "line 2: not JSON" in err and "line 3: missing text field 'text'" in err
    assert [r["id"] for r in records(out.read_text())] == [1, 4]
    errors = records((tmp_path / "out.jsonl.errors.jsonl").read_text())
    assert [(e["id"], e["stage"]) for e in errors] == [(f"{path}:2", "read"), (3, "read")]


def test_unreadable_files_exit_1(capsys, tmp_path):
    (tmp_path / "good.txt").write_text("в 20:00", encoding="utf-8")
    (tmp_path / "latin1.txt").write_bytes("в 20:00".encode("cp1251"))
    (tmp_path / "broken.txt.gz").write_bytes(b"not gzip at all")
    errors = tmp_path / "errs.jsonl"
    code, out, err = run(capsys, str(tmp_path), "--errors", str(errors), *RULES)
    assert code == 1
    assert len(records(out)) == 1
    reasons = {os.path.basename(e["source"]): e["error"] for e in records(errors.read_text())}
    assert "not UTF-8" in reasons["latin1.txt"] and "cannot read" in reasons["broken.txt.gz"]
    assert "2 errors" in err


def _expected(capsys, path):
    code, out, _ = run(capsys, str(path), *RULES)
    assert code == 0
    return records(out)


@pytest.mark.parametrize("fmt", ["jsonl", "tsv"])
def test_resume_after_a_torn_write(capsys, tmp_path, fmt):
    path = tmp_path / "in.jsonl"
    path.write_text("".join(json.dumps({"id": f"d{i}", "text": f"в {i % 24}:00, {i}%"}) + "\n"
                            for i in range(40)))
    full = tmp_path / f"full.{fmt}"
    assert run(capsys, str(path), "--format", fmt, "-o", str(full), *RULES)[0] == 0
    expected = full.read_text(encoding="utf-8")
    lines = expected.splitlines(keepends=True)
    part = tmp_path / f"part.{fmt}"
    part.write_text("".join(lines[:17]) + lines[17][:9], encoding="utf-8")  # killed mid-line
    code, _, err = run(capsys, str(path), "--format", fmt, "-o", str(part), "--resume", *RULES)
    assert code == 0, err
    assert part.read_text(encoding="utf-8") == expected
    assert "skipped" in err


def test_resume_after_kill(tmp_path):
    path = tmp_path / "in.jsonl"
    texts = [f"Саат {i % 24:02d}:00дө №{1000 + i} участок ачылды, {i % 100},5% " * 20
             for i in range(6000)]
    path.write_text("".join(json.dumps({"id": i, "text": t}, ensure_ascii=False) + "\n"
                            for i, t in enumerate(texts)), encoding="utf-8")
    out = tmp_path / "out.jsonl"
    cmd = [sys.executable, "-m", "kgner.cli", "extract", str(path), "-o", str(out), "-q", *RULES]
    proc = subprocess.Popen(cmd)
    deadline = time.time() + 60
    while time.time() < deadline and (not out.exists() or out.stat().st_size < 200_000):
        time.sleep(0.05)
    proc.send_signal(signal.SIGKILL)
    proc.wait()
    done_before = out.read_bytes().count(b"\n")
    assert 0 < done_before < len(texts)
    result = subprocess.run(cmd + ["--resume"], capture_output=True, text=True, timeout=120)
    assert result.returncode == 0, result.stderr
    ids = [r["id"] for r in records(out.read_text(encoding="utf-8"))]
    assert ids == list(range(len(texts)))  # nothing lost, nothing twice, in order


def test_interrupt_exit_code(capsys, tmp_path, monkeypatch):
    import kgner.batch
    def interrupted(*args, **kwargs):
        raise KeyboardInterrupt
        yield
    monkeypatch.setattr(kgner.batch, "extract_many", interrupted)
    path = tmp_path / "a.txt"
    path.write_text("в 20:00")
    code, _, err = run(capsys, str(path), "-o", str(tmp_path / "o.jsonl"), *RULES)
    assert code == 130 and "--resume" in err
