"""Benchmarks: throughput and peak memory against spaCy's own model, measured in one run on one corpus.

Every configuration runs in a subprocess of its own on the same texts, so its peak memory is its own; the
clock covers processing only (building a pipeline is a one-off cost a batch pays once per worker). The
configurations are interleaved: the corpus is cut in ``--rounds`` slices and every configuration reads
each slice in turn, so a machine that slows down for a while (other tenants, frequency changes) slows
them all alike and the ratios between them keep. A configuration that reads a slice in less than its share
of ``--min-seconds`` reads it again until that time has passed; its rate is all the words it read over all
its time, an average over as long a stretch as a slow configuration's.

- ``baseline``: spaCy's ``en_core_web_sm`` alone (``nlp.pipe``), nothing of ours;
- ``full``: our pipeline (model + rulers + extractors + table rows);
- ``rules``: our rules-only mode;
- ``full_2_workers``: ``full`` on two worker processes (the batch engine's process pool).

``scaling`` times the whole batch command (hashing, parts, DuckDB assembly) in rules mode on a corpus
and on one ten times larger.

``startup`` times whole processes that answer one article (``conflict-ie extract ARTICLE``, full and
rules mode) against a process that only loads spaCy's model (``import spacy; spacy.load(...)``), each
the median of several runs, interleaved: with the cache of compiled knowledge warm, and cold (an
empty cache folder, as on the first run after installing or after editing ``models/``); and, timed inside
warm processes, where the time goes (spaCy's import, building the pipeline, the article), so that a missed
start-up target on another machine says which part grew.
"""
from __future__ import annotations

import argparse
import json
import os
import platform
import random
import resource
import shutil
import statistics
import subprocess
import sys
import tempfile
import time
from datetime import date
from pathlib import Path
from concurrent.futures import ProcessPoolExecutor
from typing import Any, Iterator

CORPUS = Path(__file__).resolve().parent.parent / "corpus" / "articles"
CONFIGS = ("baseline", "full", "rules", "full_2_workers")
#: Targets from the benchmark issue, as ratios measured in the same run.
TARGETS = {"full": 0.85, "rules": 10.0, "full_2_workers_over_full": 1.6, "memory_full_over_baseline": 1.3,
           "scaling_10x_time": 10.5, "startup_full_warm": 1.5, "startup_rules_warm": 1.0, "startup_full_cold": 4.0,
           "startup_rules_cold": 4.0}
UPPER_BOUNDS = {"memory_full_over_baseline", "scaling_10x_time", "startup_full_warm", "startup_rules_warm",
                "startup_full_cold", "startup_rules_cold"}
#: The article a start-up run answers: the seed, with its publication date.
STARTUP_ARTICLE = CORPUS / "000_8f0eeca2bac8cbe9.txt"
#: Slices of the corpus every configuration reads in turn.
ROUNDS = 6
#: The processes of the ``full_2_workers`` configuration.
WORKERS = 2


def build_corpus(min_articles: int, min_words: int, seed: int = 13, source: Path = CORPUS) -> list[str]:
    """The project's own articles, repeated and shuffled until both minimums are met (no network)."""
    originals = [path.read_text(encoding="utf-8") for path in sorted(source.glob("*.txt"))]
    if not originals:
        raise FileNotFoundError(f"{source}: no articles to build a benchmark corpus from")
    rng = random.Random(seed)
    texts: list[str] = []
    words = 0
    while len(texts) < min_articles or words < min_words:
        batch = originals[:]
        rng.shuffle(batch)
        for text in batch:
            texts.append(text)
            words += len(text.split())
    return texts


