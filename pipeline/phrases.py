"""Phrase tables: exact token-sequence lookups that compile once, pickle small and load in milliseconds.

spaCy's ``PhraseMatcher`` needs a ``Doc`` per pattern, so building one over the knowledge base's tens of
thousands of names means tokenizing them all at every start. A :class:`PhraseTable` stores each
pattern as the tuple of its tokens' string ids, which is what ``Token.orth`` and ``Token.lower``
hold (spaCy's hashes are stable across processes), so a table built once can be reused by every
later process from the cache.
"""
from __future__ import annotations

from typing import Any, Iterable, Sequence

import numpy
from spacy.attrs import LOWER, ORTH, SHAPE
from spacy.strings import hash_string
from spacy.symbols import IDS
from spacy.tokens import Doc

#: Token attributes a table can match on, with the text transformation each one hashes.
ATTRIBUTES = {"ORTH": (ORTH, str), "LOWER": (LOWER, str.lower)}


class PhraseTable:
    """Patterns (token sequences) with a value each; the first value given for a sequence wins."""

    def __init__(self, attr: str = "ORTH"):
        if attr not in ATTRIBUTES:
            raise ValueError(f"unknown phrase attribute {attr!r}; choose one of {', '.join(ATTRIBUTES)}")
        self.attr = attr
        self._entries: dict[tuple[int, ...], Any] = {}
        self._lengths: dict[int, tuple[int, ...]] = {}  # first token's hash -> pattern lengths, longest first
        self._firsts: numpy.ndarray | None = None  # the first tokens' hashes, sorted, for a search in C

    def __len__(self) -> int:
        return len(self._entries)

    def add(self, tokens: Sequence[str], value: Any) -> None:
        if not tokens:
            return
        transform = ATTRIBUTES[self.attr][1]
        key = tuple(string_id(transform(token)) for token in tokens)
        if key in self._entries:
            return
        self._entries[key] = value
        self._firsts = None
        lengths = set(self._lengths.get(key[0], ()))
        lengths.add(len(key))
        self._lengths[key[0]] = tuple(sorted(lengths, reverse=True))

    def __call__(self, doc: Doc, starts: Iterable[int] | None = None) -> list[tuple[int, int, Any]]:
        """Every match in ``doc`` as ``(start, end, value)``, overlapping ones included, by start; only
        those beginning at ``starts`` when given."""
        if not self._entries or not len(doc):
            return []
        hashes = token_array(doc, ATTRIBUTES[self.attr][0])
        if starts is None:  # the tokens that can open a pattern, found in C
            if self._firsts is None:
                self._firsts = numpy.array(sorted(self._lengths), dtype=numpy.uint64)
            starts = _members(hashes, self._firsts).tolist()
        keys = token_list(doc, ATTRIBUTES[self.attr][0])
        size = len(keys)
        entries, lengths = self._entries, self._lengths
        found = []
        for start in starts:
            options = lengths.get(keys[start])
            if options is None:
                continue
            for length in options:
                end = start + length
                if end <= size:
                    value = entries.get(tuple(keys[start:end]))
                    if value is not None:
                        found.append((start, end, value))
        return found


def token_texts(tokenizer, texts: Iterable[str]) -> list[list[str]]:
    """The tokens spaCy's tokenizer makes of each text.

    Space-separated alphabetic words that are not tokenizer exceptions ("Kyiv", "North Darfur") are
    single tokens whatever the rules, so only the other texts go through the tokenizer; this keeps
    compiling tens of thousands of names quick and out of the vocabulary."""
    exceptions = tokenizer.rules or {}
    result: list[list[str] | None] = []
    slow: list[tuple[int, str]] = []
    for text in texts:
        words = text.split(" ")
        if all(word.isalpha() and word not in exceptions for word in words):
            result.append(words)
        else:
            slow.append((len(result), text))
            result.append(None)
    for (index, _), doc in zip(slow, tokenizer.pipe(text for _, text in slow)):
        result[index] = [token.text for token in doc]
    return result  # type: ignore[return-value]


def string_id(text: str) -> int:
    """The id spaCy gives a string in a doc's arrays: its hash, or for the few strings that are spaCy's own
    symbols ("number", "root", "DATE") the symbol's id, as ``StringStore`` does."""
    return IDS.get(text) or hash_string(text)


