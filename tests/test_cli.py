"""The command line end to end, on real folders with good and bad files."""
import json
import subprocess
import sys

import pandas as pd
import pytest

from pipeline import cli, output, schema

ARTICLE = ("KHARTOUM — The Rapid Support Forces shelled El Fasher on Monday, killing at least 30 civilians, "
           "the United Nations said. More than 10 million people have been displaced since April 2023.")


@pytest.fixture
def folder(tmp_path):
    root = tmp_path / "articles"
    (root / "sudan").mkdir(parents=True)
    (root / "sudan" / "el_fasher.txt").write_text(ARTICLE, encoding="utf-8")
    (root / "sudan" / "el_fasher.meta.json").write_text(json.dumps({"published": "2024-06-12"}))
    (root / "latin1.txt").write_bytes("Les forces russes ont frappé Kharkiv, selon l'armée ukrainienne. "
                                      "Zelensky a réagi à Kyiv.".encode("latin-1"))
    (root / "empty.txt").write_text("   \n", encoding="utf-8")
    (root / "binary.txt").write_bytes(b"\x89PNG\r\n\x1a\n\x00\x00\x00")
    (root / "bad_meta.txt").write_text("Ukraine fired drones at Moscow.", encoding="utf-8")
    (root / "bad_meta.meta.json").write_text("{not json", encoding="utf-8")
    return root


def test_extract_folder_writes_every_table_and_reports_bad_files(folder, tmp_path, capsys):
    out = tmp_path / "out"
    assert cli.main(["extract", str(folder), "--out", str(out), "--model", "rules"]) == 0
    errors = capsys.readouterr().err
    for name in ("empty.txt", "binary.txt", "bad_meta.meta.json"):
        assert name in errors
    tables = output.read_tables(out)
    assert set(tables) == set(schema.OUTPUT_TABLES)
    assert set(tables["mentions"]["doc_id"]) == {"sudan/el_fasher", "latin1"}
    casualties = tables["casualties"].set_index("count")
    assert casualties.loc[30, "outcome"] == "killed" and casualties.loc[30, "source"] == "United Nations"
    assert tables["dates"].query("doc_id == 'sudan/el_fasher'")["date"].tolist() == ["2024-06-10", "2023-04"]


def test_strict_makes_failures_fatal(folder, tmp_path):
    assert cli.main(["extract", str(folder), "--out", str(tmp_path / "o"), "--model", "rules",
                     "--strict", "--quiet"]) == 1


def test_parquet_output_equals_csv(folder, tmp_path):
    for fmt in ("csv", "parquet"):
        cli.main(["extract", str(folder), "--out", str(tmp_path / fmt), "--format", fmt, "--model", "rules",
                  "--quiet"])
    csv_tables, parquet_tables = output.read_tables(tmp_path / "csv"), output.read_tables(tmp_path / "parquet")
    for name in schema.TABLES:
        pd.testing.assert_frame_equal(csv_tables[name], parquet_tables[name])


def test_missing_source_is_a_clear_error(tmp_path, capsys):
    assert cli.main(["extract", str(tmp_path / "nope"), "--model", "rules"]) == 2
    assert "nope" in capsys.readouterr().err


def test_module_entry_point_prints_the_tables(tmp_path):
    article = tmp_path / "one.txt"
    article.write_text(ARTICLE, encoding="utf-8")
    done = subprocess.run([sys.executable, "-m", "pipeline", "extract", str(article), "--model", "rules",
                           "--published", "2024-06-12"], capture_output=True, text=True, check=True)
    assert "Rapid Support Forces" in done.stdout and "El Fasher" in done.stdout
