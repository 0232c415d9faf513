"""Published copy as pages deliver it: furniture, small places, spelling variants, look-alike actors,
generic weapons, and the casualty and date wording of wire stories. Every sentence is written for these
tests."""
import pytest

from conftest import rows


def events(nlp, text, published="2024-11-19"):
    return rows(nlp, text, "events", published)


def names(nlp, text, table, published="2024-11-19", **where):
    return {r["name"] for r in rows(nlp, text, table, published) if all(r[k] == v for k, v in where.items())}


# ---------------------------------------------------------------------- 1. page furniture
PAGE = """Shelling Kills Three In Frontline Village
Officials say the barrage lasted most of the night
By TOMASZ WIERZBICKI
09:41 14.03.2025
3 min read
(MENAFN- Ukrinform) Russian artillery struck the village of Kostiantynopil overnight, killing three civilians, regional governor Vadym Filashkin said.
Firefighters work at a burning barn in Kurakhove on Friday. / Photo: Agency
Read also:
Kremlin hosts envoy from Ankara
Also read: Ukraine signs drone deal with Denmark
Post a comment
Top Stories
Oil prices slip after tanker deal
Marathon runner sets course record
Film festival names new director
"""


def test_furniture_becomes_no_row(any_nlp):
    tables = {table: names(any_nlp, PAGE, table, "2025-03-14") for table in ("actors", "locations")}
    assert "Tomasz Wierzbicki" not in tables["actors"] and "Ukrinform" not in tables["actors"]
    assert not {"Ankara", "Denmark", "Kurakhove"} & tables["locations"]  # links and the caption
    assert "Kostiantynopil" in tables["locations"]
    dates = {r["date"] for r in rows(any_nlp, PAGE, "dates", "2025-03-14")}
    assert "2025-03-14" not in dates  # the timestamp line


def test_a_headline_figure_counts_only_when_the_body_lacks_it(any_nlp):
    text = ("Raid Kills 7, Wounds 20 In Market Town\n"
            "An air raid on the market killed seven people, the district chief said.")
    found = {(r["count"], r["outcome"]) for r in rows(any_nlp, text, "casualties")}
    assert found == {(7, "killed"), (20, "injured")}
    assert [r["qualifier"] for r in rows(any_nlp, text, "casualties") if r["count"] == 7] == ["exact"]


@pytest.mark.parametrize("box", ["Summary", "Key events", "HIGHLIGHTS"])
def test_the_points_of_a_summary_box_are_the_standfirst(any_nlp, box):
    text = ("Drones hit factory in Bryansk, one killed, governor says\n"
            f"{box}\n"
            "Fire at electronics plant in Bryansk city\n"
            "Russia says it downed 105 drones overnight\n"
            "Updated 14 May 2025, 09:14 GMT\n\n"
            "MOSCOW, May 14 (Reuters) - Ukrainian drones struck an electronics factory in Bryansk overnight, "
            "killing one woman, the regional governor said.")
    found = events(any_nlp, text, published="2025-05-14")
    assert [e["text"][:16] for e in found] == ["Ukrainian drones"]


def test_the_page_stamp_dates_an_article_without_metadata(any_nlp):
    import pipeline

    text = "Published: 12 March 2025\nMilitants attacked the post on Tuesday, the army said."
    found = pipeline.extract(text, nlp=any_nlp)["dates"]
    assert found["date"].tolist() == ["2025-03-11"]


@pytest.mark.parametrize("line, zone", [
    ("By ELENA MARCHETTI", "byline"),
    ("Reporting by Jo Hart; Editing by Sam Roe", "byline"),
    ("Updated 12 Mar 2025, 09:14 GMT", "timestamp"),
    ("08/20/2024 7:17:05 PM", "timestamp"),
    ("The Associated Press", "agency"),
    ("(Photo by Omar Haddad/Agency)", "caption"),
    ("A man walks past a burned car on Sunday. (Ali Nour, AFP)", "caption"),
    ("Rescuers search a block hit by a missile in Kyiv, Ukraine May 24, 2025. REUTERS/Lena Doe", "caption"),
    ("Share this article", "widget"),
    ("#Sudan #ElFasher", "widget"),
    ("— Maritime Desk (@sea_desk) June 3, 2024", "widget"),
])
def test_whole_lines_of_furniture(any_nlp, line, zone):
    doc = any_nlp(f"Ceasefire talks resume in Doha\n{line}\nThe talks resumed on Monday after a week's pause.")
    assert [span.label_ for span in doc.spans["structure"] if span.text.strip() == line.strip()] == [zone]


