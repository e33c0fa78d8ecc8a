"""A party mention's identity read from the rest of its text, after the merge.

- A party named in full, then by the first part of its name, is that party: news names a
  party in full once and then shortens it (`«Ата-Журт Кыргызстан» партиясы ... Мандаттар
  боюнча «Ата-Журтка» он беш`), and the short form is often another, older party's name
  (`Ата-Журт`, 2010). Like a surname after a full name, the short mention takes the identity
  of the full name the text gave before it. Only capitalized words added by a space count
  (`Ата-Журт` + `Кыргызстан`): a joint list's part (`Республика` after `Республика –
  Ата-Журт`) and `Кыргызстан` after `Кыргызстан коммунисттер партиясы` stay themselves.
- `Социал-демократы` unquoted in a text about an election before 2020, or beside SDPK, is SDPK.
- `Республика боюнча` (across the republic) is no party.
"""
from __future__ import annotations

import re
from dataclasses import replace

from ..rules.base import Candidate
from . import kyrgyz
from ..text.spans import sentence_around

# what the full name adds after the short one: capitalized words, joined by spaces or dashes
_PROPER_EXTENSION = re.compile(r"(?:\s+[А-ЯЁӨҮҢA-Z][\w-]*)+")


def _extends(full: str, short: str) -> bool:
    return full != short and full.startswith(short) and _PROPER_EXTENSION.fullmatch(full, len(short)) is not None


# `Республика боюнча алынган 17,32 пайыз`: across the republic, not the party «Республика»
# (whichever stage found it: the knowledge base or the model)
_ACROSS_THE_REPUBLIC = re.compile(r"[Рр]еспублика\s+боюнча\b")


def not_parties(text: str, candidates: list[Candidate]) -> list[Candidate]:
    """Drop PARTY mentions that are the common noun the party's name is made of."""
    return [c for c in candidates if not (c.label == "PARTY" and _ACROSS_THE_REPUBLIC.match(text, c.start)
                                          and text[c.start - 1:c.start] not in ("«", '"', "“"))]


def follow_full_names(candidates: list[Candidate]) -> list[Candidate]:
    """Give each PARTY mention the norm and KB id of an earlier party whose full name
    extends its own, unless the text named its own party by it before (`«Мекенчил» и «Мекенчил
    Эл» объявили об объединении ... «Мекенчил» набрал 6,85%`); the candidates are in text order."""
    seen: list[Candidate] = []
    out = []
    for cand in candidates:
        if cand.label == "PARTY":
            full = next((s for s in reversed(seen) if _extends(s.norm, cand.norm)), None)
            if full is not None and not any(s.norm == cand.norm for s in seen):
                cand = replace(cand, norm=full.norm, kb_id=full.kb_id)
            seen.append(cand)
        out.append(cand)
    return out


# Russian case endings a quoted name takes (`«Жаңы Доором»`, `у «Табылги»`, `«Ак Ниету»`)
_RUSSIAN_ENDINGS = frozenset({"а", "я", "у", "ю", "ом", "ем", "ой", "ей", "е", "и", "ы"})
_INSTRUMENTAL = re.compile(r"(?<=[бвгджзклмнпрстфхцчшщң])(?:ом|ем)$")


def _declined(form: str, name: str) -> bool:
    rest = form[len(name):]
    return form != name and form.startswith(name) and (kyrgyz.is_suffix(rest) or rest in _RUSSIAN_ENDINGS)


# a Russian preposition that takes the genitive (`у «Элдика»`) or the dative (`к «Элдику»`), right
# before a quoted name: a consonant stem's ending after it is the case's
_GENITIVE_BEFORE = re.compile(r"(?<![\w-])(?:у|от|для|без|из|до|после|против|около|среди|кроме)\s+[«\"“]$", re.I)
_DATIVE_BEFORE = re.compile(r"(?<![\w-])(?:к|по)\s+[«\"“]$", re.I)
_CONSONANT = "бвгджзклмнпрстфхцчшщң"


def _russian_case_stem(text: str, cand: Candidate) -> str | None:
    norm, before = cand.norm, text[max(0, cand.start - 12):cand.start]
    if len(norm) > 5 and _INSTRUMENTAL.search(norm):
        return _INSTRUMENTAL.sub("", norm)
    ending = "а" if _GENITIVE_BEFORE.search(before) else "у" if _DATIVE_BEFORE.search(before) else None
    if ending and len(norm) > 4 and norm.endswith(ending) and norm[-2] in _CONSONANT:
        return norm[:-1]
    return None


# Kyrgyz case endings an unlisted quoted name takes inside its quotes: the genitive and the
# ablative always (`"Элдиктин"`, `"Элдиктен"`), the dative and locative where the sentence says so
# (`"Элдикке" 5 мандат тийди`, `9у "Жаңы Доорго"`, `бешөө "Жаңы Доордо" калган`)
_KY_GENITIVE_ABLATIVE = re.compile(r"(?<=\w\w)(?:[дтн][ыиуү]н|[дтн][аеоө]н)$")  # (`"Эркин Элден"`)
_KY_DATIVE = re.compile(r"(?<=\w\w)(?:[гк][аеоө]|(?<=[ыиуү])н[аеоө])$")  # also after a possessive: `"Мекен Туусуна"`
_KY_LOCATIVE = re.compile(r"(?<=\w\w)(?:[дт][аеоө])$")
# a count with a possessive before the name (`9у "Жаңы Доорго"`, `бешөө "Жаңы Доордо"`); not `2016-жылы "Бирге"`
_OF_A_COUNT_BEFORE = re.compile(r"(?<![\d-])(?:\d{1,3}(?:[ыиуү]|с[ыиуү])|экөө|үчөө|төртөө|бешөө|алтоо|жетөө"
                                r"|(?:бир|эки|үч|төрт|беш|алты|жети|сегиз|тогуз|он)(?:и|си|сү|ү|у|ы))\s*[«\"“]$", re.I)