class _Runner:
    """One configuration, built once in this process, that reads slices of the corpus when asked."""

    def __init__(self, config: str):
        self.config = config
        self.pool: ProcessPoolExecutor | None = None
        if config == "baseline":
            import spacy

            from .build import STATISTICAL_MODEL

            self.nlp = spacy.load(STATISTICAL_MODEL)
            return
        from . import batch
        from .build import RULES, STATISTICAL_MODEL

        self.batch = batch
        self.settings = batch.Settings(RULES if config == "rules" else STATISTICAL_MODEL,
                                       default_published=date(2024, 11, 19).isoformat())
        if config == "full_2_workers":  # the batch engine's process pool, started once like a batch's
            self.pool = ProcessPoolExecutor(max_workers=WORKERS, initializer=batch._pipeline,
                                            initargs=(self.settings,))

    def warm(self, texts: list[str]) -> None:
        """Build and warm the pipeline (of every worker), outside the clock."""
        self.read(texts[:4] * (WORKERS if self.pool else 1))

    def read(self, texts) -> None:
        if self.config == "baseline":
            for _ in self.nlp.pipe(texts, batch_size=32):
                pass
            return
        tasks = (self.batch.Task(str(i), "bench.txt", raw=text.encode("utf-8")) for i, text in enumerate(texts))
        for rows in self._rows(self.batch._chunks(tasks, 16)):
            assert all(d["status"] == "ok" for d in rows["documents"])

    def _rows(self, chunks) -> Iterator[dict]:
        """As the batch engine runs chunks: in this process, or through the pool started once."""
        if self.pool is None:
            return self.batch._run_local(chunks, self.settings, 1)
        return self.batch.in_pool(self.pool, chunks, self.settings, WORKERS)

    def round(self, texts: list[str], min_seconds: float) -> dict[str, Any]:
        """Read ``texts``, again while less than ``min_seconds`` have passed; the words read and the time."""
        passes = _Passes(texts, min_seconds)
        self.read(passes)
        return {"words": passes.count * sum(len(text.split()) for text in texts), "passes": passes.count,
                "seconds": time.perf_counter() - passes.started}

    def close(self) -> dict[str, float]:
        if self.pool is not None:
            self.pool.shutdown()
        peak = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss
        children = resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss
        return {"peak_memory_mb": round(peak / 1024, 1), "peak_child_memory_mb": round(children / 1024, 1)}


def serve(config: str, texts: list[str], rounds: int, min_seconds: float) -> None:
    """A configuration's own process: builds it, then reads slice ``i`` of the corpus on each "round i"
    line, answering with the words and seconds, until "stop" (answered with its peak memory)."""
    runner = _Runner(config)
    runner.warm(texts)
    slices = _slices(texts, rounds)
    print(json.dumps({"ready": config}), flush=True)
    for line in sys.stdin:
        command, *argument = line.split()
        if command == "stop":
            break
        print(json.dumps(runner.round(slices[int(argument[0])], min_seconds)), flush=True)
    print(json.dumps(runner.close()), flush=True)


def _slices(items: list, rounds: int) -> list[list]:
    """``items`` cut in ``rounds`` consecutive slices of (nearly) equal size."""
    size, extra = divmod(len(items), rounds)
    bounds = [i * size + min(i, extra) for i in range(rounds + 1)]
    return [items[a:b] for a, b in zip(bounds, bounds[1:])]


class _Server:
    """The parent's handle on a configuration's process (see :func:`serve`)."""

    def __init__(self, config: str, texts_file: str, rounds: int, min_seconds: float):
        self.process = subprocess.Popen(
            [sys.executable, "-m", "pipeline.bench", "--serve", config, "--texts", texts_file, "--rounds",
             str(rounds), "--min-seconds", str(min_seconds)], stdin=subprocess.PIPE, stdout=subprocess.PIPE,
            text=True)
        self._answer()  # built and warm before the next one starts: no clock runs meanwhile

    def _answer(self) -> dict[str, Any]:
        line = self.process.stdout.readline()
        if not line:
            raise RuntimeError(f"benchmark process {self.process.args[4]} ended early (exit {self.process.wait()})")
        return json.loads(line)

    def round(self, index: int) -> dict[str, Any]:
        self.process.stdin.write(f"round {index}\n")
        self.process.stdin.flush()
        return self._answer()

    def stop(self) -> dict[str, Any]:
        self.process.stdin.write("stop\n")
        self.process.stdin.flush()
        answer = self._answer()
        self.process.wait()
        return answer


class _Passes:
    """The corpus's items, in order, once, then again while less than ``min_seconds`` have passed since
    the first was handed out (the clock starts there). Only whole passes: every pass reads every text."""

    def __init__(self, items: list, min_seconds: float):
        self.items, self.min_seconds = items, min_seconds
        self.started = time.perf_counter()
        self.count = 0

    def __iter__(self):
        self.started = time.perf_counter()
        while self.count == 0 or self.items and time.perf_counter() - self.started < self.min_seconds:
            self.count += 1
            yield from self.items