@pytest.mark.parametrize("text, dateline, places", [
    ("MIRANSHAH: Two policemen were wounded in a blast.", "MIRANSHAH:", ["MIRANSHAH"]),
    ("GOMA, Congo (AP) — Rebels entered the town.", "GOMA, Congo", ["GOMA", "Congo"]),
    ("BUNIA, Democratic Republic of Congo (AP) — Militiamen attacked a camp.", "BUNIA, Democratic Republic of Congo",
     ["BUNIA", "Democratic Republic of Congo"]),
    ("Mogadishu – Gunmen stormed a hotel on Friday.", "Mogadishu –", ["Mogadishu"]),
    ("Maputo - Gunmen stormed a village on Friday.", "Maputo -", ["Maputo"]),
    ("Yaounde [Cameroon], November 13 (ANI/Xinhua): Gunmen ambushed a convoy.", "Yaounde [Cameroon], November 13",
     ["Yaounde", "Cameroon"]),
    ("GAZA CITY, Jan 5 (Reuters) - Air strikes hit Jabalia.", "GAZA CITY, Jan 5", ["GAZA CITY"]),
    ("KHARTOUM, Sudan, Sept. 3 (AP) - Fighting resumed.", "KHARTOUM, Sudan, Sept. 3", ["KHARTOUM", "Sudan"]),
    ("DAKAR, 9 March 2025 (AFP) — Protesters blocked a road.", "DAKAR, 9 March 2025", ["DAKAR"]),
    ("JUBA, South Sudan, April 2, 2025 (AP) — Troops clashed.", "JUBA, South Sudan, April 2, 2025",
     ["JUBA", "South Sudan"]),
    # the agency's dash written against the first word of the story
    ("KINSHASA (Reuters) -Congo's army said it had retaken Kalembe.", "KINSHASA", ["KINSHASA"]),
])
def test_datelines(any_nlp, text, dateline, places):
    doc = any_nlp(f"Attack reported\n{text}")
    assert [s.text for s in doc.spans["structure"] if s.label_ == "dateline"] == [dateline]
    assert [s.text for s in doc.spans["datelines"]] == places


@pytest.mark.parametrize("agency", ["(Reuters) -", "(Reuters) –", "(AFP) -"])
def test_an_agency_dash_written_against_the_first_word_leaves_the_word_whole(any_nlp, agency):
    text = f"Shelling hits Kherson\n\n{agency}Russian forces shelled Kherson on Monday, killing two people, the governor said."
    assert [e["actor1"] for e in events(any_nlp, text)] == ["Russian Armed Forces"]


@pytest.mark.parametrize("text", [
    "LIVE: Strikes across Gaza as talks stall\nAir strikes hit Jabalia on Monday, medics said.",
    "ANALYSIS: Why the siege of El Fasher matters\nThe city has been besieged for a year.",
])
def test_a_kicker_is_no_dateline(any_nlp, text):
    doc = any_nlp(text)
    assert [s.label_ for s in doc.spans["structure"] if s.start == 0] == ["headline"]
    assert list(doc.spans["datelines"]) == []


def test_a_headline_in_capitals_is_a_headline_and_its_capitals_name_no_organization(any_nlp):
    text = ("NIGER: ARMY SAYS DOZENS OF ATTACKERS KILLED NEAR BANIBANGOU\n\nNIAMEY (AFP) - Niger's army said on Friday "
            "it had killed dozens of attackers near Banibangou.")
    doc = any_nlp(text)
    assert [s.label_ for s in doc.spans["structure"] if s.start == 0] == ["headline"]
    assert [s.text for s in doc.spans["datelines"]] == ["NIAMEY"]
    assert "ARMY" not in names(any_nlp, text, "actors")


LIVE_BLOG = """Strikes across Gaza as talks stall
Follow our live coverage
09:14 GMT
Gaza's civil defence agency said at least 25 people had been killed in Israeli strikes since dawn.
08:52 GMT
Strike on tent camp in Mawasi
An Israeli air strike hit a tent in the Mawasi area west of Khan Younis overnight, killing six people, among \
them three children, Nasser Hospital said.
"""


