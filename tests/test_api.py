"""The public API: types, invariants, bad input."""
import json

import pytest

import kgner
from kgner import Entity, Extraction, Pipeline


def test_extract_returns_sorted_immutable_entities():
    ex = kgner.extract("12:47Саат 12:00гө карата шайлоочулардын 9,17%ы добуш берди")
    assert isinstance(ex, Extraction)
    assert [e.start for e in ex] == sorted(e.start for e in ex)
    with pytest.raises(AttributeError):
        ex[0].label = "X"
    assert ex.by_label("PERCENT")[0].norm == "9.17"
    assert all(e.kb_id is None or isinstance(e.kb_id, str) for e in ex)


def test_to_json_round_trip():
    ex = kgner.extract("УИК №1107 открылся в 08:00")
    data = json.loads(ex.to_json())
    assert data["entities"][0]["label"] == "POLLING_STATION"
    assert Extraction.from_dict(data) == ex
    assert Entity.from_dict(data["entities"][0]) == ex[0]


@pytest.mark.parametrize("bad", [b"bytes", None, 42, ["list"]])
def test_non_str_raises_type_error(bad):
    with pytest.raises(TypeError, match="expects str"):
        kgner.extract(bad)


@pytest.mark.parametrize("text", ["", "   ", "\n\t  \n"])
def test_empty_text_gives_empty_extraction(text):
    ex = kgner.extract(text)
    assert len(ex) == 0 and ex.text == text


def test_pipeline_subset_of_labels():
    text = "08:201047-бөлүм ачылды, 9,17%"
    only_time = Pipeline(labels=["TIME"]).extract(text)
    assert {e.label for e in only_time} == {"TIME"}


def test_unknown_label_is_an_error():
    with pytest.raises(ValueError, match="unknown labels"):
        Pipeline(labels=["MONEY"])


def test_control_characters_surrogates_and_nul():
    text = "Саат\x0008:00дө \ud800 №1053\x07 участок\x1b 9,17%"
    ex = kgner.extract(text)
    for e in ex:
        assert text[e.start:e.end] == e.text
    assert "9.17" in [e.norm for e in ex]


def test_language_of_entities():
    ex = kgner.extract("Шайлоо участкалары саат 08:00дө ачылды. Явка к 14:00 составила 16,27 процента.")
    assert [(e.norm, e.lang) for e in ex] == [("08:00", "ky"), ("14:00", "ru"), ("16.27", "ru")]


def test_large_text_is_processed(seed_text):
    big = (seed_text * 30)[:10_000_000]
    ex = kgner.extract(big)
    assert len(ex) > 10_000
    last = ex[-1]
    assert big[last.start:last.end] == last.text
