"""Knowledge-base and gazetteer stage: POLITICIAN, PERSON, PARTY, LOCATION.

`find(text)` reads the cleaned view and yields non-overlapping candidates with
`source="gazetteer"` and a `kb_id` when the match is unambiguous. One left-to-right
pass takes the longest name at each token (KB names before name shapes), then a
second pass links surname-only mentions to a full mention in the same text.
"""
from __future__ import annotations

from bisect import bisect_left

import re
from typing import Iterator

from ..rules.base import Candidate
from ..text.langid import LangIndex
from . import kyrgyz, russian
from .gazetteer import (AREA_WORDS, NOT_PARTY_AFTER, NOT_PLACE_AFTER, Token, forms, glued_end, index, match_names, ordinary_use,
                        party_cue, surname_display, tokenize)
from .kb import get_kb, link_misspelt_party, link_party, load_user_kb, read_user_kb
from .unlisted import find_in_results, find_unlisted, find_with_share, joined_to, quoted_again
from .people import (GIVEN_SHAPE, STRONG_SURNAME, Mention, given_name, has_person_cue, has_role,
                     resolve,
                     surname_base)
from .variants import WORD, display_latin, fold, is_kyrgyz

__all__ = ["find", "load_user_kb", "read_user_kb", "get_kb"]

_RANK = {"PARTY": 3, "LOCATION": 2, "POLITICIAN": 1, "PERSON": 1}


class _Lang:
    """The language at an offset, computed only when a norm needs it."""

    def __init__(self, text: str) -> None:
        self.text, self._index = text, None

    def at(self, offset: int, surface: str = "") -> str:
        if is_kyrgyz(surface):
            return "ky"
        if self._index is None:
            self._index = LangIndex(self.text)
        return self._index.lang_at(offset)


def _surname_of(full: str) -> str:
    words = full.split()
    if len(words) >= 3 and words[-1].lower() in ("уулу", "кызы"):
        return " ".join(words[1:])
    return words[-1] if words else full


def _common_prefix(a: str, b: str) -> int:
    return next((k for k, (x, y) in enumerate(zip(a, b)) if x != y), min(len(a), len(b)))


def _spelling(entry, language: str, surface: str, part=lambda name: name) -> str:
    """The KB spelling of the name the text itself uses (`Жээнбеков` in Russian text stays
    `Жээнбеков`, not the Russian `Джеенбеков`); the text's language decides a tie."""
    spellings = [entry.name_in(language)] + [x for x in (entry.name_ky, entry.name_ru) if x]
    words = surface.lower().split()
    def closeness(name: str) -> int:
        return sum(_common_prefix(w, v) for w, v in zip(words, part(name).lower().split()))
    return max(spellings, key=closeness)  # the first of equals: the language's own


def _person_from_kb(text, tokens, i, n, last, end, name, lang: _Lang) -> Mention:
    entry = name.entry
    surface = text[tokens[i].start:end]
    language = name.lang or lang.at(tokens[i].start, surface)
    keys = frozenset(fold(_surname_of(x)) for x in (entry.name_ky, entry.name_ru) if x)
    if name.part == "surname":
        return Mention(tokens[i].start, end, entry.label, _surname_of(_spelling(entry, language, surface, _surname_of)),
                       None, False, forms(tokens[i].text), entry.gender, (entry,))
    return Mention(tokens[i].start, end, entry.label, _spelling(entry, language, surface), entry.kb_id,
                   True, keys, entry.gender)


