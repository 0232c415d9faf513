"""Writing tables: CSV or Parquet, one file per table, each written atomically."""
from __future__ import annotations

import os
import tempfile
from pathlib import Path
from typing import TYPE_CHECKING, Any

from . import schema

if TYPE_CHECKING:
    import pandas as pd

FORMATS = ("csv", "parquet")


#: Spreadsheet formula starters (OWASP's list: = + - @ tab and carriage return) and the escape quote
#: itself, as a regular-expression class: CSV cells beginning with one get a leading quote on the way out,
#: which reading removes, so a value that really begins with a quote comes back unchanged.
FORMULA_CLASS = "[=+@\\t\\r'-]"


def write_tables(tables: dict[str, pd.DataFrame], out: str | Path, fmt: str = "csv") -> list[Path]:
    """Write the given tables into ``out``; a reader never sees a half-written file."""
    if fmt not in FORMATS:
        raise ValueError(f"unknown format {fmt!r}; choose one of {', '.join(FORMATS)}")
    out = Path(out)
    out.mkdir(parents=True, exist_ok=True)
    written = []
    for name, table in schema.OUTPUT_TABLES.items():
        if name not in tables:
            continue
        path = out / f"{name}.{fmt}"
        _atomic_write(table.conform(tables[name]), table, path, fmt)
        written.append(path)
    return written


def sql_columns(table: schema.Table, escape_formulas: bool, prefix: str = "") -> list[str]:
    """DuckDB expressions selecting ``table``'s columns; for CSV, a text cell a spreadsheet would run as a
    formula (see :data:`FORMULA_CLASS`) gets a leading quote."""
    pattern = "^" + FORMULA_CLASS.replace("'", "''")
    columns = []
    for column, dtype in table.columns.items():
        value = f'{prefix}"{column}"'
        if escape_formulas and dtype == "string":
            columns.append(f"CASE WHEN regexp_matches({value}, '{pattern}') THEN '''' || {value} "
                           f"ELSE {value} END AS \"{column}\"")
        else:
            columns.append(value)
    return columns


def read_tables(folder: str | Path, fmt: str | None = None) -> dict[str, pd.DataFrame]:
    """Read the tables of an output (or gold) folder back with the schema's dtypes; missing ones are empty.

    Extra columns of a CSV file (the gold's ``optional``) are kept after the schema's columns.
    """
    import pandas as pd

    folder = Path(folder)
    tables = {}
    for name, table in schema.OUTPUT_TABLES.items():
        path = _find(folder, name, fmt)
        if path is None:
            tables[name] = table.empty()
        elif path.suffix == ".parquet":
            tables[name] = table.conform(pd.read_parquet(path))
        else:
            frame = pd.read_csv(path, dtype=str, keep_default_na=False)
            extra = [c for c in frame.columns if c not in table.columns]
            conformed = _unescape_formulas(table.conform(frame), table)
            tables[name] = pd.concat([conformed, frame[extra].reset_index(drop=True)], axis=1)
    return tables


def _unescape_formulas(frame: pd.DataFrame, table: schema.Table) -> pd.DataFrame:
    for column, dtype in table.columns.items():
        if dtype == "string":
            escaped = frame[column].str.match("'" + FORMULA_CLASS)
            frame.loc[escaped, column] = frame.loc[escaped, column].str[1:]
    return frame


def _find(folder: Path, name: str, fmt: str | None) -> Path | None:
    for suffix in ([fmt] if fmt else FORMATS):
        path = folder / f"{name}.{suffix}"
        if path.exists():
            return path
    return None


def _atomic_write(frame: pd.DataFrame, table: schema.Table, path: Path, fmt: str) -> None:
    handle, temporary = tempfile.mkstemp(dir=path.parent, prefix=f".{path.name}.", suffix=".tmp")
    os.close(handle)
    try:
        if fmt == "csv":  # DuckDB's writer, as batch runs use: it quotes a cell holding a carriage return
            import duckdb

            with duckdb.connect() as con:
                con.register("frame", frame)
                target = temporary.replace("'", "''")
                con.execute(f"COPY (SELECT {', '.join(sql_columns(table, True))} FROM frame) TO '{target}' "
                            f"(FORMAT csv, HEADER true)")
        else:
            frame.to_parquet(temporary, index=False)
        os.replace(temporary, path)
    except BaseException:
        Path(temporary).unlink(missing_ok=True)
        raise


#: Columns a terminal leaves out, to keep a table within a screen's width: an event's sentence and offsets
#: and its coordinates are in the written tables.
TERMINAL_OMITTED = {"events": ("latitude", "longitude", "text", "start", "end")}


def render_text(rows: dict[str, list[dict[str, Any]]],
                tables=(*schema.ENTITY_TABLES, schema.EVENTS)) -> str:
    """The entity tables and the events of extracted rows as aligned plain text, for a terminal (no
    pandas needed)."""
    out = []
    for table in tables:
        records = rows.get(table.name, [])
        out.append(f"\n== {table.name} ({len(records)}) ==")
        if not records:
            out.append("(none)")
            continue
        omitted = ("doc_id", *TERMINAL_OMITTED.get(table.name, ()))
        columns = [column for column in table.columns if column not in omitted]
        cells = [[_cell(record.get(column)) for column in columns] for record in records]
        widths = [max(len(column), *(len(row[i]) for row in cells)) for i, column in enumerate(columns)]
        out.append("  ".join(column.ljust(width) for column, width in zip(columns, widths)).rstrip())
        out += ["  ".join(cell.ljust(width) for cell, width in zip(row, widths)).rstrip() for row in cells]
    return "\n".join(out)


def _cell(value: Any) -> str:
    if value is None:
        return ""
    if isinstance(value, float):
        return f"{value:g}"
    return str(value)
