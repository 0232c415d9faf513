"""Finding and reading articles and their metadata, with errors that name the file."""
from __future__ import annotations

import codecs
import json
import os
from dataclasses import dataclass, field
from datetime import date
from pathlib import Path
from typing import Any

ARTICLE_SUFFIXES = (".txt", ".md", ".html", ".htm")
HTML_SUFFIXES = (".html", ".htm")
META_SUFFIX = ".meta.json"
#: Articles longer than this are refused: spaCy's own default ``nlp.max_length``. A higher
#: ``max_chars`` raises the pipeline's limit with it, so the two always agree.
DEFAULT_MAX_CHARS = 1_000_000
#: Byte-order marks, longest first (UTF-32 LE begins like UTF-16 LE), with the codec each one names.
BYTE_ORDER_MARKS = ((codecs.BOM_UTF32_LE, "utf-32"), (codecs.BOM_UTF32_BE, "utf-32"),
                    (codecs.BOM_UTF8, "utf-8-sig"), (codecs.BOM_UTF16_LE, "utf-16"),
                    (codecs.BOM_UTF16_BE, "utf-16"))
#: A file with valid UTF-8 beyond ASCII and at most this share of bad bytes is UTF-8 with a few
#: damaged bytes (read with replacement characters and a warning), not text in another code page.
MAX_BAD_UTF8_SHARE = 0.01


class ArticleError(ValueError):
    """An input that cannot be processed; the message names the file and the reason."""


@dataclass
class Article:
    doc_id: str
    path: Path | str
    text: str
    published: date | None = None
    meta: dict[str, Any] = field(default_factory=dict)
    warning: str = ""  # the file was read, but not exactly as written (e.g. damaged bytes replaced)


@dataclass(frozen=True)
class Input:
    """One article found: a file, a URL or a collection's row (then with its bytes already read), or only
    the reason it cannot be read."""

    doc_id: str
    path: Path | str
    error: str = ""
    raw: bytes | None = None
    meta: bytes | None = None


def scan(source: str | Path, follow_links: bool = False) -> list[Input]:
    """Every article file under ``source`` (or ``source`` itself), in a stable order, each with its id.

    ``doc_id`` is the path relative to the folder without its suffix (for a single file: its stem).
    Articles are ``.txt``, ``.md`` and ``.html`` files; ``NAME.meta.json`` sidecars are not articles.
    Every file found gets an :class:`Input`, the ones that cannot be read with an error: a broken or
    looping symbolic link, a link leading out of the folder or to a folder (followed only with
    ``follow_links``, each folder once), and files whose ids collide ("a.txt" beside "a.md": both are
    refused, under their names with suffix, rather than one silently replacing the other).
    """
    source = Path(source)
    if source.is_file():
        return [Input(source.stem, source)]
    if not source.is_dir():
        raise ArticleError(f"{source}: no such file or folder")
    root = source.resolve()
    found: list[Input] = []
    visited = {_identity(root)}
    folders = [source]
    while folders:
        folder = folders.pop()
        try:
            entries = sorted(os.scandir(folder), key=lambda entry: entry.name)
        except OSError as error:
            message = f"{folder}: folder cannot be read ({error.strerror or error})"
            if folder == source:
                raise ArticleError(message) from None
            found.append(Input(_relative(Path(folder), source), Path(folder), message))
            continue
        for entry in entries:
            path = Path(entry.path)
            refusal = _link_refusal(path, root, follow_links) if entry.is_symlink() else ""
            # a link named as an article, or one to a folder, gets a row; any other link is not an input
            if refusal and path.suffix.lower() in (*ARTICLE_SUFFIXES, ""):
                found.append(Input(_relative(path, source), path, refusal))
            elif refusal:
                continue
            elif entry.is_dir():
                try:
                    identity = _identity(path)
                except OSError as error:
                    found.append(Input(_relative(path, source), path,
                                       f"{path}: folder cannot be read ({error.strerror or error})"))
                    continue
                if identity not in visited:
                    visited.add(identity)
                    folders.append(path)
            elif path.suffix.lower() in ARTICLE_SUFFIXES and entry.is_file():
                found.append(Input(_relative(path, source), path))
    return without_collisions(sorted(found, key=lambda item: item.path.as_posix()))


def discover(source: str | Path) -> list[tuple[str, Path]]:
    """``(doc_id, path)`` of the readable articles :func:`scan` finds."""
    return [(item.doc_id, item.path) for item in scan(source) if not item.error]


def _relative(path: Path, source: Path) -> str:
    return path.relative_to(source).with_suffix("").as_posix()


def _identity(path: Path) -> tuple[int, int]:
    status = path.stat()
    return status.st_dev, status.st_ino


def _link_refusal(path: Path, root: Path, follow_links: bool) -> str:
    """Why the symbolic link ``path`` is not read ("" when it is)."""
    try:
        target = path.resolve(strict=True)
    except (OSError, RuntimeError):  # RuntimeError: a loop, on Python before 3.13
        return f"{path}: broken or looping symbolic link"
    if follow_links:
        return ""
    if target.is_dir():
        return f"{path}: symbolic link to the folder {target}, not followed (use --follow-links)"
    if not target.is_relative_to(root):
        return f"{path}: symbolic link leading out of the input folder (to {target}); use --follow-links to read it"
    return ""


