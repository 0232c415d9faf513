"""Batch extraction over folders of articles: streaming, parallel, resumable and safe on bad input.

Work is cut into chunks of articles. Each processed chunk is written as one *part* (a folder of Parquet
files, one per table, made complete in a staging folder and then renamed into place), so a run killed
at any moment leaves only whole parts behind. The final tables are assembled from all parts by DuckDB
(sorted, out of core), keeping for every input of this run the rows of its latest part, and each output
file is written to a temporary name and renamed.

A rerun gives the tables a clean run on the folder as it is now gives. Every input has a *state key*:
its bytes, its sidecar metadata's bytes and the settings that change output (model, ``--published``,
``--max-chars``, the knowledge files and this package's version). An input whose key a part already
holds is not processed again; a file deleted since drops out of the tables, a renamed one appears under
its new id only. One run at a time writes to an output folder (a lock in its state folder).
"""
from __future__ import annotations

import contextlib
import gc
import hashlib
import json
import logging
import os
import shutil
import sys
import time
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any, Iterable, Iterator

from . import articles, output, schema, sources

log = logging.getLogger("conflict_ie.batch")

STATE_DIR = ".conflict-ie"
#: The hidden column of the parts' documents that holds each input's state key.
STATE_KEY = "_key"
#: DuckDB's memory budget while assembling the final tables (it spills to disk beyond it).
ASSEMBLY_MEMORY = "64MB"
ENGINES = ("local", "dask")
#: Lexemes a worker keeps from its first chunks (a few MB); later chunks free what they add.
KEPT_VOCABULARY = 50_000
FORMATS = ("csv", "parquet")
Rows = dict[str, list[dict[str, Any]]]


@dataclass(frozen=True)
class Settings:
    """What a worker needs to rebuild the pipeline and read articles the same way everywhere."""

    model: str
    data_dir: str | None = None
    max_chars: int = articles.DEFAULT_MAX_CHARS
    default_published: str | None = None


class OutputError(ValueError):
    """The output folder cannot be used (not a folder, not writable, or another run holds it)."""


@dataclass
class Task:
    """One input file: its bytes and its sidecar's to process, or only a documents row saying why not.

    A task carries everything a worker needs, so a worker never reads the client's paths."""

    doc_id: str
    path: str
    sha256: str = ""
    raw: bytes | None = None
    meta: bytes | None = None
    status: str = "ok"
    error: str = ""
    key: str = ""  # the state key (see the module docstring); "" for inputs that are read again each run


@dataclass
class Summary:
    files: int = 0
    processed: int = 0
    unchanged: int = 0
    skipped: int = 0
    errors: list[str] = field(default_factory=list)
    seconds: float = 0.0

    def line(self) -> str:
        return (f"{self.files} file(s): {self.processed} processed, {self.unchanged} unchanged since an earlier "
                f"run, {self.skipped} skipped as duplicates, {len(self.errors)} error(s), {self.seconds:.1f} s")


# ---------------------------------------------------------------------- workers
_PIPELINES: dict[tuple[str, str | None], Any] = {}


def _pipeline(settings: Settings):
    """The pipeline of this process, built once (a worker serves many chunks)."""
    key = (settings.model, settings.data_dir)
    if key not in _PIPELINES:
        from . import load

        _PIPELINES[key] = load(settings.model, settings.data_dir)
        # The pipeline lives as long as the process: once out of the collector's sight, its hundreds of
        # thousands of knowledge objects are not walked again at every full collection of a batch (what
        # is frozen is still freed by reference counting; only cycles among it would outlive their use).
        gc.freeze()
    return _PIPELINES[key]


