"""From processed documents to the output tables: one row per distinct normalized thing per article."""
from __future__ import annotations

from typing import TYPE_CHECKING, Any, Iterable

from spacy.tokens import Doc, Span

from . import schema

if TYPE_CHECKING:
    import pandas as pd

#: doc.spans group feeding each entity table, with the label its spans get in ``mentions``.
GROUPS = {"actors": "ACTOR", "locations": "LOCATION", "weapons": "WEAPON", "ranges": "RANGE",
          "dates": "DATE", "casualties": "CASUALTY"}

Rows = dict[str, list[dict[str, Any]]]


def doc_rows(doc: Doc, doc_id: str) -> Rows:
    """The rows one document contributes to every table (plain dicts, cheap to pickle and append)."""
    rows: Rows = {name: [] for name in schema.TABLES}
    for group, label in GROUPS.items():
        spans = sorted(doc.spans[group], key=lambda s: s.start) if group in doc.spans else []
        merged: dict[Any, dict[str, Any]] = {}
        for span in spans:
            row = _row(group, span)
            key = tuple(row[column] for column in schema.TABLES[group].key)
            if key in merged:
                _merge(merged[key], row)
            else:
                merged[key] = row
            rows["mentions"].append({"doc_id": doc_id, "start": span.start_char, "end": span.end_char,
                                     "label": label, "text": span.text, "normalized": span.kb_id_})
        rows[group] = [{"doc_id": doc_id, **row} for row in merged.values()]
    rows["mentions"].sort(key=lambda r: (r["start"], r["end"], r["label"]))
    return rows


def _row(group: str, span: Span) -> dict[str, Any]:
    attrs = span._.attrs or {}
    if group == "actors":
        return {"name": span.kb_id_, "type": span.label_, "country": attrs.get("country", ""),
                "role": attrs.get("role", ""), "mentions": 1}
    if group == "locations":
        return {"name": span.kb_id_, "type": span.label_, "country": attrs.get("country", ""),
                "latitude": attrs.get("latitude"), "longitude": attrs.get("longitude"), "mentions": 1}
    if group == "weapons":
        return {"name": span.kb_id_, "category": attrs["category"], "origin": attrs["origin"],
                "nominal_range_km": attrs.get("nominal_range_km"), "mentions": 1}
    if group == "ranges":
        return {"value_km": attrs["value_km"], "qualifier": attrs["qualifier"], "kind": attrs["kind"],
                "weapon": attrs["weapon"], "text": span.text}
    if group == "dates":
        return {"date": span.kb_id_, "granularity": attrs["granularity"], "text": span.text, "mentions": 1}
    return {"count": attrs["count"], "qualifier": attrs["qualifier"], "outcome": attrs["outcome"],
            "group": attrs["group"], "source": attrs["source"], "text": span.text}


def _merge(row: dict[str, Any], other: dict[str, Any]) -> None:
    """A later mention of the same thing: count it, and fill attributes the first mention lacked."""
    if "mentions" in row:
        row["mentions"] += 1
    for column, value in other.items():
        if column != "mentions" and row.get(column) in ("", None) and value not in ("", None):
            row[column] = value


def frames(rows: Iterable[Rows]) -> dict[str, pd.DataFrame]:
    """Concatenate per-document rows into one DataFrame per table, with the schema's dtypes."""
    import pandas as pd

    collected: Rows = {name: [] for name in schema.TABLES}
    for part in rows:
        for name, table_rows in part.items():
            collected[name].extend(table_rows)
    return {name: table.conform(pd.DataFrame(collected[name], columns=list(table.columns)))
            for name, table in schema.TABLES.items()}
