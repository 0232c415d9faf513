"""``conflict_structure``: which part of the page every line of an article is.

Articles arrive as pages deliver them: a headline, perhaps a standfirst, bylines, agency and wire lines,
timestamps, a dateline, photo captions and credits, "Also read" links, share buttons, comment forms.
This component labels every token with its zone (``doc._.zones``: the first token of each zone's
stretch and its label; ``base.zone(doc, i)`` reads it) and records the zones as spans
(``doc.spans["structure"]``, datelines' place names in ``doc.spans["datelines"]``); every other
component keeps spans only from the zones its table reads (``policies`` in ``models/structure.json``),
so furniture never becomes an actor or a place, and it starts a sentence at every line and zone
boundary so a headline without a full stop does not run into the lede. When the caller gave no
publication date, the page's own timestamp supplies it.

It runs first in the pipeline: before the parser (which respects the sentence starts it sets) in the
full pipeline, after the sentencizer in rules mode.
"""
from __future__ import annotations

import re
from datetime import date

import numpy
from spacy.attrs import IDX, IS_ALPHA, IS_DIGIT, ORTH, SENT_START
from spacy.language import Language
from spacy.tokens import Doc

from ..prefilter import GatedPattern
from ..resources import fold
from ..schema import FURNITURE_ZONES, STORY_ZONES
from .base import BODY, KnowledgeComponent, doc_text, set_zones

STRUCTURE = "structure"
DATELINES = "datelines"
_, HEADLINE, STANDFIRST, DATELINE = STORY_ZONES
BYLINE, AGENCY, TIMESTAMP, CAPTION, WIDGET = FURNITURE = FURNITURE_ZONES
END_PUNCTUATION = (".", "!", "?", '"', "”", "’", "'", ":", ";", ")")
#: Labels run together on one line: "Politics · World", "Apr 09, 2025 | 07:12".
SEPARATORS = re.compile(r"\s*[·|•]\s*")
LABEL_SEPARATORS = re.compile(r"\s+[|·•]\s+")
NOT_WORDS = re.compile(r"[^\w\s]")
#: Words in capitals that make a line shouted, a headline's ("BURKINA FASO: ARMY SAYS ..."), not a run of
#: acronyms ("UN AND NATO").
SHOUTED_WORDS = 4
MONTHS = ("jan", "feb", "mar", "apr", "may", "jun", "jul", "aug", "sep", "oct", "nov", "dec")
#: What the timestamp patterns may remove from a line besides numbers: months, weekdays, time zones.
CALENDAR_WORDS = frozenset(MONTHS + ("mon", "tue", "wed", "thu", "fri", "sat", "sun", "gmt", "utc"))


@Language.factory(
    "conflict_structure",
    default_config={"data_dir": None},
    assigns=["doc.spans", "token.is_sent_start"],
)
def make_article_structure(nlp: Language, name: str, data_dir: str | None) -> "ArticleStructure":
    return ArticleStructure(nlp, name, data_dir)


