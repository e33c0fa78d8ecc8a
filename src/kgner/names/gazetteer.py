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
# A quoted name of something other than a party, told by the noun after it (Kyrgyz) or before it
# (Russian): an outlet, a neighbourhood, a firm, a school, a club, a fund, an event, a movement, a
# coalition or deputy group (`«Жаңы Заман» радиосу`, `«Ата Мекен» лицейи`, `«Ордо» ресторанында`,
# `«Мекеним Кыргызстан» аттуу ыр сынагы`, `«Мекенчил» депутаттык тобу`, `радио «Азаттык»`,
# `ресторан «Ордо»`, `движение «Доверие»`, `КПП «Ак-Жол»`). Used by the gazetteer and the model.
_ORG_AFTER_NOUNS = (r"радио|агентт|гезит|газет|сайт|телеканал|кыймыл|конуш|турак|массив|компани|журнал|кафе|"
                    r"мейманкана|отел|басылма|коалиция|ресторан|лицей|мектеб|мектеп|клуб|басма(?!\s+сөз)|уюм|"
                    r"соода борбор|фестивал|сынаг|сынак|концерт|театр|банк|клиника|футбол\s+клуб|микрокредит|"
                    r"коомдук\s+(?:фонд|бирикме|уюм)|кайрымдуулук\s+фонд|жол-курулуш|депутаттык\s+тоб|"
                    r"аттуу(?!\s+(?:\w+\s+)?парти)")
ORG_AFTER = re.compile(rf'[а-яөүң]*["»”]?\s*(?:жаңы\s+|[а-яөүң]+(?:тык|тик|дык|дик|лык|лик|тук|түк|дук|дүк|лук|лүк)\s+)?'
                       rf'(?:{_ORG_AFTER_NOUNS})', re.I)  # also `«Адилет» укуктук клиникасы`
ORG_BEFORE = re.compile(r"\b(?:интервью|эфир\w*|радио|газет[аеуы]?|гезит\w*|телеканал\w*|сайт\w*|агентств\w*|журнал\w*|издани\w*|портал\w*|"
                        r"групп[ауыеой]\w*|коалици\w*|движени\w*|ресторан\w*|гостиниц\w*|отел[ьяюе]\w*|компани\w*|"
                        r"клуб\w*|издательств\w*|лице[йяюе]\w*|школ\w*|объединени\w*|фестивал\w*|"
                        r"банк\w*|кафе|театр\w*|концерт\w*|КПП|ТЦ|ассоциаци\w*|баннер\w*|лозунг\w*|"
                        r"акци[яиюей]|центр\w*)\s*[\"«“]?\s*$", re.I)  # also `исследовательским центром «Эл-Пикир»`
# a quoted name that is such a thing, or the outlet someone told something to (`“Азаттыкка”
# билдирди`, `“Азаттыкка” берген маегинде`), or the outlet's question, reporter or site
# (`“Азаттыктын” суроосуна`): not a party
NOT_PARTY_AFTER = re.compile(rf'[а-яөүң]*"?\s*(?:жаңы\s+)?(?:{_ORG_AFTER_NOUNS})'
                             r'|(?<=га|ге|ка|ке|го|гө|ко|кө)"?\s*(?:[а-яөүң]+\s+){0,2}?(?:билдир|айт|маек|түшүндүр|'
                             r"берген маег)"
                             r'|(?<=тын|тин|нын|нин|дын|дин)"?\s*(?:суроо|кабарчы|маег|сайт|редакц|журналист|корреспондент)', re.I)
# the party word after a lower-case descriptor (`Ак Жол эл партиясы`, `«Ата Мекен» социалисттик партиясы`)
_DESCRIBED_PARTY = re.compile(r'["»”]?\s*(?:эл|элдик|саясий|социалисттик|демократиялык)\s+партия(?!лар)')
_GENITIVE_END = re.compile(r"(?:дын|дин|дун|дүн|нын|нин|нун|нүн|тын|тин|тун|түн"  # and a locative: not
                           r"|да|та|де|те|дагы|тагы|деги|теги|дө|тө|дөгү|төгү)$", re.I)  # `Кыргызстандагы саясий партия`
