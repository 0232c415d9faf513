"""The batch's promises to data engineers, each on a real folder: the output mirrors the input after any
rerun, one run per output folder, every input gets a row, encodings and limits, CSV escaping, and
workers that never touch the client's paths."""
import codecs
import json
import shutil
import subprocess
import sys
import time
from pathlib import Path

import pytest

from pipeline import articles, batch, cache, cli, output
from test_batch import CORPUS, RULES, assert_same_tables

KYIV = "Russia fired Kinzhal missiles at Kyiv on Tuesday, the Ukrainian air force said."
TYRE = "Israel struck Hezbollah positions near Tyre on Sunday, killing three fighters."


def documents(out: Path):
    return output.read_tables(out)["documents"].set_index("doc_id")


@pytest.fixture
def folder(tmp_path):
    """Four corpus articles with their metadata."""
    root = tmp_path / "in"
    root.mkdir()
    for source in sorted(CORPUS.glob("*.txt"))[1:5]:
        shutil.copy(source, root / source.name)
        shutil.copy(source.with_name(source.stem + ".meta.json"), root / (source.stem + ".meta.json"))
    return root


def test_rerun_after_every_kind_of_change_equals_a_clean_run(folder, tmp_path):
    out = tmp_path / "out"
    batch.run(folder, out, RULES)
    first, second, third, fourth = sorted(folder.glob("*.txt"))
    first.unlink()  # deleted
    second.rename(folder / "renamed.txt")  # renamed (its sidecar stays behind under the old name)
    third.write_text(third.read_text(encoding="utf-8") + "\n" + TYRE + "\n", encoding="utf-8")  # edited
    sidecar = fourth.with_name(fourth.stem + ".meta.json")
    sidecar.write_text(json.dumps({"published": "2021-03-04"}), encoding="utf-8")  # metadata changed
    (folder / "new.txt").write_text(KYIV, encoding="utf-8")
    (folder / "new.md").write_text(TYRE, encoding="utf-8")  # the same id as new.txt
    (folder / "fresh.txt").write_text("Ukraine fired drones at Belgorod on Monday.", encoding="utf-8")
    rerun = batch.run(folder, out, RULES)
    clean = tmp_path / "clean"
    batch.run(folder, clean, RULES)
    assert_same_tables(output.read_tables(clean), output.read_tables(out))

    found = documents(out)
    assert first.stem not in found.index and second.stem not in found.index
    assert found.loc["renamed", "status"] == found.loc["fresh", "status"] == "ok"
    assert found.loc[fourth.stem, "published"] == "2021-03-04"
    assert found.loc["new.txt", "status"] == found.loc["new.md", "status"] == "error"
    assert "same id 'new'" in found.loc["new.md", "error"] and "new" not in found.index
    assert (rerun.processed, rerun.unchanged) == (4, 0)  # renamed, edited, new metadata, fresh
    again = batch.run(folder, out, RULES)
    assert (again.processed, again.unchanged) == (0, 4)


def test_rows_written_by_other_code_are_written_again(folder, tmp_path, monkeypatch):
    """An edited checkout or an upgrade re-reads every article into an existing folder, rather than keep
    the rows the code before it wrote."""
    out = tmp_path / "out"
    batch.run(folder, out, RULES)
    monkeypatch.setattr(cache, "code_fingerprint", lambda: "the code after an edit")
    rerun = batch.run(folder, out, RULES)
    assert (rerun.processed, rerun.unchanged) == (4, 0)


def test_a_new_published_date_or_limit_reprocesses(folder, tmp_path):
    out = tmp_path / "out"
    article = sorted(folder.glob("*.txt"))[0]
    size = len(article.read_text(encoding="utf-8"))
    refused = batch.run(folder, out, batch.Settings("rules", max_chars=size - 1))
    assert documents(out).loc[article.stem, "status"] == "error"
    accepted = batch.run(folder, out, batch.Settings("rules", max_chars=size + 1))
    assert documents(out).loc[article.stem, "status"] == "ok"
    assert accepted.processed >= 1 and len(refused.errors) >= 1
    article.with_name(article.stem + ".meta.json").unlink()
    batch.run(folder, out, batch.Settings("rules", max_chars=size + 1, default_published="2019-06-01"))
    assert documents(out).loc[article.stem, "published"] == "2019-06-01"