_PARTY_WORD_AFTER = re.compile(r"[»\"”]\s*(?:партия|фракция)", re.I)
_DATIVE_VERB = re.compile(r"\s*[»\"”]?[^.;]{0,40}?\b(?:тийди|тийген|таандык|буйруду|буйруган|берилди|туура\s+келди)", re.I)
_KY_ACCUSATIVE = re.compile(r"(?<=\w\w\w)[дтн][иы]$")  # `"Биргени"`, `"Адилетти"`
_ACCUSATIVE_VERB = re.compile(r"\s*[»\"”]?[^.;]{0,40}?\b(?:колдоду|колдогон|колдошту|тандады|тандаган|тандашты)", re.I)
_LOCATIVE_AFTER = re.compile(r"\s*[»\"”]?[^.;]{0,40}?\b(?:калган|калды|бар)\b", re.I)


def _kyrgyz_case_stem(text: str, cand: Candidate) -> str | None:
    norm = cand.norm
    if text[cand.end:cand.end + 1] not in '"»”' or _PARTY_WORD_AFTER.match(text, cand.end):
        return None  # the suffix inside the quotes only, and not where the word party takes the case (`"Береке" партиясына`)
    if _KY_GENITIVE_ABLATIVE.search(norm):
        return _KY_GENITIVE_ABLATIVE.sub("", norm)
    counted = _OF_A_COUNT_BEFORE.search(text, max(0, cand.start - 14), cand.start) is not None
    if _KY_DATIVE.search(norm) and (counted or _DATIVE_VERB.match(text, cand.end)):
        return _KY_DATIVE.sub("", norm)
    if _KY_LOCATIVE.search(norm) and counted and _LOCATIVE_AFTER.match(text, cand.end):
        return _KY_LOCATIVE.sub("", norm)
    if _KY_ACCUSATIVE.search(norm) and counted and _ACCUSATIVE_VERB.match(text, cand.end):
        return _KY_ACCUSATIVE.sub("", norm)  # `3 миң 118и "Биргени" ... колдоду`
    return None


def named_as_nominative(text: str, candidates: list[Candidate]) -> list[Candidate]:
    """Give a declined mention of a party the knowledge base lacks the nominative name the
    same text gives it (`"Элдик" партиясы ... "Элдикке"`), else strip a Russian case ending
    a consonant stem takes (`между «Мекенчилом» и «Жаңы Доором»`, `у «Элдика» — 6`): the norm
    is the nominative."""
    names = {c.norm for c in candidates if c.label == "PARTY" and c.kb_id is None}
    out = []
    for cand in candidates:
        if cand.label == "PARTY" and cand.kb_id is None:
            base = max((n for n in names if _declined(cand.norm, n)), key=len, default=None) or \
                _russian_case_stem(text, cand) or _kyrgyz_case_stem(text, cand)
            cand = replace(cand, norm=base) if base else cand
        out.append(cand)
    return out


# Two parties share the name `Социал-демократы`: SDPK (Q24511) and the party Социал-демократтар,
# which first ran in 2020. Unquoted, the name of a text about an earlier election, or of a text
# that names SDPK itself, is SDPK's; quoted (`«Социал-демократы» собрали лишь 2,13%`) it is the
# later party's own name.
SDPK, LATER_SOCIAL_DEMOCRATS, LATER_SINCE = "Q24511", "kgner:social_democrats", 2020
YEAR = re.compile(r"\b(19|20)\d\d\b")
_QUOTES = "«\"“„'"


def era_party(text: str, sentence: tuple[int, int], kb_id: str | None, start: int | None) -> bool:
    """True when a mention of the later `Социал-демократтар` is SDPK by its sentence's years
    (or the last year named before the sentence)."""
    if kb_id != LATER_SOCIAL_DEMOCRATS or (start is not None and start > 0 and text[start - 1] in _QUOTES):
        return False
    years = [int(m.group()) for m in YEAR.finditer(text, *sentence)] or \
        [int(m.group()) for m in YEAR.finditer(text, 0, sentence[0])][-1:]
    return bool(years) and max(years) < LATER_SINCE


def _is_sdpk(text: str, cand: Candidate, names_sdpk: bool) -> bool:
    """A mention of the later `Социал-демократтар` that is SDPK: by its era, or beside an SDPK
    mention unless its sentence names a year of the later party (`В 2021 году Социал-демократы ...`)."""
    sentence = sentence_around(text, cand.start)
    if era_party(text, sentence, cand.kb_id, cand.start):  # also False when quoted
        return True
    quoted = cand.start > 0 and text[cand.start - 1] in _QUOTES
    return names_sdpk and not quoted and not any(int(m.group()) >= LATER_SINCE for m in YEAR.finditer(text, *sentence))


def in_its_era(text: str, candidates: list[Candidate]) -> list[Candidate]:
    """`Социал-демократы` as SDPK where its era or an SDPK mention in the same text says so."""
    if not any(c.label == "PARTY" and c.kb_id == LATER_SOCIAL_DEMOCRATS for c in candidates):
        return candidates
    from .kb import get_kb
    sdpk = get_kb().entries.get(f"PARTY:{SDPK}")
    if sdpk is None:
        return candidates
    names_sdpk = any(c.label == "PARTY" and c.kb_id == SDPK for c in candidates)
    return [replace(c, norm=sdpk.party_norm, kb_id=SDPK)
            if c.label == "PARTY" and c.kb_id == LATER_SOCIAL_DEMOCRATS and _is_sdpk(text, c, names_sdpk) else c
            for c in candidates]
