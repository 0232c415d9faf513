"""``conflict_events``: the six tables linked into event records, one per account of an event.

A clause of the story holding an event trigger ("shelled", "drone strike", "clashed", "captured",
"intercepted") that is not hypothetical, generic or negated is an account of an event. Its arguments
come from the spans the other components left in the clause: the actors (subject or agent: ``actor1``;
object or "on"/"against"/"with": ``actor2``, read from the dependency parse when the pipeline has one,
from word order otherwise), the most specific place, the date, the weapons, the munitions launched and
intercepted, and the casualty figures. A reporting cue ("Russia said", "according to the army", "a US
official stated") makes the account that source's. A later sentence that refers back ("the attack",
"the sixth missile") or only adds figures continues the account; one that gives another source's
version of it ("Russia said it intercepted five of six missiles") is a new account of the same event.
Accounts of one event share a ``cluster``; the same source telling it twice is one row. The vocabulary
and the ACLED mapping are in ``models/events.json``.
"""
from __future__ import annotations

import re
from bisect import bisect_right
from collections import Counter
from itertools import accumulate
from dataclasses import dataclass, field, replace
from datetime import date, timedelta
from typing import Any

from spacy.language import Language
from spacy.tokens import Doc, Span

from .. import schema, validation
from ..gazetteer import km_between
from ..numbers import NumberReader
from ..phrases import compile_table, lower_words
from .actors import ACTORS, VESSELS
from .base import BODY, KnowledgeComponent, Sentences, add_span, allowed, doc_text, span_attrs, zone
from .casualties import CASUALTIES
from .dates import DATES
from .locations import LOCATIONS
from .ranges import RANGES
from .structure import DATELINE
from .weapons import WEAPONS

EVENTS = "events"
#: A clause of a sentence: its tokens, the trigger that says what it reports, whether it tells of an
#: interception, and its other triggers.
Clause = tuple[int, int, tuple[int, int, str], bool, list]
NEWLINE = re.compile("\n")
#: Location labels by how precisely they place an event (ACLED's geo precision), and which of two places
#: of one clause is the more specific (a facility in a city, a city in a region).
GEO_PRECISION = {"CITY": 1, "FACILITY": 1, "OTHER": 1, "REGION": 2, "COUNTRY": 3}
SPECIFICITY = {"FACILITY": 0, "CITY": 1, "OTHER": 2, "REGION": 3, "COUNTRY": 4}
EXPLOSIONS = "explosions_remote_violence"
PROTESTS = "protests"
#: How far into a sentence its subject may start ("Russia's defence ministry", "Earlier, the army").
SUBJECT_REACH = 3
#: How far before a trigger a word may open the phrase that sets the scene ("after hours of drone strikes").
CIRCUMSTANCE_REACH = 8
#: Words that set one event before or after another ("The attack came a day after a suicide bomber ...").
TIME_ORDER = frozenset({"after", "before"})
#: Words after "after"/"before" that open a clause about the subject already named, not another event
#: (as does a gerund: "flew for two hours before hitting a target island").
SAME_SUBJECT = frozenset({"being", "having"})
#: Words of a quantity before an object ("seized 14 rifles", "a large cache of weapons").
QUANTITY_WORDS = {"a", "an", "the", "some", "several", "large", "quantities", "quantity", "of", "cache", "stock"}
#: How far after armed men (a perpetrator noun, a named armed side) their toll verb may come: "gunmen on
#: motorcycles killed", "the army said separately that it had killed".
PERPETRATOR_REACH = 6
ARMED_SIDE_REACH = 8
#: How far before a perfect progressive a relative pronoun makes it a description ("people who they said had
#: been blocking roads").
RELATIVE_PROGRESSIVE_REACH = 5
#: How far before a trigger a rank in a run of events may stand ("the latest in a series of deadly aerial attacks").
RANKED_RUN_REACH = 8
#: How many words of a subject "no" may open ("no Pakistani military installations"), and the words that end
#: the subject before it.
NO_SUBJECT_REACH = 5
NOUN_PHRASE_BREAKS = frozenset({"the", "a", "an", "and", "or", "that", "which", "who", "its", "their"})
#: How far a toll verb that a second verb of theirs opens may come: "gunmen entered a farmhouse in the settlement
#: of Campo Dos, in the municipality of Tibu, and killed four".
COORDINATED_VERB_REACH = 24
#: How far after an attack word the soldiers or post it names make it a battle ("opened fire on the troops").
TARGET_REACH = 5
#: How many sentences back a place that sets the scene still places an event told without one.
SCENE_REACH = 1
#: How far into a sentence a reporting verb still opens it ("Japan's Defense Ministry said the missile ...").
OPENING_REPORT = 8
#: How far before a reporting verb the description of its source may open ("the al-Qaida-linked group said").
DESCRIPTION_REACH = 8
#: How many words may part a source from the act it says is its own ("X told Reuters that the agency's
#: long-range drones had hit").
OWN_ACT_REACH = 12
#: How far before an attack noun a verb may say that its subject defended ("repelled an al-Shabaab assault").
DEFENCE_REACH = 6
#: How far after a munition its passive verb may come ("71 drones and four missiles were destroyed").
PASSIVE_REACH = 9
#: How far after a figure a word may say it is a part of the toll ("28 gunmen were among the dead").
PART_REACH = 4
#: How far after "took" its object, a place, may be named ("took the strategic ruby-mining town of Mogok")
PLACE_OBJECT_REACH = 8
#: Places an event can be at exactly (a town, a site): a barrage counted by another source, with no place and
#: no reference back, is no version of an event there ("Russia launched 137 drones overnight" after a drone
#: strike on a village).
PLACE_EXACT = {"CITY", "FACILITY"}
#: How many tokens after a month or year a day within it may narrow the event's date ("Last year, on Aug. 24").
NARROWING_REACH = 3
#: How many sentences after the event just told "the ship", "in the city" may still name its place back.
PLACE_ANAPHOR_DISTANCE = 4
#: The words by which a noun belongs to a side named before ("their truck").
POSSESSIVE_PRONOUNS = frozenset({"its", "their", "his", "her"})
TOLL_NOUN_REACH = 12  # words from a toll's noun to the verb of its rise: "The death toll from air strikes ... rose"
TOLL_RISE_WORDS = 4  # words from the verb of a toll's rise to its date: "rose to 10 on Monday"
TOLL_NOUN_AFTER = 6  # words after the verb to a toll's noun: "raised to 54 the number of soldiers killed"
RANKING_REACH = 12  # words from the comma opening a ranking to a place in it: ", one of the deadliest attacks ..."
CAPITAL_MODIFIERS = 4  # tokens between a country and "capital": "Yemen's Houthi-held capital"
APPOSITIVE_WORDS = 2  # words between the article and the trigger of an appositive: ", a rare deadly attack"
#: The prepositions before a place named back ("in the city").
LOCATIVES = frozenset({"in", "on", "at", "near", "into", "inside", "around"})
#: What may part the one blamed from the act ("blamed the RSF for the attack", "accused X of carrying out").
BLAME_LINKS = {"for", "of", "the", "a", "an", "this", "that", "these", "those", "carrying", "out", "launching",
               "conducting", "staging", "its", "their", "latest", "deadly", "overnight", "recent"}
#: How far before a figure the relative pronoun of a clause telling another thing's toll may stand ("the
#: earthquake, which killed more than 3,700 people").
RELATIVE_TOLL_REACH = 5
#: How far after a place named back the passive trigger it is the subject of may end ("the ship had been struck").
PASSIVE_SUBJECT_REACH = 4
#: How many modifiers may stand between a side and the weapon it owns ("Houthi mobile anti-ship cruise missiles").
OWNED_WEAPON_GAP = 3
#: How far before a weapon the phrase of what describes a person may end ("involved in rebuilding the group's
#: rocket array").
PERSON_DESCRIPTION_REACH = 5
#: How far after an interception's verb the side whose craft it downed may be named ("shot down five
#: Indian aircraft").
OWNER_REACH = 3
#: The most words naming the speaker of an inverted attribution ("announced the mayor of the northern city").
INVERTED_SPEAKER_WORDS = 8
#: How far after a trigger (and "broke out") "between" may open its sides ("on Wednesday between").
BETWEEN_REACH = 5
#: How far after "of" or "for" the act a side is blamed for comes ("accused the army of bombing").
BLAMED_ACT_REACH = 4
#: How far after a blame verb the side blamed is named ("blamed the paramilitary Rapid Support Forces").
BLAMED_REACH = 4
#: How far after "on" the side an attack was blamed on is named ("blamed the attack on the Carlos Patino front,
#: a faction of FARC dissidents").
BLAMED_ON_REACH = 12
#: How far before a date a reporting verb or utterance noun makes it the day a source spoke ("In a statement
#: read out on the state broadcaster late on Wednesday").
SPOKEN_REACH = 12
#: The longest phrase of an event named back by its date ("last month's massacre of tourists at Pahalgam"), and
#: the words that end it sooner.
RECALLED_WORDS = 10
PHRASE_ENDS = frozenset({",", ";", ".", "but", "and", "or", "said", "says", "while", "which", "who", "that"})
#: The sub-types of strikes fired from afar, whose author an article telling one side's strikes may infer.
FIRED_FROM_AFAR = frozenset({"air_drone_strike", "shelling_artillery_missile_attack"})
#: The forms of "be" whose plural trigger subject and attribute say what such acts are ("suicide bombings have been
#: a hallmark of the faction"), no event.
COPULAS = frozenset({"is", "are", "was", "were", "be", "been"})
#: Tags of a finite verb: one between a reporting verb and a date heads the clause reported, which the date is of.
FINITE_TAGS = frozenset({"VBD", "VBZ", "VBP", "MD"})
OPENING_DATE_WORDS = 3  # words before a date that opens its sentence: "Later on Monday,"
#: How far before a place a verb of movement makes it where a side went ("fled towards the border with Mali").
DESTINATION_REACH = 7
#: How far after a comma a run of events may be named ("..., the third straight day of attacks").
SEQUENCE_REACH = 7
#: How far after a trigger its lasting into another day is told ("as fighting between the two neighbours dragged
#: into a third day").
LASTING_REACH = 10
ORDINAL = re.compile(r"(first|second|third|fourth|fifth|sixth|seventh|eighth|ninth|tenth|\d+(st|nd|rd|th))$")
BETWEEN_SIDE_WORDS = 10  # the longest first side after "between": "the Kurdish-led Syrian Democratic Forces (SDF)"
BETWEEN_MODIFIERS = 5  # words before the first side after "between": "the Kurdish - led"
#: How many words may stand between a figure and the side whose people it counts ("300 fighters of the").
MEMBER_REACH = 4
#: How far before a date a "since" makes it a date compared with ("since the war began in February 2022").
SINCE_REACH = 10
#: How far before a trigger a call for it makes it no event ("has called for a week of nationwide strikes").
DEMAND_REACH = 8
#: What ends the object of a call ("called for calm after militants attacked ...": the attack happened).
DEMAND_BREAKS = frozenset({",", ";", ":", "after", "before", "when", "while", "as", "because", "since", "that"})
#: How far before a toll's cue a superlative makes it a comparison ("the deadliest attack of the war").
SUPERLATIVE_REACH = 4
#: Words between a subject and its verb that say nothing of who acted ("the group had fired").
AUXILIARIES = {"has", "have", "had", "'s", "'ve", "'d"}
#: Participles without "-ed" that take a "by" agent of their own ("a checkpoint run by the army").
IRREGULAR_PARTICIPLES = frozenset({"run", "held", "led", "built", "kept"})
#: The event types of force used on someone (force used on protesters makes a protest event of them).
FORCE_TYPES = {EXPLOSIONS, "battles", "violence_against_civilians"}
#: What comes right before an inverted attribution ("..., said the ministry", '"...," said Kozytskyi').
INVERSION_MARKS = {",", '"', "”", "'", "’", "—", "--"}
#: What may follow the source of an inverted attribution ("said the ministry on Monday", "... in a statement").
INVERSION_FOLLOWERS = {"on", "in", "at", "late", "early", "during", "after", "when", "citing"}
SUBJECT_DEPS = {"nsubj", "csubj"}
#: Clause heads through which a trigger inherits the subject of the verb it depends on ("Ukraine
#: deployed missiles to strike ...", "Russia launched an attack").
CLIMB_DEPS = {"xcomp", "advcl", "conj", "dobj", "pobj", "prep", "acl", "relcl", "ccomp", "attr", "oprd", "npadvmod"}
OBJECT_DEPS = {"dobj", "pobj", "attr"}
#: How many of the latest events a new account may belong to: accounts of one event are told close
#: together, and a bound keeps a long document linear.
RECENT_CLUSTERS = 8
#: How many of the latest accounts a reading may continue, and how many sentences after a strike an
#: interception may still be an account of it.
RECENT_ACCOUNTS = 4
INTERCEPTION_DISTANCE = 3
#: How far after "according to" its source may be named ("according to the civil society coordinator
#: for the area, X").
ACCORDING_REACH = 14
#: The longest description set off by commas after a source ("X, one of Myanmar's most powerful armed groups,").
APPOSITIVE_REACH = 14
LONG_SPAN_REACH = 4  # words from "for" to the unit of a span: "for more than 15 years"
SPAN_DAYS = 7  # the shortest time unit before "of fighting" that makes a span of the war: "weeks of fighting"
ROUGH_DATE_DAYS = 7  # how far a day told elsewhere may be from a date told only within a week ("last week")
WEAPON_LINKS = {"with", "using"}  # the words that give an attack its weapon: "attacked the town using drones"
PEOPLE_OBJECT_REACH = 6  # an interception word and its object: "neutralised at least 14 suspected militants"
ASIDE_WORDS = 12  # the longest relative clause set off by commas before an act: ", which pledged ... in 2019,"
OF_PHRASE_WORDS = 4  # an "of" phrase ending on a noun: "the collapse of a station canopy"
CROWD_REACH = 3  # words between a crowd and the act it did: "two protesters died in clashes"
CROWD_OPENING = 5  # the first words of a clause, where its subject may be a crowd: "Crowds of young demonstrators"
# words that end a verb's clause right after it, leaving it no object: "soldiers fired after a group of suspects ..."
CLAUSE_ENDS = {",", ";", ".", "after", "when", "as", "while", "before"}
# words that part a crowd from a trigger after it: another clause's act ("crowds fled as soldiers opened fire")
CROWD_BREAKS = {",", ";", "as", "when", "after", "while", "before", "by", "and"}
PARTICIPLE_PHRASE_WORDS = 7  # a subject and the participle's phrase on it: "troops flown in by helicopter"
DEBRIS_REACH = 6  # words from debris to the harm it did: "Falling debris from one of them set fire to"
REPRISAL_REACH = 5  # words from "in retaliation for" to the event it answers: "for a missile attack"
APPOSITIVE_NAME_WORDS = 4  # a speaker's name set off by commas after the place of its office
SPEAKER_NAME_WORDS = 5  # from a reporting verb to the comma after its speaker's name: "said Marie-Ange Pierre,"
ASIDE_REACH = 4  # words from a relative pronoun to the reporting verb of an aside: "that local officers say"
SPEAKER_OF_REACH = 8  # "residents of nearby El Aguaje said", "health officials in the Hamas-run territory said"
SPEAKER_NOUNS_REACH = 5  # words from a possessor to the name of its speaker: "Somalia's state news agency SONNA"
#: The longest relative clause between a speaker and its reporting verb (", who asked not to be named,").
RELATIVE_REACH = 16
#: How far from a reporting verb the person holding the role of its unnamed speaker may be named ("the
#: regional governor said", then "Governor Alexander Bogomaz said on Telegram").
ROLE_REACH = 80
PARSED_KEY = ("conflict_ie", "parsed")
POSSESSIVES = ("'s", "’s", "'", "’")
FIRST_PERSON_REACH = 3  # words before a quoted act that may tell it in the first person: "We fiercely attacked"
OBJECT_LINK_WORDS = 3  # words from a verb to the trigger it takes as object: "claimed responsibility for the"
NOUN_PHRASE_REACH = 10  # words from a trigger noun back to the "of" before its noun phrase
QUOTE_REACH = 4  # sentences a quote may run on past the one that opens it, to the one that names its speaker
ROUNDUP_OPENER_REACH = 6  # "In the Donetsk region," opening a round-up's item
JURISDICTION_REACH = 6  # words from a speaker's noun to its reporting verb: "police spokesman Nahum Daso confirmed"
NEAR_REACH = 7  # words from "near" to the place named: "near the frontier city of Peshawar"
LANDING_REACH = 8  # words from a missile's fall to the place it came down: "fell into the sea west of Japan's X"
CARE_REACH = 6  # words from a transfer or a speaker to the hospital: "were taken to a hospital in Bannu"
REGION_REACH_KM = 300  # the farthest a town may lie from the centre of a region it is in
SEA_REACH_KM = 1200  # the farthest a port may lie from the centre of a sea (or a countryless area) off it
PORT_REACH_KM = 60  # the farthest off a port an event at sea is placed by the port ("25 nautical miles west of")
OFF_REACH = 3  # words from a distance to the place it is counted from ("25 nautical miles west of Mokha")
OFF_PORT_WORDS = ("of", "the", "port", "city", "town")  # "... west of Yemen's port of Hodeidah"
MUNITION_COUNT_REACH = 3  # words from "of" to the munition counted: "dozens of ballistic missiles"
PLACE_FIELDS = ("location", "location_type", "country", "latitude", "longitude")
#: The figures an account gives.
FIGURE_FIELDS = ("killed", "injured", "launched", "intercepted")
GENERIC_VICTIMS = "people"  # the casualty group of a toll that may count any other's victims (as may one of none)
#: What a sentence continuing an account adds to it.
CONTINUED_FIELDS = ("killed", "injured", "launched", "intercepted", "date", "granularity", *PLACE_FIELDS,
                    "actor1", "actor2")


@Language.factory(
    "conflict_events",
    default_config={"data_dir": None},
    requires=["doc.spans"],
    assigns=["doc.spans"],
)
def make_event_linker(nlp: Language, name: str, data_dir: str | None) -> "EventLinker":
    return EventLinker(nlp, name, data_dir)


SIDES = ("actor1", "actor2")
#: The actor types that speak for a state, which may act itself or through its forces.
STATE_TYPES = {"COUNTRY", "GOVERNMENT", "MILITARY"}
#: The verbs that carry a noun trigger and their determiners ("carried out an air attack", "launched a raid").
LIGHT_VERB_WORDS = {"carried", "out", "launched", "conducted", "staged", "mounted", "a", "an", "the"}
#: Units of a distance before "from" a place ("about 10 kilometres from Arbinda").
DISTANCE_UNITS = {"km", "kilometres", "kilometers", "kilometre", "kilometer", "miles", "mile", "metres", "meters"}


@dataclass
class Account:
    """One source's account of one event, as read from one clause (and the sentences continuing it)."""

    start: int  # the clause's tokens
    end: int
    sentence: int
    family: str
    event_type: str
    sub_event_type: str
    source: str = ""  # who tells it: the claimant, or the unnamed source's words ("security sources")
    claimant: str = ""
    claim_verb: str = ""
    actor1: str = ""
    actor2: str = ""
    weapons: dict[str, dict[str, Any]] = field(default_factory=dict)  # name -> its weapons-table attributes
    launched: int | None = None
    intercepted: int | None = None
    killed: int | None = None
    injured: int | None = None
    date: str = ""
    granularity: str = ""
    location: str = ""
    location_type: str = ""
    country: str = ""
    latitude: float | None = None
    longitude: float | None = None
    anaphoric: bool = False  # refers back to an event already told ("the attack", "the sixth missile")
    interceptor_country: str = ""  # whose defences intercepted ("intercepted by Russia", "Russia said it downed")
    guessed: bool = False  # the sub-type is the family's default, not read from a weapon or a munition word
    additive: bool = False  # told as one more event ("had also attacked", "elsewhere"): not more of the last
    at_site_told: bool = False  # placed only by a site named before ("at the plant")
    roundup: bool = False  # sums up a country's events ("across Ukraine"): no version of one of them
    broader: bool = False  # refers back to an event at a town, placed by its region ("confirmed the abduction")
    by_warship: bool = False  # a named ship acts in it ("the destroyer USS Carney shot down ...")
    civilians_named: bool = False  # its civilian target is only named in the clause, not counted among the dead
    fallback_date: tuple[str, str] = ("", "")  # the day its source spoke, or a day it happened by: its date
    # when no other is told
    rough_date: bool = False  # dated only within a week ("last week"): a day told of it elsewhere is its day
    # the victims each toll counted ("killed": {"soldiers"}): a toll of others told later adds to it
    toll_groups: dict[str, set[str]] = field(default_factory=dict)
    place_named_back: bool = False  # placed only by naming back the place just told ("in the city")
    unnamed_site: str = ""  # the kind of site it names only as "a village", "a market", to be named later
    near: bool = False  # placed only by a place it was near ("southeast of Bosaso", "outside Goma")
    off_km: float | None = None  # how far from its place the text puts it ("25 nautical miles west of Mokha")
    fired_from: tuple[str, str] = ("", "")  # the country the weapons came from, and its code ("fired from Cambodia")
    other_munition: bool = False  # "another drone", "a separate missile": not those of the strike just told
    recalled: bool = False  # told after "after" or "before" to order the event of its sentence
    agent_named: bool = False  # its attacker is the passive's agent ("the drones had been launched by the RSF")
    # another source's culprit for the event just told ("said the attack was carried out by ..."), a version of it
    # whatever attacker the others name
    disputed_attacker: bool = False
    old: bool = False  # dated well before the article's publication (``background_days``)
    attackers_named_back: bool = False  # its act's subject names back who did the event just told ("The
    # attackers hacked and shot residents of the camp"): another source's sentence so opened is its version
    listed_places: list[Span] = field(default_factory=list)  # "hit A, B and C": one event more for each
    # "killed 22 across the Gaza Strip, including 11 at a school in Gaza City": a place a part of a round-up's
    # toll is told at, one event more
    part_places: list[Span] = field(default_factory=list)
    cluster: int = -1
    latest: int = -1  # the latest sentence that told more of it

    def __post_init__(self):
        self.latest = max(self.latest, self.sentence)

    def fill(self, other: "Account", fields: tuple[str, ...]) -> None:
        """Take ``other``'s values for the ``fields`` this account lacks (never its other side as one side)."""
        for name in fields:
            value = getattr(other, name)
            if getattr(self, name) in ("", None) and value not in ("", None) \
                    and not (name in SIDES and value in (self.actor1, self.actor2)):
                setattr(self, name, value)
        if "date" in fields and self.rough_date and other.date and not other.rough_date \
                and _days_apart(self.date, other.date) <= ROUGH_DATE_DAYS:
            # "killed in an attack ... last week", then "the attack took place on January 16": that day
            self.date, self.granularity, self.rough_date = other.date, other.granularity, False

    def absorb(self, other: "Account") -> None:
        """A continuation of this account: what it adds, its weapons, and its toll of other victims ("Security
        forces killed 12 militants ...", then "Nine soldiers were killed in the operation, it added": 21)."""
        for outcome in ("killed", "injured"):
            mine, theirs = self.toll_groups.get(outcome, set()), other.toll_groups.get(outcome, set())
            if getattr(self, outcome) and getattr(other, outcome) and mine and theirs and mine.isdisjoint(theirs) \
                    and {"", GENERIC_VICTIMS}.isdisjoint(mine | theirs):
                setattr(self, outcome, getattr(self, outcome) + getattr(other, outcome))
                mine |= theirs
        if not self.location and other.location and (not self.country or other.country in ("", self.country)):
            self.fill(other, PLACE_FIELDS)
        self.fill(other, tuple(f for f in CONTINUED_FIELDS if f not in PLACE_FIELDS) + ("country",))
        self.add_weapons(other)

    def move_to(self, other: "Account") -> None:
        """Take ``other``'s place, all of it (its coordinates too, or their absence)."""
        for name in PLACE_FIELDS:
            setattr(self, name, getattr(other, name))

    def add_weapons(self, other: "Account") -> None:
        """The weapons ``other`` names that this account does not."""
        for name, attrs in other.weapons.items():
            self.weapons.setdefault(name, attrs)

    def figures(self) -> bool:
        return any(value is not None for value in (self.launched, self.intercepted, self.killed, self.injured))


@dataclass
class Claim:
    """Who gives a sentence's account: a known actor (``span``) or unnamed words ("residents said")."""

    span: Span | None = None
    source: str = ""
    claimant: str = ""
    verb: str = ""
    at: int = -1  # the reporting verb's first token, for a claimant that no span of the sentence names
    verb_at: int = -1  # the reporting verb's first token, for a named source


