"""``conflict-ie``: the command line. It parses arguments and wires the public API together, nothing more."""
from __future__ import annotations

import argparse
import gc
import logging
import sys
from pathlib import Path

from . import articles, batch, load, output, sources
from .build import RULES, STATISTICAL_MODEL
from .validation import KnowledgeError


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="conflict-ie", description=__doc__)
    commands = parser.add_subparsers(dest="command", required=True)

    extract = commands.add_parser("extract", help="extract the tables from an article or a folder of articles")
    extract.add_argument("source", help="an article, a folder (searched recursively), or a collection with one "
                         "article per row (.jsonl, .csv, .parquet); local or an fsspec URL (s3://, gs://, memory://)")
    extract.add_argument("--out", type=Path, help="folder for the tables (default: print them)")
    extract.add_argument("--format", choices=output.FORMATS, default="csv")
    extract.add_argument("--published", help="publication date (YYYY-MM-DD) for articles without metadata")
    extract.add_argument("--model", default=STATISTICAL_MODEL,
                         help=f"spaCy model package, a saved pipeline folder, or '{RULES}' (default: %(default)s)")
    extract.add_argument("--workers", type=int, default=1, help="processes (default: 1)")
    extract.add_argument("--engine", choices=batch.ENGINES, default="local",
                         help="local processes, or a Dask cluster (default: %(default)s)")
    extract.add_argument("--scheduler", help="Dask scheduler address (default: start a LocalCluster)")
    extract.add_argument("--duckdb", type=Path, help="also write every table into this DuckDB database")
    extract.add_argument("--max-chars", type=int, default=articles.DEFAULT_MAX_CHARS,
                         help="refuse longer articles (default: %(default)s, spaCy's own nlp.max_length; a higher "
                              "value raises the pipeline's limit with it)")
    extract.add_argument("--follow-links", action="store_true",
                         help="read symbolic links that lead out of the folder or to other folders (default: "
                              "such links get an error row)")
    for role, default in (("text", "text, maintext, body, content, article"), ("id", "id, doc_id; else row numbers"),
                          ("published", "published, date_publish, date, published_at"), ("title", "title")):
        extract.add_argument(f"--{role}-column", help=f"a collection's {role} column (default: the first of {default})")
    extract.add_argument("--strict", action="store_true", help="exit non-zero when any article fails")
    extract.add_argument("--quiet", action="store_true", help="no progress bar or summary")
    extract.add_argument("--verbose", action="store_true", help="log every file")
    extract.set_defaults(handler=run_extract)

    evaluate = commands.add_parser("evaluate", help="score predicted tables against gold annotations")
    evaluate.add_argument("--gold", type=Path, required=True, help="gold folder (one sub-folder per doc_id)")
    evaluate.add_argument("--pred", type=Path, required=True, help="output folder of `extract`")
    evaluate.add_argument("--out", type=Path, help="folder for metrics.json and report.md (default: --pred)")
    evaluate.add_argument("--min-f1", type=float, help="exit 1 when micro F1 is below this")
    evaluate.add_argument("--articles", type=Path, help="articles folder: scores per split from its metadata")
    evaluate.add_argument("--data-dir", help="knowledge folder for alias matching (default: models/)")
    evaluate.set_defaults(handler=run_evaluate)

    report = commands.add_parser("report", help="write a self-contained HTML report: articles highlighted, "
                                 "with their tables")
    report.add_argument("source", help="an article or a folder (searched recursively)")
    report.add_argument("--html", required=True,
                        help="page to write; for a folder the index, with pages in <stem>_files/")
    report.add_argument("--model", default=STATISTICAL_MODEL,
                        help=f"spaCy model package, a saved pipeline folder, or '{RULES}' (default: %(default)s)")
    report.add_argument("--published", help="publication date (YYYY-MM-DD) for articles without metadata")
    report.set_defaults(handler=run_report)

    save = commands.add_parser("save", help="build the pipeline and save it with nlp.to_disk")
    save.add_argument("path", type=Path)
    save.add_argument("--model", default=STATISTICAL_MODEL)
    save.set_defaults(handler=run_save)

    cached = commands.add_parser("cache", help="show (or clear) the cache of compiled knowledge")
    cached.add_argument("--clear", action="store_true", help="remove every entry")
    cached.set_defaults(handler=run_cache)

    bench = commands.add_parser("bench", add_help=False, help="throughput and memory against spaCy's model "
                                "(see `conflict-ie bench --help`)")
    bench.set_defaults(handler=run_bench)

    args, extra = parser.parse_known_args(argv)
    if args.command == "bench":
        args.options = extra
    elif extra:
        parser.error(f"unrecognized arguments: {' '.join(extra)}")
    try:
        return args.handler(args)
    except (articles.ArticleError, KnowledgeError, batch.OutputError) as error:
        print(f"error: {error}", file=sys.stderr)
        return 2
    finally:
        if argv is None:
            # Run as the program, which ends now: keep the collector's final pass from walking the
            # millions of objects of the knowledge tables and the model (about 0.2 s at exit).
            gc.freeze()


