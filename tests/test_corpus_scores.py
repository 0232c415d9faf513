"""Extraction quality on the annotated corpus, as `make eval` measures it: a guard against regressions.

The thresholds are the project's targets (seed >= 0.95, development corpus >= 0.85 micro F1, wire-format
articles >= 0.85), not the figures of the day, so ordinary rule work does not trip them while a real
regression does.
"""
from pathlib import Path

import pytest

import pipeline
from pipeline import evaluation, tables
from pipeline.articles import discover, read

ROOT = Path(__file__).resolve().parent.parent / "corpus"


@pytest.fixture(scope="module")
def report(nlp):
    articles = [read(doc_id, path) for doc_id, path in discover(ROOT / "articles")]
    predicted = tables.frames(rows for _, rows in pipeline.process(nlp, articles))
    return evaluation.evaluate(evaluation.load_gold(ROOT / "gold"), predicted, evaluation.Normalizer(),
                               evaluation.read_splits(ROOT / "articles"))


def test_seed_article_meets_its_target(report):
    assert report["splits"]["seed"]["f1"] >= 0.95


@pytest.mark.parametrize("split", ["dev", "heldout", "wire-dev", "wire-heldout"])
def test_development_corpus_meets_its_target(report, split):
    assert report["splits"][split]["f1"] >= 0.85


def test_every_table_is_useful_on_the_corpus(report):
    assert {name: scores["f1"] >= 0.8 for name, scores in report["tables"].items()} == \
        {name: True for name in report["tables"]}
