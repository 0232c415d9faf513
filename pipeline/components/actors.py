"""``conflict_actors``: who acts, with canonical names, type, country and role.

Reads the entity ruler's and the statistical model's entities, decides for each country-like mention
whether the country acts ("Russia said") or is a place ("struck targets in Russia"), resolves names
through the knowledge base, attaches titles ("Foreign Minister Sergei Lavrov") and links short forms
("Lavrov", "Trump's") to the full name used elsewhere in the article.
"""
from __future__ import annotations

import re

from spacy.language import Language
from spacy.tokens import Doc, Span

from .. import gazetteer as cities
from .. import knowledge
from ..phrases import compile_table
from ..resources import fold
from .base import KnowledgeComponent, add_span

ACTORS = "actors"
#: Spans that name places; the locations component geocodes them.
PLACE_MENTIONS = "place_mentions"

DATELINE = re.compile(r"(?:^|\n)[ \t]*([A-Z][A-Z'.]+(?: [A-Z][A-Z'.]+)*)[ \t]*[—–,-]")
RULER_ACTOR_LABELS = {"PERSON", "GOVERNMENT", "MILITARY", "ARMED_GROUP", "ORGANIZATION"}
COUNTRY_LABELS = {"COUNTRY", "DEMONYM", "METONYM"}
PLACE_LABELS = {"REGION", "CITY", "FACILITY", "OTHER", "GPE", "LOC", "FAC"}


@Language.factory(
    "conflict_actors",
    default_config={"data_dir": None},
    requires=["doc.ents"],
    assigns=["doc.spans"],
)
def make_actor_linker(nlp: Language, name: str, data_dir: str | None) -> "ActorLinker":
    return ActorLinker(nlp, name, data_dir)


