"""Reading the knowledge files under ``models/``.

Knowledge lives in data files, not code. Components read them through these helpers when they are
built, and carry a copy when the pipeline is saved with ``nlp.to_disk``.
"""
from __future__ import annotations

import csv
import io
import json
import os
import unicodedata
from pathlib import Path
from typing import Any

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


def read(path: Path) -> Any:
    """A knowledge file's content, parsed by its suffix (``.jsonl``, ``.json`` or ``.tsv``)."""
    return parse(path.name, path.read_bytes())


def parse(name: str, raw: bytes) -> Any:
    """Parse the bytes of the knowledge file called ``name``; errors name the file and line."""
    text = raw.decode("utf-8")
    suffix = Path(name).suffix
    if suffix == ".jsonl":
        records = []
        for number, line in enumerate(text.splitlines(), 1):
            line = line.strip()
            if not line:
                continue
            try:
                records.append(json.loads(line))
            except json.JSONDecodeError as error:
                raise ValueError(f"{name}:{number}: not valid JSON ({error.msg})") from None
        return records
    if suffix == ".json":
        try:
            return json.loads(text)
        except json.JSONDecodeError as error:
            raise ValueError(f"{name}:{error.lineno}: not valid JSON ({error.msg})") from None
    if suffix == ".tsv":
        return list(csv.DictReader(io.StringIO(text, newline=""), delimiter="\t"))
    raise ValueError(f"{name}: unknown knowledge file type {suffix!r}")


def dumps(name: str, content: Any) -> bytes:
    """The bytes of a knowledge file called ``name`` holding ``content`` (the inverse of :func:`parse`)."""
    suffix = Path(name).suffix
    if suffix == ".jsonl":
        return "".join(json.dumps(record, ensure_ascii=False) + "\n" for record in content).encode("utf-8")
    if suffix == ".json":
        return json.dumps(content, ensure_ascii=False, indent=1).encode("utf-8")
    if suffix == ".tsv":
        handle = io.StringIO(newline="")
        writer = csv.DictWriter(handle, fieldnames=list(content[0]) if content else [], delimiter="\t")
        writer.writeheader()
        writer.writerows(content)
        return handle.getvalue().encode("utf-8")
    raise ValueError(f"{name}: unknown knowledge file type {suffix!r}")


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
