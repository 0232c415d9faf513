"""Where a batch's articles come from: a folder (on disk or behind an fsspec URL) or an article
collection, a JSON Lines, CSV or Parquet file with one article per row (again local or remote).

Inputs are listed by the client; each is read into bytes (article and metadata) before it is sent to a
worker, so workers need neither the client's disk nor credentials for its storage. Collections are read
in batches of rows, never whole.
"""
from __future__ import annotations

import io
import json
import os
from dataclasses import dataclass
from pathlib import Path
from typing import Any, Iterable, Iterator

from . import articles
from .articles import ArticleError, Input

#: A file with one of these suffixes (optionally compressed, e.g. ``.jsonl.gz``) is a collection.
COLLECTION_SUFFIXES = (".jsonl", ".ndjson", ".csv", ".parquet")
COMPRESSION_SUFFIXES = (".gz", ".bz2", ".xz", ".zst")
#: Rows read at a time from a collection.
ROWS_PER_BATCH = 1_000


@dataclass(frozen=True)
class Columns:
    """Which column of a collection holds what; ``None`` picks the first of the usual names present."""

    text: str | None = None
    id: str | None = None
    published: str | None = None
    title: str | None = None

    DEFAULTS = {"text": ("text", "maintext", "body", "content", "article"), "id": ("id", "doc_id"),
                "published": ("published", "date_publish", "date", "published_at"), "title": ("title",)}

    def resolve(self, available: list[str], where: str) -> dict[str, str | None]:
        """Column name per role; a column asked for by name must exist, and so must some text column."""
        chosen: dict[str, str | None] = {}
        for role, candidates in self.DEFAULTS.items():
            asked = getattr(self, role)
            if asked is not None and asked not in available:
                raise ArticleError(f"{where}: no column {asked!r} (--{role}-column); columns: {', '.join(available)}")
            chosen[role] = asked or next((name for name in candidates if name in available), None)
        if chosen["text"] is None:
            raise ArticleError(f"{where}: no text column (tried {', '.join(self.DEFAULTS['text'])}; name it with "
                               f"--text-column); columns: {', '.join(available)}")
        return chosen


def is_url(source: str | os.PathLike) -> bool:
    return "://" in str(source)


def is_collection(source: str | os.PathLike) -> bool:
    name = str(source).lower()
    for suffix in COMPRESSION_SUFFIXES:
        name = name.removesuffix(suffix)
    return name.endswith(COLLECTION_SUFFIXES)


def inputs(source: str | os.PathLike, follow_links: bool = False, columns: Columns = Columns()) -> Iterator[Input]:
    """Every input of ``source`` in a stable order (see the module docstring); lazily for collections."""
    source = str(source)
    if source.startswith("file://"):
        source = source.removeprefix("file://")
    if is_collection(source):
        yield from _collection(source, columns)
    elif is_url(source):
        yield from _remote_folder(source)
    else:
        yield from articles.scan(source, follow_links)


def read(item: Input) -> tuple[bytes, bytes | None]:
    """The article's bytes and its metadata's (``None``: it has none)."""
    if item.raw is not None:
        return item.raw, item.meta
    if is_url(item.path):
        return _read_remote(str(item.path))
    return articles.read_bytes(Path(item.path)), articles.read_meta_bytes(Path(item.path))


# ---------------------------------------------------------------------- folders behind a URL
def _remote_folder(url: str) -> Iterator[Input]:
    import fsspec

    try:
        fs, root = fsspec.core.url_to_fs(url)
        if fs.isfile(root):
            yield Input(Path(root).stem, url)
            return
        if not fs.isdir(root):
            raise ArticleError(f"{url}: no such file or folder")
        files = sorted(fs.find(root))
    except ArticleError:
        raise
    except Exception as error:  # credentials, network, a missing backend such as s3fs
        raise ArticleError(f"{url}: cannot be listed ({type(error).__name__}: {error})") from None
    root = root.rstrip("/")
    found = [Input(os.path.splitext(file[len(root) + 1:])[0], fs.unstrip_protocol(file))
             for file in files if os.path.splitext(file)[1].lower() in articles.ARTICLE_SUFFIXES]
    yield from articles.without_collisions(found)


def _read_remote(url: str) -> tuple[bytes, bytes | None]:
    import fsspec

    try:
        fs, path = fsspec.core.url_to_fs(url)
        raw = fs.cat_file(path)
        sidecar = articles.meta_path(path)
        meta = fs.cat_file(sidecar) if fs.exists(sidecar) else None
    except Exception as error:
        raise ArticleError(f"{url}: cannot be read ({type(error).__name__}: {error})") from None
    return raw, meta


