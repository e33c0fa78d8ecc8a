"""The cleaned view of a text that rules and models read, with a map back to the original.

Scraped news carries HTML, entities, zero-width characters, Latin letters inside
Cyrillic words and words glued without a space. Every change here is recorded in an
`OffsetMap`, so that an entity found in the view maps back to `original[start:end]`.

Two kinds of change:
- one-to-one character replacements (quotes, dashes, spaces, control characters,
  homoglyphs), which keep every offset;
- changes of length (tags, entities, zero-width characters, a space inserted between
  glued words), recorded as runs of the map.
"""
from __future__ import annotations

import html
import re
from dataclasses import dataclass

from .firstchar import guarded
from .offsets import ChainedMap, OffsetMap

# --- one-to-one replacements -------------------------------------------------------
_SAME_LENGTH = {
    **{c: '"' for c in "«»„“”‟″〝〞＂"},
    **{c: "'" for c in "‘’‚‛′ʼ`"},
    **{c: "-" for c in "‐‑‒–—―−"},
    **{c: " " for c in "\u00a0\u2000\u2001\u2002\u2003\u2004\u2005\u2006\u2007\u2008\u2009\u200a\u202f\u205f\u3000\t\r\f\v"},
    "№": "№",
}
_CONTROL = {i: " " for i in list(range(0, 32)) + list(range(127, 160)) if i != 10}
_SURROGATES = {i: " " for i in range(0xD800, 0xE000)}
_TRANSLATE = str.maketrans({**{ord(k): v for k, v in _SAME_LENGTH.items()}, **_CONTROL,
                            **_SURROGATES})
# str.translate looks every character up in a dict; a character-class scan first is
# much cheaper, and most texts need no translation at all.
def _char_class(codes: list[int]) -> str:
    """A regex character class for `codes`, as ranges of consecutive code points."""
    ranges: list[list[int]] = []
    for c in sorted(codes):
        if ranges and c == ranges[-1][1] + 1:
            ranges[-1][1] = c
        else:
            ranges.append([c, c])
    return "[" + "".join(f"\\U{a:08x}-\\U{b:08x}" for a, b in ranges) + "]"


_NEEDS_TRANSLATE = re.compile(_char_class([c for c in _TRANSLATE if _TRANSLATE[c] != chr(c)]))

LATIN_TO_CYRILLIC = dict(zip("aeopcxyAEOPCXBHKMTi", "аеорсхуАЕОРСХВНКМТі"))
LATIN_TO_CYRILLIC["i"] = "і"
CYRILLIC_TO_LATIN = {v: k for k, v in LATIN_TO_CYRILLIC.items()}
CYRILLIC_TO_LATIN.update({"і": "i", "ј": "j"})
_CYR = "а-яёөүңһА-ЯЁӨҮҢҺ"
# a Latin letter touching a Cyrillic one: where a mixed-script word is (found in linear
# time; the whole word around it is then fixed once)
# (the match is the Latin letter, so the pattern begins with one character class and
# `re` skips all other characters in its fast scan; any letter of the word would do)
_MIX_POINT = re.compile(rf"[a-zA-Z](?:(?=[{_CYR}])|(?<=[{_CYR}][a-zA-Z]))")
_WORD_CHAR = re.compile(r"[\w.]")
_WORD_AT = re.compile(r"[\w.]*")

# --- changes of length ---------------------------------------------------------------
_ZERO_WIDTH = "\u200b\u200c\u200d\u2060\ufeff\u00ad"
_BLOCK_TAGS = r"(?:p|br|div|li|ul|ol|tr|td|th|h[1-6]|blockquote|section|article|header|footer|table)"
_LOWER = "a-zа-яёөүң"
_UPPER_CYR = "А-ЯЁӨҮҢ"
_EDITS = guarded(re.compile(  # guarded: tried only where an edit can start
    rf"(?P<block></?(?i:{_BLOCK_TAGS})\b[^<>]{{0,2000}}>)"
    r"|(?P<tag></?[a-zA-Z!][^<>]{0,2000}>)"
    r"|(?P<entity>&(?:#\d{1,7}|#[xX][0-9a-fA-F]{1,6}|[a-zA-Z]{2,10});)"
    rf"|(?P<zw>[{_ZERO_WIDTH}]+)"
    # a space where words are glued: lower->Upper, letter+.!? -> Upper/digit, digit->Upper
    rf"|(?P<glue>(?<=[{_LOWER}])(?=[{_UPPER_CYR}][{_LOWER}])"
    rf"|(?<=[{_LOWER})\"'][.!?])(?=[{_UPPER_CYR}0-9])"
    rf"|(?<=[0-9])(?=[{_UPPER_CYR}][{_LOWER}]))"
    # a live-blog timestamp glued to a number: 08:201047 -> 08:20 1047
    r"|(?P<clock>(?<![\d:])(?<!\d\.)(?:[01]\d|2[0-3]):[0-5]\d(?=\d))",
))
_MARKUP_START = re.compile(r"[a-zA-Z!/#]")
# What any branch of _EDITS needs at the least: most texts have none of it, and this
# simple scan is far cheaper than trying every branch of _EDITS at every position.
# It finds `<`, `&`, a zero-width character, lower->Upper, [.!?]->Upper/digit,
# digit->Upper, or `:` + three digits; written to begin with one character class (the
# rarer, second character of each pair, the pair's first then checked by a lookbehind),
# so that `re` skips every other position in its fast scan.
_MAY_EDIT = re.compile(rf"[<&{_ZERO_WIDTH}:{_UPPER_CYR}0-9]"
                       rf"(?:(?<=[<&{_ZERO_WIDTH}])|(?<=[{_LOWER}.!?0-9][{_UPPER_CYR}])"
                       r"|(?<=[.!?][0-9])|(?<=:)(?=[0-5]\d\d))")


