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


def test_the_rate_counts_every_pass():
    texts = bench.build_corpus(12, 0)[:12]
    result = bench.measure("rules", texts, min_seconds=0.0)
    assert result["passes"] == 1
    assert result["words"] == sum(len(text.split()) for text in texts)
    assert result["words_per_second"] == pytest.approx(result["words"] / result["seconds"], rel=0.05)


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
