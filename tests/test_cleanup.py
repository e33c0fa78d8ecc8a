"""The cleaned view and its offset map."""
import pytest

from kgner.text.cleanup import clean

from conftest import found


@pytest.mark.parametrize("raw, view", [
    ("Kaktus.mediа редакциясы", "Kaktus.media редакциясы"),       # Cyrillic а in a Latin word
    ("Azаmat Imanaliеv", "Azamat Imanaliev"),                       # a Latin word stays Latin
    ("Жапарoв", "Жапаров"),                                         # Latin o in a Cyrillic word
    ("шайлоого даярдыкты текшердиКечээ Садыр", "шайлоого даярдыкты текшерди Кечээ Садыр"),
    ("добуш бердиКыргыз", "добуш берди Кыргыз"),
    ("Садыр\u00a0Жапаров\u200b", "Садыр Жапаров"),
    ("«Ата Мекен» — партия", '"Ата Мекен" - партия'),
    ("<p>Садыр</p><b>Жапаров</b>", "\nСадыр\nЖапаров"),
    ("Ата&nbsp;Мекен &amp; СДПК", "Ата Мекен & СДПК"),
    ("салды.Президент", "салды. Президент"),
])
def test_view(raw, view):
    assert clean(raw).text == view


def test_offsets_map_back_to_the_original():
    import kgner
    raw = "<p>Саат&nbsp;08:00дө</p> «Ата Мекен»\u200b №1053 шайлоо участкасы"
    for e in kgner.extract(raw):
        assert raw[e.start:e.end] == e.text
    assert [e.text for e in kgner.extract(raw)] == ["Саат&nbsp;08:00", "Ата Мекен", "№1053"]


def test_entities_in_html_and_tweets():
    raw = ('<blockquote class="twitter-tweet"><p lang="ru">Перестановка урн на участке 5324 в Оше '
           '<a href="https://t.co/x">pic.twitter.com/x</a></p>&mdash; Kloop (@kloopnews) '
           '<a href="https://twitter.com/x">November 28, 2021</a></blockquote>')
    out = found(raw)
    assert ("POLLING_STATION", "5324", "5324") in out
    assert ("DATE", "November 28, 2021", "2021-11-28") in out


def test_escaped_markup_does_not_become_markup():
    once = clean("x &lt;b&gt; &amp;lt; y").text
    assert clean(once).text == once


def test_fast_paths_agree_with_the_plain_forms():
    """The speed-ups of cleanup give what the plain forms give (see cleanup.py)."""
    import random
    import re

    from kgner.text import cleanup as c

    sources = [chr(k) for k, v in c._TRANSLATE.items() if v != chr(k)][:200]
    text = "«Шайлоо» — 08:00\u00a0№5\t" + "".join(sources)
    assert c._translate(text) == text.translate(c._TRANSLATE)
    plain_may_edit = re.compile(
        rf"[<&{c._ZERO_WIDTH}]|[{c._LOWER}][{c._UPPER_CYR}]|[.!?][{c._UPPER_CYR}0-9]"
        rf"|[0-9][{c._UPPER_CYR}]|:[0-5]\d\d")
    rng = random.Random(3)
    alphabet = list("aZаяӨҮАЯ09:5.!?<& \u200b\u00ad") + ["ү", "Ң"]
    for _ in range(3000):
        sample = "".join(rng.choice(alphabet) for _ in range(rng.randrange(1, 8)))
        assert (c._MAY_EDIT.search(sample) is None) == (plain_may_edit.search(sample) is None), sample


@pytest.mark.parametrize("raw", ["«Саат» 08:00", "Саaт 08:00", "a<b>Б</b>", "ЖапаровСадыр"])
def test_clean_is_stable(raw):
    view = clean(raw)
    assert clean(view.text).text == view.text


def test_mixed_words_as_with_the_plain_mix_point(monkeypatch):
    """_MIX_POINT matches at the Latin letter; the words it fixes are the plain form's."""
    import random
    import re

    from kgner.text import cleanup as c

    rng = random.Random(4)
    alphabet = list("aopxBHKMTабвгөүһҺ .-_1") + ["саат", "Caат", " x ", "\n"]
    samples = ["".join(rng.choice(alphabet) for _ in range(rng.randrange(1, 12)))
               for _ in range(3000)]
    fast = [c.fix_mixed_words(s) for s in samples]
    monkeypatch.setattr(c, "_MIX_POINT", re.compile(rf"[a-zA-Z][{c._CYR}]|[{c._CYR}][a-zA-Z]"))
    assert [c.fix_mixed_words(s) for s in samples] == fast
