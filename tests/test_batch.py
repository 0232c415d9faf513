"""Batch runs on real folders: bad inputs, resuming after kill -9, workers, Dask, DuckDB and Parquet."""
import json
import os
import shutil
import signal
import subprocess
import sys
import time
from pathlib import Path

import duckdb
import pandas as pd
import pytest

from pipeline import batch, cli, output, schema

CORPUS = Path(__file__).resolve().parent.parent / "corpus" / "articles"
RULES = batch.Settings("rules")


def comparable(tables):
    """Tables without the one column that measures time."""
    return {name: frame.drop(columns="seconds") if name == "documents" else frame for name, frame in tables.items()}


def assert_same_tables(left, right):
    left, right = comparable(left), comparable(right)
    for name in schema.OUTPUT_TABLES:
        pd.testing.assert_frame_equal(left[name], right[name], obj=name)


@pytest.fixture(scope="module")
def many_articles(tmp_path_factory):
    """48 distinct articles in nested folders, made from the corpus with an edition line each."""
    root = tmp_path_factory.mktemp("many")
    sources = sorted(CORPUS.glob("*.txt"))
    for i in range(48):
        source = sources[i % len(sources)]
        target = root / f"batch{i % 3}" / f"{i:03d}_{source.stem[:20]}.txt"
        target.parent.mkdir(exist_ok=True)
        target.write_text(source.read_text(encoding="utf-8") + f"\nEdition {i}.\n", encoding="utf-8")
        meta = source.with_name(source.stem + ".meta.json")
        shutil.copy(meta, target.with_name(target.stem + ".meta.json"))
    return root


@pytest.fixture
def messy(tmp_path):
    root = tmp_path / "messy"
    root.mkdir()
    good = (CORPUS / "006_djibo_jnim_attack.txt").read_text(encoding="utf-8")
    (root / "good.txt").write_text(good, encoding="utf-8")
    (root / "good.meta.json").write_text(json.dumps({"published": "2025-05-14"}))
    (root / "copy_of_good.txt").write_text(good, encoding="utf-8")
    (root / "copy_of_good.meta.json").write_text(json.dumps({"published": "2025-05-14"}))  # a true duplicate
    (root / "no_meta.md").write_text("# Strike\nRussia fired Kinzhal missiles at Kyiv on Tuesday.", encoding="utf-8")
    (root / "latin1.txt").write_bytes("Des frappes ont touché Kharkiv, a déclaré Zelensky.".encode("latin-1"))
    (root / "page.html").write_text(
        "<html><head><title>x</title><script>var a=1;</script></head><body><nav>Home | World</nav><article>"
        "<h1>Houthis fire at tanker</h1><p>The Houthis fired an anti-ship missile at a tanker in the Red Sea "
        "on Monday, the US Central Command said. No one was hurt, and the vessel continued its voyage toward "
        "the Suez Canal after the attack near the port of Hodeidah.</p></article></body></html>",
        encoding="utf-8")
    (root / "empty.txt").write_text("", encoding="utf-8")
    (root / "binary.txt").write_bytes(bytes(range(256)) * 4)
    (root / "huge.txt").write_text("Ukraine fired drones. " * 5000, encoding="utf-8")
    (root / "bad_meta.txt").write_text("Ukraine fired drones at Moscow.", encoding="utf-8")
    (root / "bad_meta.meta.json").write_text("{published: tomorrow", encoding="utf-8")
    (root / "bad_date.txt").write_text("Ukraine fired drones at Belgorod.", encoding="utf-8")
    (root / "bad_date.meta.json").write_text(json.dumps({"published": "19/11/2024"}), encoding="utf-8")
    (root / "=formula.txt").write_text("Hamas fired rockets at Ashkelon.", encoding="utf-8")
    return root


def test_bad_inputs_never_stop_a_batch(messy, tmp_path, capsys):
    out = tmp_path / "out"
    code = cli.main(["extract", str(messy), "--out", str(out), "--model", "rules", "--max-chars", "50000"])
    assert code == 0
    documents = output.read_tables(out)["documents"].set_index("doc_id")
    status = documents["status"].to_dict()
    assert status == {"=formula": "ok", "bad_date": "error", "bad_meta": "error", "binary": "error",
                      "copy_of_good": "ok", "empty": "error", "good": "skipped", "huge": "error",
                      "latin1": "ok", "no_meta": "ok", "page": "ok"}
    for doc_id in ("bad_date", "bad_meta", "binary", "empty", "huge"):
        assert doc_id in documents.loc[doc_id, "error"]  # the message names the file
    assert "same content as copy_of_good" in documents.loc["good", "error"]
    assert documents.loc["no_meta", "published"] == ""
    err = capsys.readouterr().err
    assert "5 error(s)" in err and "1 skipped" in err
    tables = output.read_tables(out)
    assert "Houthis" in set(tables["actors"].query("doc_id == 'page'")["name"])
    assert "Kinzhal" in set(tables["weapons"].query("doc_id == 'no_meta'")["name"])
    assert "Zelensky" in " ".join(tables["actors"].query("doc_id == 'latin1'")["name"])


