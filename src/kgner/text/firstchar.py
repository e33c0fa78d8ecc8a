"""Make a regex skip the positions where no match can start, without changing its matches.

Python's `re` tries a pattern at every position of the text. When the pattern begins
with alternatives, named groups or lookbehinds, each attempt walks several branches
before it fails, and most positions of a news paragraph fail: a rule pattern costs a few
hundred nanoseconds per character. Every match, however, begins with a character from a
set that can be read off the pattern itself (`first_chars`), and its first two
characters fit one of a few pairs of classes (`first_pairs`); `guarded` puts both in
front as lookaheads, so most positions fail on one character test, most of the rest on
a second.

The set is derived from the parsed pattern, not written by hand, so it cannot drift from
the pattern: literals and classes are collected, lookbehinds skipped, a lookahead read
like what it looks at (it tests the same character), optional parts (`?`, `*`, `{0,n}`,
a conditional group's two sides) add what follows them. So a pattern that matches an
empty string at some positions only (`(?<=a)(?=B)`) is guarded too. The pairs are
derived the same way. When the pattern has something the derivation does not cover
(`.`, a negated class, a back-reference, scoped flags) or can match the empty string,
it is returned as it is.
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


def _class(items) -> str:
    """A regex character class of (op, value) class items."""
    parts = []
    for op, av in dict.fromkeys(items):  # without repeats
        if op is _c.LITERAL:
            parts.append(f"\\U{av:08x}")
        elif op is _c.RANGE:
            parts.append(f"\\U{av[0]:08x}-\\U{av[1]:08x}")
        else:  # CATEGORY (checked in _first_of_item)
            parts.append(_CATEGORIES[av])
    return "[" + "".join(parts) + "]"


def _parsed(pattern: re.Pattern):
    if pattern.flags & (re.LOCALE | re.VERBOSE) or not isinstance(pattern.pattern, str):
        return None
    return _p.parse(pattern.pattern, pattern.flags).data


def first_chars(pattern: re.Pattern) -> str | None:
    """A character class holding every character a match of `pattern` can begin with,
    or None when it cannot be derived (or the pattern can match the empty string)."""
    items = _parsed(pattern)
    one = None if items is None else _first_of_sequence(items)
    if one is None or one[1] or not one[0]:
        return None
    return _class(one[0])


# --- the first two characters --------------------------------------------------------
# A first set of letters is wide (a pattern with `[Оо]круг` lets every `о` through); the
# first two characters are far more selective (`ок`). A prefix is a tuple of up to two
# classes (each a tuple of class items), with `open`: the part read so far ended inside
# the prefix, so what follows it continues the prefix. A closed prefix shorter than two
# leaves the next character free (it came from a lookahead).
_Prefixes = set  # of (tuple of classes, open)
_PAIR = 2
_MAX_ROUNDS = 50


def _concat(left: _Prefixes, right: _Prefixes) -> _Prefixes:
    out = set()
    for prefix, open_ in left:
        if not open_:
            out.add((prefix, False))
            continue
        for more, more_open in right:
            joined = prefix + more
            out.add((joined[:_PAIR], False) if len(joined) >= _PAIR else (joined, more_open))
    return out


def _prefixes_of_sequence(items: list) -> _Prefixes | None:
    found: _Prefixes = {((), True)}
    for op, av in items:
        if not any(open_ for _, open_ in found):
            break
        one = _prefixes_of_item(op, av)
        if one is None:
            return None
        found = _concat(found, one)
    return found


def _prefixes_of_repeat(low: int, high: int, sub: _Prefixes) -> _Prefixes | None:
    found = {((), True)} if low == 0 else set()
    reps: _Prefixes = {((), True)}
    for count in range(1, _MAX_ROUNDS):
        more = _concat(reps, sub)
        if more == reps:  # a fixed point: every further count gives the same
            return found | reps
        reps = more
        found |= reps if count >= low else {r for r in reps if not r[1]}
        if count >= high or not any(open_ for _, open_ in reps):
            return found
    return None


def _prefixes_of_item(op: Any, av: Any) -> _Prefixes | None:
    if op is _c.LITERAL:
        return {((((op, av),),), True)}
    if op is _c.IN:
        if _first_of_item(op, av) is None:  # a negated class, an unknown category
            return None
        return {((tuple(av),), True)}
    if op is _c.SUBPATTERN:
        _group, add_flags, del_flags, sub = av
        return None if add_flags or del_flags else _prefixes_of_sequence(sub.data)
    if op is getattr(_c, "ATOMIC_GROUP", None):
        return _prefixes_of_sequence(av.data)
    if op is _c.BRANCH:
        found: _Prefixes = set()
        for alternative in av[1]:
            one = _prefixes_of_sequence(alternative.data)
            if one is None:
                return None
            found |= one
        return found
    if op in _REPEATS:
        low, high, sub = av
        one = _prefixes_of_sequence(sub.data)
        return None if one is None else _prefixes_of_repeat(low, high, one)
    if op is _c.ASSERT and av[0] == 1:  # a lookahead: its prefixes, and nothing after
        one = _prefixes_of_sequence(av[1].data)
        if one is None or any(not prefix for prefix, _ in one):
            return {((), True)}
        return {(prefix, False) for prefix, _ in one}
    if op in _ZERO_WIDTH:
        return {((), True)}
    if op is _c.GROUPREF_EXISTS:
        _group, yes, no = av
        sides = [_prefixes_of_sequence(yes.data),
                 _prefixes_of_sequence(no.data) if no else {((), True)}]
        return None if None in sides else sides[0] | sides[1]
    return None


def first_pairs(pattern: re.Pattern) -> str | None:
    """An alternation of `[first][second]` classes that the text at the start of every
    match of `pattern` fits (a single class where a match may be one character long),
    or None when it cannot be derived. Pairs with the same first class are merged."""
    items = _parsed(pattern)
    found = None if items is None else _prefixes_of_sequence(items)
    if found is None or any(not prefix for prefix, _ in found):
        return None
    singles = [prefix[0] for prefix, _ in found if len(prefix) == 1]
    seconds: dict[tuple, list] = {}
    for prefix, _ in found:
        if len(prefix) == _PAIR:
            seconds.setdefault(prefix[0], []).extend(prefix[1])
    alternatives = [_class(first) for first in dict.fromkeys(singles)]
    alternatives += [_class(first) + _class(second) for first, second in seconds.items()
                     if first not in singles]
    return "|".join(sorted(alternatives))


def guarded(pattern: re.Pattern) -> re.Pattern:
    """`pattern` with lookaheads on its first character and its first two: the same
    matches, groups and group names, found faster; `pattern` itself when no first set
    can be derived. The one-class lookahead fails most positions on one test; the pairs
    then stop, say, an `о` that is not the start of `ок`."""
    first = first_chars(pattern)
    if first is None:
        return pattern
    pairs = first_pairs(pattern)
    guard = f"(?={first})" + (f"(?:(?={pairs}))" if pairs else "")
    try:
        fast = re.compile(f"{guard}(?:{pattern.pattern})", pattern.flags)
    except re.error:  # e.g. global inline flags, which must stay at the start
        return pattern
    if fast.groups != pattern.groups or fast.groupindex != pattern.groupindex:
        return pattern
    _ORIGINALS[fast] = pattern
    return fast


_ORIGINALS: dict[re.Pattern, re.Pattern] = {}


def unguarded(pattern: re.Pattern) -> re.Pattern:
    """The pattern `guarded` was given (for tests and comparisons)."""
    return _ORIGINALS.get(pattern, pattern)
