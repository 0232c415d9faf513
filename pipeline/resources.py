"""Reading the knowledge files under ``models/``.

Knowledge lives in data files, not code. Components read them through these helpers when they are
built, and carry a copy when the pipeline is saved with ``nlp.to_disk``.
"""
from __future__ import annotations

import csv
import io
import json
import os
import re
import unicodedata
from pathlib import Path
from datetime import date
from typing import Any, Callable

#: Environment variable that points the pipeline at another knowledge folder.
MODELS_ENV = "CONFLICT_IE_MODELS"


def models_dir() -> Path:
    """The folder holding the knowledge files: ``$CONFLICT_IE_MODELS`` or the repository's ``models/``."""
    configured = os.environ.get(MODELS_ENV)
    if configured:
        return Path(configured)
    return Path(__file__).resolve().parent.parent / "models"


def resolve(directory: str | os.PathLike | None) -> Path:
    return Path(directory) if directory else models_dir()


def read(path: Path) -> Any:
    """A knowledge file's content, parsed by its suffix (``.jsonl``, ``.json`` or ``.tsv``)."""
    return parse(path.name, path.read_bytes())


def parse(name: str, raw: bytes) -> Any:
    """Parse the bytes of the knowledge file called ``name``; errors name the file and line."""
    text = raw.decode("utf-8")
    suffix = Path(name).suffix
    if suffix == ".jsonl":
        records = []
        for number, line in enumerate(text.splitlines(), 1):
            line = line.strip()
            if not line:
                continue
            try:
                records.append(json.loads(line))
            except json.JSONDecodeError as error:
                raise ValueError(f"{name}:{number}: not valid JSON ({error.msg})") from None
        return records
    if suffix == ".json":
        try:
            return json.loads(text)
        except json.JSONDecodeError as error:
            raise ValueError(f"{name}:{error.lineno}: not valid JSON ({error.msg})") from None
    if suffix == ".tsv":
        return list(csv.DictReader(io.StringIO(text, newline=""), delimiter="\t"))
    raise ValueError(f"{name}: unknown knowledge file type {suffix!r}")


def dumps(name: str, content: Any) -> bytes:
    """The bytes of a knowledge file called ``name`` holding ``content`` (the inverse of :func:`parse`)."""
    suffix = Path(name).suffix
    if suffix == ".jsonl":
        return "".join(json.dumps(record, ensure_ascii=False) + "\n" for record in content).encode("utf-8")
    if suffix == ".json":
        return json.dumps(content, ensure_ascii=False, indent=1).encode("utf-8")
    if suffix == ".tsv":
        handle = io.StringIO(newline="")
        writer = csv.DictWriter(handle, fieldnames=list(content[0]) if content else [], delimiter="\t")
        writer.writeheader()
        writer.writerows(content)
        return handle.getvalue().encode("utf-8")
    raise ValueError(f"{name}: unknown knowledge file type {suffix!r}")


_PUNCTUATION = str.maketrans({"’": "'", "‘": "'", "`": "'", "ʼ": "'", "ʻ": "'", "´": "'", "‐": "-", "‑": "-",
                              "–": "-", "—": "-"})
#: Arabic articles and linking particles written before a name ("al-Sham", "Deir el-Balah", "Tehrik-i-Taliban"):
#: spelled many ways, so :func:`skeleton` leaves them out.
_PARTICLES = frozenset({"al", "el", "ad", "ar", "as", "ash", "at", "az", "an", "ed", "er", "es", "ul", "i", "e"})
_VOWELS = str.maketrans("", "", "aeiouy")
_NOT_LETTERS = str.maketrans({"q": "k", "d": "t", "b": "p", "g": "k", ".": None, ",": None, "(": None, ")": None,
                              "/": None, "&": None, '"': None, "!": None, "?": None, ":": None, ";": None})
_REPEATS = re.compile(r"(.)\1+")


def fold(text: str) -> str:
    """Key for every name lookup: case, accents, apostrophes, hyphens against spaces, a leading "the" and a
    possessive ending are ignored ("BEIT LAHIA", "Beit-Lahia" and "Beit Lahia" meet; "Sana'a" meets "Sanaa")."""
    if text.isascii():  # the common case, kept quick for indexing hundreds of thousands of place names
        lower = text.lower()
        if "'" not in lower and "-" not in lower and "  " not in lower and lower.isprintable() \
                and not lower.startswith("the ") and lower == lower.strip():
            return lower
    text = text.translate(_PUNCTUATION)
    if not text.isascii():
        text = "".join(ch for ch in unicodedata.normalize("NFKD", text) if not unicodedata.combining(ch))
    text = text.casefold().strip()
    if text.startswith("the "):
        text = text[4:]
    if text.endswith("'s"):
        text = text[:-2]
    return " ".join(text.replace("'", "").replace("-", " ").split())


