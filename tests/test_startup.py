"""Start-up: compiled knowledge is cached per version of ``models/``, safely, and unused libraries stay unloaded.

Speed itself is measured by ``conflict-ie bench`` (cold and warm start against spaCy's own load time),
not here; these tests pin the behaviour that makes it fast and keeps it right.
"""
import json
import shutil
import subprocess
import sys
from pathlib import Path

import pytest

import pipeline
from pipeline import cache

MODELS = Path(__file__).resolve().parent.parent / "models"
TEXT = "Russia fired Kinzhal missiles at Kyiv on Tuesday, killing at least 12 civilians, Ukraine's air force said."


@pytest.fixture
def cache_dir(tmp_path, monkeypatch):
    folder = tmp_path / "cache"
    monkeypatch.setenv(cache.CACHE_ENV, str(folder))
    return folder


def run_python(code, *args, env=None):
    done = subprocess.run([sys.executable, "-c", code, *map(str, args)], capture_output=True, text=True, env=env)
    assert done.returncode == 0, done.stderr
    return done.stdout


def test_an_entry_is_built_once_then_read(cache_dir):
    calls = []

    def build():
        calls.append(1)
        return {"answer": 42}

    assert cache.compiled("demo", "k1", build) == {"answer": 42}
    assert cache.compiled("demo", "k1", build) == {"answer": 42}
    assert len(calls) == 1
    cache.compiled("demo", "k2", build)  # another key: built again
    assert len(calls) == 2


def test_a_damaged_entry_is_rebuilt(cache_dir, caplog):
    cache.compiled("demo", "k", lambda: [1, 2, 3])
    (entry,) = cache_dir.glob("demo-k.pickle")
    entry.write_bytes(entry.read_bytes()[:5])  # truncated, as a full disk would leave it
    assert cache.compiled("demo", "k", lambda: [1, 2, 3]) == [1, 2, 3]
    assert "unreadable cache entry" in caplog.text
    assert cache.compiled("demo", "k", lambda: pytest.fail("read, not rebuilt")) == [1, 2, 3]


def test_an_unusable_cache_folder_costs_speed_not_results(tmp_path, monkeypatch, caplog):
    blocker = tmp_path / "a-file"
    blocker.write_text("not a folder")
    monkeypatch.setenv(cache.CACHE_ENV, str(blocker / "cache"))
    assert cache.compiled("demo", "k", lambda: "built") == "built"
    assert "not writable" in caplog.text
    monkeypatch.setenv(cache.CACHE_ENV, "off")
    assert cache.directory() is None and cache.compiled("demo", "k", lambda: "again") == "again"


def test_old_entries_of_a_kind_are_pruned(cache_dir):
    for number in range(cache.KEEP_PER_KIND + 4):
        cache.compiled("demo", f"k{number}", lambda: number)
    cache.compiled("other", "k", lambda: 0)
    assert len(list(cache_dir.glob("demo-*"))) == cache.KEEP_PER_KIND + 1
    assert len(list(cache_dir.glob("other-*"))) == 1


def test_cold_and_warm_starts_give_the_same_tables(cache_dir):
    code = ("import sys, pipeline; nlp = pipeline.load('rules'); "
            "t = pipeline.extract(sys.argv[1], nlp=nlp, published='2024-11-19'); "
            "print({n: f.to_dict('records') for n, f in t.items()})")
    cold = run_python(code, TEXT)
    entries = sorted(p.name for p in cache_dir.iterdir())
    assert any(name.startswith("ruler-") for name in entries) and any(name.endswith(".sqlite") for name in entries)
    warm = run_python(code, TEXT)
    assert warm == cold and "Kinzhal" in warm
    assert sorted(p.name for p in cache_dir.iterdir()) == entries  # read, nothing rebuilt


def test_processes_starting_together_share_one_whole_cache(cache_dir):
    code = ("import sys, pipeline; nlp = pipeline.load('rules'); "
            "print(sorted(pipeline.extract(sys.argv[1], nlp=nlp)['weapons']['name']))")
    starts = [subprocess.Popen([sys.executable, "-c", code, TEXT], stdout=subprocess.PIPE, stderr=subprocess.PIPE,
                               text=True) for _ in range(4)]
    outputs = [process.communicate() for process in starts]
    assert [process.returncode for process in starts] == [0, 0, 0, 0], [err for _, err in outputs]
    assert {out for out, _ in outputs} == {"['Kinzhal']\n"}
    assert not list(cache_dir.glob(".*.tmp"))
    for entry in cache_dir.glob("*.pickle"):  # every entry is whole
        assert cache.compiled(entry.name.rsplit("-", 1)[0], entry.stem.rsplit("-", 1)[1],
                              lambda: pytest.fail(f"{entry.name} unreadable")) is not None


def test_editing_a_knowledge_file_rebuilds_what_depends_on_it(cache_dir, tmp_path):
    models = tmp_path / "models"
    shutil.copytree(MODELS, models)
    text = "The army fired a Zarnitsa-9 at the depot."
    before = pipeline.extract(text, nlp=pipeline.load("rules", str(models)))
    assert before["weapons"].empty
    with open(models / "weapons.jsonl", "a", encoding="utf-8") as handle:
        handle.write(json.dumps({"id": "Zarnitsa-9", "aliases": [], "ambiguous": [], "category": "ballistic missile",
                                 "origin": "RUS", "nominal_range_km": 500}) + "\n")
    after = pipeline.extract(text, nlp=pipeline.load("rules", str(models)))
    assert after["weapons"][["name", "category", "origin"]].values.tolist() == [
        ["Zarnitsa-9", "ballistic missile", "RUS"]]


@pytest.mark.parametrize("model", ["rules", pipeline.STATISTICAL_MODEL])
def test_a_run_loads_no_library_it_does_not_use(tmp_path, model):
    article = tmp_path / "one.txt"
    article.write_text(TEXT + " The Kinzhal can travel up to 2,000 kilometers. Strikes eased over the winter, "
                       "and a quarter of the city still has no power.", encoding="utf-8")
    code = ("import sys; from pipeline import cli; cli.main(['extract', sys.argv[1], '--model', sys.argv[2], "
            "'--published', '2024-11-19']); "
            "print(sorted(m for m in ('pandas', 'quantulum3', 'dateparser', 'dask', 'duckdb', 'trafilatura', "
            "'pyarrow', 'nervaluate') if m in sys.modules))")
    output = run_python(code, article, model)
    assert "Kinzhal" in output and "2000" in output  # the tables were printed ...
    assert output.strip().splitlines()[-1] == "[]"  # ... with none of these imported


def test_cache_command_lists_and_clears(cache_dir, capsys):
    from pipeline import cli

    cache.compiled("demo", "k", lambda: 1)
    assert cli.main(["cache"]) == 0
    assert str(cache_dir) in capsys.readouterr().out
    assert cli.main(["cache", "--clear"]) == 0
    assert list(cache_dir.iterdir()) == []


def test_the_benchmark_says_where_a_warm_start_goes(cache_dir):
    """``conflict-ie bench`` breaks a warm start into spaCy's import, the pipeline and the article, so a
    missed start-up target on another machine shows which part grew (the figures themselves are bench's)."""
    from pipeline import bench

    pipeline.load(pipeline.RULES)  # warm the cache this test points to
    phases = bench._phases(sys.executable, "rules", cache_dir, 1)
    assert set(phases) == {"import spacy", "pipeline", "article"}
    assert all(value > 0 for value in phases.values())
    assert set(bench._phases(sys.executable, "baseline", cache_dir, 1)) == set(phases)