def without_collisions(found: list[Input]) -> list[Input]:
    """Inputs whose ids collide ("a.txt" beside "a.md") become errors, each under its id with suffix."""
    paths_by_id: dict[str, list[str]] = {}
    for item in found:
        paths_by_id.setdefault(item.doc_id, []).append(str(item.path))
    result = []
    for item in found:
        others = [os.path.basename(path) for path in paths_by_id[item.doc_id] if path != str(item.path)]
        if others and not item.error:
            item = Input(f"{item.doc_id}{os.path.splitext(str(item.path))[1]}", item.path,
                         f"{item.path}: {', '.join(others)} has the same id {item.doc_id!r}; rename one of them")
        result.append(item)
    return result


def read(doc_id: str, path: Path, default_published: date | None = None,
         max_chars: int = DEFAULT_MAX_CHARS) -> Article:
    """Read one article and its sidecar metadata, or raise :class:`ArticleError` naming the file."""
    return from_bytes(doc_id, path, read_bytes(path), default_published, max_chars, read_meta_bytes(path))


def read_bytes(path: Path) -> bytes:
    try:
        return path.read_bytes()
    except OSError as error:
        raise ArticleError(f"{path}: cannot be read ({error.strerror or error})") from None


def from_bytes(doc_id: str, path: Path | str, raw: bytes, default_published: date | None = None,
               max_chars: int = DEFAULT_MAX_CHARS, meta: bytes | None = None) -> Article:
    """An article from the file's bytes and its sidecar's (``None``: it has none), validated.

    Nothing is read from disk: a worker on another machine gets the bytes, never the client's paths."""
    text, warning = decode(raw, path)
    if os.path.splitext(str(path))[1].lower() in HTML_SUFFIXES:
        text = html_text(text, path)
    if not text.strip():
        raise ArticleError(f"{path}: empty article")
    if len(text) > max_chars:
        raise ArticleError(f"{path}: {len(text):,} characters, over the limit of {max_chars:,} "
                           f"(--max-chars raises it)")
    parsed = parse_meta(meta, meta_path(path)) if meta is not None else {}
    published = parsed.get("published") or default_published
    return Article(doc_id, path, text, published, parsed, warning)


def decode(raw: bytes, path: Path | str) -> tuple[str, str]:
    """``(text, warning)``: text with a byte-order mark decoded by it; UTF-8; UTF-8 with a few damaged
    bytes replaced (and a warning saying so); else the encoding charset-normalizer detects. Binary
    content is refused."""
    for mark, encoding in BYTE_ORDER_MARKS:
        if raw.startswith(mark):
            try:
                return raw.decode(encoding), ""
            except UnicodeDecodeError as error:
                raise ArticleError(f"{path}: starts with a {encoding.upper()} byte-order mark but is not valid "
                                   f"{encoding.upper()} ({error.reason} at byte {error.start})") from None
    if b"\x00" in raw[:8192]:
        raise ArticleError(f"{path}: binary file, not text")
    try:
        return raw.decode("utf-8"), ""
    except UnicodeDecodeError:
        pass
    text = raw.decode("utf-8", errors="replace")
    damaged = text.count("\ufffd")
    beyond_ascii = sum(1 for char in text if char > "\x7f") - damaged
    if beyond_ascii >= damaged and damaged <= MAX_BAD_UTF8_SHARE * len(raw):
        return text, f"{path}: {damaged} byte(s) not valid UTF-8, replaced by U+FFFD"
    import charset_normalizer

    best = charset_normalizer.from_bytes(raw).best()
    if best is None:
        raise ArticleError(f"{path}: not UTF-8 and no text encoding could be detected")
    return str(best), ""


def html_text(html: str, path: Path | str) -> str:
    """The main article text of an HTML page (boilerplate, menus and scripts removed) by trafilatura."""
    try:
        import trafilatura

        text = trafilatura.extract(html, include_comments=False, include_tables=False)
    except Exception as error:  # a page the extractor cannot handle, or a fallback it cannot import
        raise ArticleError(f"{path}: the HTML could not be read ({type(error).__name__}: {error})") from None
    if not text:
        raise ArticleError(f"{path}: no article text found in the HTML")
    return text


def meta_path(path: Path | str) -> str:
    """Where the sidecar metadata of the article ``path`` (a file or a URL) lives."""
    return os.path.splitext(str(path))[0] + META_SUFFIX


def read_meta_bytes(path: Path) -> bytes | None:
    """The bytes of the article's sidecar ``NAME.meta.json``; ``None`` when it has none."""
    sidecar = Path(meta_path(path))
    try:
        return sidecar.read_bytes()
    except FileNotFoundError:
        return None
    except OSError as error:
        raise ArticleError(f"{sidecar}: metadata cannot be read ({error.strerror or error})") from None


def parse_meta(raw: bytes, meta_path: Path | str) -> dict[str, Any]:
    """Sidecar metadata from its bytes, with ``published`` parsed to a date."""
    try:
        meta = json.loads(raw.decode("utf-8-sig"))
    except (UnicodeDecodeError, json.JSONDecodeError) as error:
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
