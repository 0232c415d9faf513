"""Checks on the knowledge files, run when they are compiled.

Each file has a declared shape: the keys an entry may have, which are required, and what their values
may be (a label from ``schema.py``, an alpha-3 code, a list of strings ...). A misspelt key, an outcome
the tables do not know or a wrong type fails the build with the file and the entry named, instead of
being silently ignored by the component that reads the file.

A check takes a value and returns ``None`` when it is right, else what is wrong with it.
"""
from __future__ import annotations

import re
from dataclasses import dataclass, field
from datetime import date
from typing import Any, Callable, Optional

from . import schema

Check = Callable[[Any], Optional[str]]


class KnowledgeError(ValueError):
    """A knowledge file that does not have its declared shape; the message names file and entry."""


def text(value: Any) -> str | None:
    if isinstance(value, str) and value and value.strip() == value:
        return None
    return f"{value!r} is not a non-empty string without surrounding spaces"


def text_or_empty(value: Any) -> str | None:
    return None if value == "" else text(value)


def texts(value: Any) -> str | None:
    return list_of(text)(value)


def list_of(item: Check) -> Check:
    def check(value: Any) -> str | None:
        if not isinstance(value, list):
            return f"{value!r} is not a list"
        for index, element in enumerate(value):
            problem = item(element)
            if problem:
                return f"item {index}: {problem}"
        return None
    return check


def alpha3(value: Any) -> str | None:
    if isinstance(value, str) and (value == "" or re.fullmatch(r"[A-Z]{3}", value)):
        return None
    return f"{value!r} is not an ISO alpha-3 country code (or empty)"


def country_code(value: Any) -> str | None:
    return alpha3(value) if value != "" else "an empty country code"


def iso_date(value: Any) -> str | None:
    try:
        date.fromisoformat(value)
        return None
    except (TypeError, ValueError):
        return f"{value!r} is not a date YYYY-MM-DD"


def boolean(value: Any) -> str | None:
    return None if isinstance(value, bool) else f"{value!r} is not true or false"


def number(value: Any) -> str | None:
    if isinstance(value, (int, float)) and not isinstance(value, bool):
        return None
    return f"{value!r} is not a number"


def integer(value: Any) -> str | None:
    return None if isinstance(value, int) and not isinstance(value, bool) else f"{value!r} is not an integer"


def positive_or_none(value: Any) -> str | None:
    if value is None or (number(value) is None and value > 0):
        return None
    return f"{value!r} is not a positive number (or null)"


def count_or_none(value: Any) -> str | None:
    if value is None or (integer(value) is None and value >= 0):
        return None
    return f"{value!r} is not a whole number of zero or more (or null)"


def between(low: float, high: float) -> Check:
    def check(value: Any) -> str | None:
        if number(value) is None and low <= value <= high:
            return None
        return f"{value!r} is not a number from {low} to {high}"
    return check


def numeric_text(inner: Check) -> Check:
    """A TSV cell holding a number."""
    def check(value: Any) -> str | None:
        try:
            return inner(float(value))
        except (TypeError, ValueError):
            return f"{value!r} is not a number"
    return check


def one_of(*allowed: str) -> Check:
    def check(value: Any) -> str | None:
        return None if value in allowed else f"{value!r} is not one of {', '.join(allowed)}"
    return check


def pattern(value: Any) -> str | None:
    problem = text(value)
    if problem:
        return problem
    try:
        re.compile(value)
    except re.error as error:
        return f"{value!r} is not a regular expression ({error})"
    return None


def designator_pattern(value: Any) -> str | None:
    """A weapon family's pattern: the family's letters and a hyphen (where the search starts), then a
    ``designator`` group naming the member ("Shahed-(?P<designator>...)")."""
    problem = pattern(value)
    if problem is None and "designator" not in re.compile(value).groupindex:
        problem = f"{value!r} has no (?P<designator>...) group"
    if problem is None and not re.match(r"(?:[A-Za-z?]|\[[A-Za-z]+\])+-", value):
        problem = f"{value!r} does not open with the family's letters and a hyphen"
    return problem


def mapping_of(keys: Check, values: Check) -> Check:
    """A JSON object whose keys pass ``keys`` and whose values pass ``values``."""
    def check(value: Any) -> str | None:
        if not isinstance(value, dict):
            return f"{value!r} is not an object"
        for key, item in value.items():
            problem = keys(key)
            if problem:
                return f"key {problem}"
            problem = values(item)
            if problem:
                return f"{key!r}: {problem}"
        return None
    return check


