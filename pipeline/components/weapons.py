"""``conflict_weapons``: weapons with canonical name, specificity, category, origin and nominal range.

Three kinds of mention, each a row with its ``specificity``:

- ``system``/``family``: every catalogue name the entity ruler finds (a match whose name is also an
  ordinary word, "Grad", "Patriot", "Lancet", only when a weapon word stands in the same sentence);
- ``system`` too: a designator of a known family that the catalogue does not list ("Shahed-238",
  "Kh-59MK2"), recognised by the family patterns of ``models/weapon_rules.json`` and given the family's
  category and origin;
- ``class``: a weapon named only by its class ("a guided aerial bomb", "drones", "a roadside bomb"),
  from ``models/weapon_classes.jsonl``, unless the class word belongs to a named system's mention
  ("Shahed drones") or stands in apposition to it ("the Kinzhal, a hypersonic missile"). A bare "bomb"
  is the class last told of a bomb ("the bomb" after "a truck bomb"), or the ground class where its
  sentence puts it on the ground ("a bomb went off in a market").
"""
from __future__ import annotations

import re

from spacy.language import Language
from spacy.tokens import Doc

from ..phrases import compile_table
from ..resources import fold
from ..validation import KnowledgeError
from .base import KnowledgeComponent, add_span, doc_entities, doc_text
from .locations import LOCATIONS

WEAPONS = "weapons"
SYSTEM, FAMILY, CLASS = "system", "family", "class"
#: Where a family designator may start: a word that opens with letters and a hyphen ("Kh-", "Shahed-").
HYPHENATED = re.compile(r"(?<![\w-])(?=[A-Za-z]+-)")
#: Words between a named system and a class noun that stand in apposition to it ("the Kinzhal, a ...").
APPOSITION = (",", "a", "an", "the", "—", "–", "(")


@Language.factory(
    "conflict_weapons",
    default_config={"data_dir": None},
    requires=["doc.ents"],
    assigns=["doc.spans"],
)
def make_weapon_linker(nlp: Language, name: str, data_dir: str | None) -> "WeaponLinker":
    return WeaponLinker(nlp, name, data_dir)


