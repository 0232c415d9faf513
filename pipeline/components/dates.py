"""``conflict_dates``: calendar references normalized to ISO 8601 at their true granularity.

Candidate spans come from structural patterns (month names, years in context, weekdays, relative
phrases from ``models/dates.json``) and, when present, the statistical model's DATE entities.
``dateparser`` sees only those candidates, resolved against the article's publication date
(``doc._.published``); "the same day" takes the latest date mentioned before it, and "the war's
1,000th day" counts from the start of the conflict (``models/conflicts.jsonl``) the article is about.
"""
from __future__ import annotations

import re
from datetime import date, datetime, timedelta
from functools import lru_cache

from dateparser.date import DateDataParser
from spacy.language import Language
from spacy.attrs import SHAPE
from spacy.matcher import PhraseMatcher
from spacy.tokens import Doc, Span
from spacy.util import filter_spans

from .base import KnowledgeComponent, add_span

DATES = "dates"
YEAR = r"^(1[89]|20)\d\d$"
FORMATS = {"day": "%Y-%m-%d", "month": "%Y-%m", "year": "%Y"}

if not Doc.has_extension("published"):
    # The article's publication date (datetime.date), set by the caller before the pipeline runs.
    Doc.set_extension("published", default=None)


@Language.factory(
    "conflict_dates",
    default_config={"data_dir": None},
    assigns=["doc.spans"],
)
def make_date_normalizer(nlp: Language, name: str, data_dir: str | None) -> "DateNormalizer":
    return DateNormalizer(nlp, name, data_dir)