def process_chunk(tasks: list[Task], settings: Settings) -> Rows:
    """Extract the rows of every table for a chunk of articles; a failing article becomes an error row.

    The chunk goes through ``nlp.pipe`` in one batch (the model is much faster on batches); only if
    that fails are its articles run one by one, so one bad article cannot take the others down.
    ``seconds`` is the chunk's time shared out by article length.
    """
    nlp = _pipeline(settings)
    nlp.max_length = max(nlp.max_length, settings.max_chars)  # the one limit is --max-chars
    default = articles.parse_published(settings.default_published, "--published") \
        if settings.default_published else None
    rows: Rows = {name: [] for name in schema.OUTPUT_TABLES}
    documents, readable = [], []
    for task in tasks:
        document = {"doc_id": task.doc_id, "path": task.path, "sha256": task.sha256, "characters": None,
                    "words": None, "published": "", "status": task.status, "error": task.error, "warning": "",
                    "seconds": 0.0, STATE_KEY: task.key}
        documents.append(document)
        if task.raw is None:
            continue
        try:
            article = articles.from_bytes(task.doc_id, task.path, task.raw, default, settings.max_chars,
                                          task.meta)
        except articles.ArticleError as error:
            document.update(status="error", error=str(error))
            continue
        except Exception as error:  # a bug in a reader must cost one file, not the batch
            document.update(status="error", error=f"{task.path}: could not be read ({error!r})")
            continue
        document.update(characters=len(article.text), words=len(article.text.split()), warning=article.warning,
                        published=article.published.isoformat() if article.published else "")
        readable.append((article, document))
    started = time.perf_counter()
    for (article, document), extracted in zip(readable, _extract(nlp, [a for a, _ in readable])):
        if isinstance(extracted, Exception):  # a pipeline bug on one article must not stop the batch
            document.update(status="error", error=f"{article.path}: extraction failed ({extracted!r})")
            continue
        for name, table_rows in extracted.items():
            rows[name].extend(table_rows)
    total = sum(len(a.text) for a, _ in readable) or 1
    for article, document in readable:
        document["seconds"] = round((time.perf_counter() - started) * len(article.text) / total, 4)
    rows["documents"] = documents
    return rows


def _extract(nlp, batch: list[articles.Article]) -> list[Rows | Exception]:
    from . import new_doc
    from .tables import doc_rows

    try:
        # Strings a chunk adds to the vocabulary are freed with its docs (rows are plain values), so
        # memory does not grow with the number of articles; the first chunks' stay, up to a bounded
        # vocabulary, so the words most articles use are looked up, not made again, in later chunks.
        zone = nlp.memory_zone() if len(nlp.vocab) >= KEPT_VOCABULARY else contextlib.nullcontext()
        with zone:
            docs = nlp.pipe((new_doc(nlp, article) for article in batch), batch_size=len(batch) or 1)
            return [doc_rows(doc, article.doc_id) for article, doc in zip(batch, docs)]
    except Exception:
        results: list[Rows | Exception] = []
        for article in batch:
            try:
                results.append(doc_rows(nlp(new_doc(nlp, article)), article.doc_id))
            except Exception as error:
                results.append(error)
        return results


# ---------------------------------------------------------------------- engines
def _run_local(chunks: Iterable[list[Task]], settings: Settings, workers: int) -> Iterator[Rows]:
    if workers <= 1:
        for chunk in chunks:
            yield process_chunk(chunk, settings)
        return
    from concurrent.futures import ProcessPoolExecutor

    with ProcessPoolExecutor(max_workers=workers, initializer=_pipeline, initargs=(settings,)) as pool:
        yield from in_pool(pool, chunks, settings, workers)


def in_pool(pool, chunks: Iterable[list[Task]], settings: Settings, workers: int) -> Iterator[Rows]:
    """The chunks' rows from a process pool whose processes built the pipeline of ``settings``, as they
    come; a few chunks ahead of the ``workers``, never more (the corpus is never held in memory)."""
    from concurrent.futures import FIRST_COMPLETED, wait

    pending: set = set()
    for chunk in chunks:
        pending.add(pool.submit(process_chunk, chunk, settings))
        if len(pending) >= 2 * workers:
            done, pending = wait(pending, return_when=FIRST_COMPLETED)
            yield from (future.result() for future in done)
    for future in pending:
        yield future.result()


def _run_dask(chunks: Iterable[list[Task]], settings: Settings, workers: int,
              scheduler: str | None) -> Iterator[Rows]:
    from dask.distributed import Client, LocalCluster, as_completed

    cluster = None if scheduler else LocalCluster(n_workers=max(workers, 1), threads_per_worker=1,
                                                  processes=True, dashboard_address=None)
    client = Client(scheduler or cluster)
    try:
        running = as_completed()
        limit = 2 * max(sum(client.nthreads().values()), 1)
        in_flight = 0
        for chunk in chunks:
            running.add(client.submit(process_chunk, chunk, settings, pure=False))
            in_flight += 1
            if in_flight >= limit:
                yield next(running).result()
                in_flight -= 1
        for future in running:
            yield future.result()
    finally:
        client.close()
        if cluster is not None:
            cluster.close()


