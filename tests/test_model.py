"""The statistical stage: the shipped model, the rules-only switch, and the merge policy."""
from __future__ import annotations

import shutil
from pathlib import Path

import pytest

import kgner
from kgner.merge import merge, reconcile, select, _Spans
from kgner.model import MODEL_DIR, ModelError, load
from kgner.pipeline import Pipeline
from kgner.rules.base import Candidate

needs_model = pytest.mark.skipif(not (MODEL_DIR / "meta.json").is_file(),
                                 reason="no trained model (run `kgner train`)")


@needs_model
def test_model_loads_from_the_installed_package():
    assert MODEL_DIR == Path(kgner.__file__).resolve().parent / "models" / "kgner_ner"
    nlp = load()
    assert set(nlp.get_pipe("ner").labels) == {"PER", "PARTY", "LOCATION", "ELECTION_BODY"}


@needs_model
@pytest.mark.parametrize("text, name", [
    ("Кечээ Грузиянын президенти Михеил Кавелашвили Бишкекке келди.", "Михеил Кавелашвили"),
    ("Маалымат министри Эрнест Тургунбаевдин сунушу кабыл алынды.", "Эрнест Тургунбаевдин"),
    ("Президент Грузии Михеил Кавелашвили прибыл в Бишкек.", "Михеил Кавелашвили"),
])
def test_model_finds_a_name_the_kb_lacks(text, name):
    from kgner.model.unseen import kb_names
    from kgner.names.variants import fold
    assert fold(name.split()[-1]) not in kb_names()
    start, end = text.index(name), text.index(name) + len(name)

    def people(extraction):
        return [e for e in extraction.by_label("POLITICIAN", "PERSON") if e.start < end and start < e.end]

    assert not people(Pipeline(model=False).extract(text))
    found = people(Pipeline(natasha=False).extract(text))
    assert [(e.text, e.source) for e in found] == [(name, "model")]
    assert 0 < found[0].confidence < 1


def test_missing_model_is_a_clear_error(tmp_path):
    with pytest.raises(ModelError, match="kgner train"):
        load(tmp_path / "nothing_here")


@needs_model
def test_damaged_model_is_a_clear_error(tmp_path):
    broken = tmp_path / "kgner_ner"
    shutil.copytree(MODEL_DIR, broken)
    for f in (broken / "ner").iterdir():
        f.write_bytes(b"not a model")
    with pytest.raises(ModelError, match="damaged"):
        load(broken)


def test_missing_model_stops_the_pipeline_unless_rules_only(monkeypatch, tmp_path):
    monkeypatch.setenv("KGNER_MODEL", str(tmp_path / "gone"))
    with pytest.raises(ModelError):
        Pipeline()
    text = "Саат 12:00гө карата шайлоочулардын 9,17%ы добуш берди."
    labels = [e.label for e in Pipeline(model=False).extract(text)]
    assert labels == ["TIME", "PERCENT"]
    # labels the model does not produce need no model
    assert [e.label for e in Pipeline(labels=["TIME"]).extract(text)] == ["TIME"]


# --- merge policy, with hand-made candidates ---------------------------------------

def kb(label, start, end, norm, kb_id=None):
    return Candidate(label, start, end, norm, "gazetteer", 1.0, kb_id)


def model(label, start, end, norm, score=0.8):
    return Candidate(label, start, end, norm, "model", score)


def test_trusted_span_wins_an_overlap_and_keeps_its_identity():
    out = merge([kb("POLITICIAN", 0, 10, "Садыр Жапаров", "p1"), model("PERSON", 0, 12, "Жапаров")])
    assert out == [kb("POLITICIAN", 0, 10, "Садыр Жапаров", "p1")] or \
        (out[0].label, out[0].kb_id, out[0].norm) == ("POLITICIAN", "p1", "Садыр Жапаров")


def test_longer_model_person_takes_the_kb_identity():
    # the model reads `Азамат Жапаровдун` (0-17), the KB only `Жапаровдун` (7-17)
    out = merge([kb("POLITICIAN", 7, 17, "Садыр Жапаров", "p1"), model("PERSON", 0, 17, "Азамат Жапаров")])
    assert len(out) == 1
    e = out[0]
    assert (e.start, e.end, e.label, e.kb_id, e.score) == (0, 17, "POLITICIAN", "p1", 1.0)


def test_model_span_over_a_rule_span_is_dropped():
    out = merge([Candidate("TIME", 0, 5, "08:20"), model("LOCATION", 0, 9, "x")])
    assert [c.label for c in out] == ["TIME"]