@pytest.mark.parametrize("zone", ["GMT", "BST", "CAT"])
def test_a_live_blog_entry_title_is_a_headline_and_tells_no_event_of_its_own(any_nlp, zone):
    doc = any_nlp(LIVE_BLOG.replace("GMT", zone))
    assert "Strike on tent camp in Mawasi" in {s.text.strip() for s in doc.spans["structure"] if s.label_ == "headline"}
    found = events(any_nlp, LIVE_BLOG.replace("GMT", zone), published="2025-08-20")
    assert [e["text"][:8] for e in found] == ["Gaza's c", "An Israe"] and found[1]["killed"] == 6


@pytest.mark.parametrize("furniture", ["Photo caption: Smoke over the town after the fighting.",
                                       "Watch: rebels enter the town (1:58)"])
def test_a_first_paragraph_followed_by_a_photo_or_a_video_is_the_story_not_a_standfirst(any_nlp, furniture):
    text = ("Town falls to rebels\n\nRebels captured the town of Gwa in Rakhine state on Friday, residents said.\n\n"
            f"{furniture}\n\nThe junta did not comment on the loss of the town.")
    assert [e["location"] for e in events(any_nlp, text, "2024-12-21")] == ["Gwa"]


def test_by_in_a_sentence_is_not_a_byline(any_nlp):
    doc = any_nlp("Talks resume\nBy the time the convoy arrived, the bridge was gone.")
    assert "byline" not in {span.label_ for span in doc.spans["structure"]}


def test_the_structure_component_alone_with_injected_rules():
    import spacy

    from pipeline import resources

    rules = resources.read(resources.models_dir() / "structure.json")
    rules["agencies"] = ["Harbour Wire"]
    nlp = spacy.blank("en")
    nlp.add_pipe("conflict_structure").use({"structure.json": rules, "organizations.jsonl": []})
    doc = nlp("Port closes\nHarbour Wire\nThe port closed on Monday.")
    assert [(s.label_, s.text) for s in doc.spans["structure"]] == [("headline", "Port closes"),
                                                                    ("agency", "Harbour Wire")]


# ---------------------------------------------------------------------- 2. places the wording marks
@pytest.mark.parametrize("text, name, kind", [
    ("Drones hit the village of Kostiantynopil before dawn.", "Kostiantynopil", "CITY"),
    ("Fighters stormed Kalma camp near Nyala on Sunday.", "Kalma camp", "REGION"),
    ("Shelling damaged homes in the Beryslav district of Ukraine.", "Beryslav District", "REGION"),
    ("Rebels seized Bunia airport in Congo after a short fight.", "Bunia Airport", "FACILITY"),
    ("Ukrainian drones set fire to the Azot chemical plant in Russia.", "Azot Chemical Plant", "FACILITY"),
])
def test_places_marked_by_their_wording(any_nlp, text, name, kind):
    found = {r["name"]: r for r in rows(any_nlp, text, "locations")}
    assert name in found and found[name]["type"] == kind


@pytest.mark.parametrize("text, places", [
    ("The car was hit near Al-Mansouri, a fishing village north of Naqoura.", ["Al-Mansouri"]),
    ("Gunmen raided Ngoyo and Mambelenga, two farming villages south of Komanda.", ["Ngoyo", "Mambelenga"]),
    ("Shells landed in Tawila, a small market town, on Monday.", ["Tawila"]),
])
def test_an_appositive_head_noun_marks_a_place(any_nlp, text, places):
    found = {r["name"]: r["type"] for r in rows(any_nlp, text, "locations")}
    assert all(found.get(place) == "CITY" for place in places)


@pytest.mark.parametrize("text, person", [
    ("Ahmed Saleh, a village elder, said the strike killed two.", "Ahmed Saleh"),
    ("Ruth Akello, a town councillor, said the shelling stopped.", "Ruth Akello"),
])
def test_a_head_noun_that_modifies_another_noun_marks_no_place(any_nlp, text, person):
    assert person not in names(any_nlp, text, "locations")


def test_a_country_a_strike_came_from_is_a_place(any_nlp):
    assert "Syria" in names(any_nlp, "The drones were launched from Syria at dawn.", "locations")