def skeleton(text: str, folded: bool = False) -> str:
    """A looser key for transliteration variants: :func:`fold`, without Arabic articles, spaces, doubled
    letters and vowels after the first letter, voiced consonants as their voiceless pairs ("Beit Lahiya" and
    "Beit Lahia" -> "ptlh", "Wazirstan" and "Waziristan" -> "wzrstn", "Deir el-Balah" and "Deir al Balah"
    -> "trplh", "Oddar Meanchey" and "Otdar Mean Chey" -> "otrmnch"). Only for lookups that missed on
    :func:`fold`, and only with keys of at least :data:`MIN_SKELETON` letters. ``folded``: the text is a
    :func:`fold` key already."""
    words = (text if folded else fold(text)).split()
    letters = "".join([word for word in words if word not in _PARTICLES] or words).translate(_NOT_LETTERS)
    squeezed = _REPEATS.sub(r"\1", letters)
    return squeezed[:1] + squeezed[1:].translate(_VOWELS)


#: Shorter skeletons ("kv" for Kyiv) match too many names to be trusted.
MIN_SKELETON = 4
#: How alike two folded spellings must be (difflib's ratio, spaces ignored) for a skeleton match to count:
#: "wazirstan"/"waziristan" (0.95) and "datakhel"/"datta khel" (0.94) are variants, "furadino"/"faridan" not.
MIN_LIKENESS = 0.8


def alike(first: str, second: str) -> bool:
    """Whether two names sharing a :func:`skeleton` are spellings of one name, not different words."""
    from difflib import SequenceMatcher

    a, b = fold(first).replace(" ", ""), fold(second).replace(" ", "")
    return SequenceMatcher(None, a, b).ratio() >= MIN_LIKENESS


#: Keys a :class:`Memo` remembers (it forgets them all beyond this, so long batches stay bounded).
MEMO_SIZE = 50_000
_MISSING = object()


class Memo:
    """Values computed once per key: articles look up the same few names again and again."""

    def __init__(self, size: int = MEMO_SIZE):
        self.size = size
        self._values: dict[Any, Any] = {}

    def get(self, key: Any, compute: Callable[[], Any]) -> Any:
        value = self._values.get(key, _MISSING)
        if value is _MISSING:
            if len(self._values) >= self.size:
                self._values.clear()
            value = self._values[key] = compute()
        return value

    def clear(self) -> None:
        self._values.clear()


class NameIndex:
    """Entries by name: an exact :func:`fold` match first, else a :func:`skeleton` match when exactly one
    entry has that skeleton. Entries may carry ``valid_from``/``valid_to`` (ISO dates): of several entries
    with one name, the one in force on the given day wins (a renamed mission, a renamed city)."""

    def __init__(self) -> None:
        self.exact: dict[str, list[dict[str, Any]]] = {}
        self.loose: dict[str, list[tuple[str, dict[str, Any]]]] = {}  # skeleton -> (name, entry)
        self._memo = Memo()

    def add(self, name: str, entry: dict[str, Any]) -> None:
        entries = self.exact.setdefault(fold(name), [])
        if not any(existing is entry for existing in entries):
            entries.append(entry)
        self.loose.setdefault(skeleton(name), []).append((name, entry))
        self._memo.clear()

    def get(self, name: str, day: date | None = None, fuzzy: bool = True) -> dict[str, Any] | None:
        # A fuzzy miss costs a string-likeness test per lookalike: the entries found are kept per name
        # (the date only picks among them, except that a dated succession needs some date).
        found = self._memo.get((name, fuzzy, day is None), lambda: self._find(name, day, fuzzy))
        return in_force(found, day) if found else None

    def _find(self, name: str, day: date | None, fuzzy: bool) -> list[dict[str, Any]] | None:
        found = self.exact.get(fold(name))
        if not found and fuzzy:
            key = skeleton(name)
            loose = [entry for known, entry in self.loose.get(key, ()) if alike(name, known)] \
                if len(key) >= MIN_SKELETON else []
            distinct = list({id(entry): entry for entry in loose}.values())
            found = distinct if len(distinct) == 1 or _one_by_date(distinct, day) else None
        return found

    def __getstate__(self) -> dict[str, Any]:
        return {"exact": self.exact, "loose": self.loose}

    def __setstate__(self, state: dict[str, Any]) -> None:
        self.exact, self.loose, self._memo = state["exact"], state["loose"], Memo()

    def __contains__(self, name: str) -> bool:
        return fold(name) in self.exact


def in_force(entries: list[dict[str, Any]], day: date | None) -> dict[str, Any]:
    """Of entries sharing a name, the one valid on ``day`` (the first listed when none is dated or no
    day is known; the latest-starting one when the day falls outside every window)."""
    if len(entries) == 1 or day is None:
        return entries[0]
    iso = day.isoformat()
    for entry in entries:
        if entry.get("valid_from", "") <= iso and (not entry.get("valid_to") or iso <= entry["valid_to"]):
            return entry
    begun = [entry for entry in entries if entry.get("valid_from", "") <= iso]
    return max(begun, key=lambda entry: entry.get("valid_from", "")) if begun else entries[0]


def _one_by_date(entries: list[dict[str, Any]], day: date | None) -> bool:
    """Several entries share a skeleton only as dated successors of one another (renamed, not different)."""
    return day is not None and len(entries) > 1 and all("valid_from" in e or "valid_to" in e for e in entries)
