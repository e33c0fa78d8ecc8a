"""kgner on Dask: a LocalCluster with two worker processes gives the single-process result."""
from pathlib import Path

import pytest

import kgner

dask = pytest.importorskip("dask")
distributed = pytest.importorskip("distributed")
pd = pytest.importorskip("pandas")
import dask.bag as db  # noqa: E402
import dask.dataframe as dd  # noqa: E402

from kgner.dask import entities_frame, extract_bag, extract_column  # noqa: E402

RULES = ["TIME", "PERCENT", "POLLING_STATION", "DATE"]
SAMPLE = Path(__file__).resolve().parents[1] / "samples" / "liveblog_2021.txt"
TEXTS = [p for p in SAMPLE.read_text(encoding="utf-8").split("\n") if p.strip()] * 3


@pytest.fixture(scope="module")
def client():
    with distributed.LocalCluster(n_workers=2, processes=True, threads_per_worker=1,
                                  dashboard_address=None) as cluster, \
            distributed.Client(cluster) as client:
        yield client


def test_bag_of_records_equals_single_process(client):
    items = [{"id": f"d{i}", "text": t} for i, t in enumerate(TEXTS)] + [{"id": "bad", "text": 5}]
    got = extract_bag(db.from_sequence(items, npartitions=4), labels=RULES).compute()
    expected = [r.to_dict() for r in kgner.extract_many(items, labels=RULES)]
    assert got == expected
    assert got[-1]["error"] and any(r.get("entities") for r in got)


def test_bag_of_strings_keeps_order(client):
    got = extract_bag(db.from_sequence(TEXTS, npartitions=3), labels=RULES).compute()
    assert [r["entities"] for r in got] == \
        [[e.to_dict() for e in kgner.Pipeline(RULES).extract(t)] for t in TEXTS]
    assert all(r["id"] is None for r in got)


def test_dataframe_column_equals_single_process(client):
    ddf = dd.from_pandas(pd.DataFrame({"text": TEXTS}), npartitions=3)
    per_row = extract_column(ddf, "text", labels=RULES).compute()
    single = list(kgner.extract_many(TEXTS, labels=RULES))
    assert list(per_row.index) == list(range(len(TEXTS)))
    assert list(per_row["entities"]) == [[e.to_dict() for e in r.extraction] for r in single]
    assert list(per_row["lang"]) == [r.lang for r in single]
    rows = entities_frame(ddf, "text", labels=RULES).compute()
    assert len(rows) == sum(len(r.extraction) for r in single)
    assert list(rows["norm"]) == [e.norm for r in single for e in r.extraction]


def test_pipeline_is_built_once_per_worker(client):
    extract_bag(db.from_sequence(TEXTS, npartitions=6), labels=RULES).compute()

    def built():
        from kgner.dask import worker_pipeline
        return worker_pipeline.cache_info().misses
    counts = client.run(built)
    assert len(counts) == 2 and all(n <= 1 for n in counts.values())
