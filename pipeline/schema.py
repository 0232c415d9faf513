"""The output tables, declared once.

Extraction, gold loading, evaluation and every writer read these declarations, so a column is added or
renamed here and nowhere else.
"""
from __future__ import annotations

from dataclasses import dataclass, field
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    import pandas as pd


@dataclass(frozen=True)
class Table:
    """One output table: its columns with pandas dtypes, and the columns that identify a row.

    An extracted table is filled from the spans its component leaves in ``doc.spans[name]``:
    ``from_span`` names the columns read off the span itself (``kb_id``: its normalized value, ``label``,
    ``text``); ``mentions`` counts the spans merged into a row; every other column is the span attribute
    of the same name (``span._.attrs``). ``mention_label`` is the label its spans carry in ``mentions``.
    """

    name: str
    columns: dict[str, str]
    key: tuple[str, ...]
    attributes: tuple[str, ...]
    from_span: dict[str, str] = field(default_factory=dict)
    mention_label: str = ""

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
    from_span={"name": "kb_id", "type": "label"},
    mention_label="ACTOR",
)
LOCATIONS = Table(
    "locations",
    {"doc_id": "string", "name": "string", "type": "string", "country": "string",
     "latitude": "Float64", "longitude": "Float64", "mentions": "Int64"},
    key=("name",),
    attributes=("type", "country"),
    from_span={"name": "kb_id", "type": "label"},
    mention_label="LOCATION",
)
WEAPONS = Table(
    "weapons",
    {"doc_id": "string", "name": "string", "specificity": "string", "category": "string", "origin": "string",
     "nominal_range_km": "Float64", "mentions": "Int64"},
    key=("name",),
    attributes=("specificity", "category", "origin"),
    from_span={"name": "kb_id"},
    mention_label="WEAPON",
)
RANGES = Table(
    "ranges",
    {"doc_id": "string", "value_km": "Float64", "qualifier": "string", "kind": "string",
     "weapon": "string", "text": "string"},
    key=("value_km", "weapon"),
    attributes=("qualifier", "kind"),
    from_span={"text": "text"},
    mention_label="RANGE",
)
DATES = Table(
    "dates",
    {"doc_id": "string", "date": "string", "granularity": "string", "text": "string",
     "mentions": "Int64"},
    key=("date",),
    attributes=("granularity",),
    from_span={"date": "kb_id", "text": "text"},
    mention_label="DATE",
)
CASUALTIES = Table(
    "casualties",
    {"doc_id": "string", "count": "Int64", "qualifier": "string", "outcome": "string",
     "group": "string", "source": "string", "text": "string"},
    key=("count", "outcome"),
    attributes=("qualifier", "group", "source"),
    from_span={"text": "text"},
    mention_label="CASUALTY",
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
     "published": "string", "status": "string", "error": "string", "warning": "string", "seconds": "Float64"},
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
WEAPON_SPECIFICITIES = ("system", "family", "class")
GRANULARITIES = ("day", "month", "year")
CASUALTY_QUALIFIERS = ("exact", "over", "at_least", "nearly", "about", "up_to")
OUTCOMES = ("killed", "injured", "killed_or_injured", "displaced", "missing", "captured")
MENTION_LABELS = tuple(table.mention_label for table in ENTITY_TABLES)
#: Zones of a page (``conflict_structure``): the story's own text, and page furniture.
STORY_ZONES = ("body", "headline", "standfirst", "dateline")
FURNITURE_ZONES = ("byline", "agency", "timestamp", "caption", "widget")
ZONES = STORY_ZONES + FURNITURE_ZONES
