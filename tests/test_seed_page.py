"""The whole seed page (read from ../shared, never copied): invariants and key facts."""
import kgner


def test_seed_page_invariants_and_facts(seed_text):
    ex = kgner.extract(seed_text)
    for e in ex:
        assert seed_text[e.start:e.end] == e.text
    ends = [e.end for e in ex]
    assert all(a.end <= b.start for a, b in zip(ex, list(ex)[1:]))
    stations = {e.norm for e in ex.by_label("POLLING_STATION")}
    assert {"1047", "1053", "1127", "1142", "1219", "1328", "5324"} <= stations
    assert not {"67", "84", "6"} & stations  # school numbers and a count
    times = {e.norm for e in ex.by_label("TIME")}
    assert {"08:00", "08:20", "08:39", "12:15", "18:18", "20:00"} <= times
    percents = {e.norm for e in ex.by_label("PERCENT")}
    assert {"9.17", "16.27", "22.39"} <= percents
    assert "2021-11-28" in {e.norm for e in ex.by_label("DATE")}
    assert ends