def test_label_conflict_kb_party_beats_model_location():
    out = merge([kb("PARTY", 3, 12, "Ата Мекен", "atameken"), model("LOCATION", 3, 12, "Ата Мекен")])
    assert [(c.label, c.kb_id) for c in out] == [("PARTY", "atameken")]


def test_model_person_known_to_the_kb_becomes_politician():
    def lookup(c):
        return Candidate("POLITICIAN", c.start, c.end, "Садыр Жапаров", c.source, c.score, "p1") \
            if c.norm == "Садыр Жапаров" else None
    out = merge([model("PERSON", 0, 13, "Садыр Жапаров"), model("PERSON", 20, 30, "Нурлан Асанов")],
                lookup=lookup)
    assert [(c.label, c.kb_id) for c in out] == [("POLITICIAN", "p1"), ("PERSON", None)]


def test_real_kb_lookup_links_a_model_person():
    from kgner.model.linking import kb_person
    linked = kb_person(model("PERSON", 0, 13, "Садыр Жапаров"))
    assert linked is not None and linked.label == "POLITICIAN" and linked.kb_id


def test_natasha_outranks_the_model_and_agreement_raises_confidence():
    nat = Candidate("PERSON", 0, 10, "Иван Петров", "natasha", 0.9)
    out = merge([model("PERSON", 0, 12, "Иван Петров", 0.7), nat])
    assert len(out) == 1 and out[0].source == "natasha"
    out = merge([model("PERSON", 0, 10, "Иван Петров", 0.7), Candidate("LOCATION", 20, 25, "Ош", "natasha", 0.6)])
    assert [c.score for c in out] == [0.7, 0.6]
    agreed = merge([model("PERSON", 0, 10, "Иван Петров", 0.7), Candidate("PERSON", 0, 10, "И", "natasha", 0.9)])
    assert agreed[0].source == "natasha"


def test_select_is_non_overlapping_and_prefers_rank_then_priority_then_length():
    cands = [model("LOCATION", 0, 4, "a"), Candidate("DATE", 2, 8, "--11-28"),
             Candidate("TIME", 6, 11, "08:20"), kb("LOCATION", 12, 20, "Ош"),
             model("PERSON", 13, 30, "x")]
    out = select(cands)
    # TIME outranks DATE; the model's LOCATION fits in the gap the dropped DATE left
    assert [(c.label, c.start, c.source) for c in out] == [
        ("LOCATION", 0, "model"), ("TIME", 6, "rule"), ("LOCATION", 12, "gazetteer")]
    assert all(a.end <= b.start for a, b in zip(out, out[1:]))


def test_overlap_index_handles_nested_trusted_spans():
    index = _Spans([kb("PARTY", 0, 30, "long"), kb("LOCATION", 5, 8, "x"), kb("PERSON", 40, 45, "y")])
    assert {c.norm for c in index.overlapping(20, 22)} == {"long"}
    assert {c.norm for c in index.overlapping(6, 7)} == {"long", "x"}
    assert reconcile(model("PERSON", 31, 39, "z"), index) == model("PERSON", 31, 39, "z")


def test_words_quoted_as_said_are_no_party():
    import kgner
    text = "Референдумдун жыйынтыгы: «Ооба» деп 420 миңден ашык шайлоочу добуш берген."
    assert not [e for e in kgner.extract(text).entities if e.label == "PARTY"]


@pytest.mark.parametrize("text", [
    "Как сообщил корреспондент телеканала «Көк-Асман», с утра на участке очередь.",
    "— Суроо («Жаңы Заман» радиосу): Бабанов тараптын өкүлдөрү эмне дейт?",
    "«Ак шайлоо» коалициясынын байкоочулары Сокулук районунда иштешти.",
    "Бишкек, «Кабарчы». 2021-жылдын 10-январында шайлоо өттү.",
])
def test_a_quoted_outlet_or_coalition_is_no_party(text):
    import kgner
    assert not [e for e in kgner.extract(text).entities if e.label == "PARTY"]
    # a party named beside an outlet stays one
    text = "«Ата Мекен» партиясы жыйынтык менен макул эмес, деп кабарлады «Көк-Асман» телеканалы."
    assert [e.text for e in kgner.extract(text).entities if e.label == "PARTY"] == ["Ата Мекен"]


def test_the_first_words_of_a_quoted_sentence_are_no_party():
    import kgner
    text = "Он поблагодарил коллег. «Рассчитываю, что перед парламентом встанут важные задачи», — сказал он."
    assert not [e for e in kgner.extract(text).entities if e.label == "PARTY"]