def _shape_person(text: str, tokens: list[Token], i: int, given: dict,
                  lang: _Lang) -> tuple[int, Mention] | None:
    """A given name + surname (or patronymic), either order; returns (last index, mention)."""
    tok = tokens[i]
    nxt = tokens[i + 1] if i + 1 < len(tokens) else None
    if nxt is None or not nxt.text[:1].isupper() or text[tok.end:nxt.start] != " ":
        return None
    if i > 0 and tokens[i - 1].text.lower() == "жогорку":
        return None  # `Жогорку Кенеша Асылбек Жээнбеков`: Кенеш names the parliament here
    g = given_name(tok.text, given)
    if g and fold(tok.text) not in given and lang.at(tok.start, tok.text) == "ky":
        # Kyrgyz puts an ending on the last word of a name only: `Замира Муратбекова` is
        # a woman, not the Russian genitive of `Замир Муратбеков`
        base = surname_base(nxt.text, "f")
        g = (display_latin(tok.text), "f" if base and base.lower().endswith(("а", "я")) else g[1])
    if g is None and GIVEN_SHAPE.search(tok.text) and len(tok.text) > 4:
        base = surname_base(nxt.text)
        if base and STRONG_SURNAME.search(fold(base)):
            g = (display_latin(tok.text), "f" if base.endswith("а") else "m")
    after = tokens[i + 2] if i + 2 < len(tokens) else None
    patro = (after is not None and text[nxt.end:after.start] == " "
             and after.text.lower().startswith(("уулу", "кызы"))
             and not re.search(r"[днт][ыиуү]н$", nxt.text))  # `Атамбаевдин уулу`: his son
    if g and patro:  # Айбек Эрнис уулу(нун)
        word = after.text[:4]
        return i + 2, Mention(tok.start, after.end, "PERSON", f"{g[0]} {display_latin(nxt.text)} {word}",
                              None, True, frozenset({fold(f"{nxt.text} {word}")}), g[1])
    if g:
        base = surname_base(nxt.text, g[1])
        if base:
            return i + 1, Mention(tok.start, nxt.end, "PERSON", f"{g[0]} {base}", None, True,
                                  frozenset({fold(base)}), g[1])
    # surname first: `Мамажанова Гулшода`, `Жеңишбек уулу Талантбек`
    g2 = given_name(nxt.text, given)
    if g2 and not g and surname_base(tok.text, g2[1]) == tok.text:
        return i + 1, Mention(tok.start, nxt.end, "PERSON", f"{g2[0]} {tok.text}", None, True,
                              frozenset({fold(tok.text)}), g2[1])
    if g and nxt.text.lower() in ("уулу", "кызы") and after is not None and \
            text[nxt.end:after.start] == " " and after.text[:1].isupper():
        g3 = given_name(after.text, given)
        if g3:
            return i + 2, Mention(tok.start, after.end, "PERSON",
                                  f"{g3[0]} {tok.text} {nxt.text}", None, True,
                                  frozenset({fold(f"{tok.text} {nxt.text}")}), g3[1])
    return None


def _initials(text: str, tokens: list[Token], i: int, ix, kb) -> tuple[int, Mention] | None:
    """`А. Айталиев`, `С.Жапаров`, `А.А. Айталиев`."""
    j = i
    while j < len(tokens) and len(tokens[j].text) == 1 and tokens[j].text.isupper() \
            and text[tokens[j].end:tokens[j].end + 1] == ".":
        j += 1
    if j == i or j >= len(tokens) or j - i > 2:
        return None
    sur = tokens[j]
    if not sur.text[:1].isupper() or len(sur.text) < 3 or \
            len(text[tokens[j - 1].end + 1:sur.start]) > 1:
        return None
    initial = tokens[i].text
    kb_names = [n for f in sorted(forms(sur.text)) for n in ix.surnames.get(f, ())]
    fitting = {n.entry.kb_id: n.entry for n in kb_names
               if fold(n.entry.name_ky or n.entry.name_ru)[:1] == fold(initial)}
    if len(fitting) == 1:
        entry = next(iter(fitting.values()))
        name = entry.name_ky if is_kyrgyz(sur.text) else entry.name_ru or entry.name_ky
        return j, Mention(tokens[i].start, sur.end, entry.label, name, entry.kb_id, True,
                          frozenset(fold(_surname_of(x)) for x in (entry.name_ky, entry.name_ru)),
                          entry.gender)
    base = surname_base(sur.text)
    if base is None and not kb_names:
        return None
    base = base or sur.text
    return j, Mention(tokens[i].start, sur.end, "PERSON", f"{initial}. {base}", None, False,
                      frozenset({fold(base)}))


