"""Link a learned person span to the knowledge base: `lookup` for `kgner.merge`."""
from __future__ import annotations

from dataclasses import replace

from ..names.gazetteer import forms, index
from ..names.variants import WORD, fold, is_kyrgyz
from ..rules.base import Candidate


def kb_link(cand: Candidate) -> Candidate | None:
    """A learned candidate linked to the KB: people by `kb_person`, parties and places
    by their name (`kgner.names.kb.link_name`); None when the KB has no single match."""
    if cand.label in ("PARTY", "LOCATION"):
        from ..names.kb import link_name
        entry = link_name(cand.label, cand.norm)
        if entry is None:
            return None
        norm = entry.party_norm if cand.label == "PARTY" \
            else entry.name_in("ky" if is_kyrgyz(cand.norm) else "ru")
        return replace(cand, kb_id=entry.kb_id, norm=norm)
    return kb_person(cand)


def kb_person(cand: Candidate) -> Candidate | None:
    """The candidate as the one KB person its norm names (surname, and given name when
    the norm has one), with the KB's label, kb_id and name; None when not exactly one."""
    words = cand.norm.split()
    if not words:
        return None
    surname = words[-2] if len(words) > 2 and words[-1] in ("уулу", "кызы") else words[-1]
    entries = {n.entry.kb_id: n.entry for f in forms(surname) for n in index().surnames.get(f, ())}
    if len(words) > 1:
        given = fold(words[0])
        entries = {k: e for k, e in entries.items()
                   if any(fold(x.split()[0]) == given for x in (e.name_ky, e.name_ru) if x)}
    if len(entries) != 1:
        return None
    entry = next(iter(entries.values()))
    name = entry.name_in("ky" if is_kyrgyz(cand.norm) else "ru")
    if len(words) == 1:
        name = name.split()[-1] if name.split()[-1] not in ("уулу", "кызы") else name
    return replace(cand, label=entry.label, kb_id=entry.kb_id, norm=name)


# A learned person span with no cue either way. Most named people in election news are
# politicians, but KB-unknown ones without a role word are often not: on dev, PERSON as
# the default scored POLITICIAN 0.956 / PERSON 0.510 F1, POLITICIAN as the default
# 0.955 / 0.429 (the KB still turns people it knows into POLITICIAN).
DEFAULT_PERSON_LABEL = "PERSON"


def person_label(text: str, start: int, end: int, default: str | None = None) -> str:
    """POLITICIAN or PERSON for a person span found by the model or natasha: a role word
    within four words (`депутат`, `министр`) gives POLITICIAN, a private-person word
    (`журналист`, `шайлоочу`) gives PERSON, else `DEFAULT_PERSON_LABEL`."""
    from ..names import people
    before = WORD.findall(text[max(0, start - 60):start])[-4:]
    after = WORD.findall(text[end:end + 60])[:4]
    if people.has_role(before + after):
        return "POLITICIAN"
    person_cue = getattr(people, "has_person_cue", None)
    if person_cue is not None and person_cue(before + after):
        return "PERSON"
    return default or DEFAULT_PERSON_LABEL
