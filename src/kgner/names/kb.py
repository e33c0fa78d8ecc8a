"""The knowledge base shipped in `kgner/data`: politicians, parties, places, given names.

Loaded once per process, on first use. `load_user_kb` extends it with a user's TSV file;
the file is checked whole before anything is added, so a bad file changes nothing.
"""
from __future__ import annotations

import csv
import re
from dataclasses import dataclass, field
from pathlib import Path
from typing import Sequence

DATA = Path(__file__).resolve().parent.parent / "data"
LABELS = ("POLITICIAN", "PERSON", "PARTY", "LOCATION")


@dataclass(frozen=True, slots=True)
class Entry:
    """One KB record; `names` are (surface name, language) pairs the gazetteer indexes."""

    kb_id: str
    label: str
    name_ky: str
    name_ru: str
    names: tuple[tuple[str, str], ...] = ()
    kind: str = ""          # place kind: country, region, district, city, ...
    gender: str = ""
    ambiguous: bool = False  # a party name that is also an ordinary word or place
    norm: str = ""           # party norm: name_ky, else name_ru
    leads: str = ""          # a politician's: the KB id of the one party the KB names them leader of

    @property
    def party_norm(self) -> str:
        """The canonical norm of a party: its `norm`, else its Kyrgyz, else Russian name."""
        return self.norm or self.name_ky or self.name_ru

    def name_in(self, lang: str) -> str:
        return (self.name_ru or self.name_ky) if lang == "ru" else (self.name_ky or self.name_ru)


@dataclass
class KB:
    entries: dict[str, Entry] = field(default_factory=dict)
    given: dict[str, tuple[str, str]] = field(default_factory=dict)  # folded -> (name, gender)
    version: int = 0  # bumped by every extension, so the gazetteer index is rebuilt

    def add(self, entries: list[Entry]) -> None:
        for e in entries:  # a party and a place may share a table id (`kyrgyzstan`)
            self.entries[f"{e.label}:{e.kb_id}"] = e
        self.version += 1


def _rows(path: Path) -> list[dict[str, str]]:
    with open(path, encoding="utf-8", newline="") as f:
        return list(csv.DictReader(f, delimiter="\t", quoting=csv.QUOTE_NONE))


def _split(aliases: str) -> list[str]:
    return [a.strip() for a in aliases.split("|") if a.strip()]


def _alias_lang(alias: str) -> str:
    from .variants import is_kyrgyz
    if is_kyrgyz(alias) or any(w in alias for w in ("облусу", "району", "Республикасы")):
        return "ky"
    if any(w in alias for w in ("ская", "ский", "область", "район", "Республика ")):
        return "ru"
    return ""


def _pair_names(ky: str, ru: str, aliases: list[str]) -> tuple[tuple[str, str], ...]:
    out: list[tuple[str, str]] = []
    if ky:
        out.append((ky, "ky" if ky != ru else ""))
    if ru and ru != ky:
        out.append((ru, "ru"))
    for a in aliases:
        if "шаары" in a or "г. " in a or a in (ky, ru):
            continue
        out.append((a, _alias_lang(a)))
    return tuple(out)


def _load() -> KB:
    kb = KB()
    entries = []
    for r in _rows(DATA / "kb_politicians.tsv"):
        entries.append(Entry(r["kb_id"], r["label"], r["name_ky"], r["name_ru"],
                             _pair_names(r["name_ky"], r["name_ru"],
                                         [r["name_en"]] + _split(r["aliases"])),
                             gender=r["gender"], leads=r.get("leads") or ""))
    for r in _rows(DATA / "kb_parties.tsv"):
        entries.append(Entry(r["kb_id"], "PARTY", r["name_ky"], r["name_ru"],
                             _pair_names(r["name_ky"], r["name_ru"], _split(r["aliases"])),
                             ambiguous=r["ambiguous"] == "1", norm=r["norm"]))
    for r in _rows(DATA / "kb_places.tsv"):
        entries.append(Entry(r["kb_id"], "LOCATION", r["name_ky"], r["name_ru"],
                             _pair_names(r["name_ky"], r["name_ru"], _split(r["aliases"])),
                             kind=r["kind"]))
    entries = _with_short_area_names(entries)
    kb.add(entries)
    from .variants import fold
    for r in _rows(DATA / "given_names.tsv"):
        kb.given.setdefault(fold(r["name"]), (r["name"], r["gender"]))
        # the exact spelling too: `Бактыгүл` (f) and `Бактыгул` (m) fold to one key
        kb.given.setdefault(r["name"].lower(), (r["name"], r["gender"]))
    return kb