PARTY_BEFORE = re.compile(r"(?:партия|партии|партию|партией|партиясы)\s*\"?\s*$", re.I)
# a number word a count of seats may be written in (`Ынтымак тогуз орунга ээ болду`)
_NUMBER_WORD = (r"(?:бир|эки|үч|төрт|беш|алты|жети|сегиз|тогуз|он|жыйырма|отуз|кырк|элүү|алтымыш|жетимиш|сексен|токсон"
                r"|один|два|две|три|четыре|пять|шесть|семь|восемь|девять|десять|\w+надцать|двадцать|тридцать|сорок"
                r"|пятьдесят|шестьдесят|семьдесят)")
# a results list: the name with its share right after (`Замандаш – 2,15%`, `Реформа 1,65
# пайызды`, `«Ордо» (0,46%)`), its seats or its figure after `көрсөткүчү`, or right before it (`2,15% Замандашка`)
SHARE_AFTER = re.compile(r'["»”]?\s*(?:(?:көрсөткүчү|үлүшү|жыйынтыгы)\s+)?'
                         r'(?:[—–-]\s*\d|\(\s*\d|\|\s*\d|\d+(?:[,.]\d+)?\s*(?:%|пайыз|процент)'
                         rf'|(?:\d{{1,3}}|{_NUMBER_WORD})\s+(?:мандат|орун|мест|кресл))', re.I)  # also a table's cell, its seats
# a share after a result verb (`Мекенчил получил 6,85%`): a cue for a name that is no place name
VERB_SHARE_AFTER = re.compile(r'["»”]?\s*(?:получил\w*|набрал\w*|собрал\w*|набира\w*|получа\w*|топтоду|топтогон|алды)\s+'
                              r'(?:всего\s+|лишь\s+|болгону\s+)?\d+(?:[,.]\d+)?\s*(?:%|пайыз|процент)', re.I)
SHARE_BEFORE = re.compile(r"\d\s*(?:%|пайыз\w*|процент\w*)\s*"
                          r"(?:(?:[^\W\d_]+\s+){0,2}[^\W\d_]+(?:ган|ген|гон|гөн|кан|кен|кон|көн)\s+)?"
                          r"[\"«“]?\s*$", re.I)  # also `7,37% алган Ынтымак`, `7,37% менен араң өткөн Ынтымак`
PARTY_NEAR = re.compile(r"парти", re.I)
# a list of names with their shares (`Ата-Журт Кыргызстан 19,06%ды, Ишеним 13,04%дү, Ынтымак 9,52%ды`):
# three or more such pairs speak of parties even without the word
_NAME_SHARE = re.compile(r"[А-ЯӨҮҢЁ][\w-]+(?:\s+[А-ЯӨҮҢЁ][\w-]+)?[»\"”]?\s*(?:[—–-]\s*)?"
                         r"(?:\d+(?:[,.]\d+)?\s*(?:%|пайыз|процент)"
                         r"|\d[\d\s]*\d\s*(?:добуш\w*\s*|голос\w*\s*)?\(\s*\d+(?:[,.]\d+)?\s*%)")  # also `– 94 870 (7,86%)`
# an opening quote and the first words of a quoted name, right before a word
_QUOTED_HEAD = re.compile(r'(?:^|(?<=[\s(]))[«"“][^\W\d_][\w-]*(?:\s+[\w-]+)*\s+$')


# the homeland, not the party (`Ата Мекенди коргоочулардын күнү`, `Ата Мекенибиз`, `Ата Мекен алдындагы
# милдет`, `Ата Мекенге кызмат`), and the whole country (`Бүтүн Кыргызстан боюнча`, `Бүтүн Кыргызстанда`)
_HOMELAND = re.compile(r"ата[\s-]+(?:мекен|журт)(\w*)$", re.I)
_OURS = re.compile(r"(?:ибиз|ыбыз|убуз|үбүз|им|ым|ум|үм|дик)", re.I)  # `Ата Мекенибиз`, `Ата Журтум`, `Ата Мекендик`
_HOMELAND_AFTER = re.compile(r"\s+(?:коргоо|алдында|алдындагы|кызмат|сүйүү|\w+\s+коргоо)", re.I)
_FIGURE_AFTER = re.compile(r'["»”]?\s*[—–:-]?\s*\(?\d')  # a results list's row (`Биздин эл 7,78%`)
# the party word closing a long name (`Ооган согушунун ардагерлери жана башка ... партиясы`)
_PARTY_WORD_AHEAD = re.compile(r"(?:[\s,]+[^\W\d_][\w-]*){0,8}?\s+парти", re.I)
# a name inside quotes that hold more words: before it (`«Моя Родина`), or lower-case words after
# it (`«Республика будущего»`, `«Бир бол, элим»`); not the word party (`«Демократическая партия «Биримдик»`)
_OPEN_QUOTE_BEFORE = re.compile(r'["«“]([^"«“»”.!?;:,]{0,40})$')
_CLOSE_QUOTE_AFTER = re.compile(r'([^"«“»”.!?;:]{0,20})["»”]')  # a name's few words, not a quoted speech
_LOWER_WORD_AFTER = re.compile(r"[\s,]+[а-яөүңё]")


