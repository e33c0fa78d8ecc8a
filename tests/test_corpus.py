"""The gold corpus: its validator, its files and its splits."""
import json
from pathlib import Path

import pytest

from kgner.corpus import CorpusError, check_file, load_rows, validate_row

GOLD = Path(__file__).resolve().parents[1] / "corpus" / "gold"


def test_validator_rejects_bad_rows():
    row = {"text": "саат 08:00дө №1053", "entities": [
        {"label": "TIME", "start": 0, "end": 10, "text": "саат 08:00", "norm": "8:00"},
        {"label": "STATION", "start": 13, "end": 18, "text": "№1053", "norm": "1053"},
        {"label": "POLLING_STATION", "start": 12, "end": 18, "text": "№1053", "norm": "1053"},
        {"label": "PERCENT", "start": 5, "end": 7, "text": "08", "norm": "8,0"},
    ]}
    problems = " | ".join(validate_row(row))
    assert "malformed norm '8:00'" in problems
    assert "unknown label" in problems
    assert "offsets do not match" in problems
    assert "overlaps" in problems
    assert "malformed norm '8,0'" in problems


def test_validator_accepts_a_good_row():
    row = {"text": "саат 08:00дө", "entities": [
        {"label": "TIME", "start": 0, "end": 10, "text": "саат 08:00", "norm": "08:00"}]}
    assert validate_row(row) == []


@pytest.mark.parametrize("split", ["train", "dev", "test"])
def test_gold_files_are_valid(split, shared_root):
    assert check_file(GOLD / f"{split}.jsonl", shared_root) == []


def test_splits_never_share_a_source(shared_root):
    sources = {}
    for split in ("train", "dev", "test"):
        for row in map(json.loads, open(GOLD / f"{split}.jsonl", encoding="utf-8")):
            assert sources.setdefault(row["source"], split) == split, row["id"]


def test_third_party_text_is_stand_off():
    for split in ("train", "dev", "test"):
        for row in map(json.loads, open(GOLD / f"{split}.jsonl", encoding="utf-8")):
            if row["id"].startswith(("seed-", "24kg-")):
                assert "text" not in row and "ref" in row


def test_missing_root_is_a_clear_error(tmp_path):
    with pytest.raises(CorpusError, match="corpus root not found"):
        list(load_rows(GOLD / "dev.jsonl", tmp_path / "nowhere"))


def test_second_annotation_of_the_test_facts_resolves_and_agrees_on_party_results(shared_root):
    """The blind second annotation (`corpus/facts/agreement/`) resolves against the gold
    entities, and agrees with the gold on the party results it was made to check."""
    import sys
    facts_dir = Path(__file__).resolve().parents[1] / "corpus" / "facts"
    sys.path.insert(0, str(facts_dir))
    from agreement import agreement, build
    from kgner.facts.evaluate import load_gold_facts
    second = {r["id"]: r["facts"] for r in build("test", [facts_dir / "agreement" / "test-second.txt"], str(shared_root))}
    first, second_n, both = agreement(load_gold_facts(facts_dir / "test.jsonl"), second)["PartyResult"]
    assert first == 50 and both / first >= 0.9 and both / second_n >= 0.9
