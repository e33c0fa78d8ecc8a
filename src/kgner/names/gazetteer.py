"""The matcher: one pass over the tokens, an index keyed by the first token's base forms.

Each capitalized token is reduced once (cached) to its candidate base forms: Kyrgyz
suffixes stripped, Russian declension undone, spelling folded. Those forms look up the
names that start there; the following tokens are checked against the rest of each name.
The work is linear in the text: no per-name regular expression runs over it.
"""
from __future__ import annotations

import re
from dataclasses import dataclass, replace
from functools import lru_cache

from ..rules.numwords import KY_DEPUTIES
from . import kyrgyz, russian
from .kb import KB, Entry, get_kb
from .variants import display_latin, fold, is_kyrgyz, key_tokens

TOKEN = re.compile(r"[^\W\d_]+")
GAP = re.compile(r" {1,2}| ?- ?")  # what may stand between the words of one name
PATRONYMIC = {"уулу", "кызы"}
AREA_WORDS = {"облус", "облусу", "область", "район", "району", "районунун"}
NOT_PLACE_AFTER = re.compile(r'"? ?(?:округ|көчө|кучө|улиц|АШК|ТИК|ТШК|жаңы конуш|конуш)')
PARTY_WORD = re.compile(r'\s*"?\s*(?:парти|тобу|фракци)', re.I)
# a list of parties: party words, shares, seats, votes (`«Ынтымакта» тогуз, ... беш депутат болот`,
# `286сы «Ата-Журт Кыргызстанды», 203ү «Ишенимди» ... колдоду`)
PARTY_LIST = re.compile(rf"парти|фракци|пайыз|процент|%|мандат|орун|\bмест[оа]?\b|кресл|{KY_DEPUTIES}|колдо|добуш|голос", re.I)
# a quoted name that is a radio, a newspaper, a neighbourhood...: not a party
# (or the outlet someone told something to: `“Азаттыкка” билдирди`, `“Азаттыкка” берген маегинде`)
NOT_PARTY_AFTER = re.compile(r'[а-яөүң]*"?\s*(?:жаңы\s+)?(?:радио|агентт|гезит|газет|сайт|телеканал|кыймыл|'
                             r"конуш|турак|массив|компани|журнал|кафе|мейманкана|отел)"
                             r'|(?<=га|ге|ка|ке|го|гө|ко|кө)"?\s*(?:[а-яөүң]+\s+){0,2}?(?:билдир|айт|маек|түшүндүр|'
                             r"берген маег)"
                             # the outlet's question, reporter or site (`“Азаттыктын” суроосуна`)
                             r'|(?<=тын|тин|нын|нин|дын|дин)"?\s*(?:суроо|кабарчы|маег|сайт|редакц|журналист|корреспондент)', re.I)
# an outlet named before its quoted name: `радио «Азаттык»`, `газета "Ынтымак"`
NOT_PARTY_BEFORE = re.compile(r"(?:радио|газет[аеуы]?|гезит\w*|телеканал\w*|сайт\w*|агентств\w*|журнал\w*)\s*[\"«“]?\s*$", re.I)
PARTY_BEFORE = re.compile(r"(?:партия|партии|партию|партией|партиясы)\s*\"?\s*$", re.I)
# a results list: the name with its share right after (`Замандаш – 2,15%`, `Реформа 1,65
# пайызды`, `«Ордо» (0,46%)`) or right before it (`2,15% Замандашка`)
SHARE_AFTER = re.compile(r'["»”]?\s*(?:[—–-]\s*\d|\(\s*\d|\|\s*\d|\d+(?:[,.]\d+)?\s*(?:%|пайыз|процент))', re.I)  # also a table's cell
# a share after a result verb (`Мекенчил получил 6,85%`): a cue for a name that is no place name
VERB_SHARE_AFTER = re.compile(r'["»”]?\s*(?:получил\w*|набрал\w*|собрал\w*|набира\w*|получа\w*|топтоду|топтогон|алды)\s+'
                              r'(?:всего\s+|лишь\s+|болгону\s+)?\d+(?:[,.]\d+)?\s*(?:%|пайыз|процент)', re.I)
SHARE_BEFORE = re.compile(r"\d\s*(?:%|пайыз\w*|процент\w*)\s*"
                          r"(?:(?:[^\W\d_]+\s+){0,2}[^\W\d_]+(?:ган|ген|гон|гөн|кан|кен|кон|көн)\s+)?"
                          r"[\"«“]?\s*$", re.I)  # also `7,37% алган Ынтымак`, `7,37% менен араң өткөн Ынтымак`
