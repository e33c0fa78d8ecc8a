"""The statistical half of kgner: the shipped spaCy NER model, and natasha's NER.

`load()` finds the trained pipeline inside the installed package
(`kgner/models/kgner_ner`, built by `kgner train`); a missing or damaged model raises
`ModelError`, which says how to get it back, instead of quietly running rules only.
`Pipeline(model=False)` is the explicit rules-only choice.

`ModelStage` runs the model only where it can add something: on sentences with a
capitalized word that no rule or KB candidate covers. It yields candidates with
`source="model"`; `kgner.merge` reconciles them with the KB.
"""
from __future__ import annotations

import json
import os
import re
from bisect import bisect_left
from pathlib import Path
from typing import Callable, Iterable, Sequence

from ..names.gazetteer import ORG_AFTER, ORG_BEFORE, PARTY_WORD, ordinary_use
from ..rules.base import Candidate
from ..text.langid import segments

MODEL_DIR = Path(__file__).resolve().parent.parent / "models" / "kgner_ner"
MODEL_LABELS = ("PER", "PARTY", "LOCATION", "ELECTION_BODY")
PRODUCES = frozenset({"POLITICIAN", "PERSON", "PARTY", "LOCATION", "ELECTION_BODY"})
DEFAULT_CONFIDENCE = 0.7
HOW_TO_FIX = ("Rebuild it with `kgner train` (needs the ../shared corpora, ~10 minutes on "
              "2 cores), reinstall kgner, or pass Pipeline(model=False) for the rules and "
              "knowledge base only.")


class ModelError(RuntimeError):
    """The NER model is missing or cannot be loaded."""


_LOADED: dict[str, object] = {}


_QUOTED_SPEECH = re.compile(r'["»”]?\s*(деп|деген|деди)\b')  # `«Ооба» деп`: words said


# a quoted name of an outlet, a firm, a movement, a coalition or a deputy group, not a party
# (gazetteer.ORG_BEFORE / ORG_AFTER: `телеканала «Көк-Асман»`, `«Жаңы Заман» радиосу`), also
# `«Сары-Жаз FM»` and a dateline's outlet (`Бишкек, «Кабарчы».`)
_DATELINE_BEFORE = re.compile(r'^\s*[А-ЯӨҮҢ][А-ЯӨҮҢа-яөүң-]+\s*(?:,|[—–-](?=\s))\s*["«“]?\s*$')  # also `БИШКЕК — «...»`
_FIGURE_NEAR = re.compile(r"\d")  # a party's figure after its name (`Альянс, набравший 8,35 процента`)
_BROADCAST_AFTER = re.compile(r"\s*(FM|ТВ|TV)\b")


def _an_outlet(text: str, start: int, end: int) -> bool:
    return bool(ORG_BEFORE.search(text, max(0, start - 40), start) or _DATELINE_BEFORE.search(text, max(0, start - 25), start)
                or ORG_AFTER.match(text, end) or _BROADCAST_AFTER.match(text, end))


_QUOTE_RUNS_ON = re.compile(r'[^"»”]{0,40}?[,.!?]|[^"»”]{41}')


def _opens_a_quotation(text: str, start: int, end: int) -> bool:
    """`«Рассчитываю, что ...»`, `«Отчего Жанар пошел ...»`: the first words of a quoted
    sentence, whose quote runs on past a comma or for long, not a quoted party name."""
    return text[start - 1:start] in '"«“' and _QUOTE_RUNS_ON.match(text, end) is not None


def model_path() -> Path:
    return Path(os.environ.get("KGNER_MODEL") or MODEL_DIR)


def load(path: str | Path | None = None):
    """The spaCy pipeline at `path` (default: the packaged model), loaded once."""
    path = Path(path) if path is not None else model_path()
    key = str(path)
    if key in _LOADED:
        return _LOADED[key]
    if not (path / "config.cfg").is_file() or not (path / "meta.json").is_file() \
            or not (path / "ner").is_dir():
        raise ModelError(f"kgner's NER model is missing at {path}. {HOW_TO_FIX}")
    try:
        import spacy

        from . import tokenizer  # noqa: F401  registers kgner.Tokenizer.v1
        nlp = spacy.load(path, exclude=["kgner"])
        labels = set(nlp.get_pipe("ner").labels)
    except Exception as exc:  # any failure to read it: damaged or incompatible files
        raise ModelError(f"kgner's NER model at {path} is damaged or incompatible "
                         f"({type(exc).__name__}: {exc}). {HOW_TO_FIX}") from exc
    if labels != set(MODEL_LABELS):
        raise ModelError(f"kgner's NER model at {path} has labels {sorted(labels)}, "
                         f"expected {list(MODEL_LABELS)}. {HOW_TO_FIX}")
    _LOADED[key] = nlp
    return nlp