def run_extract(args: argparse.Namespace) -> int:
    logging.basicConfig(level=logging.INFO if args.verbose else logging.WARNING, format="%(message)s",
                        stream=sys.stderr)
    if args.published:
        articles.parse_published(args.published, "--published")
    settings = batch.Settings(args.model, max_chars=args.max_chars, default_published=args.published)
    columns = sources.Columns(args.text_column, args.id_column, args.published_column, args.title_column)
    if not args.out:
        tables = batch.process_chunk([batch.read_task(item) for item in
                                      sources.inputs(args.source, args.follow_links, columns)], settings)
        for document in tables["documents"]:
            if document["status"] == "error":
                print(f"error: {document['error']}", file=sys.stderr)
        print(output.render_text(tables))
        failed = any(d["status"] == "error" for d in tables["documents"])
        return 1 if failed and args.strict else 0
    summary = batch.run(args.source, args.out, settings, fmt=args.format, workers=args.workers,
                        engine=args.engine, scheduler=args.scheduler, duckdb_path=args.duckdb,
                        quiet=args.quiet, follow_links=args.follow_links, columns=columns)
    if not args.quiet:
        for error in summary.errors:
            print(f"error: {error}", file=sys.stderr)
        print(summary.line() + f"; tables in {args.out}", file=sys.stderr)
    return 1 if summary.errors and args.strict else 0


def run_report(args: argparse.Namespace) -> int:
    from . import report

    return report.run_report(args.source, args.html, args.model, args.published)


def run_bench(args: argparse.Namespace) -> int:
    from . import bench

    return bench.main(args.options)


def run_cache(args: argparse.Namespace) -> int:
    from . import cache

    folder = cache.directory()
    if folder is None:
        print(f"the cache is off (${cache.CACHE_ENV}=off)")
        return 0
    if args.clear:
        print(f"{cache.clear()} file(s) removed from {folder}")
        return 0
    entries = sorted(folder.iterdir()) if folder.is_dir() else []
    size = sum(entry.stat().st_size for entry in entries if entry.is_file())
    print(f"{folder}: {len(entries)} entries, {size / 1e6:.1f} MB")
    for entry in entries:
        print(f"  {entry.name}")
    return 0


def run_save(args: argparse.Namespace) -> int:
    load(args.model).to_disk(args.path)
    print(f"pipeline saved to {args.path}; load it with pipeline.load({str(args.path)!r})", file=sys.stderr)
    return 0


def run_evaluate(args: argparse.Namespace) -> int:
    from . import evaluation

    report = evaluation.evaluate_folders(args.gold, args.pred, data_dir=args.data_dir, articles=args.articles)
    out = args.out or args.pred
    evaluation.write_report(report, out)
    print(evaluation.render_terminal(report))
    if args.min_f1 is not None and report["micro"]["f1"] < args.min_f1:
        print(f"micro F1 {report['micro']['f1']:.3f} is below --min-f1 {args.min_f1}", file=sys.stderr)
        return 1
    return 0


if __name__ == "__main__":
    sys.exit(main())