def find(text: str) -> Iterator[Candidate]:
    """Names of people, parties and places in a cleaned text."""
    kb, ix = get_kb(), index()
    tokens = tokenize(text)
    lang = _Lang(text)
    out: list[Candidate] = []
    people: list[tuple[Mention, bool]] = []  # (mention, found by shape: role cue applies)
    free: list[int] = []
    uncued: list[Candidate] = []  # ambiguous party names with no cue of their own
    i = 0
    while i < len(tokens):
        tok = tokens[i]
        if not tok.text[:1].isupper():
            i += 1
            continue
        if len(tok.text) == 1:
            hit = _initials(text, tokens, i, ix, kb)
            if hit:
                last, m = hit
                people.append((m, m.kb_id is None))
                i = last + 1
                continue
            i += 1
            continue
        if free and free[-1] == i - 1 and _inside_compound(text, tokens, i):
            i += 1  # `Кыргызстан` in `Жаңы-Кыргызстан`: a name does not start mid-word
            continue
        names = [n for f in sorted(forms(tok.text)) for n in ix.first.get(f, ())]
        best = None
        for n, name in match_names(text, tokens, i, names):
            end, last = glued_end(text, tokens, i + n - 1)
            entry = name.entry
            genitive = entry.label == "PARTY" and entry.ambiguous and _country_genitive(text, tok.start, end, entry)
            if entry.label == "PARTY" and entry.ambiguous and (
                    not party_cue(text, tok.start, end, any(m.entry.label == "LOCATION" and m.keys == name.keys
                                                            for m in names)) or genitive):
                # (kept for a cue elsewhere in the text, unless it names the country or another thing)
                if not genitive and not ordinary_use(text, tok.start, end) and all(m.entry.label == "PARTY" for m in names):
                    uncued.append(Candidate("PARTY", tok.start, end, entry.party_norm, "gazetteer", 1.0, entry.kb_id))
                continue
            if entry.label == "PARTY" and ordinary_use(text, tok.start, end):
                continue  # `«Ордо» ресторанында`, `Ата Мекенди коргоочулардын күнү`, `Бүтүн Кыргызстан боюнча`
            key = (n, _RANK[entry.label], name.part == "full", name.primary)
            if best is None or key > best[0]:
                best = (key, n, name, end, last)
        shape = _shape_person(text, tokens, i, kb.given, lang)
        if shape and (best is None or shape[0] - i + 1 > best[1]):
            last, m = shape
            people.append((m, True))
            i = last + 1
            continue
        if best is not None:
            _, n, name, end, last = best
            entry = name.entry
            if entry.label == "PARTY":
                out.append(Candidate("PARTY", tok.start, end, entry.party_norm, "gazetteer",
                                     1.0, entry.kb_id))
            elif entry.label == "LOCATION":
                surface = text[tok.start:end]
                quoted = text[tok.start - 1:tok.start] == '"' and text[end:end + 1] == '"'
                if quoted or NOT_PLACE_AFTER.match(text, end + 1):
                    i = last + 1
                    continue
                language = name.lang or lang.at(tok.start, surface)
                if last + 1 < len(tokens) and entry.kind in ("region", "district") and \
                        text[end:tokens[last + 1].start] == " " and \
                        forms(tokens[last + 1].text) & AREA_WORDS:
                    end, last = glued_end(text, tokens, last + 1)
                    language = "ru" if tokens[last].text.lower().startswith(("обл", "рай")) \
                        and not tokens[last].text.lower().startswith(("облус", "району")) else "ky"
                out.append(Candidate("LOCATION", tok.start, end, entry.name_in(language),
                                     "gazetteer", 1.0, entry.kb_id))
            else:
                people.append((_person_from_kb(text, tokens, i, n, last, end, name, lang), False))
            i = last + 1
            continue
        surnames = [n for f in sorted(forms(tok.text)) for n in ix.surnames.get(f, ())]
        if surnames:
            end, last = glued_end(text, tokens, i)
            entries = tuple({n.entry.kb_id: n.entry for n in surnames}.values())
            language = lang.at(tok.start, tok.text)
            norm = _surname_of(_spelling(entries[0], language, text[tok.start:end], _surname_of))
            m = Mention(tok.start, end, "POLITICIAN", norm,
                        None, False, forms(tok.text), entries[0].gender, entries)
            people.append((m, False))
            i = last + 1
            continue
        free.append(i)
        i += 1
    # Surname-only mentions of people the text names in full (not in the KB).
    shaped = {k: m for m, _ in people if m.full and m.kb_id is None for k in m.surname_keys}
    for i in free:
        tok = tokens[i]
        if forms(tok.text) & shaped.keys():
            end, _ = glued_end(text, tokens, i)
            people.append((Mention(tok.start, end, "PERSON", surname_display(tok.text, ""), None,
                                   False, forms(tok.text)), True))
    token_starts = [t.start for t in tokens]
    for m, by_shape in people:
        if by_shape and m.label == "PERSON":
            # Most people named in election news are politicians: a name found by its
            # shape is POLITICIAN unless a private-person cue (журналист, шайлоочу, a
            # tweet signature...) stands closer than any role cue.
            k = bisect_left(token_starts, m.start)
            before = [t.text for t in tokens[max(0, k - 3):k]]
            while before and before[-1][:1].isupper() and not has_role(before[-1:]) \
                    and not has_person_cue(before[-1:]):
                before = []  # another name stands between: its role is not this one's
            after = [t.text for t in tokens[k:k + 8] if t.start >= m.end][:3]
            private = has_person_cue(before) or has_person_cue(after[:2]) or \
                _is_signature(text, m.end) or not _cyrillic(text[m.start:m.end])
            if not private or has_role(before[-1:]):
                m.label = "POLITICIAN"
    resolve([m for m, _ in people])
    for m, _ in people:
        out.append(Candidate(m.label, m.start, m.end, m.norm, "gazetteer", 1.0, m.kb_id))
    # an ambiguous party name with a cue once is the party in its other mentions of the text
    # (one name, one thing per text: `Алыянс – 94 870 (7,86%)` ... `Алыянс менен ... алтыдан мандат`)
    cued = {c.kb_id for c in out if c.label == "PARTY"}
    out += [c for c in uncued if c.kb_id in cued and not any(o.start < c.end and c.start < o.end for o in out)
            and not _PART_OF_ANOTHER.search(text, max(0, c.start - 30), c.start) and not NOT_PARTY_AFTER.match(text, c.end)
            and not (text[c.start - 1:c.start] in '"«“' and text[c.end:c.end + 1] not in '"»”')]
    # (not the tail of another name, `Ак Ордонун`, nor the head of a quoted phrase, `«Биримдик жана ынтымак`)
    out.sort(key=lambda c: c.start)
    yield from _with_unlisted_parties(text, out)


