"""The scorer on small hand-made cases with known answers."""
import pytest

from kgner.evaluate import Report, Span, match, score_document


def S(label, start, end, norm=""):
    return Span(label, start, end, norm)


def test_lenient_and_strict():
    gold = [S("POLITICIAN", 0, 13, "Садыр Жапаров")]
    pred = [S("POLITICIAN", 6, 13, "Жапаров")]
    counts = score_document(gold, pred)
    assert counts["POLITICIAN"].lenient == 1 and counts["POLITICIAN"].strict == 0
    assert counts["POLITICIAN"].norm_ok == 0


def test_numeric_labels_need_equal_norms():
    gold = [S("TIME", 0, 5, "08:20")]
    assert score_document(gold, [S("TIME", 0, 5, "08:02")])["TIME"].lenient == 0
    assert score_document(gold, [S("TIME", 0, 5, "08:20")])["TIME"].strict == 1


def test_label_must_match_but_per_merges():
    gold = [S("POLITICIAN", 0, 7)]
    counts = score_document(gold, [S("PERSON", 0, 7)])
    assert counts["POLITICIAN"].lenient == 0 and counts["PERSON"].pred == 1
    assert counts["PER"].lenient == 1 and counts["PER"].gold == 1


def test_one_to_one_matching():
    gold = [S("LOCATION", 0, 10)]
    pred = [S("LOCATION", 0, 4), S("LOCATION", 5, 10)]
    assert len(match(gold, pred, strict=False)) == 1


def test_report_precision_recall_f1():
    report = Report("x")
    report.add(score_document([S("TIME", 0, 5, "08:00"), S("TIME", 10, 15, "09:00")],
                              [S("TIME", 0, 5, "08:00"), S("TIME", 20, 25, "10:00"),
                               S("TIME", 30, 35, "11:00")]))
    row = report.table()["TIME"]
    assert row["gold"] == 2 and row["pred"] == 3
    assert row["precision"] == pytest.approx(1 / 3)
    assert row["recall"] == pytest.approx(1 / 2)
    assert row["f1"] == pytest.approx(0.4)
    assert report.table()["micro(core)"]["f1"] == pytest.approx(0.4)
