"""A per-user cache of compiled knowledge, so that only the first process after a change pays for it.

Turning ``models/`` into lookups (tokenized phrase patterns, alias tables, the city index) takes
seconds; loading the result takes milliseconds. Every entry is keyed by a fingerprint of what it was
built from (the knowledge files' bytes, this package's code and version, spaCy's version), so editing a
knowledge file, upgrading spaCy or changing the code builds a new entry and never reads a stale one.

Entries are written to a temporary file and renamed into place: two processes starting together may
both build an entry, but a reader only ever sees a whole file. A cache that cannot be written (a
read-only home, a full disk) costs speed, never correctness.

``$CONFLICT_IE_CACHE`` moves the cache (default: the platform's user cache folder, via
``platformdirs``); ``CONFLICT_IE_CACHE=off`` disables it.
"""
from __future__ import annotations

import gc
import hashlib
import logging
import os
import pickle
import tempfile
import time
from functools import lru_cache
from pathlib import Path
from typing import Any, Callable, TypeVar

log = logging.getLogger("conflict_ie.cache")

CACHE_ENV = "CONFLICT_IE_CACHE"
#: Entries of one kind kept besides the newest (older ones belong to earlier versions of the files).
KEEP_PER_KIND = 6
T = TypeVar("T")


def directory() -> Path | None:
    """The cache folder, or ``None`` when caching is switched off."""
    configured = os.environ.get(CACHE_ENV)
    if configured and configured.lower() in ("off", "0", "none", "false"):
        return None
    if configured:
        return Path(configured)
    import platformdirs

    return Path(platformdirs.user_cache_dir("conflict-ie", appauthor=False))


@lru_cache(maxsize=1)
def code_fingerprint(sources: tuple[str, ...] = ()) -> str:
    """This package's version, its source code and spaCy's version: what compiled entries depend on
    besides their inputs. Hashing the sources (about 200 kB) keeps an edited checkout from reading
    entries an older version of the code built; ``sources`` narrows the code to the modules an entry
    depends on (the gazetteer index is not rebuilt for an edit elsewhere)."""
    import spacy

    from . import __version__

    digest = hashlib.sha256(f"{__version__}|spacy {spacy.__version__}".encode())
    package = Path(__file__).resolve().parent
    for source in sorted(package / name for name in sources) if sources else sorted(package.rglob("*.py")):
        digest.update(source.relative_to(package).as_posix().encode())
        digest.update(source.read_bytes())
    return digest.hexdigest()


def fingerprint(*parts: str | bytes, sources: tuple[str, ...] = ()) -> str:
    """A short key for an entry built from ``parts`` by the current code (or by the ``sources`` modules)."""
    digest = hashlib.sha256(code_fingerprint(sources).encode())
    for part in parts:
        data = part.encode() if isinstance(part, str) else part
        digest.update(len(data).to_bytes(8, "little"))
        digest.update(data)
    return digest.hexdigest()[:32]


def compiled(kind: str, key: str, build: Callable[[], T]) -> T:
    """The cached value of ``kind`` for ``key``, built (and stored) when absent or unreadable."""
    path = entry_path(kind, key, ".pickle")
    if path is not None:
        try:
            with open(path, "rb") as handle:
                return _unpickle(handle)
        except FileNotFoundError:
            pass
        except Exception as error:  # a truncated or foreign file: rebuild it
            log.warning("%s: unreadable cache entry (%s); rebuilding it", path, error)
    value = build()
    if path is not None:
        _publish(path, lambda temporary: temporary.write_bytes(pickle.dumps(value, pickle.HIGHEST_PROTOCOL)))
    return value


def _unpickle(handle) -> Any:
    """Load an entry with the cyclic collector paused: the hundred thousand tuples of a phrase table
    would otherwise set off collections that walk every object already loaded, spaCy's included (a new
    process loads the rules pipeline's entries in 0.07 s instead of 0.17 s)."""
    was_enabled = gc.isenabled()
    gc.disable()
    try:
        return pickle.load(handle)
    finally:
        if was_enabled:
            gc.enable()


def compiled_file(kind: str, key: str, suffix: str, build: Callable[[Path], None]) -> Path:
    """Path of a cached file of ``kind`` for ``key``; ``build(path)`` writes it when it is absent.

    Without a usable cache folder the file is built in a private temporary folder for this process."""
    path = entry_path(kind, key, suffix)
    if path is not None and path.exists():
        return path
    if path is None or not _publish(path, build):
        private = Path(tempfile.mkdtemp(prefix="conflict-ie-")) / f"{kind}{suffix}"
        build(private)
        return private
    return path


def entry_path(kind: str, key: str, suffix: str) -> Path | None:
    """Where the entry of ``kind`` for ``key`` lives (present or not), or ``None`` when caching is off."""
    root = directory()
    return None if root is None else root / f"{kind}-{key}{suffix}"


def _publish(path: Path, write: Callable[[Path], Any]) -> bool:
    """Write an entry under a temporary name and rename it into place; False when the folder is unusable."""
    try:
        path.parent.mkdir(parents=True, exist_ok=True)
        handle, name = tempfile.mkstemp(dir=path.parent, prefix=f".{path.name}.", suffix=".tmp")
        os.close(handle)
    except OSError as error:
        log.warning("%s: cache folder not writable (%s); knowledge is compiled in memory", path.parent, error)
        return False
    temporary = Path(name)
    try:
        write(temporary)
        os.replace(temporary, path)
    except OSError as error:
        log.warning("%s: cache entry not written (%s)", path, error)
        temporary.unlink(missing_ok=True)
        return False
    _prune(path)
    return True


def _prune(newest: Path) -> None:
    """Drop the oldest entries of the same kind, and temporary files a killed process left long ago."""
    kind = newest.name.rsplit("-", 1)[0]
    siblings = sorted((p for p in newest.parent.glob(f"{kind}-*") if p != newest and p.name.rsplit("-", 1)[0] == kind),
                      key=_mtime, reverse=True)
    for stale in siblings[KEEP_PER_KIND:]:
        stale.unlink(missing_ok=True)
    hour_ago = time.time() - 3600
    for leftover in newest.parent.glob(".*.tmp"):
        if _mtime(leftover) < hour_ago:
            leftover.unlink(missing_ok=True)


def _mtime(path: Path) -> float:
    try:
        return path.stat().st_mtime
    except OSError:
        return 0.0


def clear() -> int:
    """Remove every entry; returns how many files were removed."""
    root = directory()
    if root is None or not root.is_dir():
        return 0
    removed = 0
    for path in root.iterdir():
        if path.is_file():
            path.unlink(missing_ok=True)
            removed += 1
    return removed