@dataclass(frozen=True)
class Shape:
    """Keys an object may have: ``required`` ones and ``optional`` ones, each with its value check."""

    required: dict[str, Check]
    optional: dict[str, Check] = field(default_factory=dict)

    def __call__(self, entry: Any) -> str | None:
        problems = self.problems(entry)
        return "; ".join(problems) if problems else None

    def problems(self, entry: Any) -> list[str]:
        if not isinstance(entry, dict):
            return [f"{entry!r} is not an object"]
        found = [f"unknown key {key!r}" for key in entry if key not in self.required and key not in self.optional]
        found += [f"missing key {key!r}" for key in self.required if key not in entry]
        for key, check in {**self.required, **self.optional}.items():
            problem = check(entry[key]) if key in entry else None
            if problem:
                found.append(f"{key}: {problem}")
        return found


#: Entry types of the organizations and places files (people and countries have files of their own).
ORGANIZATION_TYPES = tuple(t for t in schema.ACTOR_TYPES if t not in ("PERSON", "COUNTRY"))
PLACE_TYPES = tuple(t for t in schema.LOCATION_TYPES if t != "COUNTRY")

#: When an entry was in force (a renamed mission or city, an office holder): of entries sharing a name, the
#: one in force on the article's publication date is chosen.
VALIDITY = {"valid_from": iso_date, "valid_to": iso_date}

#: One shape per entry of each JSON Lines file.
RECORDS: dict[str, Shape] = {
    "countries.jsonl": Shape({"id": text, "alpha3": country_code, "aliases": texts, "demonyms": texts,
                              "metonyms": texts}, {"capital": text_or_empty}),
    "organizations.jsonl": Shape(
        {"id": text, "type": one_of(*ORGANIZATION_TYPES), "country": alpha3, "aliases": texts},
        {"case_sensitive": texts, "home_aliases": texts, "home_institution": text, **VALIDITY}),
    "people.jsonl": Shape({"id": text, "aliases": texts, "country": alpha3}, {"role": text_or_empty, **VALIDITY}),
    "roles.jsonl": Shape({"title": text, "aliases": texts}),
    "weapons.jsonl": Shape({"id": text, "aliases": texts, "ambiguous": texts, "category": text, "origin": alpha3,
                            "nominal_range_km": positive_or_none},
                           {"specificity": one_of(*(s for s in schema.WEAPON_SPECIFICITIES if s != "class"))}),
    "weapon_classes.jsonl": Shape({"id": text, "aliases": texts, "category": text}),
    "places.jsonl": Shape({"id": text, "type": one_of(*PLACE_TYPES), "country": alpha3,
                           "latitude": between(-90, 90), "longitude": between(-180, 180), "aliases": texts},
                          {"bare": text, "bare_default": one_of("region", "city"), **VALIDITY}),
    "conflicts.jsonl": Shape({"id": text, "start": iso_date, "countries": list_of(country_code), "cues": texts}),
}

_counts = mapping_of(text, integer)
_unit = Shape({"km": number, "forms": texts})
_relative_rule = Shape({"unit": one_of("day", "week", "weekend", "month", "year", "anchor_day"), "offset": integer})

#: Sub-types ``events.json`` may leave to a rule: from the weapons named (``by_weapon``, else the family's
#: ``default``), from the side taking ground (``by_actor``), from who was attacked (``by_target``), or the
#: event the claim of responsibility is about (``claim``).
EVENT_RULES = ("by_weapon", "by_actor", "by_target", "claim")


def event_family(value: Any) -> str | None:
    """An event family of ``events.json``: an ACLED event type and one of its sub-types, or a rule; flags:
    ``generic`` (its triggers say only that something was hit, attacked or intercepted), ``interception``,
    ``at_origin`` (placed where the weapon was fired from: a test), ``nominal`` (its triggers are nouns, of
    another sense before a noun of ``non_event_followers``: "ceasefire talks")."""
    problem = Shape({"event_type": one_of(*schema.EVENT_TYPES), "sub_event_type": text},
                    {"default": one_of(*schema.SUB_EVENT_TYPES), "generic": boolean, "interception": boolean,
                     "at_origin": boolean, "nominal": boolean})(value)
    if problem:
        return problem
    return one_of(*schema.EVENT_TYPES[value["event_type"]], *EVENT_RULES)(value["sub_event_type"])


