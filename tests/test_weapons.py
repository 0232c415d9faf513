import pytest

from conftest import rows


@pytest.mark.parametrize("text, expected", [
    ("Ukraine fired US-supplied ATACMS missiles at an airfield.", {"ATACMS"}),
    ("Russia launched Kinzhal hypersonic missiles and Kh-101 cruise missiles overnight.", {"Kinzhal", "Kh-101"}),
    ("The Pentagon will send more HIMARS launchers and Javelin anti-tank missiles.", {"HIMARS", "Javelin"}),
    ("Shaheds and Geran-2 drones struck the port of Izmail.", {"Shahed-136"}),
    ("Britain supplied Storm Shadow missiles, which France calls SCALP.", {"Storm Shadow"}),
    ("Two Patriot batteries intercepted the Iskander-M ballistic missiles.", {"Patriot", "Iskander-M"}),
    ("The Houthis fired Grad rockets toward the coast.", {"BM-21 Grad"}),
])
def test_catalogue_names_resolve_to_canonical_weapons(any_nlp, text, expected):
    assert {row["name"] for row in rows(any_nlp, text, "weapons")} == expected


@pytest.mark.parametrize("text", [
    "The patriot waved a flag outside the town hall.",
    "A study in The Lancet examined wartime nutrition.",
    "Grad students protested outside the ministry.",
    "The storm knocked out power to thousands of homes.",
])
def test_ambiguous_names_need_a_weapon_context(any_nlp, text):
    assert rows(any_nlp, text, "weapons") == []


@pytest.mark.parametrize("text, expected", [
    # a surname that is also a weapon's name, in a sentence with a weapon word
    ("A fighter jet struck the farmers, lawmaker Aminu Sani told reporters.", {"combat aircraft"}),
    ("Russian Sani mortars shelled the village overnight.", {"2B11 Sani"}),
])
def test_an_ambiguous_name_after_a_given_name_is_a_surname(any_nlp, text, expected):
    assert {row["name"] for row in rows(any_nlp, text, "weapons")} == expected


def test_weapon_rows_carry_catalogue_attributes(nlp):
    [row] = rows(nlp, "The ATACMS missile and its successor were discussed.", "weapons")
    assert (row["category"], row["origin"], row["nominal_range_km"]) == ("ballistic missile", "USA", 300.0)


def test_mentions_of_one_system_are_counted_once(nlp):
    text = "HIMARS arrived in June. Crews said the HIMARS and another Himars were moved."
    [row] = rows(nlp, text, "weapons")
    assert row["name"] == "HIMARS" and row["mentions"] == 3


@pytest.mark.parametrize("text, expected", [
    # a bare bomb after a bomb of a kind is that bomb
    ("A truck bomb wrecked a checkpoint in Mogadishu. Police said the bomb had been hidden under sacks of flour.",
     {"car bomb"}),
    # a bare bomb that went off on the ground is an explosive device, one dropped from a plane an aerial bomb
    ("A bomb went off in a crowded market in Maiduguri on Sunday.", {"improvised explosive device"}),
    ("A warplane dropped a bomb on the village school.", {"aerial bomb", "combat aircraft"}),
])
def test_a_bare_bomb_takes_the_kind_its_context_gives(any_nlp, text, expected):
    assert {row["name"] for row in rows(any_nlp, text, "weapons")} == expected


def test_a_weapons_name_opening_a_places_name_is_no_weapon(any_nlp):
    text = "A drone attack on Flamingo air base damaged a warehouse."
    assert {row["name"] for row in rows(any_nlp, text, "weapons")} == {"drone"}


@pytest.mark.parametrize("text", [
    "The fleet said it had destroyed six uncrewed boats in the western Black Sea.",
    "Sea drones struck a patrol ship off the coast.",
])
def test_boats_with_no_crew_are_naval_drones(any_nlp, text):
    assert {row["name"] for row in rows(any_nlp, text, "weapons")} == {"naval drone"}


def test_gas_cylinder_bombs_are_improvised_explosives_not_aerial_bombs(nlp):
    text = "Dissidents attacked the station with improvised gas-cylinder bombs on Tuesday."
    assert {row["name"] for row in rows(nlp, text, "weapons")} == {"improvised explosive device"}


@pytest.mark.parametrize("text, weapon", [
    ("The shelling followed a glide-bomb attack on central Kharkiv on Sunday.", "guided aerial bomb"),
    ("Residents reported cluster-bomb strikes on the market.", "cluster munition"),
])
def test_a_two_word_class_written_as_a_compound_is_that_class(any_nlp, text, weapon):
    assert {row["name"] for row in rows(any_nlp, text, "weapons")} == {weapon}
