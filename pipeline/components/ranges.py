"""``conflict_ranges``: weapon ranges and distances in kilometres, with qualifier and weapon.

Candidates are a number followed by a length unit from ``models/ranges.json`` ("300 kilometers",
"1,500-kilometre", "60 nautical miles"). ``quantulum3`` reads the number and unit of each candidate
only; altitudes, speeds, areas and bracketed conversions ("300 km (186 miles)") are dropped. A range
belongs to the nearest weapon in its sentence when the sentence speaks of reach ("range", "can
travel"); otherwise it is a distance.
"""
from __future__ import annotations

from spacy.language import Language
from spacy.tokens import Doc, Span
from spacy.util import filter_spans

from ..numbers import NumberReader
from ..phrases import compile_table, lower_words, token_texts
from .base import KnowledgeComponent, add_span, qualifier_before, qualifier_phrases, span_attrs
from .weapons import WEAPONS

RANGES = "ranges"


@Language.factory(
    "conflict_ranges",
    default_config={"data_dir": None},
    requires=["doc.spans"],
    assigns=["doc.spans"],
)
def make_range_extractor(nlp: Language, name: str, data_dir: str | None) -> "RangeExtractor":
    return RangeExtractor(nlp, name, data_dir)


class RangeExtractor(KnowledgeComponent):
    files = ("ranges.json", "weapon_rules.json", "numbers.json")

    def compile(self, data: dict) -> dict:
        lexicon = data["ranges.json"]
        forms = [(form, unit["km"]) for unit in lexicon["units"].values() for form in unit["forms"]]
        unit_km: dict[str, float] = {}
        for tokens, (_, km) in zip(token_texts(self.nlp.tokenizer, [form for form, _ in forms]), forms):
            unit_km[" ".join(tokens)] = km
        return {
            "unit_km": unit_km,
            # Units are the sparse trigger; the number is read leftwards from each one.
            "units": compile_table(self.nlp.tokenizer, ((form, "UNIT") for form, _ in forms)),
            "qualifiers": qualifier_phrases(lexicon["qualifiers"]),
            "cues": set(lexicon["weapon_range_cues"]),
            "excluded": set(lexicon["excluded_cues"]),
            "pronouns": set(lexicon["pronouns"]),
            "distance_followers": set(lexicon["distance_followers"]),
            "distance_before": set(lexicon["distance_cues_before"]),
            "platform_categories": set(data["weapon_rules.json"]["platform_categories"]),
            "numbers": NumberReader(data["numbers.json"]),
        }

    def process(self, doc: Doc) -> Doc:
        doc.spans[RANGES] = []
        weapons = list(doc.spans[WEAPONS]) if WEAPONS in doc.spans else []
        previous_end = -10
        for span in filter_spans(self._candidates(doc)):
            bracketed = span.start - previous_end <= 1 and doc[span.start - 1].text == "("
            previous_end = span.end
            if bracketed or self._excluded(doc, span):
                continue
            value = self._kilometres(span)
            if value is None:
                continue
            start, qualifier = qualifier_before(doc, span.start, self.qualifiers)
            # "45 km northwest of Mocha", "which lies 10,000 km from": where something is, not a reach.
            placed = (span.end < len(doc) and doc[span.end].lower_ in self.distance_followers) or \
                bool(self.distance_before.intersection(lower_words(doc)[max(0, start - 3):start]))
            weapon = "" if placed else self._weapon(span, weapons)
            kind = "weapon_range" if weapon else "distance"
            add_span(doc, RANGES, start, span.end, "RANGE", f"{value:g}", value_km=value,
                     qualifier=qualifier, kind=kind, weapon=weapon)
        return doc

    def _candidates(self, doc: Doc) -> list[Span]:
        """Number + unit: "300 kilometers", "1,500-kilometre", "60 nautical miles"."""
        found = []
        for start, end, _ in self.units(doc):
            first = start - 1 if start > 0 and doc[start - 1].text == "-" else start
            number = first
            while number > 0 and doc[number - 1].like_num:
                number -= 1
            if number < first:
                found.append(Span(doc, number, end))
        return found

    def _kilometres(self, span: Span) -> float | None:
        number = [t.text for t in span if t.like_num]
        unit = " ".join(t.text for t in span[len(number):] if t.text != "-")
        factor = self.unit_km.get(unit) or self.unit_km.get(unit.lower())
        value = self.numbers(" ".join(number))
        if value is None or factor is None or value <= 0:
            return None
        return round(value * factor, 1)

    def _excluded(self, doc: Doc, span: Span) -> bool:
        before = set(lower_words(doc)[max(0, span.start - 4):span.start])
        after = [t.lower_ for t in doc[span.end:span.end + 3] if t.text != "-"][:2]
        return bool(before & self.excluded) or bool(set(after[:1]) & self.excluded) \
            or " ".join(after) in self.excluded

    def _weapon(self, span: Span, weapons: list[Span]) -> str:
        """The munition whose reach the sentence gives: a named system before a generic class ("the
        missile"), the nearest before the number, else after it, else (for "it can fly ...") the last one
        of the previous sentence. Launch platforms (aircraft, ships, launchers) carry weapons but do not
        own their range."""
        doc = span.doc
        sentence = span.sent if doc.has_annotation("SENT_START") else doc[:]
        if not any(t.lower_ in self.cues for t in sentence):
            return ""
        named = [w for w in weapons if (span_attrs(w) or {}).get("specificity") != "class"]
        # A generic class owns a range only when the text names it first ("the missile can fly 300 km").
        return self._nearest(span, sentence, named) or self._nearest(span, sentence, weapons, after_number=False)

    def _nearest(self, span: Span, sentence: Span, weapons: list[Span], after_number: bool = True) -> str:
        doc = span.doc
        munitions = [w for w in weapons if (span_attrs(w) or {}).get("category") not in self.platform_categories] \
            or weapons
        inside = [w for w in munitions if sentence.start <= w.start < sentence.end]
        before = [w for w in inside if w.end <= span.start]
        after = [w for w in inside if w.start >= span.end] if after_number else []
        if before or after:
            return (before[-1] if before else after[0]).kb_id_
        if sentence.start > 0 and any(t.lower_ in self.pronouns for t in sentence):
            previous = doc[sentence.start - 1].sent
            earlier = [w for w in munitions if previous.start <= w.start < previous.end]
            if earlier:
                return earlier[-1].kb_id_
        return ""