class WeaponLinker(KnowledgeComponent):
    files = ("weapons.jsonl", "weapon_classes.jsonl", "weapon_rules.json")

    def compile(self, data: dict) -> dict:
        weapons = data["weapons.jsonl"]
        rules = data["weapon_rules.json"]
        classes = data["weapon_classes.jsonl"]
        forms = [(form, entry["id"]) for entry in classes for form in (entry["id"], *entry["aliases"])]
        # a two-word class written as a compound before a noun ("a glide-bomb attack", "cluster-bomb strikes")
        forms += [(form.replace(" ", "-"), class_id) for form, class_id in forms
                  if form.count(" ") == 1 and form.islower() and form.replace(" ", "").isalpha()]
        return {
            "catalogue": {weapon["id"]: weapon for weapon in weapons},
            "by_name": {fold(name): weapon for weapon in weapons for name in (weapon["id"], *weapon["aliases"])},
            "ambiguous": {fold(name) for weapon in weapons for name in weapon.get("ambiguous", ())},
            "context_words": set(rules["context_words"]),
            "classes": {entry["id"]: entry for entry in classes},
            "class_table": compile_table(self.nlp.tokenizer, forms, "LOWER"),
            "acronyms": {fold(form) for form, _ in forms if form.replace("-", "").isupper()},
            # A designator ends a word ("Shahed-238", "Kh-101s"); it starts one (see HYPHENATED).
            "families": [(re.compile(rf"(?:{family['pattern']})(?=[a-z]*\b)"), family)
                         for family in rules["families"]],
            "not_before": set(rules["class_exclusions"]["before"]),
            "not_after": set(rules["class_exclusions"]["after"]),
            "place_heads": [tuple(head.split()) for head in rules["place_heads"]],
            "bare_words": set(rules["bare_classes"]["words"]),
            "ground_cues": {tuple(cue.split()) for cue in rules["bare_classes"]["ground_cues"]},
            "ground_class": self._known_class(classes, rules["bare_classes"]["ground_class"]),
        }

    @staticmethod
    def _known_class(classes: list[dict], class_id: str) -> str:
        if class_id not in {entry["id"] for entry in classes}:
            raise KnowledgeError(f"weapon_rules.json: bare_classes: ground_class {class_id!r} is no class of "
                                 "weapon_classes.jsonl")
        return class_id

    def process(self, doc: Doc) -> Doc:
        doc.spans[WEAPONS] = []
        named: list[tuple[int, int]] = []
        ents = doc_entities(doc)
        for ent in ents:
            weapon = self.catalogue.get(ent.ent_id_) if ent.label_ == "WEAPON" else None
            if weapon is None:
                continue
            if self._is_ambiguous(ent.text) and (not self._in_weapon_context(doc, ent.start, ent.end)
                                                 or self._in_person_name(doc, ent.start)) \
                    or self._names_place(doc, ent.end):
                continue
            named.append((ent.start, ent.end))
            self._add(doc, ent.start, ent.end, weapon, weapon.get("specificity", SYSTEM))
        taken = {i for start, end in named for i in range(start, end)} | \
            {i for ent in ents if ent.label_ == "WEAPON" for i in range(ent.start, ent.end)}
        for start, end, weapon in self._family_members(doc, taken):
            named.append((start, end))
            taken.update(range(start, end))
            self._add(doc, start, end, weapon, SYSTEM)
        # a place's name is no weapon ("Tank district", a district of Pakistan)
        places = {i for span in doc.spans.get(LOCATIONS, ()) for i in range(span.start, span.end)}
        self._classes(doc, taken | places, {end for _, end in named})
        return doc

    def _add(self, doc: Doc, start: int, end: int, weapon: dict, specificity: str) -> None:
        add_span(doc, WEAPONS, start, end, "WEAPON", weapon["id"], specificity=specificity,
                 category=weapon["category"], origin=weapon.get("origin", ""),
                 nominal_range_km=weapon.get("nominal_range_km"))

    # ------------------------------------------------------------------ families
    def _family_members(self, doc: Doc, taken: set[int]) -> list[tuple[int, int, dict]]:
        """Designators of known families the catalogue does not list: "Shahed-238", "Iskander-1000"
        (tried in the text at each hyphenated word, then mapped to tokens: "Iskander-K" is three tokens,
        "Kh-101" one)."""
        found = []
        text = doc_text(doc)
        for candidate in HYPHENATED.finditer(text):
            for pattern, family in self.families:
                match = pattern.match(text, candidate.start())
                if match is None:
                    continue
                span = doc.char_span(match.start(), match.end(), alignment_mode="expand")
                if span is not None and not taken.intersection(range(span.start, span.end)):
                    name = family["name"].format(designator=match.group("designator").upper())
                    weapon = self.by_name.get(fold(name)) or {"id": name, "category": family["category"],
                                                               "origin": family["origin"], "nominal_range_km": None}
                    found.append((span.start, span.end, weapon))
                    taken.update(range(span.start, span.end))
                break
        return found

    # ------------------------------------------------------------------ classes
    def _classes(self, doc: Doc, taken: set[int], system_ends: set[int]) -> None:
        """Weapons named only by their class: the longest class phrase at each place, unless it is part of
        a named system's mention or in apposition to one, or a word around it gives it another sense."""
        last_end = -1
        told: dict[str, str] = {}  # the class each head word last stood for ("bomb": "car bomb")
        for start, end, class_id in sorted(self.class_table(doc), key=lambda m: (m[0], -(m[1] - m[0]))):
            if start < last_end or taken.intersection(range(start, end)):
                continue
            last_end = end  # the longest phrase decides; the words inside it are not tried alone
            span = doc[start:end]
            if fold(span.text) in self.acronyms and not span.text.replace("-", "").isupper():
                continue  # "SAM", "IED", "RPG" as acronyms only
            before = doc[start - 1].lower_ if start > 0 else ""
            after = doc[end].lower_ if end < len(doc) else ""
            if before in self.not_before or after in self.not_after or self._describes_system(doc, start, system_ends):
                continue
            if end - start == 1 and before == "to" and doc[start].tag_ == "VB":
                continue  # "drones loaded with explosives to bomb houses": the verb, where the parse tells it
            head = doc[end - 1].lower_.removesuffix("s")
            if span.text.lower() in self.bare_words:
                class_id = told.get(head) or (self.ground_class if self._on_ground(doc, start) else class_id)
            elif end - start > 1:
                told[head] = class_id
            self._add(doc, start, end, {**self.classes[class_id], "origin": "", "nominal_range_km": None}, CLASS)

    def _on_ground(self, doc: Doc, start: int) -> bool:
        """ "A bomb went off in a market": a bomb told with no class of its own, in a sentence that puts it
        on the ground (``bare_classes`` ground cues), is the ground class, not one dropped from the air."""
        sentence = doc[start].sent if doc.has_annotation("SENT_START") else doc[:]
        words = [token.lower_ for token in sentence]
        return any(tuple(words[i:i + len(cue)]) == cue for cue in self.ground_cues for i in range(len(words)))

    @staticmethod
    def _describes_system(doc: Doc, start: int, system_ends: set[int]) -> bool:
        """ "ATACMS missiles", "the Kinzhal, a hypersonic missile", "a Shahed-136 (an attack drone)"."""
        i = start
        while i > 0 and i not in system_ends and doc[i - 1].lower_ in APPOSITION and start - i < 3:
            i -= 1
        return i in system_ends

    # ------------------------------------------------------------------ catalogue names
    def _is_ambiguous(self, text: str) -> bool:
        key = fold(text)
        return key in self.ambiguous or (key.endswith("s") and key[:-1] in self.ambiguous)

    def _names_place(self, doc: Doc, end: int) -> bool:
        """ "Flamingo air base", "Patriot camp": a weapon's name that opens a place's (``place_heads``)."""
        after = [token.lower_ for token in doc[end:end + 2]]
        return any(tuple(after[:len(head)]) == head for head in self.place_heads)

    @staticmethod
    def _in_person_name(doc: Doc, start: int) -> bool:
        """ "lawmaker Aminu Sani": an ambiguous name after a capitalised word that names no people or
        country (not "the Russian Sani mortar"), a surname."""
        if start == 0:
            return False
        before = doc[start - 1]
        return before.is_title and before.is_alpha and not before.is_sent_start \
            and before.ent_type_ not in ("NORP", "DEMONYM", "GPE", "COUNTRY", "WEAPON")

    def _in_weapon_context(self, doc: Doc, start: int, end: int) -> bool:
        """A weapon word elsewhere in the sentence ("the Tomahawk ... a cruise missile")."""
        sentence = doc[start].sent if doc.has_annotation("SENT_START") else doc[:]
        return any(token.lower_ in self.context_words for token in sentence if not start <= token.i < end)

