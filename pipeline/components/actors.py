"""``conflict_actors``: who acts, with canonical names, type, country and role.

Reads the entity ruler's and the statistical model's entities, decides for each country-like mention
whether the country acts ("Russia said") or is a place ("struck targets in Russia"), resolves names
through the knowledge base (by the publication date when a name changed hands), attaches titles
("Foreign Minister Sergei Lavrov") and links short forms ("Lavrov", "Trump's") to the full name used
elsewhere in the article.

The model's PERSON and ORG entities that the knowledge base does not know are taken only with evidence
in the text (a title, rank or honorific, an appositive such as "X, a spokesman for ...", a reporting
verb, a known given name, an organisation's head noun) and never from a headline alone; wording that
marks a place ("near Kalma camp", "the village of X") outranks them. It also names what the wording
defines: numbered units ("the 92nd Mechanized Brigade"), a regime's forces ("junta troops"), bodies
named after a country ("the Qatar Red Crescent", "the Kuwaiti Specialty Hospital"); and it leaves out
vessels ("USS Gravely") and "-flagged"/"-made" compounds. Every word list is in
``models/actor_rules.json``, ``models/place_cues.json`` and ``models/given_names.json``.
"""
from __future__ import annotations

from collections import Counter
from dataclasses import replace
from datetime import date

from spacy.language import Language
from spacy.tokens import Doc, Span

from .. import gazetteer as cities
from .. import knowledge
from ..locatives import PlaceCues, names_border
from ..phrases import candidates, compile_table, lower_words, trigger_hashes
from ..resources import fold
from .base import KnowledgeComponent, add_span, doc_entities, doc_text, span_attrs, zone
from .structure import DATELINES, HEADLINE, STANDFIRST, shouted

ACTORS = "actors"
#: Named ships ("USS Carney"): in no table, but the events step reads who intercepted what.
VESSELS = "vessels"
#: Spans that name places; the locations component geocodes them.
PLACE_MENTIONS = "place_mentions"

RULER_ACTOR_LABELS = {"PERSON", "GOVERNMENT", "MILITARY", "ARMED_GROUP", "ORGANIZATION"}
RULER_BODY_LABELS = RULER_ACTOR_LABELS - {"PERSON"}
COUNTRY_LABELS = {"COUNTRY", "DEMONYM", "METONYM"}
PLACE_LABELS = {"REGION", "CITY", "FACILITY", "OTHER", "GPE", "LOC", "FAC"}
KB_PLACE_LABELS = {"REGION", "CITY", "FACILITY", "OTHER"}
#: Entity labels of organizations (the entity ruler's and the statistical model's).
ORGANIZATION_LABELS = {"ORGANIZATION", "ORG"}
SUMMARY_ZONES = (HEADLINE, STANDFIRST)
#: The most words between an organization and the one it describes ("the UN humanitarian office OCHA").
MAX_DESCRIPTOR_WORDS = 6
#: The longest name an organization noun introduces ("the broadcaster Radio Ndeke Luka").
MAX_TITLED_NAME = 4
#: The most words of a person's name read after a title ("President Roch Marc Christian Kabore").
TITLED_NAME_WORDS = 4


@Language.factory(
    "conflict_actors",
    default_config={"data_dir": None},
    requires=["doc.ents"],
    assigns=["doc.spans"],
)
def make_actor_linker(nlp: Language, name: str, data_dir: str | None) -> "ActorLinker":
    return ActorLinker(nlp, name, data_dir)


