"""`kgner.extract_many`: order, ids, error records, laziness, worker processes."""
import itertools

import pytest

import kgner
from kgner import DocResult, extract_many

RULES = ["TIME", "PERCENT", "POLLING_STATION"]
TEXTS = ["Саат 08:00дө №1053 участок ачылды", "УИК №1107 открылся в 08:00",
         "явка 22,5 процента", "", "08:201047-бөлүм ачылды"] * 3


def _plain(results):
    return [r.to_dict() for r in results]


def test_strings_keep_order_and_get_positions_as_ids():
    pipeline = kgner.Pipeline(RULES)
    results = list(extract_many(TEXTS, labels=RULES))
    assert [r.id for r in results] == list(range(len(TEXTS)))
    assert all(isinstance(r, DocResult) and r.ok for r in results)
    assert [r.extraction for r in results] == [pipeline.extract(t) for t in TEXTS]


def test_records_keep_their_ids():
    items = [{"id": f"doc-{i}", "text": t} for i, t in enumerate(TEXTS)]
    results = list(extract_many(items, labels=RULES))
    assert [r.id for r in results] == [f"doc-{i}" for i in range(len(TEXTS))]
    assert results[0].to_dict()["entities"][0]["norm"] == "08:00"
    assert results[1].lang == "ru"


def test_custom_fields():
    items = [{"key": "a", "body": "в 20:00"}]
    [r] = extract_many(items, labels=RULES, text_field="body", id_field="key")
    assert r.id == "a" and r.extraction[0].norm == "20:00"


def test_bad_documents_give_error_records_and_the_stream_goes_on():
    items = ["в 20:00", 42, b"\xff\xfe", {"id": "x"}, {"id": "y", "text": None},
             "Саат 08:00", b"\xd0\x92 09:00"]
    results = list(extract_many(items, labels=RULES))
    assert [r.ok for r in results] == [True, False, False, False, False, True, True]
    assert "int" in results[1].error
    assert "encoding" in results[2].error
    assert "missing text field" in results[3].error and results[3].id == "x"
    assert results[6].extraction[0].text == "09:00"
    assert results[1].to_dict() == {"id": 1, "error": results[1].error}


def test_a_failure_inside_a_stage_is_an_error_record(monkeypatch):
    def boom_stage(text):
        if "boom" in text:
            raise RuntimeError("stage failed")
        return []
    pipeline = kgner.Pipeline(RULES)
    pipeline.stages.append(boom_stage)  # fails the whole batch: each text is retried alone
    results = list(extract_many(["в 20:00", "boom", "в 21:00"], pipeline=pipeline))
    assert [r.ok for r in results] == [True, False, True]
    assert results[1].error == "RuntimeError: stage failed"


def test_lazy_on_an_endless_stream():
    endless = itertools.cycle(["в 20:00", "явка 5%"])
    first = list(itertools.islice(extract_many(endless, labels=RULES, batch_size=8), 20))
    assert len(first) == 20 and first[-1].id == 19


@pytest.mark.parametrize("start_method", ["fork", "spawn"])
def test_worker_processes_give_the_single_process_result(start_method):
    items = [{"id": i, "text": t} for i, t in enumerate(TEXTS * 4)] + [42]
    single = _plain(extract_many(items, labels=RULES))
    multi = _plain(extract_many(items, n_process=2, batch_size=5, labels=RULES,
                                start_method=start_method))
    assert multi == single
    assert multi[-1]["error"]


def test_bad_arguments():
    with pytest.raises(ValueError):
        list(extract_many(["x"], n_process=0))
    with pytest.raises(ValueError):
        list(extract_many(["x"], n_process=2, pipeline=kgner.Pipeline(RULES)))