class ArticleStructure(KnowledgeComponent):
    files = ("structure.json", "organizations.jsonl")

    def compile(self, data: dict) -> dict:
        rules = data["structure.json"]
        dateline = rules["dateline"]
        return {
            "agencies": {fold(name) for name in rules["agencies"]},

            "agency_marker": _any(rules["agency_markers"]),
            "byline": _any(rules["byline_patterns"]),
            "timestamp_words": set(rules["timestamp_words"]),
            "timestamp": _any(rules["timestamp_patterns"]),
            "date_prefix": re.compile(rules["date_prefix"]),
            "caption": GatedPattern(_alternation(rules["caption_patterns"])),
            "widget_phrases": {_bare(phrase) for phrase in rules["widget_phrases"]},
            "widget_prefixes": tuple(prefix.lower() for prefix in rules["widget_prefixes"]),
            "widget": GatedPattern(_alternation(rules["widget_patterns"])),
            "list_markers": set(rules["list_markers"]),
            "link_run": rules["link_run"],
            "headline_words": rules["headline_max_words"],
            "standfirst_words": rules["standfirst_max_words"],
            "furniture_words": rules["furniture_max_words"],
            "datelines": [re.compile(dateline[kind]) for kind in ("upper", "title")],
            "agency_place": re.compile(dateline["agency_place"]),
            "agency_slash": re.compile(dateline["agency_slash"]),
            "policy": {group: list(zones) for group, zones in rules["policies"].items()},
            "abbreviations": list(rules["abbreviations"]),
            "word_prefixes": list(rules["word_prefixes"]),
            "summary_boxes": {_bare(label) for label in rules["summary_boxes"]},
            # labels ("LIVE:"), and an organization's initials, a headline's subject ("UN: ..."): no datelines
            "kickers": {fold(label) for label in rules["kickers"]} | {
                fold(name) for org in data["organizations.jsonl"] for name in (org["id"], *org.get("aliases", ()))
                if name.isupper()},
            "subhead_words": rules["subhead_max_words"],
        }

    def setup(self, state: dict) -> None:
        """Abbreviations that end a word with a full stop ("Capt.", "Lt.") stay one token, so that no
        sentence ends inside "Capt. Ali Hassan said", and the dash of an agency line written against the
        first word ("(Reuters) -Russian forces") is a token of its own; this runs before the other components
        compile their phrases with the tokenizer."""
        super().setup(state)
        tokenizer = self.nlp.tokenizer
        for abbreviation in self.abbreviations:
            if abbreviation not in tokenizer.rules:
                tokenizer.add_special_case(abbreviation, [{ORTH: abbreviation}])
        prefixes = tokenizer.prefix_search.__self__.pattern if tokenizer.prefix_search is not None else ""
        added = [f"^(?:{pattern})" for pattern in self.word_prefixes if f"^(?:{pattern})" not in prefixes]
        if added:
            tokenizer.prefix_search = re.compile("|".join(filter(None, (prefixes, *added)))).search

    # ------------------------------------------------------------------ the pipeline step
    def process(self, doc: Doc) -> Doc:
        text = doc_text(doc)
        segments, places = self.segment(text)
        # Each segment's first token, found in C: the zone of a token is that of the last segment begun.
        firsts = doc.to_array(IDX).searchsorted([start for start, _, _ in segments]).tolist() if len(doc) else []
        starts, labels = [], []
        sentence_starts = doc.to_array(SENT_START).tolist() if len(doc) else []
        for first, (_, end, label) in zip(firsts, segments):
            if first < len(doc) and (not starts or first > starts[-1]):
                starts.append(first)
                labels.append(label)
                # a sentence starts at every line and wherever the zone changes
                if first > 0 and sentence_starts[first] != 1:
                    doc[first].is_sent_start = True
                # and does not end at the line's first word ("JNIM" / "fighters attacked a base ...", "U.S." /
                # "Africa Command said ...")
                second = first + 1
                if second < len(doc) and not (doc[first].is_punct or doc[first].is_space or doc[second].is_space) \
                        and doc[second].idx < end and sentence_starts[second] != 1:
                    doc[second].is_sent_start = False
            elif starts and first == starts[-1]:
                labels[-1] = label
        # nor after a word or a number ("... near the Ta Muen" / "Thom temple on Wednesday"): a news sentence
        # ends with a stop, a quote or a line; the parser would otherwise guess (set as arrays: a loop over
        # tokens costs the full pipeline 5%)
        if len(doc) > 1:  # (in the rules mode the sentencizer has set every token: none is changed)
            found = doc.to_array([IS_ALPHA, IS_DIGIT, SENT_START])
            sent_starts = found[:, 2].astype(numpy.int64)
            after_word = numpy.zeros(len(doc), dtype=bool)
            after_word[1:] = (found[:-1, 0] | found[:-1, 1]).astype(bool) & (sent_starts[1:] == 0)
            sent_starts[after_word] = -1
            doc.from_array([SENT_START], sent_starts.astype(numpy.uint64).reshape(-1, 1))
        set_zones(doc, starts, labels, self.policy)
        doc.spans[STRUCTURE] = [span for start, end, label in segments if label != BODY
                                for span in [doc.char_span(start, end, label=label, alignment_mode="expand")]
                                if span is not None]
        doc.spans[DATELINES] = [span for start, end in places
                                for span in [doc.char_span(start, end, alignment_mode="contract")] if span is not None]
        if doc._.published is None:
            doc._.published = self.page_date(text, segments)
        return doc

    # ------------------------------------------------------------------ lines to zones
    def segment(self, text: str) -> tuple[list[tuple[int, int, str]], list[tuple[int, int]]]:
        """``(start, end, zone)`` character segments covering every non-empty line, in order, and the
        character spans of the place names in datelines."""
        lines = [(m.start(), m.end()) for m in re.finditer(r"[^\n]*\S[^\n]*", text)]
        kinds = [self._furniture(text[s:e]) for s, e in lines]
        self._bare_bylines(text, lines, kinds)
        self._link_runs(text, lines, kinds)
        self._embedded_posts(text, lines, kinds)
        self._summary(text, lines, kinds)
        self._subheads(text, lines, kinds)
        segments: list[tuple[int, int, str]] = []
        places: list[tuple[int, int]] = []
        for (start, end), kind in zip(lines, kinds):
            kicker = self._dateline(text[start:end]) if kind == HEADLINE else None
            if kicker is not None:
                # "BURKINA FASO: Army says ...": the kicker's place, then the headline
                places.append((start + kicker.start("place"), start + kicker.end("place")))
                segments.append((start, start + kicker.end(), DATELINE))
                start += kicker.end()
            if kind is not None:
                segments.append((start, end, kind))
                continue
            for prefix_end, prefix_kind, place in self._prefixes(text, start, end):
                segments.append((start, prefix_end, prefix_kind))
                places.extend(place)
                start = prefix_end
            if start < end:
                segments.append((start, end, BODY))
        return segments, places

    def _furniture(self, line: str) -> str | None:
        """The zone of a whole line that is page furniture, else ``None``."""
        stamp = self.date_prefix.match(line)
        if stamp and (not line[stamp.end():].strip() or self._furniture(line[stamp.end():])):
            return TIMESTAMP  # " date 2025-04-12 WORLD": a stamp and a section label
        stripped = line.strip()
        words = stripped.split()
        if stripped.lower().startswith(self.widget_prefixes):
            return WIDGET  # "This article was ...", a disclaimer of any length
        if len(words) > self.furniture_words:
            return None  # a paragraph of the story (page furniture is shorter)
        labels = [part for part in SEPARATORS.split(stripped) if part]  # "Share · Tweet · Email"
        if _bare(stripped) in self.widget_phrases or stripped in self.list_markers or self.widget.search(stripped) \
                or (len(labels) != 1 and all(_bare(part) in self.widget_phrases for part in labels)):
            return WIDGET
        if self._is_timestamp(stripped):
            return TIMESTAMP
        if len(words) <= 16 and self.byline.match(stripped) and self._names_a_person(self._undated(stripped)):
            return BYLINE
        if fold(stripped.strip("—–-()[] ")) in self.agencies or \
                (self.agency_marker.fullmatch(stripped) is not None):
            return AGENCY
        if self.caption.search(stripped):
            return CAPTION
        return None

    def _undated(self, line: str) -> str:
        """The line without its dates, times and timestamp words ("Jo Hart Updated 5 hours ago" -> "Jo Hart")."""
        glued = re.sub(r"(?<=[a-z])(Published|Updated|Posted)\b", r" \1", line)
        words = self.timestamp.sub(" ", glued).split()
        return " ".join(w for w in words if w.lower().strip(".,:") not in self.timestamp_words)

    def _is_timestamp(self, line: str) -> bool:
        """Dates, times and their words only: "15:58 08.11.2024", "Updated 12 Mar 2025", "Updated"; or such
        a stamp among short labels: "Apr 09, 2025 | 07:12 | Myanmar Desk"."""
        def stamp(part: str) -> bool:
            words = [w.strip(".,:") for w in part.lower().split()]
            if any(w.isalpha() and w not in self.timestamp_words and w[:3] not in CALENDAR_WORDS for w in words):
                return False  # a plain word the patterns cannot remove: no need to run them
            leftovers = [w.strip(".,:") for w in self.timestamp.sub(" ", part).lower().split()]
            return all(w in self.timestamp_words or w == "" or w[:3] in MONTHS for w in leftovers)

        parts = [part for part in LABEL_SEPARATORS.split(line.strip()) if part]
        if len(parts) > 1 and any(stamp(part) for part in parts):
            return all(stamp(part) or (len(part.split()) <= 4 and part[:1].isupper()) for part in parts)
        return stamp(line)

    @staticmethod
    def _names_a_person(line: str) -> bool:
        """ "By ELENA MARCHETTI", "Reporting by Jo Bloggs; Editing by Sam Roe", not "By the time ...":
        after the opening words, every word is a capitalised name or a joining word."""
        words = re.sub(r"^\(?(?:\w+ )?by[: ]+", "", line, flags=re.IGNORECASE).split()
        joining = {"and", "by", "in", "at", "for", "of", "with", "from", "&", "|", "-", "–", "—", ";", ","}
        names = [w for w in words if w.strip(",;()") and w.strip(",;()")[0].isupper()]
        return bool(words) and words[0][:1].isupper() and all(
            w.strip(",;()").lower() in joining or w[:1].isupper() or w[:1].isdigit() for w in words) and bool(names)

    @staticmethod
    def _bare_bylines(text: str, lines: list[tuple[int, int]], kinds: list[str | None]) -> None:
        """A name alone on a line just above a timestamp or agency line ("Olena Marchuk" / "15:58 ..."),
        below the headline (a short headline right above a timestamp is still the headline)."""
        for index in range(1, len(lines) - 1):
            words = text[slice(*lines[index])].split()
            if kinds[index] is None and kinds[index + 1] in (TIMESTAMP, AGENCY) and 2 <= len(words) <= 4 \
                    and all(w[:1].isupper() and w.replace("-", "").replace(".", "").isalpha() for w in words):
                kinds[index] = BYLINE

    def _link_runs(self, text: str, lines: list[tuple[int, int]], kinds: list[str | None]) -> None:
        """Lists of links: a list marker before a line, the lines after "Read also", or a run of short
        lines without end punctuation (other headlines), each is widget text."""
        def short(index: int) -> bool:  # a headline: few words, no full stop (a question mark is fine)
            line = text[slice(*lines[index])].strip()
            return len(line.split()) <= 16 and not line.endswith(tuple(p for p in END_PUNCTUATION if p not in "?!"))

        for index, kind in enumerate(kinds):
            line = text[slice(*lines[index])].strip()
            if kind != WIDGET:
                continue
            if line in self.list_markers:  # a marker alone on its line: the link is the next line
                if index + 1 < len(lines) and kinds[index + 1] is None and short(index + 1):
                    kinds[index + 1] = WIDGET
            elif line.lower().startswith(self.widget_prefixes) or _bare(line) in self.widget_phrases:
                follower = index + 1  # "Related:", "Also Read", "Top Stories" head a list of links
                while follower < len(lines) and kinds[follower] is None and short(follower):
                    kinds[follower] = WIDGET
                    follower += 1
        run: list[int] = []
        for index in range(len(lines) + 1):
            if index < len(lines) and kinds[index] is None and short(index):
                run.append(index)
                continue
            # The page's first lines (headline, standfirst) are short too: a run there is not a list.
            if len(run) >= self.link_run and run[0] > 1:
                for member in run:
                    kinds[member] = WIDGET
            run = []

    def _embedded_posts(self, text: str, lines: list[tuple[int, int]], kinds: list[str | None]) -> None:
        """An embedded post is its text followed by an attribution line ("— Name (@handle) Date")."""
        for index in range(1, len(lines)):
            line = text[slice(*lines[index])]
            if kinds[index] == WIDGET and "(@" in line and line.lstrip()[:1] in "—–-" and kinds[index - 1] is None \
                    and len(text[slice(*lines[index - 1])].split()) <= 60:
                kinds[index - 1] = WIDGET

    def _summary(self, text: str, lines: list[tuple[int, int]], kinds: list[str | None]) -> None:
        """The headline (the first short line of the page) and the standfirst under it, and duplicated
        lines next to each other (a caption printed twice)."""
        content = [i for i, kind in enumerate(kinds) if kind is None]
        for previous, index in zip(content, content[1:]):
            if text[slice(*lines[previous])].strip() == text[slice(*lines[index])].strip() and index - previous <= 2:
                kinds[previous] = kinds[index] = CAPTION
        content = [i for i, kind in enumerate(kinds) if kind is None]
        if len(content) < 2:
            return
        first = text[slice(*lines[content[0]])]
        if len(first.split()) > self.headline_words or self._opens_story(first):
            return
        kinds[content[0]] = HEADLINE
        second = content[1]
        line = text[slice(*lines[second])].strip()
        after = next((kinds[i] for i in range(second + 1, len(lines))), None)
        # (a sentence is a standfirst when the page's header follows it, a byline or a timestamp; not when a
        # photo's caption or a widget does, set inside the story after its first paragraph; nor a live blog's
        # first entry, between two timestamps)
        entry = kinds[second - 1] == TIMESTAMP and after == TIMESTAMP
        if len(line.split()) <= self.standfirst_words and not self._opens_story(line) and \
                (not line.endswith(END_PUNCTUATION) or after in FURNITURE and after not in (CAPTION, WIDGET)
                 and not entry):
            kinds[second] = STANDFIRST
        if _bare(line) in self.summary_boxes:
            # "Summary" over short unpunctuated lines ("Woman killed in border village, two injured"): the
            # standfirst's points, up to the page's furniture or the story's first line
            for index in range(second + 1, len(lines)):
                point = text[slice(*lines[index])].strip()
                if kinds[index] is not None or len(point.split()) > self.standfirst_words \
                        or point.endswith(END_PUNCTUATION) or self._opens_story(point):
                    break
                kinds[index] = STANDFIRST

    def _subheads(self, text: str, lines: list[tuple[int, int]], kinds: list[str | None]) -> None:
        """A live blog's entry titles ("08:52 GMT" / "Strike on tent camp in Mawasi" / the entry): a short
        unpunctuated line under a timestamp, over the entry's text, is a headline of its own."""
        for index in range(1, len(lines) - 1):
            line = text[slice(*lines[index])].strip()
            if kinds[index] is None and kinds[index - 1] == TIMESTAMP and kinds[index + 1] is None \
                    and len(line.split()) <= self.subhead_words and not line.endswith(END_PUNCTUATION) \
                    and not self._opens_story(line):  # not a dateline ("Dubai, United Arab Emirates —")
                kinds[index] = HEADLINE

    def _prefixes(self, text: str, start: int, end: int) -> list[tuple[int, str, list[tuple[int, int]]]]:
        """Furniture at the start of a body line: a ``date 2025-01-31`` stamp, an agency marker
        ("(MENAFN- Agency)", "Shafaq News/"), a dateline ("KYIV, Ukraine (AP) —") with its place names."""
        found = []
        line = text[start:end]
        offset = 0
        stamp = self.date_prefix.match(line)
        if stamp:
            offset = stamp.end()
            found.append((start + offset, TIMESTAMP, []))
        marker = self.agency_marker.match(line, offset)
        if marker:
            offset = marker.end() + len(line[marker.end():]) - len(line[marker.end():].lstrip())
            found.append((start + offset, AGENCY, []))
        slash = self.agency_slash.match(line, offset)
        if slash and fold(slash.group("agency")) in self.agencies:
            offset = slash.end()
            found.append((start + offset, AGENCY, []))
        whole = self.agency_place.fullmatch(line, offset)
        if whole and fold(whole.group("agency")) in self.agencies:
            found.append((start + whole.start("place"), AGENCY, []))
            found.append((end, DATELINE, [(start + whole.start("place"), start + whole.end("place"))]))
            return found
        dateline = self._dateline(line, offset)
        if dateline is not None:
            places = [(start + dateline.start(g), start + dateline.end(g)) for g in ("place", "other", "region")
                      if g in dateline.re.groupindex and dateline.group(g)]
            agency = dateline.start("agency") if dateline.group("agency") else -1
            if agency >= 0:
                found.append((start + agency, DATELINE, places))
                found.append((start + dateline.end(), AGENCY, []))
            else:
                found.append((start + dateline.end(), DATELINE, places))
        return found

    def _opens_story(self, line: str) -> bool:
        """A line that starts with a date stamp, an agency marker or a dateline is the story's first (not a
        headline under a place's kicker: "BURKINA FASO: Army says it repelled attack on Djibo")."""
        if self.date_prefix.match(line) or self.agency_marker.match(line.lstrip()):
            return True
        dateline = self._dateline(line)
        return dateline is not None and not self._kicked_headline(dateline, line)

    def _kicked_headline(self, match: re.Match, line: str) -> bool:
        """A place and a colon before a short line that ends no sentence: a headline under its kicker (not
        "MIRANSHAH: Two policemen were wounded in a blast.")."""
        rest = line[match.end():].strip()
        return match.group(0).rstrip().endswith(":") and bool(rest) and len(rest.split()) <= self.headline_words \
            and not rest.rstrip("'\"”’)").endswith((".", "!", "?"))

    def _dateline(self, line: str, offset: int = 0) -> re.Match | None:
        for pattern in self.datelines:
            match = pattern.match(line, offset)
            # not a label ("LIVE:", "ANALYSIS —"), nor a place before a line in capitals ("BURKINA FASO: ARMY
            # SAYS ...", a headline)
            if match and not fold(match.group("place")) in self.agencies \
                    and fold(match.group("place")) not in self.kickers and not shouted(line[match.end():]):
                return match
        return None

    # ------------------------------------------------------------------ publication date
    def page_date(self, text: str, segments: list[tuple[int, int, str]]) -> date | None:
        """The first date of the page's own timestamps (a ``date`` stamp, "Published 12 March 2025")."""
        for start, end, kind in segments:
            if kind == TIMESTAMP:
                found = read_stamp(text[start:end])
                if found is not None:
                    return found
        return None


