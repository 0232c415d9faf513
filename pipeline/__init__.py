"""conflict-ie: normalized tables of actors, places, weapons, ranges, dates and casualties from news.

    >>> import pipeline
    >>> nlp = pipeline.load()                      # or pipeline.load("rules") for the fast rules-only mode
    >>> tables = pipeline.extract("Russia fired Kinzhal missiles at Kyiv on Tuesday.", nlp=nlp,
    ...                           published="2024-11-19")
    >>> tables["weapons"]
"""
from __future__ import annotations

from collections import deque
from datetime import date
from typing import TYPE_CHECKING, Iterable

from .articles import Article, parse_published
from .build import RULES, STATISTICAL_MODEL, build

if TYPE_CHECKING:  # spaCy and pandas load when a pipeline is built, not when a submodule is imported
    import pandas as pd
    from spacy.language import Language
    from spacy.tokens import Doc

__version__ = "0.2.0"
__all__ = ["load", "extract", "process", "new_doc", "RULES", "STATISTICAL_MODEL", "__version__"]


def load(model: str = STATISTICAL_MODEL, data_dir: str | None = None) -> Language:
    """The extraction pipeline: ``model`` is the spaCy model package, a saved pipeline, or ``"rules"``."""
    if model in (RULES, STATISTICAL_MODEL):
        return build(model, data_dir)
    import spacy

    from . import components  # noqa: F401  (registers the factories before loading)

    return spacy.load(model)


def new_doc(nlp: Language, article: Article) -> Doc:
    """A tokenized article carrying its publication date, ready for the pipeline's components."""
    from . import chunk_cache
    from .components.base import TEXT_KEY

    chunk_cache.fill(nlp, article.text)
    doc = nlp.make_doc(article.text)
    doc.user_data[TEXT_KEY] = article.text
    doc._.published = article.published
    return doc


def process(nlp: Language, articles: Iterable[Article], batch_size: int = 32):
    """Run the pipeline over articles in this process, yielding ``(article, rows)`` in input order.

    For many articles, several processes or a cluster, use ``pipeline.batch.run`` instead."""
    from .tables import doc_rows

    pending: deque[Article] = deque()

    def docs():
        for article in articles:
            pending.append(article)
            yield new_doc(nlp, article)

    for doc in nlp.pipe(docs(), batch_size=batch_size):
        article = pending.popleft()
        yield article, doc_rows(doc, article.doc_id)


def extract(texts: str | Iterable[str], nlp: Language | None = None,
            published: str | date | None = None) -> dict[str, pd.DataFrame]:
    """Tables for one text or several (``doc_id`` "0", "1" ...), dates resolved against ``published``."""
    from .tables import frames

    nlp = nlp or load()
    if isinstance(texts, str):
        texts = [texts]
    day = parse_published(published, "published") if isinstance(published, str) else published
    articles = (Article(str(i), None, text, day) for i, text in enumerate(texts))
    return frames(rows for _, rows in process(nlp, articles))
