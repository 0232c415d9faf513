import pytest
import spacy

from conftest import rows
from pipeline.locatives import names_border


def places(nlp, text):
    return {r["name"]: r for r in rows(nlp, text, "locations")}


@pytest.mark.parametrize("text, name, kind, country", [
    ("A missile hit a military site in the Bryansk region.", "Bryansk Oblast", "REGION", "RUS"),
    ("Shelling continued in the Kharkiv oblast overnight.", "Kharkiv Oblast", "REGION", "UKR"),
    ("Drones struck an oil depot in Kiev overnight.", "Kyiv", "CITY", "UKR"),
    ("RSF fighters stormed Zamzam camp near El Fasher.", "El Fasher", "CITY", "SDN"),
    ("Israeli jets struck targets in southern Lebanon.", "Southern Lebanon", "REGION", "LBN"),
    ("The tanker was attacked near the Bab el-Mandeb strait.", "Bab el-Mandeb", "OTHER", ""),
    ("Drones dropped explosives on the community of Las Bateas in Michoacan.", "Las Bateas", "CITY", "MEX"),
    # a province spelled another way than its ISO name ("Otdar Mean Chey"), in the country the text names
    ("Cambodia said Thai shells hit villages in Oddar Meanchey province.", "Otdar Mean Chey", "REGION", "KHM"),
    ("Rebels attacked a police post in the department of Arauca.", "Arauca", "REGION", "COL"),
    # an area named by a place the gazetteer does not know ("the Hassan Khel area")
    ("Troops stopped infiltrators in the Hassan Khel area on Sunday, Pakistan's army said.", "Hassan Khel", "CITY",
     "PAK"),
    ("Israel's military said its jets struck a launcher in the area of Jibal al-Butm in southern Lebanon.",
     "Jibal al-Butm", "CITY", "LBN"),
])
def test_places_are_typed_and_geocoded(any_nlp, text, name, kind, country):
    found = {k.casefold(): v for k, v in places(any_nlp, text).items()}
    row = found[name.casefold()]
    assert (row["type"], row["country"]) == (kind, country)


def test_a_state_the_gazetteer_knows_only_as_a_village_elsewhere_is_placed_as_the_state(any_nlp):
    row = places(any_nlp, "Gunmen killed six people in Culiacan, the capital of Sinaloa state.")["Sinaloa"]
    assert (row["type"], round(row["latitude"]), round(row["longitude"])) == ("REGION", 25, -108)


def test_city_coordinates_come_from_the_gazetteer(any_nlp):
    row = places(any_nlp, "Air raid sirens sounded in Kyiv.")["Kyiv"]
    assert round(row["latitude"]) == 50 and round(row["longitude"]) == 31


def test_bare_region_name_follows_the_article(any_nlp):
    text = "Ukraine holds ground in contested regions like Kursk. North Korean troops fought in Kursk."
    found = places(any_nlp, text)
    assert found["Kursk Oblast"]["mentions"] == 2 and "Kursk" not in found


def test_city_of_keeps_the_city(any_nlp):
    found = places(any_nlp, "Drones were shot down over the city of Kursk.")
    assert "Kursk" in found and found["Kursk"]["type"] == "CITY"


def test_country_context_picks_the_right_namesake(nlp):
    found = places(nlp, "Russian officials in Moscow said Ukrainian drones hit Podolsk.")
    assert found["Moscow"]["country"] == "RUS"


def test_a_district_named_after_a_town_abroad_is_in_the_articles_country(any_nlp):
    found = places(any_nlp, "Jets bombed a village in Kani Township in Myanmar's Sagaing Region on Monday.")
    assert (found["Kani Township"]["country"], found["Kani Township"]["latitude"]) == ("MMR", None)


def test_dateline_is_a_place(any_nlp):
    assert "Kyiv" in places(any_nlp, "KYIV — Air raid alerts were issued across the country.")


def test_a_common_noun_the_model_reads_as_a_place_is_none(nlp):
    assert "Gunmen" not in {r["name"] for r in rows(nlp, "Gunmen attacked Liancourt in Haiti on Tuesday.", "locations")}


def test_an_agency_a_source_told_gives_no_country_to_the_places(any_nlp):
    text = "Gunmen attacked the town of Liancourt in Haiti on Tuesday, a local farmer told AFP."
    found = {r["name"]: r["country"] for r in rows(any_nlp, text, "locations")}
    assert found.get("Liancourt") == "HTI"