# ---------------------------------------------------------------------- the run
def run(source: str | Path, out: str | Path, settings: Settings, *, fmt: str = "csv", workers: int = 1,
        engine: str = "local", scheduler: str | None = None, duckdb_path: str | Path | None = None,
        chunk_size: int = 32, quiet: bool = True, follow_links: bool = False,
        columns: sources.Columns = sources.Columns()) -> Summary:
    """Extract every article of ``source`` (a folder, an article collection, either behind an fsspec URL:
    see :mod:`pipeline.sources`) into the tables in ``out`` (see the module docstring)."""
    if fmt not in FORMATS:
        raise ValueError(f"unknown format {fmt!r}")
    if engine not in ENGINES:
        raise ValueError(f"unknown engine {engine!r}")
    started = time.perf_counter()
    found: Iterable[articles.Input] = sources.inputs(source, follow_links, columns)
    if not sources.is_collection(source):
        found = list(found)  # names only, listed up front (a missing folder fails before anything is written)
    out = _usable_folder(Path(out))
    parts = out / STATE_DIR / "parts"
    parts.mkdir(parents=True, exist_ok=True)
    with _lock(out):
        _clean_leftovers(out, parts)
        known = _known_documents(parts)
        summary = Summary()
        doc_ids: list[str] = []

        def counted() -> Iterator[articles.Input]:
            for item in found:
                summary.files += 1
                doc_ids.append(item.doc_id)
                yield item

        tasks = _tasks(counted(), known, summary, settings_key(settings))
        chunks = _chunks(tasks, chunk_size)
        results = _run_dask(chunks, settings, workers, scheduler) if engine == "dask" else \
            _run_local(chunks, settings, workers)
        sequence = max((int(p.name) for p in parts.iterdir() if p.name.isdigit()), default=0)
        bar = progress_bar(len(found) if isinstance(found, list) else None, quiet)
        for rows in results:
            sequence += 1
            _write_part(parts, sequence, rows)
            for document in rows["documents"]:
                if document["status"] == "error":
                    summary.errors.append(document["error"])
                    log.warning("%s", document["error"])
                elif document["status"] == "ok":
                    summary.processed += 1
                elif document["status"] == "skipped":
                    summary.skipped += 1
                log.info("%s: %s", document["path"], document["status"])
            bar.update(len(rows["documents"]))
        bar.update(summary.unchanged)
        bar.close()
        assemble(parts, out, fmt, duckdb_path, doc_ids=doc_ids)
    summary.seconds = time.perf_counter() - started
    return summary


def settings_key(settings: Settings) -> str:
    """What, besides an input's own bytes, its rows depend on: the settings that change output, the
    knowledge files' bytes and this package's code and version (an edited checkout re-reads every
    article rather than keep rows the code before it wrote)."""
    from . import cache, resources

    digest = hashlib.sha256(json.dumps([cache.code_fingerprint(), settings.model, settings.max_chars,
                                        settings.default_published]).encode())
    folder = resources.resolve(settings.data_dir)
    for path in sorted(p for p in folder.rglob("*") if p.is_file()):
        digest.update(path.relative_to(folder).as_posix().encode())
        digest.update(hashlib.sha256(path.read_bytes()).digest())
    return digest.hexdigest()


def _tasks(inputs: Iterable[articles.Input], known: dict[str, str], summary: Summary, settings: str) -> Iterator[Task]:
    """One task per input whose state key no part holds yet; lazily, file by file.

    Of inputs with the same bytes and metadata, the first in order is processed and the others are
    ``skipped`` rows naming it, whatever earlier runs saw (so a rerun equals a clean run)."""
    first_with: dict[str, str] = {}
    for item in inputs:
        task = read_task(item)
        if task.raw is None:
            yield task
            continue
        task.sha256 = hashlib.sha256(task.raw).hexdigest()
        meta = b"-" if task.meta is None else task.meta
        content = hashlib.sha256(b"%s|%s" % (task.sha256.encode(), meta)).hexdigest()
        original = first_with.setdefault(content, item.doc_id)
        task.key = hashlib.sha256(f"{content}|{settings}|{original}".encode()).hexdigest()
        if known.get(item.doc_id) == task.key:
            summary.unchanged += 1
            continue
        if original != item.doc_id:
            task.raw = task.meta = None
            task.status, task.error = "skipped", f"{task.path}: same content as {original}"
        yield task


