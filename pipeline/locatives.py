"""Places the wording marks as places, whether or not a gazetteer or the model knows them.

Four cues, from ``models/place_cues.json``:

- a head noun after a name: "Kalma camp", "Bunia airport", "the Azot chemical plant", "Beryslav district";
- a head noun and "of" before one: "the village of Kostiantynopil", "the outskirts of Goma";
- a head noun in an appositive after one: "Al-Mansouri, a fishing village", "Ngoyo and Mambelenga, two
  farming villages";
- a locative word before a name that the gazetteer knows in the article's countries: "near Zmiivka".

A cue outranks the statistical model's PERSON or ORG reading of the same words, so "Kalma" in "near
Kalma camp" is a camp, not a person.
"""
from __future__ import annotations

from dataclasses import dataclass
from typing import Any, Callable

from spacy.tokens import Doc

from .phrases import candidates, compile_table, trigger_hashes

#: Name words at most, before or after a head noun.
MAX_NAME_TOKENS = 4


@dataclass(frozen=True)
class PlaceCue:
    """A place found by its wording: the mention's tokens, its type, its name as the text writes it
    (``name``, with a kept head noun title-cased) and without the head noun (``bare``)."""

    start: int
    end: int
    type: str
    name: str
    bare: str
    head: str


class PlaceCues:
    def __init__(self, data: dict[str, Any], tokenizer):
        self.heads = compile_table(tokenizer, [(head["phrase"], head) for head in data["heads"]], "LOWER")
        self.locative = set(data["locative_words"])
        self.locative_triggers = trigger_hashes(lower=data["locative_words"])
        self.appositive_determiners = set(data["appositive"]["determiners"])
        self.appositive_modifiers = data["appositive"]["max_modifiers"]
        self.particles = set(data["name_particles"])
        self.not_names = set(data["not_names"])
        self.compass = set(data["compass_words"])
        self.border_words = set(data["border_words"])
        self.border_units = set(data["border_units"])

    def find(self, doc: Doc, blocked: set[int], places: set[int], named: set[int], companies: set[int],
             known: Callable[[str, int], dict | None]) -> list[PlaceCue]:
        """Every cue, earliest first, none overlapping another. ``blocked``: tokens of named actors and
        weapons, never part of a place name; ``places``: tokens of places already named, which a kept
        head noun may extend ("Bunia" + "airport"); ``named``: tokens of every place name the ruler found,
        whose own head nouns are part of the name ("Mexico City"); ``companies``: tokens of organizations, which may
        name a facility ("the Gazprom Neftekhim Salavat plant"); ``known(name, start)``: the entry the
        knowledge base or gazetteer has for a bare name starting at token ``start``, or ``None``."""
        found: list[PlaceCue] = []
        taken: set[int] = set()

        def add(cue: PlaceCue) -> None:
            if not taken.intersection(range(cue.start, cue.end)):
                found.append(cue)
                taken.update(range(cue.start, cue.end))

        known_names, names_or_places = blocked | places | named, blocked | places
        for start, end, head in sorted(self.heads(doc), key=lambda m: (m[0], -(m[1] - m[0]))):
            if known_names.intersection(range(start, end)):
                continue  # the head is part of a name the knowledge base knows ("Jabalia camp", "Gaza City")
            if head.get("lowercase") and not doc[start].is_lower:
                continue  # "the department of Arauca", not "the Department of Homeland Security"
            head_text = doc[start:end].text
            comma = self._appositive_comma(doc, start, end)
            if comma is not None:  # "Al-Mansouri, a fishing village": the name before the comma
                plain = {**head, "keep": False}
                last, first = comma, self._name_before(doc, comma, names_or_places)
                while first < last:
                    add(self._cue(doc, first, last, first, last, head_text, plain))
                    if not (head.get("as") and first >= 2 and doc[first - 1].lower_ in ("and", ",")):
                        break
                    last, first = first - 1, self._name_before(doc, first - 1, names_or_places)
                if comma > first:
                    continue
            if not head["of"] and end + 1 < len(doc) and doc[end].lower_ == "of" and (end + 1) in places | named:
                # "Yemen's Red Sea port of Mokha": the head noun describes the place named after it (not "the
                # Lakki Marwat district of Khyber Pakhtunkhwa", a place inside another)
                continue
            if head["of"] and end + 1 < len(doc) and doc[end].lower_ == "of" \
                    and self._name_before(doc, start, names_or_places) == start:
                # (not "the Karari district of Omdurman": the district named before its head, inside the city)
                last = self._name_after(doc, end + 1, names_or_places)
                if last > end + 1:  # "the village of Kostiantynopil": the mention is the name alone
                    add(self._cue(doc, end + 1, last, end + 1, last, head_text, head))
                    while head.get("as") and last + 1 < len(doc) and doc[last].lower_ in (",", "and"):
                        # "the states of Jalisco, Guanajuato and Michoacan"
                        begin = last + 1 + (last + 1 < len(doc) and doc[last + 1].lower_ == "and")
                        following = self._name_after(doc, begin, names_or_places)
                        if following == begin:
                            break
                        add(self._cue(doc, begin, following, begin, following, head_text, head))
                        last = following
                    continue
            allowed = blocked - companies if head["type"] == "FACILITY" else blocked
            first = self._name_before(doc, start, allowed if head["keep"] else names_or_places if
                                      allowed is blocked else allowed | places)
            if first < start:  # "Kalma camp" (the head noun kept in the mention) or "Mykhailivka village"
                add(self._cue(doc, first, start, first, end if head["keep"] else start, head_text, head))
                # "the Zamzam and Abou Shouk camps": each name before a plural head is a place
                while first >= 2 and doc[first - 1].lower_ in ("and", ",") and head.get("as"):
                    last, first = first - 1, self._name_before(doc, first - 1, allowed)
                    if first == last:
                        break
                    add(self._cue(doc, first, last, first, last, head_text, head))
        for begin in (i + 1 for i in candidates(doc, self.locative_triggers)):
            if begin < len(doc) and (doc[begin].text[:1].isupper() or doc[begin].lower_ in self.particles):
                last = self._name_after(doc, begin, names_or_places | taken)
                if last > begin:
                    entry = known(doc[begin:last].text, begin)
                    if entry is not None:
                        add(self._cue(doc, begin, last, begin, last, "", {"type": entry["kind"], "keep": False}))
        return sorted(found, key=lambda cue: cue.start)

    def _appositive_comma(self, doc: Doc, start: int, end: int) -> int | None:
        """The comma opening an appositive whose head noun is at ``start:end`` (", a fishing village", ", two
        farming villages"), or ``None``: a determiner or number, a few lower-case modifiers, the head, and
        then no noun the head modifies ("a village elder", "a market town"), nor its possessive or "of"."""
        if end < len(doc) and (doc[end].lower_ in ("'s", "’s", "of") or doc[end].is_alpha and not (
                doc[end].is_stop or doc[end].text.title() in self.compass)):
            return None
        i = start - 1
        while i > 0 and start - i <= self.appositive_modifiers and (doc[i].is_lower and doc[i].is_alpha
                                                                    or doc[i].text == "-") \
                and doc[i].lower_ not in self.appositive_determiners and not doc[i].like_num:
            i -= 1
        if i < 1 or not (doc[i].lower_ in self.appositive_determiners or doc[i].like_num) or doc[i - 1].text != ",":
            return None
        return i - 1

    @staticmethod
    def _cue(doc: Doc, name_start: int, name_end: int, start: int, end: int, head_text: str, head: dict) -> PlaceCue:
        bare = doc[name_start:name_end].text
        if bare.isupper():
            bare = bare.title()
        name = f"{bare} {(head.get('as') or head_text).title()}" if head["keep"] else bare
        return PlaceCue(start, end, head["type"], name, bare, head_text.lower())

    def _is_name_word(self, doc: Doc, i: int, blocked: set[int]) -> bool:
        token = doc[i]
        letters = token.text.replace("’", "").replace("'", "")  # "Tabi’in", "Ma'arrat"
        if token.lower_ in self.particles and (token.is_lower or token.is_punct or
                                               (i + 1 < len(doc) and doc[i + 1].text == "-")):
            return i not in blocked  # "al-", "bin", "Al-"; not "At" opening a sentence
        return token.text[:1].isupper() and i not in blocked and token.text not in self.not_names and \
            letters.isalpha() and not doc.vocab[token.lower_].is_stop

    def _name_before(self, doc: Doc, end: int, blocked: set[int]) -> int:
        """First token of the name ending just before ``end`` ("Datta Khel" in "Datta Khel tehsil")."""
        first = end
        while first > 0 and end - first < MAX_NAME_TOKENS and (self._is_name_word(doc, first - 1, blocked) or (
                first == end and doc[first - 1].is_digit and first > 1 and self._is_name_word(doc, first - 2, blocked))):
            # a number may close a name ("Dalori 2 camp")
            first -= 1
            if doc[first].is_sent_start:
                break
        return self._trim(doc, first, end)[0]

    def _name_after(self, doc: Doc, start: int, blocked: set[int]) -> int:
        """End of the name starting at ``start`` ("Kostiantynopil" in "the village of Kostiantynopil")."""
        last = start
        while last < len(doc) and last - start < MAX_NAME_TOKENS and self._is_name_word(doc, last, blocked) \
                and (last == start or not doc[last].is_sent_start):
            last += 1
        return self._trim(doc, start, last)[1]

    def _trim(self, doc: Doc, start: int, end: int) -> tuple[int, int]:
        """Without particles or hyphens at either edge; an empty name when no capitalised word is left."""
        while start < end and doc[start].lower_ in self.particles and not doc[start].is_title and \
                not (start + 1 < end and doc[start + 1].text == "-" and doc[start].is_alpha):
            start += 1  # a loose particle, but not "al-" joined to the name ("al-Mawasi")
        while end > start and (doc[end - 1].lower_ in self.particles or doc[end - 1].text == "-"):
            end -= 1
        words = [doc[i].text for i in range(start, end) if doc[i].is_alpha and doc[i].text[:1].isupper()]
        if not words or all(word in self.compass for word in words):
            return end, end  # no capitalised word, or only a direction ("the West")
        return start, end


