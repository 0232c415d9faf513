"""Reading numbers written in digits or words ("1,500", "2.5 million", "twenty-five", "six million").

Numbers of the usual forms are read with the word lists of ``models/numbers.json``; anything else goes
to ``quantulum3``. That keeps quantulum3, whose first call costs over a second (it builds its unit
tables and imports ``inflect``), off the start-up of a run that only meets ordinary numbers.
"""
from __future__ import annotations

import logging
import re
import warnings
from functools import lru_cache
from typing import Any

DIGITS = re.compile(r"\d{1,3}(?:,\d{3})+(?:\.\d+)?|\d+(?:\.\d+)?")


class NumberReader:
    """Numbers from text with the unit, tens and scale words of a ``numbers.json`` lexicon."""

    def __init__(self, lexicon: dict[str, Any]):
        self.small = {**lexicon["units"], **lexicon["tens"]}
        self.tens = dict(lexicon["tens"])
        self.units = {word: value for word, value in lexicon["units"].items() if 0 < value < 10}
        self.scales = dict(lexicon["scales"])

    def __call__(self, text: str) -> float | None:
        value = self.read(text)
        return value if value is not None else quantulum_number(text)

    def hyphenated(self, tens: str, unit: str) -> int | None:
        """The value of a number the tokenizer split at its hyphen ("twenty", "-", "one"), else ``None``."""
        tens, unit = tens.lower(), unit.lower()
        return self.tens[tens] + self.units[unit] if tens in self.tens and unit in self.units else None

    def read(self, text: str) -> float | None:
        """The value of ``text`` when it has one of the usual forms, else ``None``."""
        words = text.lower().replace("-", " ").split()
        if not words:
            return None
        if DIGITS.fullmatch(words[0]):
            value = float(words[0].replace(",", ""))
            for word in words[1:]:
                if word not in self.scales:
                    return None
                value *= self.scales[word]
            return value
        total = current = 0
        for word in words:
            if word in self.small:
                current += self.small[word]
            elif word == "hundred" and word in self.scales:
                current = (current or 1) * self.scales[word]
            elif word in self.scales:
                total += (current or 1) * self.scales[word]
                current = 0
            else:
                return None
        return float(total + current)


@lru_cache(maxsize=4096)
def quantulum_number(text: str) -> float | None:
    """The first number quantulum3 finds in ``text`` ("one and a half", "half")."""
    with warnings.catch_warnings():
        warnings.simplefilter("ignore")
        logging.getLogger("quantulum3").setLevel(logging.ERROR)
        from quantulum3 import parser

        quantities = parser.parse(text)
    return float(quantities[0].value) if quantities else None