def read_task(item: articles.Input) -> Task:
    """The task of one input: its bytes and its metadata's, or an error row saying why they cannot be read."""
    path = str(item.path)
    if item.error:
        return Task(item.doc_id, path, status="error", error=item.error)
    try:
        raw, meta = sources.read(item)
    except articles.ArticleError as error:
        return Task(item.doc_id, path, status="error", error=str(error))
    return Task(item.doc_id, path, raw=raw, meta=meta)


def _chunks(tasks: Iterable[Task], size: int) -> Iterator[list[Task]]:
    chunk: list[Task] = []
    for task in tasks:
        chunk.append(task)
        if len(chunk) == size:
            yield chunk
            chunk = []
    if chunk:
        yield chunk


# ---------------------------------------------------------------------- parts and assembly
def _write_part(parts: Path, sequence: int, rows: Rows) -> None:
    """Write one chunk's tables into a staging folder, then rename it: a part is whole or absent."""
    import pandas as pd

    staging = parts / f".staging-{sequence:08d}-{os.getpid()}"
    staging.mkdir()
    try:
        for name, table in schema.OUTPUT_TABLES.items():
            frame = table.conform(pd.DataFrame(rows[name], columns=list(table.columns)))
            if name == schema.DOCUMENTS.name:
                frame[STATE_KEY] = [document.get(STATE_KEY, "") for document in rows[name]]
            frame["_seq"] = sequence
            frame["_row"] = range(len(frame))
            frame.to_parquet(staging / f"{name}.parquet", index=False)
        os.rename(staging, parts / f"{sequence:08d}")
    except BaseException:
        shutil.rmtree(staging, ignore_errors=True)
        raise


def _known_documents(parts: Path) -> dict[str, str]:
    """doc_id -> state key of the latest part that holds each document (inputs read again each run, such
    as unreadable files, have none)."""
    import duckdb

    if not _has_parts(parts):
        return {}
    with duckdb.connect() as con:
        found = con.execute(
            f"SELECT doc_id, arg_max({STATE_KEY}, _seq) FROM read_parquet(?, union_by_name = true) "
            f"GROUP BY doc_id", [str(parts / "[0-9]*" / "documents.parquet")]).fetchall()
    return {doc_id: key for doc_id, key in found if key}


def assemble(parts: Path, out: Path, fmt: str, duckdb_path: str | Path | None = None,
             doc_ids: Iterable[str] | None = None) -> None:
    """Write the final tables from every part: the latest part per doc_id (of ``doc_ids`` only, when
    given: the inputs of this run), sorted, each file atomically."""
    import duckdb

    with duckdb.connect() as con:
        # Bounded memory whatever the corpus size: DuckDB sorts out of core beyond this.
        spill = parts.parent / "spill"
        con.execute(f"SET memory_limit = '{ASSEMBLY_MEMORY}'")
        con.execute("SET threads = 1")
        con.execute(f"SET temp_directory = '{_quote(spill)}'")
        has_parts = _has_parts(parts)
        if has_parts:
            documents = _quote(parts / "[0-9]*" / "documents.parquet")
            current = ""
            if doc_ids is not None:
                import pyarrow

                current_ids = pyarrow.array(list(doc_ids), pyarrow.string())
                con.register("current_inputs", pyarrow.table({"doc_id": current_ids}))
                current = "WHERE doc_id IN (SELECT doc_id FROM current_inputs)"
            con.execute(f"CREATE TEMP VIEW latest AS SELECT doc_id, max(_seq) AS _seq "
                        f"FROM read_parquet('{documents}', union_by_name = true) {current} GROUP BY doc_id")
        for name, table in schema.OUTPUT_TABLES.items():
            select = _select(parts, has_parts, name, table, escape_formulas=fmt == "csv")
            target = out / f"{name}.{fmt}"
            temporary = out / f".{name}.{fmt}.{os.getpid()}.tmp"
            options = "FORMAT csv, HEADER true" if fmt == "csv" else "FORMAT parquet"
            con.execute(f"COPY ({select}) TO '{_quote(temporary)}' ({options})")
            os.replace(temporary, target)
        if duckdb_path:
            _write_duckdb(con, parts, has_parts, Path(duckdb_path))