def common_words(path: str | Path | None = None) -> frozenset[str]:
    """Ordinary lower-case words of the training text (`common_words.txt`, by `kgner train`)."""
    path = Path(path) if path is not None else model_path()
    try:
        return frozenset((path / "common_words.txt").read_text(encoding="utf-8").split())
    except OSError:
        return frozenset()


def ordinary_words(path: str | Path | None = None) -> Callable[[str], bool]:
    """A test for ordinary words, inflected ones included (`Бийликтин`): they start
    sentences but are no names, so the gate skips them and one-word spans are dropped."""
    from ..names.kyrgyz import stems
    common = common_words(path)

    def ordinary(word: str) -> bool:
        low = word.lower()
        return any(s in common for s in stems(low) if len(s) >= 4 or s == low)
    return ordinary


def calibration(path: str | Path | None = None) -> dict[str, float]:
    """Per-label precision of model-only spans on dev, stored by `kgner train`."""
    path = Path(path) if path is not None else model_path()
    try:
        return json.loads((path / "kgner.json").read_text(encoding="utf-8"))["confidence"]
    except (OSError, ValueError, KeyError):
        return {}


_CAP_WORD = re.compile(r"(?<![^\W\d_])[A-ZА-ЯЁӨҮҢҺ][^\W\d_]+")


def covered_spans(candidates: Iterable[Candidate]) -> list[tuple[int, int]]:
    """The union of the candidates' spans, as sorted disjoint (start, end) pairs."""
    merged: list[tuple[int, int]] = []
    for s, e in sorted((c.start, c.end) for c in candidates):
        if merged and s <= merged[-1][1]:
            merged[-1] = (merged[-1][0], max(e, merged[-1][1]))
        else:
            merged.append((s, e))
    return merged


def open_sentences(text: str, covered: list[tuple[int, int]], ordinary: Callable[[str], bool],
                   lang: str | None = None) -> list[tuple[int, int]]:
    """Runs of sentences (of language `lang`, if given) holding a capitalized word that
    no candidate covers and that is not an ordinary word (`Бул`, `Шайлоо` at a
    sentence start): the only places where the model or natasha can add a name."""
    starts = [s for s, _ in covered]
    out: list[tuple[int, int]] = []
    for seg in segments(text):
        if lang is not None and seg.lang != lang:
            continue
        for m in _CAP_WORD.finditer(text, seg.start, seg.end):
            i = bisect_left(starts, m.start() + 1) - 1
            if i >= 0 and covered[i][1] >= m.end():
                continue
            if ordinary(m.group()):
                continue
            if out and out[-1][1] == seg.start:
                out[-1] = (out[-1][0], seg.end)
            else:
                out.append((seg.start, seg.end))
            break
    return out


# What follows a span that is no name: a domain (`Kaktus.media`), the rest of a
# hyphenated word (`Элдик-демократиялык`), a street or housing-area word after a quoted
# name (`"Келечек" турак жай массиви`, `"Кыргызстан" жаңы конушу`).
_NOT_NAME_AFTER = re.compile(r'\.[^\W\d_]|-[^\W\d_]*[а-яөүңa-z]|"? ?(?:турак жай|жаңы конуш|конуш|'
                             r'массив|көчө|кучө|улиц|микрорайон|мкр|ж/м)', re.I)


def plausible(text: str, start: int, end: int) -> bool:
    """False for a learned span whose surroundings say it is no name (see above), and
    for a shouted word: a single all-capital word longer than an abbreviation."""
    from ..names.kyrgyz import is_suffix
    m = _NOT_NAME_AFTER.match(text, end)
    if m and not (m.group()[0] == "-" and is_suffix(m.group()[1:])):  # `СДПК-нын` is fine
        return False
    surface = text[start:end]
    return not (" " not in surface and surface.isupper() and len(surface) > 5)


_AREA = re.compile(r"\s*(?:облус|област|район|шаар|город|айыл|село|кыштак|аймак|поселок|посёлок|"
                   r"республик|өлкө|мамлекет)", re.I)


