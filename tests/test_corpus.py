"""The annotated corpus: every gold file is well-formed and its mentions point into the article."""
import json
from pathlib import Path

import pytest

from pipeline import output, schema

ROOT = Path(__file__).resolve().parent.parent / "corpus"
DOCS = sorted(p.name for p in (ROOT / "gold").iterdir() if p.is_dir())


def test_corpus_has_seed_and_development_articles():
    assert "000_8f0eeca2bac8cbe9" in DOCS and len(DOCS) >= 29
    splits = [json.loads((ROOT / "articles" / f"{d}.meta.json").read_text())["split"] for d in DOCS]
    assert {"dev", "heldout", "wire-dev", "wire-heldout"} <= set(splits)
    assert splits.count("wire-dev") + splits.count("wire-heldout") >= 12 and splits.count("wire-heldout") >= 4


@pytest.mark.parametrize("doc_id", DOCS)
def test_gold_is_well_formed(doc_id):
    text = (ROOT / "articles" / f"{doc_id}.txt").read_text(encoding="utf-8")
    tables = output.read_tables(ROOT / "gold" / doc_id, "csv")
    for name, table in schema.TABLES.items():
        assert list(tables[name].columns[: len(table.columns)]) == list(table.columns)
        assert set(tables[name]["doc_id"]) <= {doc_id}
    for row in tables["mentions"].itertuples():
        assert text[row.start:row.end] == row.text
        assert row.label in schema.MENTION_LABELS
    assert tables["dates"]["granularity"].isin(schema.GRANULARITIES).all()
    assert tables["casualties"]["outcome"].isin(schema.OUTCOMES).all()