def test_same_content_is_skipped_in_input_order_whatever_ran_before(tmp_path):
    root = tmp_path / "in"
    root.mkdir()
    (root / "b.txt").write_text(KYIV, encoding="utf-8")
    out = tmp_path / "out"
    batch.run(root, out, RULES)
    (root / "a.txt").write_text(KYIV, encoding="utf-8")  # sorts first: it is now the one processed
    batch.run(root, out, RULES)
    clean = tmp_path / "clean"
    batch.run(root, clean, RULES)
    assert_same_tables(output.read_tables(clean), output.read_tables(out))
    assert documents(out)["status"].to_dict() == {"a": "ok", "b": "skipped"}


def test_a_second_run_on_the_same_output_stops_at_once(folder, tmp_path, capsys):
    out = tmp_path / "out"
    batch.run(folder, out, RULES)
    with batch._lock(out):
        code = cli.main(["extract", str(folder), "--out", str(out), "--model", "rules", "--quiet"])
    assert code == 2
    assert "another conflict-ie run" in capsys.readouterr().err
    assert not list((out / batch.STATE_DIR / "parts").glob(".staging-*"))


def test_a_failed_part_leaves_no_staging_behind(folder, tmp_path, monkeypatch):
    import pandas as pd

    def fail(*args, **kwargs):
        raise OSError(28, "No space left on device")

    monkeypatch.setattr(pd.DataFrame, "to_parquet", fail)
    with pytest.raises(OSError):
        batch.run(folder, tmp_path / "out", RULES)
    parts = tmp_path / "out" / batch.STATE_DIR / "parts"
    assert list(parts.iterdir()) == []


def test_a_reader_that_cannot_import_costs_one_file(folder, tmp_path, monkeypatch):
    (folder / "page.html").write_text("<html><body><article><p>" + KYIV + "</p></article></body></html>",
                                      encoding="utf-8")
    for name in [name for name in sys.modules if name.startswith(("trafilatura", "justext"))]:
        monkeypatch.delitem(sys.modules, name)
    monkeypatch.setitem(sys.modules, "lxml.html.clean", None)  # as without lxml_html_clean installed
    summary = batch.run(folder, tmp_path / "out", RULES)
    found = documents(tmp_path / "out")
    assert found.loc["page", "status"] == "error"
    assert "page.html: the HTML could not be read" in found.loc["page", "error"]
    assert summary.processed == 4


def test_a_long_html_page_is_read(tmp_path):
    paragraphs = "".join(f"<div><span>{KYIV} Crews worked at site {i} through the night.</span></div>"
                         for i in range(60))
    page = tmp_path / "page.html"
    page.write_text(f"<html><body><div>{paragraphs}</div></body></html>", encoding="utf-8")
    article = articles.read("page", page)
    assert article.text.count("Kinzhal") >= 30


@pytest.mark.parametrize("encoding", ["utf-16", "utf-16-be", "utf-32", "utf-8-sig"])
def test_byte_order_marks_decide_the_encoding(tmp_path, encoding):
    path = tmp_path / "marked.txt"
    text = "Des frappes ont touché Kharkiv, a déclaré Zelensky."
    marks = {"utf-16-be": codecs.BOM_UTF16_BE}
    path.write_bytes(marks.get(encoding, b"") + text.encode(encoding))
    article = articles.read("marked", path)
    assert article.text == text and article.warning == ""


