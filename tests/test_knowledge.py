"""The knowledge files are data; these checks keep them consistent as entries are added."""
from collections import Counter

import pycountry
import pytest

from pipeline import knowledge, resources
from pipeline.resources import fold

KB = knowledge.load()
CATEGORIES = {
    "ballistic missile", "cruise missile", "hypersonic missile", "anti-ship missile", "air-to-air missile",
    "air-to-surface missile", "surface-to-air missile system", "man-portable air defence system",
    "anti-aircraft gun", "anti-tank missile", "anti-tank weapon", "loitering munition", "combat drone",
    "reconnaissance drone", "naval drone", "rocket artillery", "tube artillery", "mortar", "tank",
    "armoured vehicle", "combat aircraft", "bomber", "helicopter", "warship", "submarine", "glide bomb",
    "guided bomb", "guided artillery shell", "electronic warfare system", "rifle"}


def valid_alpha3(code):
    return pycountry.countries.get(alpha_3=code) is not None


def test_weapon_catalogue_is_broad_and_consistent():
    assert len(KB.weapons) >= 250
    ids = [w["id"] for w in KB.weapons]
    assert len(ids) == len(set(ids))
    names = Counter(n for w in KB.weapons for n in {fold(a) for a in (w["id"], *w["aliases"])})
    assert [n for n, c in names.items() if c > 1] == []
    for weapon in KB.weapons:
        assert weapon["category"] in CATEGORIES, weapon["id"]
        assert valid_alpha3(weapon["origin"]), weapon["id"]
        assert weapon["nominal_range_km"] is None or weapon["nominal_range_km"] > 0, weapon["id"]
        assert set(weapon["ambiguous"]) <= {weapon["id"], *weapon["aliases"]}, weapon["id"]


def test_actor_files_are_consistent():
    assert {c["alpha3"] for c in KB.countries} >= {c.alpha_3 for c in pycountry.countries}
    for org in KB.organizations:
        assert org["type"] in ("ORGANIZATION", "GOVERNMENT", "MILITARY", "ARMED_GROUP"), org["id"]
        assert org["country"] == "" or valid_alpha3(org["country"]), org["id"]
    for person in KB.people:
        assert person["country"] == "" or valid_alpha3(person["country"]), person["id"]
    assert_names_unique_or_successive([*KB.organizations, *KB.people])


def test_no_organization_is_named_by_a_first_name_alone():
    # the ruler runs before the model: "Rafael" as a company's alias split a name such as "Carlos Rafael Mendes"
    given = {fold(name) for name in resources.read(resources.resolve(None) / "given_names.json")["given_names"]}
    assert [alias for org in KB.organizations for alias in (org["id"], *org.get("aliases", ()))
            if " " not in alias and fold(alias) in given] == []


def test_places_are_typed_and_located():
    for place in KB.places:
        assert place["type"] in ("REGION", "CITY", "FACILITY", "OTHER"), place["id"]
        assert place["country"] == "" or valid_alpha3(place["country"]), place["id"]
        assert -90 <= place["latitude"] <= 90 and -180 <= place["longitude"] <= 180, place["id"]
    assert_names_unique_or_successive(KB.places)


def assert_names_unique_or_successive(entries):
    """A name belongs to one entry, or to entries that succeed one another in time (a renamed mission or
    city): each dated, their validity windows not overlapping."""
    holders = {}
    for entry in entries:
        for name in {fold(a) for a in (entry["id"], *entry["aliases"])}:
            holders.setdefault(name, []).append(entry)
    for name, shared in holders.items():
        if len(shared) == 1:
            continue
        windows = sorted((e.get("valid_from", ""), e.get("valid_to", "9999"), e["id"]) for e in shared)
        assert all("valid_from" in e or "valid_to" in e for e in shared), (name, [e["id"] for e in shared])
        assert all(earlier[1] < later[0] for earlier, later in zip(windows, windows[1:])), (name, windows)


@pytest.mark.parametrize("surface", ["Ukrainian forces", "Ukraine's military", "Ukraine’s military"])
def test_generated_military_aliases(surface):
    assert KB.actor_aliases().get(surface)["type"] == "MILITARY"
