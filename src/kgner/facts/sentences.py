"""Sentences and live-blog posts of a text, as (start, end) spans of the original.

Facts are read sentence by sentence. A live-blog page glues its posts together
(`...катышат.08:00Шайлоо участкалары ачылды`), so a timestamp that opens a post also
opens a sentence, and the post's timestamp is kept for facts that state no time.
"""
from __future__ import annotations

import re
from dataclasses import dataclass

from ..names import kyrgyz
from ..types import Entity

_STAMP_TEXT = re.compile(r"^\d{1,2}[:.]\d{2}$")
_GLUED_WORD = re.compile(r"[а-яөүң]+(?![А-ЯЁӨҮҢа-яёөүң])")
_SENT_END = re.compile(
    # end punctuation, then a capital, perhaps after a bullet or an emoji (`... 36,90%. 🔹 Салыштыруу`)
    r"[.!?…]+[»\"”)]*(?=\s*(?:[«\"“„(■•▪●]|[\u2600-\u27bf\u2b00-\u2bff\ufe0f\U0001f300-\U0001faff])*\s*"
    r"[A-ZА-ЯЁӨҮҢ0-9№<])"
    r"|(?<=[а-яёөүң%])(?=[А-ЯЁӨҮҢ][а-яёөүң])"           # glued headline: бердиДепутаттыкка, 34,2%Явка
)
_SCALE_ABBREV = re.compile(r"(?:тыс|млн)\.$")
_CAPITAL_WORD = re.compile(r"\s+[А-ЯЁӨҮҢ][а-яёөүң]{2,}")
_ABBREV = re.compile(r"(?:\b[А-ЯЁӨҮҢA-Z]|\bг|\bтыс|\bмлн|\bул|\bкөч|\bж|\bим|\bт\.е)\.$")


@dataclass(frozen=True)
class Sentence:
    start: int
    end: int
    stamp: int | None = None      # index of the live-blog timestamp of the post, if any
    opens_post: bool = False      # the sentence starts with that timestamp


_STAMP_MARK = re.compile(r"\s?[.|]\s+[A-ZА-ЯЁӨҮҢ«\"]")


def is_timestamp(text: str, ent: Entity) -> bool:
    """A live-blog timestamp: a bare `HH:MM` opening the text, a sentence or a glued post."""
    if ent.label != "TIME" or not _STAMP_TEXT.match(ent.text):
        return False
    before = text[:ent.start].rstrip()
    after = text[ent.end:ent.end + 2]
    glued_after = bool(after) and not after[0].isspace() and after[0] not in ",;.-–—)"
    suffix = _GLUED_WORD.match(text, ent.end)
    if suffix and kyrgyz.is_suffix(suffix.group()):
        return False  # `12:00гө карата`: a case ending makes it a time in the sentence
    if not before:
        return True
    mark = _STAMP_MARK.match(text, ent.end) is not None
    if before[-1] in ".!?…»\"”>:" and (ent.start == len(before) or glued_after or after[:1] == " " or mark):
        # `...жатат. 10:08 Акылбек` / `катышат.08:00Шайлоо`; not `в 20:00` nor `на 20:00 —`
        # also `...байкалууда. 20:45. Участоктор жабылды`, `23:40 | БШК`
        return glued_after or (after[:1] == " " and len(after) > 1 and after[1].isupper()) or \
            mark
    return glued_after and ent.start == len(before) or (glued_after and not text[ent.start - 1].isspace()) \
        or (glued_after and re.search(r"\d{4}$", before) is not None)


def split_sentences(text: str, entities: tuple[Entity, ...] = ()) -> list[Sentence]:
    """Sentence spans; each live-blog timestamp starts a new sentence (and post)."""
    cuts = {0}
    stamps = [i for i, e in enumerate(entities) if is_timestamp(text, e)]
    for i in stamps:
        cuts.add(entities[i].start)
    for m in _SENT_END.finditer(text):
        abbreviation = _ABBREV.search(text[max(0, m.start() - 6):m.start() + 1]) if m.group(0) else None
        if abbreviation and not (_SCALE_ABBREV.search(abbreviation.group()) and _CAPITAL_WORD.match(text, m.end())):
            continue  # (`2,7 млн. Вложения окупились`: a scale's dot before a capitalized word ends the sentence)
        if m.group(0) == "." and m.start() and text[m.start() - 1].isdigit() and text[m.end():m.end() + 1].isdigit():
            continue  # a dot between digits (`129.348 добуш`, `27.35%`) ends no sentence
        cut = m.end()
        while cut < len(text) and text[cut].isspace():
            cut += 1
        # never cut inside an entity
        if any(e.start < cut < e.end for e in entities):
            continue
        cuts.add(cut)
    cuts = sorted(c for c in cuts if c < len(text))
    spans = []
    for a, b in zip(cuts, cuts[1:] + [len(text)]):
        s, e = a, b
        while s < e and text[s].isspace():
            s += 1
        while e > s and text[e - 1].isspace():
            e -= 1
        if e > s:
            spans.append((s, e))
    out, current = [], None
    stamp_at = {entities[i].start: i for i in stamps}
    for s, e in spans:
        opens = s in stamp_at
        if opens:
            current = stamp_at[s]
        out.append(Sentence(s, e, current, opens))
    return out