def _with_short_area_names(entries: list[Entry]) -> list[Entry]:
    """Add `Чүй`, `Ысык-Көл` to regions and districts, where no other place has the name."""
    from dataclasses import replace

    from .variants import fold
    taken = {fold(n) for e in entries for n, _ in e.names}
    out = []
    for e in entries:
        short = e.name_ky.rsplit(" ", 1)[0]
        if e.kind in ("region", "district") and short != e.name_ky and fold(short) not in taken:
            taken.add(fold(short))
            e = replace(e, names=e.names + ((short, "ky"),))
        out.append(e)
    return out


_KB: KB | None = None


def get_kb() -> KB:
    global _KB
    if _KB is None:
        _KB = _load()
    return _KB


REQUIRED = ("id", "label", "name", "aliases")


def read_user_kb(path: str | Path) -> list[Entry]:
    """Parse and check a user TSV (id, label, name, aliases[, name_ru, gender, kind]).

    Raises ValueError naming the file and line for bad encoding, missing columns, an
    unknown label, an empty name or a duplicate id.
    """
    path = Path(path)
    try:
        raw = path.read_bytes()
    except OSError as exc:
        raise ValueError(f"{path}: cannot read ({exc.strerror})") from None
    lines = raw.split(b"\n")
    texts = []
    for lineno, line in enumerate(lines, 1):
        try:
            texts.append(line.decode("utf-8").rstrip("\r"))
        except UnicodeDecodeError:
            raise ValueError(f"{path}:{lineno}: not UTF-8 text") from None
    if not texts or not texts[0].strip():
        raise ValueError(f"{path}:1: empty file, expected a header with {list(REQUIRED)}")
    header = texts[0].lstrip("\ufeff").split("\t")
    missing = [c for c in REQUIRED if c not in header]
    if missing:
        raise ValueError(f"{path}:1: missing columns {missing}; header is {header}")
    entries: list[Entry] = []
    seen: dict[str, int] = {}
    for lineno, line in enumerate(texts[1:], 2):
        if not line.strip():
            continue
        cells = line.split("\t")
        if len(cells) != len(header):
            raise ValueError(f"{path}:{lineno}: {len(cells)} columns, header has {len(header)}")
        row = dict(zip(header, cells))
        kb_id, label, name = row["id"].strip(), row["label"].strip(), row["name"].strip()
        if not kb_id:
            raise ValueError(f"{path}:{lineno}: empty id")
        if kb_id in seen:
            raise ValueError(f"{path}:{lineno}: duplicate id {kb_id!r} (first on line {seen[kb_id]})")
        seen[kb_id] = lineno
        if label not in LABELS:
            raise ValueError(f"{path}:{lineno}: label {label!r} is not one of {list(LABELS)}")
        if not name:
            raise ValueError(f"{path}:{lineno}: empty name")
        name_ru = (row.get("name_ru") or "").strip() or name
        names = _pair_names(name, name_ru, _split(row["aliases"]))
        entries.append(Entry(kb_id, label, name, name_ru, names, kind=(row.get("kind") or ""),
                             gender=(row.get("gender") or ""),
                             norm=name if label == "PARTY" else ""))
    return entries