def compile_table(tokenizer, phrases: Iterable[tuple[str, Any]], attr: str = "ORTH") -> PhraseTable:
    """A table of ``(text, value)`` phrases, each tokenized as spaCy would tokenize it in an article."""
    phrases = list(phrases)
    table = PhraseTable(attr)
    for tokens, (_, value) in zip(token_texts(tokenizer, [text for text, _ in phrases]), phrases):
        table.add(tokens, value)
    return table


def trigger_hashes(orth: Iterable[str] = (), lower: Iterable[str] = (),
                   shapes: Iterable[str] = ()) -> dict[str, numpy.ndarray]:
    """String hashes of the token texts, lower-case forms and shapes that make a token worth a look,
    each set as a sorted array (for :func:`candidates`)."""
    hashes = {"ORTH": [string_id(t) for t in orth], "LOWER": [string_id(t.lower()) for t in lower],
              "SHAPE": [string_id(t) for t in shapes]}
    return {name: numpy.array(sorted(set(values)), dtype=numpy.uint64) for name, values in hashes.items()}


def candidates(doc: Doc, triggers: dict[str, numpy.ndarray]) -> list[int]:
    """Indices of the tokens that match any trigger, found in C: a component then looks only at those
    instead of walking every token in Python."""
    if not len(doc):
        return []
    found = None
    for name, attr in (("ORTH", ORTH), ("LOWER", LOWER), ("SHAPE", SHAPE)):
        if len(triggers.get(name, ())):
            hit = _members(token_array(doc, attr), triggers[name], mask=True)
            found = hit if found is None else found | hit
    return [] if found is None else found.nonzero()[0].tolist()


def _members(values: numpy.ndarray, sorted_set: numpy.ndarray, mask: bool = False) -> numpy.ndarray:
    """The positions of ``values`` found in the sorted array ``sorted_set`` (or the boolean mask)."""
    slots = numpy.minimum(sorted_set.searchsorted(values), len(sorted_set) - 1)
    hit = sorted_set[slots] == values
    return hit if mask else hit.nonzero()[0]


#: Where the per-doc readings below are kept in ``doc.user_data``.
ARRAY_KEY = "conflict_ie.array"
#: Their keys, made once: these readings are asked for inside many loops.
_ARRAY_KEYS: dict[int, tuple] = {}
_LIST_KEYS: dict[int, tuple] = {}
_LOWER_WORDS_KEY = (ARRAY_KEY, "lower_")


def token_array(doc: Doc, attr: int) -> numpy.ndarray:
    """``doc.to_array(attr)`` for a lexical attribute (ORTH, LOWER, SHAPE, IS_UPPER, LIKE_NUM ...), read
    once per doc: these never change after tokenization, and several components read the same ones."""
    key = _ARRAY_KEYS.get(attr) or _ARRAY_KEYS.setdefault(attr, (ARRAY_KEY, attr))
    return _kept(doc, key, doc.to_array, attr)


def token_list(doc: Doc, attr: int) -> list[int]:
    """:func:`token_array` as a Python list (for lookups token by token), also read once per doc."""
    key = _LIST_KEYS.get(attr) or _LIST_KEYS.setdefault(attr, (ARRAY_KEY, attr, "list"))
    return _kept(doc, key, _as_list, doc, attr)


def lower_words(doc: Doc) -> list[str]:
    """Every token's lower-case text (``token.lower_``), read once per doc: slicing this list costs
    nothing, where ``[t.lower_ for t in doc[a:b]]`` makes a Python object per token on every call."""
    found = doc.user_data.get(_LOWER_WORDS_KEY)  # what _kept does, inline: the most frequent call of all
    if found is None or len(found) != len(doc):
        strings = doc.vocab.strings
        found = doc.user_data[_LOWER_WORDS_KEY] = [strings[value] for value in token_list(doc, LOWER)]
    return found


def _as_list(doc: Doc, attr: int) -> list[int]:
    return token_array(doc, attr).tolist()


def _kept(doc: Doc, key: tuple, read, *args):
    """``read(*args)``, kept in ``doc.user_data`` under ``key`` while the doc keeps its length."""
    found = doc.user_data.get(key)
    if found is None or len(found) != len(doc):
        found = doc.user_data[key] = read(*args)
    return found
