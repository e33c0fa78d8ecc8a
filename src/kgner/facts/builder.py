"""`build_facts`: election facts read sentence by sentence from an `Extraction`."""
from __future__ import annotations

import re
from dataclasses import replace

from ..types import Extraction
from .common import PRELIMINARY, _Sent
from .incidents import _incidents
from .list_completion import complete_lists, respective_after
from .noon import noon_mentions
from .ordinals import ordinal_results
from .party_nouns import party_nouns, sdpk_before_2020
from .party_results import _party_results
from .records import Fact, PartyResult, StationIncident
from .sentences import split_sentences
from .tables import table_results
from .turnout import _turnouts
from .view import readable
from .votes import _votes


def _read_beside(text, ents, mentions, sents, stamps, read) -> list[Fact]:
    """`read(entities, sentences)` with `mentions` (no entities under the guideline) standing
    after the entities; a fact's ref to one of them keeps its offsets and norm, not an index."""
    extra = tuple(ents) + tuple(mentions)
    facts = read(extra, [_Sent(text, extra, s, stamps) for s in sents])
    n = len(ents)

    def plain(ref):
        return replace(ref, index=None) if ref is not None and ref.index is not None and ref.index >= n else ref

    return [replace(f, **{name: plain(getattr(f, name)) for name in f._refs}) for f in facts]


def _party_results_with_nouns(text, ents, sents, stamps, ss) -> list[Fact]:
    """Party results, with parties named by their members standing beside the entities
    (`коммунисттер сегиз мандатка ээ болушту`)."""
    nouns = party_nouns(text, ents)
    if not nouns:
        return _party_results(text, ents, ss)
    # a leader named inside a mention of his party (`партия Текебаева`) is no contender there
    inside = [replace(e, label="LEADER") if any(n.start <= e.start and e.end <= n.end for n in nouns) else e
              for e in ents]
    return _read_beside(text, inside, nouns, sents, stamps, lambda es, ss_: _party_results(text, es, ss_))


def _turnouts_with_noon(text, ents, sents, stamps, ss, used_pct) -> list[Fact]:
    """Turnouts, with noon said in words (`Явка на полдень`) standing beside the TIME entities."""
    noons = noon_mentions(text, ents)
    if not noons:
        return _turnouts(text, ents, ss, used_pct)
    return _read_beside(text, ents, noons, sents, stamps, lambda es, ss_: _turnouts(text, es, ss_, used_pct))


def _in_its_era(text: str, facts: list[Fact]) -> list[Fact]:
    """Party results of `Социал-демократтар` in a sentence about an election before 2020: SDPK's."""
    out = []
    for f in facts:
        if isinstance(f, PartyResult) and f.party is not None:
            norm = sdpk_before_2020(text, f.sentence, f.party.norm, f.party.start)
            f = replace(f, party=replace(f.party, norm=norm)) if norm != f.party.norm else f
        out.append(f)
    return out


def build_facts(extraction: Extraction) -> tuple[Fact, ...]:
    """Turnout reports, votes cast, station incidents and party results of one text."""
    text, ents = readable(extraction.text), extraction.entities
    if not text or (not ents and not re.search(r"\d", text)):
        return ()  # a count of voters needs no entity (`бюллетени получили 1 584 446 человек`)
    sents = split_sentences(text, ents)
    stamps = {s.stamp for s in sents if s.stamp is not None}
    ss = [_Sent(text, ents, s, stamps) for s in sents]
    facts: list[Fact] = []
    facts += _in_its_era(text, _party_results_with_nouns(text, ents, sents, stamps, ss))
    ordered = ordinal_results(text, ents, ss, facts)
    taken = {f.percent.index for f in ordered}
    facts = [f for f in facts if not (isinstance(f, PartyResult) and f.percent is not None and f.percent.index in taken)]
    facts += ordered
    # `бир да орун ала алган жок`, `не получила ни одного мандата`: no figure, so no fact (most
    # annotators give none; a zero is kept beside a share or votes)
    facts = [f for f in facts if not (isinstance(f, PartyResult) and f.seats == 0 and f.percent is None
                                      and f.votes is None and f.percent_value is None)]
    # a headed pipe table's rows read by their columns replace what the sentences gave its parties
    tabled = table_results(text, ents, lambda pos: next(((x.start, x.end) for x in ss if x.start <= pos < x.end),
                                                         (pos, pos)),
                           PRELIMINARY.search(text.lower()) is not None)
    rows = {f.party.index for f in tabled}
    facts = [f for f in facts if not (isinstance(f, PartyResult) and f.party and f.party.index in rows)] + tabled
    facts += complete_lists(text, ents, ss, facts)
    facts += respective_after(text, ents, ss, facts)
    used_pct = {f.percent.index for f in facts if isinstance(f, PartyResult) and f.percent}
    facts += _turnouts_with_noon(text, ents, sents, stamps, ss, used_pct)
    facts += _votes(text, ents, ss)
    facts += _incidents(text, ents, ss)
    if text is not extraction.text:  # markup was blanked: an incident quotes the original sentence
        facts = [replace(f, sentence_text=extraction.text[f.sentence[0]:f.sentence[1]])
                 if isinstance(f, StationIncident) else f for f in facts]
    facts.sort(key=lambda f: (f.sentence, f.type))
    return tuple(facts)