def test_a_compass_word_joins_a_name_only_when_it_is_part_of_it(any_nlp):
    found = names(any_nlp, "Floods and clashes displaced families in Northern Bahr el Ghazal, South Sudan.",
                  "locations")
    assert "Northern Bahr el Ghazal" in found and "Bahr el Ghazal" not in found


def test_a_person_named_like_a_city_is_not_the_city(nlp):
    found = names(nlp, "A resident named Victoria Okafor told reporters the market burned.", "locations")
    assert "Victoria" not in found


# ---------------------------------------------------------------------- 3. one place, many spellings
@pytest.mark.parametrize("text, mentions", [
    ("Strikes hit Beit Lahia on Monday. Rescuers in Beit Lahiya found survivors. BEIT LAHIA was dark.", 3),
    ("Militants struck in Waziristan overnight, and troops answered in Wazirstan at dawn.", 2),
    ("Shells fell on Deir el-Balah, and later on Deir al-Balah's market.", 2),
])
def test_spelling_variants_are_one_row(any_nlp, text, mentions):
    found = rows(any_nlp, text, "locations")
    assert [r["mentions"] for r in found] == [mentions], found


# ---------------------------------------------------------------------- 4. names in force on the day
@pytest.mark.parametrize("published, mission", [
    ("2018-05-01", "African Union Mission in Somalia"),
    ("2023-05-01", "African Union Transition Mission in Somalia"),
    ("2025-05-01", "African Union Support and Stabilization Mission in Somalia"),
])
def test_a_renamed_mission_resolves_by_publication_date(any_nlp, published, mission):
    text = "The African Union mission in Somalia said its troops repelled an attack."
    assert names(any_nlp, text, "actors", published) == {mission}


@pytest.mark.parametrize("published, city", [("2015-03-01", "Artemivsk"), ("2023-03-01", "Bakhmut")])
def test_a_renamed_city_resolves_by_publication_date(any_nlp, published, city):
    assert names(any_nlp, "Shelling hit Bakhmut overnight.", "locations", published) == {city}


# ---------------------------------------------------------------------- 5. words that look like actors
@pytest.mark.parametrize("text, absent", [
    ("A Liberia-flagged carrier was struck off the coast.", "Liberia"),
    ("The unit fired French-built howitzers at the ridge.", "France"),
    ("The destroyer USS Gravely shot down two drones.", "Gravely"),
    ("Missiles struck the M/V Sea Eagle at dawn.", "Sea Eagle"),
])
def test_compounds_and_vessels_are_not_actors(any_nlp, text, absent):
    assert absent not in names(any_nlp, text, "actors") | names(any_nlp, text, "locations")


@pytest.mark.parametrize("text, table, name, kind", [
    ("The Qatar Red Crescent sent two ambulances to the town.", "actors", "Qatar Red Crescent", "ORGANIZATION"),
    ("Patients were moved to the Kuwaiti Specialty Hospital overnight.", "locations",
     "Kuwaiti Specialty Hospital", "FACILITY"),
    ("Ukraine's 92nd Mechanized Brigade repelled an assault near the river.", "actors",
     "92nd Mechanized Brigade", "MILITARY"),
])
def test_bodies_named_after_a_country_and_units(any_nlp, text, table, name, kind):
    found = {r["name"]: r for r in rows(any_nlp, text, table)}
    assert name in found and found[name]["type"] == kind
    assert not {"Qatar", "Kuwait"} & names(any_nlp, text, "actors")


def test_a_unit_takes_its_country_from_the_words_before_it(any_nlp):
    found = {r["name"]: r for r in rows(any_nlp, "Ukraine's 47th Mechanized Brigade held the line.", "actors")}
    assert found["47th Mechanized Brigade"]["country"] == "UKR"


@pytest.mark.parametrize("text, forces", [
    ("Myanmar has seen heavy fighting in Sagaing. Junta troops burned two villages near Myanmar's border.",
     "Armed Forces of Myanmar"),
    ("In Syria the front moved again. Regime forces shelled the town of Sarmin, Syrian activists said.",
     "Armed Forces of Syria"),
])
def test_a_regimes_forces_are_an_actor(any_nlp, text, forces):
    from pipeline import knowledge

    canonical = knowledge.load().actor_aliases().get(forces)["name"]
    assert canonical in names(any_nlp, text, "actors", type="MILITARY")


