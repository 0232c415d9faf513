"""What every knowledge-backed component shares: its data files, compiled once and saved with the pipeline."""
from __future__ import annotations

import hashlib
from bisect import bisect_right
from pathlib import Path
from typing import Any, Iterable

from spacy.attrs import SENT_START
from spacy.tokens import Doc, Span
from spacy.util import ensure_path

from .. import cache, resources, validation
from ..phrases import lower_words

#: Where :func:`set_span_attrs` keeps a span's attributes in ``doc.user_data`` (with its offsets).
ATTRS_KEY = "conflict_ie.attrs"


def span_attrs(span: Span) -> dict[str, Any] | None:
    """The normalized attributes of an extracted span (``span._.attrs``), read without the extension
    machinery, which makes an object per access (tables read them for every span)."""
    return span.doc.user_data.get((ATTRS_KEY, span.start_char, span.end_char))


def set_span_attrs(span: Span, attrs: dict[str, Any] | None) -> None:
    span.doc.user_data[(ATTRS_KEY, span.start_char, span.end_char)] = attrs


if not Span.has_extension("attrs"):
    # Normalized attributes of an extracted span (country, role, qualifier ...), keyed by column name.
    Span.set_extension("attrs", getter=span_attrs, setter=set_span_attrs)
if not Doc.has_extension("published"):
    # The article's publication date (datetime.date), set by the caller before the pipeline runs (or
    # read off the page's own timestamp by ``conflict_structure`` when the caller knows none).
    Doc.set_extension("published", default=None)
if not Doc.has_extension("state_forces"):
    # The national armed forces of the countries the article names, by alpha-3 code, and under "" those of
    # the country it is about (the one it names most; its dateline's among equals), as canonical names:
    # what "the army said" may stand for. Set by ``conflict_actors``.
    Doc.set_extension("state_forces", default={})
if not Doc.has_extension("home_country"):
    # The canonical name of the country the article is about (as for ``state_forces``): whom "a government
    # spokesman said" speaks for. Set by ``conflict_actors``.
    Doc.set_extension("home_country", default="")
#: Where ``conflict_structure`` keeps the page zones in ``doc.user_data`` (see :func:`set_zones`): read
#: there directly, since every extracted span checks its zone and an extension attribute costs an object
#: per access.
ZONES_KEY = ("conflict_ie", "zones")
if not Doc.has_extension("zones"):
    # The page zones ("body", "headline", "byline" ...) as (first token of each stretch, its zone), set by
    # ``conflict_structure``; read with :func:`zone`.
    Doc.set_extension("zones", getter=lambda doc: doc.user_data[ZONES_KEY][:2] if ZONES_KEY in doc.user_data
                      else None)
if not Doc.has_extension("zone_policy"):
    # Span group -> the zones whose spans it keeps (``models/structure.json``), set with the zones.
    Doc.set_extension("zone_policy", getter=lambda doc: doc.user_data[ZONES_KEY][2] if ZONES_KEY in doc.user_data
                      else None)

BODY = "body"


