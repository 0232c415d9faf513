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

from spacy.attrs import IS_UPPER, LENGTH
from spacy.language import Language
from spacy.pipeline.span_ruler import prioritize_existing_ents_filter, prioritize_new_ents_filter
from spacy.tokens import Doc, Span
from spacy.util import ensure_path

from .. import cache, knowledge, resources
from .. import gazetteer as cities
from ..phrases import PhraseTable, token_array, token_texts
from .base import forget_entities, read_files, tokenizer_identity

PATTERNS_FILE = "patterns.jsonl"


@Language.factory(
    "conflict_entity_ruler",
    default_config={"data_dir": None, "overwrite_ents": True},
    assigns=["doc.ents"],
)
def make_entity_ruler(nlp: Language, name: str, data_dir: str | None, overwrite_ents: bool) -> "EntityRuler":
    return EntityRuler(nlp, name, data_dir, overwrite_ents)


class EntityRuler:
    """Phrase patterns ``{"label", "pattern", "id"}`` (and ``"weak": true`` for names matched only
    because the gazetteer lists them) matched on exact token text, and in all-capital text ("BEIT LAHIA",
    "KYIV") on the lower-cased tokens.

    ``load()`` compiles the knowledge folder's patterns; ``add_patterns`` adds others (tests, custom
    names), after them when ``load()`` ran first, or alone. The first pattern for a token sequence wins.
    A weak match gives way to a longer entity of the model's that contains it ("Victoria" in the PERSON
    "Victoria Okafor") and to a name cue before it ("a resident named Victoria ...")."""

    def __init__(self, nlp: Language, name: str, data_dir: str | None = None, overwrite_ents: bool = True):
        self.nlp = nlp
        self.name = name
        self.directory = resources.resolve(data_dir)
        self.overwrite_ents = overwrite_ents
        self.table: tuple[PhraseTable, PhraseTable] | None = None  # exact text, and lower case for capitals
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
            self.table = (PhraseTable(), PhraseTable("LOWER"))
        _add(self.table, self.nlp.tokenizer, patterns)
        self._added.extend(patterns)

    @property
    def patterns(self) -> list[dict[str, Any]]:
        """Every pattern, as ``to_disk`` writes them."""
        found = self._knowledge_patterns() if self._from_knowledge else []
        return found + (resources.parse(PATTERNS_FILE, self._saved) if self._saved else []) + self._added

    def __len__(self) -> int:
        return len(self.table[0]) if self.table is not None else 0

    # ------------------------------------------------------------------ matching
    def __call__(self, doc: Doc) -> Doc:
        if self.table is None:
            self.load()
        exact, lower = self.table
        matches = exact(doc)
        capitals = ((token_array(doc, IS_UPPER) == 1) & (token_array(doc, LENGTH) > 1)).nonzero()[0].tolist()
        if capitals:
            seen = {(start, end) for start, end, _ in matches}
            matches += [(start, end, value) for start, end, value in lower(doc, capitals)
                        if (start, end) not in seen and _capitals(doc[start:end])]
        existing = list(doc.ents)
        spans = [Span(doc, start, end, label=label, span_id=canonical)
                 for start, end, (label, canonical, weak) in matches
                 if not (weak and _gives_way(doc, start, end, existing)) and not _inside_name(start, end, existing)]
        if spans:
            merge = prioritize_new_ents_filter if self.overwrite_ents else prioritize_existing_ents_filter
            doc.set_ents(sorted(merge(existing, spans)), default="outside")  # as ``doc.ents =``, without copies
        forget_entities(doc)
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

    def _compile(self, patterns: list[dict[str, Any]]) -> tuple[PhraseTable, PhraseTable]:
        tables = (PhraseTable(), PhraseTable("LOWER"))
        _add(tables, self.nlp.tokenizer, patterns)
        return tables


def _add(tables: tuple[PhraseTable, PhraseTable], tokenizer, patterns: list[dict[str, Any]]) -> None:
    for tokens, pattern in zip(token_texts(tokenizer, [p["pattern"] for p in patterns]), patterns):
        value = (pattern["label"], pattern.get("id") or "", bool(pattern.get("weak")))
        for table in tables:
            table.add(tokens, value)


#: Model entities that a weak (gazetteer-only) city inside them does not split.
NAME_LABELS = {"PERSON", "ORG", "NORP", "WORK_OF_ART", "PRODUCT", "EVENT", "FAC", "LAW"}
#: Words that introduce a person's name ("a resident named Victoria ...").
NAME_CUES = {"named", "called", "mr", "mr.", "mrs", "mrs.", "ms", "ms.", "dr", "dr.",
             # a title right before a name: "Prime Minister Ariel Henry", "Governor Jericho Nograles"
             "minister", "president", "governor", "mayor", "general", "colonel", "commander", "spokesman",
             "spokeswoman", "senator", "lieutenant", "captain", "sergeant", "brigadier"}


def _capitals(span: Span) -> bool:
    """All-capital words, long enough not to be an ordinary word in capitals ("IN", "AS")."""
    letters = [t.text for t in span if t.is_alpha]
    return bool(letters) and all(t.isupper() for t in letters) and sum(map(len, letters)) >= 4


def _inside_name(start: int, end: int, ents: list[Span]) -> bool:
    """A match in the middle of the model's PERSON ("Aden" in "Abdifatah Aden Hassan"): part of the name."""
    return any(ent.label_ == "PERSON" and ent.start < start and end < ent.end for ent in ents)


def _gives_way(doc: Doc, start: int, end: int, ents: list[Span]) -> bool:
    if start > 0 and doc[start - 1].lower_ in NAME_CUES:
        return True
    return any(ent.label_ in NAME_LABELS and ent.start <= start and end <= ent.end and (ent.start, ent.end) != (start, end)
               for ent in ents)