class ActorLinker(KnowledgeComponent):
    files = ("countries.jsonl", "organizations.jsonl", "people.jsonl", "roles.jsonl", "actor_rules.json",
             "weapons.jsonl", "places.jsonl", "gazetteer.json", "conflicts.jsonl", "place_cues.json",
             "given_names.json", "dates.json")

    def compile(self, data: dict) -> dict:
        kb = knowledge.Knowledge.from_files(data)
        rules = data["actor_rules.json"]
        role_forms = sorted({form for role in data["roles.jsonl"]
                             for form in (role["title"], *role.get("aliases", ()))})
        role_titles = {form.lower(): role["title"] for role in data["roles.jsonl"]
                       for form in (role["title"], *role.get("aliases", ()))}
        bodies = [(phrase, kind) for kind, phrases in rules["body_heads"].items() for phrase in phrases]
        return {
            "aliases": kb.actor_aliases(),
            "country_by_name": {c["id"]: c for c in kb.countries},
            "country_by_code": {c["alpha3"]: c for c in kb.countries},
            "demonym_of": {c["id"]: next((d for d in c["demonyms"] if not d.endswith("s")), c["id"]) for c in kb.countries},
            "capitals": {fold(c["capital"]): c["id"] for c in kb.countries if c.get("capital")},
            "place_names": kb.place_aliases(),
            "military_canonical": rules["military_canonical"],
            "locative": set(rules["locative_prepositions"]),
            "place_before": set(rules["place_before_words"]),
            "place_nouns": set(rules["place_nouns"]),
            "event_nouns": set(rules["event_nouns_after_place"]),
            "collective": set(rules["person_collective_nouns"]),
            "bridge": set(rules["role_bridge_tokens"]),
            "former": set(rules["former_words"]),
            "action_verbs": set(rules["action_verbs_after_metonym"]),
            "place_verbs": set(rules["place_verbs"]),
            "from_words": set(rules["from_words"]),
            "place_of_nouns": set(rules["place_of_nouns"]),
            "people_nouns": set(rules["people_after_demonym"]),
            "org_nouns": set(rules["org_nouns"]),
            "calendar_words": set(data["dates.json"]["weekdays"]) | set(data["dates.json"]["months"]),
            "government_heads": set(rules["government_heads"]),
            "compass_adjectives": {word.lower() for word in data["place_cues.json"]["compass_words"]}
            | {"continental", "mainland", "greater", "occupied", "rural", "neighbouring", "neighboring"},
            "not_people": {fold(word) for word in rules["non_person_words"]},
            "role_titles": role_titles,
            # tokenized as written ("Capt." is one token, "capt." two), matched lower-case
            "role_table": compile_table(self.nlp.tokenizer, ((form, form) for form in role_forms), "LOWER"),
            "reporting": set(rules["reporting_verbs"]),
            "according": [tuple(phrase.split()) for phrase in rules["according_to"]],
            "person_nouns": set(rules["person_nouns"]),
            "honorifics": set(rules["person_honorifics"]),
            "given_names": {fold(name) for name in data["given_names.json"]["given_names"]},
            "org_heads": set(rules["org_heads"]),
            "armed_group_words": set(rules["armed_group_words"]),
            "unit_heads": set(rules["unit_heads"]),
            "ordinal_words": set(rules["ordinal_words"]),
            "force_subjects": set(rules["state_force_subjects"]),
            "force_nouns": set(rules["state_force_nouns"]),
            # Tokens worth a look for units and regime forces: ordinals and the forces' subjects.
            "unit_triggers": trigger_hashes(orth=rules["ordinal_words"], lower=rules["state_force_subjects"],
                                            shapes=("dxx", "ddxx", "dddxx")),
            "vessel_prefixes": compile_table(self.nlp.tokenizer, ((p, p) for p in rules["vessel_prefixes"])),
            "vessel_nouns": trigger_hashes(lower=rules["vessel_nouns"]),
            "compound_suffixes": set(rules["compound_suffixes"]),
            "body_table": compile_table(self.nlp.tokenizer, bodies, "LOWER"),
            "government_names": {head.lower(): name for head, name in rules["government_names"].items()},
            "descriptors": set(rules["apposition_descriptors"]),
            "place_cues": PlaceCues(data["place_cues.json"], self.nlp.tokenizer),
            "gazetteer_settings": (data["gazetteer.json"], data["conflicts.jsonl"]),
        }

    def setup(self, state: dict) -> None:
        super().setup(state)
        self.gazetteer = cities.for_settings(*self.gazetteer_settings)

    # ------------------------------------------------------------------ main
    def process(self, doc: Doc) -> Doc:
        doc.spans[ACTORS] = []
        doc.spans[PLACE_MENTIONS] = []
        self._places_at: set[int] = set()  # last tokens of countries used as places, for conjuncts
        day: date | None = doc._.published
        ents = doc_entities(doc)
        countries = self._article_countries(doc, ents, day)
        home = self._home_country(doc, ents, countries)
        forces = {code: self._national_forces(code, day) for code in (*countries, home)}
        doc._.state_forces = {code: name for code, name in {**forces, "": forces.get(home, "")}.items() if name}
        doc._.home_country = self.country_by_code[home]["id"] if home in self.country_by_code else ""
        roles = self._role_spans(doc)
        claimed = self._vessels(doc, ents)
        claimed |= self._descriptors(doc, ents)
        claimed |= self._bodies(doc, ents, day, countries)
        claimed |= self._local_bodies(doc, ents, claimed, frozenset(countries))
        claimed |= self._units_and_forces(doc, countries, home, day)
        claimed |= self._place_cues(doc, ents, claimed, tuple(code for code, _ in countries.most_common()))
        # the places the wording marked, by name and bare name, and without an article ("al-Bara" is also
        # written, or read by the model, as "Bara"): a later mention of the name is that place
        self._worded_places: dict[str, Span] = {}
        for span in doc.spans[PLACE_MENTIONS]:
            for name in (fold(span.kb_id_), fold((span_attrs(span) or {}).get("bare", ""))):
                first, _, rest = name.partition(" ")
                for key in (name, rest if first in self.place_cues.particles else ""):
                    if key:
                        self._worded_places.setdefault(key, span)
        people: list[tuple[Span, str, dict, str]] = []
        organizations: list[tuple[Span, dict]] = []
        entities = self._entities(doc, ents, roles)
        org_words = self.org_heads | self.armed_group_words
        org_openers = {ent[0].text for ent in entities if len(ent) > 1 and (
            ent.label_ == "ORG" or ent.label_ in RULER_BODY_LABELS or org_words.intersection(
                t.text for t in ent))}
        surnames = {ent[-1].text for ent in entities if ent.label_ == "PERSON" and len(ent) > 1}
        for ent in entities:
            if claimed.intersection(range(ent.start, ent.end)):
                continue
            if not ent.ent_id_ and len(ent) == 1 and (ent.text.lower() in self.person_nouns
                                                      or ent.text.lower()[:-1] in self.person_nouns):
                continue  # "Medics said ...": a person noun opening a sentence, no name
            label = ent.label_
            if label in ("ORG", "GPE") and not ent.ent_id_ and len(ent) == 1 and ent.text in surnames:
                label = "PERSON"  # "Fedorov wrote" after "Ivan Fedorov": the model's ORG is the person again
                ent = Span(doc, ent.start, ent.end, label="PERSON")
            elif label in ("GPE", "PERSON") and not ent.ent_id_ and self._described_as_organization(doc, ent):
                label = "ORG"  # "Rosaviatsia, the federal air transport agency, ..."
                ent = Span(doc, ent.start, ent.end, label="ORG")
            if label in ("PERSON", "GPE") and not ent.ent_id_ and (
                    org_words.intersection(t.text for t in ent) or (len(ent) == 1 and ent.text in org_openers)):
                # "the Observatory said", "Ahrar al-Sham", "Furadino" after "Furadino Shipping": the
                # model's PERSON or GPE is an organization, or its short form
                label = "ORG"
                ent = Span(doc, ent.start, ent.end, label="ORG")
            if (label in COUNTRY_LABELS or label in PLACE_LABELS) and self._is_compound(doc, ent):
                continue  # "a Liberia-flagged carrier", "French-built howitzers", "a Lagos-based consultancy"
            if label == "PERSON":
                resolved = self._person(doc, ent, roles, frozenset(countries), day)
                if resolved:
                    people.append(resolved)
            elif label in RULER_ACTOR_LABELS or label == "ORG":
                kind = self._organization(doc, ent, frozenset(countries), day)
                if kind:
                    organizations.append(kind)
            elif label in COUNTRY_LABELS or label == "NORP":
                self._country(doc, ent, day)
            elif label in PLACE_LABELS:
                self._place_or_capital(doc, ent, day)
        self._add_people(doc, people, roles)
        self._add_organizations(doc, organizations)
        self._dateline(doc)
        return doc

    # ------------------------------------------------------------------ the article's countries
    def _article_countries(self, doc: Doc, ents: tuple[Span, ...], day: date | None) -> Counter:
        """Alpha-3 codes of the countries the article names (as countries, demonyms or known places, not
        as a border; failing those, by their national forces), by how often: the context for gazetteer
        lookups and for "junta troops"."""
        counts: Counter = Counter()
        for ent in ents:
            if ent.label_ in COUNTRY_LABELS or ent.label_ == "GPE":
                entry = self.aliases.get(ent.text, day, fuzzy=False)
                if entry and entry["type"] == "COUNTRY" \
                        and not names_border(doc, ent.start, ent.end, self.place_cues.border_words,
                                             self.place_cues.border_units):
                    counts[entry["country"]] += 1
            elif ent.label_ in KB_PLACE_LABELS:
                place = self.place_names.get(ent.ent_id_ or ent.text, fuzzy=False)
                if place and place.get("country"):
                    counts[place["country"]] += 1
        if not counts:  # "Eight Burkinabe soldiers were killed ... close to the Niger border": its forces
            for ent in ents:
                entry = self.aliases.get(ent.ent_id_, day, fuzzy=False) if ent.label_ == "MILITARY" else None
                if entry and entry.get("country") and entry == self._national_forces_entry(entry["country"], day):
                    counts[entry["country"]] += 1
        return counts

    # ------------------------------------------------------------------ what the wording defines
    def _vessels(self, doc: Doc, ents: tuple[Span, ...]) -> set[int]:
        """ "USS Gravely", "M/V Sea Eagle" and, after them, "the Gravely": a ship is neither an actor nor a
        place."""
        claimed: set[int] = set()
        names: set[str] = set()
        vessels = []
        # "USS Carney"; "the container ship MSC Aurora" (a ship's noun, then a name that is neither a country
        # nor a day: not "the tanker Iran seized", "hit a ship Tuesday")
        named = [(start, end) for start, end, _ in self.vessel_prefixes(doc)]
        nouns = [i for i in candidates(doc, self.vessel_nouns) if i + 1 < len(doc) and doc[i + 1].text[:1].isupper()]
        if nouns:
            countries = {i for ent in ents if ent.label_ in COUNTRY_LABELS for i in range(ent.start, ent.end)}
            named += [(i + 1, i + 1) for i in nouns if i + 1 not in countries
                      and doc[i + 1].text not in self.place_cues.not_names]
        for start, end in named:
            last = end
            while last < len(doc) and last - end < 3 and doc[last].text[:1].isupper() and doc[last].is_alpha:
                last += 1
            if last > end and start not in claimed:  # "destroyer USS Carney": found once, by its prefix
                claimed.update(range(start, last))
                names.add(doc[end:last].text)
                vessels.append(Span(doc, start, last, label="VESSEL"))
        doc.spans[VESSELS] = vessels
        if not names:  # no ship named: nothing to look for among the entities
            return claimed
        for ent in ents:
            if ent.text in names or (ent.start > 0 and doc[ent.start - 1].lower_ == "the" and ent.text in
                                     {name.split()[-1] for name in names}):
                claimed.update(range(ent.start, ent.end))
        return claimed

    def _descriptors(self, doc: Doc, ents: tuple[Span, ...]) -> set[int]:
        """ "the UN humanitarian office OCHA", "AUSSOM, the African Union mission": a known organization
        that only describes the one named beside it is not a second actor."""
        orgs = [ent for ent in ents if ent.ent_id_ and ent.label_ in RULER_BODY_LABELS]
        claimed: set[int] = set()
        for first, second in zip(orgs, orgs[1:]):
            if second.start - first.end > MAX_DESCRIPTOR_WORDS:
                continue
            between = lower_words(doc)[first.end:second.start]
            if second.text.isupper() and between and all(word in self.descriptors for word in between):
                claimed.update(range(first.start, first.end))
            after = [t.lower_ for t in doc[second.end:second.end + 2] if t.is_alpha]
            if first.text.isupper() and between in ([","], [",", "the"]) and after[:1] and \
                    after[0] in self.descriptors:
                claimed.update(range(second.start, second.end))
        return claimed

    def _local_bodies(self, doc: Doc, ents: tuple[Span, ...], claimed: set[int], countries: frozenset[str]) -> set[int]:
        """A place's own body ("the El Fasher Emergency Response Room", "the Kherson Regional Military
        Administration") and a known group's local unit ("the Kani People's Defence Force") are actors with
        their own names, not the place or the parent group."""
        found: list[tuple[int, int, dict]] = []
        org_words = self.org_heads | self.armed_group_words
        for ent in ents:
            if ent.label_ in KB_PLACE_LABELS or ent.label_ == "GPE":
                end = ent.end
                while end < len(doc) and end - ent.end < 4 and doc[end].is_title and doc[end].is_alpha \
                        and end not in claimed and not doc[end].ent_type_:
                    end += 1
                # (one word only when it names an armed group: "the Kashmir Resistance", not "Kyiv Police")
                if (end - ent.end >= 2 and doc[end - 1].text in org_words
                        or end - ent.end == 1 and doc[ent.end].text in self.armed_group_words):
                    words = {t.text for t in doc[ent.end:end]}
                    kind = "ARMED_GROUP" if words & self.armed_group_words else \
                        "GOVERNMENT" if doc[end - 1].text in self.government_heads else "ORGANIZATION"
                    place = self.place_names.get(ent.ent_id_ or ent.text, fuzzy=False) or \
                        self.gazetteer.lookup(ent.text, countries, local_below=15000) or {}
                    found.append((ent.start, end, {"name": doc[ent.start:end].text, "country": place.get("country", ""),
                                                   "type": kind}))
                continue
            entry = self.aliases.get(ent.ent_id_, fuzzy=False) if ent.ent_id_ else None
            if not entry or entry["type"] not in ("ARMED_GROUP", "ORGANIZATION") or len(ent) < 2:
                continue
            start = ent.start
            while start > 0 and ent.start - start < 3 and doc[start - 1].is_title and doc[start - 1].is_alpha \
                    and not doc[start - 1].is_sent_start and doc[start - 1].ent_type_ not in COUNTRY_LABELS \
                    and doc[start - 1].text not in self.place_cues.not_names and start - 1 not in claimed:
                start -= 1
            if start < ent.start:
                found.append((start, ent.end, {"name": doc[start:ent.end].text, "type": entry["type"],
                                               "country": entry["country"]}))
        taken: set[int] = set()
        for start, end, entry in found:
            if not taken.intersection(range(start, end)) and not claimed.intersection(range(start, end)):
                add_span(doc, ACTORS, start, end, entry["type"], entry["name"], country=entry["country"], role="")
                taken.update(range(start, end))
        return taken

    def _bodies(self, doc: Doc, ents: tuple[Span, ...], day: date | None, countries: Counter) -> set[int]:
        """A body named after a country: "the Qatar Red Crescent" (organization), "Sudan's Health Ministry"
        (government), "the Kuwaiti Specialty Hospital" (a facility, so a place); then the ministries named
        bare ("the defence ministry said", see :meth:`_bare_ministries`)."""
        claimed: set[int] = set()
        ministries: dict[str, list[tuple[int, dict]]] = {}  # ministry -> (token, actor) of each one named
        heads: dict[int, tuple[int, str]] = {}  # the longest head phrase at each token
        for start, end, kind in self.body_table(doc):
            if start not in heads or end > heads[start][0]:
                heads[start] = (end, kind)
        for ent in ents:
            if ent.label_ not in COUNTRY_LABELS and ent.label_ not in ("GPE", "CITY"):
                continue
            i = ent.end + (1 if ent.end < len(doc) and doc[ent.end].lower_ in ("'s", "’s") else 0)
            entry = self.aliases.get(ent.text, day, fuzzy=False)
            # "Moscow's Defence Ministry": a capital's ministry is its country's (see below)
            seat = self.country_by_name.get(self.capitals.get(fold(ent.text), "")) if i > ent.end else None
            if seat is not None and not (entry and entry["type"] == "COUNTRY"):
                entry = {"name": seat["id"], "country": seat["alpha3"], "type": "COUNTRY", "capital": True}
            if not entry or entry["type"] != "COUNTRY":
                continue
            head = None
            for j in range(i, min(i + 4, len(doc))):  # "Qatar Red Crescent Society", "Lebanese-Italian Hospital"
                if j in heads:
                    head = (j, *heads[j])
                    break
                if not ((doc[j].is_title and doc[j].is_alpha) or (doc[j].text == "-" and j == ent.end)):
                    break
            if head is None:
                continue
            j, end, kind = head
            if kind in ("FACILITY", "ORGANIZATION") and not doc[j].is_title:
                continue  # "a Kuwaiti hospital" names no hospital
            if entry.get("capital") and not (kind == "GOVERNMENT" and self.government_names.get(
                    " ".join(t.lower_ for t in doc[j:end]))):
                continue  # (only a ministry: "Kyiv's city administration" is the city's)
            if kind == "FACILITY":
                name = doc[ent.start:end].text
                add_span(doc, PLACE_MENTIONS, ent.start, end, "FACILITY", name, cue="body")
            else:
                head_text = " ".join(t.text if t.is_upper or t.lower_ in ("of", "the", "and") else t.text.title()
                                     for t in doc[j:end])
                ministry = self.government_names.get(head_text.lower())
                demonym = f"{self.demonym_of.get(entry['name'], entry['name'])} {doc[i:j].text} {head_text}".replace("  ", " ")
                if ministry and kind == "GOVERNMENT":  # one form for "Niger's defence ministry" and "Somali
                    name = f"{ministry} of {entry['name']}"  # Ministry of Defense": Ministry of Defence of X
                elif i > ent.end or kind == "MILITARY":  # "Sudan's Health Ministry", "the Nigerien air force"
                    name = demonym
                else:
                    name = doc[ent.start:end].text
                known = next((found for candidate in (name, demonym, doc[ent.start:end].text)
                              for found in [self.aliases.get(candidate, day, fuzzy=False)] if found), None)
                actor = known or {"type": kind, "name": name, "country": entry["country"]}
                add_span(doc, ACTORS, ent.start, end, actor["type"], actor["name"], country=actor["country"], role="")
                if ministry and kind == "GOVERNMENT":
                    ministries.setdefault(ministry, []).append((ent.start, actor))
            claimed.update(range(ent.start, end))
        return claimed | self._bare_ministries(doc, ents, heads, claimed, ministries, countries, day)

    def _bare_ministries(self, doc: Doc, ents: tuple[Span, ...], heads: dict[int, tuple[int, str]], claimed: set[int],
                         ministries: dict[str, list[tuple[int, dict]]], countries: Counter,
                         day: date | None) -> set[int]:
        """ "the defence ministry said": the ministry of that name the article named last before (or first
        after) with its country, else the ministry of the dateline's country ("NIAMEY (AFP) - ...") or, with
        no dateline, of the country the article is about, when the text also names that country or its
        forces; otherwise no actor."""
        found: set[int] = set()
        known: set[int] | None = None  # tokens of the knowledge base's names: "the Health Ministry in Gaza"
        home: str | None = None
        words = lower_words(doc)
        for j, (end, kind) in sorted(heads.items()):
            if kind != "GOVERNMENT" or j == 0 or words[j - 1] != "the" or claimed.intersection(range(j - 1, end)):
                continue
            ministry = self.government_names.get(" ".join(words[j:end]))
            if known is None:
                known = {i for ent in ents if ent.ent_id_ for i in range(ent.start, ent.end)}
            if not ministry or known.intersection(range(j, end)):
                continue
            named = ministries.get(ministry, [])
            actor = next((a for at, a in reversed(named) if at < j), None) or next((a for _, a in named), None)
            seat = self._seat_country(doc, end, day)  # "the defence ministry in Kyiv"
            if seat or actor is None:
                if not seat and home is None:
                    # the dateline's country, else the one the article is about (a night's tally from Moscow,
                    # then "the defence ministry said")
                    home = self._dateline_country(doc) or \
                        self.country_by_name.get(doc._.home_country, {}).get("alpha3", "")
                    named_home = bool(countries.get(home)) or any(
                        (self.aliases.get(ent.ent_id_, day, fuzzy=False) or {}).get("country") == home
                        for ent in ents if ent.ent_id_)
                    home = home if named_home else ""
                code = seat or home
                country = self.country_by_code.get(code)
                if country is None:
                    continue
                name = f"{ministry} of {country['id']}"
                actor = self.aliases.get(name, day, fuzzy=False) or {"type": "GOVERNMENT", "name": name,
                                                                     "country": code}
            add_span(doc, ACTORS, j, end, actor["type"], actor["name"], country=actor["country"], role="")
            found.update(range(j, end))
        return found

    def _seat_country(self, doc: Doc, i: int, day: date | None) -> str:
        """The country of "in Kyiv" or "in Ukraine" at token ``i`` (a one-word capital or country), or ""."""
        if i + 1 >= len(doc) or doc[i].lower_ != "in":
            return ""
        name = doc[i + 1].text
        entry = self.aliases.get(name, day, fuzzy=False)
        if entry and entry["type"] == "COUNTRY":
            return entry["country"]
        country = self.country_by_name.get(self.capitals.get(fold(name), ""))
        return country["alpha3"] if country else ""

    def _home_country(self, doc: Doc, ents: tuple[Span, ...], countries: Counter) -> str:
        """The country the article is about: the one its countries and places name most (not the dateline's:
        Sudan's war is reported from Nairobi and Cairo); among equals, the dateline's, then one named as a
        place ("An Israeli strike ... in south Lebanon": Lebanon)."""
        datelines = doc.spans[DATELINES] if DATELINES in doc.spans else ()
        filed_from = tuple(e for e in ents if any(line.start <= e.start < line.end for line in datelines))
        dateline = self._dateline_country(doc)
        # a dateline is one mention of its country, however many names it has ("BANGKOK, Thailand" over a
        # Myanmar story that names Myanmar twice)
        counts = Counter(countries) - self._article_countries(doc, filed_from, doc._.published) \
            + Counter([dateline] if dateline else [])
        context = tuple(countries)
        placed: set[str] = set()
        for ent in ents:
            if ent in filed_from:
                continue
            known = self.place_names.get(ent.ent_id_ or ent.text, fuzzy=False) if ent.label_ in KB_PLACE_LABELS else None
            if ent.label_ in KB_PLACE_LABELS and known is None:
                place = self.gazetteer.lookup(ent.ent_id_ or ent.text, context)
                if place and place.get("country"):
                    counts[place["country"]] += 1  # a town of the gazetteer ("El Fasher")
            if not self._after_locative(doc, ent.start):
                continue
            if known is not None:
                placed.add(known.get("country") or "")
            elif ent.label_ in COUNTRY_LABELS:
                entry = self.aliases.get(ent.text, doc._.published, fuzzy=False)
                placed.add(entry["country"] if entry and entry["type"] == "COUNTRY" else "")
        return max(counts, key=lambda code: (counts[code], code == dateline, code in placed), default=dateline)

    def _after_locative(self, doc: Doc, i: int) -> bool:
        """Whether the words before token ``i`` place something there: a locative preposition, past a compass
        word or two ("in south Lebanon", "in northern Burkina Faso")."""
        k = i - 1
        while k > 0 and doc[k].lower_ in self.compass_adjectives and i - k <= 2:
            k -= 1
        return k >= 0 and doc[k].lower_ in self.place_cues.locative

    def _dateline_country(self, doc: Doc) -> str:
        """The country of the article's dateline ("NIAMEY", "MAIDUGURI, Nigeria"), or ""."""
        for span in doc.spans[DATELINES] if DATELINES in doc.spans else ():
            entry = self.aliases.get(span.text, doc._.published, fuzzy=False)
            if entry and entry["type"] == "COUNTRY":
                return entry["country"]
            place = self.place_names.get(span.text, fuzzy=False) or self.gazetteer.lookup(span.text.title(), ())
            if place and place.get("country"):
                return place["country"]
        return ""

    def _units_and_forces(self, doc: Doc, countries: Counter, home: str, day: date | None) -> set[int]:
        """ "the 92nd Mechanized Brigade" (its own MILITARY actor, country from the words before it) and
        "junta troops", "regime forces" (the armed forces of the state the article is about, ``home``; not the
        dateline's, named as often: "BANGKOK, Thailand" over a Myanmar story)."""
        claimed: set[int] = set()
        for token in (doc[i] for i in candidates(doc, self.unit_triggers)):
            ordinal = token.text in self.ordinal_words or (token.shape_ in ("dxx", "ddxx", "dddxx")
                                                           and token.text[-2:].lower() in ("st", "nd", "rd", "th"))
            if ordinal and token.i not in claimed:
                end = token.i + 1
                while end < len(doc) and end - token.i <= 4 and doc[end].is_title and doc[end].text not in self.unit_heads:
                    end += 1
                if end < len(doc) and doc[end].text in self.unit_heads:
                    country = self._country_before(doc, token.i, day)
                    add_span(doc, ACTORS, token.i, end + 1, "MILITARY", doc[token.i:end + 1].text, country=country,
                             role="")
                    claimed.update(range(token.i, end + 1))
            elif token.lower_ in self.force_subjects and token.i + 1 < len(doc) \
                    and doc[token.i + 1].lower_ in self.force_nouns and not token.ent_type_ and countries:
                if token.lower_ in ("military", "army", "state") and token.i > 0 and \
                        doc[token.i - 1].ent_type_ in COUNTRY_LABELS:
                    continue  # "Sudanese army troops" is the ruler's military alias
                start = token.i
                code = home or countries.most_common(1)[0][0]
                if token.i > 0 and doc[token.i - 1].ent_type_ in COUNTRY_LABELS:  # "Syrian government forces"
                    start, code = token.i - 1, self._country_code(doc[token.i - 1].text) or code
                entry = self._national_forces_entry(code, day)
                if entry:
                    add_span(doc, ACTORS, start, token.i + 2, entry["type"], entry["name"],
                             country=entry["country"], role="")
                    claimed.update(range(start, token.i + 2))
        return claimed

    def _national_forces_entry(self, code: str, day: date | None) -> dict | None:
        """The knowledge base's entry for the armed forces of the country ``code`` (alpha-3), if any."""
        country = self.country_by_code.get(code)
        return None if country is None else self.aliases.get(self.military_canonical.format(country=country["id"]), day)

    def _national_forces(self, code: str, day: date | None) -> str:
        entry = self._national_forces_entry(code, day)
        return entry["name"] if entry else ""

    def _country_before(self, doc: Doc, i: int, day: date | None) -> str:
        """The country of "Ukraine's 92nd ..." or "the Russian 58th Army"."""
        j = i - 1
        while j >= 0 and doc[j].lower_ in ("'s", "’s", "the"):
            j -= 1
        if j >= 0 and doc[j].ent_type_ in COUNTRY_LABELS:
            entry = self.aliases.get(doc[j].text, day, fuzzy=False)
            return entry["country"] if entry and entry["type"] == "COUNTRY" else ""
        return ""

    def _place_cues(self, doc: Doc, ents: tuple[Span, ...], claimed: set[int], countries: tuple[str, ...]) -> set[int]:
        """Places the wording marks as places ("near Kalma camp", "the village of X"), which outrank the
        model's PERSON or ORG reading of the same words."""
        blocked, places, named, companies = set(claimed), set(), set(), set()
        words = lower_words(doc)
        for ent in ents:
            if ent.label_ in KB_PLACE_LABELS and ent.ent_id_ and ent.end + 1 < len(doc) and words[ent.end] == "-" \
                    and not doc[ent.end - 1].whitespace_ and doc[ent.end + 1].is_title:
                continue  # "Kupiansk-Vuzlovyi": a known town's name opens a longer one, another place
            if ent.label_ in KB_PLACE_LABELS and ent.ent_id_:
                named.update(range(ent.start, ent.end))
                if ent.ent_id_ in self.place_names:  # a curated place; a gazetteer town may be part of a name
                    places.update(range(ent.start, ent.end))
            elif ent.ent_id_ or ent.label_ in COUNTRY_LABELS:
                blocked.update(range(ent.start, ent.end))
                if ent.label_ == "ORGANIZATION":
                    companies.update(range(ent.start, ent.end))

        def known(name: str, start: int) -> dict | None:
            if fold(name) in self.not_people:
                return None
            fuzzy = zone(doc, start) not in SUMMARY_ZONES  # Title Case headlines make too many lookalikes
            place = self.place_names.get(name, fuzzy=fuzzy)
            if place is not None:
                return {"kind": place["type"]}
            return self.gazetteer.lookup(name, countries, fuzzy=fuzzy, local_below=10**9) if countries else None

        cues = self.place_cues.find(doc, blocked, places, named, companies, known)
        taken = blocked | named | {i for cue in cues for i in range(cue.start, cue.end)}
        text = doc_text(doc)
        for cue in list(cues):
            if cue.name != cue.bare:
                continue  # "Kalma camp": its name holds the head noun, which marks each mention itself
            # the same name elsewhere in the text, without the wording ("in al-Bara, Idlib province"): that place
            for span in _occurrences(doc, text, cue.bare):
                if not taken.intersection(range(span.start, span.end)):
                    cues.append(replace(cue, start=span.start, end=span.end))
                    taken.update(range(span.start, span.end))
        for cue in cues:
            add_span(doc, PLACE_MENTIONS, cue.start, cue.end, cue.type, cue.name, cue="wording", bare=cue.bare,
                     head=cue.head)
        return {i for cue in cues for i in range(cue.start, cue.end)}

    def _described_as_organization(self, doc: Doc, ent: Span) -> bool:
        """An appositive that calls the name an organization: "X, the federal air transport agency,"; or
        the common noun it follows: "the state broadcaster Télé Sahel", "the charity Alima"."""
        if self._titled_as_organization(doc, ent):
            return True
        if ent.end + 1 >= len(doc) or doc[ent.end].text != "," or doc[ent.end + 1].lower_ not in ("the", "a", "an"):
            return False
        for token in doc[ent.end + 1:ent.end + 8]:
            if token.text in (",", ".", ";") or token.is_sent_start or token.lower_ in self.person_nouns \
                    or token.lower_ in self.role_titles:
                return False  # "X, a spokesman for the rescue service": a person
            if token.lower_ in self.org_nouns:
                return True
        return False

    def _titled_as_organization(self, doc: Doc, span: Span) -> bool:
        """ "the state broadcaster Télé Sahel", "the news agency Anadolu": a lower-case organization noun
        right before the name."""
        return span.start > 0 and doc[span.start - 1].text in self.org_nouns

    def _is_compound(self, doc: Doc, ent: Span) -> bool:
        return ent.end + 1 < len(doc) and doc[ent.end].text == "-" and doc[ent.end + 1].lower_ in self.compound_suffixes

    def _dateline(self, doc: Doc) -> None:
        """The place names of a dateline ("KYIV —", "KHARTOUM, Sudan —", found by ``conflict_structure``)
        are places, whatever an entity there says."""
        for span in doc.spans[DATELINES] if DATELINES in doc.spans else ():
            if not any(place.start == span.start for place in doc.spans[PLACE_MENTIONS]):
                add_span(doc, PLACE_MENTIONS, span.start, span.end, "GPE", span.text.title() if span.text.isupper()
                         else span.text)

    def _entities(self, doc: Doc, ents: tuple[Span, ...], roles: list[Span]) -> list[Span]:
        """The document's entities plus people introduced only by a title (rules-only mode)."""
        ents = list(ents)
        taken = {i for ent in ents for i in range(ent.start, ent.end)}
        places = {ent.start for ent in ents if len(ent) == 1 and ent.label_ in PLACE_LABELS}
        people = {i for ent in ents if ent.label_ == "PERSON" for i in range(ent.start, ent.end)}
        # the model's guesses with no knowledge behind them ("Massillon Jean" read as an ORG): a title before
        # them says what they are
        guessed = {i for ent in ents if not ent.ent_id_ and ent.label_ in ORGANIZATION_LABELS
                   for i in range(ent.start, ent.end)}
        for role in roles:
            # "spokesman Abdifatah Aden Hassan"; "the town's mayor, Massillon Jean." (a name alone between
            # the comma and the clause's end)
            first = role.end + (role.end + 1 < len(doc) and doc[role.end].text == ",")
            if any(other.start == first for other in roles):
                continue  # "spokesman Lieutenant General Ahmed Sharif Chaudhry": the rank's name, read with it
            end = first
            while end < len(doc) and end - first < TITLED_NAME_WORDS + _hyphens(doc, first, end) \
                    and doc[end].is_title and doc[end].is_alpha and not doc[end].is_sent_start \
                    and doc[end].lower_ not in self.calendar_words \
                    and (end not in taken or end in people or end in guessed or end > first and end in places):
                end += 1  # "governor Alexander Gusev": a town's name in a person's, after the first name, is
                # the name's
                if _hyphens(doc, end, end + 2) and end + 1 < len(doc) and doc[end + 1].is_title:
                    end += 1  # "Jean-Paul": one name, its halves joined by a hyphen
            apposed = first > role.end and not (end == len(doc) or doc[end].is_punct)
            if end - first >= 2 and not apposed and any(i not in people for i in range(first, end)):
                ents = [ent for ent in ents if not first <= ent.start < end]
                ents.append(Span(doc, first, end, label="PERSON"))
        # "the state broadcaster Télé Sahel", "the charity Alima": a name after an organization noun is the
        # organization's, over a place's name inside it; not a name known to the rulers ("the group Hamas")
        known = {ent.start for ent in ents if ent.ent_id_}
        for i, token in enumerate(doc[:-1]):
            if token.text not in self.org_nouns or i + 1 in known:
                continue
            end = i + 1
            while end < len(doc) and end - i <= MAX_TITLED_NAME and (doc[end].is_title or doc[end].is_upper) \
                    and doc[end].is_alpha and not doc[end].is_sent_start \
                    and doc[end].lower_ not in self.calendar_words:
                end += 1
            if end > i + 1:
                ents = [ent for ent in ents if not (ent.start < end and i + 1 < ent.end)]
                ents.append(Span(doc, i + 1, end, label="ORG"))
        ents.sort(key=lambda span: span.start)
        # a town's name right after a first name that no entity holds or that the model reads as a person
        # alone ("said Yusuf Farah"): a person's surname
        named = {ent.end: ent for ent in ents if ent.label_ == "PERSON" and len(ent) == 1 and not ent.ent_id_}
        surnamed = {ent.start: Span(doc, ent.start - 1, ent.end, label="PERSON") for ent in ents
                    if len(ent) == 1 and ent.label_ in PLACE_LABELS and ent.start > 0 and doc[ent.start - 1].is_title
                    and fold(doc[ent.start - 1].text) in self.given_names and not doc[ent.start - 1].is_sent_start
                    and (ent.start - 1 not in taken or ent.start in named)}
        ents = [surnamed.get(ent.start, ent) for ent in ents
                if not (ent.end in surnamed and named.get(ent.end) is ent)]
        # the model's two people either side of a town ("Abdifatah", "Aden", "Hassan"): one person's name
        for i in range(len(ents) - 2, 0, -1):
            before, middle, after = ents[i - 1], ents[i], ents[i + 1]
            if before.label_ == after.label_ == "PERSON" and middle.start in places \
                    and before.end == middle.start and middle.end == after.start:
                ents[i - 1:i + 2] = [Span(doc, before.start, after.end, label="PERSON")]
        return ents

    # ------------------------------------------------------------------ evidence for unknown names
    def _locative_place(self, doc: Doc, span: Span, countries: frozenset[str]) -> bool:
        """An unknown name after "in", "near", "from" ... that the gazetteer knows in the article's countries:
        a place, not a person or an organization."""
        if span.start == 0 or doc[span.start - 1].lower_ not in self.place_cues.locative:
            return False
        if self.gazetteer.lookup(span.text, countries, fuzzy=True, local_below=10**9) is None:
            return False
        add_span(doc, PLACE_MENTIONS, span.start, span.end, "GPE", span.text)
        return True

    def _reported(self, doc: Doc, span: Span) -> bool:
        """A reporting verb beside the name ("X said", "said X", "X told", "according to X", "told X")."""
        after = [t for t in doc[span.end:span.end + 3] if not t.is_punct][:2]
        if after and after[0].lower_ in self.reporting:
            return True
        if len(after) == 2 and after[0].lower_ in ("has", "had", "have", "also", "later") and after[1].lower_ in self.reporting:
            return True
        before = [t.lower_ for t in doc[max(0, span.start - 4):span.start] if t.lower_ not in ("the", "a")]
        return bool(before) and (before[-1] in self.reporting or any(
            tuple(before[-len(phrase):]) == phrase for phrase in self.according))

    def _appositive(self, doc: Doc, span: Span) -> bool:
        """ "X, a spokesman for ...", "X, the head of ...", "X, 45, said", "X (the mayor)"."""
        if span.end + 1 >= len(doc) or doc[span.end].text not in (",", "(", "—", "–"):
            return False
        for token in doc[span.end + 1:span.end + 6]:
            if token.lower_ in self.person_nouns or token.lower_ in self.role_titles or token.like_num:
                return True
            if token.text in (",", ")", "."):
                break
        return False

    def _person_evidence(self, doc: Doc, span: Span, roles: list[Span]) -> bool:
        previous = doc[span.start - 1] if span.start > 0 else None
        return bool(
            self._role_of(doc, span, roles)[0]
            or (previous is not None and (previous.text in self.honorifics or previous.lower_ in self.person_nouns))
            or span[0].text in self.honorifics
            or fold(span[0].text) in self.given_names
            or self._reported(doc, span)
            or self._appositive(doc, span))

    def _organization_evidence(self, doc: Doc, span: Span) -> bool:
        words = [t.text for t in span]
        acronym = len(span) == 1 and span.text.isupper() and 2 <= len(span.text) <= 8
        return bool(self.org_heads.intersection(words) or self.armed_group_words.intersection(words)
                    or self._reported(doc, span) or self._titled_as_organization(doc, span)
                    or (acronym and (self._appositive(doc, span) or span.start > 0 and doc[span.start - 1].text == "(")))

    def _in_summary(self, doc: Doc, span: Span) -> bool:
        return zone(doc, span.start) in SUMMARY_ZONES

    # ------------------------------------------------------------------ people
    def _person(self, doc: Doc, ent: Span, roles: list[Span], countries: frozenset[str],
                day: date | None) -> tuple[Span, str, dict, str] | None:
        """``(span, canonical name, entry, support)`` for a person mention, or ``None``; ``support`` is
        "known" (the knowledge base), "evidence" (the text marks a person) or "" (a bare name)."""
        widened = self._other_bearer(doc, ent) if ent.ent_id_ and fold(ent.text) != fold(ent.ent_id_) else ent
        other, ent = widened is not ent, widened
        span = _trim(ent)
        # a span's id is its root token's: not this person's when that token is another entity's ("Gusev",
        # a town, in "governor Alexander Gusev"), nor when the name is another's
        known = ent.ent_id_ if ent.root.ent_type_ == ent.label_ and not other else ""
        if span is not None and not known:
            span = self._without_title(doc, span, roles)
        if span is None or not any(t.is_title or t.is_upper for t in span):
            return None
        entry = self.aliases.get(span.text, day) or (self.aliases.get(known, day) if known else None)
        if known:
            return span, known, entry or {"name": known, "type": "PERSON", "country": ""}, "known"
        key = fold(span.text)
        if key in self.not_people or any(t.like_num for t in span):
            return None
        if entry and entry["type"] != "PERSON":
            return None
        if entry:
            return span, entry["name"], entry, "known"
        worded = self._worded_places.get(fold(span.text))
        if worded is not None:
            # "Kofa resident X" after "Kofa village"; "Bara" in "in al-Bara" after "al-Bara, a village" (with
            # its article, as the text writes it): that place again
            start = span.start - 2 if span.start >= 2 and doc[span.start - 1].text == "-" \
                and doc[span.start - 2].lower_ in self.place_cues.particles else span.start
            add_span(doc, PLACE_MENTIONS, start, span.end, worded.label_, worded.kb_id_, **(span_attrs(worded) or {}))
            return None
        if self.place_names.get(span.text) is not None:  # "Abu Shok", a spelling of a known place
            add_span(doc, PLACE_MENTIONS, span.start, span.end, "GPE", span.text)
            return None
        if self._locative_place(doc, span, countries):
            return None
        # as written, joined where the text joins ("Jean-Paul"), with a word in capitals in title case
        name = "".join((t.text.title() if t.is_upper and len(t) > 1 else t.text) + t.whitespace_ for t in span).strip()
        support = "evidence" if self._person_evidence(doc, span, roles) else ""
        if not support and countries and self.gazetteer.lookup(span.text, countries, local_below=10**9):
            add_span(doc, PLACE_MENTIONS, span.start, span.end, "GPE", span.text)
            return None  # a bare name that is a town of the article's country ("al-Bara"), no one's name
        return span, name, {"name": name, "type": "PERSON", "country": ""}, support

    def _other_bearer(self, doc: Doc, ent: Span) -> Span:
        """A known person's short name inside another's ("Jean-Pierre" in "Jean-Pierre Bikilisende", "Abbas"
        in "Mohammed Abbas"): the whole name, of no one known, when names no entity holds stand next to it
        (a first name before it, capitalised words after it)."""
        end = ent.end
        while end < len(doc) and end - ent.end < 2 and doc[end].is_title and doc[end].is_alpha \
                and not doc[end].ent_type_ and not doc[end].is_sent_start and doc[end].lower_ not in self.calendar_words:
            end += 1
        start = ent.start
        if start > 0 and doc[start - 1].is_title and doc[start - 1].ent_type_ in ("", "PERSON") \
                and not doc[start - 1].ent_id_ and not doc[start - 1].is_sent_start \
                and fold(doc[start - 1].text) in self.given_names:
            start -= 1
        return ent if (start, end) == (ent.start, ent.end) else Span(doc, start, end, label="PERSON")

    def _without_title(self, doc: Doc, span: Span, roles: list[Span]) -> Span | None:
        """The name without a title, rank or honorific the model included ("Sepoy Tariq Mehmood")."""
        start = span.start
        for role in roles:
            if role.start == start and role.end < span.end:
                start = role.end
        while start < span.end - 1 and doc[start].text in self.honorifics:
            start += 1
        return span if start == span.start else Span(doc, start, span.end, label=span.label)

    def _add_people(self, doc: Doc, people: list[tuple[Span, str, dict, str]], roles: list[Span]) -> None:
        """Known people; unknown ones with evidence in the body; and mentions that share a name or surname
        with one of those ("Ivanenko" after "Colonel Oleksandr Ivanenko"). A headline or standfirst alone
        is no evidence: its title case and telegraphic grammar fool the model."""
        def body(span: Span) -> bool:
            return not self._in_summary(doc, span)

        accepted = {name for span, name, _, support in people if support == "known" or (support and body(span))}
        surnames = {name.split()[-1].casefold(): name for name in accepted if " " in name}
        for span, name, entry, support in people:
            if " " not in name:
                name = surnames.get(name.casefold(), name)
            if name not in accepted and name.split()[-1].casefold() not in surnames:
                continue
            role, country = self._role_of(doc, span, roles)
            end = span.end
            if end < len(doc) and doc[end].lower_ in self.collective:
                end += 1
            add_span(doc, ACTORS, span.start, end, "PERSON", name,
                     country=entry.get("country") or country, role=role)
        self._surnames_alone(doc, {surname: name for surname, name in surnames.items() if name in accepted})

    def _surnames_alone(self, doc: Doc, surnames: dict[str, str]) -> None:
        """ "Fedorov wrote" after "Ivan Fedorov": a surname alone, as written, that no entity covers (the
        rules mode has no model to find it) is that person again."""
        text = doc_text(doc)
        repeated = [name for name in surnames.values() if text.count(name.split()[-1]) > 1]
        if not repeated:
            return
        taken = {i for group in (ACTORS, PLACE_MENTIONS) for span in doc.spans[group]
                 for i in range(span.start, span.end)}
        people = {span.kb_id_: span for span in doc.spans[ACTORS] if span.label_ == "PERSON"}
        for name in repeated:
            for span in _occurrences(doc, text, name.split()[-1]):
                if not taken.intersection(range(span.start, span.end)) \
                        and not (span.end < len(doc) and doc[span.end].is_title):
                    known = people.get(name)
                    attrs = span_attrs(known) if known is not None else {}
                    add_span(doc, ACTORS, span.start, span.end, "PERSON", name,
                             country=(attrs or {}).get("country", ""), role=(attrs or {}).get("role", ""))
                    taken.update(range(span.start, span.end))

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
        """The title written before the name ("Russian President X", "the town's mayor, X") or after it
        ("X, foreign minister")."""
        by_end = {role.end: role for role in roles}
        by_start = {role.start: role for role in roles}
        country = ""
        i = person.start
        if i > 1 and doc[i - 1].text == "," and i - 1 in by_end:
            i -= 1  # "according to the town's mayor, Massillon Jean"
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
        entry = self.aliases.get(text, fuzzy=False)
        return entry["country"] if entry and entry["type"] == "COUNTRY" else ""

    # ------------------------------------------------------------------ organizations and countries
    def _organization(self, doc: Doc, ent: Span, countries: frozenset[str],
                      day: date | None) -> tuple[Span, dict] | None:
        """``(span, entry)`` of an organization mention to add once every mention is known, or ``None``."""
        span = _trim(ent)
        if span is None:
            return None
        entry = self.aliases.get(span.text, day) or (self.aliases.get(ent.ent_id_, day) if ent.ent_id_ else None)
        if entry:
            return span, {**(self._home_institution(doc, span, entry, countries, day) or entry), "known": True,
                          "kb": True}
        if ent.label_ != "ORG" or not any(t.is_title or t.is_upper for t in span) or _acronym(doc, span) \
                or span.doc.has_annotation("SENT_START") and shouted(span.sent.text):
            return None  # (the model's guess of an organization in a line in capitals is no evidence of one)
        if self.place_names.get(span.text) is not None or self._locative_place(doc, span, countries):
            if self.place_names.get(span.text) is not None:  # the model's ORG is a known place
                add_span(doc, PLACE_MENTIONS, span.start, span.end, "GPE", span.text)
            return None
        if span.start > 0 and doc[span.start - 1].lower_ in self.place_before:
            # "residents of nearby El Aguaje said": a place too small for the gazetteer, no organization
            add_span(doc, PLACE_MENTIONS, span.start, span.end, "GPE", span.text)
            return None
        if self.gazetteer.lookup(span.text, countries, local_below=15000) and not self.org_heads.intersection(
                t.text for t in span):
            add_span(doc, PLACE_MENTIONS, span.start, span.end, "GPE", span.text)
            return None
        kind = "ARMED_GROUP" if self.armed_group_words.intersection(t.text for t in span) else "ORGANIZATION"
        return span, {"name": span.text, "type": kind, "country": "", "kb": False,
                      "known": self._organization_evidence(doc, span) and not self._in_summary(doc, span)}

    def _home_institution(self, doc: Doc, span: Span, entry: dict, countries: frozenset[str],
                          day: date | None) -> dict | None:
        """ "The Defense Department said" in an article about Mexico that never names the United States:
        Mexico's ministry of that name, not the one the words name in American copy (an entry's
        ``home_aliases``)."""
        if fold(span.text) not in entry.get("home_aliases", ()) or entry["country"] in countries:
            return None
        home = self.country_by_name.get(doc._.home_country, {}).get("alpha3", "")
        if not home or home == entry["country"]:
            return None
        name = f"{entry['home_institution']} of {doc._.home_country}"
        return self.aliases.get(name, day, fuzzy=False) or {"name": name, "type": entry["type"], "country": home}

    def _add_organizations(self, doc: Doc, organizations: list[tuple[Span, dict]]) -> None:
        """Known organizations, and unknown ones with evidence somewhere in the body (or named again the
        same way after such a mention); a short form that is one word of an organization named in full
        ("the Observatory" after "the Syrian Observatory for Human Rights") is that organization."""
        supported = {fold(entry["name"]) for _, entry in organizations if entry["known"]}
        full = {}
        for _, entry in organizations:
            if entry["known"] and " " in entry["name"]:
                for word in entry["name"].split():
                    if word[:1].isupper() and len(word) > 3:
                        full.setdefault(fold(word), entry)
                if initials := _initials(entry["name"]):
                    full.setdefault(initials, entry)  # "NNA" after "National News Agency"
        for span in doc.spans[ACTORS]:  # (and the bodies and forces already named: "IAF" after "the Indian Air Force")
            if span.label_ != "PERSON" and " " in span.kb_id_ and (initials := _initials(span.kb_id_)):
                full.setdefault(initials, {"name": span.kb_id_, "type": span.label_, "known": True,
                                           "country": (span_attrs(span) or {}).get("country", "")})
        for span, entry in organizations:
            if not entry["kb"] and " " not in entry["name"]:
                if fold(entry["name"]) in full:
                    entry = full[fold(entry["name"])]
                elif entry["name"] in self.org_heads:
                    continue  # "the Army said": a common noun, not a name
            if entry["known"] or fold(entry["name"]) in supported:
                add_span(doc, ACTORS, span.start, span.end, entry["type"], entry["name"],
                         country=entry["country"], role="")

    def _country(self, doc: Doc, ent: Span, day: date | None) -> None:
        span = _trim(ent)
        if span is None:
            return
        entry = self.aliases.get(span.text, day, fuzzy=False) or self.aliases.get(ent.ent_id_, day, fuzzy=False)
        if not entry or entry["type"] != "COUNTRY":
            if ent.label_ == "NORP" or not entry:
                return
            add_span(doc, ACTORS, span.start, span.end, entry["type"], entry["name"],
                     country=entry["country"], role="")
            return
        following = doc[span.end] if span.end < len(doc) else None
        made = following is not None and (following.ent_type_ == "WEAPON" or following.is_lower
                                          and following.is_alpha and following.lower_ not in self.people_nouns)
        if ent.label_ in ("DEMONYM", "NORP") and span.start > 0 and doc[span.start - 1].like_num and not made:
            return  # "six million Ukrainians": people counted, not the state ("41 Ukrainian drones" are its)
        if span.start > 0 and doc[span.start - 1].ent_type_ in ORGANIZATION_LABELS and not doc[span.start - 1].is_space:
            return  # "Amnesty International Kenya", "Save the Children Somalia": a chapter's name
        if ent.label_ in ("DEMONYM", "NORP") and span.end < len(doc) and doc[span.end].lower_ in self.people_nouns:
            return  # "the Filipino crew", "two Egyptian nationals": people described, not the state
        if ent.label_ == "DEMONYM" and span.text.endswith("s") and span.text not in self.country_by_name:
            return
        adjective = ent.label_ in ("DEMONYM", "NORP") and span.text not in self.country_by_name \
            and span.end < len(doc) and doc[span.end].is_lower  # qualifying a noun: "Israeli strikes"
        # "in Israeli strikes" names the state that struck; "inside Russian territory" names a place
        if self._names_place_noun(doc, span) if adjective else self._is_place(doc, span):
            self._places_at.add(span.end - 1)
            add_span(doc, PLACE_MENTIONS, span.start, span.end, "COUNTRY", entry["name"])
        else:
            add_span(doc, ACTORS, span.start, span.end, "COUNTRY", entry["name"],
                     country=entry["country"], role="")

    def _joined_from(self, doc: Doc, end: int) -> bool:
        """Whether the place ending at token ``end`` follows a word that joins it to another after "to" ("the
        road linking Mali to Senegal")."""
        start = end
        while start > 0 and doc[start - 1].ent_type_ and doc[start - 1].ent_iob_ != "O" and start - 1 > end - 4:
            start -= 1
        return start > 0 and doc[start - 1].lower_ in ("linking", "connecting")

    def _is_place(self, doc: Doc, span: Span) -> bool:
        """Locative use: "in Russia", "inside Russian territory", "Yemen's western coast", "fired from
        Syria", "the border with Bangladesh"."""
        i = span.start - 1
        if span.start > 0 and doc[span.start - 1].is_lower and doc[span.start - 1].lower_ in self.compass_adjectives:
            return True  # "southern Israel", "eastern Congo": a part of the country
        while i >= 0 and doc[i].lower_ in ("the", "a", "both", "either"):
            i -= 1
        if i >= 0 and (doc[i].lower_ in self.locative or (doc[i].lower_ == "from" and self._moved(doc, i))):
            return True
        if i >= 0 and (doc[i].lower_ in ("and", ",", "or") or doc[i].lower_ == "to" and self._joined_from(doc, i - 1)) \
                and i - 1 in self._places_at and doc[i + 1].lower_ not in ("a", "an"):
            # "bordering Mali and Burkina Faso": the second conjunct is what the first is (not "In Russia, a
            # Ukrainian drone attack ...")
            return True
        if (i < 0 or "\n" in doc[i].text) and span.end < len(doc) and doc[span.end].text == ":":
            return True  # "Niger: 34 soldiers killed ...", a label at the start of a line
        if i >= 1 and doc[i].lower_ == "with" and doc[i - 1].lower_ in self.place_nouns:
            return True  # "the border with Bangladesh"
        if i >= 1 and doc[i].lower_ == "of" and doc[i - 1].lower_ in self.place_of_nouns:
            return True  # "its destination of Singapore", "the outskirts of ..."
        return self._names_place_noun(doc, span)

    def _names_place_noun(self, doc: Doc, span: Span) -> bool:
        """ "Yemen's western coast", "Russian territory": the name qualifies a place noun."""
        j = span.end
        if j < len(doc) and doc[j].lower_ in ("'s", "’s"):
            j += 1
        if j < len(doc) and doc[j].text in self.compass_adjectives:
            j += 1
        return j < len(doc) and doc[j].lower_ in self.place_nouns

    def _moved(self, doc: Doc, i: int) -> bool:
        """ "drones launched from Syria", "the crossing from Chad": a place something came from."""
        return any(token.lower_ in self.place_verbs or token.lower_ in self.from_words for token in doc[max(0, i - 3):i])

    def _place_or_capital(self, doc: Doc, ent: Span, day: date | None) -> None:
        span = _trim(ent)
        if span is None or _acronym(doc, span):
            return
        country = self.capitals.get(fold(span.text))
        if country and self._acts(doc, span):
            add_span(doc, ACTORS, span.start, span.end, "COUNTRY", country,
                     country=self.country_by_name[country]["alpha3"], role="")
            return
        entry = self.aliases.get(span.text, day, fuzzy=False)
        if ent.label_ == "GPE" and entry and entry["type"] == "COUNTRY":
            self._country(doc, span, day)
            return
        add_span(doc, PLACE_MENTIONS, span.start, span.end, ent.label_, ent.ent_id_ or span.text)

    def _acts(self, doc: Doc, span: Span) -> bool:
        """A capital used for its government ("Moscow argued", "implicating Washington"), not as a place
        ("in Kyiv", "struck Kyiv", a dateline "KYIV —", "the Kyiv strikes")."""
        root = span.root
        if root.dep_ in ("nsubj", "nsubjpass") or (root.dep_ == "conj" and root.head.dep_ in ("nsubj", "nsubjpass")):
            return True
        if root.dep_ == "pobj" and root.head.lower_ == "by":
            return True  # "backed by Moscow"
        if span.start > 0:
            previous = doc[span.start - 1]
            if previous.tag_ == "IN" or previous.lower_ in self.locative or previous.lower_ in self.place_verbs \
                    or previous.lower_ in ("of", "to", "from", "at", "and", ",") \
                    or previous.is_lower and previous.lower_ in self.compass_adjectives:
                return False  # "in Kyiv", "central Tbilisi", "northern Kabul"
        if span.end < len(doc) and (doc[span.end].text in ("—", "–", "-", ",", "(")
                                    or doc[span.end].lower_ in self.place_nouns
                                    or doc[span.end].lower_ in self.event_nouns):
            return False  # (nor "the Damascus strikes": where they fell)
        if span.root.dep_ == "dobj" and span.root.head.lower_ in self.place_verbs:
            return False
        return span.start > 0 or (span.end < len(doc) and doc[span.end].lower_ in self.action_verbs)