# ---------------------------------------------------------------------- collections
def _collection(source: str, columns: Columns) -> Iterator[Input]:
    """One input per row; a row without text, with a repeated id or a bad date is an error row."""
    seen: set[str] = set()
    stem = Path(source.split("://")[-1]).name.split(".")[0]
    number = 0
    for rows, chosen in _row_batches(source, columns):
        for row in rows:
            number += 1
            where = f"{source} row {number}"
            if isinstance(row, RowError):  # a line that is not a JSON object: that row only is lost
                yield Input(f"{stem}@{number}", where, f"{where}: {row}")
                continue
            doc_id = _cell(row.get(chosen["id"])) if chosen["id"] else f"{stem}-{number:06d}"
            if not doc_id:
                yield Input(f"{stem}-{number:06d}", where, f"{where}: empty id")
                continue
            if doc_id in seen:
                yield Input(f"{doc_id}@{number}", where, f"{where}: the id {doc_id!r} is used by an earlier row")
                continue
            seen.add(doc_id)
            text, title = _cell(row.get(chosen["text"])), _cell(row.get(chosen["title"])) if chosen["title"] else ""
            if title and not text.lstrip().startswith(title):
                text = f"{title}\n\n{text}"  # the headline, as a page shows it
            meta: dict[str, Any] = {}
            published = _cell(row.get(chosen["published"])) if chosen["published"] else ""
            if published:
                try:
                    meta["published"] = articles.parse_published(published, where).isoformat()
                except ArticleError as error:
                    yield Input(doc_id, where, str(error))
                    continue
            yield Input(doc_id, where, raw=text.encode("utf-8"),
                        meta=json.dumps(meta).encode("utf-8") if meta else None)


class RowError(str):
    """Why one row of a collection cannot be read."""


def _row_batches(source: str, columns: Columns) -> Iterator[tuple[list[dict[str, Any] | RowError],
                                                                  dict[str, str | None]]]:
    """Batches of rows as dicts (or, for a JSON line that cannot be read, why), with the columns chosen for
    each role."""
    import fsspec

    name = source.lower()
    try:
        with fsspec.open(source, "rb", compression="infer") as handle:
            if ".parquet" in name:
                import pyarrow.parquet as pq

                parquet = pq.ParquetFile(handle)
                chosen = columns.resolve(parquet.schema_arrow.names, source)
                wanted = sorted({column for column in chosen.values() if column})
                for batch in parquet.iter_batches(batch_size=ROWS_PER_BATCH, columns=wanted):
                    yield batch.to_pylist(), chosen
                return
            if ".csv" in name:
                import pandas as pd

                with pd.read_csv(handle, dtype=str, keep_default_na=False, chunksize=ROWS_PER_BATCH) as reader:
                    chosen = None
                    for frame in reader:
                        chosen = chosen or columns.resolve([str(column) for column in frame.columns], source)
                        yield frame.to_dict("records"), chosen
                return
            yield from _json_lines(io.TextIOWrapper(handle, encoding="utf-8-sig", errors="replace"), columns, source)
    except ArticleError:
        raise
    except Exception as error:  # a missing file, a malformed line, a missing backend such as s3fs
        raise ArticleError(f"{source}: cannot be read as an article collection ({type(error).__name__}: "
                           f"{error})") from None


def _json_lines(lines: Iterable[str], columns: Columns, source: str):
    """JSON Lines read line by line, so that one malformed line costs its own row only; the columns are
    chosen from the first object's keys."""
    chosen, batch = None, []
    for line in lines:
        if not line.strip():
            continue
        try:
            row = json.loads(line)
        except json.JSONDecodeError as error:
            row = RowError(f"not valid JSON ({error.msg} at column {error.colno})")
        if not isinstance(row, (dict, RowError)):
            row = RowError(f"a JSON {type(row).__name__}, not an object")
        if chosen is None and isinstance(row, dict):
            chosen = columns.resolve([str(key) for key in row], source)
        batch.append(row)
        if len(batch) == ROWS_PER_BATCH and chosen is not None:
            yield batch, chosen
            batch = []
    if batch:
        yield batch, chosen or columns.resolve([], source)


def _cell(value: Any) -> str:
    """A cell as text: missing values (None, NaN) are empty."""
    if value is None or (isinstance(value, float) and value != value):
        return ""
    if hasattr(value, "isoformat"):  # a date or timestamp column
        return value.isoformat()
    return str(value).strip()
