"""The scorer on hand-made gold/prediction pairs whose answers are known."""
import pandas as pd
import pytest

from pipeline import cli, evaluation, output, schema


@pytest.fixture(scope="module")
def normalize():
    return evaluation.Normalizer()


def frame(table, rows, optional=None):
    data = table.conform(pd.DataFrame(rows, columns=list(table.columns)))
    if optional is not None:
        data[schema.OPTIONAL] = optional
    return data


def test_alias_match_duplicate_and_miss(normalize):
    gold = frame(schema.ACTORS, [("d", "United Nations", "ORGANIZATION", "", "", 1),
                                 ("d", "Joe Biden", "PERSON", "USA", "President", 2)])
    pred = frame(schema.ACTORS, [("d", "UN", "ORGANIZATION", "", "", 1),            # alias: a hit
                                 ("d", "U.N.", "ORGANIZATION", "", "", 1),          # same item again: FP
                                 ("d", "Hamas", "ARMED_GROUP", "PSE", "", 1)])      # not in gold: FP
    result = evaluation.score_table("actors", gold, pred, normalize)
    assert (result["tp"], result["fp"], result["fn"]) == (1, 2, 1)
    assert [e["kind"] for e in result["errors"]] == ["duplicate", "false positive", "miss"]


def test_optional_items_are_neither_credited_nor_charged(normalize):
    gold = frame(schema.LOCATIONS, [("d", "Kyiv", "CITY", "UKR", 50.45, 30.52, 1),
                                    ("d", "Ukraine", "COUNTRY", "UKR", None, None, 1)],
                 optional=["false", "true"])
    with_optional = frame(schema.LOCATIONS, [("d", "Kyiv", "CITY", "UKR", 50.45, 30.52, 1),
                                             ("d", "Ukraine", "COUNTRY", "UKR", None, None, 1)])
    without = with_optional.iloc[:1]
    for pred in (with_optional, without):
        result = evaluation.score_table("locations", gold, pred, normalize)
        assert (result["tp"], result["fp"], result["fn"]) == (1, 0, 0)


def test_attribute_accuracy_on_matched_rows(normalize):
    gold = frame(schema.CASUALTIES, [("d", 12000, "over", "killed", "civilians", "United Nations", "x"),
                                     ("d", 0, "exact", "killed_or_injured", "", "Russia", "y")])
    pred = frame(schema.CASUALTIES, [("d", 12000, "exact", "killed", "civilians", "UN", "x"),
                                     ("d", 0, "exact", "killed_or_injured", "", "", "y")])
    result = evaluation.score_table("casualties", gold, pred, normalize)
    assert (result["tp"], result["fp"], result["fn"]) == (2, 0, 0)
    assert result["attributes"] == {"qualifier": [1, 2], "group": [2, 2], "source": [1, 2]}


def test_ranges_match_on_rounded_value_and_weapon(normalize):
    gold = frame(schema.RANGES, [("d", 300.0, "up_to", "weapon_range", "ATACMS", "up to 300 km")])
    pred = frame(schema.RANGES, [("d", 300.04, "up_to", "weapon_range", "MGM-140", "300 km"),
                                 ("d", 300.0, "up_to", "weapon_range", "", "300 km")])
    result = evaluation.score_table("ranges", gold, pred, normalize)
    assert (result["tp"], result["fp"], result["fn"]) == (1, 1, 0)


def test_empty_tables_score_perfectly_and_missing_predictions_score_zero(normalize):
    empty = schema.DATES.empty()
    gold = frame(schema.DATES, [("d", "2024-11-19", "day", "November 19", 1)])
    assert evaluation._prf_counts(evaluation.score_table("dates", empty, empty, normalize))["f1"] == 1.0
    missed = evaluation.score_table("dates", gold, empty, normalize)
    assert (missed["tp"], missed["fn"], evaluation._prf_counts(missed)["f1"]) == (0, 1, 0.0)


def test_mentions_strict_and_partial():
    gold = frame(schema.MENTIONS, [("d", 0, 7, "ACTOR", "Ukraine", "Ukraine"),
                                   ("d", 20, 40, "RANGE", "up to 300 kilometers", "300")])
    pred = frame(schema.MENTIONS, [("d", 0, 7, "ACTOR", "Ukraine", "Ukraine"),
                                   ("d", 26, 40, "RANGE", "300 kilometers", "300")])
    scores = evaluation.score_mentions(gold, pred)
    assert scores["labels"]["ACTOR"]["strict"]["f1"] == 1.0
    assert scores["labels"]["RANGE"]["strict"]["f1"] == 0.0
    assert scores["labels"]["RANGE"]["partial"]["f1"] == 0.5


def test_evaluate_command_on_folders(tmp_path, capsys):
    gold_doc = tmp_path / "gold" / "a"
    tables = {t.name: t.empty() for t in schema.TABLES.values()}
    tables["weapons"] = frame(schema.WEAPONS, [("a", "ATACMS", "system", "ballistic missile", "USA", 300.0, 1),
                                               ("a", "Kinzhal", "system", "hypersonic missile", "RUS", 2000.0, 1)])
    output.write_tables(tables, gold_doc)  # missing gold tables would read as empty too
    (gold_doc / "dates.csv").unlink()
    pred = dict(tables, weapons=tables["weapons"].iloc[:1])
    output.write_tables(pred, tmp_path / "pred")
    assert cli.main(["evaluate", "--gold", str(tmp_path / "gold"), "--pred", str(tmp_path / "pred")]) == 0
    assert "weapons" in capsys.readouterr().out
    assert (tmp_path / "pred" / "metrics.json").exists() and (tmp_path / "pred" / "report.md").exists()
    report = evaluation.evaluate_folders(tmp_path / "gold", tmp_path / "pred")
    assert report["tables"]["weapons"]["recall"] == 0.5 and report["micro"]["f1"] == pytest.approx(2 / 3)
    assert cli.main(["evaluate", "--gold", str(tmp_path / "gold"), "--pred", str(tmp_path / "pred"),
                     "--min-f1", "0.9"]) == 1