class EventLinker(KnowledgeComponent):
    files = ("events.json", "numbers.json", "countries.jsonl")

    def compile(self, data: dict) -> dict:
        lexicon = data["events.json"]
        targets = lexicon["state_targets"]
        state_targets = [*targets["personnel"], *(f"{owner} {unit}" for owner in targets["owners"]
                                                  for unit in targets["units"])]
        for key in ("families", "family_priority"):
            unknown = set(lexicon["triggers"]) ^ set(lexicon[key])
            if unknown:
                raise validation.KnowledgeError(
                    f"events.json: triggers and {key} must name the same families ({', '.join(sorted(unknown))})")
        for key, family in (("toll_weapon_family", lexicon["toll_weapon_family"]),
                            ("toll_perpetrators", lexicon["toll_perpetrators"]["family"]),
                            *(("place_object_triggers", f) for f in lexicon["place_object_triggers"])):
            if family not in lexicon["families"]:
                raise validation.KnowledgeError(f"events.json: {key} names {family!r}, which is not a family")
        categories = {category: sub for sub, names in lexicon["weapon_sub_events"].items() for category in names}
        phrases = [(phrase, ("TRIGGER", family)) for family, forms in lexicon["triggers"].items() for phrase in forms]
        phrases += [(phrase, ("REPORT", phrase)) for phrase in (*lexicon["reporting_verbs"], *lexicon["according_to"])]
        phrases += [(phrase, ("HEDGE", phrase)) for phrase in lexicon["hedges"]]
        phrases += [(phrase, ("ANAPHOR", phrase)) for phrase in (*lexicon["anaphors"], *lexicon["toll_anaphors"])]
        phrases += [(phrase, ("BLAME", phrase)) for phrase in lexicon["blame_verbs"]]
        phrases += [(phrase, ("BREAK", phrase)) for phrase in lexicon["clause_breaks"]]
        phrases += [(phrase, ("REPRISAL", phrase)) for phrase in lexicon["reprisal_phrases"]]
        counting = [(phrase, kind) for kind, key in (("LAUNCH", "launch_verbs"), ("INTERCEPT", "intercept_verbs"),
                                                     ("MUNITION", "munition_nouns")) for phrase in lexicon[key]]
        return {
            # "Somalia's capital", "the Somali capital": a country's name or demonym -> its capital
            "capitals": {name.lower(): c["capital"] for c in data["countries.jsonl"] if c.get("capital")
                         for name in (c["id"], *c.get("aliases", ()), *c.get("demonyms", ()))},
            "phrases": compile_table(self.nlp.tokenizer, phrases, "LOWER"),
            "count_words": compile_table(self.nlp.tokenizer, counting, "LOWER"),
            "families": lexicon["families"],
            # verb -> (its family, the nouns that make its object a place, the words that part them)
            "place_verbs": {verb: (family, set(spec["objects"]), set(spec["blockers"]))
                            for family, spec in lexicon["place_object_triggers"].items() for verb in spec["verbs"]},
            "priority": {family: rank for rank, family in enumerate(lexicon["family_priority"])},
            # families whose triggers say only that something was hit, attacked or intercepted: the kind of
            # event comes from a more specific trigger, or from the event they refer back to
            "generic": {f for f, spec in lexicon["families"].items() if spec.get("generic")},
            "interception": {f for f, spec in lexicon["families"].items() if spec.get("interception")},
            "at_origin": {f for f, spec in lexicon["families"].items() if spec.get("at_origin")},
            "nominal": {f for f, spec in lexicon["families"].items() if spec.get("nominal")},
            "toll_strike": lexicon["toll_strike_sub_event"],
            # the one-word triggers of the generic families ("attack", "raid", "strike"): what a defence meets
            "attack_nouns": {w for f, spec in lexicon["families"].items() if spec.get("generic")
                             and spec["event_type"] != "strategic_developments"
                             for w in lexicon["triggers"][f] if " " not in w},
            "toll_weapon_family": lexicon["toll_weapon_family"],
            "perpetrators": set(lexicon["toll_perpetrators"]["nouns"]),
            # who can be "neutralised" besides munitions: armed men (``toll_perpetrators``) and soldiers
            "people_objects": set(lexicon["toll_perpetrators"]["nouns"]) | set(lexicon["people_objects"]),
            "people_modifiers": set(lexicon["people_object_modifiers"]),
            "toll_verbs": set(lexicon["toll_perpetrators"]["verbs"]),
            "perpetrator_family": lexicon["toll_perpetrators"]["family"],
            "debris_words": set(lexicon["debris_words"]),
            "supervisors": set(lexicon["supervision_verbs"]),
            "flight_words": set(lexicon["flight_words"]),
            "state_media": _by_first_word(lexicon["state_media"]),
            "target_subjects": {tuple(phrase.split()) for phrase in lexicon["target_subject_triggers"]},
            # what "blamed X for the ..." may name: the act just told ("the attack", "the bombing")
            "anaphor_heads": {phrase.split()[-1] for phrase in lexicon["anaphors"]},
            "toll_anaphors": set(lexicon["toll_anaphors"]),
            "disasters": set(lexicon["disaster_nouns"]),
            "message_nouns": set(lexicon["message_nouns"]),
            "force_on_protesters": lexicon["force_on_protesters"],
            "protester_targets": set(lexicon["force_on_protesters"]["targets"]),
            "interventions": _by_first_word(lexicon["force_on_protesters"]["interventions"]),
            # crowd-control means, used on nobody else: "police fired tear gas to disperse them"
            "riot_control": _by_first_word(lexicon["force_on_protesters"]["crowd_control"]),
            "lethal_means": _by_first_word(lexicon["force_on_protesters"]["lethal_means"]),
            "aimed_away": _by_first_word(lexicon["force_on_protesters"]["aimed_away"]),
            "active_only": set(lexicon["active_only_triggers"]),
            "tollless": set(lexicon["tollless_sub_events"]),
            "agreed_objects": set(lexicon["agreement_objects"]),
            "agreement_in_force": _by_first_word(lexicon["agreement_in_force_cues"]),
            "crowds": set(lexicon["crowd_violence"]["crowds"]),
            "crowd_acts": set(lexicon["crowd_violence"]["acts"]),
            "crowd_foes": _by_first_word(lexicon["crowd_violence"]["foes"]),
            "crowd_sub_event": lexicon["crowd_violence"]["sub_event_type"],
            "source_nouns": lexicon["source_nouns"],
            "personal_pronouns": lexicon["personal_pronouns"],
            "unnamed_sources": set(lexicon["unnamed_sources"]),
            "own_act_words": set(lexicon["own_act_words"]),
            "first_person_words": set(lexicon["first_person_words"]),
            "claim_words": set(lexicon["own_act_claims"]),
            "fire_triggers": {tuple(p.split()) for p in lexicon["fire_triggers"]},
            "gunfire_phrases": {tuple(p.split()) for p in lexicon["gunfire_phrases"]},
            "gunfire_words": set(lexicon["gunfire_words"]),
            "shooters": set(lexicon["shooters"]),
            "occupancy": _by_first_word(lexicon["occupancy_cues"], at=-1),
            "loot": _by_first_word(lexicon["loot_cues"], at=-1),
            "state_participles": set(lexicon["state_participles"]),
            "categories": categories,
            "munitions": {word: sub for sub, words in lexicon["munition_sub_events"].items() for word in words},
            # the sub-types of fire from afar (missiles, shells, drones, aircraft)
            "munition_kinds": frozenset(lexicon["munition_sub_events"]),
            "defensive": set(lexicon["defensive_categories"]),
            "territory": {t: sub for sub, types in lexicon["territory_sub_events"].items() for t in types},
            "civilian_words": _by_first_word(lexicon["civilian_targets"]),
            "civilian_groups": set(lexicon["civilian_groups"]),
            "civilian_actor": lexicon["civilian_actor"],
            "military_targets": set(lexicon["military_targets"]),
            "civilian_sites": set(lexicon["civilian_sites"]),
            "target_owners": set(targets["owners"]),
            "property_families": {f for f, spec in lexicon["families"].items()
                                  if spec["sub_event_type"] == "looting_property_destruction"},
            "raid_entries": set(lexicon["raid_entries"]),
            "withdrawals": {f for f, spec in lexicon["families"].items()
                            if spec["sub_event_type"] == "non_violent_transfer_of_territory"},
            "state_targets": _by_first_word(state_targets),
            "state_police": set(targets["police"]),
            # (by their last word, as the subject of a passive trigger: "the military post attacked by")
            "state_targets_back": _by_first_word(state_targets, at=-1),
            # (as the subject of an active one: "Security forces killed", "military jets bombed"; not a post)
            "state_subjects": _by_first_word([*targets["personnel"], *targets["owners"],
                                              *(f"{owner} {unit}" for owner in targets["owners"]
                                                for unit in targets["acting_units"])], at=-1),
            "armed_types": set(lexicon["armed_actor_types"]),
            "according": {tuple(p.split()) for p in lexicon["according_to"]},
            "speakers": set(lexicon["speaker_nouns"]),
            # the words of a speaker not named ("officials", "residents"): who reports, or where they are
            "speaker_words": set(lexicon["speaker_nouns"]) | set(lexicon["unnamed_sources"]),
            "pronouns": tuple(sorted({tuple(p.split()) for p in lexicon["pronoun_subjects"]},
                                     key=lambda p: (-len(p), p))),
            "irrealis": set(lexicon["irrealis"]),
            "intentions": set(lexicon["intention_verbs"]),
            "time_frames": set(lexicon["time_frame_words"]),
            "generic_words": set(lexicon["generic_determiners"]),
            "definite": set(lexicon["definite_words"]),
            "not_objects": {tuple(p.split()) for p in lexicon["non_event_followers"]},
            "not_preceded": set(lexicon["non_event_precursors"]),
            "reporting": {phrase.split()[-1] for phrase in lexicon["reporting_verbs"]},
            "deadline_cues": set(lexicon["deadline_date_cues"]),
            "utterances": set(lexicon["utterance_nouns"]),
            "total_cues": [tuple(phrase.split()) for phrase in lexicon["total_cues"]],
            "forces_voices": set(lexicon["forces_voices"]),
            "care_body_words": set(lexicon["care_body_words"]),
            # the words that rank a trigger among others: the superlatives and "latest"
            "ranking_words": set(lexicon["superlatives"]) | set(lexicon["ranking_words"]),
            # what marks the day a source spoke: a one-word reporting verb, a statement
            "spoken_words": {p for p in lexicon["reporting_verbs"] if " " not in p} | set(lexicon["utterance_nouns"]),
            "toll_updates": set(lexicon["toll_updates"]["verbs"]),
            "toll_update_nouns": set(lexicon["toll_updates"]["nouns"]),
            "aggregates": _by_first_word([*lexicon["aggregate_cues"], *lexicon["habitual_cues"],
                                          *lexicon["capability_cues"]]),
            "capabilities": _by_first_word(lexicon["capability_cues"]),
            "superlatives": set(lexicon["superlatives"]),
            "demands": _by_first_word(lexicon["demand_phrases"]),
            "escapes": _by_first_word(lexicon["escape_phrases"], at=-1),
            "state_voices": {key: set(words) for key, words in lexicon["state_voices"].items()},
            "jurisdiction_words": set(lexicon["jurisdiction_words"]),
            "local_area_heads": set(lexicon["local_area_heads"]),
            "confirmation_verbs": set(lexicon["confirmation_verbs"]),
            "border_words": set(lexicon["border_words"]),
            "care_places": {"facilities": {tuple(p.split()) for p in lexicon["care_places"]["facilities"]},
                            "transfers": set(lexicon["care_places"]["transfers"]),
                            "staff": set(lexicon["care_places"]["staff"])},
            "air_platforms": {"words": set(lexicon["air_platforms"]["words"]),
                              "sub_event_type": lexicon["air_platforms"]["sub_event_type"]},
            "single_victims": {key: set(words) for key, words in lexicon["single_victims"].items()},
            "escape_modifiers": set(lexicon["escape_modifiers"]),
            "place_anaphors": _by_first_word(lexicon["place_anaphors"]),
            "settlement_nouns": set(lexicon["settlement_anaphors"]),
            # the kinds of site a lede may tell an event at without naming it ("bombed a village in Sagaing")
            "site_nouns": {phrase.split()[-1] for phrase in lexicon["place_anaphors"]},
            "version_types": set(lexicon["version_event_types"]),
            "habits": _by_first_word([*lexicon["habitual_cues"], *lexicon["capability_cues"]]),
            "mention_frames": _by_first_word(lexicon["mention_frames"]),
            "within_day": _by_first_word(lexicon["within_day_words"]),
            "day_periods": _by_first_word(lexicon["day_periods"]),
            "perfect": set(lexicon["perfect_auxiliaries"]),
            "perfect_periods": _by_first_word(lexicon["perfect_periods"]),
            "long_spans": set(lexicon["long_span_units"]),
            "command_bodies": set(lexicon["command_bodies"]),
            "background_days": lexicon["background_days"],
            "background_markers": set(lexicon["background_markers"]),
            "hit_by_object": set(lexicon["hit_by_object"]),
            "site_words": set(lexicon["site_words"]),
            "tie_words": set(lexicon["tie_words"]),
            "launch_cues": _by_first_word(lexicon["launch_cues"]),
            "subset_cues": set(lexicon["subset_cues"]),
            "circumstance_openers": set(lexicon["circumstance_openers"]),
            "perception_verbs": set(lexicon["perception_verbs"]),
            "seized_people": set(lexicon["seized_people"]),
            # people a clause may count, no habit: "an attack by dozens of gunmen", "carried off dozens of residents"
            "counted_nouns": set(lexicon["seized_people"]) | set(lexicon["toll_perpetrators"]["nouns"])
            | set(lexicon["target_nouns"]),
            # fighters captured and things taken are no ground taken
            "seized_not_ground": set(lexicon["seized_combatants"]) | set(lexicon["seized_goods"]),
            "combatant_words": set(lexicon["seized_combatants"]) | set(lexicon["military_targets"]),
            "seized_goods": set(lexicon["seized_goods"]),
            "munition_verbs": set(lexicon["munition_verbs"]),
            "downing_words": {word for phrase in lexicon["intercept_verbs"] for word in phrase.split()}
            | set(lexicon["debris_words"]),
            "approximations": _by_first_word(lexicon["approximate_place_cues"], at=-1),
            "mention_heads": _by_first_word(lexicon["mention_heads"], at=-1),
            "negative_subjects": _by_first_word(lexicon["negative_subjects"], at=-1),
            "speech_venues": _by_first_word(lexicon["speech_venues"], at=-1),
            "portions": set(lexicon["portion_words"]),
            "failed_attempts": set(lexicon["failed_attempts"]),
            "sequence_nouns": set(lexicon["sequence_nouns"]),
            "spokesperson_roles": set(lexicon["spokesperson_roles"]),
            "former_words": set(lexicon["former_words"]),
            "appeals": [tuple(phrase.split()) for phrase in lexicon["appeal_verbs"]],
            "abduction_family": next((f for f, spec in lexicon["families"].items()
                                      if spec["sub_event_type"] == "abduction_forced_disappearance"), ""),
            # the launch verbs that tell an act ("the militia launched"), not what one saw ("the army tracked")
            "launch_words": set(lexicon["launch_verbs"]) - set(lexicon["perception_verbs"]),
            "relatives": set(lexicon["ongoing_description"]["relatives"]),
            "progressive": set(lexicon["ongoing_description"]["auxiliaries"]),
            "involvements": _by_first_word(lexicon["ongoing_description"]["involvements"], at=-1),
            "aggregate_subjects": set(lexicon["aggregate_subjects"]),
            "addressee_verbs": set(lexicon["addressee_verbs"]),
            "defence_verbs": _by_first_word(lexicon["defence_verbs"]),
            "blame_verbs": set(lexicon["blame_verbs"]),
            "agent_participles": set(lexicon["agent_participles"]),
            "temporary_words": set(lexicon["temporary_seizure"]["words"]),
            "temporary_sub_event": lexicon["temporary_seizure"]["sub_event_type"],
            "broader_categories": dict(lexicon["broader_categories"]),
            "state_forces": {tuple(phrase.split()) for phrase in lexicon["state_force_words"]},
            "intervals": lexicon["interval_words"],  # a unit of time -> its days, or None (a month, a year)
            "additive_words": frozenset(lexicon["additive_words"]),
            "other_munitions": _by_first_word(lexicon["other_munition_words"], at=-1),
            "roundup_words": frozenset(lexicon["roundup_words"]),
            "roundup_areas": _by_first_word(lexicon["roundup_areas"]),
            "part_cues": frozenset(lexicon["part_cues"]),
            "toll_parts": _by_first_word(lexicon["toll_part_phrases"]),
            "passive_auxiliaries": set(lexicon["passive_auxiliaries"]),
            # the words between a subject and its verb ("were ambushed", "had killed")
            # (and the adverbs between a subject and its verb: "security forces later killed four militants")
            "subject_auxiliaries": set(lexicon["passive_auxiliaries"]) | AUXILIARIES | set(lexicon["subject_adverbs"]),
            "target_categories": set(lexicon["target_categories"]),
            "hit_words": {form for family, spec in lexicon["families"].items() if spec.get("generic")
                          for form in lexicon["triggers"][family] if " " not in form},
            "list_joiners": set(lexicon["place_list"]["joiners"]),
            "list_breakers": set(lexicon["place_list"]["breakers"]),
            "pair_openers": set(lexicon["place_list"]["pair_openers"]),
            "list_gap_words": lexicon["place_list"]["max_gap_words"],
            "negations": set(lexicon["negations"]),
            "targets": set(lexicon["target_nouns"]),
            "production_verbs": set(lexicon["production_verbs"]),
            # one-word triggers: a verb between an actor and a target noun ("Russian forces struck villages")
            "trigger_words": {form for forms in lexicon["triggers"].values() for form in forms if " " not in form},
            "origins": set(lexicon["origin_cues"]),
            "destinations": set(lexicon["destination_cues"]["prepositions"]),
            "movement_verbs": set(lexicon["destination_cues"]["movement_verbs"]),
            "flight_destinations": set(lexicon["destination_cues"]["flight_prepositions"]),
            "flight_verbs": set(lexicon["destination_cues"]["flight_verbs"]),
            "volleys": set(lexicon["volley_nouns"]),
            "date_cues": set(lexicon["ignored_date_cues"]),
            "window": lexicon["window"],
            "anaphor_distance": lexicon["max_anaphor_distance"],
            "numbers": NumberReader(data["numbers.json"]),
        }

    # ------------------------------------------------------------------ the pass over a doc
    def process(self, doc: Doc) -> Doc:
        doc.spans[EVENTS] = []
        matches = self.phrases(doc)
        taken = self._place_taken(doc)
        if taken:
            matches = sorted([*matches, *taken], key=lambda match: match[0])
        if not any(value[0] == "TRIGGER" for _, _, value in matches) and not doc.spans.get(CASUALTIES):
            return doc  # no trigger, and no toll (of a weapon or of armed men)
        sentences = Sentences(doc)
        # the doc's actors, read from their group once (each reading makes new spans) for the source and
        # side lookups below; their sides only when two attackers differ
        self._actors, self._sides, self._types = list(doc.spans.get(ACTORS, ())), None, None
        self._national_forces = {name: code for code, name in doc._.state_forces.items() if code}
        self._recalled: set[int] = set()  # the tokens of events named back by a date of their own
        self._own_ends: dict[int, int] = {}  # a clause's own end, by its start, when another subject's clause with
        # no trigger joined it (", as medics accused ...")
        cues: dict[int, dict[str, list[tuple[int, int, str]]]] = {}
        for start, end, (kind, value) in matches:
            cues.setdefault(sentences.index(start), {}).setdefault(kind, []).append((start, end, value))
        groups = {group: self._by_sentence(doc, sentences, group)
                  for group in (ACTORS, LOCATIONS, WEAPONS, DATES, CASUALTIES, VESSELS)}
        reported_at = {s for s, _, _ in (m for m in matches if m[2][0] == "REPORT")}
        groups[LOCATIONS] = [[p for p in found if not self._jurisdiction(doc, p, reported_at)]
                             for found in groups[LOCATIONS]]
        breaks = [match.start() for match in NEWLINE.finditer(doc_text(doc))]
        kinds = {i: kind for first, last, kind in self.count_words(doc) for i in range(first, last)}
        accounts: list[Account] = []
        self._accounts = accounts  # the accounts read so far, for whom "state media" speak
        sources: list[Span] = []  # the named sources so far, for "the monitor said" further on
        speakers: dict[int, Claim] = {}  # the named source of each sentence with a reporting verb: "He said"
        last: Account | None = None
        last_paragraph = -1  # the paragraph that last told more of ``last``
        paragraph_date: tuple[int, str, str] = (-1, "", "")  # the paragraph, its latest date and granularity
        # only sentences with a cue, a date or a figure can open, continue or date an account
        read = sorted({*cues, *(i for group in (DATES, CASUALTIES) for i, found in enumerate(groups[group]) if found)})
        # furniture (a caption, a widget) or blank lines between two sentences of the body do not part them
        words = lower_words(doc)
        skipped = [not allowed(doc, EVENTS, start) or words[start].isspace() for start in sentences.starts]
        self._furniture_before = list(accumulate(skipped))
        for index in read:
            sentence = sentences[index]
            if not len(sentence) or skipped[index]:
                continue
            found = cues.get(index, {})
            paragraph = bisect_right(breaks, sentence.start_char)
            spans = {group: buckets[index] for group, buckets in groups.items()}
            inherited_date = paragraph_date[1:] if paragraph_date[0] == paragraph else ("", "")
            dates = [d for d in spans[DATES] if not self._comparison(doc, d) and not self._spoken(doc, d)]
            if dates:
                paragraph_date = (paragraph, dates[-1].kb_id_, (span_attrs(dates[-1]) or {}).get("granularity", ""))
            near = last is not None and self._distance(last, index) <= self.anaphor_distance
            # "The attack ...", "Japan's Defense Ministry said the missile ...": the sentence opens on the event
            told_at = [e for s, e, _ in found.get("REPORT", ()) if s - sentence.start <= OPENING_REPORT]
            # (not one a negation comes before: "No group claimed the attack, but JNIM is active in the area")
            opening_anaphor = near and any((s - sentence.start <= 3 or any(0 <= s - e <= 1 for e in told_at))
                                           and self.negations.isdisjoint(words[sentence.start:s])
                                           for s, _, _ in found.get("ANAPHOR", ()))
            clauses = self._clauses(doc, sentence, found, spans[WEAPONS], spans[DATES], spans[CASUALTIES],
                                    spans[ACTORS])
            if opening_anaphor and clauses and not spans[LOCATIONS] \
                    and all(self.families[c[2][2]]["sub_event_type"] == "by_actor" for c in clauses):
                clauses = []  # "The siege lasted five hours before troops regained control": its end, no ground
            flight = self._tells_flight(last, words[sentence.start:sentence.end])
            follows = near and (opening_anaphor or spans[CASUALTIES] or flight
                                or self._munition_count(doc, sentence, kinds))
            elsewhere = near and any(p.label_ != "COUNTRY" and p.kb_id_ != last.location for p in spans[LOCATIONS])
            if not clauses and (not follows or elsewhere) and spans[CASUALTIES]:
                # a toll told of another place is not more of the event just told ("Residents said shells
                # fell on the Daraja Oula neighbourhood, killing seven" after the army's account of a battle)
                clauses = self._toll_weapon(sentence, spans[WEAPONS]) or self._toll_perpetrator(
                    doc, sentence, spans[CASUALTIES], spans[ACTORS])
            elif spans[CASUALTIES] and clauses and all(c[2][2] in self.property_families for c in clauses):
                # "the gunmen killed two men and set fire to houses": an attack on people, not on property only
                clauses = self._toll_perpetrator(doc, sentence, spans[CASUALTIES], spans[ACTORS]) or clauses
            elif clauses and all(c[2][2] in self.property_families for c in clauses) \
                    and any(w in self.toll_verbs and words[k + 1:k + 2] and words[k + 1] in self.counted_nouns
                            for k, w in enumerate(words[sentence.start:sentence.end - 1], sentence.start)):
                # "They killed people inside and outside the building, then torched nearby homes": no figure, but
                # people killed
                clauses = [(c[0], c[1], (c[2][0], c[2][1], self.perpetrator_family), c[3], c[4]) for c in clauses]
            elif spans[CASUALTIES]:
                # (so is that clause beside another: "..., local sources said, as attacks intensified again")
                told = next((c for c in clauses if self._property_toll(c, spans[CASUALTIES])), None)
                toll = told and self._toll_perpetrator(doc, sentence, spans[CASUALTIES], spans[ACTORS], told[1])
                if toll:
                    clauses = [(c[0], c[1], toll[0][2], False, []) if c is told else c for c in clauses]
            nearby = [a for i in range(max(0, index - 2), index + 1) for a in groups[ACTORS][i]]
            # the actors opening the sentence before: what "It said" may stand for
            opening = [a for a in groups[ACTORS][index - 1] if a.start - sentences.starts[index - 1] <= SUBJECT_REACH] \
                if index else []
            # the actors opening the next sentence of the body (past a caption): whom "according to a
            # volunteer response room" describes
            after = next((j for j in range(index + 1, len(sentences)) if not skipped[j]), None)
            following = [] if after is None else \
                [a for a in groups[ACTORS][after] if a.start - sentences.starts[after] <= SUBJECT_REACH]
            # and those the next sentence gives as sources: whom "a medical charity said" describes
            next_sources = [] if after is None else [a for a in groups[ACTORS][after] if self._reports(words, a)]
            context = (spans[ACTORS], last if near else None, nearby + sources, opening, index, following,
                       next_sources, speakers.get(index - 1))
            if not clauses and not follows:
                spoken = self._claim(doc, sentence, found, *context) if found.get("REPORT") else Claim()
                if spoken.span is not None:
                    speakers[index] = spoken  # the named speaker of a sentence that tells no event
                dated = self._dated_reference(doc, spans[DATES]) if near and not last.date else None
                if dated is not None:  # "... claimed militants were behind the Friday attack": its day
                    last.date, last.granularity = dated.kb_id_, (span_attrs(dated) or {}).get("granularity", "")
                if near and found.get("BLAME") and not last.actor1 and not found.get("REPORT"):
                    # "It blamed the Jalisco New Generation Cartel.": the attacker of the event just told;
                    # "The residents blamed the federal military": the armed forces of the article's country
                    blamed = self._blamed(doc, sentence.start, sentence.end, spans[ACTORS])
                    forces = _home_forces(doc)[0] if blamed is None and self._blames_forces(
                        words, found["BLAME"][0][1], sentence.end) else ""
                    if blamed is not None and blamed.kb_id_ != last.actor2:
                        last.actor1 = blamed.kb_id_
                    elif forces and forces != last.actor2:
                        last.actor1 = forces
                continue
            claim = self._claim(doc, sentence, found, *context)
            closing = None if found.get("REPORT") else _quote_closed_in(sentences, index, cues)
            if closing is not None:
                # '"Al Shabaab attacked our base early today. We lost seven soldiers," Captain Idow told
                # Reuters': a quote opened here and closed in a later sentence is told by that one's speaker
                claim = self._claim(doc, sentences[closing], cues[closing], groups[ACTORS][closing], *context[1:])
            if found.get("REPORT") and claim.span is not None:
                speakers[index] = claim
            if claim.span is not None:
                sources.append(claim.span)
            if not clauses:
                # (nor "Nearly 7,000 people were killed in Benue between May 2023 and May 2025": a tally)
                if not self._aggregate(_habit_words(words, sentence.start, sentence.end, spans[CASUALTIES], kinds,
                                                    self.capabilities, counted_nouns=self.perpetrators)) \
                        and not _between_dates(words, spans[DATES]):
                    extra = self._read(doc, sentence.start, sentence.end, index, "", spans, claim, kinds)
                    holder = self._toll_holder(accounts, last, extra)
                    if self._new_version(extra, self._version_target(accounts, holder, extra), found, sentence,
                                         flight):
                        accounts.append(extra)
                        last = extra
                    elif _dates_agree(holder, extra):  # (not a toll of another time: "60 people were killed
                        # during the protests of June and July 2024" after a shooting this month)
                        if self._site_placed(words, sentence.start, holder, extra):
                            # "The monastery in Lin Ta Lu village housed ..." after a strike told in the region
                            holder.move_to(extra)
                        holder.absorb(extra)  # "Three people were killed.", "The sixth missile caused a fire ..."
                        holder.latest = index
                    last_paragraph = paragraph
                continue
            reports = found.get("REPORT", ())
            sentence_claim = claim
            for start, end, trigger, intercepts, inside in clauses:
                if trigger[2] in self.property_families and any(
                        start <= w.start < trigger[0] and self._munition(w) for w in spans[WEAPONS]):
                    # "a missile damaged a power station and set fire to a refinery": the munition's strike
                    trigger = (trigger[0], trigger[1], self.toll_weapon_family)
                family = trigger[2]
                own = [r for r in reports if start <= r[0] < end]
                if own and len(own) < len(reports):
                    # "X said its fighters fired rockets; the military said two were intercepted": a clause
                    # with its own reporting verb has its own source
                    claim = self._claim(doc, sentence, {**found, "REPORT": own}, *context)
                elif reports and not own and all(r[0] >= end and _introduces(r, clauses) or r[0] < start
                                                 and not _introduces(r, clauses) and words[start] not in TIME_ORDER
                                                 for r in reports):
                    # "India fired missiles at nine sites, and Pakistan's military said it had shot down five
                    # jets": a verb that opens a later clause reports that clause only; "Air strikes hit houses
                    # in Aitaroun, the agency reported, and artillery shells fell on Aita al-Shaab": one that
                    # closes an earlier clause reports what came before it (an event it recalls after it, "...,
                    # the military said, a day after a missile landed near the airport", is its source's too)
                    claim = self._claim(doc, sentence, {**found, "REPORT": []}, *context)
                elif own:
                    claim = sentence_claim
                if self.families[family]["sub_event_type"] == "claim" or self._claimed_back(words, trigger, inside):
                    # (the reporting word, when the trigger tells the act: "said it carried out the attack")
                    verb = claim.verb if claim.verb and words[trigger[0]] in self.agent_participles else "claimed"
                    account = self._responsibility(accounts, claim, index, start, end,
                                                   [f for f in spans[CASUALTIES] if start <= f.start < end], verb)
                    if account is None and claim.claimant and not accounts \
                            and any(start <= p.start < end and p.label_ != "COUNTRY" for p in spans[LOCATIONS]):
                        # "Islamic State claimed the attack on the village of Mitope, saying its fighters had
                        # killed three Christians": the article opens on the claim, the group's account of an
                        # assault (its kind from its target)
                        account = self._read(doc, start, end, index, self.perpetrator_family, spans, claim, kinds,
                                             (trigger[0], trigger[1], self.perpetrator_family), nearby, [])
                        if account is not None:
                            account.actor1, account.claim_verb = account.actor1 or claim.claimant, "claimed"
                    if account is not None:
                        accounts.append(account)
                        last = account
                    continue
                account = self._read(doc, start, end, index, family, spans, claim, kinds, trigger, nearby,
                                     [t for t in inside if t is not trigger],
                                     launch=opening_anaphor and last.family in self.at_origin)
                if account is None:
                    continue
                if account.location_type not in PLACE_EXACT:
                    account.unnamed_site = next((words[i + 1] for i in range(start, end - 1)
                                                 if words[i] in ("a", "an") and words[i + 1] in self.site_nouns), "")
                # (or a district of it: "in the city's Komunarskyi district")
                named_back = self._place_named_back(words, start, end, trigger[1]) \
                    if (not account.location or self._local(account)) and last is not None else ""
                # the last place whose name holds the noun ("the port", Hodeidah port, though a strike elsewhere
                # was told since), else the last place told, within a few sentences (a settlement for "the
                # city": ``settlement_anaphors``, not the camp outside it told since)
                recent = list(reversed(accounts[-RECENT_ACCOUNTS:])) if named_back else []
                referent = next((a for a in recent if named_back in a.location.lower().split()), None) \
                    or next((a for a in recent if a.location_type in PLACE_EXACT
                             and (named_back not in self.settlement_nouns or a.location_type == "CITY")
                             and self._distance(a, index) <= PLACE_ANAPHOR_DISTANCE), None)
                if referent is not None:
                    # "a strike on a restaurant in the city": the city just told, so its event refers back
                    if not account.location:
                        account.fill(referent, PLACE_FIELDS)
                    account.anaphoric = account.place_named_back = True
                scene = self._scene_place(sentences, groups[LOCATIONS], index, paragraph, breaks, accounts) \
                    if _bare(account) else None
                # "The attack came a day after a suicide bomber rammed ...": what follows "after" is another
                # event; but not "the missiles were detected after being launched" (the same missiles)
                earlier = any(words[i] in TIME_ORDER and words[i + 1] not in SAME_SUBJECT
                              and not _starts_with(words, i + 1, self.within_day)  # "arrived before dawn"
                              for i in range(sentence.start, trigger[0]))
                # not an anaphor that sets the scene ("In the hours before the truce began, warplanes ..."),
                # nor one a reporting verb parts from the trigger ("blamed X for the attack and said air
                # strikes had ...": what is said after it is another matter)
                said_at = [r for r, _, phrase in found.get("REPORT", ()) if phrase not in self.blame_verbs]
                definite = self._definite(doc, trigger) or (opening_anaphor or any(
                    start <= s < trigger[0] and self.circumstance_openers.isdisjoint(words[max(0, s - 2):s])
                    and not any(s < r < trigger[0] for r in said_at)
                    for s, _, _ in found.get("ANAPHOR", ()))) and not earlier
                account.attackers_named_back = any(
                    start <= s < trigger[0] and phrase.split()[-1] in self.perpetrators
                    for s, _, phrase in found.get("ANAPHOR", ()))
                # a clause cut before "after" or "before" tells another event ("a day after the group fired a
                # missile at Israel"), no more of the one its sentence tells
                recalled = account.recalled = words[start] in TIME_ORDER
                placed = account if recalled else \
                    self._placement(accounts, last, account, definite, near, index, intercepts,
                                    same_paragraph=last_paragraph == paragraph, scene=scene,
                                    clause_words=words[start:end])
                if placed is None and definite and near:
                    last.latest = index  # "Lysak said the missile hit near a playground": still of that event
                if placed is not None:
                    if placed is not account:
                        if self._background(doc, account, trigger[0]):
                            continue  # "its first since December, when it fired a Hwasong-18": not more of it
                        if placed.actor2 and account.actor1 \
                                and self._side(account.actor1) == self._side(placed.actor2):
                            # "The CRPF personnel retaliated" after the attack on a police station: the side
                            # attacked acting back, no author of the attack
                            account.actor1 = ""
                        placed.absorb(account)
                        placed.latest = index
                        if placed is last:
                            last_paragraph = paragraph
                        continue
                    if recalled:
                        # "The strike came after one of the largest Houthi barrages so far": another day's
                        # event, recalled only to order this one unless the clause tells where, when ("a day
                        # after") or what it cost
                        if not account.date and last is not None and last.granularity == "day":
                            account.date = self._interval_from(last.date, words[max(0, start - 2):start + 1])
                            account.granularity = "day" if account.date else ""
                        long_after = words[start - 1] in self.intervals and self.intervals[words[start - 1]] is None
                        if not (account.location or account.date or account.figures()) or long_after \
                                or self._old(doc, account):
                            continue  # (nor one of long before: "more than a year after the RSF seized the city")
                    elif not account.date and (same_place := next(
                            (a for a in reversed(accounts[-RECENT_ACCOUNTS:]) if account.location
                             and a.location == account.location and a.date), None)) is not None:
                        # "The RSF said its fighters had taken control of Um Sumeima": the day of the event there
                        account.date, account.granularity = same_place.date, same_place.granularity
                    elif not account.date and last is not None and last.date \
                            and (near or last.latest == index) \
                            and not (account.additive and (last.latest == index or account.fallback_date[0])):
                        # (told just before, or in a clause of the same sentence: "Israeli strikes killed two
                        # people on Friday, the ministry said, as Israel said it had targeted Hezbollah members";
                        # not one told as another: "and, separately, had attacked a container vessel", nor one
                        # told so by a source that spoke on a day of its own: "Separately, the ministry said on
                        # Monday that troops had retaken the village")
                        account.date, account.granularity = last.date, last.granularity
                    elif not account.date and near and last is not None and not account.fallback_date[0]:
                        # (dated only by the day its source spoke, as the event just told)
                        account.fallback_date = last.fallback_date
                    elif not account.date and inherited_date[0] and not (account.additive and account.fallback_date[0]):
                        account.date, account.granularity = inherited_date
                    if self._background(doc, account, trigger[0]):
                        continue
                    accounts.append(account)
                    accounts.extend(self._at_place(account, place) for place in account.listed_places)
                    accounts.extend(self._part_at(account, place, spans[CASUALTIES]) for place in account.part_places)
                    if not recalled or last is None:  # (the story goes on with its own event)
                        last, last_paragraph = account, paragraph
        self._infer_attackers(accounts)
        for account in accounts:
            account.old = self._old(doc, account)
        places_told = {id(account): account.location for account in accounts}  # before a cluster lends its own
        self._cluster(accounts)
        accounts = _one_per_claimant(accounts, places_told)
        for account in accounts:
            if not account.date:
                # "drones struck a factory overnight, the governor said on Wednesday": that day, when
                # nothing the article tells of the event dates it
                account.date, account.granularity = account.fallback_date
        self._emit(doc, accounts)
        self._actors = self._sides = self._types = self._furniture_before = self._accounts = None  # no doc kept
        self._national_forces = self._recalled = self._own_ends = None
        return doc

    def _place_named_back(self, words: list[str], start: int, end: int, object_at: int) -> str:
        """ "in the city", "near the village", "had targeted the ship", "took control of parts of the base",
        "the ship was struck" (``place_anaphors`` after a preposition of place, or as the object of the trigger
        ending at ``object_at`` or of a part of it, or the subject of it as a passive; not "the city of X"): the
        noun by which the clause at ``start:end`` places its event in the place just told, or ""."""
        named = [phrase[-1] for i in range(start + 1, end) for phrase in self.place_anaphors.get(words[i], ())
                 if tuple(words[i:i + len(phrase)]) == phrase
                 and (words[i - 1] in LOCATIVES or i == object_at
                      or words[i - 1] == "of" and 0 <= i - object_at <= 3
                      or _endings(words, i, self.approximations, start)  # "north of the city"
                      # the subject of the passive trigger: "the ship was struck"
                      or words[i + len(phrase):i + len(phrase) + 1] in (["was"], ["were"], ["had"], ["has"])
                      and 0 < object_at - (i + len(phrase)) <= PASSIVE_SUBJECT_REACH)
                 and words[i + len(phrase):i + len(phrase) + 1] != ["of"]]
        # (the settlement a site is in: "shelled the market in the city" names back the city)
        return next((noun for noun in named if noun in self.settlement_nouns), named[0] if named else "")

    def _jurisdiction(self, doc: Doc, place: Span, reported_at: set[int]) -> bool:
        """ "Police in Borno put the death toll at nine", "officials in Kharkiv said", "X, governor of the
        Dnipropetrovsk region, said", "according to New Delhi": the place of a speaker who reports, or one
        that speaks, not where the event happened."""
        words = lower_words(doc)
        if any(tuple(words[max(0, place.start - len(phrase)):place.start]) == phrase for phrase in self.according):
            return True  # "According to New Delhi, the strikes answer ...": a capital that speaks for its state
        # "Borno state police spokesman Nahum Daso confirmed", "Ryazan regional governor Pavel Malkov said"
        after = place.end
        while after < len(words) and words[after] in self.jurisdiction_words:
            after += 1
        if after == place.end and after + 2 < len(words) and words[after] in POSSESSIVES:
            # "Kharkiv's governor said", "North Kivu's military governor said": its office, past one word of it
            after += 1 + (words[after + 1] not in self.speaker_words and words[after + 2] in self.speaker_words)
        if after < len(words) and words[after] in self.speaker_words \
                and any(after < i <= after + JURISDICTION_REACH for i in reported_at):
            return True
        if _in_speaker_relative(words, place.start, reported_at):
            return True  # "said Marie Pierre, who heads a residents' association in the Artibonite department"
        opening = next((k for k in range(place.start - 1, max(0, place.start - APPOSITIVE_REACH), -1)
                        if words[k] in (",", ".", ";")), None)
        closing = _description_end(words, opening, APPOSITIVE_REACH) if opening is not None else None
        if closing is not None and closing >= place.end and closing + 1 in reported_at \
                and words[opening + 1] in ("the", "a", "an") \
                and tuple(words[closing + 1:closing + 3]) not in self.according:
            return True  # "JNIM, the al Qaeda affiliate active in the Sahel, claimed ...": the speaker's description
        named = place.start
        if named >= 2 and words[named - 1] == "of" and words[named - 2] in self.site_nouns:
            # "an administrator in the nearby town of Sake, said"
            named -= 2
            while named > 0 and words[named - 1] in ("the", "nearby", "neighbouring", "neighboring"):
                named -= 1
        before = words[max(0, named - 3):named]
        if before[-2:] == ["of", "the"]:
            before = before[:-1]  # "governor of the Dnipropetrovsk region"
        if len(before) < 2 or before[-1] not in ("in", "of") or before[-2] not in self.speaker_words:
            return False
        role = named - 2 - (words[named - 2:named] == ["of", "the"])  # the speaker's word, before "of"/"in"
        if words[place.end:place.end + 1] in ([], ["."], [";"]) and any(
                role - APPOSITIVE_NAME_WORDS - 2 <= i < role for i in reported_at):
            return True  # "..., said Jean-Pierre Bikilisende, administrator of Djugu territory."
        # up to the reporting verb, at most the place's own noun and a comma ("region, said") or the speaker's
        # name set off by commas ("The deputy governor of Lower Shabelle, Abdi Nur, confirmed")
        return any(place.end <= i <= place.end + 2 + APPOSITIVE_NAME_WORDS
                   and all(w == "," or w.isalpha() for w in words[place.end:i])
                   and (i <= place.end + 2 or words[place.end] == "," and words[i - 1] == ",") for i in reported_at)

    def _place_taken(self, doc: Doc) -> list[tuple[int, int, tuple[str, str]]]:
        """Verbs that tell an event only of a place ("took the ruby-mining town of Mogok", "took Lashio"; not
        "took shelter in the town"): a trigger where the verb's object is a place named or a settlement noun,
        with only its modifiers between (no word of the family's ``blockers`` nor of ``non_event_followers``)."""
        words = lower_words(doc)
        verbs = [i for i, word in enumerate(words) if word in self.place_verbs]
        if not verbs:
            return []
        starts = {span.start for span in doc.spans.get(LOCATIONS, ()) if span.label_ != "COUNTRY"}
        found = []
        for i in verbs:
            if i > 0 and (words[i - 1] in ("the", "a", "an", "of", "to") or words[i - 1] in LOCATIVES
                          or words[i - 1] in self.passive_auxiliaries):
                continue  # "returned to the burned houses", "debris of destroyed drones": a participle describes;
                # "20 houses were burned and 100 people fled toward Bama town": a passive has no object
            family, objects, blockers = self.place_verbs[words[i]]
            for j in range(i + 1, min(i + 1 + PLACE_OBJECT_REACH, len(words))):
                word = words[j]
                if j in starts or word in objects:
                    if words[j + 1:j + 2] and (words[j + 1] in blockers or words[j + 1] in POSSESSIVES):
                        break  # "destroyed a drone production workshop", "took the base's weapons": the noun
                        # describes the object
                    found.append((i, i + 1, ("TRIGGER", family)))
                    break
                if word == "of" and doc[j - 1].like_num:
                    continue  # "destroyed 11 of 15 drones": a part of the objects counted, no object of its own
                if word in blockers or (word,) in self.not_objects or not word.strip() \
                        or word in (",", ";", ".", ":"):
                    break
        return found

    def _munition(self, weapon: Span) -> bool:
        """Whether a weapon's category tells the kind of its strike (``weapon_sub_events``): a munition."""
        return (span_attrs(weapon) or {}).get("category", "") in self.categories

    def _toll_weapon(self, sentence: Span, weapons: list[Span]) -> list[Clause]:
        """ "A mortar shell landed on a market, killing four people": without a trigger, a munition named
        with a toll is what happened (the sentence, read as that weapon's strike)."""
        for span in weapons:
            if self._munition(span):
                return [(sentence.start, sentence.end, (span.start, span.end, self.toll_weapon_family), False, [])]
        return []

    def _toll_perpetrator(self, doc: Doc, sentence: Span, figures: list[Span],
                          actors: list[Span], end: int | None = None) -> list[Clause]:
        """ "Gunmen on motorcycles killed 12 villagers", "the army said it had killed 40 militants": without
        a trigger, armed men (``toll_perpetrators``, or a named armed side) who kill or wound are what
        happened (the sentence, read at the verb as an assault, whose target says whether it was a battle
        or an attack on civilians); read up to ``end`` when given (the clause that holds the toll: not "..., as
        attacks in the area intensified")."""
        words = lower_words(doc)
        end = sentence.end if end is None else end
        if self._aggregate(words[sentence.start:end]) or "since" in words[sentence.start:end]:
            return []  # "the mission said the ADF had killed more than 200 civilians since January": a tally
        nouns = [i for i in range(sentence.start, end) if words[i] in self.perpetrators]
        armed = [a.end - 1 for a in actors if a.label_ in self.armed_types]
        # (past the phrase that ties them to a side: "Gunmen allied with Syria's new authorities killed ...")
        tied = bool(nouns) and nouns[0] + 1 < end and words[nouns[0] + 1] in self.tie_words
        first = [(i, ARMED_SIDE_REACH if tied else PERPETRATOR_REACH) for i in nouns[:1]]
        for i, reach in sorted(first + [(i, ARMED_SIDE_REACH) for i in armed]):
            verb = next((j for j in range(i + 1, min(i + reach, end)) if words[j] in self.toll_verbs), None)
            if verb is None:  # (their second verb: "gunmen entered a farmhouse in ... and killed four")
                verb = next((j for j in range(i + reach, min(i + COORDINATED_VERB_REACH, end))
                             if words[j] in self.toll_verbs and words[j - 1] == "and"), None)
            if verb is not None and any(span.start > verb for span in figures):
                return [(sentence.start, sentence.end, (verb, verb + 1, self.perpetrator_family), False, [])]
        return []

    def _property_toll(self, clause: Clause, figures: list[Span]) -> bool:
        """Whether ``clause`` tells property destroyed and holds a toll ("killed four fishermen ... and set fire
        to dozens of homes")."""
        return clause[2][2] in self.property_families and any(clause[0] <= f.start < clause[1] for f in figures)

    @staticmethod
    def _munition_count(doc: Doc, sentence: Span, kinds: dict[int, str]) -> bool:
        """ "Air defence units destroyed 57 of the missiles": a launch or interception word with a figure
        right after it (not a name's: "destroyed a Leopard 2 tank"), which the event just told can take."""
        for i in range(sentence.start, sentence.end):
            if kinds.get(i) in ("LAUNCH", "INTERCEPT"):
                for token in doc[i + 1:min(i + 4, sentence.end)]:
                    if token.like_num:
                        return True
                    if token.is_title:
                        break
        return False

    def _tells_flight(self, last: Account | None, words: list[str]) -> bool:
        """ "Japan's defence ministry said it reached an altitude of 7,000 km and landed outside its waters":
        after a launch, a sentence of the missile's flight tells more of it."""
        return last is not None and last.family in self.at_origin and not self.flight_words.isdisjoint(words)

    def _toll_holder(self, accounts: list[Account], last: Account, extra: Account) -> Account:
        """The event a sentence without a trigger adds to: the last one, unless that takes no toll and the
        sentence tells one ("Police put the death toll at 51" after the arrests that followed an attack:
        the attack's)."""
        if last.sub_event_type not in self.tollless or (extra.killed is None and extra.injured is None):
            return last
        return next((a for a in reversed(accounts[-RECENT_ACCOUNTS:]) if a.sub_event_type not in self.tollless),
                    last)

    def _version_target(self, accounts: list[Account], last: Account, extra: Account) -> Account:
        """The event a source's sentence without a trigger tells its version of: the last one, unless the
        source is no side of it and is one of an event told just before ("The Congolese army said it had
        pushed the rebels back" after the UN's shelling, told after the army's clash with them)."""
        placed = next((a for a in reversed(accounts[-RECENT_ACCOUNTS:]) if a.location == extra.location), None) \
            if extra.location and extra.location != last.location else None
        if placed is not None and extra.source and extra.source != placed.source:
            # "The ministry said three people were wounded in Kfar Kila" after strikes told at Kfar Kila and
            # shelling told elsewhere: its version of the event at that place
            return placed
        if not extra.source or not extra.claimant or extra.source == last.source or not last.actor1:
            return last  # (more of the account just given, or of an event whose sides it may be)
        recent = [last, *(a for a in reversed(accounts[-RECENT_ACCOUNTS:]) if a is not last)]
        return next((a for a in recent if extra.claimant in (a.actor1, a.actor2)), last)

    def _site_placed(self, words: list[str], first: int, last: Account, extra: Account) -> bool:
        """A sentence that opens on the site of the event just told, placing it in a town of the region it
        was told in ("The monastery in Lin Ta Lu village ..."; ``place_anaphors`` then "in" or "at")."""
        return bool(extra.location) and self._finer(extra, last) and any(
            tuple(words[first:first + len(phrase)]) == phrase and words[first + len(phrase)] in ("in", "at")
            for phrase in self.place_anaphors.get(words[first], ()))

    def _dated_reference(self, doc: Doc, dates: list[Span]) -> Span | None:
        """The date of a reference back to the event just told that a day describes ("the Friday attack",
        "Sunday's strike"), or ``None``."""
        for span in dates:
            after = span.end + (span.end < len(doc) and doc[span.end].text in ("'s", "’s"))
            if after < len(doc) and doc[after].lower_ in self.anaphor_heads \
                    and (after > span.end or span.start > 0 and doc[span.start - 1].lower_ == "the"):
                return span
        return None

    def _new_version(self, extra: Account, last: Account, found: dict[str, list], sentence: Span,
                     flight: bool) -> bool:
        """Whether a sentence without a trigger is another source's version of the event just told
        ("Somalia's Ministry of Defence said nine soldiers were killed", "Japan said the missile came down
        in the sea"); if so, ``extra`` becomes that account. A test stays where it was fired from, not
        where the missile came down (``flight``: the sentence tells of the launched missile's flight)."""
        # (not the dead of a toll alone: "A source close to Hezbollah said one of the dead was a member")
        # (nor who did it named back with nothing of what they did: "the police chief said the gunmen had fled
        # into the mountains"; but "the attackers hacked and shot residents of the camp")
        harmed = not self.toll_verbs.isdisjoint(t.lower_ for t in sentence)
        mentions_event = flight or any(sentence.start <= s and phrase not in self.toll_anaphors
                                       and (harmed or phrase.split()[-1] not in self.perpetrators)
                                       for s, _, phrase in found.get("ANAPHOR", ()))
        # "In Donetsk Oblast, two civilians were killed in Kostiantynivka" after shelling in Kherson Oblast: a
        # round-up's toll of the same kind of event, elsewhere (the sentence opens on its place)
        elsewhere = extra.figures() and extra.location and last.location and extra.location != last.location \
            and sentence[0].lower_ == "in" and any(t.text == "," for t in sentence[2:ROUNDUP_OPENER_REACH]) \
            and not extra.source and extra.country in ("", last.country) \
            and not self._finer(extra, last)
        if not (extra.source and extra.source != last.source and (extra.figures() or mentions_event)) \
                and not elsewhere:
            return False
        extra.family, extra.event_type, extra.sub_event_type = last.family, last.event_type, last.sub_event_type
        if elsewhere:
            extra.fill(last, ("actor1", "date", "granularity"))
            return True
        if last.family in self.at_origin and last.location:
            extra.move_to(last)
        if not (extra.actor1 or extra.figures()) and last.actor1 and self._is_type(extra.source, "MILITARY") \
                and self._side(extra.source) == self._side(last.actor1):
            # "The Israel Defense Forces said the compound was being used as a Hamas command centre": the
            # forces that struck tell it, and the armed side they name was their target
            extra.actor1 = extra.source
            extra.actor2 = extra.actor2 or next(
                (a.kb_id_ for a in self._actors if sentence.start <= a.start < sentence.end
                 and a.label_ == "ARMED_GROUP" and self._side(a.kb_id_) != self._side(last.actor1)), "")
        extra.fill(last, ("actor1", "actor2", "date", "granularity", *PLACE_FIELDS))
        extra.anaphoric = True
        return True

    def _placement(self, accounts: list[Account], last: Account | None, account: Account, definite: bool,
                   near: bool, index: int, intercepts: bool, same_paragraph: bool = False,
                   scene: Span | None = None, clause_words: list[str] = ()) -> Account | None:
        """Where a new reading goes: a new account (itself), an account it continues, or nowhere
        (``scene``: the place the sentence before set the scene in, for a reading without its own;
        ``clause_words``: the words of the reading's clause)."""
        written_back = definite  # the text refers back ("the abduction"), not only an interception does
        interceptor_version = False  # another source's downing of the munitions of the strike just told
        taken = next((a for a in reversed(accounts[-RECENT_ACCOUNTS:]) if a.location == account.location
                      and a.sub_event_type in self.territory.values()), None) \
            if account.location and account.sub_event_type == "non_violent_transfer_of_territory" else None
        if taken is not None:
            # "State media said troops had withdrawn from Indaw" after the rebels' capture of Indaw: the losing
            # side's account of that capture, no handover
            account.event_type, account.sub_event_type = taken.event_type, taken.sub_event_type
            account.actor1, account.actor2 = taken.actor1, account.actor1 or taken.actor2
            account.anaphoric = True
        if intercepts and account.by_warship:
            # "the destroyer USS Carney shot down four drones": a third party's interception, an event of
            # its own whatever other trigger the clause holds ("one-way attack drones")
            family = min(self.interception)
            spec = self.families[family]
            account.family, account.event_type, account.sub_event_type = \
                family, spec["event_type"], spec["sub_event_type"]
            return account
        force = (self.force_on_protesters["sub_event_type"], self.force_on_protesters["lethal_sub_event_type"])
        # (on no other day: "More than 60 people were killed during the protests of June and July 2024" after
        # a shooting at a protest this month)
        same_day = last is not None and _dates_agree(account, last)
        if account.sub_event_type in force and last is not None and last.event_type == PROTESTS and same_day \
                and self._distance(last, index) <= 1 and account.location in ("", last.location):
            # "Hundreds marched in Kinshasa, and police fired tear gas to disperse them": one protest, with
            # the force used on it
            last.event_type, last.sub_event_type = account.event_type, account.sub_event_type
            return last
        if account.event_type == PROTESTS and last is not None and last.sub_event_type in force and same_day \
                and self._distance(last, index) <= 1 and account.location in ("", last.location):
            return last  # "Police fired on protesters in Maputo, as demonstrations entered a second week"
        # (not a barrage of its own, told with no place and no reference back after a strike on one town:
        # "Russia launched 137 drones overnight, of which 63 were shot down" after a drone strike on a village;
        # nor drones downed over another town, not named back: "shot down two army drones over Nyala" after a
        # strike on Kabkabiya)
        recent_strike = intercepts and account.family in self.generic and last is not None \
            and not account.other_munition and not _fired_from_its_place(account, last) \
            and self._distance(last, index) <= INTERCEPTION_DISTANCE and last.event_type == EXPLOSIONS \
            and not (account.launched is not None and not definite and not account.location
                     and last.location_type in PLACE_EXACT) \
            and not (not definite and account.location_type in PLACE_EXACT and last.location_type in PLACE_EXACT
                     and account.location != last.location)
        if recent_strike and account.source and not account.figures():
            # "Patriot batteries accounted for most of them, the air force said": more of the account that
            # source gave of the strike
            own = next((a for a in reversed(accounts[-RECENT_ACCOUNTS:])
                        if a.source == account.source and a.event_type == EXPLOSIONS), None)
            if own is not None:
                return own
        # (the country whose defences downed them may be the one the barrage just counted hit: "said that
        # Russia launched 86 drones overnight, and that 52 had been shot down")
        if recent_strike and (account.interceptor_country in ("", last.country)
                              or _barrage(last) and account.source == last.source):
            # "Russia reported intercepting five of six missiles": an account of the strike just told (on
            # the interceptor's country), whose interceptor ("intercepted by Russia") is not the attacker;
            # without figures or a source of its own, more of the same account ("Patriot batteries shot
            # down most of them"). A third party's interception (a warship's) is an event of its own.
            if not (account.figures() or account.source != last.source):
                return last
            account.event_type, account.sub_event_type = last.event_type, last.sub_event_type
            account.family, account.guessed = last.family, last.guessed
            account.actor1, account.actor2 = last.actor1, account.actor2 or last.actor2  # its victims stay
            # (not of the last town hit when a barrage was counted before: "most of the incoming missiles
            # were intercepted" after "Iran fired about 30 missiles ... Others hit buildings in Holon")
            if not account.figures() and any(map(_barrage, (a for a in accounts[-RECENT_ACCOUNTS:]
                                                            if a is not last and a.source != account.source))):
                return account
            account.anaphoric = True
            definite = interceptor_version = True
        same_source = next((a for a in reversed(accounts[-RECENT_ACCOUNTS:]) if a.source == account.source), None) \
            if account.family in self.generic and account.source else None
        if same_source is not None and not definite and scene is not None and scene.kb_id_ != same_source.location:
            # "The worst damage was in Mala Tokmachka. A KAB-250 ... brought down a house, X wrote": not
            # more of X's summary, but the strike in the place just named
            self._locate(account, scene)
            return account
        if definite and last is not None and account.family in self.generic:
            # "the attack": of the kind of event it refers back to; a toll, of the strikes, not of the downing
            # of jets told since ("India fired missiles ..., and Pakistan said it shot down five jets", then
            # "26 civilians were killed in the strikes")
            tolled = account.killed is not None or account.injured is not None
            referent = next((a for a in reversed(accounts[-RECENT_ACCOUNTS:]) if a.event_type == EXPLOSIONS), last) \
                if tolled and last.family in self.interception and last.event_type != EXPLOSIONS else last
            account.event_type, account.sub_event_type = referent.event_type, referent.sub_event_type
        elif same_source is not None and not account.actor1 and not account.location \
                and not (account.date and same_source.date and account.date != same_source.date) \
                and not _fired_from_its_place(account, same_source):
            # "KCNA said the missile was launched from a mobile launcher": more of that source's account (not
            # "On Sunday, drones hit the naval base, the army said" after its account of Tuesday's strike)
            account.event_type, account.sub_event_type = same_source.event_type, same_source.sub_event_type
            definite = True
        elif same_source is not None and same_source is last and account.actor1 == last.actor1 != "" \
                and not account.location and not account.additive and account.sub_event_type == last.sub_event_type \
                and not (account.date and last.date and account.date != last.date) and self._distance(last, index) <= 1:
            # "The army accused the RSF of killing four in a drone attack on Kosti", then "the army said the
            # RSF's drones had targeted the central market late on Wednesday": more of that account
            definite = True
        if self._names_site(last, account, index, clause_words):
            # "military aircraft bombed a village in the Sagaing region, residents said", then "A fighter jet
            # dropped two bombs on Let Pan Chaung village": the village the lede did not name
            last.move_to(account)
            return last
        told = self._told(accounts, account) if (definite or near or account.place_named_back) else None
        if told is not None and (definite or _bare(account) or account.place_named_back):
            if self._district_of(account, told):
                told.move_to(account)  # the most specific place told
            return told  # (or more of that source's account at the place it names back: "set fire to the camp")
        at_sea = next((a for a in reversed(accounts[-RECENT_ACCOUNTS:]) if a.source == account.source
                       and _at_sea(a) and a.event_type == account.event_type
                       and not (a.date and account.date and a.date != account.date)), None) if near else None
        if at_sea is not None and account.family in self.generic and account.location_type in PLACE_EXACT \
                and _may_lie_in(account, at_sea, SEA_REACH_KM):
            # "struck a bulk carrier in the southern Red Sea", then "the ship was hit 25 nautical miles west
            # of Mokha" by the same source: that strike, placed by the port (if near it)
            if self._finer(account, at_sea):
                at_sea.move_to(account)
            return at_sea
        if same_paragraph and last is not None and last.source and not (account.source or account.claim_verb) \
                and self._compatible(last, account):
            # "the air force said it tracked 68 missiles. Kalibr missiles were fired from warships ...": the
            # paragraph goes on with that source's account
            return last
        if definite and last is not None and account.near and last.location and account.location != last.location \
                and account.country in ("", last.country) and self._distance(last, index) <= 1:
            # "The strike on Monday, southeast of Bosaso, was carried out ..." after one in the Cal Miskaad
            # mountains: the event just told, placed roughly by another source
            account.move_to(last)
            account.near = last.near
        if definite and last is not None:
            # "President Petro said the attack was carried out by the Gulf Clan" after the governor blamed FARC
            # dissidents: another source's culprit for the event just told, a version of it
            account.disputed_attacker = account.agent_named and bool(account.source) and account.source != last.source
            compatible = self._compatible(last, account)
            broader = written_back and account.source != last.source and self._compatible(account, last, refining=True)
            if account.sub_event_type == last.sub_event_type and not account.additive and not compatible \
                    and (self._compatible(last, account, refining=True) or broader):
                # "The strike hit the monastery in Lin Ta Lu village" after a strike told in the region: the
                # same strike, placed closer (by its source: more of that account); "the police spokesman
                # in Zamfara state confirmed the abduction" after the one in Kairu: another source's, placed
                # by its region
                if account.source == last.source \
                        or written_back and not (account.claimant or broader or account.figures()):
                    if account.location and self._compatible(last, account, refining=True):
                        # placed closer by the same source, or by the article or a source it does not name
                        # ("The attack on the base in the municipality of Tibu came days after ...")
                        last.move_to(account)
                    return last
                account.anaphoric, account.broader = True, broader
                return account
            if not compatible:
                # "the strike on Tyre killed three" after a strike elsewhere, "in May the army seized
                # Uvira": another event; "residents of X said the blast woke them": a mention; "It blamed
                # the Taliban for the bombing" after a clash told since: more of the bombing told before
                earlier = next((a for a in reversed(accounts[-RECENT_ACCOUNTS:]) if a is not last
                                and (a.source == account.source or not account.source)
                                and self._compatible(a, account)), None)
                if earlier is not None and not (account.figures() or account.location):
                    return earlier
                # (a person named before "the protests" is no one who took part: "the minister praised the
                # police and said the protests had been an attempt at a coup")
                acted = account.actor1 and not self._is_type(account.actor1, "PERSON")
                if not (account.figures() or acted or account.location and account.date):
                    return None
                scene = next((a for a in reversed(accounts[-RECENT_ACCOUNTS:]) if a.location), None)
                if written_back and not account.location and scene is not None \
                        and account.country in ("", scene.country) \
                        and not (account.date and scene.date and account.date != scene.date):
                    # "Residents said the attackers had shot dead six people" after the gangs' clash with
                    # police in Kenscoff: another event, at the scene just told
                    account.fill(scene, PLACE_FIELDS)
                return account
            account.anaphoric = True
            if written_back and account.source and account.source == last.source and not account.additive \
                    and account.location in ("", last.location):
                # "The blast tore through the convoy ..., wounding 10 soldiers, according to the military's media
                # wing" after the army's account of the bombing: more of that account
                return last
            if written_back and account.location and not last.location and not (account.claimant
                                                                                 or account.figures()):
                # "The clash on Wednesday happened in the Khyber district": where and when the event just
                # told happened, which its telling did not say
                last.fill(account, (*PLACE_FIELDS, "date", "granularity"))
                return last
            if account.actor1 and not last.actor1 and not account.claimant and account.actor1 != last.actor2 \
                    and not (account.figures() or account.location or self._is_type(account.actor1, "PERSON")):
                # "The medics said the RSF carried out the strike" after a strike told without its author: who
                # did it, by a source that is no side (or by the article; not a minister who "blamed" a group)
                last.actor1 = account.actor1
                return None
            names_attacker = account.agent_named and not last.actor1 and account.source != last.source \
                or account.disputed_attacker
            if names_attacker and not (account.source or account.figures() or account.location):
                # "The army blamed the attack on FARC dissidents": who did the event just told, no account of it
                last.actor1 = account.actor1
                return None
            # "Zamfara police spokesman Yazid Abubakar confirmed the abduction": that source's account of it
            confirmed = account.claimant and account.claim_verb in self.confirmation_verbs \
                and account.source != last.source
            # (by a named source: "..., said Jean-Pierre Bikilisende"; not "the sources said", "Residents said")
            told_by_another = account.attackers_named_back and account.claimant \
                and account.claimant != last.claimant
            if not (account.figures() or account.location and not account.place_named_back or names_attacker
                    or confirmed or interceptor_version or told_by_another
                    or self._party_version(accounts, last, account)):
                # "while the attack was under way", "X called the strike a crime", "The assault opened with
                # drones that hit the camp's market, residents said": a mention, or detail with nothing new
                # (not "an army source said the drones had been launched by the RSF": who did it); but a
                # mention may say when, which the event's first telling did not ("The attack on Saturday
                # targeted a military camp" after a headline)
                if not last.date:
                    last.fill(account, ("date", "granularity"))
                return None
        recalled = next((a for a in reversed(accounts[-RECENT_ACCOUNTS:]) if a.recalled and not a.location
                         and a.source == account.source and a.date and a.date == account.date
                         and a.sub_event_type == account.sub_event_type), None)
        if recalled is not None and account.location:
            # "a day after a missile fired by the rebels landed near the airport", then "On Sunday, a Houthi
            # missile struck a road at Ben Gurion Airport": the event recalled, told in full by its source
            return recalled
        return account

    def _names_site(self, last: Account | None, account: Account, index: int, clause_words: list[str]) -> bool:
        """Whether ``account``, told right after ``last`` by the same claimant (or both by no actor), names
        the site ``last`` told its event at only as "a village", in the region it named: the same event,
        of the same kind, on no other day, with no other attacker, and not told as one more."""
        return last is not None and bool(last.unnamed_site) and last.unnamed_site in clause_words \
            and account.claimant == last.claimant and account.sub_event_type == last.sub_event_type \
            and not account.additive and self._distance(last, index) <= 1 \
            and account.location_type in PLACE_EXACT and self._finer(account, last) \
            and self._compatible(last, account, refining=True)

    def _party_version(self, accounts: list[Account], last: Account, account: Account) -> bool:
        """A side of the event tells it in its own words ("State news agency KCNA reported that Kim Jong Un
        had observed the test" after Seoul's account of the launch): its version, though it adds no figure
        or place; a third party's words on it ("the UN said the strike ...") are a mention."""
        if not account.source or account.source == last.source \
                or any(a.source == account.source for a in accounts[-RECENT_ACCOUNTS:]) \
                or self._is_type(account.source, "PERSON"):
            return False  # (a leader's words on "the strikes" are a comment on them)
        # (by country: Somalia's state news agency is a party to a strike on al-Shabaab, a group that fights
        # in Somalia)
        side = self._country_of(account.source)
        told = [a for a in accounts[-RECENT_ACCOUNTS:] if a is last or self._compatible(a, last)]
        return any(name and self._country_of(name) == side for a in told for name in (a.actor1, a.actor2))

    def _scene_place(self, sentences: Sentences, places: list[list[Span]], index: int, paragraph: int,
                     breaks: list[int], accounts: list[Account]) -> Span | None:
        """ "The worst damage was in Mala Tokmachka. A KAB-250 ... brought down a house": the place the
        sentence before, in the same paragraph (``paragraph``, counted by the ``breaks`` before it), set the
        scene in without telling an event of its own (an account's sentences tell their own)."""
        doc = sentences.doc
        for j in range(index - 1, max(-1, index - 1 - SCENE_REACH), -1):
            if bisect_right(breaks, doc[sentences.starts[j]].idx) != paragraph \
                    or any(a.sentence <= j <= a.latest for a in accounts[-RECENT_ACCOUNTS:]):
                return None
            found = [p for p in places[j] if p.label_ in SPECIFICITY and p.label_ != "COUNTRY"]
            if found:
                return min(found, key=lambda p: SPECIFICITY[self._kind(p)])
        return None

    def _distance(self, account: Account, index: int) -> int:
        """How many sentences of the body part sentence ``index`` from the latest one that told ``account``."""
        skipped = self._furniture_before
        return index - account.latest - (skipped[index] - skipped[account.latest])

    def _compatible(self, a: Account, b: Account, refining: bool = False) -> bool:
        if a.actor1 and b.actor1 and a.actor1 != b.actor1:
            self._side(a.actor1)  # reads the sides of the doc's actors
        return _compatible(a, b, self._sides or {}, refining and (self._finer(b, a) or self._district_of(b, a)),
                           self.civilian_actor)

    def _finer(self, place: Account, region: Account) -> bool:
        """Whether ``place`` may be a place inside the region ``region`` names: a town, or a district of a
        province ("Kani Township" in Sagaing Region: ``local_area_heads``), in its country and, as far as
        coordinates tell, near enough."""
        if _at_sea(region) and place.location_type in PLACE_EXACT:
            # "in the southern Red Sea", then "25 nautical miles west of Mokha": a sea, placed by the port (not
            # "some 60 nautical miles southwest of Hodeidah", still at sea)
            return (place.off_km is None or place.off_km <= PORT_REACH_KM) and _may_lie_in(place, region, SEA_REACH_KM)
        return region.location_type == "REGION" and not self._local(region) and place.location_type != "COUNTRY" \
            and (place.location_type != "REGION" or self._local(place)) and place.country in ("", region.country) \
            and _may_lie_in(place, region)

    def _district_of(self, place: Account, town: Account) -> bool:
        """ "Four bombs hit the city's Komunarskyi district" after a strike on Zaporizhzhia: a district the
        text places in the town just told, by naming the town back."""
        return place.place_named_back and town.location_type in PLACE_EXACT and self._local(place) \
            and place.country in ("", town.country)

    def _local(self, account: Account) -> bool:
        """Whether the account's place is a district, a township (``local_area_heads``), not a province."""
        return account.location.rsplit(" ", 1)[-1].lower() in self.local_area_heads

    def _side(self, actor: str) -> str:
        """The side an actor of the doc being processed fights on (or a country's national forces, which
        a source may speak for unnamed): its country, else itself (an armed group: itself, not the country
        it fights in, so that the Pakistani Taliban are not on Pakistan's army's side)."""
        if self._sides is None:
            self._sides = {**self._national_forces,
                           **{span.kb_id_: span.label_ != "ARMED_GROUP" and (span_attrs(span) or {}).get("country")
                              or span.kb_id_ for span in self._actors}}
        return self._sides.get(actor, actor)

    def _country_of(self, actor: str) -> str:
        """The country an actor of the doc being processed belongs to or fights in, else itself."""
        country = next(((span_attrs(span) or {}).get("country") for span in self._actors if span.kb_id_ == actor), "")
        return country or self._side(actor)

    def _is_type(self, actor: str, label: str) -> bool:
        """Whether the doc names the actor ``actor`` (a canonical name) as one of type ``label``."""
        if self._types is None:
            self._types = {}
            for span in self._actors:
                self._types.setdefault(span.kb_id_, set()).add(span.label_)
        return label in self._types.get(actor, ())

    def _told(self, accounts: list[Account], account: Account) -> Account | None:
        """The recent account, by the same source, of the event that ``account`` may refer back to: of its
        kind, or at the place it names back ("JNIM said it had seized weapons and set fire to the camp", more
        of JNIM's account of the camp overrun)."""
        # (an event recalled to order another comes after it: "the strikes" are the story's, not the missile's)
        for earlier in sorted(reversed(accounts[-RECENT_ACCOUNTS:]), key=lambda a: a.recalled):
            if earlier.source == account.source and not _fired_from_its_place(account, earlier) \
                    and (self._compatible(earlier, account) or account.anaphoric and account.location
                         and earlier.location == account.location
                         and not (account.date and earlier.date != account.date)
                         or self._district_of(account, earlier) and self._compatible(earlier, account, True)):
                return earlier
        return None

    # ------------------------------------------------------------------ clauses and triggers
    def _clauses(self, doc: Doc, sentence: Span, found: dict[str, list],
                 weapons: list[Span], dates: list[Span], figures: list[Span] = (),
                 actors: list[Span] = ()) -> list[Clause]:
        """The sentence cut at clause breaks ("; ", ", and", ", while", and before "after" when a definite
        trigger opens it: "The attack came a day after a suicide bomber ..."), each clause with the trigger
        that says what it reports (the family first in ``family_priority``: a car bomb followed by a
        storming is a battle; but not one that sets the scene, ``circumstance_openers``), whether it tells
        of an interception, and all its triggers; a clause without one joins the clause before it, unless
        armed men kill in it. A trigger word inside a date or a dateline is none ("In March", "March 28",
        "YANGON, March 3 (Reuters) -"), nor one inside a weapon's name ("attack drones") unless it is the
        whole name of a weapon not yet told ("a roadside bomb killed three soldiers", not "after the car bomb
        went off")."""
        named = {i: (span.start, span.end) for span in weapons for i in range(span.start, span.end)}
        in_dates = {i for span in dates for i in range(span.start, span.end)}
        reprisals = sorted(s for s, _, _ in found.get("REPRISAL", ()))
        # "fired missiles at nine locations ..., which it blames for last month's massacre of tourists at
        # Pahalgam": an event a date of its own names after the clause's trigger is recalled, like the event a
        # reprisal answers, and no part of the clause
        words = lower_words(doc)
        triggers = sorted(t[0] for t in found.get("TRIGGER", ()) if sentence.start <= t[0] < sentence.end
                          and not self._passive_of_active_only(words, t[0], t[1], sentence.start))
        recalled = [span.start for span in dates if sentence.start < span.start
                    and _names_event(doc, span, triggers, self.toll_verbs)]
        for start in recalled:  # (up to the end of its phrase: its places are its own)
            limit = min(sentence.end, start + RECALLED_WORDS)
            self._recalled.update(range(start, next((i for i in range(start, limit) if doc[i].lower_ in PHRASE_ENDS),
                                                    limit)))
        # "artillery shells fell on the outskirts of Aita al-Shaab": a munition that falls or lands, with no
        # trigger word of its own, is its strike (not debris of one downed: "a downed drone fell on a house")
        told = {t[0] for t in found.get("TRIGGER", [])}
        landed = [(w.start, w.end, self.toll_weapon_family) for w in weapons
                  if w.end < sentence.end and words[w.end] in self.munition_verbs and w.end not in told
                  and self._munition(w)
                  and self.downing_words.isdisjoint(words[max(sentence.start, w.start - 3):w.start])]
        denials: list[int] = []
        kept = self._kept_triggers(doc, sentence, sorted(reprisals + recalled), [
            t for t in [*found.get("TRIGGER", []), *landed]
            if t[0] not in in_dates and zone(doc, t[0]) != DATELINE and (
                t[0] not in named or t[1] > named[t[0]][1]  # "a drone attack": the weapon inside the trigger
                or named[t[0]] == t[:2] and not self._definite(doc, t))], in_dates, denials,
            [s for s, _, _ in found.get("REPORT", ())])
        if not kept:
            return []
        breaks = [s for s, _, _ in found.get("BREAK", ()) if sentence.start < s < sentence.end
                  and not self._joins_sides(words, sentence.start, s)
                  and not _participle_list(words, sentence.start, s, {t[0] for t in kept})
                  and not self._raid_act(words, kept, s)]
        cuts: set[int] = set()
        # "has not claimed responsibility for the Friday launch but said Sunday it had launched ...": what a
        # clause denies ends at the "but" before the next trigger kept
        cuts.update(next((i for i in range(denial, trigger[0]) if words[i] == "but"), sentence.start)
                    for denial in denials for trigger in kept[:1] if denial < trigger[0])
        cuts.discard(sentence.start)
        for first, second in zip(kept, kept[1:]):
            # "The attack came a day after a suicide bomber rammed ...", "US jets struck militia sites, days
            # after a drone attack on a base wounded three troops": the event it followed is another
            after = next((i for i in range(first[1], second[0]) if words[i] in TIME_ORDER
                          and not (words[i + 1] in SAME_SUBJECT or words[i + 1].endswith("ing")
                                   or _starts_with(words, i + 1, self.within_day))), None)  # "after dawn"
            # (a verb's subject is no reference back: "hours after the group fired missiles at Israel")
            acted = doc[second[0]].tag_.startswith("VB") if _parsed(doc) else words[second[0]].endswith("ed")
            if after is not None and (self._definite(doc, first) or words[after] == "after"
                                      and words[after - 1] in self.intervals
                                      and (acted or not self._definite(doc, second))):
                # not "a day after the Hamas attack" (known to all), nor "circled for minutes before one of them
                # released a bomb" (one event)
                cuts.add(after)
        # (not an "and" that joins two sides before their verb: "hours after fighters of the Kawlin PDF and
        # the Kachin Independence Army attacked a junta outpost")
        cuts.update(s for s in breaks if not _joins_subjects(words, actors, kept, s,
                                                              max((c for c in cuts if c < s), default=sentence.start)))
        cuts = sorted(cuts)
        bounds = [sentence.start, *cuts, sentence.end]
        clauses: list[list] = []
        for begin, finish in zip(bounds, bounds[1:]):
            inside = [t for t in kept if begin <= t[0] < finish]
            if not inside and any(begin <= d < finish for d in denials):
                continue  # a clause that tells only what did not happen
            if not inside and figures:
                # "On Nov. 3, gunmen killed seven people at a camp, and on Nov. 10 two women were abducted":
                # armed men who kill tell an event of their own clause
                toll = self._toll_perpetrator(doc, doc[begin:finish],
                                              [f for f in figures if begin <= f.start < finish],
                                              [a for a in actors if begin <= a.start < finish])
                inside = [toll[0][2]] if toll else []
            if inside or not clauses:
                clauses.append([begin, finish, inside])
            else:
                if words[begin:begin + 2] in ([",", "as"], [",", "while"], [",", "whereas"]):
                    self._own_ends.setdefault(clauses[-1][0], clauses[-1][1])  # another subject's clause
                clauses[-1][1] = finish
        if not clauses[0][2] and len(clauses) > 1:
            clauses[1][0] = clauses[0][0]
            clauses.pop(0)

        def circumstance(trigger: tuple[int, int, str]) -> bool:
            """ "stormed the camp after hours of drone strikes", "killed 22 people, who had taken shelter
            there from fighting": a trigger in a phrase that sets the scene, in a relative clause or after a
            preposition in a participle's phrase after a comma."""
            before = words[max(sentence.start, trigger[0] - CIRCUMSTANCE_REACH):trigger[0]]
            if "," in before:
                before = before[len(before) - before[::-1].index(","):]
                if before[:1] and (before[0] in self.relatives or len(before) > 1 and before[0].endswith("ing")
                                   and before[-1] in ("in", "into", "amid", "during")):
                    return True  # (or a place in a participle's phrase: "..., escalating its intervention in
                    # fighting"; not "..., setting off a battle")
                if before[:1] == ["where"] and not in_dates.isdisjoint(range(trigger[1], sentence.end)):
                    return True  # (on a place, another day's: "..., where rebels seized two cities this year";
                    # not "..., where demonstrators burned tyres", the protest's detail)
            if kept_first is not None and trigger[0] > kept_first \
                    and any(w in ("who", "whom", "whose") for w in before):
                return True  # "attacked villages, killing former combatants who had signed the peace deal"
            first = trigger[0] - len(before)
            # (not "before dawn": a time of the same act; "shot down all 18 drones ... during overnight
            # attacks": the attacks are when, but "arrested 45 people during protests" is what the arrests
            # were of)
            during = self.families[trigger[2]]["event_type"] != PROTESTS
            return any(w in self.circumstance_openers and not _starts_with(words, first + k + 1, self.within_day)
                       or during and w in self.time_frames for k, w in enumerate(before))

        kept_first = kept[0][0] if kept else None
        # "struck targets in Lebanon in response to a rocket attack on Kiryat Shmona": what the event answers
        # is another event, recalled, and no part of the clause (its place, its weapons)
        for clause in clauses if reprisals else ():
            begin, finish, inside = clause
            reprisal = next((i for i in reprisals if begin < i < finish), None)
            if reprisal is not None and any(t[0] < reprisal for t in inside):
                clause[1], clause[2] = reprisal, [t for t in inside if t[0] < reprisal]

        def rank(t: tuple[int, int, str], inside: list) -> tuple:
            """Triggers that tell the circumstance of another come last, but not the fight a side withdrew
            after ("withdrew from its base after a two-day assault": the fight there is the event; not "after
            a four-month offensive", a campaign: the withdrawal is); nor a side's entry into a place before
            what it did there ("entered the village of Chai and burned about 30 houses": a raid)."""
            fight = any(o is not t and not (o[0] > sentence.start and words[o[0] - 1] in self.intervals
                                            and _span_days(self.intervals[words[o[0] - 1]]) >= SPAN_DAYS)
                        for o in inside)
            raid = words[t[0]] in self.raid_entries and any(o[0] > t[0] for o in inside)
            several = len(inside) > 1
            return t[2] in self.withdrawals and fight or raid or _appositive(words, t[0], inside), \
                circumstance(t) and several, self.priority[t[2]], t[0]

        return [(begin, finish, min(inside, key=lambda t: rank(t, inside)),
                 any(t[2] in self.interception for t in inside), inside)
                for begin, finish, inside in clauses if inside]

    def _in_ranking(self, words: list[str], first: int, at: int) -> bool:
        """Whether token ``at`` is in a phrase after a comma that ranks the act told ("..., one of the deadliest
        attacks on worshippers in the Sahel this year", "..., the heaviest raid on the city this month")."""
        comma = max((k for k in range(max(first, at - RANKING_REACH), at) if words[k] in (",", ";")), default=None)
        # (not a side so described: "..., the most powerful armed group in Idlib province, ...")
        return comma is not None and (words[comma + 1:comma + 3] == ["one", "of"]
                                      or words[comma + 1:comma + 2] == ["the"] and words[comma + 2:comma + 3]
                                      and words[comma + 2] in self.superlatives) \
            and not self.trigger_words.isdisjoint(words[comma + 1:at])

    @staticmethod
    def _where_detail(words: list[str], first: int, start: int) -> bool:
        """ "Eighteen people died in Mambelenga, where the attackers also burned houses": what was destroyed,
        told in a relative clause on the place of the act, is its detail."""
        before = words[max(first, start - CIRCUMSTANCE_REACH):start]
        comma = max((i for i, w in enumerate(before) if w == ","), default=None)
        return comma is not None and before[comma + 1:comma + 2] == ["where"]

    def _raid_act(self, words: list[str], kept: list[tuple[int, int, str]], cut: int) -> bool:
        """ "insurgents entered the village of Chai, also in Macomia district, and burned about 30 houses": a
        ", and" before the verb of what a side did in the place it entered (``raid_entries``), one act."""
        entry = max((t for t in kept if t[0] < cut), default=None)
        return entry is not None and words[entry[0]] in self.raid_entries \
            and words[cut:cut + 2] == [",", "and"] and any(t[0] == cut + 2 for t in kept)

    def _kept_triggers(self, doc: Doc, sentence: Span, reprisals: list[int], triggers: list,
                       in_dates: set[int], denials: list[int], reported: list[int]) -> list[tuple[int, int, str]]:
        """Triggers that report something that happened: not hypothetical, negated or generic ("could
        strike", "did not attack", "such strikes"), not another sense ("seized power", "lodged a
        protest"), not part of a compound adjective ("air-launched"), not what describes an actor ("the
        cartel, which is fighting a rival group"). A date's words (tokens
        ``in_dates``) are none of these ("in May the army seized"). The first tokens of the triggers
        dropped as negated or hypothetical, and of their objects, go to ``denials``; ``reported``: the tokens
        of the sentence's reporting verbs."""
        words = lower_words(doc)
        dated = any(sentence.start <= i < sentence.end for i in in_dates)
        kept = []
        denied = -1  # the end of the last trigger told as negated or hypothetical
        for start, end, family in sorted(triggers, key=lambda t: (t[0], -t[1])):  # the longest first
            if kept and start < kept[-1][1]:
                continue  # inside a longer trigger already kept
            if 0 <= denied <= start and _object_after(words, denied, start, in_dates):
                denied = end  # "has not claimed responsibility for the Friday launch": what it denies, no event
                denials.append(start)
                continue
            # (not the second half of a compound: "the so-called White Army overran")
            before = [words[i] for i in range(max(sentence.start, start - 4), start)
                      if i not in in_dates and (i == 0 or words[i - 1] not in ("-", "–"))]
            cut = max((i for i, w in enumerate(before) if w in (",", ";", ":", "and", "but", "that", "which")),
                      default=-1)
            before = before[cut + 1:]
            object_start = end + (end < sentence.end and words[end] in ("the", "a", "an", "its", "their"))
            phrase = words[max(sentence.start, start - DEMAND_REACH):start]
            phrase = phrase[max((i + 1 for i, w in enumerate(phrase) if w in DEMAND_BREAKS), default=0):]
            subject_end = _before_auxiliaries(words, start, self.passive_auxiliaries, sentence.start)
            if any(w in self.irrealis or w in self.negations for w in before) \
                    or _endings(words, subject_end, self.negative_subjects, sentence.start) \
                    or _no_subject(words, subject_end, sentence.start):
                # (or a passive whose subject is nobody: "Nobody has been arrested over the killing", "said no
                # Pakistani military installations had been targeted")
                denied = end
                denials.append(start)
                continue
            if _contains(phrase, self.demands) \
                    or self._escaped(words, sentence.start, start) \
                    or self._passive_of_active_only(words, start, end, sentence.start) \
                    or any(start - REPRISAL_REACH <= r < start for r in reprisals) \
                    or (start > sentence.start and words[start - 1] in self.generic_words) \
                    or (start > sentence.start and words[start - 1] in ("-", "–")
                        and not doc[start - 1].whitespace_) \
                    or any(w in self.not_preceded for w in words[max(sentence.start, start - 3):start]) \
                    or self._other_sense(doc, sentence, object_start) \
                    or family in self.nominal and end < sentence.end and (words[end],) in self.not_objects \
                    or self._describes_actor(words, sentence.start, start) \
                    or _in_name(doc, sentence, start, end) \
                    or not dated and self._generic_present(doc, start, end) \
                    or start > sentence.start + 1 and words[start - 1] in self.definite \
                    and words[start - 2] in self.time_frames \
                    or self.families[family]["sub_event_type"] == "by_actor" \
                    and self._people_seized(words, sentence.start, (start, end, family), self.seized_not_ground) \
                    or kept and self._in_sequence(words, kept[-1][1], start) \
                    or kept and self._ranked_after_report(words, start, sentence.start, reported) \
                    or kept and self._lasting(words, start, end, sentence.end) \
                    or self.families[family]["event_type"] == PROTESTS and self._led_away(doc, words, start, end) \
                    or _endings(words, _noun_phrase_start(doc, words, start, in_dates, sentence.start),
                                self.mention_heads, sentence.start) \
                    or family in self.interception and any(w in self.failed_attempts for w in before) \
                    or family in self.interception and self._people_after(words, end, sentence.end) \
                    or self.families[family]["sub_event_type"] == "claim" \
                    and self._claims_one_told(words, end, sentence.end, in_dates) \
                    or self._time_reference(words, sentence.start, start, kept) \
                    or family in self.property_families \
                    and not self.debris_words.isdisjoint(words[max(sentence.start, start - DEBRIS_REACH):start]) \
                    or family in self.property_families and self._where_detail(words, sentence.start, start) \
                    or family in self.property_families and start > sentence.start \
                    and words[start - 1] in self.targets \
                    and (end >= sentence.end or not words[end].isalpha() or words[end] in ("and", "as")) \
                    or words[end - 1] == "to" and self.families[family]["sub_event_type"] == "agreement" \
                    and end < sentence.end and words[end] not in self.agreed_objects \
                    or self.families[family]["sub_event_type"] == "agreement" \
                    and _contains(before, self.agreement_in_force) \
                    or start - 2 > sentence.start and words[start - 1] == "of" and words[start - 2] in self.intervals \
                    and _span_days(self.intervals[words[start - 2]]) >= SPAN_DAYS:
                continue  # ("supported Somali partners during the fighting": the time of what is told; "captured 70
                # militiamen": fighters taken in the fight told, no ground; "..., the third straight day of attacks";
                # "new reports of attacks", "after the number of attacks rose": what is said of events;
                # "air defences had tried to intercept the drone but failed": no interception; "more than a year
                # of fighting": a span of time, unlike "two days of clashes", an event; "falling debris set fire to
                # the refinery", "15 houses burned down": the strike's harm; "had agreed to pull their troops out": a
                # decision, no agreement, unlike "agreed to a truce": ``agreement_objects``; "who had laid down
                # their weapons under the peace deal": an agreement in force, none made)
            kept.append((start, end, family))
        return kept

    @staticmethod
    def _joins_sides(words: list[str], first: int, cut: int) -> bool:
        """ "Fighting between the SDF and the Syrian National Army": an "and" that joins the two sides after
        "between", no break between clauses."""
        before = words[max(first, cut - BETWEEN_SIDE_WORDS):cut]
        return words[cut] == "and" and "between" in before \
            and not any(w in (",", ";") for w in before[before.index("between"):])

    def _claims_one_told(self, words: list[str], end: int, last: int, in_dates: set[int]) -> bool:
        """Whether a claim of responsibility ending at ``end`` names, after "for" (past its date), an event it
        tells for the first time ("claimed responsibility on Monday for an attack on a church in which 38
        were killed"): that event is the clause's, the claimant's account of it."""
        after = [w for k, w in enumerate(words[end:last], end) if k not in in_dates and w not in ("on", "late")]
        return after[:2] in (["for", "a"], ["for", "an"]) and len(after) > 2 and after[2] in self.trigger_words

    def _people_stopped(self, words: list[str], start: int, end: int, trigger: tuple[int, int, str]) -> bool:
        """Whether an interception word's object is people: after it, or before it as a passive's subject ("38
        attackers were neutralised"; not "Rebels shot down a military helicopter")."""
        return self._people_after(words, trigger[1], end) or any(
            words[k] in self.people_objects and not self.passive_auxiliaries.isdisjoint(words[k + 1:trigger[0]])
            for k in range(start, trigger[0]))

    def _people_after(self, words: list[str], end: int, last: int) -> bool:
        """Whether the object after an interception word ending at ``end`` is people, past its figure
        ("neutralising 14 militants", "neutralised several dozen terrorists", "intercepted suspected kidnappers":
        a toll or a capture, no munitions stopped)."""
        after = [w for w in words[end:min(last, end + PEOPLE_OBJECT_REACH)] if w not in ('"', "'")]
        noun = next((w for w in after if self._number(w) is None and w not in self.people_modifiers), "")
        return noun in self.people_objects

    def _time_reference(self, words: list[str], first: int, start: int, kept: list) -> bool:
        """ "Lebanon's army said it had deployed troops to the village after the strike": an event named back
        after "after" or "before" (at ``start``, with no trigger kept before it) dates another matter, the
        clause's own, and tells no event."""
        return not kept and start - 2 > first and words[start - 1] in self.definite \
            and words[start - 2] in TIME_ORDER and not any(w in self.trigger_words for w in words[first:start - 2])

    def _in_sequence(self, words: list[str], after: int, start: int) -> bool:
        """ "Drones struck the airport on Tuesday, the third straight day of attacks on the city": a trigger
        in a phrase set off after the event told (from token ``after``) that places it in a run of events
        (``sequence_nouns``), no event of its own."""
        comma = max((i for i in range(after, start) if words[i] == ","), default=None)
        return comma is not None and start - comma <= SEQUENCE_REACH and words[comma + 1] in ("the", "a", "an") \
            and words[start - 1] == "of" and words[start - 2] in self.sequence_nouns

    def _led_away(self, doc: Doc, words: list[str], start: int, end: int) -> bool:
        """ "Bandits marched scores of residents into the forest": a protest verb with people as its object
        (the parse's direct object, or a figure right after it), which tells of captives led away, no
        protest."""
        if _parsed(doc):
            return any(child.dep_ == "dobj" for child in doc[end - 1].children)
        return end < len(words) and (self._number(words[end]) is not None or words[end] in self.people_modifiers)

    def _lasting(self, words: list[str], start: int, end: int, last: int) -> bool:
        """ "Rockets hit the market on Friday, ..., as fighting between the two neighbours dragged into a third
        day": a trigger after "as", told lasting into one more of a run of days (an ordinal before one of the
        ``sequence_nouns``), the time of the event told before it, no event of its own."""
        if "as" not in words[max(0, start - 2):start]:
            return False
        after = words[end:min(last, end + LASTING_REACH)]
        return any(ORDINAL.match(word) and not self.sequence_nouns.isdisjoint(after[k + 1:k + 3])
                   for k, word in enumerate(after))

    def _people_seized(self, words: list[str], start: int, trigger: tuple[int, int, str],
                       nouns: set[str] | None = None) -> bool:
        """ "The women were seized", "seized 30 passengers": a taking of ground (``trigger``) whose passive
        subject or object is people (``nouns``, by default ``seized_people``: an abduction)."""
        nouns = self.seized_people if nouns is None else nouns
        subject = trigger[0]
        while subject > start and words[subject - 1] in self.passive_auxiliaries:
            subject -= 1
        passive = subject < trigger[0] and subject > start and words[subject - 1] in nouns
        # "dozens of rifles seized, police said": things taken, before a participle with no auxiliary and no
        # object (not "jihadists on motorcycles overran a post"; fighters before it may be its subject)
        passive = passive or subject > start and words[subject - 1] in nouns & self.seized_goods \
            and words[trigger[1]:trigger[1] + 1] in ([","], ["."], [";"], ["and"], ["from"], ["in"], ["during"])
        taken = [w for w in words[trigger[1]:trigger[1] + 3]
                 if w.isalpha() and w not in ("the", "a", "an", "at", "least")]
        # (past a word of who they are: "seized six social leaders")
        return passive or taken[:1] and taken[0] in nouns \
            or len(taken) > 1 and self._number(taken[0]) is not None and not nouns.isdisjoint(taken[1:])

    def _describes_actor(self, words: list[str], first: int, start: int) -> bool:
        """ "the cartel, which is fighting a rival group", "the CJNG, which has been fighting rival gangs",
        "terrorists who were involved in attacks on civilians", "a commander responsible for rocket launches": a
        progressive trigger at ``start`` in a relative clause, or one after an ``involvements`` phrase: what
        describes an actor."""
        # the phrase right before the trigger or before a word or two of it ("responsible for rocket launches"),
        # not before a trigger that opens with a preposition ("militants linked to the attack in an operation")
        involved = next((at for k in range(start, max(first, start - 3), -1)
                         for at in _endings(words, k, self.involvements) if all(w.isalpha() for w in words[k:start])),
                        None) if words[start] not in LOCATIVES else None
        if involved is None and not words[start].endswith("ing"):
            return False
        head = i = start if involved is None else involved
        if involved is not None and head > first and words[head - 1].isalpha():
            return True  # "a commander responsible for rocket launches": no relative needed
        while i > first and head - i < 3 and words[i - 1] in self.progressive:
            i -= 1
        return i < start and i > first and words[i - 1] in self.relatives

    def _escaped(self, words: list[str], first: int, start: int) -> bool:
        """ "people who had sought shelter there from fighting", "fled clashes in nearby villages": the
        trigger at ``start`` names what people escaped, the circumstance of another matter, not an event
        told (``escape_phrases`` just before it, across only ``escape_modifiers``)."""
        i = start
        while i > first and words[i - 1] in self.escape_modifiers:
            i -= 1
        return bool(_endings(words, i, self.escapes, first))

    def _generic_present(self, doc: Doc, start: int, end: int) -> bool:
        """A body clause in the simple present, or whose verb is hypothetical, tells what a side or a weapon
        does, not what happened ("The M777 fires 155mm shells some 24 km", "its attacks on Russian territory
        are a response to Moscow's strikes", "the army uses drones to strike rebel positions", "can destroy a
        building in a single hit"); read from the parse, so only where there is one. Headlines and
        standfirsts tell events in the present; a clause with a date is kept."""
        if not _parsed(doc) or zone(doc, start) != BODY:
            return False
        token = doc[start:end].root
        if token.tag_ in ("NN", "NNS"):  # a trigger noun, uncounted and not "the attacks": its clause's verb
            if any(c.dep_ == "nummod" or c.lower_ in self.definite for c in token.children):
                return False
            verb = token.head
            while not verb.tag_.startswith("VB") and verb.head.i != verb.i:
                verb = verb.head
            if any(c.dep_ == "aux" and c.lower_ in self.irrealis for c in verb.children):
                return True  # "can destroy a building in a single hit": what a weapon can do
            if verb.lower_ in ("has", "have") and verb.tag_ in ("VBZ", "VBP") and token.dep_ == "dobj":
                return True  # "a clan militia that still has a truce deal": a state, not an act
            if token.tag_ == "NNS" and token.dep_ == "nsubj" and verb.lower_ in COPULAS \
                    and any(c.dep_ == "attr" for c in verb.children):
                return True  # "suicide bombings by women have been a hallmark of the faction": what they are
            if token.tag_ == "NN" or verb.lower_ in self.reporting:
                return False
        elif token.tag_ == "VBG" and any(c.dep_ == "aux" and c.lower_ in ("is", "are") for c in token.children):
            # "The group is fighting the federal government for control of the north": what a side is about, told
            # with no place (not "Russian forces are shelling Kharkiv")
            return not any(start <= place.start < end for place in doc.spans.get(LOCATIONS, ()))
        elif token.tag_ == "VB" and token.dep_ in ("xcomp", "advcl"):
            verb = token.head  # "uses drones to strike", "continues to pound"
            link = verb
            while link.dep_ == "xcomp" and link.head.i != link.i and link.lower_ not in self.intentions:
                link = link.head
            if link.lower_ in self.intentions:
                return True  # "Ukraine's answer has been to try to hit the aircraft": an aim, not an act
        else:
            verb = token
        return verb.tag_ in ("VBZ", "VBP") and not any(c.dep_ in ("aux", "auxpass") for c in verb.children) \
            and verb.lower_ not in self.reporting

    def _ranked_after_report(self, words: list[str], start: int, first: int, reported: list[int]) -> bool:
        """ "..., killing four of them, police said, in the latest attack on security forces": a trigger ranked
        among others (``superlatives``, ``ranking_words``) after the sentence's reporting verb classes the
        act told, no act of its own; so does a rank in a run of them ("..., residents said, the latest in a
        series of deadly aerial attacks": ``sequence_nouns``)."""
        if not any(first <= r < start for r in reported):
            return False
        run = words[max(first, start - RANKED_RUN_REACH):start]
        run = run[max((k + 1 for k, w in enumerate(run) if w == ","), default=0):]
        return not self.ranking_words.isdisjoint(words[max(first, start - 2):start]) \
            or not self.ranking_words.isdisjoint(run) and not self.sequence_nouns.isdisjoint(run)

    def _passive_of_active_only(self, words: list[str], start: int, end: int, first: int) -> bool:
        """ "Some of the victims were shot": a trigger that tells an event only in the active voice
        (``active_only_triggers``: "a police officer shot a young man"), here a passive's, detail of a toll
        ("was pulled out of his house and shot by the wall")."""
        return words[start] in self.active_only and end - start == 1 and start > first \
            and (words[start - 1] in self.passive_auxiliaries or words[end:end + 1] == ["by"])

    def _other_sense(self, doc: Doc, sentence: Span, start: int) -> bool:
        """ "seized power", "took office", "captured footage": an object that gives the trigger another
        sense, when it is the whole object ("struck a power plant" is a strike)."""
        words = lower_words(doc)
        while start < sentence.end and (words[start] in QUANTITY_WORDS or self._number(words[start]) is not None):
            start += 1  # "seized 14 rifles", "captured large quantities of ammunition"
        for phrase in self.not_objects:
            after = start + len(phrase)
            if tuple(words[start:after]) == phrase and (
                    after >= sentence.end or not doc[after].is_alpha or doc[after].is_stop):
                return True
        return False

    def _definite(self, doc: Doc, trigger: tuple[int, int, str]) -> bool:
        """ "the attack", "the overnight assault", "the second attack": a trigger naming an event already
        told."""
        start = trigger[0]
        words = lower_words(doc)
        if start > 0 and words[start - 1] in self.definite:
            return True
        if start > 1 and words[start - 1] in POSSESSIVES and any(d.end == start - 1 for d in doc.spans.get(DATES, ())):
            return True  # "Tuesday's raid", "last week's attack": told before, by its day
        if start > 0 and words[start - 1] in self.superlatives:
            return False  # "some of the heaviest raids of the war": compared with the others, not told before
        verb = doc[start].tag_.startswith("VB") if _parsed(doc) else words[start].endswith("ed")
        if start > 0 and verb and not doc[start - 1].is_lower:
            return False  # "the RSF seized the city": a verb after a name (not "the attacker detonated")
        if start > 1 and verb and words[start - 1] == "and" and doc.has_annotation("SENT_START"):
            # "The fighters arrived in trucks and stormed the base": a verb coordinated with the first one of a
            # sentence whose subject names back who acted, in one clause
            first = doc[start].sent.start
            return words[first] in self.definite and doc[first + 1].is_lower and doc[first + 1].is_alpha \
                and not any(w in (",", ";", ":") for w in words[first:start])
        return start > 1 and words[start - 2] in self.definite and words[start - 1].isalpha() \
            and words[start - 1] not in self.definite

    # ------------------------------------------------------------------ reading one clause
    def _read(self, doc: Doc, start: int, end: int, index: int, family: str,
              spans: dict[str, list[Span]], claim: Claim, kinds: dict[int, str],
              trigger: tuple[int, int, str] | None = None, nearby: list[Span] = (),
              others: list[tuple[int, int, str]] = (), launch: bool = False) -> Account | None:
        """The account a clause (tokens ``start:end``) gives, read off the spans of its sentence
        (``kinds``: the launch, interception and munition words of the doc, by token; ``launch``: the
        clause opens on a launch just told, which it places where it was fired from: "The missile was
        launched from near Wonsan")."""
        words = lower_words(doc)
        clause_words = words[start:end]
        inside = {group: [s for s in found if start <= s.start < end] for group, found in spans.items()}
        defence = None  # where a defence verb ("repelled") tells who was attacked
        if family in self.interception and not inside[WEAPONS] and trigger is not None \
                and self._people_stopped(words, start, end, trigger) \
                and not any(kinds.get(i) == "MUNITION" for i in range(start, end)):
            return None  # "38 attackers were neutralised": people, not munitions, were stopped
        if trigger is not None and self.abduction_family and self.families[family]["sub_event_type"] == "by_actor" \
                and self._people_seized(words, start, trigger):
            family = self.abduction_family  # "The women were seized on Thursday": people taken, no ground
        spec = self.families.get(family, {"event_type": "", "sub_event_type": ""})
        account = Account(start, end, index, family, spec["event_type"], spec["sub_event_type"],
                          claim.source, claim.claimant, claim.verb)
        if trigger is not None and _contains(clause_words, self.mention_frames):
            return None  # "It was the third attack on camps this month": what is said of events, not one
        if trigger is not None and _between_dates(words, inside[DATES]):
            return None  # "4,700 people were abducted in Zamfara between July 2024 and June 2025": a tally
        spoken = [d for d in inside[DATES] if trigger is not None and self._spoken(doc, d, trigger[0])]
        # (not what a clause with no act of its own that joined it says: "said his forces had pulled out of El
        # Fasher, ..., as medics accused the RSF of killing civilians since entering the city")
        habit_words = _habit_words(words, start, self._own_ends.get(start, end), inside[CASUALTIES], kinds,
                                   self.capabilities, trigger[0] if trigger is not None else -1, self.counted_nouns,
                                   spoken)
        if trigger is not None and self._aggregate(habit_words) \
                and all(self._comparison(doc, d) or self._period(doc, d, clause_words)
                        or self._spoken(doc, d, trigger[0]) or self._said_opening(doc, d, trigger[0])
                        or _contains(habit_words, self.habits) and (span_attrs(d) or {}).get("granularity") != "day"
                        for d in inside[DATES]):
            # "12,000 civilians killed since the invasion": a toll, not an event; "has been shelled
            # repeatedly" is a habit though a month is named ("where famine was declared in August")
            return None
        actors = [a for a in inside[ACTORS] if not _same_mention(a, claim.span) and not _in_compound(doc, a)
                  and not (claim.at >= 0 and a.end == claim.at)  # "state news agency SONNA reported"
                  and not _possessor_of_speaker(words, a, claim.span)
                  and not (a.start > 1 and words[a.start - 2] in self.tie_words  # "militants linked to al-Qaida",
                           and words[a.start - 1] in ("to", "with", "by"))  # "the rebels, backed by Rwandan troops"
                  and not _possessor_of_actor(doc, a, inside[ACTORS])
                  and not self._addressee(words, a) and not _in_appositive(words, claim.span, a, self.speakers)
                  and not self._spokesperson(a)
                  # "killed four former FARC fighters": men who left the side, none of it
                  and not (a.start > 0 and words[a.start - 1] in self.former_words)]
        actor1 = actor2 = own_act = None
        forces_blamed = downed_by_source = False
        if trigger is not None:
            actor1, actor2 = self._between(doc, trigger, end, actors, nearby) \
                or self._arguments(doc, start, end, trigger, actors)
            for other in others if actor1 is None and family not in self.interception and _parsed(doc) else ():
                # "Fighting intensified on Sunday, when RSF fighters attacked army positions": the subject of
                # the clause's other trigger acted (not who shot the munitions down, nor a participle's
                # subject the parse guessed: "intercepted by Russia, targeting a depot")
                verb = doc[other[0]:other[1]].root
                found1, found2 = self._arguments(doc, start, end, other, actors)
                if other[2] not in self.interception and found1 is not None and any(
                        c.dep_ == "nsubj" and c.left_edge.i <= found1.start and found1.end <= c.right_edge.i + 1
                        for c in verb.children):
                    actor1, actor2 = found1, actor2 or found2
                    break
            for other in others if actor1 is not None and actor2 is None and family not in self.interception else ():
                # "fighters attacked an army base, setting off a car bomb at its gate": the side the clause's
                # other trigger names as its object (its subject being the one that acted)
                found1, found2 = self._arguments(doc, start, end, other, actors)
                if other[2] not in self.interception and found1 is actor1 and found2 is not None:
                    actor2 = found2
                    break
            described = self._described_actor(doc, start, trigger[0], nearby)
            if described is not None and (actor1 is None or actor1.label_ == "PERSON" or actor1.start > trigger[0]):
                # "the group targeted", "the militants fired", not the spokesman who said so nor the army named
                # after the trigger, whose command told of it
                actor1 = described
            if actor1 is None and claim.span is not None and claim.span.start < trigger[0] \
                    and family not in self.interception and self._claims_own_act(doc, claim.span.end, trigger[0]):
                actor1 = own_act = claim.span  # "Ukraine claimed to have struck ...": the source (its forces)
            if family in self.interception and actor1 is None:
                if actor2 is not None and 0 <= actor2.start - trigger[1] <= OWNER_REACH:
                    # "its air force had shot down five Indian aircraft": the side whose craft were downed,
                    # downed by the source
                    actor1, downed_by_source = claim.span, True
                else:
                    actor1, actor2 = actor2 or claim.span, None  # the interceptor, or the command reporting it
            if family not in self.interception and actor1 is not None \
                    and any(kinds.get(i) == "INTERCEPT" for i in range(start, trigger[0])) \
                    and actor1 is not self._by_agent(doc, trigger, actors):
                # "Israel said it intercepted a missile fired from Yemen": who intercepts was fired at (not
                # who fired: "shot down three missiles fired by Ukraine")
                actor1, actor2 = None, actor2 or actor1
            counted = actor1 is not None and any(0 <= actor1.start - f.end <= 1 or _member_of(words, f, actor1)
                                                 for f in inside[CASUALTIES])
            if actor1 is not None and (counted or self._victim(words, actor1, trigger)):
                # "two Malian soldiers were wounded when ...", "nine aid workers of X were killed in attacks",
                # "jihadists killed 14 Nigerien soldiers in an attack": not who attacked; an armed side so
                # hit is the target
                actor1, actor2 = None, actor2 or (actor1 if actor1.label_ in self.armed_types else None)
            if self._hit_an_explosive(doc, trigger, inside[WEAPONS]):
                actor1, actor2 = None, actor2 or actor1  # "their convoy hit a landmine": the subject was hit
            defence = next((i for i in range(max(start, trigger[0] - DEFENCE_REACH), trigger[1])
                            if _starts_with(words, i, self.defence_verbs)), None)
            if defence is not None and (actor1 is None or actor1.start < defence):
                # "Somali troops repelled an al-Shabaab assault", "the army said it had repelled an RSF
                # attack": the subject defended; the attacker is the one named in the attack, if any
                attacker = next((a for a in actors if defence < a.start <= defence + DEFENCE_REACH), None)
                actor1, actor2 = attacker, actor1
            if tuple(words[trigger[0]:trigger[1]]) in self.target_subjects and actor1 is not None \
                    and actor1.start < trigger[0]:
                # "MONUSCO said its bases had come under fire": the target (not "came under fire from the
                # NPA", who fired)
                actor1, actor2 = None, actor1
            elif tuple(words[trigger[0]:trigger[1]]) in self.target_subjects and actor1 is None \
                    and actor2 is not None and "from" in words[trigger[1]:actor2.start]:
                actor1, actor2 = actor2, None  # "soldiers came under fire from the NPA": the NPA fired
            blame = next((i for i in range(start, trigger[0]) if words[i] in self.blame_verbs), None)
            blamed = None if blame is None else next((a for a in actors if blame < a.start < trigger[0]), None)
            # (the words of a date are no link: "blames Pakistan for an April attack", "accused the RSF on
            # Sunday of shelling")
            dated = {i for span in inside[DATES] for i in range(span.start - (words[span.start - 1] == "on"), span.end)}
            links = [words[i] for i in range(blamed.end, trigger[0]) if i not in dated] if blamed is not None else []
            if links[:1] == ["and"] and "for" in links:
                links = links[links.index("for"):]  # "blamed the Malian army and its Russian allies for the strike"
            # "blamed the RSF, saying the paramilitary group had targeted ...": the blamed named again
            renamed = links[:2] in ([",", "saying"], [",", "adding"]) \
                and any(w in self.source_nouns or w in ("it", "they") for w in links[2:])
            # "accused the RSF of killing four civilians in a drone attack": blamed for the toll the act took
            tolled = links[:1] in (["of"], ["for"]) and len(links) > 1 and links[1] in self.toll_verbs \
                and "," not in links
            if blamed is not None and not renamed and not tolled \
                    and not all(w in BLAME_LINKS or w.endswith("ly") for w in links):
                # "accused Rwanda of backing the offensive": blamed for something else, and so not its author
                actor1, blamed = None if actor1 is blamed else actor1, None
            if blamed is None and blame is not None and words[trigger[1]:trigger[1] + 1] in (["on"], ["to"]):
                # "blamed the attack on the Carlos Patino front, a faction of FARC dissidents", "attributed the
                # bombing to ...": the armed side it was put on, past a name the article does not know and its
                # description
                blamed = next((a for a in actors if a.label_ in self.armed_types
                               and trigger[1] < a.start <= trigger[1] + BLAMED_ON_REACH and a.end <= end), None)
            if blamed is None and (actor1 is None or actor1.label_ not in self.armed_types):
                blamed = self._blamed(doc, trigger[1], end, actors)  # "..., the ministry said, blaming the CJNG"
            if blamed is not None:
                # "Army spokesman X blamed the paramilitary RSF for the attack": who is blamed did it
                actor1, actor2 = blamed, None if actor2 is blamed else actor2
            elif blame is not None and self._blames_the_state(words, blame, trigger[0]):
                # "The AFC accused the army of bombing its positions": the national forces; the accuser, whose
                # positions they were, the target
                forces_blamed = True
                actor2 = actor2 or (claim.span if claim.span is not None and claim.span.start < blame else actor1)
                actor1 = None
            claimer = self._claimed_by(doc, trigger, end, actors)
            if claimer is not None and (actor1 is None or actor1.label_ not in self.armed_types):
                actor1 = claimer  # "in an attack later claimed by al-Shabaab", "the assault ... was claimed by JNIM"
                if not (account.source or account.claim_verb):  # told by no one else: the group's own account
                    account.claimant = account.source = claimer.kb_id_
                    account.claim_verb = "claimed"
            agent = self._by_agent(doc, trigger, actors)
            if agent is not None and actor1 is None and family not in self.interception:
                actor1, actor2 = agent, None if actor2 is agent else actor2  # "an attack by the RSF"
            # (or the side blamed: "The army blamed the attack on FARC dissidents")
            account.agent_named = agent is not None and agent is actor1 or blamed is not None and blamed is actor1
            interceptor = agent or claim.span
            if interceptor is not None:
                account.interceptor_country = (span_attrs(interceptor) or {}).get("country", "")
            account.by_warship = any(start <= v.start < trigger[0] for v in inside[VESSELS])
        else:
            actor2 = next((a for a in actors if not self._is_target_owner(doc, a)
                           and a.start > start and words[a.start - 1] in ("on", "against")), None)
        owner = actor2 if actor2 is not None and self._is_target_owner(doc, actor2) else None
        if owner is not None and owner.label_ in self.armed_types and any(
                w in self.military_targets for w in words[owner.end:owner.end + 3]):
            owner = None  # "bombed RSF positions", "shelled army posts": the armed side itself is the target
        account.actor1 = "" if actor1 is None else self._forces_of(actor1) if actor1 is own_act else actor1.kb_id_
        if downed_by_source and not account.actor1:
            account.actor1 = claim.claimant  # (a source named before: "Pakistan's military said ... its air force")
        if forces_blamed:
            account.actor1 = _home_forces(doc)[0]
        # the act: the trigger, or for a toll told without one, its figure ("JNIM said its fighters had
        # killed more than 60 soldiers")
        act = trigger[0] if trigger is not None else min((f.start for f in inside[CASUALTIES]), default=-1)
        if trigger is None and claim.span is not None and (
                claim.span.label_ not in self.armed_types | STATE_TYPES
                or not self.care_body_words.isdisjoint(claim.span.kb_id_.lower().split())):
            # (a side's toll of its own act; not a charity's "its team received 18 wounded", nor a rescue or
            # health body's: "Gaza's Civil Defence said its crews had recovered 15 bodies")
            act = -1
        said_at = claim.at if claim.at >= 0 or claim.span is None else claim.span.end
        # ("said on Tuesday it had killed more than 300 fighters ... in two days of clashes": its toll comes first)
        act = min([act] + [f.start for f in inside[CASUALTIES] if said_at < f.start < act]) if act >= 0 else act
        # (a source named back, "It said its troops ...": the forces of the one named before, as when named)
        named_back = claim.span or next((a for a in self._actors if a.kb_id_ == claim.claimant), None) \
            if claim.claimant else None
        speaker = claim.claimant if named_back is None else self._forces_of(named_back)
        sides_named = {a.kb_id_ for a in (actor1, actor2) if a is not None} | {account.actor1, account.actor2}
        if 0 <= said_at < act and family not in self.interception and not {claim.claimant, speaker} & sides_named \
                and not any(kinds.get(i) == "INTERCEPT" for i in range(said_at, act)) \
                and (self._claims_own_act(doc, said_at, act) or said_at < claim.verb_at < act
                     and not {"but", "and"}.isdisjoint(words[said_at:claim.verb_at])
                     and self._claims_own_act(doc, claim.verb_at, act)):
            # (the verb may be the second of its subject's: "The Houthis have not claimed the launch but said
            # they had fired a missile at Eilat")
            # "the army said its air force had struck ...": the army; "... said its troops had repelled the
            # assault": the side attacked; "the army said it had killed 25 fighters in an operation": the
            # army, though those it killed stood before the trigger
            if defence is None and not account.actor1:
                account.actor1 = speaker
            elif defence is not None and not account.actor2:
                account.actor2 = speaker
        elif not account.actor1 and 0 <= act < said_at and defence is None and family not in self.interception \
                and speaker and not self._is_type(speaker, "PERSON") and speaker not in sides_named \
                and not self.first_person_words.isdisjoint(words[max(start, act - FIRST_PERSON_REACH):act]):
            # '"We fiercely attacked the military base near Baidoa," the group's spokesman told Reuters': a
            # quoted act told in the first person, before the side that speaks
            account.actor1 = speaker
        if actor2 is not None and owner is None and actor2.kb_id_ != account.actor1 \
                and words[actor2.start - 1] not in self.origins:  # (not "militants crossing from Afghanistan")
            # (the source attacked is its forces: "the General Staff said its troops had repelled 12 assaults")
            account.actor2 = self._forces_of(actor2) if actor2 is claim.span else actor2.kb_id_
        if account.sub_event_type not in self.tollless:
            # ("arrested 485 people after protests in which 31 were killed": the toll is the protests')
            self._tolls(account, inside[CASUALTIES], clause_words, trigger[0] if trigger is not None else -1)
        if family in self.generic and not account.actor2 and not account.figures() \
                and _contains(clause_words, self.launch_cues) and not self._civilians(clause_words):
            # "North Korea fired a ballistic missile into the sea": a launch with no target, placed where
            # it was fired from
            family = account.family = min(self.at_origin)
            spec = self.families[family]
            account.event_type, account.sub_event_type = spec["event_type"], spec["sub_event_type"]
        # "its first test since December, when it fired a Hwasong-18": what follows the date an event is
        # compared with belongs to that earlier event
        compared = min((d.end for d in inside[DATES] if self._comparison(doc, d)), default=end)
        self._weapons(account, [w for w in inside[WEAPONS] if w.start < compared], trigger, inside[ACTORS])
        # "launched 92 drones at Ukraine": with no place named, the event is in the country it targets
        target_country = owner or next((a for a in actors if a.label_ == "COUNTRY" and a is not actor1
                                        and start < a.start and words[a.start - 1] in ("at", "on", "against", "into")),
                                       None)
        self._place(doc, account, inside[LOCATIONS], target_country, launch)
        account.additive = not self.additive_words.isdisjoint(clause_words)
        # "another drone from Yemen had been shot down": not one of the munitions of the strike just told
        account.other_munition = any(kinds.get(i) == "MUNITION" and _endings(words, i, self.other_munitions)
                                     for i in range(start, end))
        if not account.location and any(w == "the" and following in self.site_words
                                        for w, following in zip(clause_words, clause_words[1:])):
            account.at_site_told = True  # "had hit two production halls at the plant": the site told before
        self._date(doc, account, inside[DATES], trigger[0] if trigger else start)
        self._counts(doc, account, start, end, kinds)
        if family:
            # (the words of the clause but its actors' names: "Rapid Support Forces" names no forces attacked)
            in_names = {i for a in inside[ACTORS] for i in range(a.start, a.end)}
            unnamed_words = ["" if i in in_names else w for i, w in enumerate(clause_words, start)]
            self._classify(account, actor1, actor2, unnamed_words, *(
                (trigger[0] - start, trigger[1] - start) if trigger else (0, 0)))
            if family in self.interception and account.event_type == EXPLOSIONS and actor1 is claim.span:
                # who reported the downing is not who struck ("debris ... damaged"); who launched is
                launcher = account.actor2 if account.actor2 != self.civilian_actor else ""
                account.actor1, account.actor2 = launcher, "" if launcher else account.actor2
            owner = self._munitions_owner(doc, actors, kinds, inside[WEAPONS]) if family in self.interception else None
            if owner is not None and account.event_type != EXPLOSIONS:
                # "destroyed 41 Ukrainian drones": the side whose munitions were downed launched them
                account.actor1 = owner.kb_id_
                account.actor2 = "" if account.actor2 == owner.kb_id_ else account.actor2
                if not account.by_warship:
                    # "its air defences destroyed 41 Ukrainian drones over three regions": an account of that
                    # side's strike, with the number downed (not a warship's downing at sea, an event of its own)
                    account.event_type = EXPLOSIONS
                    account.sub_event_type = self._weapon_sub_event(account, clause_words) or self.toll_strike
            elif owner is None and account.event_type == EXPLOSIONS and not account.actor1 \
                    and account.actor2 and account.intercepted is not None:
                # "had downed 30 Ukrainian drones, of which 12 had targeted the Voronezh region": the side whose
                # downed munitions struck is the attacker, not the target
                owner = self._munitions_owner(doc, actors, kinds, inside[WEAPONS])
                if owner is not None and owner.kb_id_ == account.actor2:
                    account.actor1, account.actor2 = owner.kb_id_, ""
            if account.intercepted and not (account.location or account.country) and account.interceptor_country \
                    and account.actor2 and account.actor2 == account.claimant:
                # "Ukraine's air force said it shot down 34 of 51 drones": over the country whose defences
                # downed them
                account.country = account.interceptor_country
            if trigger is not None and (not account.actor2 or account.civilians_named) \
                    and account.event_type in ("battles", EXPLOSIONS):
                # (an army post the trigger names is the target more than residents the clause mentions:
                # "attacked army positions near the camp and accused the army of using residents as shields")
                account.actor2 = self._state_target(doc, account, trigger, actors, inside[CASUALTIES]) \
                    or account.actor2
            if trigger is not None and not account.actor1 and account.event_type in ("battles", EXPLOSIONS):
                # the subject of the trigger, or of the verb of its toll ("Security forces killed 11
                # militants in an operation")
                # (not a toll's verb before the event it followed: "security forces killed three gunmen ...
                # after the blast" did not set the bomb off)
                followed = not TIME_ORDER.isdisjoint(words[max(start, trigger[0] - 2):trigger[0]])
                verbs = [trigger[0], *(f.start - 1 for f in inside[CASUALTIES] if f.start > start and not followed
                                       and words[f.start - 1] in self.toll_verbs)]
                subject = next(filter(None, (self._state_subject(doc, account, v) for v in verbs)), "")
                if defence is None:
                    account.actor1 = subject
                elif not account.actor2:
                    account.actor2 = subject  # "the troops had fought back": attacked, not the attackers
            origin, home = account.fired_from
            if not account.actor1 and account.event_type == EXPLOSIONS and home and account.country \
                    and home != account.country:
                # "A rocket fired from Cambodia killed a farmer in Kantharalak district": the country it came
                # from, across a border; or the one armed group of that country the article names ("a drone
                # launched from Yemen": the Houthis)
                groups = {a.kb_id_ for a in self._actors if a.label_ == "ARMED_GROUP"
                          and (span_attrs(a) or {}).get("country") == home}
                account.actor1 = groups.pop() if len(groups) == 1 else "" if groups else origin
        return account

    def _state_subject(self, doc: Doc, account: Account, verb: int) -> str:
        """ "Security forces killed 11 militants", "the army shelled the village": the armed forces of the
        country the article is about, named by no actor as the subject just before the ``verb``, for an
        event in that country that did not hit them."""
        forces, home = _home_forces(doc)
        if not forces or account.actor2 == forces or account.country not in ("", home):
            return ""
        words = lower_words(doc)
        carried = verb
        # past the verb that carries a noun trigger: "the army carried out an air attack"
        while carried > account.start and words[carried - 1] in LIGHT_VERB_WORDS:
            carried -= 1
        subject, passive = self._subject_end(words, account.start, carried, verb + 1)
        if passive:
            return ""  # a passive: its subject was hit ("soldiers were ambushed")
        named = _endings(words, subject, self.state_subjects, account.start)
        if not named and subject > account.start and words[subject - 1] == "and" \
                and not any(w in (",", ";", ":") for w in words[account.start:subject]):
            # "The air force came in later and hit them": the subject of the first verb of the clause, which
            # the trigger's verb is coordinated with
            opening = account.start + (words[account.start] in ('"', "“", "'"))
            named = [k for end in range(opening + 1, min(subject, opening + 2 + SUBJECT_REACH))
                     for k in _endings(words, end, self.state_subjects, opening)
                     if all(w in ("the", "a", "an") for w in words[opening:k])]
        if any(k > account.start and words[k - 1] in ("its", "their") for k in named) and account.claimant \
                and any(self._is_type(account.claimant, kind) for kind in ("ORGANIZATION", "ARMED_GROUP")):
            return ""  # "MONUSCO said its troops had repelled an attack": the speaker's troops
        return forces if named else ""

    def _subject_end(self, words: list[str], first: int, verb: int, after: int) -> tuple[int, bool]:
        """Where the subject of the verb at ``verb`` ends, past its auxiliaries (not before ``first``), and
        whether the verb, ending at ``after``, is a passive ("were ambushed", "attacked by")."""
        subject = verb
        while subject > first and words[subject - 1] in self.subject_auxiliaries:
            subject -= 1
        return subject, words[after:after + 1] == ["by"] or not self.passive_auxiliaries.isdisjoint(words[subject:verb])

    def _state_target(self, doc: Doc, account: Account, trigger: tuple[int, int, str], actors: list[Span],
                      figures: list[Span]) -> str:
        """ "overran an army post", "ambushed a military convoy", "killed 12 soldiers", "a raid on a check post
        left five soldiers dead": the armed forces of the country the article is about
        (``state_targets``), for an event in that country by another side, when no actor names the target
        ("RSF positions", "Ukrainian troops"); not a facility ("a military airfield"), which ACLED codes
        with no side."""
        forces, home = _home_forces(doc)
        if not forces or account.actor1 in (forces, doc._.home_country) or account.country not in ("", home):
            return ""
        words = lower_words(doc)
        personnel = self.state_targets_back
        # (officers a police patrol lost are no soldiers: "ambushed a state police patrol, killing eight officers")
        told = words[account.start:max((f.end for f in figures), default=account.start)]
        for span in figures if self.state_police.isdisjoint(told) else ():
            # the words that name them, not the group they are counted in (which takes in a tanker's crew)
            named = words[span.start:min(span.end + 2, account.end)]
            if (span_attrs(span) or {}).get("count") \
                    and any(_endings(named, k, personnel) for k in range(1, len(named) + 1)) \
                    and not any(a.end in (span.start, span.end) or span.start <= a.start < span.end for a in actors):
                return forces  # those killed or wounded were its soldiers
        for i in range(trigger[1], min(account.end, trigger[1] + TARGET_REACH)):
            if _starts_with(words, i, self.state_targets) and words[i - 1] != "by" and not any(
                    a.end in (i, i - 1) or a.start <= i < a.end and a.kb_id_ != forces for a in actors):
                return forces  # (not another side named, "by the Nigerien Air Force", nor the agent: "by soldiers")
        subject, passive = self._subject_end(words, account.start, trigger[0], trigger[1])
        if tuple(words[trigger[0]:trigger[1]]) in self.target_subjects and any(
                _starts_with(words, i, self.state_targets) for i in range(max(account.start, trigger[0] - 5),
                                                                         trigger[0])):
            return forces  # "soldiers on patrol came under fire": the subject was the target
        if passive and any(not any(a.end == at for a in actors)
                           for at in _endings(words, subject, self.state_targets_back, account.start)):
            return forces  # "the military post attacked by terrorists", "an army convoy was ambushed"
        return ""

    @staticmethod
    def _munitions_owner(doc: Doc, actors: list[Span], kinds: dict[int, str], weapons: list[Span]) -> Span | None:
        """ "41 Ukrainian drones", "two American ATACMS missiles": the actor named right before the
        munitions a clause counts, or the subject of a relative clause after them that launched them ("38 of
        the 45 drones Russia launched overnight")."""
        starts = {w.start for w in weapons}
        ends = {w.end for w in weapons}

        def munition(i: int) -> bool:
            return kinds.get(i) == "MUNITION" or i in starts

        def launched_by(a: Span) -> bool:
            # (past a relative pronoun and the actor's article or descriptive words: "15 drones that the
            # paramilitary Rapid Support Forces launched")
            before = a.start
            if before > 2 and doc[before - 1].is_lower and doc[before - 1].is_alpha and doc[before - 2].lower_ == "the":
                before -= 1
            for link in (("the",), ("that", "which")):
                before -= before > 1 and doc[before - 1].lower_ in link
            return (kinds.get(before - 1) == "MUNITION" or before in ends) and kinds.get(a.end) == "LAUNCH"

        return next((a for a in actors if munition(a.end) or munition(a.end + 1) and doc[a.end].ent_type_ == "WEAPON"
                     or launched_by(a)), None)

    def _blames_the_state(self, words: list[str], blame: int, trigger: int) -> bool:
        """ "accused the army of bombing", "blamed security forces for the attack": the state's forces, named by
        a noun (``state_force_words``) right after the blame verb, before "of" or "for" and the trigger."""
        named = words[blame + 1:trigger]
        named = named[1:] if named[:1] == ["the"] else named
        link = next((k for k, w in enumerate(named) if w in ("of", "for")), None)
        return link is not None and tuple(named[:link]) in self.state_forces and len(named) - link <= BLAMED_ACT_REACH

    def _blames_forces(self, words: list[str], after: int, end: int) -> bool:
        """ "blamed the federal military, which ...", "blamed government forces.": a state's forces named by a
        noun (``state_force_words``) after one modifier at most, ending the clause."""
        named = words[after:end]
        named = named[1:] if named[:1] == ["the"] else named
        return any(tuple(named[skip:skip + len(phrase)]) == phrase
                   and named[skip + len(phrase):][:1] in ([], [","], ["."])
                   for phrase in self.state_forces for skip in (0, 1))

    def _spokesperson(self, actor: Span) -> bool:
        """ "Army spokesman Nabil Abdallah blamed the RSF": a person whose role is to speak for a side is
        never a side of what they tell."""
        role = (span_attrs(actor) or {}).get("role", "") if actor.label_ == "PERSON" else ""
        return any(word in self.spokesperson_roles for word in role.lower().split())

    def _addressee(self, words: list[str], actor: Span) -> bool:
        """ "told Reuters", "told The Associated Press", "reported to the BBC": whom a source told, never a
        side."""
        at = actor.start - (actor.start > 0 and words[actor.start - 1] in ("the", "a", "an"))
        return at > 0 and (words[at - 1] in self.addressee_verbs
                           or at > 1 and words[at - 1] == "to" and words[at - 2] in self.spoken_words)

    def _forces_of(self, source: Span) -> str:
        """Who acted when a source speaks of its own act: a ministry's country's armed forces, those the text
        names ("Russia's Defence Ministry said its troops had captured ...") or else its national forces, the
        source itself when it has none; a general staff's, the national forces it commands ("Ukraine's General
        Staff said its troops had repelled ...")."""
        country = (span_attrs(source) or {}).get("country")
        national = source.doc._.state_forces.get(country or "-", "")
        if source.label_ == "MILITARY" and not self.command_bodies.isdisjoint(source.kb_id_.lower().split()):
            return national or source.kb_id_
        if source.label_ != "GOVERNMENT" or self.forces_voices.isdisjoint(source.kb_id_.lower().split()):
            return source.kb_id_  # a security service acts itself ("the SBU said its drones hit ...")
        named = next((a for a in self._actors if a.label_ == "MILITARY" and country
                      and (span_attrs(a) or {}).get("country") == country), None)
        return named.kb_id_ if named is not None else national or source.kb_id_

    def _victim(self, words: list[str], actor: Span, trigger: tuple[int, int, str]) -> bool:
        """ "nine aid workers of X were killed in attacks on the camp": an actor before a passive toll
        ("were killed": ``passive_auxiliaries`` and a toll verb) that comes before the trigger is among those hit."""
        # (past an adverb: "an Israeli soldier was badly wounded when ...")
        between = [w for w in words[actor.end:trigger[0]] if not (w.endswith("ly") and w not in self.toll_verbs)]
        return any(w in self.passive_auxiliaries and after in self.toll_verbs for w, after in zip(between, between[1:]))

    def _hit_an_explosive(self, doc: Doc, trigger: tuple[int, int, str], weapons: list[Span]) -> bool:
        """ "hit a landmine", "struck a roadside bomb": the trigger (the device, or the verb before it) says
        that its subject set off a device of the ``hit_by_object`` categories."""
        words = lower_words(doc)
        return any(trigger[0] <= span.start <= trigger[1] + 3 and (span_attrs(span) or {}).get("category")
                   in self.hit_by_object and any(w in self.hit_words for w in words[max(0, span.start - 3):span.start])
                   for span in weapons)

    def _classify(self, account: Account, actor1: Span | None, actor2: Span | None, words: list[str],
                  trigger_at: int = 0, trigger_end: int = 0) -> None:
        """The ACLED sub-type of families that leave it open: by weapon, by the side taking ground, by
        who was attacked (``words`` of the clause, the trigger at ``trigger_at:trigger_end``)."""
        rule = account.sub_event_type
        if rule == "by_target":  # armed men attacked: a battle; civilians: violence against them
            by_weapon = self._weapon_sub_event(account)
            with_weapon = not WEAPON_LINKS.isdisjoint(words[trigger_at:trigger_at + TARGET_REACH * 3])
            # "a bomb attack", "a drone attack", "an attack on the region by 11 drones"
            named = trigger_at > 0 and words[trigger_at - 1] in self.munitions \
                or self._munition_agent(words, trigger_end)
            if by_weapon in self.munition_kinds and with_weapon or by_weapon and named:
                # "attacked a military base with explosives-laden drones", "soldiers killed in a bomb attack": a
                # strike from afar, on troops too
                account.event_type, account.sub_event_type = EXPLOSIONS, by_weapon
            elif actor2 is not None and actor2.label_ in self.armed_types \
                    or self._armed_target(words, trigger_at, len(words)):
                account.event_type, account.sub_event_type = "battles", "armed_clash"
            elif by_weapon and (with_weapon or any(w in self.munitions for w in words[:trigger_at])
                                or self._munition_struck(words)):
                # "attacked the carrier with drones and missiles", "mortar shells landed near the airport ...
                # in an attack": remote violence, on civilians too
                account.event_type, account.sub_event_type = EXPLOSIONS, by_weapon
            elif account.actor2 == self.civilian_actor:
                account.event_type, account.sub_event_type = "violence_against_civilians", "attack"
            elif by_weapon:
                account.event_type, account.sub_event_type = EXPLOSIONS, by_weapon
            elif any(words[k] in self.civilian_sites and words[k - 1] not in self.target_owners
                     for k in range(trigger_end, min(len(words), trigger_end + TARGET_REACH))):
                # "Separatists attacked the village of Obonyi II": a raid on a village, a market, a camp, no
                # armed men named (not "the military camp")
                account.event_type, account.sub_event_type = "violence_against_civilians", "attack"
                account.actor2 = account.actor2 or self.civilian_actor
            elif any(words[k] in self.combatant_words and self._former(words, k)
                     for k in range(trigger_end, len(words))):
                # "killed three former rebels who had handed in their rifles": men out of the fight, civilians
                account.event_type, account.sub_event_type = "violence_against_civilians", "attack"
                account.actor2 = account.actor2 or self.civilian_actor
            else:
                account.event_type, account.sub_event_type = "battles", self.families[account.family]["default"]
        elif rule == "by_weapon":
            by_weapon = self._weapon_sub_event(account, words)
            account.sub_event_type = by_weapon or self.families[account.family]["default"]
            account.guessed = not by_weapon
            if not by_weapon and not self.gunfire_words.isdisjoint(words):
                # "Heavy gunfire and explosions were heard near the airport": fighting, no strike from afar
                family = self.families["armed_clash"]
                account.event_type, account.sub_event_type = family["event_type"], family["sub_event_type"]
            elif not by_weapon and ((actor1 is None or self._shooters(words, trigger_at))
                                    and tuple(words[trigger_at:trigger_end + 1]) in self.gunfire_phrases
                                    or self._shooters(words, trigger_at) and words[trigger_end:trigger_end + 1]
                                    and words[trigger_end] in CLAUSE_ENDS):
                # "gunmen fired on a cargo plane": shots by men no side names, or by a side's men on foot ("its
                # soldiers had fired at ...", or with no object: "soldiers fired after a group of suspects ..."), no
                # munition: an attack, on armed men a clash (not "Russian forces fired on the town", more likely
                # shells)
                armed = actor2 is not None and actor2.label_ in self.armed_types or self._armed_men(words, trigger_at)
                family = self.families["armed_clash" if armed else "attack"]
                account.event_type, account.sub_event_type = family["event_type"], family["sub_event_type"]
                account.guessed = False
        elif rule == "by_actor":
            label = actor1.label_ if actor1 is not None else ""
            if actor1 is None and account.actor1 in self._national_forces:
                label = "MILITARY"  # "the army said it had taken control of the district": its own act
            subject = _before_auxiliaries(words, trigger_at)
            before = tuple(words[max(0, subject - 2):subject])
            # (past a participle's phrase on them: "troops flown in by helicopter had taken Kalembe back")
            described = any((words[k],) in self.state_forces and words[k + 1].endswith(("ed", "en", "wn"))
                            and not any(w in (",", ";") for w in words[k:subject])
                            for k in range(max(0, subject - PARTICIPLE_PHRASE_WORDS), subject - 2))
            if actor1 is None and (before[-1:] in self.state_forces or before in self.state_forces or described):
                label = "MILITARY"  # "officers had retaken the police station", "security forces recaptured"
            account.sub_event_type = self.territory.get(label, "non_state_actor_overtakes_territory")
            if not self.temporary_words.isdisjoint(words[max(0, subject - 2):trigger_at]):
                account.sub_event_type = self.temporary_sub_event  # "briefly taken the base": a raid, no ground held
        elif account.event_type == "violence_against_civilians" and account.sub_event_type == "attack" \
                and (actor2 is not None and actor2.label_ in self.armed_types
                     or account.actor2 != self.civilian_actor
                     and self._armed_target(words, trigger_at, trigger_at + TARGET_REACH)
                     or tuple(words[trigger_at:trigger_end]) in self.fire_triggers
                     and self._armed_men(words, trigger_at)):
            # "opened fire on the troops", "gunned down two soldiers": armed men fighting armed men (shots,
            # ``fire_triggers``, also at police or at men a passive toll counts before them: "two soldiers
            # were wounded when Afghan guards opened fire")
            account.event_type, account.sub_event_type = "battles", "armed_clash"
        if account.event_type == "battles" and _starts_with(words, trigger_at, self.defence_verbs) \
                and self._munitions_repelled(words, trigger_end):
            # "air defences had repelled an attack on the region by 11 drones": a strike met in the air
            account.event_type = EXPLOSIONS
            account.sub_event_type = self._weapon_sub_event(account, words) or self.toll_strike
        if account.family in self.interception \
                and self.air_platforms["words"].isdisjoint(words[trigger_end:trigger_end + TARGET_REACH]) \
                and (account.killed or account.injured or any(w in self.debris_words for w in words)):
            # "debris from a downed missile killed two", "... damaged a building": the strike's toll, not a
            # clean interception (not "shot down a military helicopter, killing its crew": the aircraft's)
            account.event_type = EXPLOSIONS
            account.sub_event_type = self._weapon_sub_event(account, words) or self.toll_strike
        elif not self.crowd_acts.isdisjoint((account.event_type, account.sub_event_type)) \
                and self._crowd_acted(words, trigger_at, trigger_end):
            # "Rioters set fire to the regional parliament", "protesters had attacked police stations", "two
            # protesters died in clashes with police": violence by a crowd, a riot (``crowd_violence``)
            account.sub_event_type = self.crowd_sub_event
            account.event_type = schema.SUB_EVENT_TYPES[account.sub_event_type]
        elif account.event_type in FORCE_TYPES and (any(w in self.protester_targets for w in words[trigger_at:])
                                                     or _contains(words, self.riot_control)) \
                or account.event_type == PROTESTS and _contains(words, self.interventions):
            # "police fired tear gas at protesters", "police dispersed the rally": force used on a protest; lethal
            # force when it killed or when guns were used on people ("an officer shot him during a protest"; not
            # "fired live rounds into the air")
            aimed_at_people = _contains(words, self.lethal_means) and not _contains(words, self.aimed_away)
            lethal = bool(account.killed) or aimed_at_people
            account.sub_event_type = self.force_on_protesters["lethal_sub_event_type" if lethal else "sub_event_type"]
            account.event_type = schema.SUB_EVENT_TYPES[account.sub_event_type]
        if account.event_type == schema.SUB_EVENT_TYPES[self.crowd_sub_event] and account.civilians_named \
                and not (account.killed or account.injured) \
                and not self._civilians(["" if w in self.crowds else w for w in words]):
            account.actor2 = ""  # "demonstrators blocked roads and burned tyres": the crowd acted, nobody was hit

    def _shooters(self, words: list[str], trigger_at: int) -> bool:
        """Whether the subject right before the trigger, past auxiliaries, is men who shoot rather than fire
        shells (``shooters``: "its soldiers had fired at", not "Russian forces fired on the town")."""
        subject = _before_auxiliaries(words, trigger_at)
        return subject > 0 and words[subject - 1] in self.shooters

    def _crowd_acted(self, words: list[str], trigger_at: int, trigger_end: int) -> bool:
        """Whether a crowd (``crowd_violence``) did the act the trigger tells: its subject, a few words before
        it and not the subject of a passive ("protesters were attacked by gunmen"), one side of the "clashes
        between police and protesters", or the side of "clashes with riot police", who only face crowds."""
        subject = next((k for k in range(trigger_at - 1, max(-1, trigger_at - CROWD_REACH - 1), -1)
                        if words[k] in self.crowds), None)
        if subject is not None:
            between = words[subject + 1:trigger_at]
            return not any(w in CROWD_BREAKS for w in between) \
                and not (between and between[-1] in self.passive_auxiliaries)
        opening = next((k for k in range(min(CROWD_OPENING, trigger_at)) if words[k] in self.crowds), None)
        if opening is not None and trigger_at > 0 and words[trigger_at - 1] == "and":
            # "Crowds of young demonstrators broke into the grounds of parliament ... and set fire to the main
            # chamber": the crowd opening the clause, the subject of a second verb
            return not any(w in CROWD_BREAKS - {",", "and"} for w in words[opening + 1:trigger_at])
        sides = words[trigger_end:trigger_end + CROWD_REACH + 1]
        # (or a crowd's foes: "died in clashes with riot police")
        return sides[:1] == ["between"] and not self.crowds.isdisjoint(sides) \
            or sides[:1] == ["with"] and _starts_with(sides, 1 + (sides[1:2] == ["the"]), self.crowd_foes)

    def _munitions_repelled(self, words: list[str], end: int) -> bool:
        """Whether the attack a defence verb ending at ``end`` names is one of munitions: "repelled a drone
        attack", "repelled an attack on the region by 11 drones"."""
        phrase = words[end:end + TARGET_REACH]
        phrase = phrase[:phrase.index(",")] if "," in phrase else phrase
        attack = next((k for k, w in enumerate(phrase) if w in self.attack_nouns), None)
        return attack is not None and (attack > 0 and phrase[attack - 1] in self.munitions
                                       or self._munition_agent(words, end + attack + 1))

    def _munition_agent(self, words: list[str], end: int) -> bool:
        """Whether the agent after "by" that follows a trigger ending at ``end`` is munitions ("an attack on
        the region by 11 drones"), within the trigger's phrase."""
        by = next((k for k in range(end, min(len(words), end + TARGET_REACH + 1)) if words[k] == "by"), None)
        if by is None or any(w in (",", ";", ".") for w in words[end:by]):
            return False
        agent = [w for w in words[by + 1:by + 5] if w not in ("at", "least", "up", "to", "some", "about")
                 and self._number(w) is None]
        return bool(agent) and agent[0] in self.munitions

    def _armed_target(self, words: list[str], start: int, end: int) -> bool:
        """Whether words ``start:end`` name armed men hit ("soldiers", "a military convoy"), not "former
        combatants", "former FARC fighters"."""
        return any(words[k] in self.military_targets and not self._former(words, k)
                   for k in range(start, min(end, len(words))))

    def _former(self, words: list[str], k: int) -> bool:
        """Whether the men named at word ``k`` are out of the fight, a former word within two words before
        them ("former combatants", "former FARC fighters")."""
        return not self.former_words.isdisjoint(words[max(0, k - 2):k])

    def _armed_men(self, words: list[str], trigger_at: int) -> bool:
        """Whether the clause's ``words`` name armed men or their post after the trigger at ``trigger_at``
        ("opened fire on a checkpost", "on police officers"), or a passive toll of them before it ("two
        soldiers were wounded when ...")."""
        def armed(k: int) -> bool:
            return self._armed_target(words, k, k + 1) or words[k] in self.state_police
        after = words[trigger_at:trigger_at + TARGET_REACH]
        after = after[:after.index(",")] if "," in after else after  # (not "..., police said")
        return any(armed(k) for k in range(trigger_at, trigger_at + len(after))) or any(
            armed(k) and words[k + 1] in self.passive_auxiliaries and words[k + 2] in self.toll_verbs
            for k in range(max(0, trigger_at - 2)))

    def _munition_struck(self, words: list[str]) -> bool:
        """ "In a separate attack, a drone hit a house": a munition the subject of a strike verb."""
        return any(w in self.munitions and words[k + 1:k + 2] and words[k + 1] in self.munition_verbs
                   for k, w in enumerate(words))

    def _weapon_sub_event(self, account: Account, words: list[str] = ()) -> str:
        """The sub-type of the first weapon named that implies one (a missile: shelling; a drone or a glide
        bomb: an air strike), else of the first munition word of the clause ("projectiles", "jets"); but
        missiles an aircraft fired make an air strike ("aircraft fired three missiles at a building":
        ``air_platforms``)."""
        if not self.air_platforms["words"].isdisjoint(words):
            return self.air_platforms["sub_event_type"]
        for attrs in account.weapons.values():
            sub = self.categories.get(attrs.get("category", ""))
            if sub:
                return sub
        return next((self.munitions[w] for k, w in enumerate(words) if w in self.munitions
                     and not self._made_there(words, k + 1)), "")

    def _claimed_back(self, words: list[str], trigger: tuple[int, int, str], inside: list) -> bool:
        """ "claimed responsibility for the bombing": the event (``trigger``) a claim of responsibility
        among the clause's triggers (``inside``) names back, no event of its own."""
        return any(self.families[t[2]]["sub_event_type"] == "claim" and words[t[1]] == "for"
                   and trigger[0] - t[1] <= 3 and words[trigger[0] - 1] in self.definite for t in inside)

    def _responsibility(self, accounts: list[Account], claim: Claim, index: int, start: int,
                        end: int, figures: list[Span], verb: str) -> Account | None:
        """ "JNIM claimed responsibility": the group's account of the last attack (not of an interception
        of it, nor of an act of another side), as its author, with the toll it gives ("saying it had killed
        more than 100 soldiers"); the last one already laid at the group's door, if any ("the army blamed the
        TTP for the bombing"). ``verb``: its reporting word ("claimed"; "said" in "said it carried out the
        attack")."""
        attacks = [a for a in reversed(accounts) if a.family not in self.interception]
        if claim.span is None or not attacks:
            return None
        # (not an act of another side told since: "The air force came in later and hit them")
        event = next((a for a in attacks if a.actor1 == claim.claimant), None) \
            or next((a for a in attacks if not a.actor1 and a.actor2 != claim.claimant), attacks[0])
        account = Account(start, end, index, event.family, event.event_type, event.sub_event_type,
                          claim.source, claim.claimant, verb, actor1=claim.claimant, anaphoric=True,
                          guessed=event.guessed)
        account.fill(event, ("date", "granularity", *PLACE_FIELDS, "actor2"))
        self._tolls(account, figures, [])
        return account

    # ------------------------------------------------------------------ sources
    def _claim(self, doc: Doc, sentence: Span, found: dict[str, list], actors: list[Span],
               previous: Account | None, nearby: list[Span], opening: list[Span] = (),
               sentence_index: int = -1, following: list[Span] = (), next_sources: list[Span] = (),
               speaker_before: Claim | None = None) -> Claim:
        """The source whose account the sentence gives, and its reporting word: "Russia said", "according
        to the army", "a US official stated", "said the ministry", "he said" (the source just quoted);
        a hedge ("reportedly") has no source."""
        words = lower_words(doc)
        reports = found.get("REPORT", ())
        for number, (start, end, phrase) in enumerate(reports):
            if self._aside(words, sentence.start, start) or self._reduced_aside(doc, start):
                continue
            if number + 1 < len(reports) and start > sentence.start and words[start - 1] in self.utterances:
                continue  # "In a statement posted on its channels, JNIM said": the statement's, not a speaker's verb
            if tuple(phrase.split()) in self.according:
                # (not past a comma: "according to local activists, while the RSF said ...")
                source = next((a for a in actors if end <= a.start <= end + ACCORDING_REACH
                               and not any(w in (",", ";") for w in words[end:a.start])), None) \
                    or self._named_next(words, end, following)
                unnamed = " ".join(w for w in words[end:end + 3] if w.isalpha())
                speaker = wider = []
            else:
                source = self._subject(doc, start, actors)
                # the speaker's words before the verb, past a clause or name between commas ("A local
                # official, who asked not to be named, said"); before the main verb for a participle ("The
                # army blamed the RSF, saying ...")
                main = next((b for b, _, _ in found.get("BLAME", ()) if sentence.start < b < start), None) \
                    if words[start - 1] == "," and words[start].endswith("ing") else None
                speaker_end = main if main is not None else self._before_relative(doc, sentence.start, start)
                if source is not None and source.start > sentence.start + 2 and source.end == speaker_end \
                        and words[source.start - 1] in ("to", "with") and words[source.start - 2] in self.tie_words:
                    # "A source close to Hezbollah said": an unnamed source, whom the side it is close to
                    # describes
                    source, speaker_end = None, source.start - 2
                while speaker_end > sentence.start + 1 and words[speaker_end - 1] == ",":
                    speaker_end -= 1  # "..., an independent news outlet, said"
                speaker = words[max(sentence.start, speaker_end - 3):speaker_end]
                # "Residents of nearby El Aguaje said": the speaker's noun before "of" and a place
                wider = words[max(sentence.start, speaker_end - SPEAKER_OF_REACH):speaker_end]
                owned = next((k for k in range(len(wider) - 1) if wider[k] in self.speaker_words
                              and wider[k + 1] in ("of", "in")), None)  # ("health officials in the territory")
                if owned is not None and self.speaker_words.isdisjoint(speaker):
                    speaker = wider[owned:]
                speaker = speaker[max((i + 1 for i, w in enumerate(speaker) if w in (",", ";", ":")), default=0):]
                unnamed = " ".join(w for w in speaker if w.isalpha())  # ("early on Tuesday, witnesses said")
            if source is not None:
                return Claim(source, source.kb_id_, source.kb_id_, phrase, verb_at=start)
            pronoun = words[start - 1] if start > sentence.start else ""
            if start - 2 >= sentence.start and pronoun in self.speaker_words:
                pronoun = words[start - 2]  # "Its spokesman said": the speaker of the subject before
            just_quoted = previous is not None and previous.source and previous.latest == sentence_index - 1
            if pronoun in self.personal_pronouns and not just_quoted:
                # "Russia's defence ministry did not comment. It said ...": the subject of the sentence
                # before (an actor of that kind opening it), which need not have given an account
                named = next((a for a in opening if a.label_ in self.personal_pronouns[pronoun]), None)
                if named is not None:
                    return Claim(None, named.kb_id_, named.kb_id_, phrase, start)
            if previous is not None and previous.source and not previous.claimant and start - 2 >= sentence.start \
                    and words[start - 2] == "the" and previous.source.split()[-1] == words[start - 1]:
                # "members of a local resistance group told RFA", then "the group said": the same unnamed source,
                # not a group named since
                return Claim(None, previous.source, "", phrase)
            described = self._described_source(doc, sentence, start, end, nearby)
            if described is not None:  # named elsewhere in the text: it may also take part ("Rebels of X ...")
                return Claim(None, described.kb_id_, described.kb_id_, phrase, start)
            # "the statement said" / "..., said the ministry"; not "the army said it had repelled" (the
            # pronoun after the verb is then what the speaker named before it speaks of)
            spoken = any(w in self.speaker_words for w in unnamed.split())
            # the source follows the verb (not "Security forces said they arrested ...": a speaker before it)
            inverted = not spoken and not unnamed or tuple(phrase.split()) in self.according
            # (the one before the verb first: "He said the group's fighters ...")
            pronoun = next((p for p in self.pronouns if tuple(words[start - len(p):start]) == p), None) \
                or next((p for p in self.pronouns if inverted and tuple(words[end:end + len(p)]) == p), None)
            if pronoun is not None and speaker_before is not None \
                    and (previous is None or previous.latest != sentence_index - 1) \
                    and self._may_stand_for(pronoun[-1], speaker_before.claimant):
                # "'We took the base,' the group's spokesman told Reuters. He said ...": the named speaker of
                # the sentence just before, which told no event, not the source of an older account
                return Claim(None, speaker_before.source, speaker_before.claimant, phrase)
            if previous is not None and previous.source and pronoun is not None \
                    and self._may_stand_for(pronoun[-1], previous.claimant):
                return Claim(None, previous.source, previous.claimant, phrase)
            state = self._state_of_media(words, start, previous)
            if state:  # "State media said ...": the state whose media they are, the side that acted
                return Claim(None, state, state, phrase, start)
            # (a country's office, one holder: "Ukraine's interior minister said"; not "Poltava's governor")
            holder = self._role_holder(unnamed.split(), start, any(
                words[k] in POSSESSIVES and words[k - 1] in self.capitals
                for k in range(max(sentence.start + 1, start - len(speaker)), start))) if spoken else None
            if holder is not None:  # "the regional governor said", then "Governor Alexander Bogomaz said"
                return Claim(None, holder.kb_id_, holder.kb_id_, phrase)
            state = self._state_voice(doc, unnamed.split(), wider)
            if state:  # "the army said", "a government spokesman said": the article's country's
                return Claim(None, state, state, phrase, start)
            described = self._described_next(unnamed.split(), next_sources, sentence)
            if described is not None:  # "a medical charity said", then "the Sudan Doctors Network said"
                return Claim(None, described.kb_id_, described.kb_id_, phrase, start)
            if spoken and self.negations.isdisjoint(unnamed.split()):  # not "No group claimed the attack"
                return Claim(None, self._unnamed_again(unnamed), "", phrase)
        if found.get("HEDGE"):
            return Claim(verb=found["HEDGE"][0][2])
        return Claim()

    def _reports(self, words: list[str], actor: Span) -> bool:
        """Whether the actor is the speaker of a reporting verb right after it or just before it ("the Sudan
        Doctors Network said", "said the ministry")."""
        return actor.end < len(words) and words[actor.end] in self.reporting \
            or any(words[k] in self.reporting for k in range(max(0, actor.start - 2), actor.start))

    def _described_next(self, unnamed: list[str], next_sources: list[Span], sentence: Span) -> Span | None:
        """ "a medical charity said" (an indefinite speaker whose noun is one of ``source_nouns``): the
        source of that noun's types the next sentence names ("the Sudan Doctors Network said in a statement"),
        unless the sentence of the description names it too (the RSF that stormed a camp, "according to a
        volunteer group", is not that group)."""
        if len(unnamed) < 2 or unnamed[0] not in ("a", "an") or unnamed[-1] not in self.source_nouns:
            return None
        named = {a.kb_id_ for a in self._actors if sentence.start <= a.start < sentence.end}
        return next((a for a in next_sources if a.label_ in self.source_nouns[unnamed[-1]] and a.kb_id_ not in named),
                    None)

    def _role_holder(self, unnamed: list[str], verb: int, owned: bool = False) -> Span | None:
        """ "the regional governor said": the person the article names with that role (a governor), the
        nearest to the verb at token ``verb`` within ``ROLE_REACH`` tokens; none for a plural or an
        indefinite speaker ("officials", "a local official")."""
        if len(unnamed) < 2 or unnamed[-2:-1] == ["a"] or not ("the" in unnamed or owned):
            return None  # (a country's: "Ukraine's interior minister said")
        noun = unnamed[-1]
        holders = [a for a in self._actors if a.label_ == "PERSON" and abs(a.start - verb) <= ROLE_REACH
                   and (span_attrs(a) or {}).get("role", "").lower().split()[-1:] == [noun]]
        return min(holders, key=lambda a: abs(a.start - verb), default=None)

    def _before_relative(self, doc: Doc, first: int, verb: int) -> int:
        """Where the speaker's words end before the reporting verb at ``verb``: before a relative or
        participial clause or a name set off by commas just before it ("A local official, who asked not to
        be named, said", "An army source, speaking on condition of anonymity, said", "A local official,
        reached by telephone, said", "A resident, Sani Garba, said"), else at the verb."""
        words = lower_words(doc)
        if verb - 1 <= first or words[verb - 1] != ",":
            return verb
        opening = next((i for i in range(verb - 2, max(first, verb - 2 - RELATIVE_REACH), -1) if words[i] == ","), None)
        if opening is None or not (words[opening + 1] in self.relatives or words[opening + 1].endswith(("ing", "ed"))
                                   or all(token.is_title for token in doc[opening + 1:verb - 1])):
            return verb
        return opening

    def _state_of_media(self, words: list[str], start: int, previous: Account | None) -> str:
        """ "State media said Kim Jong Un had overseen the launch": state media speak for their state, here
        the country that acted in the event just told (none when that is not a country)."""
        before = words[max(0, start - 4):start]
        if previous is None or not _contains(before, self.state_media):
            return ""
        actor = next((a.actor1 for a in reversed(self._accounts[-RECENT_ACCOUNTS:]) if a.actor1), "")
        return actor if self._is_type(actor, "COUNTRY") else ""

    @staticmethod
    def _named_next(words: list[str], end: int, following: list[Span]) -> Span | None:
        """ "according to a volunteer emergency response room that ...", then "The El Fasher Emergency
        Response Room ... said": a source described in passing and named as the next sentence opens (its
        name ends with the description's head noun)."""
        if end >= len(words) or words[end] not in ("a", "an") or not following:
            return None
        head = ""
        for word in words[end + 1:end + 1 + DESCRIPTION_REACH]:
            if not word.isalpha() or word in ("that", "which", "who", "in", "of", "on", "at", "for", "with"):
                break
            head = word
        return next((a for a in following if head and a.kb_id_.lower().split()[-1] == head), None)

    def _may_stand_for(self, noun: str, claimant: str) -> bool:
        """Whether "the army" (a ``source_nouns`` noun) may be the source just quoted: only an actor of
        the noun's types, not the group whose claim came before; other words ("he", "the statement") may."""
        if noun not in self.source_nouns:
            return True
        return any(a.kb_id_ == claimant and a.label_ in self.source_nouns[noun] for a in self._actors)

    def _described_source(self, doc: Doc, sentence: Span, verb: int, verb_end: int,
                          candidates: list[Span]) -> Span | None:
        """ "the monitor said", "the al-Qaida-linked group claimed", "said the ministry": the actor so
        described, named before it (``candidates``: the actors of this sentence and the two before, then
        the sources named earlier; failing those, any actor before it). An actor whose name holds the noun
        ("the Observatory") comes first, then the latest of the noun's actor types (``source_nouns``)."""
        words = lower_words(doc)
        first = max(sentence.start, verb - DESCRIPTION_REACH)
        before = words[first:verb]
        subject = _nearest_subject(doc, verb)
        if subject is not None and any(t.lower_ == "the" for t in subject.lefts):
            # "The Observatory, a Britain-based monitor ..., said"
            noun, at, opening = subject.lower_, subject.i, subject.left_edge.i
        elif "the" in before and before[-1] != "the" and "," not in before[len(before) - before[::-1].index("the"):]:
            # "the paramilitary group said", not "... over the past day, regional authorities reported"
            noun, at, opening = before[-1], verb - 1, first + len(before) - 1 - before[::-1].index("the")
        elif words[verb_end:verb_end + 1] == ["the"] and verb_end + 1 < sentence.end \
                and not (words[verb].endswith("ing") and tuple(words[verb:verb_end]) not in self.according) \
                and not (verb_end + 2 < sentence.end and (words[verb_end + 2] in self.subject_auxiliaries
                                                          or words[verb_end + 2] in self.trigger_words)):
            # (not "..., saying the group had", nor "said the rebels had shelled": what is said)
            noun, at, opening = words[verb_end + 1], verb_end + 1, verb
        else:
            return None
        if at > 0 and f"{words[at - 1]} {noun}" in self.source_nouns:
            noun = f"{words[at - 1]} {noun}"  # "the rights group said": no armed group, whatever "group" alone is
        types = self.source_nouns.get(noun, ())
        # "the governor's office said": an office of one who is no source noun is only a body named after them
        # (the "Ombudsman's Office" told before is not it)
        owner = words[at - 2] if at > 1 and words[at - 1] in POSSESSIVES else ""
        owner = "" if owner in self.source_nouns or not owner.isalpha() else owner
        # "the army" is a country's armed forces, not a militia that fights beside them nor a unit
        national = set(doc._.state_forces.values()) if noun in self.state_voices["forces"] else None
        # near first, then anywhere before: "the army said" in a report that named Sudan's army at the top;
        # never a name inside the description ("the al-Qaida-linked group" is not al-Qaida)
        for earlier in ([a for a in reversed(candidates) if a.end <= opening],
                        [a for a in reversed(self._actors) if a.end <= opening]):
            # a name holding the noun, of the noun's kind ("the army" is no rebel "National Liberation Army")
            found = next((a for a in earlier if noun in a.kb_id_.lower().split() and (not types or a.label_ in types)),
                         None) or next((a for a in earlier if a.label_ in types
                                        and (national is None or a.kb_id_ in national)), None)
            if found is not None and owner not in found.kb_id_.lower():
                return None
            if found is not None:
                return found
        return None

    def _described_actor(self, doc: Doc, start: int, trigger: int, candidates: list[Span]) -> Span | None:
        """ "the group targeted", "the militants had fired", "the group's drones hit": the actor of that kind
        named last before it."""
        words = lower_words(doc)
        before = [w for w in words[max(start, trigger - 4):trigger] if w not in AUXILIARIES]
        # or the subject opening the clause: '"The militia sent dozens of drones over Kadugli, then shelled
        # it"'
        opening = [w for w in words[start:start + 4] if w.isalpha()][:3]
        # or the owner of the munitions: "the group's drones had hit"
        owned = words[max(start, trigger - 5):trigger]
        while owned and owned[-1] in AUXILIARIES:
            owned = owned[:-1]
        owned = owned[-4:]
        if len(before) >= 2 and before[-2] == "the" and before[-1] in self.source_nouns:
            noun = before[-1]
        elif len(owned) == 4 and owned[0] == "the" and owned[1] in self.source_nouns and owned[2] in POSSESSIVES:
            noun = owned[1]
        elif len(opening) == 3 and opening[0] == "the" and opening[1] in self.source_nouns \
                and opening[2] in self.launch_words:
            noun, trigger = opening[1], start
        else:
            return None
        types = self.source_nouns[noun]
        return next((a for a in reversed(candidates) if a.end <= trigger and a.label_ in types
                     and not _in_compound(doc, a)), None)  # not al-Qaida in "the al-Qaida-linked group"

    def _subject(self, doc: Doc, verb: int, actors: list[Span]) -> Span | None:
        """The actor saying it: the parse's subject of the reporting verb, else the actor just before it
        (over speaker nouns: "a US official stated") or just after it, where the attribution is inverted
        ("..., said the ministry")."""
        actors = [a for a in actors if not _in_compound(doc, a)]  # "the al-Qaida-linked group said"
        words = lower_words(doc)
        # "the Police Public Relations Officer of the Borno State Command, ASP Nahum Daso, said": the person
        # the subject's noun names in an appositive just before the verb
        named = next((a for a in actors if a.label_ == "PERSON" and words[a.end:verb] == [","]
                      and "," in words[max(0, a.start - 3):a.start]), None)
        subject = _nearest_subject(doc, verb)
        if subject is None and verb > 0 and words[verb - 1] == "," and words[verb].endswith("ing"):
            # "Army spokesman X blamed the RSF, saying ...": who says it opens the sentence
            opening = doc[verb].sent.start
            return next((a for a in actors if opening <= a.start <= opening + SUBJECT_REACH and a.end < verb), None)
        if subject is not None and subject.i < verb and self._inverted(words, verb):
            subject = None  # "..., announced the mayor of the city": inverted, whatever the parse made the subject
        if subject is not None:
            found = _actor_in(actors, subject.left_edge.i, subject.right_edge.i + 1, subject.i)
            if found is not None and not (named is not None and found.label_ != "PERSON"
                                          and found.end <= named.start):
                return found
        before = [a for a in actors if a.end <= verb and verb - a.end <= 3
                  and all(w in self.speakers or w in (*POSSESSIVES, "the", "a", "an", "(", ")") or w.isalpha()
                          and w not in self.irrealis for w in words[a.end:verb])]  # "... (JNIM) claimed"
        if before:
            return before[-1]
        # "A military officer at the base, Capt. X, told AP": a person in an appositive, between commas (or a
        # group: "A little-known group, the Kashmir Resistance, claimed responsibility")
        appositives = [a for a in actors if words[a.end:verb] == [","] and "," in words[max(0, a.start - 3):a.start]]
        appositive = next((a for a in appositives if a.label_ == "PERSON"), appositives[0] if appositives else None)
        if appositive is not None:
            return appositive
        # "The Arakan Army, one of Myanmar's most powerful armed groups, said": the actor the description follows
        # (past the bracket of an acronym: "The Arakan Army (AA), an ethnic armed group, said")
        described = next((a for a in actors if verb - a.end <= APPOSITIVE_REACH
                          and _description_end(words, a.end + (words[a.end:a.end + 1] == [")"]),
                                               APPOSITIVE_REACH) == verb - 1), None)
        if described is not None and subject is None:
            return described
        if subject is not None or verb == 0 or words[verb - 1] not in INVERSION_MARKS \
                or words[verb] in self.addressee_verbs:
            # "said Bara had been hit": the actor after the verb is what is said, not who says it; "...,
            # told Agence France-Presse": whom the speaker told
            return None
        return next((a for a in actors if verb < a.start <= verb + 3
                     and (a.end == len(doc) or doc[a.end].is_punct or words[a.end] in INVERSION_FOLLOWERS)), None)

    def _inverted(self, words: list[str], verb: int) -> bool:
        """ "..., announced the mayor of the city.": a reporting verb after the clause it reports, followed by
        a short phrase naming the speaker that ends the sentence (not "..., accused the army of shelling",
        nor "X, said a peacekeeper was wounded")."""
        if verb == 0 or words[verb - 1] not in INVERSION_MARKS or words[verb] in self.blame_verbs \
                or words[verb] in self.addressee_verbs:
            return False
        tail = words[verb + 1:verb + 1 + INVERTED_SPEAKER_WORDS]
        end = next((k for k, w in enumerate(tail) if w in (".", ",", ";", "\n", "\n\n")), None)
        return end is not None and end > 0 and tail[0] in ("the", "a", "an", *self.speakers) \
            and not {"was", "were", "is", "are", "that", *AUXILIARIES}.intersection(tail[:end])

    def _state_voice(self, doc: Doc, speaker: list[str], wider: list[str] = ()) -> str:
        """Whom "the army", "a military spokesman" (``state_voices`` forces: their national armed forces)
        or "a government spokesperson" (the state itself) speak for, in an article about one country: the
        noun last or before one of the voices (not "military analysts", nor "military sources", who speak
        unofficially), or the owner of a voice in the ``wider`` words before the verb ("the military's
        media wing said")."""
        owner = next((k for k in range(len(wider) - 2) if wider[k + 1] in POSSESSIVES), None)
        if owner is not None and wider[-1] in self.state_voices["voices"] \
                and all(w.isalpha() for w in wider[owner + 2:]):
            speaker = [wider[owner]]
        for i, word in enumerate(speaker):
            # (or before the place it serves: "The army in the Democratic Republic of Congo says")
            if i == len(speaker) - 1 or speaker[i + 1] in self.state_voices["voices"] or speaker[i + 1] in ("in", "of"):
                if word in self.state_voices["forces"]:
                    return doc._.state_forces.get("", "")
                if word in self.state_voices["government"]:
                    return doc._.home_country
        return ""

    def _aside(self, words: list[str], first: int, verb: int) -> bool:
        """ "hit a pickup truck that local officers say belonged to a smuggler": a source's words in a
        relative clause on a thing, not its account of the event (not "fighting that authorities say has
        killed 80", said of the event itself)."""
        for k in range(max(first + 1, verb - ASIDE_REACH), verb):
            if words[k] in self.relatives:
                antecedent = k - 1 - (words[k - 1] == ",")  # "the attack, which he said involved ..."
                return words[antecedent] not in self.trigger_words
        return False

    def _toll_of_a_thing(self, figure: Span) -> bool:
        """Whether a figure is told in a relative clause on a disaster ("the earthquake, which killed 3,700
        people", ``disaster_nouns``): its toll, none of an event of the war."""
        words = lower_words(figure.doc)
        opened = next((k for k in range(figure.start - 1, max(-1, figure.start - RELATIVE_TOLL_REACH), -1)
                       if words[k] in ("which", "that")), None)
        if opened is None or opened < 2:
            return False
        antecedent = opened - 1 - (words[opened - 1] == ",")
        # (or the head of a phrase it ends: "the collapse of a station canopy that killed 15 people")
        of = next((k for k in range(antecedent - 1, max(0, antecedent - OF_PHRASE_WORDS), -1)
                   if words[k] == "of"), None)
        return words[antecedent] in self.disasters or of is not None and words[of - 1] in self.disasters

    def _reduced_aside(self, doc: Doc, verb: int) -> bool:
        """ "The strike came despite a ceasefire the military announced after the earthquake": a reporting
        verb in a relative clause without its pronoun is no source's account of the sentence (the parse
        tells; the rules mode has none)."""
        if not _parsed(doc):
            return False
        token = doc[verb]
        # (not past a comma, where the parse took "..., 14 militants, the ministry said" for one)
        return token.dep_ == "relcl" and token.head.i < verb \
            and not any(t.lower_ in self.relatives or t.text == "," for t in doc[token.head.i + 1:verb])

    def _unnamed_again(self, unnamed: str) -> str:
        """ "the resident told Reuters" after "a resistance fighter and a local resident said", "one resident
        said" after "according to residents": the unnamed source of a recent account, named back by its noun
        (or as one of them); else ``unnamed`` itself."""
        words = unnamed.split()
        if len(words) < 2 or words[0] not in ("the", "one"):
            return unnamed
        return next((a.source for a in reversed(self._accounts[-RECENT_ACCOUNTS:]) if not a.claimant
                     and {words[-1], words[-1] + "s"} & set(a.source.split()) and a.source != unnamed), unnamed)

    def _claims_own_act(self, doc: Doc, source_end: int, trigger: int) -> bool:
        """ "X claimed to have struck", "X said it had hit", "X said its forces struck", "X said the agency's
        drones hit": the source (ending at ``source_end``) speaks of its own act."""
        words = lower_words(doc)
        if words[source_end:source_end + 1] == ["("] and words[source_end + 2:source_end + 3] == [")"]:
            source_end += 3  # past its short name: "The Arakan Army (AA), an ethnic armed group, said"
        closing = _description_end(words, source_end, trigger - source_end - 1)
        # past an appositive: "X, one of the armed groups, said"
        between = words[source_end if closing is None else closing + 1:trigger]
        if "that" in between and not self.spoken_words.isdisjoint(between[:between.index("that")]):
            between = between[between.index("that") + 1:]  # "said in a statement on its channels that ..."
        if self.perception_verbs.intersection(between):
            return False  # "the JCS said it detected the launch": what the source saw, not what it did
        described = any(w in self.source_nouns and after in POSSESSIVES for w, after in zip(between, between[1:]))
        # "the ministry on Tuesday claimed the capture of three villages": the act it claims
        claimed = len(between) >= 2 and between[-1] == "the" and between[-2] in self.claim_words
        own = next((i for i, w in enumerate(between) if w in self.own_act_words), None)
        if own is not None and "by" in between[own:]:
            own = None  # "said it was deeply alarmed by the attacks": what befell it, or another's act
        if own is not None and own > 0 and between[own - 1] != "of" \
                and any(self._number(w) is not None for w in between[:own]):
            own = None  # "said 460 patients and their companions were shot dead": the victims' own (not "two of its
            # drones")
        return (described or claimed or own is not None) and len(between) <= OWN_ACT_REACH

    # ------------------------------------------------------------------ actors
    def _arguments(self, doc: Doc, start: int, end: int, trigger: tuple[int, int, str],
                   actors: list[Span]) -> tuple[Span | None, Span | None]:
        if not actors:
            return None, None
        actor1 = actor2 = None
        subject_told = -1  # the verb to which the parse gives a subject that is no actor ("militants attacked")
        if _parsed(doc):
            actor1, actor2, subject_told = self._parsed_arguments(doc, trigger, actors)
        window1, window2 = self._window_arguments(doc, start, end, trigger, actors)
        if actor1 is None and subject_told >= 0 and window1 is not None and window1.start > subject_told:
            actor2 = actor2 or window1  # "Suspected jihadists killed 14 Nigerien soldiers": the side hit
        actor1 = actor1 or (None if subject_told >= 0 else window1)
        words = lower_words(doc)
        if actor1 is not None and actor1.end < trigger[0] \
                and any(w in self.supervisors for w in words[actor1.end:trigger[0]]):
            actor1 = None  # "Kim Jong Un observed the test": who watched it, not who fired
        if actor2 is None and window2 is not actor1:
            actor2 = window2
        return actor1, actor2

    def _unnamed_subject(self, token) -> bool:
        """A subject that names a side no actor is ("militants", "gunmen"), not one that may stand for an
        actor named before: a pronoun or quantifier ("it", "some"), "the group", "their truck"."""
        determiners = {t.lower_ for t in token.lefts}
        return token.tag_.startswith("NN") and not (determiners & POSSESSIVE_PRONOUNS or (
            token.lower_ in self.source_nouns and "the" in determiners))

    def _parsed_arguments(self, doc: Doc, trigger: tuple[int, int, str],
                          actors: list[Span]) -> tuple[Span | None, Span | None, int]:
        """Subject (or "by" agent, or possessor of a trigger noun) and object (or "on"/"against"/"with"
        object) of the trigger, climbing to the verb it depends on when it has no subject of its own; and
        the verb reached when its subject names a side no actor is ("militants attacked"), else -1."""
        head = doc[trigger[0]:trigger[1]].root
        actor1 = actor2 = None
        named_subject = False  # actor1 is the subject itself, not a word inside it ("Sudan's paramilitary")
        token, steps = head, 0
        while steps < 6:
            for child in token.children:
                if child.dep_ in SUBJECT_DEPS or (child.dep_ in ("poss", "compound", "amod") and token is head):
                    found = _actor_in(actors, child.left_edge.i, _without_relative(child), child.i)
                    if found is not None and not self._is_target_owner(doc, found) \
                            and (actor1 is None or not named_subject and found.start <= child.i < found.end):
                        actor1, named_subject = found, found.start <= child.i < found.end
                elif child.dep_ == "nsubjpass" and token is head:
                    actor2 = actor2 or _actor_in(actors, child.left_edge.i, child.right_edge.i + 1, child.i)
                elif child.dep_ == "agent":
                    actor1 = _actor_in(actors, child.left_edge.i, child.right_edge.i + 1, child.i) or actor1
            # not past a verb with a subject of its own: "the UN called for calm after militants attacked"
            subject_told = token.i if token.lower_ not in self.reporting and any(
                child.dep_ in SUBJECT_DEPS and self._unnamed_subject(child) for child in token.children) else -1
            if actor1 is not None or subject_told >= 0 or token.dep_ not in CLIMB_DEPS or token.head.i == token.i:
                break
            token, steps = token.head, steps + 1
        for child in head.children:
            if child.dep_ in OBJECT_DEPS or (child.dep_ == "prep" and child.lower_ in ("on", "against", "with")):
                # (not in a relative clause on the object: "hit the refinery, which supplies fuel to the army")
                target = child if child.dep_ in OBJECT_DEPS else next((c for c in child.children if c.dep_ == "pobj"),
                                                                      child)
                actor2 = actor2 or _actor_in(actors, child.left_edge.i, _without_relative(target), child.i)
        if actor1 is not None and actor1 is actor2:
            actor2 = None
        return actor1, actor2, subject_told

    def _window_arguments(self, doc: Doc, start: int, end: int, trigger: tuple[int, int, str],
                          actors: list[Span]) -> tuple[Span | None, Span | None]:
        """Word order: the nearest actor before the trigger that is not an object, a place or a target's
        owner ("on X", "in X", "Ukraine's grid"), and the first after it introduced as a target or
        opponent."""
        words = lower_words(doc)
        first, last = trigger[0], trigger[1]
        low = max(start, first - self.window)
        actor1 = None
        for actor in reversed(actors):
            if low <= actor.start and actor.end <= first:
                previous = words[actor.start - 1] if actor.start > start else ""
                # ("killed in Israeli strikes": the preposition governs the trigger the actor qualifies)
                if (previous not in ("on", "against", "in", "at", "near", "from", "to", "of", "with", "by", "and")
                        or actor.end == first) and not self._is_target_owner(doc, actor):
                    actor1 = actor
                    break
        actor2 = None
        for actor in actors:
            if last <= actor.start <= last + self.window // 2:
                between = words[last:actor.start]
                if "by" in between[-2:]:
                    break  # "shelling by the RSF": the agent, read below (or another participle's)
                if not between or any(w in ("on", "against", "with", "targeting", "at") for w in between[-3:]) \
                        or between[-1] in ("the", "a", "an"):
                    actor2 = actor
                    break
                if any(w in (",", ";", ".") for w in between):
                    break
        by = self._by_agent(doc, trigger, actors)
        if by is not None and actor2 is None:  # "... were intercepted by Russia", "was attacked by militants"
            actor1, actor2 = by, actor1
        return actor1, actor2

    def _between(self, doc: Doc, trigger: tuple[int, int, str], end: int, actors: list[Span],
                 nearby: list[Span]) -> tuple[Span, Span] | None:
        """ "fighting between Sudan's army and the RSF", "clashes between the rebels and Congolese soldiers"
        (a side described, as the actor of that kind named last before): the two sides, in order."""
        words = lower_words(doc)
        after = trigger[1] + (trigger[1] < end and words[trigger[1]] in ("broke", "erupted"))  # "broke out"
        # (past a time: "Fighting broke out on Wednesday between ...")
        opening = next((i for i in range(trigger[1], min(after + BETWEEN_REACH, end)) if words[i] == "between"
                        and not any(w in (",", ";", ".") for w in words[trigger[1]:i])), None)
        if opening is None:
            return None
        sides: list[tuple[int, int, Span]] = [(a.start, a.end, a) for a in actors if opening < a.start < end]
        for i in range(opening + 1, min(end, opening + 12) - 1):
            kinds = self.source_nouns.get(words[i + 1]) if words[i] == "the" else None
            if kinds and not any(a.start <= i + 1 < a.end for _, _, a in sides):
                described = next((a for a in reversed(nearby) if a.end <= trigger[0] and a.label_ in kinds), None)
                if described is not None:
                    sides.append((i, i + 2, described))
        sides.sort(key=lambda side: side[0])
        if len(sides) >= 2 and sides[0][2] is not sides[1][2] and any(
                w in ("and", "&") for w in words[sides[0][1]:sides[1][0]]):
            return sides[0][2], sides[1][2]
        if not sides:
            return None
        # "clashes between SDF fighters and Turkish-backed factions", "between the Kurdish-led Syrian Democratic
        # Forces (SDF) and ...": the first side, past its modifiers and its short name
        lead = words[opening + 1:sides[0][0]]
        tail = sides[0][1]
        if words[tail:tail + 1] == ["("] and ")" in words[tail:tail + 4]:
            tail = words.index(")", tail) + 1
        if len(lead) <= BETWEEN_MODIFIERS and all(w.isalpha() or w == "-" for w in lead) and "and" in words[tail:tail + 2]:
            return sides[0][2], None
        return None

    def _blamed(self, doc: Doc, start: int, end: int, actors: list[Span]) -> Span | None:
        """The armed side blamed with no act named after it, or only the act just told ("blaming the CJNG",
        "It blamed the Jalisco New Generation Cartel.", "blamed al-Shabaab for the attack"); not one accused of
        something else ("accused Rwanda of backing the rebels")."""
        words = lower_words(doc)
        for i in range(start, end):
            if words[i] not in self.blame_verbs:
                continue
            actor = next((a for a in actors if i < a.start <= i + BLAMED_REACH and a.end <= end), None)
            if actor is None or actor.label_ not in self.armed_types:
                return None
            rest = [w for w in words[actor.end:end] if w.strip()]
            if rest[:1] == ["("]:  # "(CJNG)"
                rest = rest[rest.index(")") + 1:] if ")" in rest else []
            if not rest or rest[0] in (".", ",", ";") or rest[0] == "for" and any(
                    w in self.anaphor_heads for w in rest[1:4]):
                return actor
            return None
        return None

    def _claimed_by(self, doc: Doc, trigger: tuple[int, int, str], end: int, actors: list[Span]) -> Span | None:
        """The armed group after "claimed by" in the clause of an attack ("an attack later claimed by
        al-Shabaab"), not one that only describes it ("the al-Qaeda-affiliated JNIM": JNIM)."""
        words = lower_words(doc)
        at = next((i for i in range(trigger[1], end - 1) if words[i] == "claimed" and words[i + 1] == "by"), None)
        if at is None:
            return None
        return next((a for a in actors if at + 1 < a.start < end and a.label_ in self.armed_types
                     and not _in_compound(doc, a)), None)

    def _by_agent(self, doc: Doc, trigger: tuple[int, int, str], actors: list[Span]) -> Span | None:
        """ "... were intercepted by Russia": the actor after "by" following the trigger, unless another
        participle takes the "by" ("targeted a base shared by the army and AU troops")."""
        words = lower_words(doc)
        for actor in actors:
            # "by Russia", "by the RSF", "by the paramilitary Rapid Support Forces"
            if actor.start > trigger[1] and actor.start - trigger[1] <= self.window // 2 \
                    and "by" in words[max(trigger[1], actor.start - 3):actor.start]:
                by = max(i for i in range(max(trigger[1], actor.start - 3), actor.start) if words[i] == "by")
                if not all(w.isalpha() for w in words[by + 1:actor.start]):
                    continue
                if any((w.endswith("ed") and len(w) > 3 or w in IRREGULAR_PARTICIPLES)
                       and w not in self.agent_participles for w in words[trigger[1]:by]):
                    return None  # ("hit a building used by Hamas fighters", "a checkpoint run by the army")
                return actor
        return None

    def _is_target_owner(self, doc: Doc, actor: Span) -> bool:
        """ "Ukraine's power infrastructure", "Russian energy facilities": the target is a thing."""
        if _parsed(doc):
            root = actor.root
            if root.dep_ not in ("poss", "compound", "amod", "nmod"):
                return False
            owned = root.head  # "Ukraine's power system": the head noun or a noun that modifies it
            return owned.lower_ in self.targets or any(
                c.dep_ in ("compound", "amod") and c.lower_ in self.targets for c in owned.children)
        words = lower_words(doc)
        after = words[actor.end:actor.end + 3]
        if after[:1] and after[0] in POSSESSIVES:
            after = after[1:]
        if after[:1] and (after[0] in self.trigger_words or after[0].endswith("ed")):
            return False
        return any(w in self.targets for w in after[:2])

    def _infer_attackers(self, accounts: list[Account]) -> None:
        """Where an article tells strikes by one side only, a strike without a named attacker is that
        side's ("Debris fell on a street in Lviv" in a report of a Russian barrage); where two sides strike
        each other, the side that strikes in the strike's country ("One rocket hit a house in Nahariya" in
        a report of Hezbollah's rockets on Israel and Israel's raids on Lebanon); never a side at a place
        where it was attacked ("shells fell near the airport" where militants attacked the army's camp)."""
        strikes = [a for a in accounts if a.event_type == EXPLOSIONS]
        attacked = {(a.location, a.actor2) for a in accounts if a.location and a.actor2}
        sides = Counter(a.actor1 for a in strikes if a.actor1)
        # on a tie, the side's armed force or the side itself rather than a ministry that told of the strike
        forces = [span.kb_id_ for label in ("MILITARY", "COUNTRY") for span in self._actors if span.label_ == label]
        states = {span.kb_id_ for span in self._actors if span.label_ == "COUNTRY"}
        armed = {span.kb_id_ for span in self._actors if span.label_ in self.armed_types} | set(forces)
        by_country: dict[tuple[str, str], Counter] = {}
        for account in strikes:
            if account.actor1 and account.country:
                for key in ((account.country, ""), (account.country, account.sub_event_type)):
                    by_country.setdefault(key, Counter())[account.actor1] += 1
        for account in strikes:
            if account.actor1 or account.sub_event_type not in FIRED_FROM_AFAR:
                continue  # (a bomb set off or carried in is no side's barrage: "a landmine blew up an army truck")
            there = by_country.get((account.country, ""), Counter()) if len(sides) > 1 else sides
            if len({self._side(name) for name in there}) > 1:
                # both sides strike there: the one that strikes in this way ("air strikes" in a report of
                # Israel's air strikes and a Hamas roadside bomb in Gaza)
                there = by_country.get((account.country, account.sub_event_type), Counter())
            if len({self._side(name) for name in there}) == 1:
                side = max(there, key=lambda name: (there[name], name in armed))
                if side not in armed:  # a ministry told of its strike: the side's armed force, else the side
                    side = next((name for name in forces if self._side(name) == self._side(side)), side)
                if account.actor2 != side and not (side in states and self._side(side) == account.country) \
                        and (account.location, side) not in attacked:
                    account.actor1 = side  # (a state strikes no town of its own)
            if not account.actor1 and account.source and self._is_type(account.source, "MILITARY") \
                    and account.actor2 and any(self._is_type(account.actor2, label) for label in self.armed_types) \
                    and self._side(account.actor2) != self._side(account.source):
                # "the military said an air strike had killed a Hamas commander": a strike on its foes that
                # an armed force tells with no author named is its own
                account.actor1 = account.source

    # ------------------------------------------------------------------ attributes
    def _weapons(self, account: Account, weapons: list[Span], trigger: tuple[int, int, str] | None,
                 actors: list[Span] = ()) -> None:
        """The weapons the clause names for the act: not the defences that met it, unless it tells of an
        interception, nor what a strike hit ("a missile hit a Merkava tank": ``target_categories`` named
        after the trigger, a weapon naming a target's kind: "struck missile launchers", or another side's
        weapon: "struck three Houthi mobile anti-ship cruise missiles")."""
        for span in weapons:
            attrs = span_attrs(span) or {}
            category = attrs.get("category", "")
            if category in self.defensive and account.family not in self.interception:
                continue
            if account.event_type == EXPLOSIONS and trigger is not None and span.start >= trigger[1] and (
                    category in self.target_categories
                    or self._names_target(span) or self._owned_by_other_side(span, actors, account)):
                continue
            if self._in_description(span, account.start) or self._not_wielded(span, account.start):
                continue
            account.weapons.setdefault(span.kb_id_, attrs)

    def _in_description(self, weapon: Span, first: int) -> bool:
        """Whether the weapon is named in what describes a person ("eliminated a member who was involved in
        rebuilding the group's rocket array", "a commander responsible for drone attacks": after an
        ``involvements`` phrase), not as a weapon of the act; ``first``: the clause's first token."""
        words = lower_words(weapon.doc)
        return any(_endings(words, k, self.involvements, first)
                   and all(w.isalpha() or w in POSSESSIVES for w in words[k:weapon.start])
                   for k in range(weapon.start, max(first, weapon.start - PERSON_DESCRIPTION_REACH), -1))

    def _not_wielded(self, weapon: Span, first: int) -> bool:
        """Whether the weapon is a vehicle people were in ("The officers were travelling in an armoured
        vehicle when gunmen opened fire": ``occupancy_cues`` before it, past an article) or what the attackers
        took ("made off with two armoured vehicles": ``loot_cues``, past a number too), not one of the act's;
        ``first``: the clause's first token."""
        words = lower_words(weapon.doc)
        at = weapon.start - (weapon.start > first and words[weapon.start - 1] in ("a", "an", "the", "their", "its"))
        counted = at - (at > first and self._number(words[at - 1]) is not None)
        return bool(_endings(words, at, self.occupancy, first) or _endings(words, counted, self.loot, first))

    def _owned_by_other_side(self, weapon: Span, actors: list[Span], account: Account) -> bool:
        """Whether a side other than the attacker is named just before the weapon, past its modifiers
        ("three Houthi mobile anti-ship cruise missiles" struck by US forces): that side's weapon, hit."""
        doc = weapon.doc
        owner = next((a for a in actors if 0 <= weapon.start - a.end <= OWNED_WEAPON_GAP and a.label_ != "PERSON"
                      and all(t.is_lower or t.text == "-" for t in doc[a.end:weapon.start])), None)
        return owner is not None and not (owner.start and doc[owner.start - 1].lower_ == "with") \
            and self._side(owner.kb_id_) != self._side(account.actor1)

    def _names_target(self, weapon: Span) -> bool:
        """Whether a weapon's name tells the kind of a target ("struck missile launchers", "Cambodian
        artillery positions", "hit the Flamingo naval base"): a target noun follows it; or what a target
        makes or keeps ("workshops producing drones": ``production_verbs`` before it)."""
        after = weapon.doc[weapon.end:weapon.end + 2]
        if weapon.start > 0 and weapon.doc[weapon.start - 1].lower_ in self.production_verbs:
            return True
        return len(after) > 0 and (after[0].lower_ in self.targets or len(after) == 2 and after[0].is_alpha
                                   and after[0].is_lower and not after[0].is_stop and after[1].lower_ in self.targets)

    def _made_there(self, words: list[str], end: int) -> bool:
        """Whether what ends before word ``end`` is made or kept where a strike hit, told in a passive after it
        ("a hangar where Ukrainian naval drones were being assembled"): no weapon of the strike."""
        k = end
        while k < len(words) and k - end < 3 and words[k] in self.passive_auxiliaries:
            k += 1
        return k > end and k < len(words) and words[k] in self.production_verbs

    def _care_place(self, words: list[str], span: Span, start: int) -> bool:
        """Whether ``span`` names a place of care the wounded were taken to ("rushed to Nasser Hospital",
        "taken to a hospital in Bannu") or a speaker works at ("medics at al-Ahli hospital"), from the
        clause's words since ``start``; a hospital the strike hit is no such place."""
        facilities = self.care_places["facilities"]

        def facility_ending(i: int) -> int | None:
            """The first word of a facility noun ending at word ``i``."""
            return next((i - len(p) + 1 for p in facilities if tuple(words[max(0, i - len(p) + 1):i + 1]) == p), None)

        first = span.start if any(facility_ending(i) is not None for i in range(span.start, span.end)) else None
        if first is None and span.start >= 2 and words[span.start - 1] in ("in", "at", "of"):
            first = facility_ending(span.start - 2)
        if first is None:
            return False
        before = words[max(start, first - CARE_REACH):first]
        if not self.care_places["transfers"].isdisjoint(before):
            return True
        while before and before[-1] in ("a", "an", "the"):
            before = before[:-1]  # "its team at a hospital in El Fasher"
        return bool(before) and before[-1] in ("at", "of", "from") \
            and not self.care_places["staff"].isdisjoint(before[-4:-1])

    def _place(self, doc: Doc, account: Account, places: list[Span], owner: Span | None, launch: bool = False) -> None:
        """The most specific place of the clause that is not where the weapons came from ("fired from
        Crimea"), except for a weapons test; only a country: the event's country, without a location;
        no place: the country of ``owner``, the actor whose country or property was targeted.
        Places listed together ("hit the Beqaa Valley and the city of Tyre") are one event each, as ACLED
        codes an event per place: the first is this account's, the others in ``listed_places``."""
        words = lower_words(doc)
        best = None
        launch_site = launch or account.family in self.at_origin  # a test is placed where it was fired from

        def in_subset(span: Span) -> bool:
            """ "killed 22 across Gaza, including eight members of one family in Khan Younis": a part's place."""
            phrase = words[account.start:span.start]
            cut = max((i for i, w in enumerate(phrase) if w in (",", ";")), default=-1)
            return bool(self.subset_cues.intersection(phrase[cut + 1:]))

        # "..., Nasser Hospital said": a facility telling the toll is a source, not where it happened (past a
        # relative clause on it: "Nasser Hospital, which received the casualties, said")
        places = [span for span in places if not (span.label_ == "FACILITY" and span.end < len(words) and (
            words[span.end] in self.reporting or words[span.end:span.end + 2] in ([",", "which"], [",", "where"])
            and any(words[k] == "," and words[k + 1:k + 2] and words[k + 1] in self.reporting
                    for k in range(span.end + 2, min(len(words) - 1, span.end + 2 + APPOSITIVE_REACH)))))]
        # "killed in strikes across the territory, including 11 in Rafah": the day's events in a whole area
        area = any(w in self.roundup_words and _contains(words[i + 1:i + 4], self.roundup_areas)
                   for i, w in enumerate(words[account.start:account.end], account.start))
        subsets = [span for span in places if in_subset(span)]
        places = [span for span in places if span not in subsets] or ([] if area else subsets)
        if area or any(not self.roundup_words.isdisjoint(words[max(account.start, p.start - 2):p.start]) for p in places):
            account.part_places = [span for span in subsets if span.label_ != "COUNTRY"]
        # "close to the Afghan frontier", "near the border with Afghanistan": a border two countries share
        # places nothing in the named one
        places = [span for span in places if not (span.label_ == "COUNTRY" and (
            span.end < len(words) and words[span.end] in self.border_words
            or span.start > 1 and words[span.start - 1] == "with" and words[span.start - 2] in self.border_words))]
        # "taken to a hospital in Bannu", "a doctor at Debre Birhan hospital said": where the wounded were
        # treated or a speaker works, not where the event was
        places = [span for span in places if not self._care_place(words, span, account.start)]
        places = [span for span in places if span.start not in self._recalled]  # "last month's massacre at X"
        # "..., one of the deadliest attacks on worshippers in the Sahel this year": where a ranking looks, no place
        places = [span for span in places if not self._in_ranking(words, account.start, span.start)]
        # "Wazalendo militias allied with Kinshasa": the government a side is tied to, no place
        places = [span for span in places if not (span.start > 1 and words[span.start - 1] in ("to", "with", "by")
                                                  and words[span.start - 2] in self.tie_words)]
        # "told a news conference in Rawalpindi", "told reporters in Kano": where a source spoke
        places = [span for span in places if not (span.start > 1 and words[span.start - 1] == "in"
                                                  and _endings(words, span.start - 1, self.speech_venues))]
        # "had targeted the Voronezh region that supplies the front near Kupiansk": what a
        # relative clause says of a place names no place of the event
        described = [p.end + (words[p.end] == ",") for p in places if p.end + 1 < len(words)
                     and (words[p.end] in self.relatives or words[p.end] == "," and words[p.end + 1] in self.relatives)]
        places = [span for span in places if not any(
            at < span.start and "," not in words[at + 1:span.start] for at in described)]
        # "in the Khyber district near the frontier city of Peshawar": the place it was in, not the one it was near
        placed_in = [span for span in places if span.label_ != "COUNTRY" and words[span.start - 1] in ("in", "the")
                     and "in" in words[max(account.start, span.start - 2):span.start]
                     and "near" in words[span.end:span.end + 2]]
        places = [span for span in places if not any(
            inside.end < span.start <= inside.end + NEAR_REACH for inside in placed_in)]
        # "describing the strikes as a warning to Damascus": the government a message is sent to, no place
        places = [span for span in places if not (span.start >= 2 and words[span.start - 1] == "to"
                                                  and words[span.start - 2] in self.message_nouns)]
        origin_ends: set[int] = set()
        # (a side withdraws from the place it hands over: "withdrew from the city of Khan Younis", also after a
        # fight there)
        handed_over = account.sub_event_type == "non_violent_transfer_of_territory" or any(
            self.place_verbs.get(w, ("",))[0] in self.withdrawals for w in words[account.start:account.end])
        for span in places:
            before = words[max(account.start, span.start - 4):span.start]
            # (not "about 10 kilometres from Arbinda": how far from the place it was; nor "from a bus near
            # Katsina", where another preposition takes the place; but "a trader from Jowhar in Middle
            # Shabelle region": the region of a place someone came from)
            origin = not handed_over and any(w in self.origins and not (k and before[k - 1] in DISTANCE_UNITS)
                                             and not any(v in LOCATIVES for v in before[k + 1:])
                                             for k, w in enumerate(before)) \
                or words[span.start - 1] == "in" and span.start - 1 in origin_ends
            if origin:
                origin_ends.add(span.end)
                if span.label_ == "COUNTRY":
                    account.fired_from = (span.kb_id_, (span_attrs(span) or {}).get("country", ""))
            if launch_site and origin:
                best = span
                break
            if launch_site and (not self.flight_words.isdisjoint(words[max(account.start, span.start - LANDING_REACH):
                                                                        span.start])
                                or "into" in words[max(account.start, span.start - 2):span.start]):
                continue  # "fell into the sea west of Japan's Hokkaido island", "fired into the East Sea": where
                # it came down
            # "as they fled towards the border with Mali", "thousands fled across the river to Ulang county":
            # where a side or people went, not where the event was (not "rockets were fired toward the city of
            # Sderot", where they were aimed)
            moved = words[max(account.start, span.start - DESTINATION_REACH):span.start]
            destination = any(w in self.destinations for w in before) and not self.movement_verbs.isdisjoint(moved) \
                or any(w in self.flight_destinations for w in before) and not self.flight_verbs.isdisjoint(moved)
            if span.label_ in SPECIFICITY and not origin and not destination and \
                    (best is None or SPECIFICITY[self._kind(span)] < SPECIFICITY[self._kind(best)]):
                best = span
        if best is not None and best.label_ != "COUNTRY":
            listed = self._place_list(words, places, best)
            best, account.listed_places = listed[0], listed[1:]
            if account.listed_places and account.family in self.interception:
                # "destroyed 41 drones over the Bryansk, Kursk and Belgorod regions": one interception of
                # the night's drones, in the country the places share
                countries = {(span_attrs(p) or {}).get("country", "") for p in listed}
                account.listed_places, best = [], None
                account.country = countries.pop() if len(countries) == 1 else ""
        if best is None or best.label_ == "COUNTRY":
            best = self._capital_named(doc, account.start, account.end) or best
        if best is not None:
            self._locate(account, best)
            # ("near the town of X": the cue before the place's kind)
            named = best.start - 3 if words[best.start - 1] == "of" and words[best.start - 3] == "the" else best.start
            account.near = bool(_endings(words, best.start, self.approximations, account.start)
                                or _endings(words, named, self.approximations, account.start))
            account.off_km = next(((span_attrs(r) or {}).get("value_km") for r in doc.spans.get(RANGES, ())
                                   if account.start <= r.start and 0 <= best.start - r.end <= OFF_REACH
                                   or _off_port(doc, r.end, best.start)), None)
            # "killed six people across Ukraine over the past day": a round-up of many events in the country
            account.roundup = best.label_ == "COUNTRY" and best.start > 0 and words[best.start - 1] in self.roundup_words
        elif owner is not None:
            account.country = (span_attrs(owner) or {}).get("country", "")
        elif area and any(w in self.roundup_words and words[i + 1:i + 3] == ["the", "country"]
                          for i, w in enumerate(words[account.start:account.end], account.start)):
            account.country = _home_forces(doc)[1]  # "treated 71 people across the country": the article's
        if area and (best is None or best.label_ == "COUNTRY"):
            account.roundup = True

    def _capital_named(self, doc: Doc, start: int, end: int) -> Span | None:
        """ "near the parliament in Somalia's capital", "in the Mozambican capital", "Yemen's Houthi-held
        capital": the capital's mention elsewhere in the article (its dateline, "MOGADISHU"), when the article
        names it."""
        words = lower_words(doc)
        for i in range(max(start, 1), end):
            if words[i] != "capital":
                continue
            k = i - 1  # (past a modifier or two: "Houthi-held", "war-torn")
            while k > max(start, i - 1 - CAPITAL_MODIFIERS) and words[k] not in self.capitals \
                    and words[k] not in POSSESSIVES and (words[k].isalpha() or words[k] == "-"):
                k -= 1
            name = words[k - 1] if words[k] in POSSESSIVES and k >= 1 else words[k]
            capital = self.capitals.get(name)
            if capital is not None:
                return next((p for p in doc.spans.get(LOCATIONS, ()) if p.kb_id_ == capital), None)
        return None

    def _place_list(self, words: list[str], places: list[Span], place: Span) -> list[Span]:
        """The places listed with ``place`` in the order written ("A, B and the coastal city of C"), or
        only ``place``. Commas alone do not make a list ("Kramatorsk, Donetsk region" is one place), nor
        a gap that nests or locates a place ("Kfar Kila, in Marjayoun", "Nahariya, south of the border",
        "Kharkiv or Sumy"), nor a pair ("between A and B"): see ``place_list``."""
        ordered = sorted((p for p in places if p.label_ != "COUNTRY"), key=lambda p: p.start)
        at = ordered.index(place)
        first = last = at
        while first > 0 and self._list_gap(words[ordered[first - 1].end:ordered[first].start]):
            first -= 1
        while last + 1 < len(ordered) and self._list_gap(words[ordered[last].end:ordered[last + 1].start]):
            last += 1
        listed = ordered[first:last + 1]
        if listed[0].start > 0 and words[listed[0].start - 1] in self.pair_openers:
            return [place]  # "on the road between Ouallam and Tillaberi": a route, one event
        gaps = [words[a.end:b.start] for a, b in zip(listed, listed[1:])]
        # a list ends with its joining word; bare commas only between places of one kind
        if not gaps or not set(gaps[-1]) & self.list_joiners or any(
                not set(gap) & self.list_joiners and a.label_ != b.label_
                for gap, a, b in zip(gaps, listed, listed[1:])):
            return [place]
        return listed

    def _list_gap(self, gap: list[str]) -> bool:
        """Whether the words between two places join them in a list: a comma or joining word, and
        otherwise only words that describe the next place ("and the coastal city of") or name what was hit
        there ("and buildings in", "and launchers in the areas of")."""
        if gap == [","]:
            return True
        if len(gap) > 3 and gap[-3] == "the" and gap[-1] == "of":
            gap = gap[:-3]  # "and launchers in the areas of": as "and launchers in"
        if len(gap) >= 3 and gap[0] in self.list_joiners and gap[-1] in ("in", "at") and len(gap) <= self.list_gap_words \
                and all(w.isalpha() and w not in self.list_breakers for w in gap[1:-1]):
            return True  # "hit a tower in Ramat Gan and buildings in Holon": each place with its own target
        return 0 < len(gap) <= self.list_gap_words and gap[-1] != "," and bool(self.list_joiners & set(gap)) \
            and all((w == "," or w.isalpha()) and w not in self.list_breakers for w in gap)

    def _kind(self, place: Span) -> str:
        """The place's kind as an event's place: a site ("Abu Shouk camp", "Bunia airport", ``site_words``)
        is the place itself, as a facility, whatever its type in the locations table."""
        name = place.kb_id_ or place.text
        return "FACILITY" if name.rsplit(None, 1)[-1].lower() in self.site_words else place.label_

    def _locate(self, account: Account, place: Span) -> None:
        """Place ``account`` at ``place``: a country only as its country, else the place and its country."""
        attrs = span_attrs(place) or {}
        account.country = attrs.get("country", "")
        if place.label_ != "COUNTRY":
            account.location, account.location_type = place.kb_id_, self._kind(place)
            account.latitude, account.longitude = attrs.get("latitude"), attrs.get("longitude")

    def _part_at(self, account: Account, place: Span, figures: list[Span]) -> Account:
        """The event at ``place`` a round-up names a part of its toll at ("killed 22 people across the Gaza
        Strip, including 11 at a school in Gaza City"), with that part's figure (the last one told before
        the place, after the round-up's own)."""
        part = self._at_place(account, place)
        told = [f for f in figures if account.start <= f.start < place.start]
        attrs = (span_attrs(told[-1]) or {}) if len(told) > 1 else {}
        # (a part told without its outcome is of the round-up's: "killed 30 ..., including 16 people sheltering")
        outcome = attrs.get("outcome") if attrs.get("outcome") in ("killed", "injured") \
            else "killed" if account.killed else "injured" if account.injured else ""
        if outcome and attrs.get("count"):
            setattr(part, outcome, attrs["count"])
        return part

    def _at_place(self, account: Account, place: Span) -> Account:
        """``account``'s event at another place of its list: the same reading, without the figures,
        which the text gives for the list as a whole."""
        copy = replace(account, weapons=dict(account.weapons), listed_places=[], launched=None, intercepted=None,
                       killed=None, injured=None)
        self._locate(copy, place)
        return copy

    def _comparison(self, doc: Doc, span: Span) -> bool:
        """ "the largest strike since August", "the deadliest since Washington began its campaign last
        month": a date the event is compared with, not its own (a "since" clause holds it)."""
        words = lower_words(doc)
        if words[span.start] in self.date_cues or span.start > 0 and words[span.start - 1] in self.date_cues:
            return True
        before = words[max(0, span.start - SINCE_REACH):span.start]
        since = max((k for k, w in enumerate(before) if w == "since"), default=None)
        return since is not None and not any(w in (",", ";", ".", ":") for w in before[since:])

    def _interval_from(self, day: str, words: list[str]) -> str:
        """The day of an event told "a day after" or "two days before" another (``words``: the two words
        before "after" or "before", and that word) that happened on ``day``; "" for a vaguer interval
        ("months after", "days after")."""
        *measure, order = words
        days = self.intervals.get(measure[-1]) if measure else None
        if days is None:
            return ""
        count = 1 if measure[0] in ("a", "an") or not days else self._number(measure[0])  # "hours after"
        if count is None:
            return ""
        shift = timedelta(days=count * days)
        anchor = date.fromisoformat(day)
        return (anchor - shift if order == "after" else anchor + shift).isoformat()

    def _spoken(self, doc: Doc, span: Span, trigger: int = -1) -> bool:
        """The day a source spoke, not the event's: a reporting verb or a statement before the date in its
        phrase, with no trigger (at token ``trigger``) between ("MONUSCO said on Tuesday", "In a statement
        read out late on Wednesday, the ministry said"), or one right after the date ("The army on Thursday
        accused ..."); not "said Tuesday's attack", a date of the event, nor "an attack on Monday said to
        have killed ..."."""
        words = lower_words(doc)
        if words[span.end:span.end + 1] in (["'s"], ["’s"]):
            return False
        if span.end < len(words) and words[span.end] in self.spoken_words and span.end != trigger \
                and words[span.end + 1:span.end + 2] != ["to"]:
            return True  # "Sudan's army on Thursday accused the RSF of ...": between the speaker and its verb
        if words[span.end:span.end + 1] == ["of"] and not self.blame_verbs.isdisjoint(
                words[max(0, span.start - SPOKEN_REACH):span.start]):
            return True  # "accused the RSF on Sunday of launching drone attacks": the day of the accusation
        # (nor "which it said hit the village on Monday": the day of the hit)
        return self._reaches_speech(doc, words, range(span.start - 1, max(-1, span.start - 1 - SPOKEN_REACH), -1),
                                    trigger)

    def _toll_updated(self, words: list[str], span: Span) -> bool:
        """Whether the date ``span`` is the day a toll rose ("rose to 10 on Monday", "on Wednesday raised to 54
        the number of soldiers killed"), a toll's noun near the verb (``toll_updates``)."""
        first = max(0, span.start - TOLL_RISE_WORDS)  # ("rose to 10 on Monday")
        verb = next((k for k in range(first, span.start) if words[k] in self.toll_updates), None) \
            if "to" in words[first:span.start] else None
        if verb is None and span.end < len(words) and words[span.end] in self.toll_updates:
            verb = span.end
        return verb is not None \
            and not self.toll_update_nouns.isdisjoint(words[max(0, verb - TOLL_NOUN_REACH):verb + TOLL_NOUN_AFTER])

    def _reaches_speech(self, doc: Doc, words: list[str], positions: range, trigger: int) -> bool:
        """Whether a reporting word or statement noun comes at ``positions`` before a trigger word, the
        trigger at ``trigger``, a punctuation mark, the sentence's end or (parsed) a verb of the clause it
        reports ("Residents said the attackers arrived late on Monday": the day they arrived)."""
        parsed = _parsed(doc)
        for i in positions:
            if i == trigger or words[i] in (",", ";", ".") or doc[i].is_sent_end or words[i] in self.trigger_words:
                return False
            if words[i] in self.spoken_words:
                return True
            if parsed and doc[i].tag_ in FINITE_TAGS and doc[i].dep_ not in ("acl", "relcl", "amod"):
                return False
        return False

    def _said_opening(self, doc: Doc, span: Span, trigger: int) -> bool:
        """ "Later on Monday, the health ministry said the toll from ongoing bombardment stood at ...": a date
        opening the sentence, set off by a comma before its speaker, dates the saying of a toll (though
        "On Friday, Israel said its aircraft had hit ..." may date the event as well)."""
        words = lower_words(doc)
        first = doc[span.start].sent.start if doc.has_annotation("SENT_START") else 0
        return span.start - first <= OPENING_DATE_WORDS and all(doc[i].is_alpha for i in range(first, span.start)) \
            and words[span.end:span.end + 1] == [","] \
            and self._reaches_speech(doc, words, range(span.end + 1, min(len(words), span.end + 1 + SPOKEN_REACH)),
                                     trigger)

    def _date(self, doc: Doc, account: Account, dates: list[Span], trigger: int) -> None:
        """The event's date: not one it is compared with, nor the day a source spoke ("MONUSCO said on
        Tuesday") or a day it happened by ("had retaken the station by Monday afternoon"), both kept as
        ``fallback_date``; but the date a trigger at token ``trigger`` is told of ("since January, when
        militants overran ...")."""
        words = lower_words(doc)
        for span in dates:
            granularity = (span_attrs(span) or {}).get("granularity", "")
            # (nor one a relative clause after the act tells of its own past: "combatants who had signed the 2016
            # deal"; but "killed 21 people who were waiting for food near the site on Tuesday" is that day's)
            recalled = 0 <= trigger < span.start and self._in_relative(words, trigger, span.start) \
                and (granularity != "day" or not self.perfect.isdisjoint(words[trigger:span.start]))
            # (nor the day of the people "those killed last year" names)
            recalled = recalled or "those" in words[max(account.start, span.start - 3):span.start - 1]
            # (nor the day of an event another date names: "crowds marking the anniversary of last year's storming")
            recalled = recalled or span.start in self._recalled
            # (nor the day of what came after the act: "Friday's killings came two weeks after a settler raid")
            recalled = recalled or words[span.end:span.end + 1] == ["'s"] and "after" in words[span.end:trigger]
            # (nor the day a toll rose: "The death toll from the strikes rose to 10 on Monday")
            recalled = recalled or self._toll_updated(words, span)
            # (nor the day of what followed, when the act's clause dates itself: "Residents were preparing on
            # Monday to bury dozens killed when fighters stormed a parish early on Sunday")
            when = next((k for k in range(span.end, trigger) if words[k] == "when"), None)
            recalled = recalled or when is not None and any(
                d.start > when and (span_attrs(d) or {}).get("granularity") == "day" for d in dates)
            if _clock_conversion(doc, span) or recalled or _in_aside(words, account.start, span.start, trigger):
                continue  # (nor one an aside before the act tells of a side: "ADF, which pledged allegiance
                # to Islamic State in 2019, stormed the church")
            told_of = words[span.end:span.end + 2] == [",", "when"] and span.end < trigger
            deadline = span.start > 0 and words[span.start - 1] in self.deadline_cues  # "by Monday afternoon"
            spoken = not deadline and self._spoken(doc, span, trigger)
            if told_of or not self._comparison(doc, span) and not deadline and not spoken:
                finer = next((d for d in dates if 0 <= d.start - span.end <= NARROWING_REACH
                              and len(d.kb_id_) > len(span.kb_id_) and d.kb_id_.startswith(span.kb_id_)), None)
                if finer is not None:  # "Last year, on Aug. 24, fighters attacked": the day of that year
                    span, granularity = finer, (span_attrs(finer) or {}).get("granularity", "")
                account.date, account.granularity = span.kb_id_, granularity
                account.rough_date = bool((span_attrs(span) or {}).get("rough"))
                return
            if not account.fallback_date[0] and granularity == "day" and (deadline or spoken):
                account.fallback_date = (span.kb_id_, granularity)

    @staticmethod
    def _in_relative(words: list[str], start: int, at: int) -> bool:
        """Whether token ``at`` is inside a relative clause opened after the trigger at token ``start`` and not
        closed by a comma before it, on something other than the trigger ("the strike, which hit Intahaka on
        Monday" tells of the strike)."""
        opened = max((k for k in range(start, at) if words[k] in ("who", "whom", "whose", "which")), default=None)
        on_trigger = opened is not None and words[opened] == "which" and opened - start <= 2
        return opened is not None and not on_trigger and "," not in words[opened:at]

    def _portion_before(self, words: list[str], start: int, at: int) -> bool:
        """Whether the figure at word ``at`` follows a portion of it ("most of the 40 drones", "the vast
        majority of more than 100 missiles"), past its qualifiers."""
        k = at
        while k > start and (words[k - 1] in ("more", "than", "at", "least", "about", "over", "nearly", "the", '"')):
            k -= 1
        if k - 1 <= start or words[k - 1] != "of":
            return False
        k -= 1
        while k > start and words[k - 1] in ('"', "'", "”", "’"):
            k -= 1
        return k > start and words[k - 1] in self.portions

    def _counts(self, doc: Doc, account: Account, start: int, end: int, kinds: dict[int, str]) -> None:
        """Munitions launched and intercepted: "five of six missiles", "2 of which were intercepted",
        "tracked 68 missiles and 132 drones", "destroyed 57 of the missiles and 104 of the drones"."""
        words = lower_words(doc)
        if not any(kinds.get(i) in ("LAUNCH", "INTERCEPT") for i in range(start, end)) and \
                not any(w in self.volleys for w in words[start:end]):
            return
        # the figures read for each count, by token: "A total of 52 drones were destroyed, ... 30 over Voronezh"
        # gives a total, whose parts that follow it add nothing
        launches: list[tuple[int, int]] = []
        downs: list[tuple[int, int]] = []
        mode = ""  # the verb governing the numbers that follow
        i = start
        while i < end:
            kind = kinds.get(i)
            if kind in ("LAUNCH", "INTERCEPT"):
                # (not "had tried to intercept two drones but failed")
                failed = kind == "INTERCEPT" and not self.failed_attempts.isdisjoint(words[max(start, i - 3):i])
                mode = "" if failed else kind
                i += 1
                continue
            value = self._number(words[i])
            whole = self.numbers.hyphenated(words[i], words[i + 2]) \
                if value is not None and words[i + 1:i + 2] == ["-"] and i + 2 < end else None
            if whole is not None:
                value, i = whole, i + 2  # "twenty-one drones"
            elif value is None or words[i + 1:i + 2] == ["-"]:  # "one-way attack drones": a compound, no count
                i += 1
                continue
            j = i + 1
            if j < end and words[j] == "out":
                j += 1
            if j + 1 < end and words[j] == "of":  # "five of six", "two of the eight", "2 of which"
                k = j + 1 + (words[j + 1] in ("the", "all"))
                total = self._number(words[k]) if k < end else None
                if total is not None:
                    downs.append((i, value))
                    launches.append((i, total))
                    i = k + 1
                    continue
                if k < end and words[k] in ("which", "them") and (mode == "INTERCEPT" or any(
                        kinds.get(m) == "INTERCEPT" for m in range(k + 1, min(end, k + 4)))) \
                        and not any(span.start <= i < span.end for span in doc.spans.get(CASUALTIES, ())):
                    # (not "wounding 22 people, two of them seriously", nor "repelled the assailants, killing
                    # 20 of them": a toll; nor a part of those downed, told after them: "downed 121 drones, 26 of
                    # them above Saratov region")
                    if not (downs and mode == "INTERCEPT"):
                        downs.append((i, value))
                    i = k + 1
                    continue
            munition = next((k for k in range(i + 1, min(end, i + 5)) if kinds.get(k) == "MUNITION"), None)
            if munition is None and (launches or account.family in self.interception) \
                    and words[i + 1:i + 2] in (["were"], ["was"]) \
                    and any(kinds.get(k) == "INTERCEPT" for k in range(i + 2, min(end, i + 4))):
                # "fired 20 rockets and three were intercepted", "The military said two were intercepted"
                downs.append((i, value))
                i += 2
                continue
            if munition is None or any(w in (",", ";", "and") or w in self.volleys for w in words[i + 1:munition]):
                i += 1  # (nor "two waves of ballistic missiles": a count of volleys)
                continue
            # "four missiles were destroyed", "71 drones and four missiles were destroyed": up to the verb of the
            # numbers coordinated with this one
            # (not "fired 20 rockets and three were intercepted": the verb is the bare number's; nor "launched two
            # missiles and that 52 drones had been shot down": a clause of its own)
            reach = next((k for k in range(munition + 1, min(end, munition + PASSIVE_REACH))
                          if words[k] in (",", ";", ".") or words[k - 1:k + 1] in (["and", "that"], ["but", "that"])
                          or self._number(words[k]) is not None
                          and not any(kinds.get(m) == "MUNITION" for m in range(k + 1, min(end, k + 4)))),
                         min(end, munition + PASSIVE_REACH))
            after = words[munition + 1:reach]
            passive_intercept = any(kinds.get(k) == "INTERCEPT" for k in range(munition + 1, reach)) \
                and any(w in ("were", "was", "had", "been") for w in after)
            launch_after = any(kinds.get(k) == "LAUNCH" for k in range(munition + 1, min(end, munition + 3)))
            volley = any(w in self.volleys for w in words[max(start, i - 3):i])  # "a barrage of 90 missiles"
            # "the vast majority of more than 100 missiles were intercepted": the figure is of all launched
            portion = self._portion_before(words, start, i)
            if portion:
                launches.append((i, value))
            elif passive_intercept or mode == "INTERCEPT":
                downs.append((i, value))
                if i > start and words[i - 1] == "all":
                    launches.append((i, value))  # "destroyed all 31 drones": as many as were launched
            elif mode == "LAUNCH" or launch_after or volley:
                launches.append((i, value))
            i = munition + 1
        totals = {k for k in range(start, end) for cue in self.total_cues
                  if tuple(words[max(start, k - len(cue)):k]) == cue
                  or k > start and words[k - 1] == "," and tuple(words[max(start, k - len(cue) - 1):k - 1]) == cue}
        launched, intercepted = _total(launches, totals), _total(downs, totals)
        if launched and account.launched is None:
            account.launched = launched
        if intercepted and account.intercepted is None:
            account.intercepted = intercepted

    def _number(self, word: str) -> int | None:
        """A whole count written as one token ("8", "1,500", "six", "twenty-five"); a bare scale word
        ("thousand") or a fraction is no count of munitions."""
        value = self.numbers.read(word)
        if value is None or not value.is_integer() or word in self.numbers.scales:
            return None
        return int(value)

    def _tolls(self, account: Account, figures: list[Span], words: list[str], trigger: int = -1) -> None:
        """The toll of the account: its first figure of each outcome that is not a part of another ("the dead
        included 11 children", "killing 40, including 12 children": ``subset_cues``), nor a tally since the
        event (at token ``trigger``: "raised to 80 the number killed since Thursday, when rebels launched an
        offensive")."""
        figures = [span for span in figures if span.start not in self._recalled]  # "after Tuesday's killing of 26"
        if figures and trigger > 0:
            doc_words = lower_words(figures[0].doc)
            since = next((i for i in range(figures[0].end, trigger) if doc_words[i] == "since"
                          and not _starts_with(doc_words, i + 1, self.within_day)), None)
            figures = [span for span in figures if since is None or span.start > since]
        nil = False
        groups: dict[str, set[str]] = {"killed": set(), "injured": set()}  # the groups each toll counted
        previous_part: Span | None = None  # the figure just read, when it was a part of the toll
        for span in figures:
            attrs = span_attrs(span) or {}
            count, outcome = attrs.get("count"), attrs.get("outcome")
            before = lower_words(span.doc)[max(0, span.start - 2):span.start]
            after = lower_words(span.doc)[span.end:span.end + PART_REACH]
            # "28 gunmen were among the dead", "one of the dead was a fighter" are parts; "six people, among
            # them three children" the whole
            part = any(w in self.part_cues and (k == 0 or after[k - 1] != ",") for k, w in enumerate(after)) \
                or _starts_with(after, 0, self.toll_parts)
            between = lower_words(span.doc)[previous_part.end:span.start] if previous_part is not None else []
            listed = bool(between) and between[-1] in (",", "and") and len(between) <= PART_REACH
            if count is None or self.subset_cues.intersection(before) or count and part or listed:
                previous_part = span  # (and "nine aid workers" after "including 20 children and")
                continue  # "including 20 children", "28 gunmen were among the dead": a part of the toll
            if self._toll_of_a_thing(span):
                continue  # "after the March 28 earthquake, which killed more than 3,700 people"
            previous_part = None
            if outcome in groups:
                group = attrs.get("group") or ""
                if getattr(account, outcome) is None:
                    setattr(account, outcome, count)
                elif count and group and groups[outcome] and group not in groups[outcome] \
                        and GENERIC_VICTIMS not in groups[outcome] | {group}:
                    # "killed four soldiers and up to 25 insurgents", "Seven soldiers and three HTS fighters
                    # were killed": one toll of both sides
                    setattr(account, outcome, getattr(account, outcome) + count)
                if count:
                    groups[outcome].add(group)
            if count == 0 and outcome in ("killed", "injured", "killed_or_injured"):
                nil = True  # "nobody was hurt", "no one was killed": no dead and no wounded, unless told
            if not account.actor2 and attrs.get("group") in self.civilian_groups and count \
                    and after[:1] != ["others"]:  # "a soldier was killed and two others wounded": more soldiers
                account.actor2 = self.civilian_actor
        account.toll_groups = groups
        if nil:
            account.killed = 0 if account.killed is None else account.killed
            account.injured = 0 if account.injured is None else account.injured
        for outcome in ("killed", "injured"):
            if getattr(account, outcome) is None and self._single_victim(words, outcome):
                setattr(account, outcome, 1)
                account.actor2 = account.actor2 or self.civilian_actor
        if not account.actor2 and (account.family or account.figures()) and self._civilians(words):
            account.actor2 = self.civilian_actor  # (not a sentence that tells no act nor toll: "militants, who
            # were involved in attacks on civilians, ...")
            account.civilians_named = True

    def _single_victim(self, words: list[str], outcome: str) -> bool:
        """ "killing a 62-year-old man", "a woman was wounded", "injuring a dock worker": one person of
        ``outcome``, told without a number (``single_victims``: the nouns, the words of age between, the verbs
        of each outcome)."""
        spec = self.single_victims
        for i, word in enumerate(words):
            if word not in ("a", "an"):
                continue
            j = i + 1
            while j < len(words) and (words[j] in spec["modifiers"] or words[j].isdigit()):
                j += 1
            if j + 1 < len(words) and words[j].isalpha() and words[j] not in spec["nouns"] \
                    and words[j + 1] in spec["nouns"]:
                j += 1  # a noun naming the kind: "injuring a dock worker", "a security guard was killed"
            if j < len(words) and words[j] in spec["nouns"] and (
                    i > 0 and words[i - 1] in spec[outcome]  # "killing a man"
                    or words[j + 1:j + 2] in (["was"], ["has"]) and words[j + 2:j + 3] and (
                        words[j + 2] in spec[outcome] or words[j + 2] == "been" and words[j + 3:j + 4]
                        and words[j + 3] in spec[outcome]  # "a woman was wounded", "has been killed"
                        or words[j + 2].endswith("ly") and words[j + 3:j + 4]
                        and words[j + 3] in spec[outcome])):  # "a street vendor was critically wounded"
                return True
        return False

    def _civilians(self, words: list[str]) -> bool:
        """Whether the clause names civilians, other than as those telling it ("residents said", "villagers
        and a rebel spokesman told Reuters"), as those a side spoke to (``appeal_verbs``) or as none hit."""
        if self.civilian_words.keys().isdisjoint(words):
            return False
        for i, word in enumerate(words):
            for phrase in self.civilian_words.get(word, ()):
                after = i + len(phrase)
                if tuple(words[i:after]) != phrase:
                    continue
                told = next((w for w in words[after:after + 5] if w == "," or w in self.reporting), None)
                if any(tuple(words[max(0, i - len(appeal)):i]) == appeal for appeal in self.appeals):
                    continue  # "urged residents to stay calm": whom a side spoke to, not whom it hit
                if any(w in self.negations for w in words[max(0, i - 2):i]):
                    continue  # "no civilians were hurt", "without civilian casualties": none were hit
                if told is None or told == ",":
                    return True
        return False

    def _period(self, doc: Doc, span: Span, words: list[str]) -> bool:
        """ "this week" in "has launched 500 drones this week": the period a tally covers, not a date."""
        phrase = tuple(lower_words(doc)[span.start:span.end])
        return any(w in self.perfect for w in words) and phrase in self.perfect_periods.get(phrase[0], ())

    def _aggregate(self, words: list[str]) -> bool:
        """A toll or a habit rather than an event: "since the invasion", "so far", "regularly", "has
        launched dozens of attacks since November", "has launched 500 drones this week", a war's toll ("The
        war, which began in April 2023, has killed ...": ``aggregate_subjects`` opening a perfect clause)."""
        words = self._without_false_tallies(words)
        perfect = not self.perfect.isdisjoint(words)
        # "since the invasion", "since April"; not "had been hit by 60 shells since dawn" (the day's toll)
        since = any(w == "since" and not _starts_with(words, i + 1, self.within_day) for i, w in enumerate(words))
        # "The war ... has killed tens of thousands"; not "Fighting continued, the monitor reported, saying 11
        # had been killed": a perfect after a source's words is that source's toll of the day
        perfect_at = next((i for i, w in enumerate(words) if w in self.perfect), len(words))
        war_toll = any(w in self.aggregate_subjects for w in words[:3]) \
            and self.reporting.isdisjoint(words[3:perfect_at])
        # "has been waging a campaign of raids": an ongoing campaign, no event (unless a day is told); not what a
        # relative clause says of people ("arrested 19 people who they said had been blocking roads")
        progressive = any(w == "been" and after.endswith("ing") and after not in self.trigger_words
                          and self.relatives.isdisjoint(words[max(0, i - RELATIVE_PROGRESSIVE_REACH):i])
                          for i, (w, after) in enumerate(zip(words, words[1:])))
        # "has fought Somalia's government for more than 15 years": a long span of a perfect clause
        spans_long = any(w == "for" and not self.long_spans.isdisjoint(words[i + 1:i + 1 + LONG_SPAN_REACH])
                         for i, w in enumerate(words))
        # "has staged a series of deadly attacks on security forces": a run of events summed up
        run = any(w in self.sequence_nouns and w not in self.intervals and after == "of"
                  for w, after in zip(words, words[1:]))  # (not "in three days of clashes": a span of the act)
        return _contains(words, self.aggregates) or perfect and (
            since or _contains(words, self.perfect_periods) or war_toll or progressive or spans_long or run)

    def _without_false_tallies(self, words: list[str]) -> list[str]:
        """``words`` with a toll's cue blanked after a superlative ("one of its largest attacks of the war"
        compares an event with the others, it sums none up) or before a span of a day (``day_periods``:
        "killed 20 militants in clashes over the past day" is the day's event; not "counted 412 attacks over
        the past 24 hours", events counted), or after a participle of a state held over time
        (``state_participles``: "has recaptured two towns held for weeks by the rebels")."""
        kept = list(words)
        for i, word in enumerate(words):
            for phrase in self.aggregates.get(word, ()):
                if tuple(words[i:i + len(phrase)]) == phrase and (self.superlatives.intersection(
                        words[max(0, i - SUPERLATIVE_REACH):i]) or i > 0 and words[i - 1] in self.state_participles
                        or _starts_with(words, i + len(phrase), self.day_periods) and not self._counts_events(words)):
                    kept[i:i + len(phrase)] = [""] * len(phrase)
        return kept

    def _counts_events(self, words: list[str]) -> bool:
        """Whether a figure counts events ("counted 412 attacks")."""
        return any(after in self.trigger_words and self._number(w) is not None for w, after in zip(words, words[1:]))

    def _old(self, doc: Doc, account: Account) -> bool:
        """Whether the account's event is dated well before the article's publication (``background_days``)."""
        published = doc._.published
        if not account.date or published is None:
            return False
        try:
            year, month, day = (int(part) for part in (account.date.split("-") + ["12", "28"])[:3])
            return (published - date(year, month, day)).days > self.background_days
        except ValueError:
            return False

    def _background(self, doc: Doc, account: Account, trigger: int) -> bool:
        """An event dated well before the article's publication and recalled in passing: in a clause
        that measures from it ("the deadliest since January, when militants overran ...") or without a
        place. Told in its own clause with a place and a date ("In July the TNLA took Mogok"), it is an
        event of the article like any other."""
        return self._old(doc, account) and (not account.location or any(
            w in self.background_markers for w in lower_words(doc)[account.start:trigger]))

    # ------------------------------------------------------------------ clusters and rows
    def _cluster(self, accounts: list[Account]) -> None:
        """Accounts of one event by different sources share a cluster: an account joins the recent
        cluster it shares most with (date, place, weapons) and contradicts in nothing, none of whose
        accounts is by the same source. Missing dates, places and attackers come from the cluster."""
        clusters: list[list[Account]] = []
        for position, account in enumerate(accounts):
            home, best, told = None, 0, account
            for members in clusters[-RECENT_CLUSTERS:]:
                latest = members is clusters[-1]
                # another source's downing of the munitions of the strike just told is its version of that
                # strike (the Houthis' missiles at a ship, the US destroyer that shot them down)
                version = self._as_strike(account, members[0]) if latest else account
                # "The strike hit the monastery in Lin Ta Lu village, said a member of ...": what the event just
                # told refers to may name a place inside the region it was told in
                refers_back = version.anaphoric and latest
                if not self._may_join(members, version, refining=refers_back):
                    continue
                # a side of the event speaking counts for less (a side speaks of many events): "the convoy had
                # come under attack, the army said" after JNIM's ambush of an army convoy; India's defence
                # ministry on "the operation" after India's strikes
                side_speaks = bool(version.source) and self._side(version.source) in {
                    self._side(a) for m in members for a in (m.actor1, m.actor2) if a and a != self.civilian_actor}
                shared = max(_shared(m, version) for m in members) + 2 * refers_back + 0.5 * side_speaks
                if shared > best:
                    home, best, told = members, shared, version
            if home is None:
                clusters.append([account])
            else:
                accounts[position] = told
                home.append(told)
        for number, members in enumerate(clusters):
            known = next((m for m in members if not m.guessed), None)
            # the side that claimed the attack is its author for the accounts that name none (not the army
            # that fought the attackers off after the blast)
            author = next((m.actor1 for m in members if m.claim_verb == "claimed" and m.actor1 == m.claimant), "")
            for account in members:
                account.cluster = number
                if author and not account.actor1 and account.actor2 != author:
                    account.actor1 = author
                if account.guessed and known is not None:
                    # "Ukraine claimed to have struck a depot": the strike told
                    account.event_type, account.sub_event_type = known.event_type, known.sub_event_type
                for other in members:
                    if other is not account:
                        # (not a night's barrage, placed by one region's account of it)
                        if not account.location and other.location and account.country in ("", other.country) \
                                and not _barrage(account):
                            account.fill(other, PLACE_FIELDS)
                        account.fill(other, ("date", "granularity", "country"))
                        if not (account.date or account.fallback_date[0]):
                            account.fallback_date = other.fallback_date  # the day the other source spoke
                        if other.actor1 != account.actor2:  # (the army's version, in which it came under fire)
                            account.fill(other, ("actor1",))
                        if account.actor1 and other.actor1 == account.actor1 and other.actor2 != self.civilian_actor:
                            # the side the same attacker fought, as another source told (not the civilians one
                            # source counts among the dead: a side's version may deny them)
                            account.fill(other, ("actor2",))

    def _may_join(self, members: list[Account], version: Account, refining: bool) -> bool:
        """Whether ``version`` may be one more account of the cluster ``members``: by another source, of the
        same kind (unless its kind is a guess), contradicting none of them, with no weapons of another kind
        (artillery in one village is not another source's drones). A round-up of a country's events is no
        version of one of them, nor is a barrage counted with no place and no reference back a version of
        an event at a town, nor an event told as one more ("the air force has also bombed ...")."""
        known = next((m for m in members if not m.guessed), None)
        if known is not None:  # (a member whose kind was a guess is of the cluster's kind)
            members = [replace(m, event_type=known.event_type, sub_event_type=known.sub_event_type) if m.guessed
                       else m for m in members]
        if version.guessed:  # its kind is a guess ("blew up the track"): of whatever kind the cluster is
            version = replace(version, event_type=members[0].event_type)
        if self._own_version(members, version):
            return True
        if not version.anaphoric and any(m.old and not version.date or version.old and not m.date for m in members):
            return False  # ("The Engels area was hit before on January 8" and the night's raid on Engels, undated)
        # (a version placed only in the sea the cluster's ship was hit in, "fired naval missiles at two ships in
        # the Red Sea" after "hit ... 57 nautical miles west of Hodeidah", is placed more broadly, no elsewhere)
        sea_wide = _at_sea(version) and bool(version.location) and all(
            m.off_km is not None and _may_lie_in(m, version, SEA_REACH_KM) for m in members if m.location)
        if any(m.source == version.source for m in members) or version.additive and not version.anaphoric \
                or not all(self._compatible(m, version, refining)
                           or version.broader and self._compatible(version, m, refining)
                           or sea_wide and self._compatible(m, replace(version, location=m.location), refining)
                           for m in members) \
                or any(m.roundup != version.roundup and (m.location or version.location) for m in members):
            return False
        if _barrage(version) and any(m.location_type in PLACE_EXACT for m in members) \
                or version.location_type in PLACE_EXACT and not version.anaphoric and any(map(_barrage, members)):
            return False  # the night's barrage and the strike on one town, told in either order
        if not version.guessed and any(not m.guessed and m.sub_event_type != version.sub_event_type for m in members):
            return False
        return not any(_other_weapons(m, version, self.broader_categories) for m in members)

    def _own_version(self, members: list[Account], version: Account) -> bool:
        """ "The paramilitary group said its units had cleared army positions around the camp" after others
        told of its storming of the camp: a side of the event tells it its own way, a battle where others
        tell an attack on civilians (``version_event_types``), at the same place on no other day; or a side
        not named in the others' accounts that refers back to the place ("JNIM said its fighters had overrun
        the base" after the army's account of an assault it repelled)."""
        sides = {version.source, version.actor1, version.actor2} - {"", self.civilian_actor}
        return bool(version.source) and version.location_type in PLACE_EXACT and all(
            m.source != version.source and m.location == version.location and m.event_type in self.version_types
            and version.event_type in self.version_types
            and not (m.date and version.date and m.date != version.date) for m in members) \
            and (version.place_named_back or any(sides & {m.source, m.actor1, m.actor2} for m in members))

    def _as_strike(self, account: Account, strike: Account) -> Account:
        """An interception (``account``) told as one more account of ``strike``: the strike's kind, the
        side that launched as the attacker; ``account`` itself when it is not such a downing (another
        kind, no munitions named, none of the strike's kind of munitions)."""
        if account.family not in self.interception or account.event_type == EXPLOSIONS \
                or strike.event_type != EXPLOSIONS or not account.weapons or not strike.weapons \
                or not set(account.weapons) & set(strike.weapons) \
                and _other_weapons(account, strike, self.broader_categories):
            return account
        return replace(account, event_type=strike.event_type, sub_event_type=strike.sub_event_type,
                       actor1=account.actor2, actor2="")

    def _emit(self, doc: Doc, accounts: list[Account]) -> None:
        taken: set[tuple[int, int]] = set()
        for number, account in enumerate(accounts, 1):
            start, end = account.start, account.end
            while end > start + 1 and (doc[end - 1].is_space or doc[end - 1].is_punct and doc[end - 1].text != "."):
                end -= 1
            while (start, end) in taken and end > start + 1:
                end -= 1  # two accounts from one clause: spans are told apart by their offsets
            taken.add((start, end))
            precision = GEO_PRECISION.get(account.location_type, 3) if account.location or account.country else None
            add_span(doc, EVENTS, start, end, "EVENT", f"e{number}",
                     cluster=f"c{account.cluster + 1}", event_type=account.event_type,
                     sub_event_type=account.sub_event_type, date=account.date, granularity=account.granularity,
                     time_precision=schema.TIME_PRECISION.get(account.granularity, 3),
                     location=account.location, country=account.country, latitude=account.latitude,
                     longitude=account.longitude, geo_precision=precision, actor1=account.actor1,
                     actor2=account.actor2, weapons="; ".join(self._weapon_names(account)), launched=account.launched,
                     intercepted=account.intercepted, killed=account.killed, injured=account.injured,
                     claimant=account.claimant, claim_verb=account.claim_verb)

    def _weapon_names(self, account: Account) -> list[str]:
        """The account's weapons, a class ("missile") giving way to a system or family of it named beside
        it ("ATACMS", a ballistic missile) or to a narrower class ("ballistic missile"); the defences that met
        a strike are not its weapons, even when the account tells of them ("Patriot batteries shot down
        most")."""
        weapons = {name: attrs for name, attrs in account.weapons.items()
                   if account.family in self.interception or attrs.get("category", "") not in self.defensive}
        specific = [a.get("category", "") for a in weapons.values() if a.get("specificity") != "class"]
        # a class gives way to a narrower class too ("missile" to "ballistic missile")
        narrower = [name for name, attrs in weapons.items() if attrs.get("specificity") == "class"]
        return sorted(name for name, attrs in weapons.items()
                      if attrs.get("specificity") != "class"
                      or not any(name == category or name in category.split() for category in specific)
                      and not any(other != name and other.split()[-1:] == [name] for other in narrower))

    @staticmethod
    def _by_sentence(doc: Doc, sentences: Sentences, group: str) -> list[list[Span]]:
        buckets: list[list[Span]] = [[] for _ in range(len(sentences))]
        if group in doc.spans:
            for span in sorted(doc.spans[group], key=lambda s: s.start):
                buckets[sentences.index(span.start)].append(span)
        return buckets


