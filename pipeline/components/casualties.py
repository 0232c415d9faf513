"""``conflict_casualties``: reported numbers of people killed, injured, displaced, missing or captured.

A figure is a number ("2,400", "six million") or a vague plural ("hundreds of thousands", "dozens", at
its lower bound) tied to an outcome word within its sentence; explicit nils ("without any
casualties") count as 0. Money, durations, distances, dates and counts of weapons are not figures.
The victim group is the noun the number counts; the source is the actor that reports it ("The United
Nations reported", "according to the Gaza Health Ministry"), carried over from the previous sentence
when the figure's own sentence names none. All vocabulary is in ``models/casualties.json``.
"""
from __future__ import annotations

import re
from functools import lru_cache

from spacy.attrs import LIKE_NUM
from spacy.language import Language
from spacy.tokens import Doc, Span

from ..numbers import NumberReader
from ..phrases import compile_table, lower_words
from .actors import ACTORS, PLACE_MENTIONS
from .base import KnowledgeComponent, Sentences, add_span, qualifier_before, qualifier_phrases, zone
from .dates import DATES
from .ranges import RANGES
from .structure import HEADLINE, STANDFIRST

CASUALTIES = "casualties"
SUMMARY_ZONES = (HEADLINE, STANDFIRST)
#: "residents told AFP": whoever is told is not the source.
TOLD = {"told", "tells", "telling", "tell"}
#: How far after an outcome word its own figure may come ("killing at least eight", "killing no fewer than 20").
NEXT_FIGURE_REACH = 4
SPEAKER_WORDS = 3  # the words of a counted speaker before its verb: "two health workers said"
PROJECTION_WORDS = 5  # the words of a modal and a verb of growth before a figure: "is expected to rise to"
ORDINAL = re.compile(r"^\d[\d,]*(st|nd|rd|th)$|^(first|second|third|fourth|fifth|sixth|seventh|eighth|ninth|tenth)$")


@Language.factory(
    "conflict_casualties",
    default_config={"data_dir": None},
    requires=["doc.spans"],
    assigns=["doc.spans"],
)
def make_casualty_extractor(nlp: Language, name: str, data_dir: str | None) -> "CasualtyExtractor":
    return CasualtyExtractor(nlp, name, data_dir)


