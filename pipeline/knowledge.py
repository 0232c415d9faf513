"""The knowledge base: canonical entries from ``models/`` and the entity-ruler patterns made from them.

Every name the pipeline recognises by rule comes from a data file. This module turns those files into
(a) phrase patterns for spaCy's entity ruler, each carrying its canonical ``id``, and (b) alias tables
that map any known surface form to its canonical name, used by the components and by evaluation.
"""
from __future__ import annotations

from dataclasses import dataclass, field
from functools import lru_cache
from pathlib import Path
from typing import Any

from . import gazetteer as cities
from . import resources, validation
from .resources import NameIndex, fold

#: Ruler labels of the actor kinds, in the order they claim a surface form.
ORG_TYPES = ("GOVERNMENT", "MILITARY", "ARMED_GROUP", "ORGANIZATION")
PLACE_LABELS = {"REGION": "REGION", "CITY": "CITY", "FACILITY": "FACILITY", "OTHER": "OTHER"}
APOSTROPHES = ("'", "’")


@dataclass
class Knowledge:
    """All knowledge files of one ``models/`` folder, parsed."""

    countries: list[dict[str, Any]]
    organizations: list[dict[str, Any]]
    people: list[dict[str, Any]]
    roles: list[dict[str, Any]]
    weapons: list[dict[str, Any]]
    places: list[dict[str, Any]]
    actor_rules: dict[str, Any]
    gazetteer: dict[str, Any]
    conflicts: list[dict[str, Any]] = field(default_factory=list)

    @classmethod
    def load(cls, directory: str | Path | None = None) -> "Knowledge":
        root = resources.resolve(directory)
        return cls.from_files({file: validation.validate(file, resources.read(root / file)) for file in FILES.values()})

    @classmethod
    def from_files(cls, data: dict[str, Any]) -> "Knowledge":
        """From parsed file contents keyed by file name (a component's ``data``)."""
        return cls(**{name: data[file] for name, file in FILES.items() if file in data})

    # ------------------------------------------------------------------ patterns
    def ruler_patterns(self) -> list[dict[str, Any]]:
        """Phrase patterns for the entity ruler; the first entry to claim a surface form keeps it. Cities
        matched only because the gazetteer lists them are ``weak``: they give way to a longer entity of
        the model's ("Victoria" in "Victoria Okafor")."""
        claimed: dict[str, tuple[str, str, bool]] = {}

        heads = set(self.actor_rules["org_heads"]) | set(self.actor_rules["armed_group_words"])

        def claim(label: str, canonical: str, surface: str, weak: bool = False) -> None:
            # "Bryansk oblast", "the Sinaloa cartel": the last word of a place or of an organization's
            # generic head noun is written in either case
            any_case = label in PLACE_LABELS or (label in ORG_TYPES and " " in surface and surface.rsplit(" ", 1)[1] in heads)
            for variant in surface_variants(surface, plural=label == "WEAPON", any_case_last_word=any_case):
                claimed.setdefault(variant, (label, canonical, weak))

        for person in self.people:
            for name in (person["id"], *person.get("aliases", ())):
                claim("PERSON", person["id"], name)
        for org_type in ORG_TYPES:
            for org in self.organizations:
                if org["type"] == org_type:
                    for name in (org["id"], *org.get("aliases", ())):
                        claim(org_type, org["id"], name)
        for weapon in self.weapons:
            for name in (weapon["id"], *weapon.get("aliases", ())):
                claim("WEAPON", weapon["id"], name)
        for country in self.countries:
            for name in (country["id"], *country.get("aliases", ())):
                claim("COUNTRY", country["id"], name)
        for surface, entry in self.military_aliases().items():
            claim("MILITARY", entry["name"], surface)
        for country in self.countries:
            for name in country.get("demonyms", ()):
                claim("DEMONYM", country["id"], name)
            for name in country.get("metonyms", ()):
                claim("METONYM", country["id"], name)
        for place in self.places:
            for name in (place["id"], *place.get("aliases", ())):
                claim(PLACE_LABELS[place["type"]], place["id"], name)
        for surface, canonical in self.city_gazetteer().rule_names().items():
            claim("CITY", canonical, surface, weak=True)
        return [{"label": label, "pattern": surface, "id": canonical, **({"weak": True} if weak else {})}
                for surface, (label, canonical, weak) in claimed.items()]

    def military_aliases(self) -> dict[str, dict[str, str]]:
        """Surface forms such as "Ukrainian forces" or "Ukraine's military", to the forces' actor entry."""
        rules = self.actor_rules
        known = {fold(name): org for org in self.organizations if org["type"] == "MILITARY"
                 for name in (org["id"], *org.get("aliases", ()))}
        aliases: dict[str, dict[str, str]] = {}
        for country in self.countries:
            generic = rules["military_canonical"].format(country=country["id"])
            org = known.get(fold(generic))
            entry = {"name": org["id"] if org else generic, "type": "MILITARY",
                     "country": (org.get("country") if org else "") or country["alpha3"]}
            adjectives = [d for d in country.get("demonyms", ())] + [
                a for a in country.get("aliases", ()) if a.replace(".", "").isupper() and len(a) <= 5]
            # the country's short names too ("Burma's military", "Congo's army"), not its formal ones
            names = [country["id"], *(a for a in country.get("aliases", ()) if len(a.split()) <= 2
                                      and " of " not in f" {a} " and "Republic" not in a)]
            for template in rules["military_templates"]:
                fillers = adjectives if "{demonym}" in template else names
                for filler in fillers:
                    aliases[template.format(demonym=filler, country=filler)] = entry
                    if template.startswith("{"):  # "Sudanese Army", "Nigerien Armed Forces" as names
                        aliases[template.format(demonym=filler, country=filler).replace(" army", " Army").replace(
                            " armed forces", " Armed Forces").replace(" military", " Military").replace(
                            " forces", " Forces").replace(" troops", " Troops")] = entry
        return aliases

    def city_gazetteer(self) -> cities.Gazetteer:
        return cities.for_settings(self.gazetteer, self.conflicts)

    # ------------------------------------------------------------------ alias tables
    def actor_aliases(self) -> NameIndex:
        """Every known actor name (people, organizations, countries with their demonyms and metonyms, armed
        forces' aliases) -> its entry (name, type, country, and validity dates when it has them)."""
        index = NameIndex()

        def add(names, entry):
            for name in names:
                index.add(name, entry)

        for person in self.people:
            add((person["id"], *person.get("aliases", ())), {"name": person["id"], "type": "PERSON",
                                                              "country": person.get("country", ""), **_validity(person)})
        for org in self.organizations:
            home = {"home_aliases": [fold(a) for a in org["home_aliases"]],
                    "home_institution": org["home_institution"]} if org.get("home_aliases") else {}
            add((org["id"], *org.get("aliases", ())), {"name": org["id"], "type": org["type"],
                                                        "country": org.get("country", ""), **_validity(org), **home})
        for country in self.countries:
            add((country["id"], *country.get("aliases", ()), *country.get("demonyms", ()),
                 *country.get("metonyms", ())),
                {"name": country["id"], "type": "COUNTRY", "country": country["alpha3"]})
        for surface, entry in self.military_aliases().items():
            add((surface, entry["name"]), entry)
        return index

    def weapon_aliases(self) -> NameIndex:
        index = NameIndex()
        for weapon in self.weapons:
            for name in (weapon["id"], *weapon.get("aliases", ())):
                index.add(name, weapon)
        return index

    def place_aliases(self) -> NameIndex:
        index = NameIndex()
        for place in self.places:
            for name in (place["id"], *place.get("aliases", ())):
                index.add(name, place)
        return index


