"""Reading the knowledge files under ``models/``.

Knowledge lives in data files, not code. Components read them through these helpers when they are
built, and carry a copy when the pipeline is saved with ``nlp.to_disk``.
"""
from __future__ import annotations

import csv
import json
import os
import unicodedata
from pathlib import Path
from typing import Any, Iterable

#: Environment variable that points the pipeline at another knowledge folder.
MODELS_ENV = "CONFLICT_IE_MODELS"


def models_dir() -> Path:
    """The folder holding the knowledge files: ``$CONFLICT_IE_MODELS`` or the repository's ``models/``."""
    configured = os.environ.get(MODELS_ENV)
    if configured:
        return Path(configured)
    return Path(__file__).resolve().parent.parent / "models"


def resolve(directory: str | os.PathLike | None) -> Path:
    return Path(directory) if directory else models_dir()


def read_jsonl(path: Path) -> list[dict[str, Any]]:
    records = []
    with open(path, encoding="utf-8") as handle:
        for number, line in enumerate(handle, 1):
            line = line.strip()
            if not line:
                continue
            try:
                records.append(json.loads(line))
            except json.JSONDecodeError as error:
                raise ValueError(f"{path}:{number}: not valid JSON ({error.msg})") from None
    return records


def read_json(path: Path) -> Any:
    with open(path, encoding="utf-8") as handle:
        return json.load(handle)


def write_jsonl(path: Path, records: Iterable[dict[str, Any]]) -> None:
    with open(path, "w", encoding="utf-8") as handle:
        for record in records:
            handle.write(json.dumps(record, ensure_ascii=False) + "\n")


def write_json(path: Path, data: Any) -> None:
    with open(path, "w", encoding="utf-8") as handle:
        json.dump(data, handle, ensure_ascii=False, indent=1)


def read_tsv(path: Path) -> list[dict[str, str]]:
    with open(path, encoding="utf-8", newline="") as handle:
        return list(csv.DictReader(handle, delimiter="\t"))


def write_tsv(path: Path, rows: list[dict[str, str]]) -> None:
    with open(path, "w", encoding="utf-8", newline="") as handle:
        writer = csv.DictWriter(handle, fieldnames=list(rows[0]) if rows else [], delimiter="\t")
        writer.writeheader()
        writer.writerows(rows)


_APOSTROPHES = str.maketrans({"’": "'", "‘": "'", "`": "'", "‐": "-", "‑": "-", "–": "-", "—": "-"})


def fold(text: str) -> str:
    """Key for alias lookups: case, accents, apostrophe styles, a leading "the" and spacing ignored."""
    text = unicodedata.normalize("NFKD", text.translate(_APOSTROPHES))
    text = "".join(ch for ch in text if not unicodedata.combining(ch)).casefold().strip()
    if text.startswith("the "):
        text = text[4:]
    if text.endswith("'s"):
        text = text[:-2]
    return " ".join(text.replace(" - ", "-").split())