_LOADED_USER_FILES: set[Path] = set()


def ensure_user_kb(paths: Sequence[str | Path]) -> None:
    """Load each user TSV once per process (pipelines and worker processes call this)."""
    for path in paths:
        resolved = Path(path).resolve()
        if resolved not in _LOADED_USER_FILES:
            load_user_kb(resolved)
            _LOADED_USER_FILES.add(resolved)


def load_user_kb(path: str | Path) -> int:
    """Extend the gazetteer with a user TSV; returns the number of entries added."""
    entries = read_user_kb(path)
    get_kb().add(entries)
    return len(entries)


_NAME_INDEX: tuple[int, dict[tuple[str, str], Entry | None]] | None = None


def _name_key(name: str) -> str:
    from .variants import fold
    return " ".join(fold(name).replace("-", " ").replace("–", " ").replace('"', " ").split())


def link_name(label: str, name: str) -> Entry | None:
    """The one KB entry of `label` (PARTY, LOCATION) whose name or alias is `name`, up to
    case, Kyrgyz/Russian letter variants, quotes and hyphens; None if none or several.

    Why: spans found without the gazetteer (the model, quoted party names) still get
    the KB's canonical norm and id when they spell a known name (`Бир бол`)."""
    global _NAME_INDEX
    kb = get_kb()
    if _NAME_INDEX is None or _NAME_INDEX[0] != kb.version:
        index: dict[tuple[str, str], Entry | None] = {}
        for entry in kb.entries.values():
            for n in {entry.name_ky, entry.name_ru, entry.norm, *(x for x, _ in entry.names)} - {""}:
                key = (entry.label, _name_key(n))
                index[key] = entry if index.get(key, entry) == entry else None
        _NAME_INDEX = (kb.version, index)
    return _NAME_INDEX[1].get((label, _name_key(name)))


def _one_edit_apart(a: str, b: str) -> bool:
    """True when `b` is `a` with one letter changed, added, dropped, or two neighbours swapped."""
    if a == b or abs(len(a) - len(b)) > 1:
        return False
    i = 0
    while i < min(len(a), len(b)) and a[i] == b[i]:
        i += 1
    if len(a) == len(b):
        return a[i + 1:] == b[i + 1:] or (a[i + 2:] == b[i + 2:] and a[i:i + 2] == b[i:i + 2][::-1])
    return a[i + 1:] == b[i:] if len(a) > len(b) else a[i:] == b[i + 1:]


MISSPELT_MIN = 6  # shorter names are one letter from too many words (`Бирге`, `Элдик`)


def link_misspelt_party(name: str) -> Entry | None:
    """The one KB party whose name is a letter from `name` (`Бир-Бул` for Бир Бол,
    `Замандаш - Совеременник`): news and scraped pages carry typos and loose
    transliterations of party names, which should still reach the party's norm and id."""
    key = _name_key(name)
    if len(key.replace(" ", "")) < MISSPELT_MIN:
        return None
    link_name("PARTY", name)  # builds the index
    assert _NAME_INDEX is not None
    near = {entry for (label, other), entry in _NAME_INDEX[1].items()
            if label == "PARTY" and len(other.replace(" ", "")) >= MISSPELT_MIN and _one_edit_apart(key, other)}
    if len(near) != 1 or None in near:
        return None
    return near.pop()


def link_party(name: str) -> Entry | None:
    """The KB party `name` names (`link_name`), also when it is a bilingual double name
    whose parts all name the same party (`Замандаш - Современник`)."""
    entry = link_name("PARTY", name)
    if entry is not None:
        return entry
    parts = [p for p in re.split(r"\s*[-–—]\s*", name) if p]
    if len(parts) > 1:
        entries = {link_name("PARTY", p) or link_misspelt_party(p) for p in parts}
        if len(entries) == 1 and None not in entries:
            return entries.pop()
    return None
