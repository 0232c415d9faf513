"""What every knowledge-backed component shares: its data files, read once and saved with the pipeline."""
from __future__ import annotations

from pathlib import Path
from typing import Any, Callable

from spacy.tokens import Doc, Span
from spacy.util import ensure_path

from .. import resources

if not Span.has_extension("attrs"):
    # Normalized attributes of an extracted span (country, role, qualifier ...), keyed by column name.
    Span.set_extension("attrs", default=None)


class KnowledgeComponent:
    """A pipeline component whose knowledge comes from files under ``models/``.

    Subclasses list their files in ``files``; ``self.data[name]`` holds each one's parsed content once
    :meth:`load` (or ``from_disk``) has run, and they implement :meth:`process`.
    ``to_disk`` writes them into the saved pipeline, so a loaded pipeline does not depend on the
    repository's ``models/`` folder any more, and ``from_disk`` reads them back.
    """

    files: tuple[str, ...] = ()

    def __init__(self, nlp, name: str, data_dir: str | None = None):
        self.nlp = nlp
        self.name = name
        self.directory = resources.resolve(data_dir)
        self.data: dict[str, Any] | None = None

    def load(self) -> "KnowledgeComponent":
        """Read the knowledge files now (``spacy.load`` skips this: ``from_disk`` brings the saved copy)."""
        if self.data is None:
            self.data = {file: _read(self.directory / file) for file in self.files}
            self.setup()
        return self

    def setup(self) -> None:
        """Build lookups from ``self.data``; called after every (re)load."""

    def __call__(self, doc: Doc) -> Doc:
        return self.load().process(doc)

    def process(self, doc: Doc) -> Doc:  # pragma: no cover - every subclass overrides it
        raise NotImplementedError

    def to_disk(self, path, *, exclude=()):
        path = ensure_path(path)
        path.mkdir(parents=True, exist_ok=True)
        for file, content in self.load().data.items():
            _write(path / file, content)

    def from_disk(self, path, *, exclude=()):
        path = ensure_path(path)
        self.data = {file: _read(path / file) for file in self.files}
        self.setup()
        return self


_READERS: dict[str, Callable[[Path], Any]] = {
    ".jsonl": resources.read_jsonl, ".json": resources.read_json, ".tsv": resources.read_tsv}
_WRITERS: dict[str, Callable[[Path, Any], None]] = {
    ".jsonl": resources.write_jsonl, ".json": resources.write_json, ".tsv": resources.write_tsv}


def _read(path: Path) -> Any:
    return _READERS[path.suffix](path)


def _write(path: Path, content: Any) -> None:
    _WRITERS[path.suffix](path, content)


def add_span(doc: Doc, group: str, start: int, end: int, label: str, key: str, /, **attrs: Any) -> Span:
    """Add an extracted span to ``doc.spans[group]`` with its normalized key and attributes."""
    span = Span(doc, start, end, label=label, kb_id=key)
    span._.attrs = attrs
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
            name = table.get(tuple(t.lower_ for t in doc[begin:start]))
            if name:
                return begin, name
    return start, "exact"
