#!/usr/bin/env python3
"""Build the package's knowledge-base files from the shared reference tables.

Reads ../shared/data/{politicians,parties,places}.tsv and ../shared/data/everypolitician/
and writes compact UTF-8 TSV files under src/kgner/data/. The library reads only those
files at run time; this script is the one place that touches ../shared, so the shipped
KB is reproducible: `python scripts/build_kb.py` (optionally `--shared DIR --out DIR`).

Every row gets a stable `kb_id`: the Wikidata Q-id when known, else `kgner:<table id>`.
"""
from __future__ import annotations

import argparse
import csv
import functools
import re
from pathlib import Path

REPO = Path(__file__).resolve().parents[1]
DEFAULT_SHARED = REPO.parent / "shared" / "data"
DEFAULT_OUT = REPO / "src" / "kgner" / "data"

# Latin -> Cyrillic for EveryPolitician romanizations (`SHarshenbek`, `ZHeenchoroev`).
_LAT = [("shch", "щ"), ("sh", "ш"), ("ch", "ч"), ("zh", "ж"), ("kh", "х"), ("ts", "ц"),
        ("yu", "ю"), ("ya", "я"), ("yo", "ё"), ("x", "х"), ("j", "ж"), ("y", "ы")]

# Common given names that the KB lacks (m = male, f = female), used to spot unknown people.
GIVEN_M = """Абдыжапар Абдыкадыр Абдылас Азамат Айбек Айдар Айдарбек Айтбек Акылбек Алмаз
Алмазбек Алтынбек Амантур Арстан Арсен Аскар Асан Асылбек Атай Бакай Бакыт Бакытбек Баатыр
Бахтияр Бекболот Бектур Болот Борончу Дастан Данияр Дооронбек Жалил Жамбыл Жаныбек Жаныш
Женишбек Жеңишбек Жоомарт Замир Исхак Иса Кабай Кадыр Калил Каныбек Канат Канатбек Кубан
Кубанычбек Курманбек Кайрат Кенеш Күмөндөр Мирлан Марат Мелис Мирбек Мухтар Нурбек Нурлан
Нурсултан Нуртегин Нургазы Омурбек Өмүрбек Равшан Руслан Садыр Сагынбек Самат Сейтек
Сүймөнкул Таалайбек Талант Талантбек Темир Тилек Тимур Тынчтык Тыныбек Улан Уланбек
Улукбек Чынгыз Чыңгыз Шайлообек Эмил Эмиль Эрлан Эрмек Элдияр Эрнис Эркин Эсен Абай
Айбар Адилет Азат Алишер Бекжан Бекзат Жусуп Курсан Максат Медер Мурат Нурдин Темирлан
Александр Алексей Андрей Анатолий Антон Артем Артём Артур Борис Вадим Валентин Валерий
Василий Виктор Виталий Владимир Владислав Вячеслав Геннадий Георгий Григорий Дмитрий
Евгений Иван Игорь Илья Кирилл Константин Леонид Максим Михаил Никита Николай Олег
Павел Петр Пётр Роман Сергей Станислав Степан Юрий Ярослав Рашид Ринат Тимофей Эдуард""".split()
GIVEN_F = """Айгүл Айгуль Айжан Айнура Айпери Айсулуу Асель Бермет Бурул Бүбүсара Венера Гулшода
Гүлнара Гульнара Динара Дина Дария Жылдыз Жаркын Жибек Жанар Зарина Калима Камила Мээрим
Назгүл Назгуль Нургүл Нургуль Роза Сезим Сезимай Салтанат Таттыбүбү Тина Токтайым Урмат
Чолпон Чынара Эльмира Элмира Анастасия Анна Валентина Вера Галина Дарья Екатерина Елена
Ирина Людмила Мария Марина Наталья Наталия Надежда Ольга Светлана Татьяна Юлия Аида
Айзада Акмарал Ажар Аяна Бактыгүл Гүлзат Жазгүл Клара""".split()

OBLIQUE_WORD = re.compile(r"[.()/]")


def read_tsv(path: Path) -> list[dict[str, str]]:
    with open(path, encoding="utf-8", newline="") as f:
        return list(csv.DictReader(f, delimiter="\t", quoting=csv.QUOTE_NONE))


def read_csv(path: Path) -> list[dict[str, str]]:
    with open(path, encoding="utf-8", newline="") as f:
        return list(csv.DictReader(f))