def test_mostly_utf8_keeps_its_accents_and_says_what_was_replaced(tmp_path, folder):
    text = "Des frappes ont touché Kharkiv, a déclaré Zelensky; l'armée évoque des dégâts. " * 3
    (folder / "damaged.txt").write_bytes(text.encode("utf-8") + b" Fin \xff du texte.")
    batch.run(folder, tmp_path / "out", RULES)
    row = documents(tmp_path / "out").loc["damaged"]
    assert row["status"] == "ok" and "1 byte(s) not valid UTF-8" in row["warning"] and "damaged.txt" in row["warning"]
    decoded, warning = articles.decode((folder / "damaged.txt").read_bytes(), folder / "damaged.txt")
    assert "touché" in decoded and "déclaré" in decoded and decoded.count("\ufffd") == 1
    latin = "Des frappes ont touché Kharkiv, a déclaré Zelensky.".encode("latin-1")
    assert articles.decode(latin, Path("latin.txt")) == ("Des frappes ont touché Kharkiv, a déclaré Zelensky.", "")


def test_the_length_limit_and_spacy_agree(tmp_path):
    sentence = "Ukraine fired drones at a depot. "
    path = tmp_path / "long.txt"
    path.write_text(sentence * (1_050_000 // len(sentence)), encoding="utf-8")
    task = batch.Task("long", str(path), raw=path.read_bytes())
    refused = batch.process_chunk([task], RULES)["documents"][0]
    assert refused["status"] == "error" and "--max-chars" in refused["error"] and "long.txt" in refused["error"]
    accepted = batch.process_chunk([task], batch.Settings("rules", max_chars=1_100_000))
    assert accepted["documents"][0]["status"] == "ok" and accepted["weapons"]


def test_links_loops_and_a_bad_output_folder(tmp_path, capsys):
    root = tmp_path / "in"
    root.mkdir()
    (root / "story.txt").write_text(KYIV, encoding="utf-8")
    outside = tmp_path / "private.txt"
    outside.write_text(TYRE, encoding="utf-8")
    (root / "leak.txt").symlink_to(outside)
    (root / "loop_a.txt").symlink_to(root / "loop_b.txt")
    (root / "loop_b.txt").symlink_to(root / "loop_a.txt")
    (root / "self").symlink_to(root)
    out = tmp_path / "out"
    batch.run(root, out, RULES)
    found = documents(out)
    assert found.loc["story", "status"] == "ok"
    assert found.loc["leak", "status"] == "error" and "leading out of the input folder" in found.loc["leak", "error"]
    assert all("looping" in found.loc[name, "error"] for name in ("loop_a", "loop_b"))
    assert "not followed" in found.loc["self", "error"]
    batch.run(root, out, RULES, follow_links=True)
    followed = documents(out)
    assert followed.loc["leak", "status"] == "ok" and "self" not in followed.index  # each folder once

    occupied = tmp_path / "a_file"
    occupied.write_text("x", encoding="utf-8")
    for bad in (occupied, occupied / "below"):
        assert cli.main(["extract", str(root), "--out", str(bad), "--model", "rules", "--quiet"]) == 2
        message = capsys.readouterr().err.strip().splitlines()
        assert len(message) == 1 and message[0].startswith("error: ") and str(occupied) in message[0]


def test_csv_escaping_covers_tab_return_and_the_quote_itself(tmp_path):
    root = tmp_path / "in"
    root.mkdir()
    names = ["\tTab", "\rReturn", "'Quoted", "+Plus", "Plain"]
    for index, name in enumerate(names):
        (root / f"{name}.txt").write_text(f"{KYIV} Edition {index}.", encoding="utf-8")
    out = tmp_path / "out"
    batch.run(root, out, RULES)
    raw = (out / "documents.csv").read_bytes()
    for name in names[:4]:
        assert b"'" + name.encode() in raw
    assert set(output.read_tables(out)["documents"]["doc_id"]) == set(names)
    written = tmp_path / "written"
    output.write_tables(output.read_tables(out), written)
    assert set(output.read_tables(written)["documents"]["doc_id"]) == set(names)


def test_a_worker_needs_nothing_from_the_client_folder(tmp_path):
    root = tmp_path / "in"
    root.mkdir()
    article = root / "kyiv.txt"
    article.write_text("Russia fired missiles at Kyiv on 19 November, Ukraine said.", encoding="utf-8")
    (root / "kyiv.meta.json").write_text(json.dumps({"published": "2024-11-19"}), encoding="utf-8")
    task = next(batch._tasks(articles.scan(root), {}, batch.Summary(), batch.settings_key(RULES)))
    shutil.rmtree(root)
    rows = batch.process_chunk([task], RULES)
    assert rows["documents"][0]["published"] == "2024-11-19"
    assert "2024-11-19" in {row["date"] for row in rows["dates"]}


def test_a_cluster_started_by_the_dask_commands_never_reads_the_client_folder(folder, tmp_path, monkeypatch):
    """`dask scheduler` and `dask worker --nworkers 2` as separate processes, working in a folder where the
    client's relative input path does not exist: the tables equal a local run's."""
    pytest.importorskip("distributed")
    dask_command = Path(sys.executable).with_name("dask")
    elsewhere = tmp_path / "workers"
    elsewhere.mkdir()
    address_file = tmp_path / "scheduler.json"
    logs = (tmp_path / "scheduler.log").open("w"), (tmp_path / "workers.log").open("w")
    scheduler = subprocess.Popen([str(dask_command), "scheduler", "--scheduler-file", str(address_file),
                                  "--port", "0", "--no-dashboard"], cwd=elsewhere, stdout=logs[0], stderr=logs[0])
    workers = subprocess.Popen([str(dask_command), "worker", "--scheduler-file", str(address_file),
                                "--nworkers", "2", "--nthreads", "1", "--no-dashboard"],
                               cwd=elsewhere, stdout=logs[1], stderr=logs[1])
    try:
        deadline = time.time() + 60
        while not address_file.exists() and time.time() < deadline:
            time.sleep(0.2)
        address = json.loads(address_file.read_text(encoding="utf-8"))["address"]
        from distributed import Client

        with Client(address, timeout=60) as client:
            client.wait_for_workers(2, timeout=120)
        monkeypatch.chdir(tmp_path)  # the client names its folder relatively: "in" means nothing elsewhere
        batch.run("in", tmp_path / "local", RULES)
        batch.run("in", tmp_path / "cluster", RULES, engine="dask", scheduler=address)
    finally:
        workers.terminate()
        scheduler.terminate()
        workers.wait(30)
        scheduler.wait(30)
        for log in logs:
            log.close()
    assert not (elsewhere / "in").exists()
    cluster = output.read_tables(tmp_path / "cluster")
    assert_same_tables(output.read_tables(tmp_path / "local"), cluster)
    assert (cluster["documents"]["published"] != "").all()  # metadata travelled with the articles


def collection_rows():
    return [{"id": "kyiv-1", "title": "Missiles hit Kyiv", "text": KYIV, "date_publish": "2024-11-19"},
            {"id": "tyre-1", "title": "", "text": TYRE, "date_publish": "2024-10-06"},
            {"id": "kyiv-1", "title": "", "text": "A repeated id.", "date_publish": ""},
            {"id": "bad-date", "title": "", "text": TYRE, "date_publish": "next week"}]


@pytest.mark.parametrize("suffix", [".jsonl", ".csv", ".parquet", ".jsonl.gz"])
def test_article_collections_give_one_article_per_row(tmp_path, suffix):
    import pandas as pd

    frame = pd.DataFrame(collection_rows())
    path = tmp_path / f"articles{suffix}"
    if suffix.startswith(".jsonl"):
        frame.to_json(path, orient="records", lines=True, compression="infer")
    elif suffix == ".csv":
        frame.to_csv(path, index=False)
    else:
        frame.to_parquet(path, index=False)
    out = tmp_path / "out"
    batch.run(path, out, RULES)
    found = documents(out)
    assert found.loc["kyiv-1", "published"] == "2024-11-19" and found.loc["tyre-1", "published"] == "2024-10-06"
    assert "earlier row" in found.loc["kyiv-1@3", "error"]
    assert "row 4: published must be YYYY-MM-DD" in found.loc["bad-date", "error"]
    tables = output.read_tables(out)
    assert "Kinzhal" in set(tables["weapons"].query("doc_id == 'kyiv-1'")["name"])
    again = batch.run(path, out, RULES)
    assert (again.processed, again.unchanged) == (0, 2)


def test_collection_columns_are_chosen_or_refused_by_name(tmp_path, capsys):
    import pandas as pd

    path = tmp_path / "scraped.jsonl"
    pd.DataFrame([{"url": "u1", "maintext": KYIV}]).to_json(path, orient="records", lines=True)
    out = tmp_path / "out"
    assert cli.main(["extract", str(path), "--out", str(out), "--model", "rules", "--quiet",
                     "--published", "2024-11-19"]) == 0
    assert list(documents(out).index) == ["scraped-000001"]
    assert cli.main(["extract", str(path), "--out", str(out), "--model", "rules", "--quiet", "--id-column", "url"]) == 0
    assert list(documents(out).index) == ["u1"]
    assert cli.main(["extract", str(path), "--out", str(out), "--model", "rules", "--text-column", "body"]) == 2
    assert "no column 'body' (--text-column); columns: url, maintext" in capsys.readouterr().err


def test_folders_and_collections_behind_fsspec_urls(folder, tmp_path):
    import fsspec
    import pandas as pd

    memory = fsspec.filesystem("memory")
    for path in sorted(folder.iterdir()):
        memory.pipe(f"/articles/{path.name}", path.read_bytes())
    memory.pipe("/articles/nested/extra.txt", TYRE.encode())
    try:
        batch.run("memory://articles", tmp_path / "remote", RULES)
        batch.run(folder, tmp_path / "local", RULES)
        remote, local = output.read_tables(tmp_path / "remote"), output.read_tables(tmp_path / "local")
        for name in ("actors", "locations", "weapons", "dates", "casualties"):
            pd.testing.assert_frame_equal(remote[name].query("doc_id != 'nested/extra'").reset_index(drop=True),
                                          local[name], obj=name)
        found = documents(tmp_path / "remote")
        assert found.loc["nested/extra", "status"] == "ok"
        assert found["path"].str.startswith("memory://").all() and (found["published"] != "").sum() == 4

        buffer = pd.DataFrame(collection_rows()[:2]).to_parquet(index=False)
        memory.pipe("/collections/rows.parquet", buffer)
        batch.run("memory://collections/rows.parquet", tmp_path / "rows", RULES)
        assert set(documents(tmp_path / "rows").index) == {"kyiv-1", "tyre-1"}
    finally:
        memory.rm("/articles", recursive=True)
        memory.rm("/collections", recursive=True)


def test_a_malformed_json_line_costs_its_own_row(tmp_path):
    path = tmp_path / "scraped.jsonl"
    lines = [json.dumps({"id": "kyiv", "text": KYIV}), "{broken", json.dumps("a bare string"),
             json.dumps({"id": "tyre", "text": TYRE})]
    path.write_text("\n".join(lines) + "\n", encoding="utf-8")
    out = tmp_path / "out"
    summary = batch.run(path, out, RULES)
    found = documents(out)
    assert found.loc["kyiv", "status"] == found.loc["tyre", "status"] == "ok"
    assert "row 2: not valid JSON" in found.loc["scraped@2", "error"]
    assert "row 3: a JSON str, not an object" in found.loc["scraped@3", "error"]
    assert summary.processed == 2 and len(summary.errors) == 2
