"""``conflict_entity_ruler``: every name the knowledge base knows, as entities with canonical ids.

The patterns are phrase patterns generated from ``models/`` (people, organizations, weapons with
plurals, countries, demonyms, "Ukrainian forces"-style military aliases, places, gazetteer cities),
each with its label and canonical ``id``. They are compiled into a :class:`~pipeline.phrases.PhraseTable`
with the tokenizer only, once per version of the knowledge (the cache keeps it for later processes),
so no statistical component ever runs over them. Matches are filtered as spaCy's entity ruler does
with ``overwrite_ents``: longest first, then earliest, and they replace overlapping entities.
"""
from __future__ import annotations

from typing import Any, Iterable

from spacy.language import Language
from spacy.pipeline.span_ruler import prioritize_existing_ents_filter, prioritize_new_ents_filter
from spacy.tokens import Doc, Span
from spacy.util import ensure_path

from .. import cache, knowledge, resources
from .. import gazetteer as cities
from ..phrases import PhraseTable, token_texts
from .base import read_files, tokenizer_identity

PATTERNS_FILE = "patterns.jsonl"


@Language.factory(
    "conflict_entity_ruler",
    default_config={"data_dir": None, "overwrite_ents": True},
    assigns=["doc.ents"],
)
def make_entity_ruler(nlp: Language, name: str, data_dir: str | None, overwrite_ents: bool) -> "EntityRuler":
    return EntityRuler(nlp, name, data_dir, overwrite_ents)


class EntityRuler:
    """Phrase patterns ``{"label", "pattern", "id"}`` matched on exact token text.

    ``load()`` compiles the knowledge folder's patterns; ``add_patterns`` adds others (tests, custom
    names), after them when ``load()`` ran first, or alone. The first pattern for a token sequence wins."""

    def __init__(self, nlp: Language, name: str, data_dir: str | None = None, overwrite_ents: bool = True):
        self.nlp = nlp
        self.name = name
        self.directory = resources.resolve(data_dir)
        self.overwrite_ents = overwrite_ents
        self.table: PhraseTable | None = None
        self._from_knowledge = False
        self._saved: bytes = b""  # patterns read by from_disk
        self._added: list[dict[str, Any]] = []

    # ------------------------------------------------------------------ patterns
    def load(self) -> "EntityRuler":
        """Compile the knowledge folder's patterns (from the cache when this version was compiled before)."""
        if self.table is None:
            raw = read_files(self.directory, knowledge.FILES.values())
            # The patterns include the gazetteer's cities, so its source is part of the key.
            key = cache.fingerprint("knowledge", tokenizer_identity(self.nlp), cities.source_version(),
                                    *(part for item in raw.items() for part in item))
            self.table = cache.compiled("ruler", key, lambda: self._compile(self._knowledge_patterns()))
            self._from_knowledge = True
        return self

    def add_patterns(self, patterns: Iterable[dict[str, Any]]) -> None:
        patterns = list(patterns)
        for pattern in patterns:
            if not isinstance(pattern.get("pattern"), str) or not pattern.get("label"):
                raise ValueError(f"{self.name}: only phrase patterns with a label are supported, got {pattern!r}")
        if self.table is None:
            self.table = PhraseTable()
        _add(self.table, self.nlp.tokenizer, patterns)
        self._added.extend(patterns)

    @property
    def patterns(self) -> list[dict[str, Any]]:
        """Every pattern, as ``to_disk`` writes them."""
        found = self._knowledge_patterns() if self._from_knowledge else []
        return found + (resources.parse(PATTERNS_FILE, self._saved) if self._saved else []) + self._added

    def __len__(self) -> int:
        return len(self.table) if self.table is not None else 0

    # ------------------------------------------------------------------ matching
    def __call__(self, doc: Doc) -> Doc:
        if self.table is None:
            self.load()
        spans = [Span(doc, start, end, label=label, span_id=canonical)
                 for start, end, (label, canonical) in self.table(doc)]
        if spans:
            merge = prioritize_new_ents_filter if self.overwrite_ents else prioritize_existing_ents_filter
            doc.ents = sorted(merge(list(doc.ents), spans))
        return doc

    # ------------------------------------------------------------------ serialization
    def to_disk(self, path, *, exclude=()):
        path = ensure_path(path)
        path.mkdir(parents=True, exist_ok=True)
        (path / PATTERNS_FILE).write_bytes(resources.dumps(PATTERNS_FILE, self.patterns))

    def from_disk(self, path, *, exclude=()):
        raw = read_files(ensure_path(path), [PATTERNS_FILE])[PATTERNS_FILE]
        self.table = cache.compiled("ruler", cache.fingerprint("saved", tokenizer_identity(self.nlp), raw),
                                    lambda: self._compile(resources.parse(PATTERNS_FILE, raw)))
        self._from_knowledge, self._saved, self._added = False, raw, []
        return self

    # ------------------------------------------------------------------ helpers
    def _knowledge_patterns(self) -> list[dict[str, str]]:
        return knowledge.Knowledge.load(self.directory).ruler_patterns()

    def _compile(self, patterns: list[dict[str, Any]]) -> PhraseTable:
        table = PhraseTable()
        _add(table, self.nlp.tokenizer, patterns)
        return table


def _add(table: PhraseTable, tokenizer, patterns: list[dict[str, Any]]) -> None:
    for tokens, pattern in zip(token_texts(tokenizer, [p["pattern"] for p in patterns]), patterns):
        table.add(tokens, (pattern["label"], pattern.get("id") or ""))
