"""The literal prefilter in front of the page-structure patterns: it may only ever skip texts the pattern
cannot match."""
import json
import re
from pathlib import Path

import pytest

from pipeline.prefilter import GatedPattern, parser, required

ROOT = Path(__file__).resolve().parent.parent


@pytest.mark.parametrize("pattern, literals", [
    (r"(?i:\bphoto(?:graph)?s?(?: credit| courtesy)?\s*[:/])", {"photo"}),
    (r"(?i:\b(?:image|credit|video)\s*:\s*\S)", {"image", "credit", "video"}),
    (r"\bwww\.\S+\.\w+", {"www."}),
    (r"^\s*(?:AD\s*)+$", {"ad"}),
    (r"(?:https?://\S+)|(?:\bpic\.twitter\.com/\S+)", {"http", "pic.twitter.com/"}),
    (r"[:/]", {":", "/"}),
])
def test_required_substrings(pattern, literals):
    assert required(parser.parse(pattern)) == literals


@pytest.mark.parametrize("pattern", [r"^\s*$", r"(?:a|\d)x?", r"\w*", r"(?=x)"])
def test_patterns_without_a_required_literal_always_run(pattern):
    gate = GatedPattern(pattern)
    assert gate.literals is None
    for text in ("5 min read", "", "   ", "7", "a", "zz"):
        assert bool(gate.search(text)) == bool(re.search(pattern, text))


def corpus_lines():
    for path in sorted((ROOT / "corpus" / "articles").glob("*.txt")):
        yield from (line.strip() for line in path.read_text(encoding="utf-8").splitlines() if line.strip())


OWN_LINES = ["PHOTO: Ana Ruiz/Agency", "Image: handout", "(Photo credit: X)", "Read more at www.example.org",
             "— Jo Lee (@jolee) March 3, 2025", "AD AD", "Ѕource: ministry", "Straße der Einheit", "VIA REUTERS)",
             "In this undated photo", "A convoy passed the Kelvin KLINIK at dawn."]


@pytest.mark.parametrize("key", ["caption_patterns", "widget_patterns", "byline_patterns", "timestamp_patterns",
                                 "agency_markers"])
def test_the_gate_never_refuses_a_line_the_pattern_matches(key):
    patterns = json.loads((ROOT / "models" / "structure.json").read_text(encoding="utf-8"))[key]
    lines = [*corpus_lines(), *OWN_LINES, *(line.upper() for line in OWN_LINES), *(line.lower() for line in OWN_LINES)]
    for pattern in patterns:
        gate, plain = GatedPattern(pattern), re.compile(pattern)
        for line in lines:
            assert bool(gate.search(line)) == bool(plain.search(line)), (pattern, line)


def test_a_gated_pattern_pickles_and_skips_lines_without_its_literals():
    import pickle

    gate = pickle.loads(pickle.dumps(GatedPattern(r"(?i:\bvia (?:AP|Reuters)\)\s*$)")))
    assert gate.literals == ("via ",)
    assert gate.search("Smoke rises over the port (via Reuters)") and not gate.search("Smoke rises over the port")
