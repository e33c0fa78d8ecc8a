"""The rest of a results list: parties and shares left over once the rules have read a
sentence as results, paired by their order when they alternate one to one."""
from __future__ import annotations

from ..types import Entity
from .common import _not_a_share, _ref, _Sent
from .party_focus import _compared_with
from .records import Fact, PartyResult


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
        shares = [i for i in sent.get("PERCENT") if i not in used and not _not_a_share(text, ents[i])]
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