def _other_weapons(a: Account, b: Account, broader: dict[str, str]) -> bool:
    """Whether two accounts name weapons of no common category (a glide bomb and drones); a broader
    category takes in a narrower one ("missile" and "ballistic missile"; by ``broader``, "drone" and
    "loitering munition"), and kinds of one thing may be one source's name for another's ("an anti-ship
    ballistic missile", "naval missiles")."""
    def categories(account: Account) -> set[str]:
        return {attrs.get("category", "") for attrs in account.weapons.values()} - {""}

    def within(x: str, y: str) -> bool:
        return x.split()[-1] == y.split()[-1] or broader.get(x) == y
    first, second = categories(a), categories(b)
    return bool(first and second) and not any(within(x, y) or within(y, x) for x in first for y in second)


def _dates_agree(a: Account, b: Account) -> bool:
    """Whether two accounts may tell the same time: no dates, or one inside the other (a day within the week
    a rough date tells is no other day: "last week", "January 16")."""
    return not (a.date and b.date) or a.date.startswith(b.date) or b.date.startswith(a.date) \
        or (a.rough_date or b.rough_date) and _days_apart(a.date, b.date) <= ROUGH_DATE_DAYS


def _compatible(a: Account, b: Account, sides: dict[str, str], refining: bool = False, civilians: str = "") -> bool:
    """Whether two accounts can tell one event: same type, and no date, place or attacker that differs nor
    an attacker that is the other's target (``sides``: each actor's country, so that "Israel" and "the
    Israeli military" are one attacker); for a battle, no more than two sides but ``civilians``. When
    ``refining`` (``b`` names a place inside the region ``a`` names), their places do not differ (not the
    other way: a region's tally after a strike in one of its towns is another event)."""
    if a.event_type != b.event_type:
        return False
    if not _dates_agree(a, b):
        return False
    if a.location and b.location and a.location != b.location and not refining:
        return False
    if a.country and b.country and a.country != b.country:
        return False
    side = sides.get  # (a side's name for itself: "Israel" and "the Israeli military" are one attacker)
    if a.event_type == "battles":
        # a clash has two sides in no order ("fighting between the SDF and ...", "the SDF said it had repelled
        # attacks"): one clash as long as the accounts name no third side (civilians killed in it are none)
        return len({side(x, x) for x in (a.actor1, a.actor2, b.actor1, b.actor2) if x and x != civilians}) <= 2
    if any(x.actor1 and y.actor2 and side(x.actor1, x.actor1) == side(y.actor2, y.actor2) for x, y in ((a, b), (b, a))):
        return False  # one's attacker is the other's target: a strike and the other side's answer
    return a.disputed_attacker or b.disputed_attacker \
        or not (a.actor1 and b.actor1 and side(a.actor1, a.actor1) != side(b.actor1, b.actor1))