def test_a_group_name_stays_whole(nlp):
    text = "Fighters of Ahrar al-Sham said they had repelled the assault near Idlib."
    found = {r["name"]: r for r in rows(nlp, text, "actors")}
    assert found["Ahrar al-Sham"]["type"] == "ARMED_GROUP"


@pytest.mark.parametrize("text, name", [
    ("Mahmoud Bassam, a spokesman for the rescue service, said six bodies were recovered.", "Mahmoud Bassam"),
    ("Rescuers were still digging, Dariusz Nowakowski told reporters.", "Dariusz Nowakowski"),
    ("Sepoy Tariq Mehmood was among those wounded.", "Tariq Mehmood"),
])
def test_unknown_people_with_evidence_are_actors(nlp, text, name):
    assert name in names(nlp, text, "actors")


@pytest.mark.parametrize("text, absent", [
    ("Convoy Hit Near Border As Talks Stall\nA convoy was hit near the border, officials said.", "Convoy Hit"),
    ("Rebels Kill 12 Villagers\nRebels killed twelve villagers, a local official said.", "Rebels Kill"),
])
def test_headline_fragments_are_not_actors(nlp, text, absent):
    assert absent not in names(nlp, text, "actors")


# ---------------------------------------------------------------------- 6. weapons beyond the catalogue
@pytest.mark.parametrize("text, name, specificity, category", [
    ("A guided aerial bomb struck a school.", "guided aerial bomb", "class", "glide bomb"),
    ("Soldiers found a roadside bomb on the highway.", "improvised explosive device", "class",
     "improvised explosive device"),
    ("A surface-to-air missile downed the helicopter.", "surface-to-air missile", "class", "surface-to-air missile"),
    ("Russia launched a Shahed-238 toward the port.", "Shahed-238", "system", "loitering munition"),
    ("Air defences shot down a Kh-69 over the region.", "Kh-69", "system", "cruise missile"),
    ("An Iskander-1000 was fired from the north.", "Iskander-1000", "system", "ballistic missile"),
    ("Russian jets dropped KABs on the town.", "KAB", "family", "glide bomb"),
])
def test_weapons_named_by_class_family_or_designator(any_nlp, text, name, specificity, category):
    found = {r["name"]: r for r in rows(any_nlp, text, "weapons")}
    assert name in found, found
    assert (found[name]["specificity"], found[name]["category"]) == (specificity, category)


@pytest.mark.parametrize("text, absent", [
    ("Russia fired ATACMS missiles.", "missile"),
    ("The Kinzhal, a hypersonic missile, hit the depot.", "hypersonic missile"),
    ("Families hid in a bomb shelter all night.", "aerial bomb"),
    ("A think tank published the report.", "tank"),
])
def test_class_words_that_belong_to_a_system_or_mean_something_else(any_nlp, text, absent):
    assert absent not in names(any_nlp, text, "weapons")


# ---------------------------------------------------------------------- 7. casualty and date wording
@pytest.mark.parametrize("text, expected", [
    ("One woman died when a shell hit her house.", (1, "killed", "women")),
    ("Twelve fighters surrendered to the army.", (12, "captured", "fighters")),
    ("Two men were shot dead at a checkpoint.", (2, "killed", "")),
    ("Three soldiers were martyred in the blast.", (3, "killed", "soldiers")),
    ("About 400 families were forced to flee their villages.", (400, "displaced", "people")),
    ("Some 900 people took shelter in schools.", (900, "displaced", "people")),
    ("The patrol was ambushed without loss of life.", (0, "killed", "")),
])
def test_casualty_wording(any_nlp, text, expected):
    assert [(r["count"], r["outcome"], r["group"]) for r in rows(any_nlp, text, "casualties")] == [expected]


@pytest.mark.parametrize("text", [
    "The shelling began at about nine in the morning and went on for hours.",
    "Gunmen attacked the base of Battalion No. 7, wounding nobody named in reports.",
    "Troops seized 12 rifles and four motorcycles in the raid.",
])
def test_times_units_and_seized_weapons_are_not_casualties(any_nlp, text):
    assert [r["count"] for r in rows(any_nlp, text, "casualties") if r["count"]] == []


def test_the_source_is_the_nearest_reporting_clause(nlp):
    text = ("The UN said aid was blocked, while Governor Oleksandr Prokudin said four people were killed.")
    [row] = rows(nlp, text, "casualties")
    assert row["source"] == "Oleksandr Prokudin"