def link_declined_party(name: str):
    """The KB party a case form of `name` names, or None: Russian declines a name inside
    its quotes (`у «Социал-демократов»` -> Социал-демократы), and Kyrgyz may write the
    ending inside them (`«Ишенимге» — 12`, `«Ынтымактан»` -> Ишеним, Ынтымак). Only a
    form that is a known party counts, so `«Табылга»` keeps its name."""
    words = WORD.findall(name)
    if not words:
        return None
    last = words[-1]
    head = name[:name.rindex(last)]
    forms = [] if is_kyrgyz(name) else russian.name_nominatives(name)
    forms += [head + stem for stem in kyrgyz.stems(last.lower())[1:] if len(stem) >= 3]
    return next(filter(None, map(link_party, forms)), None)


def link_party_mention(name: str):
    """The KB party a party mention names: as written, in a case form, or misspelt by a letter."""
    return link_party(name) or link_declined_party(name) or link_misspelt_party(name)


_DOUBLE_NAME = re.compile(r"\s*[-–—]\s*")


def unlisted_party_norm(name: str) -> str:
    """The norm of a party the KB lacks: its Kyrgyz name when it is written with its Russian
    translation (`Бирге-Вместе`, `Жакшылык-Добро` -> `Бирге`, `Жакшылык`), as the KB's own
    double names are (`Замандаш-Современник` -> `Замандаш`); else the name as written."""
    parts = _DOUBLE_NAME.split(name)
    if len(parts) == 2 and all(parts):
        first, second = (WORD.findall(p.lower()) for p in parts)
        # Russian words of five letters or more: pymorphy3 also knows short Kyrgyz ones (`тоо`, `арча`)
        if first and second and all(len(w) >= 5 and russian.word_kind(w)[0] == "word" for w in second) and \
                not any(russian.word_kind(w)[0] in ("word", "place") for w in first):
            return parts[0]
    return name


_PARTY_NOUN_BEFORE = re.compile(r"парти[яиюей]{1,2}\s+$", re.I)


def _country_genitive(text: str, start: int, end: int, entry) -> bool:
    """`партия Кыргызстана` (`Либерально-демократическая партия Кыргызстана «Багыт»`): a party
    of the country, not the party «Кыргызстан», whose name Russian quotes or leaves undeclined."""
    surface = text[start:end]
    return (text[start - 1:start] not in "«\"“" and surface[-1:] in "аяуе" and entry.name_ru[-1:] not in "аяуе"
            and _PARTY_NOUN_BEFORE.search(text, max(0, start - 12), start) is not None)