def _off_port(doc: Doc, after: int, place: int) -> bool:
    """Whether the words from a distance (ending at ``after``) to a place (at ``place``) count the distance
    from it past its country and its kind ("57 nautical miles west of Yemen's port of Hodeidah")."""
    between = [t for t in doc[after:place] if not (t.lower_ in OFF_PORT_WORDS or t.text in POSSESSIVES
                                                      or t.is_title and t.i > after + 1)]
    return after <= place and len(between) <= 1 and place - after <= OFF_REACH + len(OFF_PORT_WORDS)


def _days_apart(first: str, second: str) -> int:
    """Days between two ISO days; a large number when either is no day ("2025-01")."""
    try:
        return abs((date.fromisoformat(first) - date.fromisoformat(second)).days)
    except ValueError:
        return 1 << 30


def _at_sea(account: Account) -> bool:
    """Whether the account is placed in a sea, or another area of no country ("the southern Red Sea")."""
    return account.location_type == "OTHER" and not account.country


def _may_lie_in(place: Account, region: Account, reach: float = REGION_REACH_KM) -> bool:
    """Whether an account's place may lie in the region of another, as far as their coordinates tell (a town
    far from the region's centre, as Kostiantynivka from Kherson Oblast's, lies in another)."""
    if None in (place.latitude, place.longitude, region.latitude, region.longitude):
        return True
    return km_between(place.latitude, place.longitude, region.latitude, region.longitude) <= reach