def _hyphens(doc: Doc, start: int, end: int) -> int:
    """How many of tokens ``start:end`` are hyphens joining the words either side ("Jean-Paul")."""
    return sum(1 for i in range(max(start, 1), min(end, len(doc))) if doc[i].text == "-"
               and not doc[i - 1].whitespace_ and not doc[i].whitespace_)


def _initials(name: str) -> str:
    """The folded initials of a name's capitalised words ("nna" for "National News Agency"), or "" when it
    has fewer than two."""
    initials = "".join(word[0] for word in name.split() if word[:1].isupper())
    return fold(initials) if len(initials) >= 2 else ""


def _acronym(doc: Doc, span: Span) -> bool:
    """ "the National Emergency Management Agency (NEMA)": capitals in brackets after an organization's
    name abbreviate it; they name no place (Nema, a town in Mauritania)."""
    return span.text.isupper() and 0 < span.start - 1 and span.end < len(doc) and doc[span.start - 1].text == "(" \
        and doc[span.end].text == ")" and doc[span.start - 2].ent_type_ in ORGANIZATION_LABELS


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


def _occurrences(doc: Doc, text: str, name: str):
    """Every mention of ``name`` in the doc's ``text`` that starts and ends on token boundaries, as a span."""
    at = text.find(name)
    while at >= 0:
        span = doc.char_span(at, at + len(name))
        if span is not None:
            yield span
        at = text.find(name, at + len(name))