_sub_event = one_of(*schema.SUB_EVENT_TYPES)

#: The shape of each JSON file (one object).
LEXICONS: dict[str, Shape] = {
    "actor_rules.json": Shape({
        "locative_prepositions": texts, "place_before_words": texts, "place_nouns": texts,
        "event_nouns_after_place": texts, "region_words": texts, "city_words": texts,
        "military_templates": texts, "military_canonical": text, "person_collective_nouns": texts,
        "role_bridge_tokens": texts, "former_words": texts, "action_verbs_after_metonym": texts,
        "non_person_words": texts, "place_verbs": texts, "reporting_verbs": texts, "according_to": texts,
        "person_nouns": texts, "person_honorifics": texts, "org_heads": texts, "armed_group_words": texts,
        "unit_heads": texts, "ordinal_words": texts, "state_force_subjects": texts, "state_force_nouns": texts,
        "vessel_prefixes": texts, "vessel_nouns": texts, "compound_suffixes": texts, "from_words": texts,
        "place_of_nouns": texts,
        "body_heads": mapping_of(one_of("GOVERNMENT", "MILITARY", "ORGANIZATION", "FACILITY"), texts),
        "government_names": mapping_of(text, text), "apposition_descriptors": texts, "people_after_demonym": texts,
        "org_nouns": texts, "government_heads": texts}),
    "place_cues.json": Shape({
        "heads": list_of(Shape({"phrase": text, "type": one_of(*PLACE_TYPES), "keep": boolean, "of": boolean},
                               {"as": text, "lowercase": boolean})),
        "locative_words": texts, "appositive": Shape({"determiners": texts, "max_modifiers": integer}),
        "compass_words": texts, "border_words": texts, "border_units": texts, "origin_verbs": texts,
        "vicinity_words": texts,
        "name_particles": texts, "not_names": texts}),
    "given_names.json": Shape({"given_names": texts}),
    "casualties.json": Shape({
        "outcomes": mapping_of(one_of(*schema.OUTCOMES), texts),
        "qualifiers": mapping_of(one_of(*schema.CASUALTY_QUALIFIERS), texts),
        "groups": mapping_of(text, texts), "vague_counts": _counts,
        "nil_phrases": mapping_of(one_of(*schema.OUTCOMES), texts), "non_victim_nouns": texts,
        "non_casualty_verbs": texts, "agent_prepositions": texts, "relation_prepositions": texts,
        "projections": Shape({"modals": texts, "verbs": texts}),
        "max_outcome_distance": integer, "reporting_verbs": texts, "according_to": texts,
        "group_modifiers_skipped": texts, "subset_openers": texts, "unnamed_source_cues": texts,
        "count_phrases": _counts,
        "proportion_words": texts, "clock_followers": texts, "unit_words": texts, "event_modifiers": texts,
        "subject_verbs": texts, "linking_words": texts,
        "reporter_nouns": mapping_of(text, list_of(one_of(*schema.ACTOR_TYPES)))}),
    "dates.json": Shape({
        "months": texts, "weekdays": texts, "same_day": texts, "part_of_period_prefixes": texts,
        "relative_phrases": mapping_of(text, _relative_rule), "ordinal_day_cues": texts, "war_words": texts,
        "year_context_before": texts, "non_date_followers": texts, "number_words": texts, "duration_units": texts,
        "ordinal_words": texts,
        "duration_anchors": texts, "parser_cues": texts, "future_tolerance_days": integer,
        "weekday_nouns": texts}),
    "gazetteer.json": Shape({"min_population": integer, "min_population_in_conflict_countries": integer,
                             "index_min_population": integer, "alternate_names_min_population": integer,
                             "conflict_countries": list_of(country_code), "stoplist": texts}),
    "ranges.json": Shape({
        "units": mapping_of(text, _unit), "qualifiers": mapping_of(one_of(*schema.RANGE_QUALIFIERS), texts),
        "weapon_range_cues": texts, "excluded_cues": texts, "pronouns": texts, "distance_followers": texts,
        "distance_cues_before": texts}),
    "weapon_rules.json": Shape({
        "context_words": texts, "platform_categories": texts,
        "families": list_of(Shape({"name": text, "pattern": designator_pattern, "category": text,
                                   "origin": country_code})),
        "class_exclusions": Shape({"before": texts, "after": texts}),
        "bare_classes": Shape({"words": texts, "ground_cues": texts, "ground_class": text}),
        "place_heads": texts}),
    "numbers.json": Shape({"units": _counts, "tens": _counts, "scales": _counts}),
    "structure.json": Shape({
        "agencies": texts, "agency_markers": list_of(pattern), "byline_patterns": list_of(pattern),
        "timestamp_words": texts, "timestamp_patterns": list_of(pattern), "date_prefix": pattern,
        "caption_patterns": list_of(pattern), "widget_phrases": texts, "widget_prefixes": texts,
        "widget_patterns": list_of(pattern), "list_markers": texts, "link_run": integer, "headline_max_words": integer,
        "standfirst_max_words": integer, "furniture_max_words": integer,
        "dateline": Shape({"upper": pattern, "title": pattern, "agency_place": pattern, "agency_slash": pattern}),
        "policies": mapping_of(text, list_of(one_of(*schema.ZONES))), "summary_zones": list_of(one_of(*schema.ZONES)),
        "abbreviations": texts, "word_prefixes": texts, "summary_boxes": texts, "kickers": texts,
        "subhead_max_words": integer}),
    "events.json": Shape({
        "triggers": mapping_of(text, texts), "families": mapping_of(text, event_family), "family_priority": texts,
        "place_object_triggers": mapping_of(text, Shape({"verbs": texts, "objects": texts, "blockers": texts})),
        "raid_entries": texts,
        "weapon_sub_events": mapping_of(_sub_event, texts), "munition_sub_events": mapping_of(_sub_event, texts),
        "toll_strike_sub_event": _sub_event, "toll_weapon_family": text,
        "toll_perpetrators": Shape({"nouns": texts, "verbs": texts, "family": text}), "debris_words": texts,
        "people_objects": texts, "people_object_modifiers": texts, "tie_words": texts, "aggregate_subjects": texts,
        "perception_verbs": texts,
        "supervision_verbs": texts,
        "circumstance_openers": texts, "time_frame_words": texts, "utterance_nouns": texts,
        "toll_updates": Shape({"verbs": texts, "nouns": texts}),
        "deadline_date_cues": texts, "destination_cues": Shape({"prepositions": texts, "movement_verbs": texts,
                                                                      "flight_prepositions": texts, "flight_verbs": texts}),
        "superlatives": texts, "demand_phrases": texts, "escape_phrases": texts, "escape_modifiers": texts,
        "jurisdiction_words": texts, "local_area_heads": texts, "confirmation_verbs": texts, "border_words": texts,
        "reprisal_phrases": texts, "air_platforms": Shape({"sub_event_type": _sub_event, "words": texts}),
        "state_voices": Shape({"forces": texts, "government": texts, "voices": texts}),
        "care_places": Shape({"facilities": texts, "transfers": texts, "staff": texts}),
        "forces_voices": texts, "appeal_verbs": texts, "total_cues": texts, "capability_cues": texts, "seized_people": texts,
        "seized_combatants": texts, "seized_goods": texts, "temporary_seizure": Shape({"words": texts, "sub_event_type": _sub_event}), "sequence_nouns": texts, "munition_verbs": texts,
        "approximate_place_cues": texts, "mention_heads": texts, "failed_attempts": texts,
        "spokesperson_roles": texts, "former_words": texts,
        "state_targets": Shape({"owners": texts, "units": texts, "acting_units": texts, "personnel": texts,
                                "police": texts}),
        "single_victims": Shape({"nouns": texts, "modifiers": texts, "killed": texts, "injured": texts}),
        "place_anaphors": texts, "settlement_anaphors": texts,
        "version_event_types": list_of(one_of(*schema.EVENT_TYPES)),
        "subset_cues": texts, "launch_cues": texts, "flight_words": texts,
        "ongoing_description": Shape({"relatives": texts, "auxiliaries": texts, "involvements": texts}),
        "force_on_protesters": Shape({"targets": texts, "interventions": texts, "crowd_control": texts,
                                      "lethal_means": texts, "aimed_away": texts,
                                      "sub_event_type": _sub_event,
                                      "lethal_sub_event_type": _sub_event}), "defensive_categories": texts,
        "tollless_sub_events": list_of(_sub_event), "agreement_objects": texts, "agreement_in_force_cues": texts,
        "crowd_violence": Shape({"crowds": texts, "foes": texts,
                                 "acts": list_of(one_of(*schema.EVENT_TYPES, *schema.SUB_EVENT_TYPES)),
                                 "sub_event_type": _sub_event}),
        "territory_sub_events": mapping_of(
            one_of("government_regains_territory", "non_state_actor_overtakes_territory"),
            list_of(one_of(*schema.ACTOR_TYPES))),
        "civilian_targets": texts, "civilian_sites": texts, "civilian_groups": texts, "civilian_actor": text,
        "military_targets": texts,
        "armed_actor_types": list_of(one_of(*schema.ACTOR_TYPES)), "reporting_verbs": texts, "according_to": texts,
        "hedges": texts, "speaker_nouns": texts, "pronoun_subjects": texts,
        "source_nouns": mapping_of(text, list_of(one_of(*schema.ACTOR_TYPES))),
        "personal_pronouns": mapping_of(text, list_of(one_of(*schema.ACTOR_TYPES))),
        "unnamed_sources": texts, "state_media": texts, "own_act_words": texts, "own_act_claims": texts,
        "first_person_words": texts,
        "fire_triggers": texts, "gunfire_phrases": texts, "gunfire_words": texts, "shooters": texts,
        "occupancy_cues": texts, "loot_cues": texts,
        "state_participles": texts, "irrealis": texts, "intention_verbs": texts,
        "generic_determiners": texts, "definite_words": texts, "non_event_followers": texts,
        "non_event_precursors": texts, "aggregate_cues": texts,
        "habitual_cues": texts, "mention_frames": texts, "perfect_auxiliaries": texts, "perfect_periods": texts,
        "long_span_units": texts, "command_bodies": texts,
        "within_day_words": texts, "day_periods": texts, "background_days": integer,
        "background_markers": texts, "hit_by_object": texts, "site_words": texts, "addressee_verbs": texts,
        "defence_verbs": texts, "target_subject_triggers": texts, "blame_verbs": texts, "agent_participles": texts,
        "active_only_triggers": texts, "care_body_words": texts, "ranking_words": texts,
        "state_force_words": texts,
        "interval_words": mapping_of(text, count_or_none),
        "additive_words": texts, "other_munition_words": texts, "roundup_words": texts, "roundup_areas": texts,
        "part_cues": texts, "toll_part_phrases": texts,
        "passive_auxiliaries": texts, "subject_adverbs": texts,
        "target_categories": texts, "broader_categories": mapping_of(text, text),
        "place_list": Shape({"joiners": texts, "breakers": texts, "pair_openers": texts,
                             "max_gap_words": integer}),
        "negations": texts, "anaphors": texts, "toll_anaphors": texts, "disaster_nouns": texts,
        "message_nouns": texts, "negative_subjects": texts, "speech_venues": texts, "portion_words": texts,
        "clause_breaks": texts, "target_nouns": texts,
        "production_verbs": texts,
        "origin_cues": texts,
        "munition_nouns": texts, "launch_verbs": texts, "intercept_verbs": texts, "volley_nouns": texts,
        "ignored_date_cues": texts,
        "window": integer, "max_anaphor_distance": integer}),
}


#: The columns of each TSV file.
TABLES: dict[str, Shape] = {
    "country_centroids.tsv": Shape({"alpha3": country_code, "latitude": numeric_text(between(-90, 90)),
                                    "longitude": numeric_text(between(-180, 180))}),
}


def validate(name: str, content: Any) -> Any:
    """``content`` unchanged, or :class:`KnowledgeError` naming ``name`` and the entry when it is not of its shape."""
    if name in LEXICONS:
        problems = LEXICONS[name].problems(content)
        if problems:
            raise KnowledgeError(f"{name}: {'; '.join(problems)}")
        return content
    shape = RECORDS.get(name) or TABLES.get(name)
    if shape is None:
        raise KnowledgeError(f"{name}: not a known knowledge file")
    if not isinstance(content, list):
        raise KnowledgeError(f"{name}: expected one entry per line")
    for line, entry in enumerate(content, 1):
        problems = shape.problems(entry)
        if problems:
            label = next((entry[k] for k in ("id", "title", "alpha3") if isinstance(entry, dict) and entry.get(k)), "")
            raise KnowledgeError(f"{name}: entry {line}{f' ({label})' if label else ''}: {'; '.join(problems)}")
    return content
