"""The spaCy component: doc.ents with kgner labels, span extensions, n_process, to_disk."""
from importlib.metadata import entry_points

import pytest
import spacy

import kgner
import kgner.spacy_component  # registers the factory when the entry point is not installed
from kgner.spacy_component import make_kgner

NO_MODEL = {"model": False}  # rules and knowledge base: fast, and independent of the trained model
PIPELINE = kgner.Pipeline(model=False)

TEXTS = [
    "08:201047-бөлүм ачылды. Саат 12:00гө карата шайлоочулардын 9,17%ы добуш берди.",
    "Садыр Жапаров проголосовал в Бишкеке 28 ноября 2021 года, «Ата-Мекен» набрала 22,5 процента.",
    "",
    "УИК №1107 открылся в 08:00.",
]


def ents(doc):
    return [(e.text, e.label_, e._.norm, e._.kb_id, e._.source, e._.lang) for e in doc.ents]


def expected(text):
    return [(e.text, e.label, e.norm, e.kb_id, e.source, e.lang) for e in PIPELINE.extract(text)]


@pytest.mark.parametrize("lang", ["xx", "ru"])
def test_ents_match_kgner(lang):
    nlp = spacy.blank(lang)
    nlp.add_pipe("kgner", config=NO_MODEL)
    for text in TEXTS:
        assert ents(nlp(text)) == expected(text)


def test_glued_tokens_are_split_so_both_entities_survive():
    doc = spacy.blank("xx")
    doc.add_pipe("kgner", config=NO_MODEL)
    out = doc("08:201047-бөлүм ачылды.")
    assert [(e.text, e.label_) for e in out.ents][:2] == [("08:20", "TIME"), ("1047", "POLLING_STATION")]
    assert out.text == "08:201047-бөлүм ачылды."


def test_kb_id_is_also_spacys_own():
    nlp = spacy.blank("ru")
    nlp.add_pipe("kgner", config=NO_MODEL)
    doc = nlp("Садыр Жапаров в Бишкеке")
    assert all(e.kb_id_ == (e._.kb_id or "") for e in doc.ents)
    assert any(e.kb_id_ for e in doc.ents)


def test_labels_config_limits_output():
    nlp = spacy.blank("xx")
    nlp.add_pipe("kgner", config={"labels": ["TIME"], **NO_MODEL})
    assert {e.label_ for e in nlp(TEXTS[0]).ents} == {"TIME"}


def _with_ruler(overwrite: bool):
    nlp = spacy.blank("ru")
    nlp.add_pipe("entity_ruler").add_patterns([{"label": "MISC", "pattern": "открылся"},
                                                {"label": "MISC", "pattern": "08:00"}])
    nlp.add_pipe("kgner", config={"overwrite_ents": overwrite, **NO_MODEL})
    return [(e.text, e.label_) for e in nlp("УИК №1107 открылся в 08:00.").ents]


def test_existing_entities_and_overwrite():
    kept = _with_ruler(overwrite=False)  # the ruler's "08:00" stays, kgner's TIME is dropped
    assert ("08:00", "MISC") in kept and ("открылся", "MISC") in kept
    assert not any(label == "TIME" for _, label in kept)
    won = _with_ruler(overwrite=True)  # kgner's TIME wins; the non-overlapping MISC stays
    assert ("открылся", "MISC") in won and ("08:00", "MISC") not in won
    assert any(label == "TIME" for _, label in won)
    assert any(label == "POLLING_STATION" for _, label in won)


def test_nlp_pipe_two_processes():
    nlp = spacy.blank("xx")
    nlp.add_pipe("kgner", config=NO_MODEL)
    docs = list(nlp.pipe(TEXTS, n_process=2, batch_size=1))
    assert [ents(d) for d in docs] == [expected(t) for t in TEXTS]


def test_to_disk_and_spacy_load(tmp_path):
    nlp = spacy.blank("ru")
    nlp.add_pipe("kgner", config={"labels": ["POLITICIAN", "DATE"], **NO_MODEL})
    nlp.to_disk(tmp_path / "model")
    loaded = spacy.load(tmp_path / "model")
    assert loaded.pipe_names == ["kgner"]
    assert {e.label_ for e in loaded(TEXTS[1]).ents} == {"POLITICIAN", "DATE"}
    assert ents(loaded(TEXTS[1])) == ents(nlp(TEXTS[1]))


def test_extraction_to_doc():
    extraction = PIPELINE.extract(TEXTS[1])
    doc = extraction.to_doc()
    assert doc.text == TEXTS[1]
    assert ents(doc) == expected(TEXTS[1])
    assert ents(extraction.to_doc(spacy.blank("ru"))) == expected(TEXTS[1])


def test_entry_point_names_the_factory():
    found = [ep for ep in entry_points(group="spacy_factories") if ep.name == "kgner"]
    if not found:
        pytest.skip("kgner's spacy_factories entry point is not installed (reinstall kgner)")
    assert found[0].load() is make_kgner