def _in_name(doc: Doc, sentence: Span, start: int, end: int) -> bool:
    """ "Bradley Infantry Fighting Vehicles", "the Carrier Strike Group": a capitalised trigger inside a
    run of capitalised words, not at the sentence's start, is part of a name."""
    if start == sentence.start or not doc[start].is_title:
        return False
    return (start - 1 > sentence.start and doc[start - 1].is_title) or (end < sentence.end and doc[end].is_title)


def _barrage(account: Account) -> bool:
    """Munitions counted with no place and no reference back ("Russia launched 92 drones overnight")."""
    return not account.location and not (account.anaphoric or account.at_site_told or account.guessed) \
        and account.launched is not None


def _bare(account: Account) -> bool:
    """A reading without a side, a date or a place of its own: right after an account it agrees with, it
    tells more of that event ("Kalibr missiles were fired from warships ...", "Mortar rounds followed")."""
    return not account.actor1 and not account.date and not account.location


def _fired_from_its_place(account: Account, strike: Account) -> bool:
    """Whether the munitions ``account`` tells of came from the country ``strike`` hit ("two missiles launched
    from Yemen were intercepted" after Israel's strike on Yemen's ports): the other side's, not that strike's."""
    return bool(account.fired_from[1]) and account.fired_from[1] == strike.country


