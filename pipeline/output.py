"""Writing tables: CSV or Parquet, one file per table, each written atomically."""
from __future__ import annotations

import os
import tempfile
from pathlib import Path

import pandas as pd

from . import schema

FORMATS = ("csv", "parquet")


def write_tables(tables: dict[str, pd.DataFrame], out: str | Path, fmt: str = "csv") -> list[Path]:
    """Write every table into ``out``; a reader never sees a half-written file."""
    if fmt not in FORMATS:
        raise ValueError(f"unknown format {fmt!r}; choose one of {', '.join(FORMATS)}")
    out = Path(out)
    out.mkdir(parents=True, exist_ok=True)
    written = []
    for name in schema.TABLES:
        path = out / f"{name}.{fmt}"
        _atomic_write(tables[name], path, fmt)
        written.append(path)
    return written


def read_tables(folder: str | Path, fmt: str | None = None) -> dict[str, pd.DataFrame]:
    """Read the tables of an output (or gold) folder back with the schema's dtypes; missing ones are empty."""
    folder = Path(folder)
    tables = {}
    for name, table in schema.TABLES.items():
        path = _find(folder, name, fmt)
        if path is None:
            tables[name] = table.empty()
        elif path.suffix == ".parquet":
            tables[name] = table.conform(pd.read_parquet(path))
        else:
            frame = pd.read_csv(path, dtype=str, keep_default_na=False)
            extra = [c for c in frame.columns if c not in table.columns]
            tables[name] = pd.concat([table.conform(frame), frame[extra].reset_index(drop=True)], axis=1)
    return tables


def _find(folder: Path, name: str, fmt: str | None) -> Path | None:
    for suffix in ([fmt] if fmt else FORMATS):
        path = folder / f"{name}.{suffix}"
        if path.exists():
            return path
    return None


def _atomic_write(frame: pd.DataFrame, path: Path, fmt: str) -> None:
    handle, temporary = tempfile.mkstemp(dir=path.parent, prefix=f".{path.name}.", suffix=".tmp")
    os.close(handle)
    try:
        if fmt == "csv":
            frame.to_csv(temporary, index=False)
        else:
            frame.to_parquet(temporary, index=False)
        os.replace(temporary, path)
    except BaseException:
        Path(temporary).unlink(missing_ok=True)
        raise