def scaling(articles: int, factor: int = 10) -> dict[str, Any]:
    """Wall time and peak memory of a whole rules-mode batch on N distinct articles and on ``factor`` x N,
    each in a fresh subprocess."""
    def timed(count: int) -> dict[str, Any]:
        done = subprocess.run([sys.executable, "-m", "pipeline.bench", "--measure-batch", str(count)],
                              capture_output=True, text=True, check=True)
        return json.loads(done.stdout.strip().splitlines()[-1])

    small, large = timed(articles), timed(articles * factor)
    return {"articles": articles, "factor": factor, "seconds": small["seconds"], "seconds_large": large["seconds"],
            "time_ratio": round(large["seconds"] / small["seconds"], 2), "peak_memory_mb": small["peak_memory_mb"],
            "peak_memory_mb_large": large["peak_memory_mb"]}


def measure_batch(count: int) -> dict[str, Any]:
    """One rules-mode ``extract`` run over ``count`` distinct article files, timed after the pipeline is built."""
    from . import batch

    with tempfile.TemporaryDirectory() as folder:
        root = Path(folder)
        for i, text in enumerate(build_corpus(count, 0)[:count]):
            (root / "in" / f"{i // 1000:03d}").mkdir(parents=True, exist_ok=True)
            (root / "in" / f"{i // 1000:03d}" / f"{i:06d}.txt").write_text(f"{text}\nEdition {i}.\n",
                                                                        encoding="utf-8")
        settings = batch.Settings("rules", default_published="2024-11-19")
        warm = sorted(CORPUS.glob("*.txt"))[0].read_bytes()
        batch.process_chunk([batch.Task("warm", "warm.txt", raw=warm)], settings)
        started = time.perf_counter()
        batch.run(root / "in", root / "out", settings)
        seconds = time.perf_counter() - started
    peak = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
    return {"articles": count, "seconds": round(seconds, 2), "peak_memory_mb": round(peak, 1)}


def startup(repeats: int) -> dict[str, Any]:
    """Median wall time of whole processes, as ratios to a process that only loads spaCy's model."""
    from .build import STATISTICAL_MODEL

    python = sys.executable
    commands = {
        "baseline": [python, "-c", f"import spacy; spacy.load({STATISTICAL_MODEL!r})"],
        "full": [python, "-m", "pipeline", "extract", str(STARTUP_ARTICLE)],
        "rules": [python, "-m", "pipeline", "extract", str(STARTUP_ARTICLE), "--model", "rules"],
    }
    with tempfile.TemporaryDirectory() as folder:
        warm_cache, cold_cache = Path(folder) / "warm", Path(folder) / "cold"

        def timed(command: list[str], cache_folder: Path) -> float:
            environment = {**os.environ, "CONFLICT_IE_CACHE": str(cache_folder)}
            started = time.perf_counter()
            subprocess.run(command, check=True, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL, env=environment)
            return time.perf_counter() - started

        for mode in ("full", "rules"):  # fill the warm cache
            timed(commands[mode], warm_cache)
        seconds: dict[str, list[float]] = {name: [] for name in
                                           ("baseline", "full_warm", "rules_warm", "full_cold", "rules_cold")}
        for _ in range(repeats):
            seconds["baseline"].append(timed(commands["baseline"], warm_cache))
            for mode in ("full", "rules"):
                seconds[f"{mode}_warm"].append(timed(commands[mode], warm_cache))
                shutil.rmtree(cold_cache, ignore_errors=True)
                seconds[f"{mode}_cold"].append(timed(commands[mode], cold_cache))
        phases = {mode: _phases(python, mode, warm_cache, repeats) for mode in ("baseline", "full", "rules")}
    medians = {name: round(statistics.median(values), 3) for name, values in seconds.items()}
    return {"repeats": repeats, "seconds": medians, "phases": phases,
            "ratios": {name: round(value / medians["baseline"], 3) for name, value in medians.items()
                       if name != "baseline"}}


#: Where a warm start-up's time goes, timed inside one process: spaCy's import, the pipeline (the model
#: for the baseline, or ours from the knowledge cache) and one article's rows (without printing them).
_PHASES = """
import json, sys, time
started = time.perf_counter()
import spacy
imported = time.perf_counter()
if sys.argv[1] == "baseline":
    from pipeline.build import STATISTICAL_MODEL
    spacy.load(STATISTICAL_MODEL)
    built = done = time.perf_counter()
else:
    from pathlib import Path
    import pipeline
    from pipeline import articles
    nlp = pipeline.load(pipeline.RULES if sys.argv[1] == "rules" else pipeline.STATISTICAL_MODEL)
    built = time.perf_counter()
    path = Path(sys.argv[2])
    list(pipeline.process(nlp, [articles.from_bytes(path.stem, path, path.read_bytes())]))
    done = time.perf_counter()
print(json.dumps({"import spacy": imported - started, "pipeline": built - imported, "article": done - built}))
"""