def names_border(doc: Doc, start: int, end: int, border_words: set[str], units: set[str]) -> bool:
    """Whether the country at tokens ``start:end`` is named for its border ("the Niger border", "Mali's
    frontier", "the border with Niger"): a place near it is most often across it, and an article that
    names it so is not about it. Not the country's border ``units`` ("Afghan border forces")."""
    start, end = _list_edges(doc, start, end)  # "the borders with Burkina Faso and Niger"
    after = end + (end < len(doc) and doc[end].text in ("'s", "’s"))
    return (after < len(doc) and doc[after].lower_ in border_words
            and not (after + 1 < len(doc) and doc[after + 1].lower_ in units)) \
        or (start >= 2 and doc[start - 2].lower_ in border_words and doc[start - 1].lower_ == "with")


def _list_edges(doc: Doc, start: int, end: int, most: int = 4) -> tuple[int, int]:
    """The first and last tokens of the list of names that holds the name at ``start:end`` ("Mali, Niger and
    Burkina Faso"): capitalised words joined by commas and "and", at most ``most`` names; a list joined by
    commas alone is none ("near the border with Mali, Niger's army said")."""
    def capitalised(i: int) -> bool:
        return 0 <= i < len(doc) and doc[i].text[:1].isupper()
    first, last = start, end
    for _ in range(most):
        if first >= 2 and doc[first - 1].lower_ in (",", "and") and capitalised(first - 2):
            first -= 2
            while capitalised(first - 1):
                first -= 1
        if last + 1 < len(doc) and doc[last].lower_ in (",", "and") and capitalised(last + 1):
            last += 2
            while capitalised(last):
                last += 1
    joined = any(token.lower_ == "and" for token in doc[first:last])
    return (first, last) if joined else (start, end)