def _introduces(report: tuple[int, int, str], clauses: list) -> bool:
    """Whether the reporting verb ``report`` comes before the trigger of the clause it stands in (it
    introduces what that clause tells, not a sentence before it)."""
    return any(start <= report[0] < end and report[0] < trigger[0] for start, end, trigger, *_ in clauses)


def _shared(a: Account, b: Account) -> int:
    """How much two accounts name in common: date, place, country, weapons."""
    return (bool(a.date and a.date == b.date) + bool(a.location and a.location == b.location)
            + bool(a.country and a.country == b.country) + bool(set(a.weapons) & set(b.weapons)))


def _by_first_word(phrases: list[str], at: int = 0) -> dict[str, list[tuple[str, ...]]]:
    """Phrases as word tuples, by their first word, for :func:`_contains` (by their last, ``at=-1``, for
    matching backwards from a token)."""
    index: dict[str, list[tuple[str, ...]]] = {}
    for phrase in phrases:
        words = tuple(phrase.lower().split())
        index.setdefault(words[at], []).append(words)
    return index


def _starts_with(words: list[str], i: int, phrases: dict[str, list[tuple[str, ...]]]) -> bool:
    """Whether one of the phrases (indexed by :func:`_by_first_word`) starts at ``words[i]``."""
    return i < len(words) and any(tuple(words[i:i + len(phrase)]) == phrase for phrase in phrases.get(words[i], ()))


