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
    ``text``, ``start_char``, ``end_char``); every other column is the span attribute of the same name
    (``span._.attrs``). Spans with the same ``key`` make one row, whose ``mentions`` counts them.
    ``mention_label`` is the label the spans carry in the ``mentions`` table (none: not listed there).
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
EVENTS = Table(
    "events",
    {"doc_id": "string", "event_id": "string", "cluster": "string", "event_type": "string",
     "sub_event_type": "string", "date": "string", "granularity": "string", "time_precision": "Int64",
     "location": "string", "country": "string", "latitude": "Float64", "longitude": "Float64",
     "geo_precision": "Int64", "actor1": "string", "actor2": "string", "weapons": "string",
     "launched": "Int64", "intercepted": "Int64", "killed": "Int64", "injured": "Int64",
     "claimant": "string", "claim_verb": "string", "text": "string", "start": "Int64", "end": "Int64"},
    key=("event_id",),
    attributes=("sub_event_type", "actor1", "actor2", "weapons", "launched", "intercepted", "killed", "injured"),
    from_span={"event_id": "kb_id", "text": "text", "start": "start_char", "end": "end_char"},
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
#: Every table extracted from an article (and annotated in gold): the entity tables, the events linking
#: them, and the mentions.
TABLES: dict[str, Table] = {table.name: table for table in (*ENTITY_TABLES, EVENTS, MENTIONS)}
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
#: ACLED's event types and, per type, its sub-event types (snake_case).
EVENT_TYPES: dict[str, tuple[str, ...]] = {
    "battles": ("armed_clash", "government_regains_territory", "non_state_actor_overtakes_territory"),
    "explosions_remote_violence": ("air_drone_strike", "shelling_artillery_missile_attack",
                                   "remote_explosive_landmine_ied", "suicide_bomb", "grenade", "chemical_weapon"),
    "violence_against_civilians": ("attack", "abduction_forced_disappearance", "sexual_violence"),
    "protests": ("peaceful_protest", "protest_with_intervention", "excessive_force_against_protesters"),
    "riots": ("violent_demonstration", "mob_violence"),
    "strategic_developments": ("agreement", "arrests", "change_to_group_activity", "disrupted_weapons_use",
                               "headquarters_or_base_established", "looting_property_destruction",
                               "non_violent_transfer_of_territory", "other"),
}
SUB_EVENT_TYPES: dict[str, str] = {sub: kind for kind, subs in EVENT_TYPES.items() for sub in subs}
#: ACLED's time precision: 1 the day, 2 the week or month, 3 the year or vaguer (no date in the text).
TIME_PRECISION = {"day": 1, "month": 2, "year": 3, "": 3}
#: Zones of a page (``conflict_structure``): the story's own text, and page furniture.
STORY_ZONES = ("body", "headline", "standfirst", "dateline")
FURNITURE_ZONES = ("byline", "agency", "timestamp", "caption", "widget")
ZONES = STORY_ZONES + FURNITURE_ZONES