@pytest.mark.parametrize("text, published, expected", [
    ("A drone hit the depot late on Dec 2, local time.", "2024-12-01", ("2024-12-02", "day")),
    ("The strike on 2024-07-09 hit a depot.", "2024-07-20", ("2024-07-09", "day")),
    ("Talks were held on Dec 9 in the capital.", "2024-12-01", ("2023-12-09", "day")),
])
def test_dates_of_wire_copy(any_nlp, text, published, expected):
    assert [(r["date"], r["granularity"]) for r in rows(any_nlp, text, "dates", published)] == [expected]


# ---------------------------------------------------------------------- 8. more of real copy
@pytest.mark.parametrize("text, table, name", [
    ("The El Fasher Emergency Response Room said the clinic was hit.", "actors", "El Fasher Emergency Response Room"),
    ("Fighters of the Kani People's Defence Force said the village was bombed.", "actors",
     "Kani People's Defence Force"),
    ("Niger's defence ministry said the post was overrun.", "actors", "Ministry of Defence of Niger"),
    ("Somalia's Ministry of Defense said nine soldiers were killed.", "actors", "Ministry of Defence of Somalia"),
    ("A little-known group, the Kashmir Resistance, claimed the attack.", "actors", "Kashmir Resistance"),
])
def test_local_bodies_and_ministries_have_one_name(any_nlp, text, table, name):
    assert name in names(any_nlp, text, table)


@pytest.mark.parametrize("text, absent", [
    ("The UN humanitarian office OCHA said the camp had no water.", "United Nations"),
    ("Twenty sailors of the Filipino crew were evacuated.", "Philippines"),
    ("The Japanese government lodged a protest.", "Japanese government"),
])
def test_descriptors_and_people_are_not_extra_actors(any_nlp, text, absent):
    assert absent not in names(any_nlp, text, "actors")


@pytest.mark.parametrize("text, place", [
    ("Clashes erupted in eastern Democratic Republic of the Congo on Sunday.", "Democratic Republic of the Congo"),
    ("Gunmen crossed from areas bordering Mali and Burkina Faso.", "Burkina Faso"),
    ("Drones were launched from Houthi-controlled parts of Yemen.", "Yemen"),
    ("Militants struck the states of Jalisco, Guanajuato and Zacatecas overnight.", "Zacatecas"),
])
def test_countries_and_regions_in_place_wording(any_nlp, text, place):
    assert place in names(any_nlp, text, "locations")


def test_a_city_named_like_its_region_stays_the_city(any_nlp):
    text = "Drones hit the Kharkiv region overnight. The invaders shelled Kharkiv and the region all day."
    assert {"Kharkiv", "Kharkiv Oblast"} <= names(any_nlp, text, "locations")


@pytest.mark.parametrize("text, expected", [
    ("The dead included 11 children and six women, and at least 57 people were wounded.",
     {(11, "killed"), (6, "killed"), (57, "injured")}),
    ("At least nine people were wounded and about 40 are still missing.", {(9, "injured"), (40, "missing")}),
    ("Four soldiers died and 14 were wounded when hundreds of fighters overran the post.",
     {(4, "killed"), (14, "injured")}),
])
def test_each_figure_takes_its_own_outcome(any_nlp, text, expected):
    assert {(r["count"], r["outcome"]) for r in rows(any_nlp, text, "casualties")} == expected


def test_whoever_is_told_is_not_the_source(nlp):
    text = "Residents told AFP that 12 civilians were killed in the raid."
    assert [r["source"] for r in rows(nlp, text, "casualties")] == [""]


def test_the_ministry_said_refers_to_the_ministry_named_before(any_nlp):
    text = ("Niger's defence ministry gave a toll on Tuesday. Later the ministry said 34 soldiers were killed.")
    assert [r["source"] for r in rows(any_nlp, text, "casualties")] == ["Ministry of Defence of Niger"]