class KnowledgeComponent:
    """A pipeline component whose knowledge comes from files under ``models/``.

    Subclasses list their files in ``files`` and split their start-up in two: :meth:`compile` turns
    the parsed files into plain lookups (validated, then cached between processes, keyed by the files'
    bytes), and :meth:`setup` attaches them, with whatever must be built per process. ``to_disk``
    writes the files into the saved pipeline, so a loaded pipeline does not depend on the repository's
    ``models/`` folder, and ``from_disk`` reads them back. Tests and users may inject knowledge with
    :meth:`use` instead of reading a folder.
    """

    files: tuple[str, ...] = ()

    def __init__(self, nlp, name: str, data_dir: str | None = None):
        self.nlp = nlp
        self.name = name
        self.directory = resources.resolve(data_dir)
        self.raw: dict[str, bytes] | None = None

    @property
    def data(self) -> dict[str, Any]:
        """The parsed content of each knowledge file."""
        return {file: resources.parse(file, raw) for file, raw in self.load().raw.items()}

    def load(self) -> "KnowledgeComponent":
        """Read the knowledge files now (``spacy.load`` skips this: ``from_disk`` brings the saved copy)."""
        if self.raw is None:
            self.use_bytes(read_files(self.directory, self.files))
        return self

    def use(self, data: dict[str, Any]) -> "KnowledgeComponent":
        """Use this knowledge (parsed file contents by file name) instead of reading ``models/``."""
        missing = [file for file in self.files if file not in data]
        if missing:
            raise validation.KnowledgeError(f"{self.name}: no content given for {', '.join(missing)}")
        return self.use_bytes({file: resources.dumps(file, data[file]) for file in self.files})

    def use_bytes(self, raw: dict[str, bytes]) -> "KnowledgeComponent":
        key = cache.fingerprint(type(self).__qualname__, tokenizer_identity(self.nlp),
                                *(part for file in self.files for part in (file, raw[file])))
        state = cache.compiled(self.kind, key, lambda: self.compile(self._validated(raw)))
        self.raw = raw
        self.setup(state)
        return self

    @property
    def kind(self) -> str:
        """The name of this component's entries in the cache."""
        return type(self).__name__.lower()

    def _validated(self, raw: dict[str, bytes]) -> dict[str, Any]:
        return {file: validation.validate(file, resources.parse(file, raw[file])) for file in self.files}

    def compile(self, data: dict[str, Any]) -> dict[str, Any]:
        """Plain, picklable lookups built from the parsed files, by attribute name (the slow part of
        start-up, cached)."""
        return {}

    def setup(self, state: dict[str, Any]) -> None:
        """Attach the compiled lookups as attributes; subclasses add what is built per process."""
        for attribute, value in state.items():
            setattr(self, attribute, value)

    def __call__(self, doc: Doc) -> Doc:
        if self.raw is None:
            self.load()
        return self.process(doc)

    def process(self, doc: Doc) -> Doc:  # pragma: no cover - every subclass overrides it
        raise NotImplementedError

    def to_disk(self, path, *, exclude=()):
        path = ensure_path(path)
        path.mkdir(parents=True, exist_ok=True)
        for file, raw in self.load().raw.items():
            (path / file).write_bytes(raw)

    def from_disk(self, path, *, exclude=()):
        return self.use_bytes(read_files(ensure_path(path), self.files))


def tokenizer_identity(nlp) -> str:
    """What compiled phrase tables depend on besides their phrases: the language, the model whose
    tokenizer split them and its special cases (spaCy's version is part of every cache key already)."""
    specials = hashlib.blake2b("\n".join(sorted(nlp.tokenizer.rules or ())).encode(), digest_size=8).hexdigest()
    return f"{nlp.lang} {nlp.meta.get('name', '')} {nlp.meta.get('version', '')} {specials}"


def read_files(directory: Path, files: Iterable[str]) -> dict[str, bytes]:
    """The bytes of each knowledge file, or a :class:`KnowledgeError` naming the one that cannot be read."""
    raw = {}
    for file in files:
        try:
            raw[file] = (directory / file).read_bytes()
        except OSError as error:
            raise validation.KnowledgeError(f"{directory / file}: knowledge file cannot be read ({error})") from None
    return raw


#: Where :func:`doc_text` keeps a doc's text in ``doc.user_data``.
TEXT_KEY = ("conflict_ie", "text")


def doc_text(doc: Doc) -> str:
    """The doc's text. ``Doc.text`` joins every token on each access; the text a doc was made from never
    changes, so it is joined once and kept (``pipeline.new_doc`` stores the article's text directly)."""
    text = doc.user_data.get(TEXT_KEY)
    if text is None:
        text = doc.user_data[TEXT_KEY] = doc.text
    return text


#: The doc whose entities were read last, and those entities (one slot: the components after the entity
#: ruler and the model's recognizer take a doc each in turn, and keeping one doc alive costs little).
_LAST_ENTITIES: list = [None, ()]


def doc_entities(doc: Doc) -> tuple[Span, ...]:
    """``doc.ents``, which builds a new ``Span`` for every entity on each access, read once for the
    components that follow the entity ruler and the model's recognizer (none of them changes the
    entities). Not for a component that sets them."""
    if _LAST_ENTITIES[0] is not doc:
        _LAST_ENTITIES[:] = [doc, doc.ents]
    return _LAST_ENTITIES[1]