def read_stamp(text: str) -> date | None:
    """A calendar date written as pages stamp them: ISO, "12 Mar 2025", "March 12, 2025", "12.03.2025"
    (day first), "3/12/2025" (month first, unless the first number cannot be a month)."""
    iso = re.search(r"\b(\d{4})-(\d{2})-(\d{2})\b", text)
    if iso:
        return _date(int(iso[1]), int(iso[2]), int(iso[3]))
    named = re.search(r"\b(\d{1,2})(?:st|nd|rd|th)?\s+([A-Za-z]{3})[a-z]*\.?,?\s+(\d{4})\b", text) or \
        re.search(r"\b([A-Za-z]{3})[a-z]*\.?\s+(\d{1,2})(?:st|nd|rd|th)?,?\s+(\d{4})\b", text)
    if named:
        day, month = (named[1], named[2]) if named[1].isdigit() else (named[2], named[1])
        if month.lower() in MONTHS:
            return _date(int(named[3]), MONTHS.index(month.lower()) + 1, int(day))
    dotted = re.search(r"\b(\d{1,2})\.(\d{1,2})\.(\d{4})\b", text)
    if dotted:
        return _date(int(dotted[3]), int(dotted[2]), int(dotted[1]))
    slashed = re.search(r"\b(\d{1,2})/(\d{1,2})/(\d{4})\b", text)
    if slashed:
        first, second = int(slashed[1]), int(slashed[2])
        month, day = (second, first) if first > 12 else (first, second)
        return _date(int(slashed[3]), month, day)
    return None


def _date(year: int, month: int, day: int) -> date | None:
    try:
        return date(year, month, day)
    except ValueError:
        return None


def _alternation(patterns: list[str]) -> str:
    return "|".join(f"(?:{p})" for p in patterns)


def _any(patterns: list[str]) -> re.Pattern:
    return re.compile(_alternation(patterns))


def shouted(text: str) -> bool:
    """Text set all in capitals, several words long: a headline's, never a story's first sentence; capitals
    there tell nothing of a name."""
    words = [word for word in NOT_WORDS.sub(" ", text).split() if word.isalpha()]
    return len(words) >= SHOUTED_WORDS and all(word.isupper() for word in words)


def _bare(text: str) -> str:
    """A line reduced to its words, for comparing with the widget phrases."""
    return " ".join(NOT_WORDS.sub(" ", text.lower()).split())
