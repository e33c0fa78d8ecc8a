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