def _validity(entry: dict[str, Any]) -> dict[str, str]:
    return {key: entry[key] for key in ("valid_from", "valid_to") if key in entry}


#: The file behind each field of :class:`Knowledge`.
FILES = {"countries": "countries.jsonl", "organizations": "organizations.jsonl", "people": "people.jsonl",
         "roles": "roles.jsonl", "weapons": "weapons.jsonl", "places": "places.jsonl",
         "actor_rules": "actor_rules.json", "gazetteer": "gazetteer.json", "conflicts": "conflicts.jsonl"}


def surface_variants(surface: str, plural: bool = False, any_case_last_word: bool = False) -> set[str]:
    """Written forms of one name: both apostrophe styles, title-cased acronyms, plurals if asked, and
    for places the administrative word in either case ("Bryansk Oblast", "Bryansk oblast")."""
    forms = {surface}
    head, _, last = surface.rpartition(" ")
    if any_case_last_word and head and last.isalpha():
        forms.update({f"{head} {last.lower()}", f"{head} {last.capitalize()}"})
    letters = surface.replace(".", "").replace("-", "").replace(" ", "")
    if letters.isalpha() and letters.isupper() and len(letters) >= 4:
        forms.add(surface.title())
    if plural:
        forms.update([form + "s" for form in forms if not form.endswith("s")])
    for form in list(forms):
        for apostrophe in APOSTROPHES:
            for other in APOSTROPHES:
                forms.add(form.replace(apostrophe, other))
    return forms


@lru_cache(maxsize=None)
def load(directory: str | None = None) -> Knowledge:
    """The parsed knowledge of a ``models/`` folder, read once per process."""
    return Knowledge.load(directory)
