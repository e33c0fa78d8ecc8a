"""Property tests: invariants hold on random and mutated real text."""
from hypothesis import HealthCheck, given, settings, strategies as st

import kgner
from kgner.text.cleanup import clean

FRAGMENTS = [
    "08:201047-бөлүм", "Саат 08:52де", "9,17%ы", "№1053 шайлоо участкасына", "УИК №1107",
    "28-ноябрда", "18:1828.11.2021", "Kaktus.mediа", "<p>", "</b>", "&amp;", "&nbsp;",
    "\u200b", "\u00a0", "«", "»", "—", "Жапаровдун", "Садыра Жапарова", "текшердиКечээ",
    "БШКнын", "ЦИК КР", "30 пайыздан", "2,5–3 пайыз", " ", "\n", ".", "12:155-мектептеги",
]
text_strategy = st.one_of(
    st.text(max_size=300),
    st.lists(st.sampled_from(FRAGMENTS) | st.text(max_size=5), max_size=40).map("".join),
)


def _check(text: str) -> None:
    ex = kgner.extract(text)
    previous_end = 0
    for e in ex:
        assert text[e.start:e.end] == e.text
        assert e.start >= previous_end and e.end > e.start
        previous_end = e.end


@settings(max_examples=300, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(text_strategy)
def test_offsets_sorted_non_overlapping(text):
    _check(text)


@settings(max_examples=300, deadline=None)
@given(text_strategy)
def test_cleanup_is_idempotent_and_maps_inside(text):
    view = clean(text)
    assert clean(view.text).text == view.text
    for i in range(0, len(view.text), 7):
        for j in (i + 1, i + 5):
            if j <= len(view.text):
                start, end = view.to_original(i, j)
                assert 0 <= start <= end <= len(text)


@settings(max_examples=100, deadline=None)
@given(data=st.data())
def test_mutated_seed_fragments(seed_text, data):
    start = data.draw(st.integers(0, max(0, len(seed_text) - 500)))
    piece = seed_text[start:start + 500]
    cut = data.draw(st.integers(0, len(piece)))
    insert = data.draw(st.sampled_from(FRAGMENTS))
    _check(piece[:cut] + insert + piece[cut:])
