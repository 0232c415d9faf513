"""Regular expressions with a literal prefilter, so that most texts are refused by a substring test.

A set of case-insensitive alternatives that open with ``\\b`` ("photo credit", "image:", "via Reuters"
...) gives Python's regular-expression engine no prefix to scan for: it tries every alternative at
every position of every line. Yet each alternative needs some literal text to match. :func:`required`
reads the pattern's parse tree for substrings one of which any match must contain (as RE2's prefilter
does); a text holding none of them (case-folded) cannot match, and the pattern runs only on the others.
A construct it cannot read costs only the prefilter (the pattern then always runs), never a match.
"""
from __future__ import annotations

import re

try:  # the parser behind ``re.compile``; public as ``sre_parse`` before Python 3.11
    from re import _constants as constants
    from re import _parser as parser
except ImportError:  # pragma: no cover - Python 3.10
    import sre_constants as constants  # type: ignore[no-redef]
    import sre_parse as parser  # type: ignore[no-redef]

REPEATS = {constants.MAX_REPEAT, constants.MIN_REPEAT, getattr(constants, "POSSESSIVE_REPEAT", None)} - {None}


class GatedPattern:
    """A compiled pattern whose ``search`` first checks for one of its required substrings."""

    def __init__(self, pattern: str, flags: int = 0):
        self.pattern = re.compile(pattern, flags)
        found = required(parser.parse(pattern, flags))
        self.literals = tuple(sorted(found)) if found else None

    def search(self, text: str) -> re.Match | None:
        if self.literals is not None:
            folded = text.casefold()
            if not any(literal in folded for literal in self.literals):
                return None
        return self.pattern.search(text)

    def __reduce__(self):
        return GatedPattern, (self.pattern.pattern, self.pattern.flags)


def required(items) -> set[str] | None:
    """Case-folded substrings one of which every match of the parsed pattern ``items`` contains, or
    ``None`` when no such set was found. Of the choices a sequence offers, the one whose shortest
    substring is longest wins (the most selective test)."""
    choices: list[set[str]] = []
    run: list[str] = []
    for op, value in items:
        if op is constants.LITERAL:
            run.append(chr(value))
            continue
        if run:
            choices.append({"".join(run).casefold()})
            run = []
        found = _required_of(op, value)
        if found:
            choices.append(found)
    if run:
        choices.append({"".join(run).casefold()})
    return max(choices, key=lambda choice: min(len(text) for text in choice), default=None)


def _required_of(op, value) -> set[str] | None:
    if op is constants.SUBPATTERN:
        return required(value[-1])
    if op is constants.BRANCH:
        alternatives = [required(branch) for branch in value[1]]
        return set().union(*alternatives) if all(alternatives) else None
    if op in REPEATS:
        low, _, body = value
        return required(body) if low >= 1 else None
    if op is constants.IN and value and all(kind is constants.LITERAL for kind, _ in value):
        return {chr(code).casefold() for _, code in value}
    return None