def _phases(python: str, mode: str, cache_folder: Path, repeats: int) -> dict[str, float]:
    """Medians of the phases of a warm start-up in ``mode`` ("baseline", "full" or "rules")."""
    environment = {**os.environ, "CONFLICT_IE_CACHE": str(cache_folder)}
    runs = [json.loads(subprocess.run([python, "-c", _PHASES, mode, str(STARTUP_ARTICLE)], check=True,
                                      capture_output=True, text=True, env=environment).stdout)
            for _ in range(max(1, repeats))]
    return {phase: round(statistics.median(run[phase] for run in runs), 3) for phase in runs[0]}


def run(min_articles: int, min_words: int, scaling_articles: int, configs=CONFIGS,
        startup_repeats: int = 0, min_seconds: float = 0.0, rounds: int = ROUNDS) -> dict[str, Any]:
    texts = build_corpus(min_articles, min_words)
    rounds = max(1, min(rounds, len(texts)))
    with tempfile.NamedTemporaryFile("w", suffix=".json", delete=False) as handle:
        json.dump(texts, handle)
    try:
        servers = {config: _Server(config, handle.name, rounds, min_seconds / rounds) for config in configs}
        totals = {config: {"words": 0, "seconds": 0.0, "passes": 0} for config in configs}
        for index in range(rounds):
            # every configuration reads each slice in turn, in alternating order: a machine that slows down
            # for a while slows them all, and the ratios between them keep
            for config in (configs if index % 2 == 0 else tuple(reversed(configs))):
                for key, value in servers[config].round(index).items():
                    totals[config][key] += value
        memory = {config: server.stop() for config, server in servers.items()}
    finally:
        Path(handle.name).unlink()
    words = sum(len(text.split()) for text in texts)
    results = {config: {"config": config, "articles": len(texts), "words": words, "rounds": rounds,
                        "passes": round(total["passes"] / rounds, 1), "seconds": round(total["seconds"], 3),
                        "words_per_second": round(total["words"] / total["seconds"], 1), **memory[config]}
               for config, total in totals.items()}
    base = results["baseline"]
    for config, result in results.items():
        result["speed_vs_baseline"] = round(result["words_per_second"] / base["words_per_second"], 3)
        result["memory_vs_baseline"] = round(result["peak_memory_mb"] / base["peak_memory_mb"], 3)
    report: dict[str, Any] = {
        "date": date.today().isoformat(), "machine": f"{platform.machine()}, {_cpus()} cores, "
        f"{platform.python_implementation()} {platform.python_version()}, {platform.platform()}",
        "min_seconds": min_seconds, "rounds": rounds, "configs": results}
    if "full_2_workers" in results and "full" in results:
        report["full_2_workers_over_full"] = round(
            results["full_2_workers"]["words_per_second"] / results["full"]["words_per_second"], 3)
    if scaling_articles:
        report["scaling"] = scaling(scaling_articles)
    if startup_repeats:
        report["startup"] = startup(startup_repeats)
    report["targets"] = _check(report)
    return report


def _check(report: dict[str, Any]) -> dict[str, Any]:
    configs = report["configs"]
    found = {
        "full": configs.get("full", {}).get("speed_vs_baseline"),
        "rules": configs.get("rules", {}).get("speed_vs_baseline"),
        "full_2_workers_over_full": report.get("full_2_workers_over_full"),
        "memory_full_over_baseline": configs.get("full", {}).get("memory_vs_baseline"),
        "scaling_10x_time": report.get("scaling", {}).get("time_ratio"),
        **{f"startup_{name}": ratio for name, ratio in report.get("startup", {}).get("ratios", {}).items()},
    }
    checks = {}
    for name, value in found.items():
        if value is None:
            continue
        upper_bound = name in UPPER_BOUNDS
        met = value <= TARGETS[name] if upper_bound else value >= TARGETS[name]
        checks[name] = {"value": value, "target": ("<= " if upper_bound else ">= ") + str(TARGETS[name]),
                        "met": met}
    return checks