def _inside_compound(text: str, tokens: list[Token], i: int) -> bool:
    """True when tokens[i] is the second part of a hyphenated capitalized word (whose
    first part, here, matched no name: `Бишкек-Ош` still gives two places)."""
    tok = tokens[i]
    return i > 0 and text[tok.start - 1:tok.start] == "-" and tokens[i - 1].end == tok.start - 1 \
        and tokens[i - 1].text[:1].isupper()


def _is_signature(text: str, end: int) -> bool:
    """`— Дастан Бекешев (@bekeshev)`: the author of an embedded tweet."""
    return text[end:end + 4].lstrip().startswith("(@")


def _cyrillic(surface: str) -> bool:
    return any("\u0400" <= c <= "\u04ff" for c in surface)


_PART_OF_ANOTHER = re.compile(r"(?<![\w-])[А-ЯӨҮҢЁ][а-яөүңё]{1,2}\s+$")  # a short word before it: `Ак Ордонун`
LIST_REACH = 150  # a results list: two known parties within this many characters
_PARTY_WORD_NEAR = re.compile(r"парти|фракци", re.I)  # or, for a name with its share, the word party
_RESULT_WORD_NEAR = re.compile(r"орун|мандат|добуш|пайыз|%|\bмест|голос|процент|кеңеш|кенеш", re.I)


def _in_a_results_list(text: str, hit: tuple[int, int, str], results: list[tuple[int, int, str]]) -> bool:
    """A quoted name with a figure among two more such names near it, where results are spoken of
    (`"Нарын Келечеги" – 10, "Ат-Башы Жаштары" – 7, "Дыйкан" – 6`): a list of local parties the KB lacks."""
    near = [h for h in results if h is not hit and abs(h[0] - hit[0]) <= LIST_REACH]
    return len(near) >= 2 and _RESULT_WORD_NEAR.search(text, max(0, hit[0] - LIST_REACH), hit[1] + LIST_REACH) is not None


def _with_unlisted_parties(text: str, found: list[Candidate]) -> list[Candidate]:
    """Add quoted party names the KB lacks where they overlap nothing found already."""
    starts = [c.start for c in found]
    party_spans = [(c.start, c.end) for c in found if c.label == "PARTY"]
    parties = [start for start, _ in party_spans]
    results = list(find_in_results(text))
    listed = [hit for hit in results
              if bisect_left(parties, hit[0] + LIST_REACH) - bisect_left(parties, hit[0] - LIST_REACH) >= 2
              or _in_a_results_list(text, hit, results)]
    listed += [hit for hit in find_with_share(text)
               if bisect_left(parties, hit[0] + LIST_REACH) - bisect_left(parties, hit[0] - LIST_REACH) >= 1
               or _PARTY_WORD_NEAR.search(text, max(0, hit[0] - LIST_REACH), hit[1] + LIST_REACH)]
    named = set(find_unlisted(text))  # told a party by the word party beside the quotes
    if party_spans:  # or joined in a list to a party, figures after it
        listed += list(joined_to(text, party_spans))
    # and the same name quoted elsewhere in the text, in any case (one name, one thing per text:
    # `"Жаңы Доор" партиясы ... "Жаңы Доордун" көрсөткүчү 7,02 пайыз`)
    again = set(quoted_again(text, {name for _, _, name in (*named, *listed)}))
    for start, end, name in sorted({*named, *listed, *again}):
        # a place inside the quoted name is part of the party (`«Биздин Кыргызстан» — 15`), and
        # so is a known party's name when the word party follows the whole quote (`"Жаш
        # Кыргызстан" партиясы` is no `Кыргызстан`)
        near = range(bisect_left(starts, start - 100), bisect_left(starts, end))  # names are short
        inside = [k for k in near if start <= found[k].start and found[k].end <= end and
                  (found[k].label == "LOCATION" or (found[k].label == "PARTY" and (start, end, name) in named and
                                                       found[k].end - found[k].start < end - start))]
        if any(found[k].end > start for k in near if k not in inside):
            continue
        for k in reversed(inside):
            del found[k], starts[k]
        i = bisect_left(starts, start)
        entry = link_party_mention(name)
        norm = entry.party_norm if entry else unlisted_party_norm(name)
        found.insert(i, Candidate("PARTY", start, end, norm, "gazetteer", 1.0,
                                  entry.kb_id if entry else None))
        starts.insert(i, start)
    return found