@pytest.mark.parametrize("text, ministries", [
    ("BAMAKO, May 4 (Reuters) - Gunmen killed 12 Malian soldiers near Gao, the defence ministry said.",
     ["Ministry of Defence of Mali"]),
    ("Mali's defence ministry gave a toll. Later the defence ministry said 12 soldiers were killed.",
     ["Ministry of Defence of Mali", "Ministry of Defence of Mali"]),
    ("KYIV (Reuters) - Russia's defence ministry said it downed 40 drones, and the defence ministry in Kyiv "
     "denied it.", ["Russian Ministry of Defence", "Ukrainian Ministry of Defence"]),
    ("DUBAI (Reuters) - The Houthis fired two missiles at a tanker, the defence ministry said.", []),
])
def test_a_ministry_named_bare_is_the_one_named_before_or_the_datelines(any_nlp, text, ministries):
    found = [r["normalized"] for r in rows(any_nlp, text, "mentions") if r["label"] == "ACTOR"]
    assert [name for name in found if "Ministry" in name] == ministries


def test_a_village_named_after_a_town_is_not_the_town(any_nlp):
    text = "Russian shelling killed a woman in the village of Kupiansk-Vuzlovyi on Sunday."
    assert names(any_nlp, text, "locations") == {"Kupiansk-Vuzlovyi"}


@pytest.mark.parametrize("text, name, role", [
    ("An officer at the base, Capt. Mohamed Ali Hassan, said the militants fired mortars.", "Mohamed Ali Hassan",
     "Captain"),
    ("Lt. Col. Ahmed Yusuf Omar told reporters the road was mined.", "Ahmed Yusuf Omar", "Lieutenant Colonel"),
])
def test_a_rank_abbreviation_keeps_the_name_in_its_sentence(any_nlp, text, name, role):
    assert [(r["name"], r["role"]) for r in rows(any_nlp, text, "actors") if r["type"] == "PERSON"] == [(name, role)]


def test_a_surname_alone_is_the_person_named_before(any_nlp):
    text = ("The regional governor, Ivan Fedorov, said two people were killed. "
            "Three more were hurt on the same street, Fedorov wrote on Telegram.")
    found = [(r["text"], r["normalized"]) for r in rows(any_nlp, text, "mentions") if r["label"] == "ACTOR"]
    assert found == [("Ivan Fedorov", "Ivan Fedorov"), ("Fedorov", "Ivan Fedorov")]


def test_lower_case_words_name_no_place(nlp):
    text = "North Korea fired a missile off its east coast on Thursday, from near Wonsan."
    assert names(nlp, text, "locations") == {"Wonsan"}


@pytest.mark.parametrize("text, group", [
    ("Gunmen killed 14 Nigerien soldiers near the border.", "soldiers"),
    ("Israeli strikes killed three Hamas fighters overnight.", "fighters"),
    ("A drone strike killed one of its Filipino sailors.", "people"),
])
def test_a_name_before_the_victims_noun_keeps_the_noun(any_nlp, text, group):
    assert [r["group"] for r in rows(any_nlp, text, "casualties")] == [group]


@pytest.mark.parametrize("text, published, expected", [
    ("In April this year the rebels overran the camp.", "2025-08-12", ("2025-04", "month")),
    ("It was the first launch since Oct. 31 last year.", "2025-10-23", ("2024-10-31", "day")),
])
def test_a_month_with_a_relative_year(any_nlp, text, published, expected):
    assert [(r["date"], r["granularity"]) for r in rows(any_nlp, text, "dates", published)] == [expected]


@pytest.mark.parametrize("text", ["The group began three decades ago.", "Gunmen attacked during Friday prayers."])
def test_vague_spans_and_customs_are_not_dates(any_nlp, text):
    assert rows(any_nlp, text, "dates", "2025-05-27") == []


def test_a_place_named_by_its_wording_is_that_place_again_later(any_nlp):
    text = ("Shells struck al-Bara, a village in the hills south of Idlib, on Monday. "
            "Rescuers carried a wounded man in al-Bara, Idlib province.")
    found = {r["name"]: r for r in rows(any_nlp, text, "locations")}
    assert found["al-Bara"]["mentions"] == 2
    assert "Bara" not in names(any_nlp, text, "actors")


def test_a_dateline_of_two_cities_is_furniture(any_nlp):
    text = ("ADEN/RIYADH (Reuters) - Saudi-led coalition aircraft struck Houthi positions near Marib on Thursday, "
            "the coalition said.")
    assert "Reuters" not in names(any_nlp, text, "actors")
    found = events(any_nlp, text, "2025-02-14")
    assert found and found[0]["location"] not in ("Riyadh", "Aden")


