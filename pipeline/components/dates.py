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

from spacy.attrs import SHAPE
from spacy.language import Language
from spacy.strings import hash_string
from spacy.tokens import Doc, Span
from spacy.util import filter_spans

from ..phrases import compile_table, lower_words
from .base import KnowledgeComponent, add_span, doc_entities, span_attrs

DATES = "dates"
YEAR = r"^(1[89]|20)\d\d$"
VAGUE_SPAN = re.compile(r"\b(decades?|centur(y|ies)|generations?)\b")
#: A year named relative to publication after a month: "April this year", "Oct. 31 last year".
YEAR_WORDS = {("this", "year"): 0, ("last", "year"): -1, ("next", "year"): 1}
YEAR_TOKEN = re.compile(YEAR[1:-1])
#: The words that join two dates sharing the year written after the second ("June and July 2024").
DATE_JOINERS = {"and", "or", "to", "through", "until", "-", "–"}
ISO_DATE = re.compile(r"(1[89]|20)\d\d-(0[1-9]|1[012])-(0[1-9]|[12]\d|3[01])")
#: A span of years ("the 2020-22 war", "2011–2013"; not "2024-11", a month): a period, no date of an event.
YEAR_RANGE = re.compile(r"((?:1[89]|20)\d\d)\s*[-–]\s*((?:1[89]|20)\d\d|\d\d)")
FORMATS = {"day": "%Y-%m-%d", "month": "%Y-%m", "year": "%Y"}
SATURDAY = 5  # date.weekday()'s number for the first day of a weekend
#: Token shapes: a four-digit year, a day of the month ("19", "1st"), an ordinal ("1,000th").
YEAR_SHAPE = hash_string("dddd")
DAY_SHAPES = {"d", "dd", "dxx", "ddxx"}
ORDINAL_SHAPES = {"dxx", "ddxx", "dddxx", "d,dddxx", "dd,dddxx"}

@Language.factory(
    "conflict_dates",
    default_config={"data_dir": None},
    assigns=["doc.spans"],
)
def make_date_normalizer(nlp: Language, name: str, data_dir: str | None) -> "DateNormalizer":
    return DateNormalizer(nlp, name, data_dir)


