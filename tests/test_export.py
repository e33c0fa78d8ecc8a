"""Exports: JSONL (+ schema), CSV/TSV, CoNLL BIO, DocBin, Label Studio, doccano, pandas."""
import csv
import json
import sys

import jsonschema
import pytest
import spacy
from spacy.tokens import DocBin

import kgner
import kgner.spacy_component  # noqa: F401  (span extensions)
from kgner import schema
from kgner.cli import main
from kgner.export import write
from kgner.export.conll import bio_sentences
from kgner.export.jsonl import load_extractions, to_record

PIPELINE = kgner.Pipeline(model=False)
TEXTS = {
    "ky": "08:201047-бөлүм ачылды.\nСаат 12:00гө карата шайлоочулардын 9,17%ы добуш берди.",
    "ru": "Садыр Жапаров проголосовал в Бишкеке 28 ноября 2021 года.\n\n«Ата-Мекен» набрала 22,5 процента, «текст, с запятой».",
    "empty": "",
}


@pytest.fixture(scope="module")
def docs():
    return [(doc_id, PIPELINE.extract(text)) for doc_id, text in TEXTS.items()]


def validator():
    return jsonschema.Draft202012Validator(schema.load())


def test_schema_is_valid_and_records_conform(docs):
    jsonschema.Draft202012Validator.check_schema(schema.load())
    for doc_id, extraction in docs:
        validator().validate(to_record(doc_id, extraction, source="x.txt", lang="ky"))
        validator().validate(to_record(doc_id, extraction, include_text=True))


def test_schema_rejects_bad_records():
    bad = [{"entities": []},
           {"id": "a", "entities": [{"label": "NOPE", "text": "x", "start": 0, "end": 1,
                                     "norm": "x", "lang": "ky", "source": "rule", "kb_id": None}]},
           {"id": "a", "entities": [{"label": "TIME", "text": "x", "start": 0, "end": 1}]}]
    for record in bad:
        with pytest.raises(jsonschema.ValidationError):
            validator().validate(record)


def test_kgner_extract_output_conforms_and_exports(tmp_path, docs, monkeypatch):
    import kgner.batch
    monkeypatch.setattr(kgner.batch, "_pipeline_for",  # no trained model needed here
                        lambda labels, options: kgner.Pipeline(labels, model=False))
    paths = []
    for doc_id, text in TEXTS.items():
        (tmp_path / f"{doc_id}.txt").write_text(text, encoding="utf-8")
        paths.append(str(tmp_path / f"{doc_id}.txt"))
    out = tmp_path / "out.jsonl"
    assert main(["extract", *paths, "-o", str(out)]) in (0, 1)
    records = [json.loads(l) for l in out.read_text(encoding="utf-8").splitlines()]
    assert records
    for record in records:
        validator().validate(record)
    # the export command finds each record's text through its source file
    for fmt, name in [("conll", "o.conll"), ("docbin", "o.spacy"), ("labelstudio", "o.json"),
                      ("doccano", "o.jsonl"), ("csv", "o.csv"), ("tsv", "o.tsv"), ("jsonl", "t.jsonl")]:
        assert main(["export", str(out), "--to", fmt, "-o", str(tmp_path / name)]) == 0
        assert (tmp_path / name).stat().st_size > 0
    back = dict(load_extractions(tmp_path / "t.jsonl"))
    assert len(back) == len(records)


def test_jsonl_round_trip(tmp_path, docs):
    write(docs, str(tmp_path / "a.jsonl"), "jsonl")
    assert list(load_extractions(tmp_path / "a.jsonl")) == docs


def test_from_json(docs):
    _, extraction = docs[1]
    assert kgner.Extraction.from_json(extraction.to_json()) == extraction
    record = json.dumps(to_record("ru", extraction))
    assert kgner.Extraction.from_json(record, text=TEXTS["ru"]) == extraction
    with pytest.raises(ValueError, match="no 'text'"):
        kgner.Extraction.from_json(record)
    with pytest.raises(ValueError, match="does not match"):
        kgner.Extraction.from_json(record, text="x" * len(TEXTS["ru"]))


@pytest.mark.parametrize("fmt,delimiter", [("csv", ","), ("tsv", "\t")])
def test_table(tmp_path, docs, fmt, delimiter):
    write(docs, str(tmp_path / f"a.{fmt}"), fmt)
    with open(tmp_path / f"a.{fmt}", encoding="utf-8", newline="") as f:
        rows = list(csv.DictReader(f, delimiter=delimiter))
    assert len(rows) == sum(len(x) for _, x in docs)
    first = docs[0][1][0]
    assert rows[0] == {"id": "ky", "label": first.label, "start": str(first.start),
                       "end": str(first.end), "text": first.text, "norm": first.norm,
                       "lang": first.lang, "source": first.source, "kb_id": first.kb_id or ""}