@dataclass(frozen=True)
class CleanText:
    """The cleaned view of `original` and the map from view offsets to original ones."""

    original: str
    text: str
    offsets: OffsetMap | ChainedMap

    def to_original(self, start: int, end: int) -> tuple[int, int]:
        return self.offsets.span(start, end)


def fix_mixed_words(text: str) -> str:
    """Give each mixed-script word one script: the one most of its letters are in (same length)."""
    pieces, pos = [], 0
    for m in _MIX_POINT.finditer(text):
        if m.start() < pos:
            continue
        start = m.start()
        while start > pos and _WORD_CHAR.match(text, start - 1):
            start -= 1
        end = _WORD_AT.match(text, m.start()).end()
        pieces += [text[pos:start], _fix_homoglyphs(text[start:end])]
        pos = end
    pieces.append(text[pos:])
    return "".join(pieces)


def _fix_homoglyphs(word: str) -> str:
    cyr = sum(1 for c in word if c in CYRILLIC_TO_LATIN or "\u0400" <= c <= "\u04ff")
    lat = sum(1 for c in word if "a" <= c.lower() <= "z")
    table = CYRILLIC_TO_LATIN if lat > cyr else LATIN_TO_CYRILLIC
    return "".join(table.get(c, c) for c in word)


def _decode_entity(entity: str, following: str) -> str:
    char = html.unescape(entity)
    if char == entity:
        return entity
    if char in "<&" and following and _MARKUP_START.match(following):
        return {"<": "‹", "&": "＆"}[char]  # decoded text must not start new markup
    return char.translate(_TRANSLATE)


MAX_PASSES = 4


def clean(original: str) -> CleanText:
    """Clean `original` for reading; offsets map back through `CleanText.offsets`.

    One pass can expose more to clean (a word split by a glued capital may turn out to
    be all Latin); passes repeat until the view is stable, so cleaning is idempotent.
    """
    maps: list[OffsetMap] = []
    text = original
    for _ in range(MAX_PASSES):
        new_text, offsets, settled = _clean_once(text)
        if new_text == text:
            break
        maps.append(offsets)
        text = new_text
        if settled:  # the next pass would find nothing to change (see _clean_once)
            break
    if len(maps) == 1:
        return CleanText(original, text, maps[0])
    if not maps:
        return CleanText(original, text, _identity(len(text)))
    return CleanText(original, text, ChainedMap(maps))


def _identity(length: int) -> OffsetMap:
    offsets = OffsetMap()
    offsets.add(0, 0, length, length, True)
    return offsets


def _translate(text: str) -> str:
    """`text.translate(_TRANSLATE)`, faster: a text holds few distinct characters to
    replace, and `str.replace` of each is much cheaper than a table lookup per
    character. The same result, since no replacement is itself replaced."""
    for char in set(_NEEDS_TRANSLATE.findall(text)):
        text = text.replace(char, _TRANSLATE[ord(char)])
    return text


def _clean_once(original: str) -> tuple[str, OffsetMap, bool]:
    """One pass: the new text, its map, and whether it is settled: true when the pass
    made one-to-one replacements only. Then a second pass would change nothing: the
    replacements leave nothing to replace, and it would fix mixed words and look for
    edits in the very text this pass already found none in."""
    text = _translate(original) if _NEEDS_TRANSLATE.search(original) else original
    translated = text
    text = fix_mixed_words(text)
    offsets = OffsetMap()
    if _MAY_EDIT.search(text) is None:  # only one-to-one changes: one identity run
        offsets.add(0, 0, len(text), len(text), True)
        return text, offsets, text == translated
    pieces: list[str] = []
    pos = out = 0
    for match in _EDITS.finditer(text):
        kind = match.lastgroup
        start, end = match.span()
        if kind == "clock":
            start = end  # insert a space after the clock, keep the clock itself
        if start > pos:
            pieces.append(text[pos:start])
            offsets.add(out, pos, start - pos, start - pos, True)
            out += start - pos
        if kind in ("glue", "clock"):
            replacement = " "
            offsets.add(out, start, 1, 0, False)
        else:
            if kind == "entity":
                replacement = _decode_entity(match.group(0), text[end:end + 1])
            elif kind == "block":
                replacement = "\n"
            else:  # tag, zw: removed
                replacement = ""
            offsets.add(out, start, len(replacement), end - start, False)
        pieces.append(replacement)
        out += len(replacement)
        pos = end
    if pos < len(text):
        pieces.append(text[pos:])
        offsets.add(out, pos, len(text) - pos, len(text) - pos, True)
    return "".join(pieces), offsets, False