class DateNormalizer(KnowledgeComponent):
    files = ("dates.json", "conflicts.jsonl")

    def compile(self, data: dict) -> dict:
        lexicon = data["dates.json"]
        same_day = {phrase.lower() for phrase in lexicon["same_day"]}
        relative = {phrase.lower(): rule for phrase, rule in lexicon["relative_phrases"].items()}
        prefixes = sorted(lexicon["part_of_period_prefixes"], key=len, reverse=True)
        prefix_words = {tuple(p.lower().split()) for p in prefixes}
        # Candidates grow from sparse triggers (a month, a weekday, a year, "Nth day", a relative phrase)
        # found by a phrase table and a shape lookup, so the cost follows the triggers, not the tokens.
        # Months and weekdays in title case, as written: the tokenizer keeps "Dec." whole only in that form.
        triggers = [*((month.title(), "MONTH") for month in lexicon["months"]),
                    *((day.title(), "WEEKDAY") for day in lexicon["weekdays"]),
                    *((cue, "DAY") for cue in lexicon["ordinal_day_cues"]),
                    *((phrase, "PHRASE") for phrase in sorted(same_day | set(relative)))]
        return {
            "weekdays": lexicon["weekdays"],
            # the short forms of month names ("Mar", "Sept"), not the twelve names first in the list
            "short_months": {month.title() for month in lexicon["months"][12:] if not month.endswith(".")},
            "same_day": same_day,
            "relative": relative,
            "prefixes": prefixes,
            "year_context": set(lexicon["year_context_before"]),
            "non_date_followers": set(lexicon["non_date_followers"]),
            "war_words": set(lexicon["war_words"]),
            # "1,000 days", "three years": a length of time, unless anchored ("two days ago").
            "duration": re.compile(r"\b(\d[\d,.]*|" + "|".join(lexicon["number_words"]) + r")\s+("
                                   + "|".join(lexicon["duration_units"]) + r")\b(?!\s+(" + "|".join(
                                       lexicon["duration_anchors"]) + r"))"),
            # "entered a second week", "its third month": which stretch of a time it is, not a date ("the
            # second week of March" is one)
            "ordinal_duration": re.compile(r"\b(" + "|".join(lexicon["ordinal_words"]) + r"|\d+(?:st|nd|rd|th))\s+("
                                           + "|".join(lexicon["duration_units"]) + r")\b(?!\s+of\b)"),
            "triggers": compile_table(self.nlp.tokenizer, triggers, "LOWER"),
            "prefix_words": prefix_words,
            "longest_prefix": max(len(words) for words in prefix_words),
            "conflicts": data["conflicts.jsonl"],
            "calendar": CalendarReader(lexicon["months"], lexicon["future_tolerance_days"]),
            "parser_cues": {*lexicon["months"], *lexicon["weekdays"], *lexicon["parser_cues"]},
            "weekday_nouns": set(lexicon["weekday_nouns"]),
            "decade": re.compile(r"\b\d*0'?s\b"),
        }

    def process(self, doc: Doc) -> Doc:
        doc.spans[DATES] = []
        published: date | None = doc._.published
        anchor = published
        candidates = self._candidates(doc)
        for span, following in zip(candidates, [*candidates[1:], None]):
            if self._named_by_next(doc, span, following, published, anchor):
                continue
            resolved = self._resolve(doc, span, published, anchor)
            if resolved is None:
                continue
            shared = self._shared_year(doc, span, following)
            if shared and resolved[1] in ("day", "month"):  # "June and July 2024": June 2024
                resolved = self.calendar(f"{span.text.lower()} {shared}", None) or resolved
            value, granularity = resolved
            if granularity == "day":
                anchor = value
            # a week named relative to publication ("last week") is dated by a day of it: a rough date
            rough = self.relative.get(span.text.lower().replace("’", "'"), {}).get("unit") in ("week", "weekend")
            add_span(doc, DATES, span.start, span.end, "DATE", value.strftime(FORMATS[granularity]),
                     granularity=granularity, **({"rough": True} if rough else {}))
        return doc

    def _named_by_next(self, doc: Doc, span: Span, following: Span | None, published: date | None,
                       anchor: date | None) -> bool:
        """ "on Thursday, Oct. 9": a weekday the calendar day after its comma names (and dates: not the
        Thursday before publication); not "on Tuesday, 10 days after the truce"."""
        if following is None or span.text.lower() not in self.weekdays or not any(t.like_num for t in following) \
                or following.start != span.end and (following.start != span.end + 1 or doc[span.end].text != ","):
            return False  # ("on Thursday 17 April" too)
        resolved = self._resolve(doc, following, published, anchor)
        return resolved is not None and resolved[1] == "day"

    @staticmethod
    def _shared_year(doc: Doc, span: Span, following: Span | None) -> str:
        """The year a date without one shares with the next date it is joined to ("June and July 2024",
        "March to May 2023"), or ""."""
        if following is None or following.start != span.end + 1 or doc[span.end].lower_ not in DATE_JOINERS \
                or any(YEAR_TOKEN.fullmatch(t.text) for t in span):
            return ""
        return next((t.text for t in following if YEAR_TOKEN.fullmatch(t.text)), "")

    def _candidates(self, doc: Doc) -> list[Span]:
        """Our candidates, then the model's DATE entities where we found none; none inside a known name."""
        ours = []
        for start, end, kind in self.triggers(doc):
            if kind == "PHRASE":
                ours.append(Span(doc, start, end))
            elif kind in ("MONTH", "WEEKDAY") and doc[start].is_title:
                span = self._calendar(doc, start) if kind == "MONTH" else Span(doc, start, end)
                if kind == "MONTH" and len(span) == 1 and doc[start].text in self.short_months and end < len(doc) \
                        and doc[end].is_title:
                    continue  # "Mar Elias church", "Jan Kowalski": a short month name before a name is part of it
                ours.append(span)
            elif kind == "DAY" and start > 0 and doc[start - 1].shape_ in ORDINAL_SHAPES:
                first = start - 1
                if first >= 2 and doc[first - 1].lower_ in ("'s", "’s") and doc[first - 2].lower_ in self.war_words:
                    first -= 2
                ours.append(Span(doc, first, end))
        for year in (doc.to_array([SHAPE]) == YEAR_SHAPE).nonzero()[0].tolist():
            if ISO_DATE.fullmatch(doc[year:year + 5].text):  # "2024-07-09", five tokens
                ours.append(Span(doc, year, year + 5))
                continue
            span = Span(doc, self._prefix_start(doc, year), year + 1)
            if len(span) > 1 or self._year_in_context(doc, span):  # else leave it to the model, if any
                ours.append(span)
        # A date inside a name the knowledge base knows ("the March 23 Movement") is part of that name.
        ents = doc_entities(doc)
        named = {i for ent in ents if ent.ent_id_ for i in range(ent.start, ent.end)}
        ours = [span for span in filter_spans(ours) if not named.intersection(range(span.start, span.end))]
        taken = {i for span in ours for i in range(span.start, span.end)}
        model = [_strip_preposition(ent) for ent in ents if ent.label_ == "DATE"
                 and not taken.intersection(range(ent.start, ent.end))]
        return sorted(ours + [span for span in model if span is not None], key=lambda s: s.start)

    def _calendar(self, doc: Doc, month: int) -> Span:
        """A month with the day and year around it: "November 19", "27 November 2024", "Dec. 1, 2024"."""
        start, end = month, month + 1
        if end < len(doc) and doc[end].shape_ in DAY_SHAPES:
            end += 1
        elif start > 0 and doc[start - 1].shape_ in DAY_SHAPES:
            start -= 1
        if end + 1 < len(doc) and doc[end].text == "," and doc[end + 1].shape_ == "dddd":
            end += 2
        elif end < len(doc) and doc[end].shape_ == "dddd":
            end += 1
        elif end + 1 < len(doc) and (doc[end].lower_, doc[end + 1].lower_) in YEAR_WORDS:
            end += 2  # "in April this year", "since Oct. 31 last year"
        return Span(doc, self._prefix_start(doc, start), end)

    def _prefix_start(self, doc: Doc, start: int) -> int:
        """Extend left over a part-of-period prefix: "early 2025", "mid-2025", "the end of March"."""
        if start >= 2 and doc[start - 1].text == "-" and (doc[start - 2].lower_,) in self.prefix_words:
            return start - 2
        for size in range(min(self.longest_prefix, start), 0, -1):
            if tuple(lower_words(doc)[start - size:start]) in self.prefix_words:
                return start - size
        return start

    def _resolve(self, doc: Doc, span: Span, published: date | None,
                 anchor: date | None) -> tuple[date, str] | None:
        text = span.text.lower().replace("’", "'")
        if text in self.same_day:
            return (anchor, "day") if anchor else None
        if text in self.relative:
            return self._relative(self.relative[text], published, anchor)
        if ISO_DATE.fullmatch(text):
            return date.fromisoformat(text), "day"
        years = YEAR_RANGE.fullmatch(text)
        if years and int(years[1][:4 - len(years[2])] + years[2]) > int(years[1]):
            return None
        ordinal = re.search(r"(\d[\d,]*)(?:st|nd|rd|th) day", text)
        if ordinal:
            return self._war_day(doc, int(ordinal.group(1).replace(",", "")), published)
        if len(span) == 1 and span[0].like_num and not re.match(YEAR, span.text):
            return None  # a bare number that cannot be a year: an age or a count the model took for a date
        if text in self.weekdays:
            if published is None or (span.end < len(doc) and doc[span.end].lower_ in self.weekday_nouns):
                return None  # "during Friday prayers": a custom, not a day
            return published - timedelta(days=(published.weekday() - self.weekdays.index(text)) % 7), "day"
        if self.duration.search(text) or self.ordinal_duration.search(text) or VAGUE_SPAN.search(text):
            return None  # "three years", and "decades ago", which no granularity of ours expresses
        words = text.split()
        if len(words) > 2 and tuple(words[-2:]) in YEAR_WORDS and published is not None:
            found = self.calendar(" ".join(words[:-2]), published)  # "April this year": the month in that year
            if found is None:
                return None
            year = published.year + YEAR_WORDS[tuple(words[-2:])]
            try:
                return found[0].replace(year=year), found[1]
            except ValueError:
                return None
        core = text
        for prefix in self.prefixes:
            if core.startswith(prefix + " ") or core.startswith(prefix + "-"):
                core = core[len(prefix) + 1:].strip()
                break
        if published is None and not re.search(r"\b(1[89]|20)\d\d\b", core):
            return None
        return self.calendar(core, published) or (parse_date(core, published) if self._parseable(core) else None)

    def _parseable(self, text: str) -> bool:
        """Worth a ``dateparser`` call: a digit (not a decade such as "the 1990s"), a month or weekday
        name, or a relative cue ("last", "ago", "night"). Seasons and quantities ("winter", "a quarter")
        never resolve to a day, month or year, and the first call costs half a second of start-up."""
        if self.decade.search(text):
            return False
        words = set(re.findall(r"[a-z]+\.?", text))
        return bool(re.search(r"\d", text) or words & self.parser_cues)

    def _relative(self, rule: dict, published: date | None, anchor: date | None) -> tuple[date, str] | None:
        unit, offset = rule["unit"], rule["offset"]
        if unit == "anchor_day":  # (not past publication: "the following day" in a lede that names no day yet)
            day = anchor + timedelta(days=offset) if anchor else None
            return (day, "day") if day and (published is None or day <= published) else None
        if published is None:
            return None
        if unit == "day":
            return published + timedelta(days=offset), "day"
        if unit == "week":
            return published + timedelta(days=7 * offset), "day"
        if unit == "weekend":  # its Saturday: the latest on or before the publication day, or weeks from it
            return published - timedelta(days=(published.weekday() - SATURDAY) % 7 - 7 * offset), "day"
        if unit == "month":
            month_index = published.year * 12 + published.month - 1 + offset
            return date(month_index // 12, month_index % 12 + 1, 1), "month"
        return date(published.year + offset, 1, 1), "year"

    def _war_day(self, doc: Doc, number: int, published: date | None) -> tuple[date, str] | None:
        """Day N of the war: the conflict whose countries the article names most, counted from its start."""
        countries = [span_attrs(span).get("country") for group in ("actors", "locations") if group in doc.spans
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


class CalendarReader:
    """Dates of the usual written forms ("November 19", "27 Nov. 2024", "Apr 09, 2025", "August 2024",
    "2025") read without ``dateparser``, whose first call compiles its language data (about 0.4 s of
    every run), and by its rules: a missing year is the latest one that does not put the date after the
    publication date. Other forms are left to :func:`parse_date`."""

    def __init__(self, months: list[str], future_tolerance_days: int = 0):
        self.tolerance = timedelta(days=future_tolerance_days)
        full = months[:12]  # dates.json lists the twelve full names first, in calendar order
        self.months = {name: next(i for i, m in enumerate(full, 1) if m.startswith(name.rstrip(".")[:3]))
                       for name in months}

    def __call__(self, text: str, published: date | None) -> tuple[date, str] | None:
        """The date and granularity when ``text`` is of a usual form, else ``None``."""
        words = text.replace(",", " ").split()
        months = [i for i, word in enumerate(words) if word in self.months]
        years = [i for i, word in enumerate(words) if re.fullmatch(YEAR, word)]
        days = [i for i, word in enumerate(words) if re.fullmatch(r"(0?[1-9]|[12]\d|3[01])(st|nd|rd|th)?", word)]
        if len(months) + len(years) + len(days) != len(words) or len(months) > 1 or len(years) > 1 \
                or len(days) > 1 or (days and not months) or (years and months and years[0] < months[0]):
            return None
        year = int(words[years[0]]) if years else None
        if not months:
            return (date(year, 1, 1), "year") if year else None
        month = self.months[words[months[0]]]
        day = int(re.match(r"\d+", words[days[0]]).group()) if days else None
        if year is None:
            if published is None:
                return None
            # The latest year that does not put the date after publication, but for a day up to the
            # tolerance after it ("Dec 2" in a 1 December report of a late-night attack).
            latest = published + (self.tolerance if day else timedelta(0))
            year = next((y for y in (published.year + 1, published.year, published.year - 1)
                         if (y, month, day or 1) <= (latest.year, latest.month, latest.day if day else 1)),
                        published.year - 1)
        try:
            return (date(year, month, day), "day") if day else (date(year, month, 1), "month")
        except ValueError:
            return None


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
def _parser(settings: tuple):
    from dateparser.date import DateDataParser  # imported on the first date, not at start-up

    return DateDataParser(languages=["en"], settings=dict(settings))