class DateNormalizer(KnowledgeComponent):
    files = ("dates.json", "conflicts.jsonl")

    def setup(self) -> None:
        lexicon = self.data["dates.json"]
        self.weekdays = lexicon["weekdays"]
        self.same_day = {phrase.lower() for phrase in lexicon["same_day"]}
        self.relative = {phrase.lower(): rule for phrase, rule in lexicon["relative_phrases"].items()}
        self.prefixes = sorted(lexicon["part_of_period_prefixes"], key=len, reverse=True)
        self.year_context = set(lexicon["year_context_before"])
        self.non_date_followers = set(lexicon["non_date_followers"])
        self.war_words = set(lexicon["war_words"])
        # "1,000 days", "three years": a length of time, unless anchored ("two days ago").
        self.duration = re.compile(r"\b(\d[\d,.]*|" + "|".join(lexicon["number_words"]) + r")\s+("
                                   + "|".join(lexicon["duration_units"]) + r")\b(?!\s+(" + "|".join(
                                       lexicon["duration_anchors"]) + r"))")
        # Candidates grow from sparse triggers (a month, a weekday, a year, "Nth day", a relative phrase)
        # found by a phrase matcher and a shape lookup, so the cost follows the triggers, not the tokens.
        self.triggers = PhraseMatcher(self.nlp.vocab, attr="LOWER")
        make = self.nlp.tokenizer.pipe
        # Title case, as written: the tokenizer keeps "Dec." whole only in that form.
        self.triggers.add("MONTH", list(make([month.title() for month in lexicon["months"]])))
        self.triggers.add("WEEKDAY", list(make([day.title() for day in self.weekdays])))
        self.triggers.add("DAY", [self.nlp.make_doc("day")])
        self.triggers.add("PHRASE", list(make(sorted(self.same_day | set(self.relative)))))
        strings = self.nlp.vocab.strings
        self.year_shape = strings.add("dddd")
        self.day_shapes = {"d", "dd", "dxx", "ddxx"}
        self.ordinal_shapes = {"dxx", "ddxx", "dddxx", "d,dddxx", "dd,dddxx"}
        self.prefix_words = {tuple(p.lower().split()) for p in self.prefixes}
        self.longest_prefix = max(len(words) for words in self.prefix_words)
        self.conflicts = self.data["conflicts.jsonl"]

    def process(self, doc: Doc) -> Doc:
        doc.spans[DATES] = []
        published: date | None = doc._.published
        anchor = published
        for span in self._candidates(doc):
            resolved = self._resolve(doc, span, published, anchor)
            if resolved is None:
                continue
            value, granularity = resolved
            if granularity == "day":
                anchor = value
            add_span(doc, DATES, span.start, span.end, "DATE", value.strftime(FORMATS[granularity]),
                     granularity=granularity)
        return doc

    def _candidates(self, doc: Doc) -> list[Span]:
        """Our candidates, then the model's DATE entities where we found none."""
        ours = []
        for match_id, start, end in self.triggers(doc):
            kind = doc.vocab.strings[match_id]
            if kind == "PHRASE":
                ours.append(Span(doc, start, end))
            elif kind in ("MONTH", "WEEKDAY") and doc[start].is_title:
                ours.append(self._calendar(doc, start) if kind == "MONTH" else Span(doc, start, end))
            elif kind == "DAY" and start > 0 and doc[start - 1].shape_ in self.ordinal_shapes:
                first = start - 1
                if first >= 2 and doc[first - 1].lower_ in ("'s", "’s") and doc[first - 2].lower_ in self.war_words:
                    first -= 2
                ours.append(Span(doc, first, end))
        for year in (doc.to_array([SHAPE]) == self.year_shape).nonzero()[0].tolist():
            span = Span(doc, self._prefix_start(doc, year), year + 1)
            if len(span) > 1 or self._year_in_context(doc, span):  # else leave it to the model, if any
                ours.append(span)
        ours = filter_spans(ours)
        taken = {i for span in ours for i in range(span.start, span.end)}
        model = [_strip_preposition(ent) for ent in doc.ents if ent.label_ == "DATE"
                 and not taken.intersection(range(ent.start, ent.end))]
        return sorted(ours + [span for span in model if span is not None], key=lambda s: s.start)

    def _calendar(self, doc: Doc, month: int) -> Span:
        """A month with the day and year around it: "November 19", "27 November 2024", "Dec. 1, 2024"."""
        start, end = month, month + 1
        if end < len(doc) and doc[end].shape_ in self.day_shapes:
            end += 1
        elif start > 0 and doc[start - 1].shape_ in self.day_shapes:
            start -= 1
        if end + 1 < len(doc) and doc[end].text == "," and doc[end + 1].shape_ == "dddd":
            end += 2
        elif end < len(doc) and doc[end].shape_ == "dddd":
            end += 1
        return Span(doc, self._prefix_start(doc, start), end)

    def _prefix_start(self, doc: Doc, start: int) -> int:
        """Extend left over a part-of-period prefix: "early 2025", "mid-2025", "the end of March"."""
        if start >= 2 and doc[start - 1].text == "-" and (doc[start - 2].lower_,) in self.prefix_words:
            return start - 2
        for size in range(min(self.longest_prefix, start), 0, -1):
            if tuple(t.lower_ for t in doc[start - size:start]) in self.prefix_words:
                return start - size
        return start

    def _resolve(self, doc: Doc, span: Span, published: date | None,
                 anchor: date | None) -> tuple[date, str] | None:
        text = span.text.lower().replace("’", "'")
        if text in self.same_day:
            return (anchor, "day") if anchor else None
        if text in self.relative:
            return self._relative(self.relative[text], published, anchor)
        ordinal = re.search(r"(\d[\d,]*)(?:st|nd|rd|th) day", text)
        if ordinal:
            return self._war_day(doc, int(ordinal.group(1).replace(",", "")), published)
        if len(span) == 1 and span[0].like_num and not re.match(YEAR, span.text):
            return None  # a bare number that cannot be a year: an age or a count the model took for a date
        if text in self.weekdays:
            if published is None:
                return None
            return published - timedelta(days=(published.weekday() - self.weekdays.index(text)) % 7), "day"
        if self.duration.search(text):
            return None
        core = text
        for prefix in self.prefixes:
            if core.startswith(prefix + " ") or core.startswith(prefix + "-"):
                core = core[len(prefix) + 1:].strip()
                break
        if not re.search(r"\d|[a-z]{3}", core):
            return None
        if published is None and not re.search(r"\b(1[89]|20)\d\d\b", core):
            return None
        return parse_date(core, published)

    def _relative(self, rule: dict, published: date | None, anchor: date | None) -> tuple[date, str] | None:
        unit, offset = rule["unit"], rule["offset"]
        if unit == "anchor_day":
            return (anchor + timedelta(days=offset), "day") if anchor else None
        if published is None:
            return None
        if unit == "day":
            return published + timedelta(days=offset), "day"
        if unit == "week":
            return published + timedelta(days=7 * offset), "day"
        if unit == "month":
            month_index = published.year * 12 + published.month - 1 + offset
            return date(month_index // 12, month_index % 12 + 1, 1), "month"
        return date(published.year + offset, 1, 1), "year"

    def _war_day(self, doc: Doc, number: int, published: date | None) -> tuple[date, str] | None:
        """Day N of the war: the conflict whose countries the article names most, counted from its start."""
        countries = [span._.attrs.get("country") for group in ("actors", "locations") if group in doc.spans
                     for span in doc.spans[group]]
        best = max(self.conflicts, key=lambda c: sum(code in c["countries"] for code in countries), default=None)
        if best is None or not any(code in best["countries"] for code in countries):
            return None
        day = date.fromisoformat(best["start"]) + timedelta(days=number - 1)
        if published is not None and abs((published - day).days) > 31:
            return None
        return day, "day"

    def _year_in_context(self, doc: Doc, span: Span) -> bool:
        before = doc[span.start - 1].lower_ if span.start > 0 else ""
        after = doc[span.end].lower_ if span.end < len(doc) else ""
        return before in self.year_context and after not in self.non_date_followers


def _strip_preposition(span: Span) -> Span | None:
    start = span.start
    while start < span.end and span.doc[start].tag_ == "IN":  # a preposition
        start += 1
    return Span(span.doc, start, span.end) if start < span.end else None


@lru_cache(maxsize=4096)
def parse_date(text: str, published: date | None) -> tuple[date, str] | None:
    """``dateparser`` on one candidate, relative to the publication date; granularity day/month/year."""
    settings = {"PREFER_DATES_FROM": "past", "PREFER_DAY_OF_MONTH": "first"}
    if published is not None:
        settings["RELATIVE_BASE"] = datetime(published.year, published.month, published.day)
    data = _parser(tuple(sorted(settings.items()))).get_date_data(text)
    if data.date_obj is None:
        return None
    granularity = {"day": "day", "time": "day", "week": "day", "month": "month", "year": "year"}.get(data.period)
    if granularity is None:
        return None
    return data.date_obj.date(), granularity


@lru_cache(maxsize=8)
def _parser(settings: tuple) -> DateDataParser:
    return DateDataParser(languages=["en"], settings=dict(settings))
