import pytest

from conftest import rows


@pytest.mark.parametrize("text, value_km, qualifier, kind, weapon", [
    ("The ATACMS missile has a range of up to 300 kilometers.", 300.0, "up_to", "weapon_range", "ATACMS"),
    ("GMLRS rockets can reach targets about 50 miles away.", 80.5, "about", "weapon_range", "GMLRS"),
    ("Storm Shadow has a 250-km range.", 250.0, "exact", "weapon_range", "Storm Shadow"),
    ("The tanker was hit 60 nautical miles southwest of Hodeidah.", 111.1, "exact", "distance", ""),
    ("Drones struck a refinery more than 1,200 km from the border.", 1200.0, "at_least", "distance", ""),
    ("Troops withdrew to positions roughly 800 metres behind the river.", 0.8, "about", "distance", ""),
    ("The Taurus missile, with a range of more than 500 kilometres, was not delivered.", 500.0, "at_least",
     "weapon_range", "Taurus KEPD 350"),
])
def test_ranges_are_converted_qualified_and_linked(any_nlp, text, value_km, qualifier, kind, weapon):
    [row] = rows(any_nlp, text, "ranges")
    assert (row["value_km"], row["qualifier"], row["kind"], row["weapon"]) == (value_km, qualifier, kind, weapon)




@pytest.mark.parametrize("text", [
    "The missile reached an altitude of 7,000 km before falling into the sea.",
    "The fire spread over 40 square kilometres of forest.",
    "The jet flew at 900 kilometres per hour.",
])
def test_altitudes_areas_and_speeds_are_not_ranges(any_nlp, text):
    assert rows(any_nlp, text, "ranges") == []


def test_bracketed_conversion_is_not_a_second_range(any_nlp):
    found = rows(any_nlp, "Tomahawk can fly 1,600 kilometres (1,000 miles).", "ranges")
    assert [r["value_km"] for r in found] == [1600.0]


def test_each_range_goes_to_the_nearest_weapon_in_its_sentence(any_nlp):
    text = ("The ATACMS missile has a range of up to 300 kilometers, far shorter than Russia's Kinzhal "
            "missiles, which can travel up to 2,000 kilometers.")
    found = {(r["value_km"], r["weapon"]) for r in rows(any_nlp, text, "ranges")}
    assert found == {(300.0, "ATACMS"), (2000.0, "Kinzhal")}