def test_conll_bio_is_consistent(tmp_path, docs):
    for _, extraction in docs:
        tokens = [pair for sentence in bio_sentences(extraction) for pair in sentence]
        spans, current = [], None
        for tok, tag in tokens:
            assert tag == "O" or tag[:2] in ("B-", "I-")
            if tag.startswith("I-"):
                assert current and current[0] == tag[2:], (tok, tag)
                current[1].append(tok)
            elif tag.startswith("B-"):
                current = (tag[2:], [tok])
                spans.append(current)
            else:
                current = None
        # every kgner entity is exactly one BIO span of the same label and tokens
        assert [(label, "".join(toks)) for label, toks in spans] == \
            [(e.label, e.text.replace(" ", "").replace("\n", "")) for e in extraction]
    write(docs, str(tmp_path / "a.conll"), "conll")
    lines = (tmp_path / "a.conll").read_text(encoding="utf-8").splitlines()
    assert lines[0] == "-DOCSTART- -X- -X- O"
    assert all(len(l.split(" ")) == 4 for l in lines if l)
    assert "08:20 -X- _ B-TIME" in lines and "1047 -X- _ B-POLLING_STATION" in lines


def test_docbin(tmp_path, docs):
    write(docs, str(tmp_path / "a.spacy"), "docbin")
    nlp = spacy.blank("xx")
    back = list(DocBin().from_disk(tmp_path / "a.spacy").get_docs(nlp.vocab))
    assert [d.text for d in back] == [x.text for _, x in docs]
    for doc, (doc_id, extraction) in zip(back, docs):
        assert doc.user_data["id"] == doc_id
        assert [(e.text, e.label_, e._.norm, e._.kb_id) for e in doc.ents] == \
            [(e.text, e.label, e.norm, e.kb_id) for e in extraction]


def test_labelstudio(tmp_path, docs):
    write(docs, str(tmp_path / "ls.json"), "labelstudio")
    tasks = json.loads((tmp_path / "ls.json").read_text(encoding="utf-8"))
    assert len(tasks) == len(docs)
    for task, (doc_id, extraction) in zip(tasks, docs):
        assert task["data"] == {"text": extraction.text, "doc_id": doc_id}
        (prediction,) = task["predictions"]
        result = prediction["result"]
        assert len(result) == len(extraction)
        for region, e in zip(result, extraction):
            assert region["from_name"] == "label" and region["to_name"] == "text"
            assert region["type"] == "labels"
            v = region["value"]
            assert extraction.text[v["start"]:v["end"]] == v["text"] and v["labels"] == [e.label]


def test_doccano(tmp_path, docs):
    write(docs, str(tmp_path / "d.jsonl"), "doccano")
    lines = [json.loads(l) for l in (tmp_path / "d.jsonl").read_text(encoding="utf-8").splitlines()]
    for line, (doc_id, extraction) in zip(lines, docs):
        assert line["id"] == doc_id and line["text"] == extraction.text
        assert line["label"] == [[e.start, e.end, e.label] for e in extraction]


def test_dataframe(docs):
    _, extraction = docs[1]
    frame = extraction.to_dataframe("ru")
    assert list(frame.columns) == ["id", "label", "start", "end", "text", "norm", "lang",
                                   "source", "kb_id"]
    assert len(frame) == len(extraction) and set(frame["id"]) == {"ru"}
    assert frame["start"].tolist() == [e.start for e in extraction]
    assert len(docs[2][1].to_dataframe()) == 0


def test_dataframe_without_pandas(monkeypatch, docs):
    monkeypatch.setitem(sys.modules, "pandas", None)
    with pytest.raises(ImportError, match=r"pip install kgner\[pandas\]"):
        docs[0][1].to_dataframe()


def test_unknown_format(docs):
    with pytest.raises(ValueError, match="unknown format"):
        write(docs, "x", "xml")


def test_export_command_reports_missing_text(tmp_path, capsys):
    (tmp_path / "r.jsonl").write_text(json.dumps({"id": "gone.txt", "entities": []}) + "\n")
    assert main(["export", str(tmp_path / "r.jsonl"), "--to", "conll", "-o", str(tmp_path / "o")]) == 2
    assert "no 'text'" in capsys.readouterr().err
