"""``conflict_weapons``: weapon systems with canonical name, category, origin and nominal range.

The entity ruler finds every catalogue name; this component keeps a match whose name is also an
ordinary word ("Grad", "Patriot", "Lancet") only when a weapon word stands in the same sentence.
"""
from __future__ import annotations

from spacy.language import Language
from spacy.tokens import Doc

from ..resources import fold
from .base import KnowledgeComponent, add_span

WEAPONS = "weapons"


@Language.factory(
    "conflict_weapons",
    default_config={"data_dir": None},
    requires=["doc.ents"],
    assigns=["doc.spans"],
)
def make_weapon_linker(nlp: Language, name: str, data_dir: str | None) -> "WeaponLinker":
    return WeaponLinker(nlp, name, data_dir)


class WeaponLinker(KnowledgeComponent):
    files = ("weapons.jsonl", "weapon_rules.json")

    def compile(self, data: dict) -> dict:
        weapons = data["weapons.jsonl"]
        return {"catalogue": {weapon["id"]: weapon for weapon in weapons},
                "ambiguous": {fold(name) for weapon in weapons for name in weapon.get("ambiguous", ())},
                "context_words": set(data["weapon_rules.json"]["context_words"])}

    def process(self, doc: Doc) -> Doc:
        doc.spans[WEAPONS] = []
        for ent in doc.ents:
            weapon = self.catalogue.get(ent.ent_id_) if ent.label_ == "WEAPON" else None
            if weapon is None:
                continue
            if self._is_ambiguous(ent.text) and not self._in_weapon_context(doc, ent.start, ent.end):
                continue
            add_span(doc, WEAPONS, ent.start, ent.end, "WEAPON", weapon["id"],
                     category=weapon["category"], origin=weapon["origin"],
                     nominal_range_km=weapon.get("nominal_range_km"))
        return doc

    def _is_ambiguous(self, text: str) -> bool:
        key = fold(text)
        return key in self.ambiguous or (key.endswith("s") and key[:-1] in self.ambiguous)

    def _in_weapon_context(self, doc: Doc, start: int, end: int) -> bool:
        """A weapon word elsewhere in the sentence ("the Tomahawk ... a cruise missile")."""
        sentence = doc[start].sent if doc.has_annotation("SENT_START") else doc[:]
        return any(token.lower_ in self.context_words for token in sentence if not start <= token.i < end)
