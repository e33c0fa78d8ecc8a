"""The rest of a results list: parties and shares left over once the rules have read a
sentence as results, paired by their order when they alternate one to one; and the seats
or votes a next sentence gives the list's parties `respectively`."""
from __future__ import annotations

import re

from ..types import Entity
from .common import RESPECTIVELY, _ref, _Sent
from .numbers import find_quantities
from .party_focus import _compared_with
from .party_results import _count_list
from .records import Fact, PartyResult
from .shares import not_the_share


def complete_lists(text: str, ents: tuple[Entity, ...], ss: list[_Sent], facts: list[Fact]) -> list[PartyResult]:
    """`У «Ишеним» 13,61%, ... «Альянс» — 8,35%, «Бутун Кыргызстан» — 7,04%`: when the
    rules found results in a sentence, its parties without a figure and its shares no fact
    uses, alternating party, share, party, share (or share first), are paired in order."""
    results = [f for f in facts if isinstance(f, PartyResult)]
    used = {f.percent.index for f in facts if getattr(f, "percent", None) is not None}
    out: list[PartyResult] = []
    for sent in ss:
        here = [f for f in results if sent.start <= f.sentence[0] < sent.end]
        if not here:
            continue
        told = {f.party.index for f in here if f.party is not None}
        parties = [i for i in sent.get("PARTY") if i not in told and not _compared_with(text, ents[i], sent.end)]
        # not a threshold, nor the progress of the count (`обработаны 18,4% протоколов`)
        shares = [i for i in sent.get("PERCENT") if i not in used and not not_the_share(text, ents[i], sent.start)]
        if not parties or len(parties) != len(shares):
            continue
        seq = sorted([(ents[i].start, "P", i) for i in parties] + [(ents[i].start, "F", i) for i in shares])
        order = "".join(k for _, k, _ in seq)
        n = len(parties)
        if order not in ("PF" * n, "FP" * n):
            continue
        pairs = [(seq[2 * k][2], seq[2 * k + 1][2]) for k in range(n)]
        # nothing between a party and its share: no other party, share or person
        if any(ents[i].label in ("PARTY", "PERCENT", "POLITICIAN", "PERSON") and
               ents[a].end <= ents[i].start and ents[i].end <= ents[b].start for a, b in pairs for i in sent.idx):
            continue
        pre = here[0].preliminary
        for a, b in pairs:
            party, pct = (a, b) if order[0] == "P" else (b, a)
            out.append(PartyResult((sent.start, sent.end), 0.6, _ref(ents, party), _ref(ents, pct),
                                   None, None, pre, None))
    return out


_JOIN = re.compile(r"\s*(,|и|жана)\s*", re.I)
_UNIT = re.compile(r"\s*(?:(?P<seats>\w+(?:ских|ские|дык|дик|тык|тик)\s+)?(?:мандат|мест|кресел|кресл|орун|орд)"
                   r"|(?P<votes>голос|добуш))", re.I)


_THEY = re.compile(r"\b(?:они|им|эти\s+(?:\w+\s+)?парти\w*|алар\w*|бул\s+(?:\w+\s+)?партиялар\w*"
                   r"|(?:эки|үч|төрт|беш|алты|жети|обе|две|три|четыре|пять|шесть|семь)\s+парти\w*)\b", re.I)  # also `Эки партия ... тиешелүүлүгүнө жараша`
_SEAT_NOUN_BEFORE = re.compile(r"мандат|орун|орд|мест|кресл|кресел", re.I)
_SHARED_OUT = re.compile(r"распредел\w*|бөлүн\w*|бөлүштүр\w*", re.I)


def _seat_run(text: str, sent: _Sent, k: int) -> list[int] | None:
    """The k whole numbers joined in one list and followed by a seat noun, the only such run."""
    qs = [q for q in find_quantities(text, sent.start, sent.end) if q.value.is_integer()]
    runs, run = [], []
    for q in qs:
        if run and _JOIN.fullmatch(text, run[-1].end, q.start):
            run.append(q)
        else:
            run = [q]
            runs.append(run)
    # (a seat noun right after the list, or before it in the sentence: `мандаты распределятся так: 38, 28 и 18`)
    found = [r for r in runs if len(r) == k and (
        ((unit := _UNIT.match(text, r[-1].end)) and not unit.group("votes")) or _SEAT_NOUN_BEFORE.search(text, sent.start, r[0].start))]
    return [int(q.value) for q in found[0]] if len(found) == 1 else None