def lat_to_cyr(word: str) -> str:
    """A rough Cyrillic reading of an EP romanization, for matching only."""
    low = word.lower()
    for lat, cyr in _LAT:
        low = low.replace(lat, cyr)
    table = str.maketrans("abvgdeziklmnoprstufh", "абвгдезиклмнопрстуфх")
    return low.translate(table)


def fold(text: str) -> str:
    return (text.lower().replace("ё", "е").replace("ө", "о").replace("ү", "у")
            .replace("ң", "н").replace("-", " "))


def ep_aliases(ep: Path) -> tuple[dict[str, list[str]], dict[str, str]]:
    """EP person uuid -> its names (Latin `SURNAME Given Patronymic` and Cyrillic); Q -> uuid."""
    names: dict[str, list[str]] = {}
    for row in read_csv(ep / "names.csv"):
        names.setdefault(row["id"], []).append(row["name"])
    q_to_uuid: dict[str, str] = {}
    for term in ("term-5.csv", "term-6.csv"):
        for row in read_csv(ep / term):
            names.setdefault(row["id"], []).append(row["name"])
            if row.get("wikidata"):
                q_to_uuid[row["wikidata"]] = row["id"]
    for row in read_csv(ep / "sources" / "reconciliation" / "wikidata.csv"):
        q_to_uuid.setdefault(row["id"], row["uuid"])
    return names, q_to_uuid


def latin_display(ep_name: str) -> str | None:
    """`ABDRAXMANOV Alisher Orozbaevich` -> `Alisher Abdraxmanov` (Latin names only)."""
    parts = re.sub(r"\bfrakciya\b.*", "", ep_name).split()
    if len(parts) < 2 or not all(re.fullmatch(r"[A-Za-z'-]+", p) for p in parts[:2]):
        return None
    return f"{parts[1].capitalize()} {parts[0].capitalize()}"


def build_politicians(data: Path) -> tuple[list[list[str]], set[tuple[str, str]]]:
    names, q_to_uuid = ep_aliases(data / "everypolitician")
    by_folded: dict[str, str] = {}
    for uuid, variants in names.items():
        for v in variants:
            disp = latin_display(v)
            if disp:
                first, last = disp.split()
                by_folded[fold(lat_to_cyr(first) + " " + lat_to_cyr(last))] = uuid
    rows, given = [], set()
    for p in read_tsv(data / "politicians.tsv"):
        kb_id = p["wikidata"].strip() or f"kgner:{p['id']}"
        aliases: list[str] = []
        uuid = q_to_uuid.get(p["wikidata"].strip()) or by_folded.get(fold(p["name_ru"]))
        for v in names.get(uuid, []) if uuid else []:
            disp = latin_display(v)
            if disp and disp not in aliases:
                aliases.append(disp)
        if p["name_en"] and p["name_en"] not in aliases:
            aliases.insert(0, p["name_en"])
        for full in (p["name_ky"], p["name_ru"]):
            first = full.split()[0] if full.split() else ""
            if first:
                given.add((first, p["gender"] or "m"))
        rows.append([kb_id, "POLITICIAN", p["name_ky"], p["name_ru"], p["name_en"],
                     p["gender"], p["roles"], p["party"], "|".join(aliases), party_led(p["roles"], data)])
    return rows, given


def _party_key(name: str) -> str:
    return re.sub(r"[\s\-–—]+", " ", name.lower().replace("ё", "е")).strip()


@functools.cache
def _party_ids(data: Path) -> dict[str, str]:
    """Every name of a party (folded) -> its KB id."""
    ids: dict[str, str] = {}
    for p in read_tsv(data / "parties.tsv"):
        kb_id = p["wikidata"].strip() or f"kgner:{p['id']}"
        for name in [p["name_ky"], p["name_ru"], *p["aliases"].split("|"),
                     *EXTRA_PARTY_ALIASES.get(p["id"], [])]:
            if name:
                ids.setdefault(_party_key(name), kb_id)
    return ids


def party_led(roles: str, data: Path) -> str:
    """The KB id of the one party the roles name the person leader of (`party leader Ата
    Мекен (since 1992)`), else "": news name a party by its leader (`партия Текебаева`)."""
    ids = _party_ids(data)
    led = {ids.get(_party_key(m.group(1))) for m in re.finditer(r"party leader ([^|(]+?)\s*(?:\(|\d{4}|\||$)", roles)}
    return led.pop() if len(led) == 1 and None not in led else ""


