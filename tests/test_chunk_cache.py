"""The tokenizer cache is filled chunk by chunk, so articles after the first reuse their tokens unchanged."""
import pytest
import spacy

from pipeline import chunk_cache

TEXTS = [
    "The U.S. envoy met Gen. Halvorsen in Kyiv, officials said (AP).",
    "Drones hit Kharkiv's north-east overnight; the mayor said 3 people didn't survive.",
    "KYIV, Ukraine -- Mr. Lindqvist's convoy (two trucks) was shelled at 9 a.m. near the U.N. depot.",
]


def tokenizer_with_recorded_misses():
    """A blank English pipeline whose tokenizer records every chunk it has to split (a cache miss)."""
    nlp = spacy.blank("en")
    misses = []
    nlp.tokenizer.token_match = lambda chunk: misses.append(chunk)  # returns None: no effect on tokens
    return nlp, misses


def test_spacy_stops_caching_after_a_special_case():
    nlp, misses = tokenizer_with_recorded_misses()
    nlp.make_doc(TEXTS[0])
    misses.clear()
    nlp.make_doc(TEXTS[0])
    assert "Kyiv," in misses and "officials" in misses  # after "Gen.", every chunk is split again


def test_filled_chunks_are_looked_up():
    nlp, misses = tokenizer_with_recorded_misses()
    chunk_cache.fill(nlp, TEXTS[0])
    misses.clear()
    nlp.make_doc(TEXTS[0])
    assert misses == []


@pytest.mark.parametrize("order", [[0, 1, 2], [2, 1, 0], [1, 0, 2, 1, 0]])
def test_tokens_are_unchanged(order):
    plain, filled = spacy.blank("en"), spacy.blank("en")
    for i in order:
        chunk_cache.fill(filled, TEXTS[i])
        expected = [(t.text, t.idx, t.whitespace_, t.norm_) for t in plain.make_doc(TEXTS[i])]
        assert [(t.text, t.idx, t.whitespace_, t.norm_) for t in filled.make_doc(TEXTS[i])] == expected


def test_nothing_is_filled_inside_a_memory_zone():
    nlp, misses = tokenizer_with_recorded_misses()
    with nlp.memory_zone():
        misses.clear()
        chunk_cache.fill(nlp, TEXTS[1])
        assert misses == []  # spaCy would not keep the chunks, so they are not tokenized twice


def test_filling_stops_when_the_cache_is_full():
    nlp, misses = tokenizer_with_recorded_misses()
    nlp.tokenizer.max_cache_size = 5
    chunk_cache.fill(nlp, TEXTS[0])
    misses.clear()
    chunk_cache.fill(nlp, TEXTS[1])
    assert misses == []
