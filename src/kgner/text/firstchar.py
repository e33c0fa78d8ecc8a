"""Make a regex skip the positions where no match can start, without changing its matches.

Python's `re` tries a pattern at every position of the text. When the pattern begins
with alternatives, named groups or lookbehinds, each attempt walks several branches
before it fails, and most positions of a news paragraph fail: a rule pattern costs a few
hundred nanoseconds per character. Every match, however, begins with a character from a
set that can be read off the pattern itself (`first_chars`); `guarded` puts that set in
front as a lookahead, so most positions fail on one character test.

The set is derived from the parsed pattern, not written by hand, so it cannot drift from
the pattern: literals and classes are collected, lookbehinds skipped, a lookahead read
like what it looks at (it tests the same character), optional parts (`?`, `*`, `{0,n}`,
a conditional group's two sides) add what follows them. So a pattern that matches an
empty string at some positions only (`(?<=a)(?=B)`) is guarded too. When
the pattern has something the derivation does not cover (`.`, a negated class, a
back-reference, scoped flags) or can match the empty string, it is returned as it is.
"""
from __future__ import annotations

import re
from typing import Any

try:  # Python 3.11+
    from re import _constants as _c
    from re import _parser as _p
except ImportError:  # pragma: no cover - Python < 3.11
    import sre_constants as _c  # type: ignore[no-redef]
    import sre_parse as _p  # type: ignore[no-redef]

# (op, value) items of a character class: LITERAL code, RANGE (lo, hi), CATEGORY
_ClassItem = tuple[Any, Any]
_CATEGORIES = {_c.CATEGORY_DIGIT: r"\d", _c.CATEGORY_NOT_DIGIT: r"\D",
               _c.CATEGORY_SPACE: r"\s", _c.CATEGORY_NOT_SPACE: r"\S",
               _c.CATEGORY_WORD: r"\w", _c.CATEGORY_NOT_WORD: r"\W"}
_REPEATS = {_c.MAX_REPEAT, _c.MIN_REPEAT, getattr(_c, "POSSESSIVE_REPEAT", _c.MAX_REPEAT)}
_ZERO_WIDTH = {_c.ASSERT, _c.ASSERT_NOT, _c.AT}


def _first_of_sequence(items: list) -> tuple[list[_ClassItem], bool] | None:
    """What the first consumed character of `items` can be, and whether `items` can
    consume nothing; None when unknown."""
    found: list[_ClassItem] = []
    for op, av in items:
        one = _first_of_item(op, av)
        if one is None:
            return None
        chars, empty = one
        found += chars
        if not empty:
            return found, False
    return found, True


def _first_of_item(op: Any, av: Any) -> tuple[list[_ClassItem], bool] | None:
    if op is _c.LITERAL:
        return [(op, av)], False
    if op is _c.IN:
        if any(item_op is _c.NEGATE or (item_op is _c.CATEGORY and item_av not in _CATEGORIES)
               for item_op, item_av in av):
            return None
        return list(av), False
    if op is _c.SUBPATTERN:
        _group, add_flags, del_flags, sub = av
        return None if add_flags or del_flags else _first_of_sequence(sub.data)
    if op is getattr(_c, "ATOMIC_GROUP", None):
        return _first_of_sequence(av.data)
    if op is _c.BRANCH:
        found: list[_ClassItem] = []
        empty = False
        for alternative in av[1]:
            one = _first_of_sequence(alternative.data)
            if one is None:
                return None
            found += one[0]
            empty = empty or one[1]
        return found, empty
    if op in _REPEATS:
        low, _high, sub = av
        one = _first_of_sequence(sub.data)
        return None if one is None else (one[0], one[1] or low == 0)
    if op is _c.ASSERT and av[0] == 1:  # a lookahead: the character here is its first
        one = _first_of_sequence(av[1].data)
        return (one[0], False) if one is not None and not one[1] else ([], True)
    if op in _ZERO_WIDTH:
        return [], True
    if op is _c.GROUPREF_EXISTS:
        _group, yes, no = av
        sides = [_first_of_sequence(yes.data), _first_of_sequence(no.data) if no else ([], True)]
        if None in sides:
            return None
        return sides[0][0] + sides[1][0], sides[0][1] or sides[1][1]
    return None  # ANY, NOT_LITERAL, GROUPREF, ...: not derived


def first_chars(pattern: re.Pattern) -> str | None:
    """A character class holding every character a match of `pattern` can begin with,
    or None when it cannot be derived (or the pattern can match the empty string)."""
    if pattern.flags & (re.LOCALE | re.VERBOSE) or not isinstance(pattern.pattern, str):
        return None
    one = _first_of_sequence(_p.parse(pattern.pattern, pattern.flags).data)
    if one is None or one[1] or not one[0]:
        return None
    parts = []
    for op, av in dict.fromkeys(one[0]):  # without repeats
        if op is _c.LITERAL:
            parts.append(f"\\U{av:08x}")
        elif op is _c.RANGE:
            parts.append(f"\\U{av[0]:08x}-\\U{av[1]:08x}")
        else:  # CATEGORY (checked in _first_of_item)
            parts.append(_CATEGORIES[av])
    return "[" + "".join(parts) + "]"


def guarded(pattern: re.Pattern) -> re.Pattern:
    """`pattern` with a lookahead on its first character: the same matches, groups and
    group names, found faster; `pattern` itself when no first set can be derived."""
    first = first_chars(pattern)
    if first is None:
        return pattern
    try:
        fast = re.compile(f"(?={first})(?:{pattern.pattern})", pattern.flags)
    except re.error:  # e.g. global inline flags, which must stay at the start
        return pattern
    if fast.groups != pattern.groups or fast.groupindex != pattern.groupindex:
        return pattern
    return fast