# Party names that are also ordinary words or place names: PARTY only with a party cue.
AMBIGUOUS_PARTIES = {"kyrgyzstan", "respublika", "yntymak", "ordo", "birimdik", "reforma",
                     "azattyk", "ishenim", "mekenchil", "emgek", "zamandash", "asaba",
                     "alyans", "birik", "bir_bol", "legalize", "ak_bata", "bagyt", "ulutman",
                     "ak_jol", "jany_kuch"}


# Names news use that the table lacks: the initials of the Kyrgyz and Russian names, and
# the Kyrgyz names of parties the table names in Russian only.
EXTRA_PARTY_ALIASES = {
    # generic Kyrgyz names written for the party (`Социал-демократиялык партия 27 пайыз алды`)
    # and the Russian names with the older country name `Киргизия` (RIA Novosti, TASS)
    "sdpk": ["Социал-демократиялык партия", "Социал-демократическая партия Киргизии"],
    "kpdp": ["КЭДП", "НДПК", "Элдик-демократиялык партия", "элдик-демократиялык партия",
             "Народно-демократическая партия", "Народно-демократическая партия Киргизии"],  # also without `Кыргызстана`
    "ata_jurt_kyrgyzstan": ["АЖК"],
    "afghan_veterans": ["Ооганстандагы согуштун ардагерлеринин партиясы",
                        "Афганистандагы согуштун ардагерлеринин партиясы",
                        "Ооган согушунун ардагерлеринин партиясы", "Ооган согушунун ардагерлери",
                        "Афганистан согушунун ардагерлери", "Ооган ардагерлеринин партиясы"],
    "patriotic_unity_party": ["Кыргызстандын патриоттук биримдик партиясы", "Патриотическая партия единения Киргизии"],
    "communists_kyrgyzstan": ["Компартия", "Компартия Кыргызстана", "Партия коммунистов", "Коммунисттер партиясы",
                              "Партия коммунистов Киргизии", "Компартия Киргизии"],  # short names
}


# Parties the table lacks that the project's news paragraphs report results of (local
# councils: `“Адилет” партиясы 9 миң 806 (40,01%)` in Jalal-Abad, `«Биздин Кыргызстан» — 15`
# in Osh, `“Жаңы-Кыргызстан” партиясы 11 миң 752 (48,44%)` in Jalal-Abad, 2021); all are also
# ordinary phrases (`justice`, `our Kyrgyzstan`, `new Kyrgyzstan`).
EXTRA_PARTIES = [("adilet", "Адилет", "Адилет", "Adilet", "Adilet"),
                 ("bizdin_kyrgyzstan", "Биздин Кыргызстан", "Биздин Кыргызстан", "Bizdin Kyrgyzstan", "Bizdin Kyrgyzstan"),
                 ("jany_kyrgyzstan", "Жаңы-Кыргызстан", "Жаны-Кыргызстан", "Jany Kyrgyzstan", "Жаңы Кыргызстан|Jany Kyrgyzstan")]


def build_parties(data: Path) -> list[list[str]]:
    rows = []
    for p in read_tsv(data / "parties.tsv"):
        kb_id = p["wikidata"].strip() or f"kgner:{p['id']}"
        norm = p["name_ky"] or p["name_ru"]
        aliases = [a for a in p["aliases"].split("|") if a]
        aliases += [a for a in EXTRA_PARTY_ALIASES.get(p["id"], []) if a not in aliases]
        rows.append([kb_id, "PARTY", p["name_ky"], p["name_ru"], p["name_en"],
                     "1" if p["id"] in AMBIGUOUS_PARTIES else "0", norm, "|".join(aliases)])
    known = {r[0] for r in rows}
    rows += [[f"kgner:{pid}", "PARTY", ky, ru, en, "1", ky, aliases] for pid, ky, ru, en, aliases in EXTRA_PARTIES
             if f"kgner:{pid}" not in known]
    return rows


