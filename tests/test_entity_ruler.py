"""The entity ruler alone, on a blank pipeline with a few injected patterns, and on the knowledge base."""
import pytest
import spacy

import markup
from pipeline import knowledge, phrases

PATTERNS = [
    {"label": "WEAPON", "pattern": "ATACMS", "id": "ATACMS"},
    {"label": "WEAPON", "pattern": "Storm Shadow", "id": "Storm Shadow"},
    {"label": "REGION", "pattern": "Bryansk region", "id": "Bryansk Oblast"},
    {"label": "CITY", "pattern": "Bryansk", "id": "Bryansk"},
    {"label": "MILITARY", "pattern": "Ukraine's military", "id": "Armed Forces of Ukraine"},
    {"label": "GOVERNMENT", "pattern": "US State Department", "id": "US State Department"},
    {"label": "COUNTRY", "pattern": "US", "id": "United States"},
]


@pytest.fixture(scope="module")
def ruler_nlp():
    nlp = spacy.blank("en")
    nlp.add_pipe("conflict_entity_ruler").add_patterns(PATTERNS)
    return nlp


def entities(nlp, text):
    return [(ent.start_char, ent.end_char, ent.label_, ent.ent_id_) for ent in nlp(text).ents]


@pytest.mark.parametrize("marked", [
    "<ent label=WEAPON id=ATACMS>ATACMS</ent> and <ent label=WEAPON id=Storm_Shadow>Storm Shadow</ent> missiles.",
    # The longest match wins over the city inside it; alone, the city is the city.
    "Drones fell in the <ent label=REGION id=Bryansk_Oblast>Bryansk region</ent>, not in "
    "<ent label=CITY id=Bryansk>Bryansk</ent> itself.",
    "<ent label=MILITARY id=Armed_Forces_of_Ukraine>Ukraine's military</ent> did not comment.",
    "The <ent label=GOVERNMENT id=US_State_Department>US State Department</ent> and the "
    "<ent label=COUNTRY id=United_States>US</ent> Congress.",
    # Exact token text: other cases and partial words do not match.
    "atacms and storm shadow are lower case; ATACMSX is another word.",
])
def test_matches_pin_boundaries_labels_and_ids(ruler_nlp, marked):
    text, spans = markup.parse(marked)
    assert entities(ruler_nlp, text) == [(s.start, s.end, s.attrs["label"], s.attrs["id"]) for s in spans]


def test_ruler_entities_replace_overlapping_model_entities(ruler_nlp):
    doc = ruler_nlp.make_doc("ATACMS near Moscow")
    # As a statistical NER running earlier would: ATACMS as a person, Moscow as a place.
    doc.ents = [doc.char_span(0, 6, label="PERSON"), doc.char_span(12, 18, label="GPE")]
    doc = ruler_nlp.get_pipe("conflict_entity_ruler")(doc)
    assert [(ent.text, ent.label_) for ent in doc.ents] == [("ATACMS", "WEAPON"), ("Moscow", "GPE")]


def test_first_pattern_for_a_token_sequence_wins():
    nlp = spacy.blank("en")
    ruler = nlp.add_pipe("conflict_entity_ruler")
    ruler.add_patterns([{"label": "CITY", "pattern": "Georgia", "id": "Georgia (city)"},
                        {"label": "COUNTRY", "pattern": "Georgia", "id": "Georgia"}])
    assert entities(nlp, "Georgia") == [(0, 7, "CITY", "Georgia (city)")]


def test_token_patterns_are_refused():
    ruler = spacy.blank("en").add_pipe("conflict_entity_ruler")
    with pytest.raises(ValueError, match="phrase patterns"):
        ruler.add_patterns([{"label": "WEAPON", "pattern": [{"LOWER": "atacms"}]}])


def test_saved_ruler_keeps_its_patterns(ruler_nlp, tmp_path):
    ruler_nlp.to_disk(tmp_path / "saved")
    reloaded = spacy.load(tmp_path / "saved")
    text = "ATACMS struck the Bryansk region."
    assert entities(reloaded, text) == entities(ruler_nlp, text)
    assert reloaded.get_pipe("conflict_entity_ruler").patterns == PATTERNS


def test_knowledge_patterns_are_tokenized_as_the_tokenizer_does():
    """The quick path for plain words gives exactly the tokenizer's tokens, on every knowledge pattern."""
    tokenizer = spacy.blank("en").tokenizer
    texts = [p["pattern"] for p in knowledge.load().ruler_patterns()]
    assert len(texts) > 30_000
    assert phrases.token_texts(tokenizer, texts) == [[t.text for t in doc] for doc in tokenizer.pipe(texts)]


def test_phrase_table_on_lower_case():
    nlp = spacy.blank("en")
    table = phrases.compile_table(nlp.tokenizer, [("killed", "OUTCOME"), ("tens of thousands", "VAGUE"),
                                                  ("tens", "VAGUE_SHORT")], "LOWER")
    doc = nlp.make_doc("Tens of thousands were KILLED.")
    assert table(doc) == [(0, 3, "VAGUE"), (0, 1, "VAGUE_SHORT"), (4, 5, "OUTCOME")]
    with pytest.raises(ValueError, match="unknown phrase attribute"):
        phrases.PhraseTable("SHAPE")


@pytest.mark.parametrize("attr, phrase, text", [
    ("LOWER", "put the number of dead at", "Police put the number of dead at eight."),
    ("ORTH", "M72 LAW", "Troops fired an M72 LAW at the tank."),
])
def test_phrase_table_matches_words_that_are_spacy_symbols(attr, phrase, text):
    """ "number" and "LAW" are symbols of spaCy's, held in a doc's arrays by their symbol id, not their hash."""
    nlp = spacy.blank("en")
    table = phrases.compile_table(nlp.tokenizer, [(phrase, "FOUND")], attr)
    doc = nlp.make_doc(text)
    assert [doc[start:end].text for start, end, _ in table(doc)] == [phrase]