class CasualtyExtractor(KnowledgeComponent):
    files = ("casualties.json", "numbers.json")

    def compile(self, data: dict) -> dict:
        lexicon = data["casualties.json"]
        outcomes = _phrase_table(lexicon["outcomes"])
        groups = _phrase_table(lexicon["groups"])
        vague = dict(lexicon["vague_counts"])
        counted = dict(lexicon["count_phrases"])
        nil = {phrase: outcome for outcome, phrases in lexicon["nil_phrases"].items() for phrase in phrases}
        phrases = [*((p, "OUTCOME") for p in sorted(outcomes)), *((p, "VAGUE") for p in sorted(vague)),
                   *((p, "COUNT") for p in sorted(counted)), *((p, "NIL") for p in sorted(nil))]
        return {
            "outcomes": outcomes,
            "groups": groups,
            "qualifiers": qualifier_phrases(lexicon["qualifiers"]),
            "vague": vague,
            "counted": counted,
            "proportion": set(lexicon["proportion_words"]),
            "nil": nil,
            "non_victims": set(lexicon["non_victim_nouns"]),
            "non_casualty_verbs": set(lexicon["non_casualty_verbs"]),
            "agent_prepositions": set(lexicon["agent_prepositions"]),
            "relation_prepositions": set(lexicon["relation_prepositions"]),
            "projections": {(tuple(modal.split()), tuple(verb.split())) for modal in lexicon["projections"]["modals"]
                            for verb in lexicon["projections"]["verbs"]},
            "projection_ends": {verb.split()[-1] for verb in lexicon["projections"]["verbs"]},
            "distance": lexicon["max_outcome_distance"],
            "reporting": set(lexicon["reporting_verbs"]),
            "according": [phrase.split() for phrase in lexicon["according_to"]],
            "skipped": set(lexicon["group_modifiers_skipped"]),
            "subset_openers": set(lexicon["subset_openers"]),
            "unnamed_source": set(lexicon["unnamed_source_cues"]),
            "clock_followers": list(lexicon["clock_followers"]),
            "unit_words": set(lexicon["unit_words"]),
            "event_modifiers": set(lexicon["event_modifiers"]),
            "subject_verbs": set(lexicon["subject_verbs"]),
            "linking_words": set(lexicon["linking_words"]),
            "reporter_nouns": {noun: list(types) for noun, types in lexicon["reporter_nouns"].items()},
            "phrases": compile_table(self.nlp.tokenizer, phrases, "LOWER"),
            "longest_group": max(len(g.split()) for g in groups),
            "numbers": NumberReader(data["numbers.json"]),
        }

    def process(self, doc: Doc) -> Doc:
        doc.spans[CASUALTIES] = []
        outcomes: list[Span] = []
        figures: list[tuple[Span, int | None, bool]] = []  # (span, count if known, vague plural?)
        matches = sorted(self.phrases(doc), key=lambda m: (m[0], -(m[1] - m[0])))
        covered = self._covered(doc)
        last_end = -1
        for start, end, kind in matches:
            if start < last_end:
                continue
            span = Span(doc, start, end)
            if kind == "OUTCOME":
                outcomes.append(span)
                continue
            last_end = end
            text = span.text.lower()
            count = {"NIL": 0, "COUNT": self.counted.get(text), "VAGUE": self.vague.get(text)}[kind]
            figures.append((span, count, kind == "VAGUE"))
        taken = {i for span, _, _ in figures for i in range(span.start, span.end)}
        figures += [(span, None, False) for span in self._numbers(doc, covered, taken)]
        sentences = Sentences(doc)
        sources = self._sources(doc, sentences, [span for span, _, _ in figures])
        rows = [row for span, count, vague in sorted(figures, key=lambda f: f[0].start)
                for row in [self._figure(doc, sentences, span, count, vague, outcomes, sources)] if row is not None]
        # A headline or standfirst repeats the lede in short: its figures count only for an outcome the
        # body does not report ("Strike kills 9, wounds 30" over a body giving both adds nothing).
        reported = {row["outcome"] for row in rows if zone(doc, row["start"]) not in SUMMARY_ZONES}
        for row in rows:
            if zone(doc, row["start"]) not in SUMMARY_ZONES or row["outcome"] not in reported:
                start, end = row.pop("start"), row.pop("end")
                add_span(doc, CASUALTIES, start, end, "CASUALTY", str(row["count"]), **row)
        return doc

    # ------------------------------------------------------------------ candidates
    def _covered(self, doc: Doc) -> set[int]:
        """Token indices inside dates, ranges and names ("Dalori 2 camp"): their numbers are not counts
        of people."""
        return {i for group in (DATES, RANGES, ACTORS, PLACE_MENTIONS) if group in doc.spans
                for span in doc.spans[group] for i in range(span.start, span.end)}

    def _numbers(self, doc: Doc, covered: set[int], taken: set[int]) -> list[Span]:
        numeric = set(doc.to_array([LIKE_NUM]).nonzero()[0].tolist())  # read in C, not token by token
        spans = []
        read_to = -1  # the end of the last number read
        for i in sorted(numeric):
            if i - 1 in numeric or i < read_to or i in covered or i in taken or ORDINAL.match(doc[i].lower_):
                continue  # inside a number already seen, a date, a range or a phrase; or an ordinal
            end = i
            while end in numeric and end not in covered:
                end += 1
                if end + 1 in numeric and doc[end].text == "-" \
                        and self.numbers.hyphenated(doc[end - 1].text, doc[end + 1].text) is not None:
                    end += 1  # "Twenty-one", split by the tokenizer at its hyphen
            read_to = end
            span = Span(doc, i, end)
            previous = doc[max(0, span.start - 2):span.start].text.lower().replace(" ", "")  # "no." or "no ."
            noun = span.end  # the noun the number counts
            following = doc[noun].lower_ if noun < len(doc) else ""
            if noun + 1 < len(doc) and (following in self.event_modifiers or doc[noun].is_title
                                        and self._group(doc, noun) and not self._group(doc, noun + 1)):
                # "two terrorist attacks", "three separate blasts"; a people's name that only describes what
                # is counted: "21 Afghan positions" (not "12 Hamas members", "30 Russian soldiers")
                noun += 1
                following = doc[noun].lower_
            if previous[-1:] in ("$", "€", "£", "#") or previous.endswith("aged") or previous in self.unit_words \
                    or (span.start > 0 and doc[span.start - 1].lower_ in self.unit_words) \
                    or following in self.non_victims and not self._group(doc, noun) \
                    or following in ("-", "%") or self._proportion(doc, span) \
                    or _age(doc, span) or self._clock(doc, span):
                continue  # money, "Battalion No. 7", "12 rifles" (not "six members of one family"), shares, ages,
                # "nine in the morning"
            spans.append(span)
        return spans

    def _clock(self, doc: Doc, span: Span) -> bool:
        """A time of day: "at about nine in the morning", "at 3 pm"."""
        after = " ".join(lower_words(doc)[span.end:span.end + 3])
        return any(after == phrase or after.startswith(phrase + " ") for phrase in self.clock_followers)

    def _proportion(self, doc: Doc, span: Span) -> bool:
        """ "nine in ten", "five out of six": a share, neither of whose numbers is a count."""
        after = doc[span.end:span.end + 3]
        before = doc[max(0, span.start - 3):span.start]
        return (len(after) >= 2 and after[0].lower_ in self.proportion and any(t.like_num for t in after[1:])) \
            or (len(before) >= 2 and before[-1].lower_ in self.proportion and any(t.like_num for t in before[:-1]))

    # ------------------------------------------------------------------ one figure
    def _figure(self, doc: Doc, sentences: Sentences, span: Span, count: int | None, vague: bool, outcomes: list[Span],
                sources: dict[int, str]) -> dict | None:
        """The row of one figure (with its token ``start`` and ``end``), or ``None`` when it counts no
        victims."""
        start, qualifier = qualifier_before(doc, span.start, self.qualifiers)
        if count == 0 and span.text.lower() in self.nil:
            # "No civilians were hurt" counts civilians; "no one was hurt", people
            outcome = self.nil[span.text.lower()]
            group = next((self.groups[t.lower_] for t in span if t.lower_ in self.groups), "")
            if not group and span.text.lower().startswith(("no one", "nobody")):
                group = "people"
        else:
            if start > 0 and doc[start - 1].lower_ in self.non_casualty_verbs:
                return None  # "police had arrested 485 people", "deployed 1,000 troops": no victims
            if start > 0 and doc[start - 1].lower_ in self.agent_prepositions:
                return None  # "killed in an attack by dozens of unidentified assailants": who acted
            if any(doc[i].lower_ in self.relation_prepositions for i in range(max(0, start - 2), start)) \
                    and (doc[start - 1].lower_ == "the" or doc[start - 1].lower_ in self.relation_prepositions):
                return None  # "fighting between the two neighbours": the parties, no victims
            if self._follows_according(lower_words(doc), start):
                return None  # "according to two residents and a health worker": who tells the toll
            if self._projected(doc, start):
                return None  # "the toll could climb to 30": what it may become, not a count
            group = self._group(doc, span.end)
            if not group and self._things_counted(doc, span.end):
                return None  # "set fire to dozens of homes"
            if self._speaking(doc, span.end):
                return None  # "..., two health workers and a resident said": who tells the toll
            outcome, outcome_span = self._outcome(doc, sentences.of(span), start, span, outcomes)
            if outcome is None:
                return None
            if not group and outcome_span is not None and outcome_span.end < span.start:
                # (not the subject of the verb right before the figure: "Insurgents killed four fishermen")
                group = self._group_before(doc, outcome_span.start)
            if count is None:
                value = self.numbers(span.text)
                if value is None or value != int(value):
                    return None
                count = int(value)
            elif vague and qualifier == "exact":
                qualifier = "at_least"
        return {"start": start, "end": span.end, "count": count, "qualifier": qualifier, "outcome": outcome,
                "group": group, "source": sources.get(span.start, "")}

    def _projected(self, doc: Doc, start: int) -> bool:
        """Whether a modal and a verb of growth end right before token ``start`` ("could pass", "is expected
        to rise to")."""
        before = tuple(lower_words(doc)[max(0, start - PROJECTION_WORDS):start])
        return bool(before) and before[-1] in self.projection_ends and any(
            before[len(before) - len(modal) - len(verb):] == modal + verb for modal, verb in self.projections)

    def _speaking(self, doc: Doc, i: int) -> bool:
        """Whether the people a figure ending at token ``i`` counts are the subject of a reporting verb
        ("two health workers said", "three witnesses and a doctor told Reuters")."""
        for _ in range(2):  # the counted noun, then one more speaker joined by "and"
            end = i
            while end < len(doc) and end - i < SPEAKER_WORDS and doc[end].is_alpha and not doc[end].is_stop \
                    and doc[end].lower_ not in self.reporting:
                end += 1  # (a speaker's words hold no preposition: not "12 villagers in Zamfara state")
            if end == i or end >= len(doc):
                return False
            if doc[end].lower_ in self.reporting:  # (not "three people said to be farmers")
                return not (end + 1 < len(doc) and doc[end + 1].lower_ == "to")
            if doc[end].lower_ != "and":
                return False
            i = end + 1 + (end + 1 < len(doc) and doc[end + 1].lower_ in ("a", "an", "the"))
        return False

    def _outcome(self, doc: Doc, sentence: Span, start: int, span: Span,
                 outcomes: list[Span]) -> tuple[str | None, Span | None]:
        """The outcome word right before the figure ("killing 12"), else the nearest one in the sentence,
        after it on a tie ("the dead included 11 children ... 57 wounded": 11 dead). An outcome word that
        directly follows another number belongs to that number ("14 wounded when hundreds of ...")."""
        inside = [o for o in outcomes if sentence.start <= o.start < sentence.end]
        for o in inside:
            if o.end == start:
                return self.outcomes[o.text.lower()], o
        # A figure that is the subject of its clause ("about 40 are still missing") takes the outcome after it.
        # (past the figure's own noun after "of": "dozens of people were killed")
        head_end = span.end + 2 if doc[span.end:span.end + 1].text.lower() == "of" else span.end
        subject = any(t.lower_ in self.subject_verbs for t in doc[head_end:head_end + 2])
        # "at least 100 people, including 20 children and nine aid workers, were killed": past the subsets
        reach_from = span.end
        words = lower_words(doc)
        comma = next((i for i in range(span.end, min(span.end + 3, sentence.end - 1)) if words[i] == ","), None)
        if comma is not None and words[comma + 1] in self.subset_openers \
                and not any(span.end <= o.start < comma for o in inside):  # (not "nine died, including ...")
            close = next((i for i in range(comma + 2, sentence.end) if words[i] == ","), None)
            reach_from = span.end if close is None else close + 1
        after = [(o.start - reach_from, 0, o) for o in inside
                 if o.start >= reach_from and o.start - reach_from <= self.distance
                 and words[o.start - 1] != "those"  # "carrying portraits of those killed last year"
                 # (nor of people a noun after "of" names, not those counted: "thousands of young people ...
                 # carrying portraits of people killed in 2024"; but "hundreds of people killed")
                 and not (o.start - 2 > span.end and words[o.start - 2] == "of" and doc[o.start - 1].is_lower
                          and doc[o.start - 1].is_alpha)
                 and not self._counts_next(doc, o)
                 and not self._taken_apart(doc, span, o)]
        before = [(start - o.end, 1, o) for o in inside if o.end <= start and start - o.end <= self.distance
                  and not (subject and after) and not self._taken_by_number(doc, o)
                  and not self._own_outcome_between(doc, o.end, start, inside)]
        if not after and not before:
            return None, None
        nearest = min(after + before, key=lambda found: found[:2])[2]
        return self.outcomes[nearest.text.lower()], nearest

    def _counts_next(self, doc: Doc, outcome: Span) -> bool:
        """ "..., killing at least eight people": an outcome word right before a figure (past its qualifier)
        is that figure's, not an earlier number's ("thousands of protesters ..., killing at least eight")."""
        number = next((t.i for t in doc[outcome.end:outcome.end + NEXT_FIGURE_REACH] if t.like_num), None)
        return number is not None and qualifier_before(doc, number, self.qualifiers)[0] == outcome.end

    @staticmethod
    def _own_outcome_between(doc: Doc, begin: int, end: int, outcomes: list[Span]) -> bool:
        """ "Four soldiers died and 14 were wounded when hundreds ...": a number between the outcome and the
        figure that has an outcome of its own closes the clause ("killed 12 people, including 3 children"
        does not)."""
        starts = {o.start for o in outcomes}
        return any(doc[i].like_num and (starts & {i + 1, i + 2, i + 3}) for i in range(begin, end))

    def _taken_by_number(self, doc: Doc, outcome: Span) -> bool:
        """ "14 wounded when hundreds of jihadists ...": the outcome word belongs to the number before it,
        unless it links on to the next one ("the 19 killed were seven children ...")."""
        i = self._number_before(doc, outcome)
        links = outcome.end < len(doc) and doc[outcome.end].lower_ in self.linking_words
        return i >= 0 and not links

    def _taken_apart(self, doc: Doc, span: Span, outcome: Span) -> bool:
        """Whether the outcome word after a figure belongs to a later number set apart from it ("had risen
        to 1,450, with 3,210 others injured"), not joined to it ("11 cartel members and one soldier
        dead" are all dead)."""
        number = self._number_before(doc, outcome)
        return self._taken_by_number(doc, outcome) and number >= span.end and any(
            t.lower_ in (",", ";", "with") for t in doc[span.end:number])

    def _number_before(self, doc: Doc, outcome: Span) -> int:
        """The token of the number an outcome word follows ("14 were wounded", "with 3,210 others
        wounded"), or -1."""
        i = outcome.start - 1
        while i > 0 and doc[i].lower_ in self.subject_verbs:
            i -= 1
        if i > 0 and (doc[i].lower_ in ("others", "more") or doc[i].lower_ in self.groups) and doc[i - 1].like_num:
            i -= 1
        return i if i >= 0 and doc[i].like_num else -1

    def _group(self, doc: Doc, i: int) -> str:
        """The victims the number counts: "2,400 children", "six million Ukrainians" (people)."""
        while i < len(doc) and doc[i].lower_ in self.skipped:
            i += 1
        words = lower_words(doc)
        for at in (i, i + 1):
            for size in range(self.longest_group, 0, -1):
                phrase = " ".join(words[at:at + size])
                if phrase in self.groups:
                    return self.groups[phrase]
            if i >= len(doc):
                return ""
            token = doc[i]
            if token.ent_type_ in ("DEMONYM", "NORP"):
                return "people"  # a nationality ("six million Ukrainians")
            if not ((token.is_title or token.is_upper) and token.is_alpha and not token.is_sent_start):
                break  # else a name before the noun: "three Hamas fighters", "three HTS fighters" (a force)
        return ""

    def _things_counted(self, doc: Doc, i: int) -> bool:
        """Whether a figure ending at token ``i`` counts things through "of" ("dozens of homes", "two of the
        drones"), not people of a body ("dozens of members of the militia")."""
        if i >= len(doc) or doc[i].lower_ != "of":
            return False
        noun = i + 1 + (i + 1 < len(doc) and doc[i + 1].lower_ in ("the", "their", "its"))
        return noun + 1 < len(doc) and doc[noun].lower_ in self.non_victims and doc[noun + 1].lower_ != "of"

    def _group_before(self, doc: Doc, i: int) -> str:
        """The victims named before an outcome noun: "civilian casualties", "military deaths"."""
        return self.groups.get(doc[i - 1].lower_, "") if i > 0 else ""

    def _sources(self, doc: Doc, sentences: Sentences, figures: list[Span]) -> dict[int, str]:
        """The reporting actor of each figure (by its first token): the nearest one its sentence names
        ("the ministry said", "said Governor X", "according to X"), else the one the sentence before
        names last, unless the figure's sentence gives sign of another, unnamed source."""
        by_sentence: dict[int, list[Span]] = {}
        for actor in (doc.spans[ACTORS] if ACTORS in doc.spans else ()):
            by_sentence.setdefault(sentences.index(actor.start), []).append(actor)

        @lru_cache(maxsize=None)
        def reporters(index: int) -> list[tuple[int, str]]:
            sentence = sentences[index]
            words = lower_words(doc)[sentence.start:sentence.end]
            found = []
            for actor in sorted(by_sentence.get(index, ()), key=lambda a: a.start):
                after = set(lower_words(doc)[actor.end:min(actor.end + 3, sentence.end)])
                before = set(lower_words(doc)[max(sentence.start, actor.start - 2):actor.start])
                # "said Governor X." reports; in "said Russian artillery killed", X is what is reported
                closes = actor.end >= sentence.end or doc[actor.end].is_punct
                subject_of = actor.root.dep_ in ("nsubj", "nsubjpass") and actor.root.head.lower_ in self.reporting
                if self.reporting & after or (closes and (self.reporting - TOLD) & before) or subject_of \
                        or self._after_according(sentence, words, actor):
                    found.append((actor.start, actor.kb_id_))
            for k, word in enumerate(words[:-1]):  # "the ministry said", "the group said": the one named before
                if word in self.reporter_nouns and words[k + 1] in self.reporting and (k == 0 or words[k - 1] == "the"):
                    named = self._last_named(doc, sentence.start + k, self.reporter_nouns[word])
                    if named:
                        found.append((sentence.start + k, named))
            return found

        sources: dict[int, str] = {}
        for span in figures:
            index = sentences.index(span.start)
            own = reporters(index)
            if own:
                sources[span.start] = min(own, key=lambda found: abs(found[0] - span.start))[1]
            elif index > 0 and not self.unnamed_source.intersection(
                    lower_words(doc)[sentences[index].start:sentences[index].end]):
                earlier = reporters(index - 1)
                sources[span.start] = earlier[-1][1] if earlier else ""
        return sources

    @staticmethod
    def _last_named(doc: Doc, i: int, types: list[str]) -> str:
        """The last actor of one of ``types`` named before token ``i`` ("the ministry" -> the ministry)."""
        earlier = [a for a in (doc.spans[ACTORS] if ACTORS in doc.spans else ()) if a.end <= i and a.label_ in types]
        return max(earlier, key=lambda a: a.start).kb_id_ if earlier else ""

    def _after_according(self, sentence: Span, words: list[str], actor: Span) -> bool:
        """ "according to the Gaza Health Ministry": the actor right after the phrase."""
        k = actor.start - sentence.start
        while k > 0 and words[k - 1] in ("the", "a"):
            k -= 1
        return self._follows_according(words, k)

    def _follows_according(self, words: list[str], k: int) -> bool:
        """Whether word ``k`` comes right after "according to" or a phrase like it."""
        return any(k >= len(phrase) and words[k - len(phrase):k] == phrase for phrase in self.according)


def _age(doc: Doc, span: Span) -> bool:
    """ "Min Aung Hlaing, 68, said": a person's age in apposition, not a count."""
    return span.start >= 2 and doc[span.start - 1].text == "," and doc[span.start - 2].ent_type_ == "PERSON" \
        and span.end < len(doc) and doc[span.end].text in (",", ")")


def _phrase_table(groups: dict[str, list[str]]) -> dict[str, str]:
    return {phrase.lower(): name for name, phrases in groups.items() for phrase in phrases}