def _noun_phrase_start(doc: Doc, words: list[str], start: int, in_dates: set[int], first: int) -> int:
    """The first token after "of" of the noun phrase of the trigger at ``start``, past its date, possessives
    and lower-case modifiers ("reports of Monday's attack", "the end of the two sides' first-ever
    ceasefire"), else ``start``: where a phrase that says something of the event ends."""
    k = start
    # (not past a preposition: "the number of soldiers killed in last week's assault" counts the assault's dead)
    while k > first and start - k < NOUN_PHRASE_REACH and words[k - 1] != "of" and (
            k - 1 in in_dates or words[k - 1] in POSSESSIVES or words[k - 1] in ("-", "–")
            or doc[k - 1].is_alpha and doc[k - 1].is_lower and words[k - 1] not in ("in", "by", "during")):
        k -= 1
    return k if k > first and words[k - 1] == "of" else start


def _endings(words: list[str], end: int, phrases: dict[str, list[tuple[str, ...]]], first: int = 0) -> list[int]:
    """The first words of the phrases (indexed by their last word, ``_by_first_word(..., at=-1)``) that end
    just before ``words[end]`` and start at ``first`` or later."""
    return [end - len(phrase) for phrase in (phrases.get(words[end - 1], ()) if end > first else ())
            if end - len(phrase) >= first and tuple(words[end - len(phrase):end]) == phrase]


