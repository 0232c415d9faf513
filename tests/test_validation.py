"""Knowledge files are checked when compiled: a wrong key or value fails naming the file and the entry."""
import json
import shutil
from pathlib import Path

import pytest
import spacy

import markup
import pipeline
from pipeline import resources
from pipeline.validation import KnowledgeError, validate

MODELS = Path(__file__).resolve().parent.parent / "models"


WEAPON = {"id": "X-1", "aliases": [], "ambiguous": [], "category": "cruise missile", "origin": "RUS",
          "nominal_range_km": 100}


@pytest.mark.parametrize("name, content, message", [
    ("weapons.jsonl", [WEAPON, {**WEAPON, "id": "X-2", "range_km": 100}],
     "weapons.jsonl: entry 2 (X-2): unknown key 'range_km'"),
    ("weapons.jsonl", [{**WEAPON, "origin": "Russia"}],
     "weapons.jsonl: entry 1 (X-1): origin: 'Russia' is not an ISO alpha-3 country code (or empty)"),
    ("weapons.jsonl", [{**WEAPON, "nominal_range_km": -5}], "nominal_range_km: -5 is not a positive number"),
    ("organizations.jsonl", [{"id": "Army", "type": "ARMY", "country": "", "aliases": []}],
     "organizations.jsonl: entry 1 (Army): type: 'ARMY' is not one of ORGANIZATION, GOVERNMENT, MILITARY, ARMED_GROUP"),
    ("places.jsonl", [{"id": "Nowhere", "type": "CITY", "country": "UKR", "latitude": 95, "longitude": 30,
                       "aliases": []}], "latitude: 95 is not a number from -90 to 90"),
    ("people.jsonl", [{"id": "A B", "aliases": ["A B "], "country": ""}],
     "people.jsonl: entry 1 (A B): aliases: item 0: 'A B ' is not a non-empty string without surrounding spaces"),
    ("people.jsonl", [{"id": "A B", "country": ""}], "missing key 'aliases'"),
    ("conflicts.jsonl", [{"id": "War", "start": "2022-02-30", "countries": ["UKR"], "cues": []}],
     "start: '2022-02-30' is not a date YYYY-MM-DD"),
    ("places.txt", [], "places.txt: not a known knowledge file"),
])
def test_bad_entries_are_named(name, content, message):
    with pytest.raises(KnowledgeError) as error:
        validate(name, content)
    assert message in str(error.value)


def test_an_outcome_the_tables_do_not_know_fails():
    lexicon = resources.read(MODELS / "casualties.json")
    lexicon["outcomes"]["slain"] = ["slain"]
    lexicon["qualifier"] = {}
    with pytest.raises(KnowledgeError) as error:
        validate("casualties.json", lexicon)
    assert str(error.value) == ("casualties.json: unknown key 'qualifier'; outcomes: key 'slain' is not one of "
                                "killed, injured, killed_or_injured, displaced, missing, captured")


def test_every_shipped_file_is_valid():
    for path in sorted(MODELS.iterdir()):
        if path.suffix in (".json", ".jsonl", ".tsv"):
            validate(path.name, resources.read(path))


def test_a_bad_models_folder_fails_the_build_naming_the_file(tmp_path):
    models = tmp_path / "models"
    shutil.copytree(MODELS, models)
    with open(models / "people.jsonl", "a", encoding="utf-8") as handle:
        handle.write(json.dumps({"id": "Jane Roe", "aliases": [], "country": "", "rank": "General"}) + "\n")
    with pytest.raises(KnowledgeError, match=r"people.jsonl: entry \d+ \(Jane Roe\): unknown key 'rank'"):
        pipeline.load("rules", str(models))


def test_a_component_runs_alone_with_injected_knowledge():
    """A casualty rule tested without the knowledge base: a blank pipeline and a tiny lexicon."""
    nlp = spacy.blank("en")
    nlp.add_pipe("sentencizer")
    lexicon = resources.read(MODELS / "casualties.json")
    lexicon.update(outcomes={"killed": ["slain"]}, groups={"civilians": ["villagers"]}, vague_counts={},
                   count_phrases={}, nil_phrases={})
    casualties = nlp.add_pipe("conflict_casualties")
    casualties.use({"casualties.json": lexicon, "numbers.json": resources.read(MODELS / "numbers.json")})
    text, expected = markup.parse("Raiders left <ent count=14 outcome=killed group=civilians>14</ent> villagers "
                                  "slain and two houses burnt.")
    doc = nlp(text)
    assert [(s.start_char, s.end_char, str(s._.attrs["count"]), s._.attrs["outcome"], s._.attrs["group"])
            for s in doc.spans["casualties"]] == [
        (m.start, m.end, m.attrs["count"], m.attrs["outcome"], m.attrs["group"]) for m in expected]
    with pytest.raises(KnowledgeError, match="no content given for numbers.json"):
        nlp.add_pipe("conflict_casualties", name="other").use({"casualties.json": lexicon})
