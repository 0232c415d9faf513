"""Finding and reading articles and their metadata, with errors that name the file."""
from __future__ import annotations

import json
from dataclasses import dataclass, field
from datetime import date
from pathlib import Path
from typing import Any

ARTICLE_SUFFIXES = (".txt", ".md", ".html", ".htm")
HTML_SUFFIXES = (".html", ".htm")
META_SUFFIX = ".meta.json"
#: Articles longer than this are refused (a safety limit, overridable).
DEFAULT_MAX_CHARS = 2_000_000


class ArticleError(ValueError):
    """An input that cannot be processed; the message names the file and the reason."""


@dataclass
class Article:
    doc_id: str
    path: Path
    text: str
    published: date | None = None
    meta: dict[str, Any] = field(default_factory=dict)


def discover(source: str | Path) -> list[tuple[str, Path]]:
    """``(doc_id, path)`` for one article file or every article under a folder, in a stable order.

    ``doc_id`` is the path relative to the folder without its suffix (for a single file: its stem).
    Articles are ``.txt``, ``.md`` and ``.html`` files; ``NAME.meta.json`` sidecars are not articles.
    """
    source = Path(source)
    if source.is_file():
        return [(source.stem, source)]
    if not source.is_dir():
        raise ArticleError(f"{source}: no such file or folder")
    paths = sorted(p for p in source.rglob("*") if p.suffix.lower() in ARTICLE_SUFFIXES and p.is_file())
    return [(path.relative_to(source).with_suffix("").as_posix(), path) for path in paths]


def read(doc_id: str, path: Path, default_published: date | None = None,
         max_chars: int = DEFAULT_MAX_CHARS) -> Article:
    """Read one article and its sidecar metadata, or raise :class:`ArticleError` naming the file."""
    return from_bytes(doc_id, path, read_bytes(path), default_published, max_chars)


def read_bytes(path: Path) -> bytes:
    try:
        return path.read_bytes()
    except OSError as error:
        raise ArticleError(f"{path}: cannot be read ({error.strerror or error})") from None


def from_bytes(doc_id: str, path: Path, raw: bytes, default_published: date | None = None,
               max_chars: int = DEFAULT_MAX_CHARS) -> Article:
    """An article from the file's bytes (already read, e.g. to hash them), validated."""
    text = decode(raw, path)
    if path.suffix.lower() in HTML_SUFFIXES:
        text = html_text(text, path)
    if not text.strip():
        raise ArticleError(f"{path}: empty article")
    if len(text) > max_chars:
        raise ArticleError(f"{path}: {len(text):,} characters, over the limit of {max_chars:,}")
    meta = read_meta(path)
    published = meta.get("published") or default_published
    return Article(doc_id, path, text, published, meta)


def decode(raw: bytes, path: Path) -> str:
    """UTF-8 text; another encoding is detected and decoded; binary content is refused."""
    if b"\x00" in raw[:8192]:
        raise ArticleError(f"{path}: binary file, not text")
    try:
        return raw.decode("utf-8-sig")
    except UnicodeDecodeError:
        import charset_normalizer

        best = charset_normalizer.from_bytes(raw).best()
        if best is None:
            raise ArticleError(f"{path}: not UTF-8 and no text encoding could be detected") from None
        return str(best)


def html_text(html: str, path: Path) -> str:
    """The main article text of an HTML page (boilerplate, menus and scripts removed) by trafilatura."""
    import trafilatura

    text = trafilatura.extract(html, include_comments=False, include_tables=False)
    if not text:
        raise ArticleError(f"{path}: no article text found in the HTML")
    return text


def read_meta(path: Path) -> dict[str, Any]:
    """The sidecar ``NAME.meta.json``, with ``published`` parsed to a date; ``{}`` when there is none."""
    meta_path = path.with_name(path.stem + META_SUFFIX)
    if not meta_path.exists():
        return {}
    try:
        meta = json.loads(meta_path.read_text(encoding="utf-8"))
    except (OSError, UnicodeDecodeError, json.JSONDecodeError) as error:
        raise ArticleError(f"{meta_path}: malformed metadata ({error})") from None
    if not isinstance(meta, dict):
        raise ArticleError(f"{meta_path}: metadata must be a JSON object")
    if meta.get("published"):
        meta["published"] = parse_published(meta["published"], meta_path)
    return meta


def parse_published(value: Any, where: Path | str) -> date:
    try:
        return date.fromisoformat(str(value)[:10])
    except ValueError:
        raise ArticleError(f"{where}: published must be YYYY-MM-DD, got {value!r}") from None