def _has_parts(parts: Path) -> bool:
    return any(p.name.isdigit() for p in parts.iterdir())


def _select(parts: Path, has_parts: bool, name: str, table: schema.Table, escape_formulas: bool) -> str:
    columns = output.sql_columns(table, escape_formulas, prefix="t.")
    if not has_parts:
        empty = ", ".join(f"CAST(NULL AS {_sql_type(dtype)}) AS \"{column}\"" for column, dtype in table.columns.items())
        return f"SELECT {empty} WHERE false"
    source = _quote(parts / "[0-9]*" / f"{name}.parquet")
    return (f"SELECT {', '.join(columns)} FROM read_parquet('{source}', union_by_name = true) t "
            f"JOIN latest USING (doc_id, _seq) ORDER BY t.doc_id, t._row")


def _write_duckdb(con, parts: Path, has_parts: bool, path: Path) -> None:
    temporary = path.with_name(f".{path.name}.{os.getpid()}.tmp")
    temporary.unlink(missing_ok=True)
    con.execute(f"ATTACH '{_quote(temporary)}' AS target")
    for name, table in schema.OUTPUT_TABLES.items():
        con.execute(f'CREATE TABLE target."{name}" AS {_select(parts, has_parts, name, table, escape_formulas=False)}')
    con.execute("DETACH target")
    os.replace(temporary, path)


def _usable_folder(out: Path) -> Path:
    """``out``, created if needed, or :class:`OutputError` saying in one line why it cannot be used."""
    if out.exists() and not out.is_dir():
        raise OutputError(f"{out}: exists and is not a folder; choose another --out")
    try:
        out.mkdir(parents=True, exist_ok=True)
    except OSError as error:
        raise OutputError(f"{out}: cannot be created ({error.strerror or error})") from None
    if not os.access(out, os.W_OK | os.X_OK):
        raise OutputError(f"{out}: not writable")
    return out


@contextlib.contextmanager
def _lock(out: Path) -> Iterator[None]:
    """Hold the output folder for this run; a second run on it stops at once with a clear error.

    The lock is the operating system's (``flock``), so a killed run never leaves it held."""
    try:
        import fcntl
    except ImportError:  # not POSIX: runs are not serialized
        yield
        return
    path = out / STATE_DIR / "lock"
    with open(path, "a+") as handle:
        try:
            fcntl.flock(handle, fcntl.LOCK_EX | fcntl.LOCK_NB)
        except OSError:
            handle.seek(0)
            holder = handle.read().strip() or "another process"
            raise OutputError(f"{out}: another conflict-ie run ({holder}) is writing these tables; wait for it "
                              f"to finish or choose another --out") from None
        handle.seek(0)
        handle.truncate()
        handle.write(f"pid {os.getpid()}")
        handle.flush()
        try:
            yield
        finally:
            fcntl.flock(handle, fcntl.LOCK_UN)


def _clean_leftovers(out: Path, parts: Path) -> None:
    """Remove what a killed run left half-done: staging folders and temporary files."""
    for staging in parts.glob(".staging-*"):
        shutil.rmtree(staging, ignore_errors=True)
    for temporary in out.glob(".*.tmp"):
        temporary.unlink(missing_ok=True)


def _sql_type(dtype: str) -> str:
    return {"string": "VARCHAR", "Int64": "BIGINT", "Float64": "DOUBLE"}[dtype]


def _quote(path: Path) -> str:
    return str(path).replace("'", "''")


def progress_bar(total: int | None, quiet: bool):
    """A tqdm bar on a terminal (files, articles/s, ETA); nothing when piped or quiet."""
    from tqdm import tqdm

    return tqdm(total=total, unit="article", disable=quiet or not sys.stderr.isatty(), file=sys.stderr)