class ActorLinker(KnowledgeComponent):
    files = ("countries.jsonl", "organizations.jsonl", "people.jsonl", "roles.jsonl",
             "actor_rules.json", "weapons.jsonl", "places.jsonl", "gazetteer.json", "conflicts.jsonl")

    def compile(self, data: dict) -> dict:
        kb = knowledge.Knowledge.from_files(data)
        rules = data["actor_rules.json"]
        role_titles = {form.lower(): role["title"] for role in data["roles.jsonl"]
                       for form in (role["title"], *role.get("aliases", ()))}
        return {
            "aliases": kb.actor_aliases(),
            "country_by_name": {c["id"]: c for c in kb.countries},
            "capitals": {fold(c["capital"]): c["id"] for c in kb.countries if c.get("capital")},
            "place_names": {fold(name) for place in kb.places for name in (place["id"], *place.get("aliases", ()))},
            "locative": set(rules["locative_prepositions"]),
            "place_nouns": set(rules["place_nouns"]),
            "collective": set(rules["person_collective_nouns"]),
            "bridge": set(rules["role_bridge_tokens"]),
            "former": set(rules["former_words"]),
            "action_verbs": set(rules["action_verbs_after_metonym"]),
            "place_verbs": set(rules["place_verbs"]),
            "not_people": {fold(word) for word in rules["non_person_words"]},
            "role_titles": role_titles,
            "role_table": compile_table(self.nlp.tokenizer, ((form, form) for form in sorted(role_titles)), "LOWER"),
            "gazetteer_settings": (data["gazetteer.json"], data["conflicts.jsonl"]),
        }

    def setup(self, state: dict) -> None:
        super().setup(state)
        self.gazetteer = cities.for_settings(*self.gazetteer_settings)

    # ------------------------------------------------------------------ main
    def process(self, doc: Doc) -> Doc:
        doc.spans[ACTORS] = []
        doc.spans[PLACE_MENTIONS] = []
        roles = self._role_spans(doc)
        people: list[tuple[Span, str, dict]] = []
        for ent in self._entities(doc, roles):
            label = ent.label_
            if label == "PERSON":
                resolved = self._person(ent)
                if resolved:
                    people.append(resolved)
            elif label in RULER_ACTOR_LABELS or label == "ORG":
                self._organization(doc, ent)
            elif label in COUNTRY_LABELS or label == "NORP":
                self._country(doc, ent)
            elif label in PLACE_LABELS:
                self._place_or_capital(doc, ent)
        self._add_people(doc, people, roles)
        self._dateline(doc)
        return doc

    def _dateline(self, doc: Doc) -> None:
        """An upper-case place opening a story or a line ("KYIV —", "KHARTOUM, Sudan —") is a place."""
        for match in DATELINE.finditer(doc.text):
            span = doc.char_span(match.start(1), match.end(1), alignment_mode="contract")
            if span is not None and not span.ents:
                add_span(doc, PLACE_MENTIONS, span.start, span.end, "GPE", span.text.title())

    def _entities(self, doc: Doc, roles: list[Span]) -> list[Span]:
        """The document's entities plus people introduced only by a title (rules-only mode)."""
        ents = list(doc.ents)
        taken = {i for ent in ents for i in range(ent.start, ent.end)}
        for role in roles:
            end = role.end
            while end < len(doc) and end - role.end < 3 and doc[end].is_title and doc[end].is_alpha \
                    and end not in taken and not doc[end].is_sent_start:
                end += 1
            if end - role.end >= 2:
                ents.append(Span(doc, role.end, end, label="PERSON"))
        return sorted(ents, key=lambda span: span.start)

    # ------------------------------------------------------------------ people
    def _person(self, ent: Span) -> tuple[Span, str, dict] | None:
        span = _trim(ent)
        if span is None or not any(t.is_title or t.is_upper for t in span):
            return None
        if ent.ent_id_:
            entry = self.aliases.get(fold(ent.ent_id_))
            return span, ent.ent_id_, entry or {"name": ent.ent_id_, "type": "PERSON", "country": ""}
        key = fold(span.text)
        if key in self.not_people or any(t.like_num for t in span):
            return None
        entry = self.aliases.get(key)
        if entry and entry["type"] != "PERSON":
            return None
        if entry:
            return span, entry["name"], entry
        return span, " ".join(t.text for t in span), {"name": span.text, "type": "PERSON", "country": ""}

    def _add_people(self, doc: Doc, people: list[tuple[Span, str, dict]], roles: list[Span]) -> None:
        full_names = {name.split()[-1].casefold(): name for _, name, _ in people if " " in name}
        for span, name, entry in people:
            if " " not in name:
                name = full_names.get(name.casefold(), name)
            role, country = self._role_of(doc, span, roles)
            end = span.end
            if end < len(doc) and doc[end].lower_ in self.collective:
                end += 1
            add_span(doc, ACTORS, span.start, end, "PERSON", name,
                     country=entry.get("country") or country, role=role)

    def _role_spans(self, doc: Doc) -> list[Span]:
        spans = [Span(doc, start, end) for start, end, _ in self.role_table(doc)]
        spans.sort(key=lambda s: (s.start, -(s.end - s.start)))
        kept, last_end = [], -1
        for span in spans:
            if span.start >= last_end:
                kept.append(span)
                last_end = span.end
        return kept

    def _role_of(self, doc: Doc, person: Span, roles: list[Span]) -> tuple[str, str]:
        """The title written before the name ("Russian President X") or after it ("X, foreign minister")."""
        by_end = {role.end: role for role in roles}
        by_start = {role.start: role for role in roles}
        country = ""
        i = person.start
        i, country = self._skip_left(doc, i, country)
        role = by_end.get(i)
        if role is not None:
            j, country = self._skip_left(doc, role.start, country)
            title = self.role_titles[role.text.lower()]
            if j > 0 and doc[j - 1].lower_ in self.former:
                title = "Former " + title
            return title, country
        k = person.end
        if k < len(doc) and doc[k].text == ",":
            k += 1
            while k < len(doc) and (doc[k].lower_ in self.bridge or doc[k].ent_type_ in COUNTRY_LABELS
                                    or doc[k].ent_type_ in ("GPE", "NORP", "ORG", *knowledge.ORG_TYPES)):
                if doc[k].ent_type_:
                    country = country or self._country_code(doc[k].text)
                k += 1
            role = by_start.get(k)
            if role is not None:
                return self.role_titles[role.text.lower()], country
        return "", country

    def _skip_left(self, doc: Doc, i: int, country: str) -> tuple[int, str]:
        while i > 0:
            token = doc[i - 1]
            if token.lower_ in self.bridge:
                i -= 1
            elif token.ent_type_ in COUNTRY_LABELS or token.ent_type_ in ("GPE", "NORP"):
                country = country or self._country_code(token.text)
                i -= 1
            elif token.ent_type_ in ("ORG", "ORGANIZATION", "GOVERNMENT", "MILITARY"):
                i -= 1
            else:
                break
        return i, country

    def _country_code(self, text: str) -> str:
        entry = self.aliases.get(fold(text))
        return entry["country"] if entry and entry["type"] == "COUNTRY" else ""

    # ------------------------------------------------------------------ organizations and countries
    def _organization(self, doc: Doc, ent: Span) -> None:
        span = _trim(ent)
        if span is None:
            return
        entry = self.aliases.get(fold(ent.ent_id_ or span.text))
        if entry:
            add_span(doc, ACTORS, span.start, span.end, entry["type"], entry["name"],
                     country=entry["country"], role="")
        elif ent.label_ == "ORG" and (fold(span.text) in self.place_names or self.gazetteer.lookup(span.text)):
            add_span(doc, PLACE_MENTIONS, span.start, span.end, "GPE", span.text)  # the model's ORG is a town
        elif ent.label_ == "ORG" and any(t.is_title or t.is_upper for t in span):
            add_span(doc, ACTORS, span.start, span.end, "ORGANIZATION", span.text, country="", role="")

    def _country(self, doc: Doc, ent: Span) -> None:
        span = _trim(ent)
        if span is None:
            return
        entry = self.aliases.get(fold(ent.ent_id_ or span.text))
        if not entry or entry["type"] != "COUNTRY":
            if ent.label_ == "NORP" or not entry:
                return
            add_span(doc, ACTORS, span.start, span.end, entry["type"], entry["name"],
                     country=entry["country"], role="")
            return
        if ent.label_ in ("DEMONYM", "NORP") and span.start > 0 and doc[span.start - 1].like_num:
            return  # "six million Ukrainians": people counted, not the state
        if ent.label_ == "DEMONYM" and span.text.endswith("s") and span.text not in self.country_by_name:
            return
        if self._is_place(doc, span):
            add_span(doc, PLACE_MENTIONS, span.start, span.end, "COUNTRY", entry["name"])
        else:
            add_span(doc, ACTORS, span.start, span.end, "COUNTRY", entry["name"],
                     country=entry["country"], role="")

    def _is_place(self, doc: Doc, span: Span) -> bool:
        """Locative use: "in Russia", "inside Russian territory", "Russia's airspace"."""
        i = span.start - 1
        while i >= 0 and doc[i].lower_ in ("the", "a"):
            i -= 1
        if i >= 0 and doc[i].lower_ in self.locative:
            return True
        j = span.end
        if j < len(doc) and doc[j].lower_ in ("'s", "’s"):
            j += 1
        return j < len(doc) and doc[j].lower_ in self.place_nouns

    def _place_or_capital(self, doc: Doc, ent: Span) -> None:
        span = _trim(ent)
        if span is None:
            return
        country = self.capitals.get(fold(span.text))
        if country and self._acts(doc, span):
            add_span(doc, ACTORS, span.start, span.end, "COUNTRY", country,
                     country=self.country_by_name[country]["alpha3"], role="")
            return
        entry = self.aliases.get(fold(span.text))
        if ent.label_ == "GPE" and entry and entry["type"] == "COUNTRY":
            self._country(doc, span)
            return
        add_span(doc, PLACE_MENTIONS, span.start, span.end, ent.label_, ent.ent_id_ or span.text)

    def _acts(self, doc: Doc, span: Span) -> bool:
        """A capital used for its government ("Moscow argued", "implicating Washington"), not as a place
        ("in Kyiv", "struck Kyiv", a dateline "KYIV —")."""
        root = span.root
        if root.dep_ in ("nsubj", "nsubjpass") or (root.dep_ == "conj" and root.head.dep_ in ("nsubj", "nsubjpass")):
            return True
        if root.dep_ == "pobj" and root.head.lower_ == "by":
            return True  # "backed by Moscow"
        if span.start > 0:
            previous = doc[span.start - 1]
            if previous.tag_ == "IN" or previous.lower_ in self.locative or previous.lower_ in self.place_verbs \
                    or previous.lower_ in ("of", "to", "from", "at", "and", ","):
                return False
        if span.end < len(doc) and (doc[span.end].text in ("—", "–", "-", ",", "(")
                                    or doc[span.end].lower_ in self.place_nouns):
            return False
        if span.root.dep_ == "dobj" and span.root.head.lower_ in self.place_verbs:
            return False
        return span.start > 0 or (span.end < len(doc) and doc[span.end].lower_ in self.action_verbs)


def _trim(span: Span) -> Span | None:
    """Drop determiners, possessive endings and punctuation at the edges of an entity span."""
    start, end = span.start, span.end
    doc = span.doc
    while start < end and (doc[start].lower_ in ("the", "a", "an") or doc[start].is_punct):
        start += 1
    while end > start and (doc[end - 1].lower_ in ("'s", "’s", "'", "’") or doc[end - 1].is_punct):
        end -= 1
    if start >= end:
        return None
    if start == span.start and end == span.end:
        return span
    return Span(doc, start, end, label=span.label, kb_id=span.kb_id, span_id=span.id)