def test_strict_exit_code_and_missing_folder(messy, tmp_path, capsys):
    assert cli.main(["extract", str(messy), "--out", str(tmp_path / "o"), "--model", "rules", "--strict",
                     "--quiet"]) == 1
    assert cli.main(["extract", str(tmp_path / "absent"), "--out", str(tmp_path / "o2"), "--model", "rules"]) == 2
    assert "absent" in capsys.readouterr().err


def test_csv_cells_cannot_become_formulas(messy, tmp_path):
    out = tmp_path / "out"
    cli.main(["extract", str(messy), "--out", str(out), "--model", "rules", "--quiet"])
    raw = (out / "documents.csv").read_text(encoding="utf-8")
    assert "\n'=formula," in raw and "\n=formula," not in raw
    assert "=formula" in set(output.read_tables(out)["documents"]["doc_id"])


def test_unreadable_file_is_an_error_row(messy, tmp_path, monkeypatch):
    real = Path.read_bytes

    def read_bytes(path):
        if path.name == "good.txt":
            raise PermissionError(13, "Permission denied")
        return real(path)

    monkeypatch.setattr(Path, "read_bytes", read_bytes)
    summary = batch.run(messy, tmp_path / "out", RULES)
    documents = output.read_tables(tmp_path / "out")["documents"].set_index("doc_id")
    assert documents.loc["good", "status"] == "error"
    assert "good.txt: cannot be read" in documents.loc["good", "error"]
    assert documents.loc["copy_of_good", "status"] == "ok"
    assert len(summary.errors) == 5  # bad_date, bad_meta, binary, empty, good


def test_rerun_appends_only_new_articles(many_articles, tmp_path):
    source = tmp_path / "growing"
    shutil.copytree(many_articles / "batch0", source)
    out = tmp_path / "out"
    first = batch.run(source, out, RULES)
    (source / "new.txt").write_text("Israel struck Hezbollah positions near Tyre on Sunday.", encoding="utf-8")
    second = batch.run(source, out, RULES)
    assert (first.processed, second.processed, second.unchanged) == (16, 1, 16)
    again = batch.run(source, out, RULES)
    assert (again.processed, again.unchanged) == (0, 17)
    assert "new" in set(output.read_tables(out)["documents"]["doc_id"])


def test_killed_run_resumes_to_the_tables_of_a_clean_run(many_articles, tmp_path):
    clean = tmp_path / "clean"
    batch.run(many_articles, clean, RULES, chunk_size=4)
    out = tmp_path / "killed"
    command = [sys.executable, "-m", "pipeline", "extract", str(many_articles), "--out", str(out), "--model",
               "rules", "--quiet"]
    process = subprocess.Popen(command, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    parts = out / batch.STATE_DIR / "parts"
    deadline = time.time() + 120
    while time.time() < deadline and process.poll() is None:
        if parts.exists() and any(p.name.isdigit() for p in parts.iterdir()):
            break
        time.sleep(0.01)
    os.kill(process.pid, signal.SIGKILL)
    process.wait()
    assert process.returncode == -signal.SIGKILL, "the run finished before it could be killed"
    assert not (out / "documents.csv").exists()
    subprocess.run(command, check=True)
    assert_same_tables(output.read_tables(clean), output.read_tables(out))


def test_workers_do_not_change_the_tables(many_articles, tmp_path):
    batch.run(many_articles, tmp_path / "one", RULES, workers=1)
    batch.run(many_articles, tmp_path / "two", RULES, workers=2)
    assert_same_tables(output.read_tables(tmp_path / "one"), output.read_tables(tmp_path / "two"))


def test_dask_engine_gives_the_local_tables(many_articles, tmp_path):
    batch.run(many_articles / "batch1", tmp_path / "local", RULES)
    batch.run(many_articles / "batch1", tmp_path / "dask", RULES, engine="dask", workers=2)
    assert_same_tables(output.read_tables(tmp_path / "local"), output.read_tables(tmp_path / "dask"))


def test_parquet_and_duckdb_read_back_equal_to_csv(many_articles, tmp_path):
    source = many_articles / "batch2"
    batch.run(source, tmp_path / "csv", RULES, duckdb_path=tmp_path / "tables.duckdb")
    batch.run(source, tmp_path / "parquet", RULES, fmt="parquet")
    from_csv = output.read_tables(tmp_path / "csv")
    assert_same_tables(from_csv, output.read_tables(tmp_path / "parquet"))
    with duckdb.connect(str(tmp_path / "tables.duckdb"), read_only=True) as con:
        from_db = {name: table.conform(con.execute(f'SELECT * FROM "{name}"').df())
                   for name, table in schema.OUTPUT_TABLES.items()}
    assert_same_tables(from_csv, from_db)
    assert len(from_csv["documents"]) == 16 and len(from_csv["actors"]) > 50