# Places the table lacks but the news names often (kind, name_ky, name_ru).
EXTRA_PLACES = [
    ("beijing", "city", "Пекин", "Пекин"), ("seoul", "city", "Сеул", "Сеул"),
    ("tashkent", "city", "Ташкент", "Ташкент"), ("astana", "city", "Астана", "Астана"),
    ("nur_sultan", "city", "Нур-Султан", "Нур-Султан"), ("almaty", "city", "Алматы", "Алматы"),
    ("moscow", "city", "Москва", "Москва"), ("dushanbe", "city", "Душанбе", "Душанбе"),
    ("chicago", "city", "Чикаго", "Чикаго"), ("new_york", "city", "Нью-Йорк", "Нью-Йорк"),
    ("istanbul", "city", "Стамбул", "Стамбул"), ("ankara", "city", "Анкара", "Анкара"),
    ("london", "city", "Лондон", "Лондон"), ("dubai", "city", "Дубай", "Дубай"),
    ("lithuania", "country", "Литва", "Литва"), ("india", "country", "Индия", "Индия"),
    ("korea", "country", "Корея", "Корея"), ("france", "country", "Франция", "Франция"),
    ("poland", "country", "Польша", "Польша"), ("iran", "country", "Иран", "Иран"),
    ("sankt_peterburg", "city", "Санкт-Петербург", "Санкт-Петербург"),
    ("yekaterinburg", "city", "Екатеринбург", "Екатеринбург"),
    ("novosibirsk", "city", "Новосибирск", "Новосибирск"),
    ("khabarovsk", "city", "Хабаровск", "Хабаровск"),
    ("vladivostok", "city", "Владивосток", "Владивосток"),
    ("yakutsk", "city", "Якутск", "Якутск"), ("irkutsk", "city", "Иркутск", "Иркутск"),
    ("yuzhno_sakhalinsk", "city", "Южно-Сахалинск", "Южно-Сахалинск"),
    ("krasnoyarsk", "city", "Красноярск", "Красноярск"), ("kazan", "city", "Казань", "Казань"),
]


def build_places(data: Path) -> list[list[str]]:
    rows = []
    for p in read_tsv(data / "places.tsv"):
        aliases = [a for a in p["aliases"].split("|") if a and not OBLIQUE_WORD.search(a)
                   and not re.search(r"\bр-н|\bпгт\b|[a-zA-Z]", a)]
        if p["kind"] == "region" and p["name_ru"].endswith(" область"):
            # the adjective alone in a list of regions (`Ошская — 21,9%`, `в Баткенской (11,2%) и ...`)
            adjective = p["name_ru"].split()[0]
            aliases += [adjective] if adjective not in aliases else []
        rows.append([f"kgner:{p['id']}", "LOCATION", p["kind"], p["name_ky"], p["name_ru"],
                     p["name_en"], p["parent"], "|".join(aliases)])
    known = {r[0] for r in rows}
    for pid, kind, ky, ru in EXTRA_PLACES:
        if f"kgner:{pid}" not in known:
            rows.append([f"kgner:{pid}", "LOCATION", kind, ky, ru, "", "", ""])
    return rows


def write_tsv(path: Path, header: list[str], rows: list[list[str]]) -> None:
    ids = [r[0] for r in rows]
    dupes = {i for i in ids if ids.count(i) > 1}
    if dupes:
        raise SystemExit(f"{path.name}: duplicate kb_id {sorted(dupes)}")
    with open(path, "w", encoding="utf-8", newline="\n") as f:
        f.write("\t".join(header) + "\n")
        for r in rows:
            f.write("\t".join(c.replace("\t", " ").replace("\n", " ") for c in r) + "\n")


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--shared", type=Path, default=DEFAULT_SHARED)
    ap.add_argument("--out", type=Path, default=DEFAULT_OUT)
    args = ap.parse_args()
    args.out.mkdir(parents=True, exist_ok=True)
    pols, given = build_politicians(args.shared)
    given |= {(n, "m") for n in GIVEN_M} | {(n, "f") for n in GIVEN_F}
    write_tsv(args.out / "kb_politicians.tsv", ["kb_id", "label", "name_ky", "name_ru",
              "name_en", "gender", "roles", "party", "aliases", "leads"], pols)
    write_tsv(args.out / "kb_parties.tsv", ["kb_id", "label", "name_ky", "name_ru", "name_en",
              "ambiguous", "norm", "aliases"], build_parties(args.shared))
    write_tsv(args.out / "kb_places.tsv", ["kb_id", "label", "kind", "name_ky", "name_ru",
              "name_en", "parent", "aliases"], build_places(args.shared))
    names = sorted(given)
    with open(args.out / "given_names.tsv", "w", encoding="utf-8", newline="\n") as f:
        f.write("name\tgender\n")
        for name, gender in names:
            f.write(f"{name}\t{gender}\n")
    print(f"wrote {len(pols)} politicians, given names {len(names)} to {args.out}")


if __name__ == "__main__":
    main()
