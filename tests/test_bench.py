"""The benchmark's bookkeeping: the corpus it builds, how it times a quick configuration, how it checks
targets. Speed itself is never asserted here: ``conflict-ie bench`` measures it, as ratios in one run."""
from __future__ import annotations

import itertools

import pytest

from pipeline import bench


class FakeClock:
    """``time.perf_counter`` that moves by ``step`` seconds on every reading."""

    def __init__(self, step: float):
        self.now, self.step = 0.0, step

    def __call__(self) -> float:
        self.now += self.step
        return self.now


@pytest.mark.parametrize("step, min_seconds, passes", [
    (1.0, 0.0, 1),     # one pass when no minimum is asked for
    (1.0, 2.5, 3),     # 3 items a pass, a reading per item: passes until 2.5 s have gone by
    (10.0, 5.0, 1),    # a slow pass already lasts longer than the minimum
])
def test_a_quick_configuration_goes_through_whole_passes_until_the_minimum_time(monkeypatch, step, min_seconds,
                                                                                passes):
    monkeypatch.setattr(bench.time, "perf_counter", FakeClock(step))
    items = ["a", "b", "c"]
    timed = bench._Passes(items, min_seconds)
    read = list(timed)
    assert timed.count == passes
    assert read == items * passes  # whole passes, in order: every text is read as often as every other


def test_a_round_reads_every_text_of_its_slice_and_counts_every_pass():
    texts = bench.build_corpus(12, 0)[:12]
    runner = bench._Runner("rules")
    runner.warm(texts)
    result = runner.round(texts, min_seconds=0.0)
    assert result["passes"] == 1 and result["words"] == sum(len(text.split()) for text in texts)
    assert result["seconds"] > 0 and set(runner.close()) == {"peak_memory_mb", "peak_child_memory_mb"}


@pytest.mark.parametrize("count, rounds, sizes", [(10, 3, [4, 3, 3]), (6, 6, [1] * 6), (5, 1, [5])])
def test_the_corpus_is_cut_in_consecutive_slices(count, rounds, sizes):
    items = list(range(count))
    slices = bench._slices(items, rounds)
    assert [len(part) for part in slices] == sizes and sum(slices, []) == items


def test_configurations_read_the_same_slices_in_turn_in_their_own_processes():
    report = bench.run(8, 0, 0, configs=("baseline", "rules"), min_seconds=0.0, rounds=2)
    baseline, rules = report["configs"]["baseline"], report["configs"]["rules"]
    assert baseline["words"] == rules["words"] and baseline["rounds"] == rules["rounds"] == 2
    assert rules["speed_vs_baseline"] == pytest.approx(rules["words_per_second"] / baseline["words_per_second"],
                                                      rel=0.01)
    # each measured in its own process (whose high-water mark starts at the spawning process's size, so the
    # two are not compared here, inside a test process that has loaded everything)
    assert baseline["peak_memory_mb"] > 0 and rules["peak_memory_mb"] > 0


def test_the_corpus_is_the_projects_own_articles_repeated_to_both_minimums():
    texts = bench.build_corpus(40, 20_000)
    originals = {path.read_text(encoding="utf-8") for path in bench.CORPUS.glob("*.txt")}
    assert len(texts) >= 40 and sum(len(text.split()) for text in texts) >= 20_000
    assert set(texts) <= originals
    assert texts == bench.build_corpus(40, 20_000)  # the same texts in the same order for every configuration


def test_targets_are_checked_in_their_direction():
    report = {"configs": {"full": {"speed_vs_baseline": 0.9, "memory_vs_baseline": 1.4},
                          "rules": {"speed_vs_baseline": 9.9}},
              "scaling": {"time_ratio": 10.0}}
    checks = bench._check(report)
    assert checks["full"]["met"] and not checks["rules"]["met"]
    assert not checks["memory_full_over_baseline"]["met"]  # an upper bound, passed over
    assert checks["scaling_10x_time"]["met"]
    assert "startup_full_warm" not in checks  # not measured, not judged


def test_an_empty_corpus_is_one_empty_pass_whatever_the_minimum():
    timed = bench._Passes([], 3600.0)
    assert list(itertools.islice(timed, 1)) == [] and timed.count == 1
