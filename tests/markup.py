"""Inline markup for span tests, as edsnlp writes its examples: ``<ent label=WEAPON id=ATACMS>ATACMS</ent>``.

``parse`` returns the plain text and, for every marked span, its character offsets with the attributes
written in the tag, so one string pins both a span's boundaries and what it must carry.
"""
from __future__ import annotations

import re
from dataclasses import dataclass

TAG = re.compile(r"<ent((?:\s+[\w.]+=[^\s>]+)*)\s*>(.*?)</ent>")
ATTRIBUTE = re.compile(r"([\w.]+)=([^\s>]+)")


@dataclass(frozen=True)
class Marked:
    start: int
    end: int
    text: str
    attrs: dict


def parse(marked: str) -> tuple[str, list[Marked]]:
    """Plain text and the marked spans (``_`` in an attribute value stands for a space)."""
    text, spans, position = [], [], 0
    length = 0
    for match in TAG.finditer(marked):
        before = marked[position:match.start()]
        text.append(before)
        length += len(before)
        inner = match.group(2)
        attrs = {key: value.replace("_", " ") for key, value in ATTRIBUTE.findall(match.group(1))}
        spans.append(Marked(length, length + len(inner), inner, attrs))
        text.append(inner)
        length += len(inner)
        position = match.end()
    text.append(marked[position:])
    return "".join(text), spans
