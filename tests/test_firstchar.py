"""`kgner.text.firstchar`: a guarded pattern finds exactly what the pattern finds."""
from __future__ import annotations

import random
import re

import pytest

from kgner.rules import body, date, district, percent, station, time
from kgner.text import cleanup
from kgner.text.firstchar import first_chars, first_pairs, guarded, unguarded

RULES = [body, date, district, percent, station, time, cleanup]
ALPHABET = list("0123456789:.,-%№ \nNoаеоуысткдпвшнрлмбгзжэөүңАЕОУСТКДПВШНРЛЦИБЁa") + [
    "саат ", "пайыз", "участкасы", "округу", "УИК", "ЦИК", "ноября", "ноябрда", "утра",
    "час", "шайлоо комиссиясы", "избирательная комиссия", "November ", "08:00", "20.00",
    "2021", "28.11.2021", "No", "беш ", "двадцать ", "<p>", "</DIV >", "<b>", "&amp;", "&#44;",
    "\u200b", "ЖапаровСадыр", ".Б", "5Ц", "08:201047", "<br/>"]


@pytest.mark.parametrize("rule", RULES, ids=lambda m: m.__name__.rsplit(".", 1)[-1])
def test_rule_patterns_are_guarded(rule):
    assert _pattern(rule).pattern.startswith("(?=[")


def _pattern(module) -> re.Pattern:
    return getattr(module, "PATTERN", None) or module._EDITS


@pytest.mark.parametrize("rule", RULES, ids=lambda m: m.__name__.rsplit(".", 1)[-1])
def test_guard_keeps_every_match(rule):
    pattern = _pattern(rule)
    plain = unguarded(pattern)
    assert plain is not pattern and plain.groupindex == pattern.groupindex
    rng = random.Random(7)
    for _ in range(1000):
        text = "".join(rng.choice(ALPHABET) for _ in range(rng.randrange(1, 60)))
        want = [(m.span(), m.groupdict()) for m in plain.finditer(text)]
        assert [(m.span(), m.groupdict()) for m in pattern.finditer(text)] == want, text


@pytest.mark.parametrize("pattern, chars, others", [
    (r"ab|c", "ac", "bz"),
    (r"(?<!x)(?:a?b|\d)", "ab0", "xz"),
    (r"(?P<s>№)?(?(s)\d|x)", "№0x", "sz"),
    (r"(?:q{0,2}r)*s", "qrs", "z"),
    (r"(?<=a)(?=[BC])|d", "BCd", "az"),
])
def test_first_chars(pattern, chars, others):
    cls = re.compile(first_chars(re.compile(pattern)))
    assert all(cls.match(c) for c in chars)
    assert not any(cls.match(c) for c in others)


@pytest.mark.parametrize("pattern", [r"a*", r".b", r"[^a]b", r"(a)?\1x", r"(?i:a)b", r"x?|y",
                                     r"(?<=a)(?!b)"])
def test_not_derived_leaves_the_pattern(pattern):
    compiled = re.compile(pattern)
    assert first_chars(compiled) is None
    assert guarded(compiled) is compiled


@pytest.mark.parametrize("pattern, fits, others", [
    (r"ab|c", ["ab", "c"], ["a", "b", "ac"]),
    (r"(?<!x)(?:a?b|\d)", ["ab", "b", "7"], ["aa", "x"]),
    (r"[Оо]круг|№\s?\d", ["ок", "Ок", "№ ", "№5"], ["о", "оп", "№"]),
    (r"(?:q{0,2}r)*s", ["qq", "qr", "rs", "s", "rq"], ["qs", "t"]),
    (r"(?<=a)(?=[BC]x)|d", ["Bx", "Cx", "d"], ["B", "By"]),
    (r"x{3,}y", ["xx"], ["xy", "y"]),
])
def test_first_pairs(pattern, fits, others):
    guard = re.compile(f"(?:{first_pairs(re.compile(pattern))})")
    assert all(guard.match(t) for t in fits)
    assert not any(guard.match(t) for t in others)