def _contains(words: list[str], phrases: dict[str, list[tuple[str, ...]]]) -> bool:
    """Whether ``words`` hold one of the phrases (indexed by :func:`_by_first_word`)."""
    return any(tuple(words[i:i + len(phrase)]) == phrase
               for i, word in enumerate(words) if word in phrases for phrase in phrases[word])


def _names_event(doc: Doc, span: Span, triggers: list[int], toll_verbs: set[str]) -> bool:
    """Whether the date ``span`` names an event by a trigger or a toll's verb right after it ("last month's
    massacre", "the April 22 attack", "Tuesday's killing of 26 people"), with a trigger (token positions
    ``triggers``) told before it."""
    after = span.end + (span.end < len(doc) and doc[span.end].text in POSSESSIVES)
    named = after in triggers or after < len(doc) and doc[after].lower_ in toll_verbs
    return named and any(t < span.start for t in triggers) \
        and (after > span.end or span.start > 0 and doc[span.start - 1].lower_ == "the")


def _between_dates(words: list[str], dates: list[Span]) -> bool:
    """Whether two dates bound a period ("between July 2024 and June 2025", "between Monday and Thursday")."""
    return any(first.start > 0 and words[first.start - 1] == "between" and second.start == first.end + 1
               and words[first.end] == "and" for first, second in zip(dates, dates[1:]))


def _parsed(doc: Doc) -> bool:
    """Whether the doc has a dependency parse (read once per doc: spaCy checks every token)."""
    found = doc.user_data.get(PARSED_KEY)
    if found is None or found[0] != len(doc):
        found = doc.user_data[PARSED_KEY] = (len(doc), doc.has_annotation("DEP"))
    return found[1]


def _nearest_subject(doc: Doc, verb: int):
    """The parse's subject of a reporting verb, the nearest when the parser gives two ("Israeli strikes
    killed 25 ..., local health officials said": the officials, not the strikes); ``None`` without a parse."""
    if not _parsed(doc):
        return None
    token = doc[verb]
    subjects = [child for child in token.children if child.dep_ in SUBJECT_DEPS]
    if not subjects and token.dep_ == "conj":  # "The ministry blamed X for the attack and said ...": the first verb's
        subjects = [child for child in token.head.children if child.dep_ in SUBJECT_DEPS]
    return min(subjects, key=lambda child: abs(child.i - verb), default=None)


def _clock_conversion(doc: Doc, span: Span) -> bool:
    """ "at about 7:10 a.m. (2210 GMT Wednesday)": the same moment in another time zone, no date of the
    event's own (a clock figure, then a zone's capitals, then the date)."""
    return span.start >= 2 and doc[span.start - 1].is_upper and doc[span.start - 1].is_alpha \
        and 2 <= len(doc[span.start - 1]) <= 4 and doc[span.start - 2].like_num


def _total(figures: list[tuple[int, int]], totals: set[int]) -> int:
    """The count the figures read at their tokens give: the first one told as a total ("a total of 52 ..."),
    else their sum ("71 drones and four missiles")."""
    return next((value for at, value in figures if at in totals), sum(value for _, value in figures))


def _home_forces(doc: Doc) -> tuple[str, str]:
    """The national armed forces of the country the article is about, and that country's code (both "" when
    the article is about none)."""
    forces = doc._.state_forces.get("", "")
    return forces, next((code for code, name in doc._.state_forces.items() if code and name == forces), "")


def _appositive(words: list[str], start: int, inside: list[tuple[int, int, str]]) -> bool:
    """ "... when Israeli aircraft struck a compound in Doha, an attack the Gulf state condemned": a noun
    phrase after a comma that names again what a trigger before it told."""
    article = next((k for k in range(start - 1, max(-1, start - APPOSITIVE_WORDS - 2), -1)
                    if words[k] in ("a", "an")), None)
    return article is not None and article > 0 and words[article - 1] == "," \
        and all(w.isalpha() for w in words[article + 1:start]) and any(o[0] < article for o in inside)


def _participle_list(words: list[str], first: int, cut: int, triggers: set[int]) -> bool:
    """ "killing a man, wounding his wife, and kidnapping 18 people": a ", and" before the last of a list of
    participles after commas, whose trigger tells more of the act they follow, not a clause of its own."""
    after = cut + 2
    return words[cut:after] == [",", "and"] and after in triggers and words[after].endswith("ing") \
        and any(words[i] == "," and words[i + 1].endswith("ing") for i in range(first, cut - 1))


def _object_after(words: list[str], end: int, start: int, in_dates: set[int]) -> bool:
    """Whether the words from ``end`` to ``start`` (a date's aside) join a verb to its object, no clause
    between ("claimed responsibility for the Friday launch")."""
    between = [words[i] for i in range(end, start) if i not in in_dates]
    return len(between) <= OBJECT_LINK_WORDS and not any(w in (",", ";", ":", "and", "but", "or") for w in between)


def _span_days(days: int | None) -> int:
    """The days of a unit of time (``interval_words``), a month or a year (``None``) counting as a span."""
    return SPAN_DAYS if days is None else days


def _in_aside(words: list[str], first: int, at: int, trigger: int) -> bool:
    """Whether token ``at`` is inside a relative clause set off by commas (", which ...,"), in the clause
    from token ``first``, that closes before the trigger at token ``trigger``."""
    if not first <= at < trigger:
        return False
    opened = max((k for k in range(max(first + 1, at - ASIDE_WORDS), at)
                  if words[k] in ("which", "who", "whose") and words[k - 1] == ","), default=None)
    closing = _description_end(words, opened - 1, trigger - opened) if opened is not None else None
    return closing is not None and closing > at


def _no_subject(words: list[str], end: int, first: int) -> bool:
    """Whether the few words before ``end`` (a subject's end) open on "no": "no military installations"."""
    for k in range(end - 1, max(first, end - NO_SUBJECT_REACH) - 1, -1):
        if words[k] == "no":
            return True
        if not words[k].isalpha() or words[k] in NOUN_PHRASE_BREAKS:
            return False
    return False


def _before_auxiliaries(words: list[str], at: int, also: frozenset[str] | set[str] = frozenset(),
                        first: int = 0) -> int:
    """The token where the auxiliaries right before token ``at`` begin, the end of the verb's subject
    ("troops had taken": at "had"; with the passive's in ``also``, "Nobody has been arrested": at "has"), no
    earlier than ``first``."""
    while at > first and (words[at - 1] in AUXILIARIES or words[at - 1] in also):
        at -= 1
    return at


def _quote_closed_in(sentences: Sentences, index: int, cues: dict[int, dict[str, list]]) -> int | None:
    """The later sentence (within ``QUOTE_REACH``) that closes a quote the sentence ``index`` opens, when a
    reporting verb follows the close there: that sentence names the quote's speaker."""
    text = sentences[index].text.lstrip()
    if not text.startswith(('"', "“")) or (text.count('"') % 2 == 0 if text[0] == '"' else "”" in text):
        return None
    mark = '"' if text[0] == '"' else "”"
    for later in range(index + 1, min(index + 1 + QUOTE_REACH, len(sentences))):
        sentence = sentences[later]
        close = sentence.text.find(mark)
        if close >= 0:
            return later if any(sentence.doc[start].idx - sentence.start_char > close
                                for start, _, _ in cues.get(later, {}).get("REPORT", ())) else None
    return None


def _habit_words(words: list[str], start: int, end: int, figures: list[Span], kinds: dict[int, str],
                 capabilities: dict[str, list[tuple[str, ...]]], trigger: int = -1,
                 counted_nouns: set[str] = frozenset(), spoken: list[Span] = ()) -> list[str]:
    """The words of tokens ``start:end`` that may tell a habit or a toll: not a figure's ("killed dozens of
    the attackers", not "dozens of attacks"), nor a count of munitions' (``kinds``: "with dozens of
    missiles and drones") or of people or things hit (``counted_nouns``: "an attack by dozens of unidentified
    assailants", "carried off dozens of residents", "set fire to dozens of homes"), nor a capability a relative
    clause gives a thing (``capabilities``), nor an aside between commas that describes a side and holds no
    ``trigger`` ("JNIM, which has claimed a series of raids in recent weeks, said its fighters had seized the
    camp"), nor the day a source spoke (``spoken``: "said last week that it had carried out air strikes")."""
    counted = {i for span in figures for i in range(span.start, span.end + 1)}
    counted.update(i for span in spoken for i in range(span.start, span.end))
    for i in range(start, end - 1):
        if words[i] == "," and words[i + 1] in ("which", "who"):
            close = next((k for k in range(i + 2, end) if words[k] in (",", ";", ".")), None)
            if close is not None and words[close] == "," and not i < trigger < close:
                counted.update(range(i, close + 1))
    counted.update(j for i in range(start, end - 2) if words[i + 1] == "of" and any(
        kinds.get(k) == "MUNITION" or words[k] in counted_nouns
        for k in range(i + 2, min(end, i + 2 + MUNITION_COUNT_REACH))) for j in (i, i + 1))
    # nor what a relative clause says a weapon can do ("Almas missiles, which can hit armour up to 8 km away")
    counted.update(k for i in range(start, end) for phrase in capabilities.get(words[i], ())
                   if tuple(words[i:i + len(phrase)]) == phrase
                   and any(w in ("which", "whose", "that") for w in words[max(start, i - 3):i])
                   for k in range(i, i + len(phrase)))
    return [w for i, w in enumerate(words[start:end], start) if i not in counted]


def _member_of(words: list[str], figure: Span, actor: Span) -> bool:
    """ "300 fighters of the Fano militia", "dozens of members of the group X": the actor whose people a figure
    counts."""
    between = words[figure.end:actor.start]
    return 2 <= len(between) <= MEMBER_REACH and "of" in between and between[-1] in ("of", "the") \
        and all(w.isalpha() for w in between)


def _possessor_of_speaker(words: list[str], actor: Span, speaker: Span | None) -> bool:
    """ "Somalia's state news agency SONNA reported": the country whose agency speaks, no side of the event."""
    return speaker is not None and actor.end < speaker.start <= actor.end + SPEAKER_NOUNS_REACH \
        and words[actor.end] in POSSESSIVES and all(w.isalpha() for w in words[actor.end + 1:speaker.start])


def _joins_subjects(words: list[str], actors: list[Span], kept: list, cut: int, first: int) -> bool:
    """Whether the "and" (or "and the") at ``cut`` joins two actors, the one ending at it and the one
    starting after it, with no trigger between the clause's ``first`` token and the "and": two sides
    that are the subject of the verb after them, not two clauses."""
    after = cut + 1 + (cut + 1 < len(words) and words[cut + 1] in ("the", "a", "an"))
    return words[cut] == "and" and any(a.end == cut for a in actors) and any(a.start == after for a in actors) \
        and not any(first <= t[0] < cut for t in kept)


def _in_speaker_relative(words: list[str], at: int, reported_at: set[int]) -> bool:
    """Whether token ``at`` is inside a relative clause (", who ...") on the speaker of a reporting verb
    (at ``reported_at``) told just before it ("said X, who heads ...") or just after it ("X, who heads ...,
    said"): what describes the speaker, not the event."""
    opening = next((i for i in range(at - 1, max(-1, at - RELATIVE_REACH), -1)
                    if words[i] == "who" or words[i] in (".", ";", "said")), None)
    if opening is None or words[opening] != "who" or opening < 1 or words[opening - 1] != ",":
        return False
    closing = next((i for i in range(at, min(len(words), opening + RELATIVE_REACH)) if words[i] in (",", ".", ";")),
                   None)
    return any(opening - 1 - SPEAKER_NAME_WORDS <= i < opening - 1 for i in reported_at) \
        or closing is not None and words[closing] == "," and closing + 1 in reported_at


def _without_relative(token) -> int:
    """The end of ``token``'s phrase before a relative clause on it: "the attackers, whom he described as
    allied to the SPLA-IO," name no attacker in the clause."""
    return min((child.left_edge.i for child in token.rights if child.dep_ == "relcl"), default=token.right_edge.i + 1)


def _actor_in(actors: list[Span], start: int, end: int, head: int = -1) -> Span | None:
    """The actor inside tokens ``start:end`` that holds the phrase's ``head`` ("Sudan's paramilitary Rapid
    Support Forces": the RSF, not Sudan), else the one that names the head right after it ("Somalia's state
    news agency SONNA": SONNA), else the one nearest before the head ("Yemen's Houthi militia": the
    Houthis), else the first one."""
    inside = [a for a in actors if start <= a.start and a.end <= end]
    before = [a for a in inside if a.end <= head]
    return next((a for a in inside if a.start <= head < a.end), None) \
        or next((a for a in inside if a.start == head + 1), None) \
        or (before[-1] if before else inside[0] if inside else None)


def _one_per_claimant(accounts: list[Account], places_told: dict[int, str]) -> list[Account]:
    """One account per claimant of an event at one place, unless their figures differ: the article's own
    voice and the unnamed sources that add to it ("The attack targeted a base ...", "two civilians were hit,
    according to a local elder", all with no claimant) are one account, the first told, which takes from
    the others what it lacks (a toll, a date, weapons), not who acted in them; "12 soldiers, security
    sources said" and "eight civilians, residents said" stay two; so do accounts that told of other places
    (``places_told``: each account's place as its sentences told it)."""
    first: dict[tuple[int, str, str], Account] = {}
    kept = []
    for account in accounts:
        place = places_told.get(id(account), "")
        # (an account that told no place of its own is of the place the other told, when they tell the same
        # toll: "a hospital said an air strike on a family home in a crowded camp killed 17", then "Seventeen
        # bodies reached us ... from Nuseirat refugee camp", another hospital said; not the night's barrage and
        # the toll of one region of it)
        near = [key for key in first if key[:2] == (account.cluster, account.claimant) and (not place or not key[2])
                and any(getattr(first[key], f) is not None and getattr(first[key], f) == getattr(account, f)
                        for f in FIGURE_FIELDS)]
        told = first[near[0]] if len(near) == 1 and (account.cluster, account.claimant, place) not in first \
            else first.setdefault((account.cluster, account.claimant, place), account)
        if told is account or any(getattr(told, f) is not None and getattr(account, f) is not None
                                  and getattr(told, f) != getattr(account, f) for f in FIGURE_FIELDS):
            kept.append(account)
            continue
        told.fill(account, (*FIGURE_FIELDS, "date", "granularity"))
        told.add_weapons(account)
    return kept


def _in_appositive(words: list[str], source: Span | None, actor: Span, speakers: set[str] = frozenset()) -> bool:
    """ "The Arakan Army, one of Myanmar's most powerful armed groups, said", "A Fano spokesman, Asres Mare
    Damte, told": an actor in what describes the source (or its ``speakers``), set off by commas after it."""
    if source is None or actor.start <= source.end:
        return False
    opening = source.end
    while opening < len(words) and words[opening] in speakers and opening - source.end < 2:
        opening += 1
    closing = _description_end(words, opening, APPOSITIVE_REACH)
    return closing is not None and actor.end <= closing


def _description_end(words: list[str], opening: int, reach: int) -> int | None:
    """The comma that closes a description opened by the comma at ``opening`` ("X, one of Myanmar's most
    powerful armed groups, said"), at most ``reach`` words on; ``None`` when none is opened or closed."""
    if words[opening:opening + 1] != [","]:
        return None
    return next((i for i in range(opening + 1, min(len(words), opening + 1 + reach)) if words[i] == ","), None)


def _same_mention(span: Span, source: Span | None) -> bool:
    """The source's own mention, or its name and acronym side by side ("... Operations (UKMTO) said", whichever
    of the two the source is)."""
    return source is not None and (span is source or span.kb_id_ == source.kb_id_ and (
        0 <= span.start - source.end <= 2 or 0 <= source.start - span.end <= 2))


def _possessor_of_actor(doc: Doc, span: Span, actors: list[Span]) -> bool:
    """ "Yemen's Houthi movement", "the British military's UKMTO": an actor that only says whose the actor
    after it is (a word or two may come between: "Sudan's paramilitary RSF")."""
    return span.end < len(doc) and doc[span.end].text in POSSESSIVES and \
        any(span.end < other.start <= span.end + 3 for other in actors)


def _in_compound(doc: Doc, span: Span) -> bool:
    """ "US-provided", "Iranian-made", "al-Qaida-linked": an actor naming an origin or a tie, not a side."""
    return span.end < len(doc) and doc[span.end].text in ("-", "–")
