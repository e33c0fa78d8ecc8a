"""A place inside a body's name is not labelled on its own (flat spans), whichever stage found it."""
import pytest

import kgner


@pytest.fixture(scope="module")
def pipeline():
    return kgner.Pipeline()


def places(pipeline, text):
    return [e.text for e in pipeline.extract(text).entities if e.label == "LOCATION"]


@pytest.mark.parametrize("text", [
    "Бул тууралуу АКШнын Кыргызстандагы элчилиги билдирди.",
    "Согласно документам ТИК Бишкека, на участке №1339 итоги признаны недействительными.",
    "Дело расследует ГУВД Бишкека.",
])
def test_place_in_a_body_name(pipeline, text):
    assert places(pipeline, text) == []


def test_a_place_on_its_own_stays(pipeline):
    assert places(pipeline, "Бишкекте шайлоо тынч өттү, Ошто да кезек болгон жок.") == ["Бишкекте", "Ошто"]