def render(report: dict[str, Any]) -> str:
    lines = [f"{'config':<16}{'articles':>9}{'words':>10}{'passes':>7}{'words/s':>10}{'x baseline':>11}{'peak MB':>9}"
             f"{'x baseline':>11}"]
    for config, r in report["configs"].items():
        lines.append(f"{config:<16}{r['articles']:>9}{r['words']:>10}{r.get('passes', 1):>7}"
                     f"{r['words_per_second']:>10.0f}"
                     f"{r['speed_vs_baseline']:>11.2f}{r['peak_memory_mb']:>9.0f}{r['memory_vs_baseline']:>11.2f}")
    if "scaling" in report:
        s = report["scaling"]
        lines.append(f"scaling (rules, whole batch): {s['articles']} articles {s['seconds']} s, "
                     f"{s['peak_memory_mb']:.0f} MB; {s['articles'] * s['factor']} articles {s['seconds_large']} s, "
                     f"{s['peak_memory_mb_large']:.0f} MB: time x{s['time_ratio']}")
    if "startup" in report:
        seconds = report["startup"]["seconds"]
        lines.append(f"start-up, one article, whole process (median of {report['startup']['repeats']}): spacy.load "
                     f"{seconds['baseline']} s; " + ", ".join(
                         f"{name.replace('_', ' ')} {value} s (x{report['startup']['ratios'][name]})"
                         for name, value in seconds.items() if name != "baseline"))
        for mode, phases in report["startup"].get("phases", {}).items():
            lines.append(f"  warm {mode}, inside the process: " + ", ".join(f"{phase} {value} s"
                                                                         for phase, value in phases.items()))
    for name, check in report["targets"].items():
        lines.append(f"target {name}: {check['value']} ({check['target']}) {'met' if check['met'] else 'MISSED'}")
    lines.append(f"measured {report['date']} on {report['machine']}")
    return "\n".join(lines)


def _cpus() -> int:
    import os

    return len(os.sched_getaffinity(0)) if hasattr(os, "sched_getaffinity") else os.cpu_count() or 1


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="conflict-ie bench", description=__doc__,
                                     formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--articles", type=int, default=1000)
    parser.add_argument("--words", type=int, default=500_000)
    parser.add_argument("--min-seconds", type=float, default=60.0,
                        help="a configuration quicker than this reads each slice again until its share of this "
                             "much time has passed (its rate is then an average over that time; 0 for one pass)")
    parser.add_argument("--scaling-articles", type=int, default=500, help="0 to skip the scaling run")
    parser.add_argument("--configs", nargs="+", choices=CONFIGS, default=list(CONFIGS))
    parser.add_argument("--startup-repeats", type=int, default=5,
                        help="runs per start-up measurement (median reported); 0 to skip")
    parser.add_argument("--guard-startup", action="store_true",
                        help="exit 1 when a warm-cache start-up ratio misses its target (a CI guard)")
    parser.add_argument("--startup-slack", type=float, default=1.0,
                        help="with --guard-startup, fail only above target x this factor (room for a busy machine)")
    parser.add_argument("--out", type=Path, help="write the figures as JSON")
    parser.add_argument("--min-full-ratio", type=float,
                        help="exit 1 when full/baseline words per second is below this (a CI guard)")
    parser.add_argument("--rounds", type=int, default=ROUNDS,
                        help="slices of the corpus that every configuration reads in turn (interleaved)")
    parser.add_argument("--serve", choices=CONFIGS, help=argparse.SUPPRESS)
    parser.add_argument("--texts", type=Path, help=argparse.SUPPRESS)
    parser.add_argument("--measure-batch", type=int, help=argparse.SUPPRESS)
    args = parser.parse_args(argv)
    if args.measure_batch:
        print(json.dumps(measure_batch(args.measure_batch)))
        return 0
    if args.serve:
        serve(args.serve, json.loads(args.texts.read_text(encoding="utf-8")), args.rounds, args.min_seconds)
        return 0
    configs = tuple(dict.fromkeys(["baseline", *args.configs]))
    report = run(args.articles, args.words, args.scaling_articles, configs, args.startup_repeats, args.min_seconds,
                 args.rounds)
    print(render(report))
    if args.out:
        args.out.write_text(json.dumps(report, indent=1), encoding="utf-8")
    ratio = report["configs"].get("full", {}).get("speed_vs_baseline")
    if args.min_full_ratio is not None and ratio is not None and ratio < args.min_full_ratio:
        print(f"full/baseline speed {ratio} is below {args.min_full_ratio}", file=sys.stderr)
        return 1
    missed = [name for name, check in report["targets"].items()
              if name in ("startup_full_warm", "startup_rules_warm") and check["value"] > TARGETS[name] * args.startup_slack]
    if args.guard_startup and missed:
        print(f"start-up targets missed: {', '.join(missed)}", file=sys.stderr)
        return 1
    return 0


if __name__ == "__main__":
    sys.exit(main())