def respective_after(text: str, ents: tuple[Entity, ...], ss: list[_Sent], facts: list[Fact]) -> list[PartyResult]:
    """`«Альянс» (8,35%), «Бутун Кыргызстан» (7,04%) и «Ыйман Нуру» (6,17%). Им достанется
    соответственно семь, шесть и пять мандатов.`: a sentence naming no party gives the
    parties of the sentence before, in their order, the counts it lists after `respectively`
    (one fact per party and sentence, as the guideline counts them)."""
    # (a party named by its members, `коммунисттер`, has offsets but no entity to list)
    results = [f for f in facts if isinstance(f, PartyResult) and f.party is not None and f.party.index is not None]
    out: list[PartyResult] = []
    for n in range(1, len(ss)):
        sent, prev = ss[n], ss[n - 1]
        cue = RESPECTIVELY.search(text, sent.start, sent.end)
        shared = cue is None and _SHARED_OUT.search(text, sent.start, sent.end)
        if (cue is None and not shared) or sent.get("PARTY") or prev.s.stamp != sent.s.stamp:
            continue
        listed = [f for f in results if prev.start <= f.sentence[0] < prev.end]
        parties = list(dict.fromkeys(f.party.index for f in listed))
        if not listed and cue is not None and _THEY.search(text, sent.start, sent.end):
            # the parties the sentence before names, told by `they` (`Коалиция создана в составе СДПК,
            # «Кыргызстана» и «Ата Мекена». На выборах 2015 года они получили 38, 18 и 11 мандатов соответственно`)
            # (or the one before that, past a sentence that names none: `Демилгени 27 депутаттын 15и колдоду.`)
            named = prev if prev.get("PARTY") or n < 2 or ss[n - 2].s.stamp != sent.s.stamp else ss[n - 2]
            parties = list(dict.fromkeys(named.get("PARTY")))
        k = len(parties)
        if k < 2 or len({ents[i].norm for i in parties}) != k:
            continue
        seats = votes = None
        pre = bool(listed) and listed[0].preliminary
        pcts = [i for i in sent.get("PERCENT") if ents[i].start >= cue.end()][:k] if cue is not None else []
        if len(pcts) == k and all(_JOIN.fullmatch(text, ents[x].end, ents[y].start) for x, y in zip(pcts, pcts[1:])):
            # shares (`Эки партия ... тиешелүүлүгүнө жараша 24,6 жана 18,3 пайыз алган`)
            out += [PartyResult((sent.start, sent.end), 0.6, _ref(ents, party), _ref(ents, pcts[j]), None, None, pre, None)
                    for j, party in enumerate(parties)]
            continue
        if shared:  # no `respectively`, but the seats shared out in a list as long as the parties'
            # (`... 54 мандат 15, 12, 9, 7, 6 жана 5 орун болуп бөлүнөт`)
            seats = _seat_run(text, sent, k)
            if seats is None:
                continue
            out += [PartyResult((sent.start, sent.end), 0.6, _ref(ents, party), None, None, seats[j], pre, None)
                    for j, party in enumerate(parties)]
            continue
        qs = [q for q in find_quantities(text, cue.end(), sent.end)][:k]
        if len(qs) == k and all(q.value.is_integer() for q in qs) and \
                all(_JOIN.fullmatch(text, x.end, y.start) for x, y in zip(qs, qs[1:])):
            unit = _UNIT.match(text, qs[-1].end)
            counts = [int(q.value) for q in qs]
            seats, votes = (counts, None) if unit and not unit.group("votes") else \
                (None, counts) if unit else (None, None)
        if seats is None and votes is None:
            seats = _count_list(text, cue.end(), sent.end, k)  # `соответственно семь, шесть и пять мандатов`
        if seats is None and votes is None:
            seats = _seat_run(text, sent, k)  # `мандаты распределятся так: 38, 28, 18 ... соответственно`
        if seats is None and votes is None:
            continue
        for j, party in enumerate(parties):
            out.append(PartyResult((sent.start, sent.end), 0.6, _ref(ents, party), None,
                                   votes[j] if votes else None, seats[j] if seats else None, pre, None))
    return out