def forget_entities(doc: Doc) -> None:
    """For a component that sets the doc's entities: what :func:`doc_entities` kept of it is stale."""
    if _LAST_ENTITIES[0] is doc:
        _LAST_ENTITIES[:] = [None, ()]


class Sentences:
    """The sentences of a doc, found by bisecting their first tokens: ``span.sent`` and ``doc.sents``
    walk the tokens one by one, on every call. Without sentence boundaries the doc is one sentence."""

    def __init__(self, doc: Doc):
        self.doc = doc
        self.starts = [0]
        if len(doc) > 1 and doc.has_annotation("SENT_START"):
            flags = doc.to_array(SENT_START)[1:]  # 1 starts a sentence; -1 and 0 do not
            self.starts += ((flags == 1).nonzero()[0] + 1).tolist()

    def index(self, i: int) -> int:
        """The number of the sentence holding token ``i``."""
        return bisect_right(self.starts, i) - 1

    def __getitem__(self, index: int) -> Span:
        end = self.starts[index + 1] if index + 1 < len(self.starts) else len(self.doc)
        return self.doc[self.starts[index]:end]

    def __len__(self) -> int:
        return len(self.starts)

    def of(self, span: Span) -> Span:
        """The sentence of ``span`` (the sentences it spans, should it cross a boundary)."""
        first, last = self.index(span.start), self.index(max(span.end - 1, span.start))
        end = self.starts[last + 1] if last + 1 < len(self.starts) else len(self.doc)
        return self.doc[self.starts[first]:end]


def set_zones(doc: Doc, starts: list[int], labels: list[str], policy: dict[str, list[str]]) -> None:
    """Record the page zones (the first token of each stretch and its zone) and which zones each span
    group reads (``doc._.zones`` and ``doc._.zone_policy`` show them)."""
    doc.user_data[ZONES_KEY] = (starts, labels, policy)


def zone(doc: Doc, i: int) -> str:
    """The page zone of token ``i`` ("body" when no structure component ran)."""
    zones = doc.user_data.get(ZONES_KEY)
    if zones is None:
        return BODY
    starts, labels, _ = zones
    index = bisect_right(starts, i) - 1
    return labels[index] if index >= 0 else BODY


def allowed(doc: Doc, group: str, i: int) -> bool:
    """Whether a span of ``group`` starting at token ``i`` may come from that token's zone: page
    furniture (bylines, captions, widgets ...) yields no rows."""
    zones = doc.user_data.get(ZONES_KEY)
    return zones is None or group not in zones[2] or zone(doc, i) in zones[2][group]


def add_span(doc: Doc, group: str, start: int, end: int, label: str, key: str, /, **attrs: Any) -> Span | None:
    """Add an extracted span to ``doc.spans[group]`` with its normalized key and attributes, unless it
    lies in a zone of the page that ``group`` does not read (then ``None``)."""
    if not allowed(doc, group, start):
        return None
    span = Span(doc, start, end, label=label, kb_id=key)
    set_span_attrs(span, attrs)
    if group not in doc.spans:
        doc.spans[group] = []
    doc.spans[group].append(span)
    return span


def qualifier_phrases(groups: dict[str, list[str]]) -> list[tuple[int, dict[tuple[str, ...], str]]]:
    """``{"up_to": ["up to", ...]}`` as phrase tables by word count, longest first, for quick lookups."""
    by_length: dict[int, dict[tuple[str, ...], str]] = {}
    for name, phrases in groups.items():
        for phrase in phrases:
            words = tuple(phrase.lower().split())
            by_length.setdefault(len(words), {}).setdefault(words, name)
    return sorted(by_length.items(), reverse=True)


def qualifier_before(doc: Doc, start: int, phrases: list[tuple[int, dict[tuple[str, ...], str]]]) -> tuple[int, str]:
    """The qualifier written just before token ``start`` ("up to", "more than"), with its first token."""
    for length, table in phrases:
        begin = start - length
        if begin >= 0:
            name = table.get(tuple(lower_words(doc)[begin:start]))
            if name:
                return begin, name
    return start, "exact"