def test_a_word_opening_a_line_as_the_subject_of_its_verb_is_no_unknown_place(nlp):
    text = "Cauca\n\nGunmen attacked a village in Cauca on Friday, local officials said."
    assert "Gunmen" not in places(nlp, text)


def test_a_ministry_named_department_is_no_place(any_nlp):
    text = "The Department of Homeland Security and the Department of Energy issued a joint statement."
    assert places(any_nlp, text) == {}


@pytest.mark.parametrize("text", [
    "Five Burkinabe soldiers killed\n\nArmed men ambushed a patrol on Tuesday close to the Mali border in Loroum "
    "province, killing five soldiers, a security source said.",
    "Five Burkinabe soldiers killed\n\nArmed men ambushed a patrol near the border with Mali in Loroum province "
    "on Tuesday, a security source said.",
    # the border named twice, more often than the soldiers' country
    "Gunmen kill nine soldiers near Mali border\n\nNine Burkinabe soldiers were killed when armed men attacked "
    "their post close to the Mali border in Loroum province on Tuesday.",
])
def test_a_place_near_a_countrys_border_is_not_in_that_country(any_nlp, text):
    assert places(any_nlp, text)["Loroum Province"]["country"] == "BFA"


@pytest.mark.parametrize("text, named", [
    ("near the Mali border in Loroum", True),
    ("near Mali's frontier in Loroum", True),
    ("near the border with Mali in Loroum", True),
    ("close to the borders with Niger and Mali in Loroum", True),  # a list of countries the border is with
    ("close to the Mali and Niger borders", True),
    ("troops from Niger and Mali on Sunday", False),
    ("near the border with Niger, Mali said", False),  # a comma that parts clauses joins no list
    ("Mali border forces fired on the post", False),  # the country's own border units
    ("in Mali on Sunday", False),
])
def test_a_country_named_for_its_border(text, named):
    doc = spacy.blank("en")(text)
    country = next(token.i for token in doc if token.text == "Mali")
    assert names_border(doc, country, country + 1, {"border", "borders", "frontier"}, {"forces", "guards"}) is named


def test_where_a_missile_came_from_gives_no_country_to_the_place_it_hit(nlp):
    # (a place no gazetteer knows: the statistical model finds it)
    text = ("Israeli soldier wounded\n\nAn Israeli soldier was wounded when an anti-tank missile fired from Lebanon "
            "hit a post near Misgav Am on Saturday, the Israeli army said.")
    assert places(nlp, text)["Misgav Am"]["country"] != "LBN"


def test_the_area_of_a_town_named_like_its_region_is_the_town(any_nlp):
    text = ("Strike in Lebanon\n\nThe Israeli military said its jets had struck a Hezbollah weapons depot in the "
            "Nabatieh area overnight.")
    assert places(any_nlp, text)["Nabatieh"]["type"] == "CITY"


def test_a_place_name_that_opens_a_persons_name_after_a_title_is_no_place(any_nlp):
    text = "The attacks forced the resignation of then Prime Minister Ariel Henry in Port-au-Prince."
    assert {r["name"] for r in rows(any_nlp, text, "locations")} == {"Port-au-Prince"}


def test_an_organizations_initials_before_a_colon_are_no_dateline(any_nlp):
    text = "UN: Gang violence killed 1,500 in three months\n\nMore than 1,500 people were killed in Haiti."
    assert {r["name"] for r in rows(any_nlp, text, "locations")} == {"Haiti"}



@pytest.mark.parametrize("text, place", [
    ("A missile hit a home in the Arab town of Tamra in northern Israel.", "Tamra"),
    ("Gunmen attacked the Fulani village of Mahuta on Sunday.", "Mahuta"),
])
def test_a_community_s_adjective_before_a_settlement_noun_is_no_place(any_nlp, text, place):
    names = {row["name"] for row in rows(any_nlp, text, "locations")}
    assert place in names and not names & {"Arab", "Fulani"}


@pytest.mark.parametrize("text, absent", [
    ("Hami Nepal, a youth group that organised the marches, rejected the official figure.", "Hami"),
    ("Qatar said six people were killed in an attack the Gulf state condemned.", "Gulf"),
])
def test_a_word_of_a_name_is_no_place(any_nlp, text, absent):
    assert absent not in {row["name"] for row in rows(any_nlp, text, "locations")}


def test_a_city_before_its_own_country_s_name_stays_a_place(any_nlp):
    assert "Kharkiv" in {row["name"] for row in rows(any_nlp, "Drones hit Kharkiv Ukraine overnight.", "locations")}
