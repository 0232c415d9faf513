"""From processed documents to the output tables: one row per distinct normalized thing per article."""
from __future__ import annotations

from typing import TYPE_CHECKING, Any, Iterable

from spacy.tokens import Doc, Span

from . import schema
from .components.base import doc_text, span_attrs

if TYPE_CHECKING:
    import pandas as pd

Rows = dict[str, list[dict[str, Any]]]


def doc_rows(doc: Doc, doc_id: str) -> Rows:
    """The rows one document contributes to every table (plain dicts, cheap to pickle and append)."""
    rows: Rows = {name: [] for name in schema.TABLES}
    text = doc_text(doc)
    for table in schema.TABLES.values():
        if table is schema.MENTIONS:
            continue
        spans = sorted(doc.spans[table.name], key=lambda s: s.start) if table.name in doc.spans else []
        merged: dict[Any, dict[str, Any]] = {}
        for span in spans:
            start, end = span.start_char, span.end_char
            span_text = text[start:end]  # what ``span.text`` joins token by token
            row = span_row(table, span, span_text)
            key = tuple(row[column] for column in table.key)
            if key in merged:
                _merge(merged[key], row)
            else:
                merged[key] = row
            if table.mention_label:
                rows["mentions"].append({"doc_id": doc_id, "start": start, "end": end,
                                         "label": table.mention_label, "text": span_text, "normalized": span.kb_id_})
        rows[table.name] = [{"doc_id": doc_id, **row} for row in merged.values()]
    rows["mentions"].sort(key=lambda r: (r["start"], r["end"], r["label"]))
    return rows


def span_row(table: schema.Table, span: Span, text: str | None = None) -> dict[str, Any]:
    """A table row from one extracted span, as the table's declaration says (``schema.Table``); ``text``
    is the span's text when the caller has it."""
    attrs = span_attrs(span) or {}
    row: dict[str, Any] = {}
    for column, read, default in _reading(table):
        if read is None:
            row[column] = attrs.get(column, default)
        else:
            row[column] = read(span, text)
    return row


#: How a column is read off the span itself, by the name ``Table.from_span`` gives it.
_FROM_SPAN = {
    "kb_id": lambda span, text: span.kb_id_,
    "label": lambda span, text: span.label_,
    "text": lambda span, text: span.text if text is None else text,
    "start_char": lambda span, text: span.start_char,
    "end_char": lambda span, text: span.end_char,
}
_READINGS: dict[int, tuple[schema.Table, list[tuple[str, Any, Any]]]] = {}


def _reading(table: schema.Table) -> list[tuple[str, Any, Any]]:
    """``(column, reader or None, default)`` for each column a span fills, worked out once per table:
    a row is made for every span of every article."""
    kept = _READINGS.get(id(table))
    if kept is not None and kept[0] is table:
        return kept[1]
    found = [
        (column, _FROM_SPAN[table.from_span[column]] if column in table.from_span
         else (lambda span, text: 1) if column == "mentions" else None,
         "" if dtype == "string" else None)
        for column, dtype in table.columns.items() if column != "doc_id"]
    _READINGS[id(table)] = (table, found)
    return found


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