PARTY_NEAR = re.compile(r"парти", re.I)
# a list of names with their shares (`Ата-Журт Кыргызстан 19,06%ды, Ишеним 13,04%дү, Ынтымак 9,52%ды`):
# three or more such pairs speak of parties even without the word
_NAME_SHARE = re.compile(r"[А-ЯӨҮҢЁ][\w-]+(?:\s+[А-ЯӨҮҢЁ][\w-]+)?[»\"”]?\s*(?:[—–-]\s*)?\d+(?:[,.]\d+)?\s*(?:%|пайыз|процент)")
# an opening quote and the first words of a quoted name, right before a word
_QUOTED_HEAD = re.compile(r'(?:^|(?<=[\s(]))[«"“][^\W\d_][\w-]*(?:\s+[\w-]+)*\s+$')


@dataclass(frozen=True, slots=True)
class Token:
    start: int
    end: int
    text: str


@dataclass(frozen=True, slots=True)
class Name:
    """One indexed spelling of a KB entry."""

    keys: tuple[str, ...]
    caps: tuple[str, ...]  # per key: "A" abbreviation, "U" capitalized, "l" any case
    entry: Entry
    lang: str              # "ky", "ru" or "" (both spell it so)
    part: str              # "full", "reversed" (surname first) or "surname"
    primary: bool = False  # the entry's own name, not an alias: wins a tie of equal length


@lru_cache(maxsize=131072)
def forms(word: str) -> frozenset[str]:
    """Folded base forms of a word: itself, Kyrgyz stems, Russian lemmas."""
    low = fold(word) if re.search(r"[a-zA-Z]", word) else word.lower()
    out = {fold(s) for s in kyrgyz.stems(low)}
    if not is_kyrgyz(low):
        out.update(fold(s) for s in russian.lemmas(low))
    return frozenset(out)


_LOOSENESS = "AUl"  # abbreviation, capitalized, any case


def _caps(word: str) -> str:
    if len(word) > 1 and word.isupper():
        return "A"
    return "U" if word[:1].isupper() else "l"


def _caps_ok(cap: str, key: str, word: str) -> bool:
    if cap == "A":
        return word[: len(key)].isupper()
    if cap == "U":
        return word[:1].isupper()
    return True


class Index:
    """Names by the folded key of their first token."""

    def __init__(self, kb: KB) -> None:
        self.version = kb.version
        self.first: dict[str, list[Name]] = {}
        self.surnames: dict[str, list[Name]] = {}
        for entry in kb.entries.values():
            for name, lang in entry.names:
                words = TOKEN.findall(name)
                keys = key_tokens(name)
                if not keys:
                    continue
                caps = tuple(_caps(w) for w in words)
                primary = name in (entry.name_ky, entry.name_ru, entry.norm)
                self._add(Name(keys, caps, entry, lang, "full", primary))
                if entry.label in ("POLITICIAN", "PERSON") and len(keys) >= 2:
                    first, rest = keys[0], keys[1:]
                    self._add(Name(rest + (first,), caps[1:] + caps[:1], entry, lang,
                                   "reversed"))
                    surname = rest[0] if rest[-1] not in PATRONYMIC else rest
                    skeys = (surname,) if isinstance(surname, str) else tuple(surname)
                    if not (len(skeys) == 1 and skeys[0] in kb.given) and len(skeys[0]) > 3:
                        bucket = self.surnames.setdefault(skeys[0], [])
                        if not any(n.keys == skeys and n.entry is entry for n in bucket):
                            bucket.append(Name(skeys, ("U",) * len(skeys), entry, lang,
                                               "surname"))
        for names in self.first.values():
            names.sort(key=lambda n: -len(n.keys))

    def _add(self, name: Name) -> None:
        """One Name per entry and key; two spellings of it (`Мекенчил Эл`, `Мекенчил эл`)
        keep the looser capitalization of each word, so both match, and a language only
        when both are of it."""
        bucket = self.first.setdefault(name.keys[0], [])
        for k, n in enumerate(bucket):
            if n.keys == name.keys and n.entry is name.entry:
                caps = tuple(max(a, b, key=_LOOSENESS.index) for a, b in zip(n.caps, name.caps))
                # two languages' spellings folded to one key (`Өмүрбек`/`Омурбек`): the text's
                # language decides which spelling is the norm
                lang = n.lang if n.lang == name.lang else ""
                bucket[k] = replace(n, caps=caps, primary=n.primary or name.primary, lang=lang)
                return
        bucket.append(name)


_INDEX: Index | None = None


def index() -> Index:
    global _INDEX
    kb = get_kb()
    if _INDEX is None or _INDEX.version != kb.version:
        _INDEX = Index(kb)
    return _INDEX


