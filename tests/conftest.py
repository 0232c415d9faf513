"""Shared pipelines: built once per test session (building reads every knowledge file)."""
from __future__ import annotations

import pytest

import pipeline


@pytest.fixture(scope="session")
def nlp():
    """The full pipeline: statistical model plus rulers."""
    return pipeline.load()


@pytest.fixture(scope="session")
def rules_nlp():
    """The rules-only pipeline."""
    return pipeline.load(pipeline.RULES)


@pytest.fixture(scope="session", params=["model", "rules"])
def any_nlp(request, nlp, rules_nlp):
    """Both modes, for behaviour that must hold with and without the statistical model."""
    return nlp if request.param == "model" else rules_nlp


def rows(nlp, text: str, table: str, published: str = "2024-11-19") -> list[dict]:
    """The rows of one table for one text, as plain dicts without doc_id."""
    frame = pipeline.extract(text, nlp=nlp, published=published)[table].drop(columns="doc_id")
    return frame.astype(object).where(frame.notna(), None).to_dict("records")