def _in_longer_quote(text: str, start: int, end: int) -> bool:
    opened = _OPEN_QUOTE_BEFORE.search(text, max(0, start - 41), start)
    closed = _CLOSE_QUOTE_AFTER.match(text, end)
    if not opened or not closed or "парти" in (opened.group(1) + closed.group(1)).lower():
        return False
    if text[opened.start()] == '"' and text.count('"', 0, opened.start()) % 2:
        return False  # an ASCII quote that closes another name (`"Ата Мекен" жана Бирге жана "Ынтымак"`)
    return any(c.isalpha() for c in opened.group(1)) or _LOWER_WORD_AFTER.match(closed.group(1)) is not None


_TO_CLOSING_QUOTE = re.compile(r'[^"«“»”]{0,40}?(?=["»”])')
_WHOLE_COUNTRY = re.compile(r"(?i:бүтүн|бутун)\s+(?i:кыргызстан)(?:да|та|дагы|тагы)?$")
_ACROSS = re.compile(r"\s+боюнча\b", re.I)


def ordinary_use(text: str, start: int, end: int) -> bool:
    """A party's name (text[start:end], as matched) that names something else here."""
    if PARTY_WORD.match(text, end):
        return False
    if start and text[start - 1] in '"«“':
        # the quoted name, to its closing quote (a model's span may be part of it: `«Мекеним` of
        # `«Мекеним Кыргызстан» аттуу`)
        close = _TO_CLOSING_QUOTE.match(text, end)
        name_end = close.end() if close else end
        if ORG_AFTER.match(text, name_end) or ORG_BEFORE.search(text, max(0, start - 40), start - 1):
            return True
        if name_end == end:
            return False
    if _in_longer_quote(text, start, end):
        return True  # a part of a longer quoted name or phrase (`«Республика будущего»`, `«Моя Родина — Кыргызстан»`)
    surface = text[start:end]
    words = surface.split()
    if len(words) > 1 and any(w[:1].islower() for w in words[1:]) and "парти" not in surface.lower() \
            and not _FIGURE_AFTER.match(text, end) and not _PARTY_WORD_AHEAD.match(text, end):
        return True  # a phrase of lower-case words unquoted (`Ыйман нуру ар бир үйгө тийсин`, `Биздин эл`)
    home = _HOMELAND.match(surface)
    if home and (_OURS.match(home.group(1)) or _HOMELAND_AFTER.match(text, end)):
        return True
    whole = _WHOLE_COUNTRY.match(surface)
    return whole is not None and (_ACROSS.match(text, end) is not None or (
        whole.group().endswith(("да", "та", "дагы", "тагы")) and not _FIGURE_AFTER.match(text, end)))  # `Бүтүн Кыргызстанда 5,36%`


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
    if PARTY_WORD.match(text, end) or (_DESCRIBED_PARTY.match(text, end) and not _GENITIVE_END.search(text, start, end)):
        return True  # `"Ишеним" партиясынын`, `Ак Жол эл партиясы`; not `Кыргызстандын социал-демократиялык партиясы`
    if PARTY_BEFORE.search(before) is not None:
        return True
    if NOT_PARTY_AFTER.match(text, end) or ORG_BEFORE.search(before):
        return False
    quoted = 0 < start and end < len(text) and text[start - 1] in '"«“' and text[end] in '"»”'
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
