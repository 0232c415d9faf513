"""Fill spaCy's tokenizer cache one whitespace-separated chunk at a time.

spaCy's tokenizer keeps the tokens of each chunk ("Ukraine,", "(AP)") in a cache, but stops saving
to it for the rest of a text once the text has used one special case ("U.S.", "Gen.", "don't"): in
news copy that is usually the first paragraph, so the chunks of every later paragraph were split into
prefixes, infixes and suffixes again in every article. Tokenizing each chunk the process has not seen
yet on its own, before the article, saves it to the cache (a chunk that is itself a special case is
still not cached, as spaCy intends), so later articles look their chunks up. The tokens are the same:
the tokenizer reads chunks independently, and its special cases are applied to the whole text as before.
"""
from __future__ import annotations

import weakref
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from spacy.language import Language

#: Chunks already handed to each pipeline's tokenizer, kept while the pipeline lives.
_SEEN: weakref.WeakKeyDictionary[Language, set[str]] = weakref.WeakKeyDictionary()


def fill(nlp: Language, text: str) -> None:
    """Cache the tokens of the chunks of ``text`` that ``nlp``'s tokenizer has not seen yet."""
    tokenizer = nlp.tokenizer
    seen = _SEEN.setdefault(nlp, set())
    # The cache is full, or a memory zone is open (spaCy saves nothing to the cache in one): nothing
    # would be kept, so the chunks are not tokenized twice.
    if len(seen) >= getattr(tokenizer, "max_cache_size", 0) or nlp.vocab.in_memory_zone:
        return
    new = set(text.split())
    new -= seen
    seen.update(new)
    for chunk in new:
        tokenizer(chunk)
