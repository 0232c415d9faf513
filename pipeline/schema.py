"""The output tables, declared once.

Extraction, gold loading, evaluation and every writer read these declarations, so a column is added or
renamed here and nowhere else.
"""
from __future__ import annotations

from dataclasses import dataclass
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    import pandas as pd


@dataclass(frozen=True)
class Table:
    """One output table: its columns with pandas dtypes, and the columns that identify a row."""

    name: str
    columns: dict[str, str]
    key: tuple[str, ...]
    attributes: tuple[str, ...]

    def empty(self) -> pd.DataFrame:
        import pandas as pd

        return self.conform(pd.DataFrame(columns=list(self.columns)))

    def conform(self, frame: pd.DataFrame) -> pd.DataFrame:
        """Return ``frame`` with exactly this table's columns, in order, with their dtypes."""
        import pandas as pd  # pandas loads when a table is built, not when the pipeline starts

        frame = frame.copy()
        for column in self.columns:
            if column not in frame.columns:
                frame[column] = None
        frame = frame[list(self.columns)]
        for column, dtype in self.columns.items():
            if dtype == "string":
                frame[column] = frame[column].astype("string").fillna("")
            else:
                frame[column] = pd.to_numeric(frame[column], errors="coerce").astype(dtype)
        return frame.reset_index(drop=True)


ACTORS = Table(
    "actors",
    {"doc_id": "string", "name": "string", "type": "string", "country": "string",
     "role": "string", "mentions": "Int64"},
    key=("name",),
    attributes=("type", "country", "role"),
)
LOCATIONS = Table(
    "locations",
    {"doc_id": "string", "name": "string", "type": "string", "country": "string",
     "latitude": "Float64", "longitude": "Float64", "mentions": "Int64"},
    key=("name",),
    attributes=("type", "country"),
)
WEAPONS = Table(
    "weapons",
    {"doc_id": "string", "name": "string", "category": "string", "origin": "string",
     "nominal_range_km": "Float64", "mentions": "Int64"},
    key=("name",),
    attributes=("category", "origin"),
)
RANGES = Table(
    "ranges",
    {"doc_id": "string", "value_km": "Float64", "qualifier": "string", "kind": "string",
     "weapon": "string", "text": "string"},
    key=("value_km", "weapon"),
    attributes=("qualifier", "kind"),
)
DATES = Table(
    "dates",
    {"doc_id": "string", "date": "string", "granularity": "string", "text": "string",
     "mentions": "Int64"},
    key=("date",),
    attributes=("granularity",),
)
CASUALTIES = Table(
    "casualties",
    {"doc_id": "string", "count": "Int64", "qualifier": "string", "outcome": "string",
     "group": "string", "source": "string", "text": "string"},
    key=("count", "outcome"),
    attributes=("qualifier", "group", "source"),
)
MENTIONS = Table(
    "mentions",
    {"doc_id": "string", "start": "Int64", "end": "Int64", "label": "string", "text": "string",
     "normalized": "string"},
    key=("start", "end", "label"),
    attributes=("normalized",),
)

DOCUMENTS = Table(
    "documents",
    {"doc_id": "string", "path": "string", "sha256": "string", "characters": "Int64", "words": "Int64",
     "published": "string", "status": "string", "error": "string", "seconds": "Float64"},
    key=("doc_id",),
    attributes=("status",),
)

#: The six entity tables, in the order they are shown and written.
ENTITY_TABLES: tuple[Table, ...] = (ACTORS, LOCATIONS, WEAPONS, RANGES, DATES, CASUALTIES)
#: Every table extracted from an article (and annotated in gold).
TABLES: dict[str, Table] = {table.name: table for table in (*ENTITY_TABLES, MENTIONS)}
#: Every table a batch run writes: the extracted ones plus one row per input file.
OUTPUT_TABLES: dict[str, Table] = {**TABLES, DOCUMENTS.name: DOCUMENTS}
DOCUMENT_STATUSES = ("ok", "skipped", "error")

#: Column that gold files add: debatable items, neither credited nor charged by the scorer.
OPTIONAL = "optional"

ACTOR_TYPES = ("PERSON", "COUNTRY", "ORGANIZATION", "GOVERNMENT", "MILITARY", "ARMED_GROUP")
LOCATION_TYPES = ("COUNTRY", "REGION", "CITY", "FACILITY", "OTHER")
RANGE_QUALIFIERS = ("exact", "up_to", "at_least", "about")
RANGE_KINDS = ("weapon_range", "distance")
GRANULARITIES = ("day", "month", "year")
CASUALTY_QUALIFIERS = ("exact", "over", "at_least", "nearly", "about", "up_to")
OUTCOMES = ("killed", "injured", "killed_or_injured", "displaced", "missing", "captured")
MENTION_LABELS = ("ACTOR", "LOCATION", "WEAPON", "RANGE", "DATE", "CASUALTY")