def _one_russian_word(surface: str) -> str:
    """pymorphy3's kind of a one-word span (`kgner.names.russian.word_kind`), "unknown"
    for Kyrgyz words and for given names the KB knows."""
    from ..names.russian import word_kind
    from ..names.variants import fold, is_kyrgyz
    if is_kyrgyz(surface) or not surface.isalpha() or fold(surface) in _kb_given():
        return "unknown"
    return word_kind(surface.lower())[0]


def _known_party(surface: str):
    """The KB party a surface names (`Республика`, `Альянс`), if any."""
    from ..names import link_party_mention
    return link_party_mention(surface)


def _kb_given() -> dict:
    from ..names.kb import get_kb
    return get_kb().given


def place_like(text: str, start: int, end: int) -> bool:
    """A place the KB lacks is taken from the model only with a place word after it
    (`Чаоян району`, `Көк-Арт айылында`) or as a name of several words: on dev the
    model's other one-word places were mostly sentence-initial words and abbreviations
    (precision 0.38, below what they add in recall)."""
    return " " in text[start:end].strip() or bool(_AREA.match(text, end))


class ModelStage:
    """The model as a pipeline stage; called with the cleaned text and the candidates
    the rules and the KB found, so that it only reads sentences they leave open."""

    after_candidates = True

    def __init__(self, path: str | Path | None = None, gate: bool = True) -> None:
        self.nlp = load(path)
        self.gate = gate
        self.confidence = calibration(path)
        self.ordinary = ordinary_words(path)

    def __call__(self, text: str, candidates: Iterable[Candidate] = ()) -> list[Candidate]:
        return self.batch([(text, candidates)])[0]

    def batch(self, items: Sequence[tuple[str, Iterable[Candidate]]]) -> list[list[Candidate]]:
        """The stage over many texts with one `nlp.pipe` call: spaCy's per-call overhead,
        not the network, dominated the cost of calling it once per short document."""
        chunks = [open_sentences(text, covered_spans(cands), self.ordinary) if self.gate
                  else [(0, len(text))] for text, cands in items]
        pieces = [text[s:e] for (text, _), spans in zip(items, chunks) for s, e in spans]
        docs = iter(self.nlp.pipe(pieces, batch_size=64))
        return [self._read(text, [(offset, next(docs)) for offset, _ in spans])
                for (text, _), spans in zip(items, chunks)]

    def _read(self, text: str, docs: list[tuple[int, "object"]]) -> list[Candidate]:
        from ..text.langid import LangIndex
        from .linking import person_label
        from .norms import norm
        out = []
        langs = None  # built on the first person: the language of the name's sentence
        for offset, doc in docs:
            for ent in doc.ents:
                start, end = offset + ent.start_char, offset + ent.end_char
                while end > start and text[end - 1] in " |":  # a table's cell bar (`Ишеним |`)
                    end -= 1
                while start < end and text[start] in "| ":
                    start += 1
                surface = text[start:end]
                if not surface or (len(ent) == 1 and self.ordinary(surface)) or not plausible(text, start, end):
                    continue
                label = ent.label_
                if label == "PARTY" and (_QUOTED_SPEECH.match(text, end) or _an_outlet(text, start, end)
                                         or ordinary_use(text, start, end) or _opens_a_quotation(text, start, end)):
                    continue  # `«Ооба» деп`: words quoted as said; `радио «Сары-Өзөн»`: an outlet; the homeland
                kind = _one_russian_word(surface) if len(ent) == 1 else "unknown"
                if label == "PER" and kind == "word":
                    continue  # `Несмотря`, `Церковь`: a dictionary word, no name
                if label == "PARTY" and kind == "word" and not (start and text[start - 1] in '"«“') and \
                        not PARTY_WORD.match(text, end) and not _FIGURE_NEAR.search(text, end, end + 40) and \
                        not surface.isupper() and _known_party(surface) is None:
                    continue  # `Журнал «Современник»`: an unquoted dictionary word names no party
                if label == "PER" and kind == "place":
                    label = "LOCATION"  # `Эфиопии`
                if label == "LOCATION" and kind != "place" and not place_like(text, start, end):
                    continue
                if label == "PER":
                    label = person_label(text, start, end)
                conf = self.confidence.get(ent.label_, DEFAULT_CONFIDENCE)
                quoted = text[end:end + 1] == '"'
                lang = ""
                if label in ("PERSON", "POLITICIAN"):
                    langs = langs or LangIndex(text)
                    lang = langs.lang_at(start)
                out.append(Candidate(label, start, end, norm(label, surface, quoted, lang), "model", conf))
        return out