@pytest.mark.parametrize("text, ship_word", [
    ("Missiles struck the bulk carrier Lagos Star in the Gulf of Aden on Monday.", "Lagos"),
    ("The Houthis said they had targeted the container ship Aurora Bay in the Red Sea.", "Aurora"),
])
def test_a_ships_name_after_its_noun_is_no_place(any_nlp, text, ship_word):
    assert not any(ship_word in name for name in names(any_nlp, text, "locations", "2025-02-14"))


def test_a_country_or_a_day_after_a_ship_noun_is_no_ship_name(any_nlp):
    assert "Iran" in names(any_nlp, "Commandos boarded the tanker Iran had seized in the Gulf.", "actors") | \
        names(any_nlp, "Commandos boarded the tanker Iran had seized in the Gulf.", "locations")
    found = events(any_nlp, "Houthi missiles hit a ship Tuesday in the Red Sea, the group said.", "2025-02-14")
    assert found and found[0]["date"] == "2025-02-11"


@pytest.mark.parametrize("text, person", [
    ("Police spokesman Abdirahman Aden Farah said three people were wounded.", "Abdirahman Aden Farah"),
    ("Belgorod region governor Sergei Gusev said a drone hit a warehouse.", "Sergei Gusev"),
])
def test_a_towns_name_inside_a_persons_name_is_the_persons(any_nlp, text, person):
    assert person in names(any_nlp, text, "actors", "2025-05-15", type="PERSON")
    assert not {"Aden", "Gusev"} & names(any_nlp, text, "locations", "2025-05-15")


def test_a_demonym_after_a_place_opening_the_sentence_is_an_actor(any_nlp):
    text = "In Russia, a Ukrainian drone attack set a refinery on fire in the city of Ryazan, the governor said."
    assert "Ukraine" in names(any_nlp, text, "actors", "2025-05-15")
    assert events(any_nlp, text, "2025-05-15")[0]["actor1"] == "Ukraine"


def test_a_places_name_is_no_weapon(any_nlp):
    text = "Gunmen killed three police officers at a checkpoint in Tank district on Monday, police said."
    assert "Tank District" in names(any_nlp, text, "locations", "2025-06-10")
    assert rows(any_nlp, text, "weapons", "2025-06-10") == []


def test_the_bodys_first_word_after_a_dateline_is_no_place(nlp):
    text = "Raid in the south\nLES CAYES, Haiti — Gunmen in Haiti burned a police station on Sunday."
    assert "Gunmen" not in names(nlp, text, "locations")


def test_the_headlines_after_a_related_coverage_label_are_widget_text(any_nlp):
    text = ("Refinery hit\n\nUkraine's drones struck an oil refinery in Russia's Saratov region overnight, the "
            "General Staff said.\n\nRelated coverage\nRussian shelling kills four in Kherson region\n")
    found = events(any_nlp, text, "2025-03-03")
    assert [(e["location"], e["killed"]) for e in found] == [("Saratov Oblast", None)]


def test_a_sentence_runs_on_past_a_name_the_parser_would_cut(nlp):
    doc = nlp("Thai F-16 jets struck Cambodian positions near the Ta Muen Thom temple on Wednesday, the Royal "
              "Thai Air Force said.")
    assert len(list(doc.sents)) == 1


def test_a_live_blogs_first_entry_is_no_standfirst(any_nlp):
    text = ("LIVE: Overnight attack on Ukraine\n\n09:12\nUkraine's air force says Russia launched 80 drones "
            "overnight. Air defences downed 52 of them, it said.\n\n08:40\nTwo people were killed in Dnipro when a "
            "missile hit a house, the regional governor said.\n")
    found = events(any_nlp, text, "2025-06-05")
    assert (found[0]["claimant"], found[0]["launched"], found[0]["intercepted"]) == ("Ukrainian Air Force", 80, 52)


def test_a_headline_under_a_place_s_kicker_is_a_headline_and_its_place_a_dateline(any_nlp):
    doc = any_nlp("NIGER: Army says it repelled attack on Tillaberi post\n\nNIAMEY, May 12 (AFP) - The army said on "
                  "Monday it had repelled an attack on a post near Tillaberi.")
    zones = [(span.label_, span.text.strip()) for span in doc.spans["structure"]]
    assert zones[:2] == [("dateline", "NIGER:"), ("headline", "Army says it repelled attack on Tillaberi post")]
    assert [span.text for span in doc.spans["datelines"]][:1] == ["NIGER"]