def tokenize(text: str) -> list[Token]:
    return [Token(m.start(), m.end(), m.group()) for m in TOKEN.finditer(text)]


def joined(text: str, a: Token, b: Token) -> bool:
    """True when `b` follows `a` inside one name (a space or a hyphen between them)."""
    return GAP.fullmatch(text[a.end:b.start]) is not None


def match_names(text: str, tokens: list[Token], i: int, candidates: list[Name]) -> list[tuple[int, Name]]:
    """Names from `candidates` that match tokens[i:], with their length in tokens."""
    out = []
    for name in candidates:
        n = len(name.keys)
        if i + n > len(tokens):
            continue
        ok = True
        # a party name in quotes may have later words in lower case (`"Бир бол"`): its quotes
        # must close right after it
        quoted = name.entry.label == "PARTY" and text[tokens[i].start - 1:tokens[i].start] in '"«“'
        lowered = False
        for j in range(n):
            tok = tokens[i + j]
            if j and not joined(text, tokens[i + j - 1], tok):
                ok = False
                break
            # a long official party name is written with later words in lower case too
            # (`Кыргызстандын социал-демократиялык партиясы`)
            loose = j and name.entry.label == "PARTY" and name.caps[j] == "U" and (n >= 3 or quoted)
            lowered = lowered or (n < 3 and loose and not _caps_ok(name.caps[j], name.keys[j], tok.text))
            if not loose and not _caps_ok(name.caps[j], name.keys[j], tok.text):
                ok = False
                break
            if j == 0 and not tok.text[:1].isupper():
                ok = False
                break
            if fold(tok.text) != name.keys[j] and name.keys[j] not in forms(tok.text):
                ok = False
                break
            if name.caps[j] == "A" and fold(tok.text) != name.keys[j]:
                # an abbreviation takes a glued suffix only: `АКШнын`, not `АКШН`
                rest = tok.text[len(name.keys[j]):]
                if rest.isupper() or not kyrgyz.is_suffix(rest):
                    ok = False
                    break
        if ok and lowered and text[tokens[i + n - 1].end:tokens[i + n - 1].end + 1] not in '"»”':
            ok = False
        if ok:
            out.append((n, name))
    return out


def party_cue(text: str, start: int, end: int, place: bool = False) -> bool:
    """`"Реформа" партиясы`, `"Ынтымак" фракциясы`, `партия "Реформа"`, a quoted name
    in a party list (another quoted name or a party word in the same stretch of text), or
    a name with its share beside it where parties are spoken of (`2,15% Замандашка`)."""
    before = text[max(0, start - 30):start]
    if PARTY_WORD.match(text, end):  # `"Ишеним" партиясынын`, `"Ишеним партиясынын`
        return True
    if PARTY_BEFORE.search(before) is not None:
        return True
    if NOT_PARTY_AFTER.match(text, end) or NOT_PARTY_BEFORE.search(before):
        return False
    quoted = text[start - 1:start] in '"«“' and text[end:end + 1] in '"»”'
    if quoted and PARTY_LIST.search(text, max(0, start - 400), min(len(text), end + 200)) is not None:
        return True
    shared = SHARE_AFTER.match(text, end) or SHARE_BEFORE.search(text, max(0, start - 60), start) or \
        (not place and VERB_SHARE_AFTER.match(text, end))
    if shared and _QUOTED_HEAD.search(text, max(0, start - 40), start):
        return False  # the tail of a longer quoted name (`«Биздин Кыргызстан» — 15`)
    if not shared:
        return False
    if PARTY_NEAR.search(text, max(0, start - 400), min(len(text), end + 400)) is not None:
        return True
    return len(_NAME_SHARE.findall(text, max(0, start - 250), min(len(text), end + 250))) >= 3


def glued_end(text: str, tokens: list[Token], k: int) -> tuple[int, int]:
    """End offset and last token index after a suffix glued with `'`/`-` (`СДПК-нын`)."""
    end = tokens[k].end
    if k + 1 < len(tokens) and text[end:end + 1] in "'-" and tokens[k + 1].start == end + 1:
        nxt = tokens[k + 1].text
        if nxt.islower() and kyrgyz.is_suffix(nxt):
            return tokens[k + 1].end, k + 1
    return end, k


def surname_display(word: str, key: str) -> str:
    """The surface of `word` cut to its stem `key` (`Жапаровдун` -> `Жапаров`)."""
    word = display_latin(word)
    low = word.lower()
    for cut in range(len(word), 1, -1):
        if fold(low[:cut]) == key:
            return word[:cut]
    return word
