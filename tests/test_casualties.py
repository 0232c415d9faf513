import pytest

from conftest import rows


def key(row):
    return row["count"], row["qualifier"], row["outcome"], row["group"]


@pytest.mark.parametrize("text, expected", [
    ("The United Nations reported that over 12,000 civilians, including 2,400 children, have been killed.",
     {(12000, "over", "killed", "civilians"), (2400, "exact", "killed", "children")}),
    ("The strike killed at least 35 people and wounded more than 100 others in Sumy.",
     {(35, "at_least", "killed", "people"), (100, "over", "injured", "people")}),
    ("The fighting has displaced nearly two million Sudanese since April.",
     {(2000000, "nearly", "displaced", "people")}),
    ("Military casualties remain staggering, with estimates in the hundreds of thousands.",
     {(200000, "at_least", "killed_or_injured", "soldiers")}),
    ("Dozens of journalists have been killed in Gaza.", {(24, "at_least", "killed", "journalists")}),
    ("About 1.2 million people were forced from their homes in Lebanon.",
     {(1200000, "about", "displaced", "people")}),
    ("The drone fell on a warehouse without any casualties.", {(0, "exact", "killed_or_injured", "")}),
    ("Six crew members are still missing after the attack on the vessel.", {(6, "exact", "missing", "soldiers")}),
    # an outcome word set apart with a later number is that number's; joined ones share it
    ("The death toll climbed to 1,450, with 3,210 others injured.",
     {(1450, "exact", "killed", ""), (3210, "exact", "injured", "people")}),
    ("The clash left 11 gunmen and one soldier dead.",
     {(11, "exact", "killed", "fighters"), (1, "exact", "killed", "soldiers")}),
    # the word armies use for the enemies they kill
    ("The army said its troops had neutralised 41 terrorists near the camp.", {(41, "exact", "killed", "fighters")}),
    ("The army said it had eliminated 12 militants near Kismayo.", {(12, "exact", "killed", "fighters")}),
    # members of a family are victims, as members of a parliament counted are not
    ("An air strike on a home in Deir al-Balah killed five members of one family.",
     {(5, "exact", "killed", "people")}),
    # a number the tokenizer splits at its hyphen is one number; a force's adjective does not hide its group
    ("Thirty-two miners and six paramilitary guards were killed when the convoy was ambushed.",
     {(32, "exact", "killed", "civilians"), (6, "exact", "killed", "soldiers")}),
    ("Eight gendarmes were killed in the ambush near Fada.", {(8, "exact", "killed", "soldiers")}),
    ("Three border guards were wounded when the post came under fire.", {(3, "exact", "injured", "soldiers")}),
    # what a toll may become is no toll
    ("Nine soldiers died in the raid, and officials feared the toll could climb to 30.",
     {(9, "exact", "killed", "soldiers")}),
])
def test_casualty_figures(any_nlp, text, expected):
    assert {key(r) for r in rows(any_nlp, text, "casualties")} == expected


@pytest.mark.parametrize("text", [
    "Russia deployed 11,000 North Korean troops to support its campaign.",
    "Russia fired 120 missiles and 90 drones at the power grid.",
    "Denmark pledged another $138 million to support the arms industry.",
    "The siege lasted 18 months before the city fell.",
    "Representatives from 42 nations condemned the annexation.",
    "President Bashar al-Assad, 59, fled to Moscow as rebels killed the last guards of the palace.",
    "Roughly nine in ten residents of the camp have been displaced at least once.",
    "Drones dropped at least six explosive devices on houses in the village, injuring a woman.",
    "Air defences neutralised 40 drones over the region overnight.",
    # people counted as the source of a toll
    "The strike hit a market on Tuesday, two health workers and a resident said.",
    "The shelling lasted all night, three doctors told Reuters.",
])
def test_deployments_weapon_counts_money_and_durations_are_not_casualties(any_nlp, text):
    assert rows(any_nlp, text, "casualties") == []


@pytest.mark.parametrize("text, source", [
    ("The United Nations reported that 300 civilians were killed in March.", "United Nations"),
    ("According to the Gaza Health Ministry, 40,000 people have been killed.", "Gaza Health Ministry"),
    ("Russia reported intercepting five missiles. The sixth hit a depot without any casualties.", "Russia"),
    ("At least 20 people were killed, local residents said.", ""),
])
def test_casualty_sources(nlp, text, source):
    assert {r["source"] for r in rows(nlp, text, "casualties")} == {source}


def test_a_figure_reaches_its_outcome_past_the_subsets_it_lists(any_nlp):
    text = "At least 100 people, including 20 children and nine aid workers of a charity, were killed on Friday."
    found = {(r["count"], r["group"]): r["outcome"] for r in rows(any_nlp, text, "casualties")}
    assert found == {(100, "people"): "killed", (20, "children"): "killed", (9, "aid workers"): "killed"}


def test_places_counted_are_no_victims(any_nlp):
    found = rows(any_nlp, "Missiles hit four locations in the province overnight, killing 11 people.", "casualties")
    assert [(r["count"], r["outcome"]) for r in found] == [(11, "killed")]


@pytest.mark.parametrize("text, expected", [
    ("Its troops briefly captured 14 Afghan positions and killed 30 Taliban fighters.", [(30, "killed")]),
    ("Drones destroyed three Russian tanks and wounded 12 Russian soldiers near Pokrovsk.", [(12, "injured")]),
    ("Officials said 12 Hamas members were killed in the strike.", [(12, "killed")]),
])
def test_things_a_people_s_name_describes_are_no_victims(any_nlp, text, expected):
    assert [(r["count"], r["outcome"]) for r in rows(any_nlp, text, "casualties")] == expected


def test_an_outcome_right_before_its_own_figure_is_not_an_earlier_numbers(any_nlp):
    text = ("Police fired tear gas at thousands of protesters in Nairobi on Wednesday, killing at least eight people, "
            "a rights group said. Police also arrested 485 people, it said.")
    found = {(r["count"], r["outcome"]) for r in rows(any_nlp, text, "casualties")}
    assert found == {(8, "killed")}


def test_how_many_attackers_there_were_is_no_toll(any_nlp):
    text = "A resident said the gunmen numbered more than 50 and that 19 bodies had been recovered."
    assert [(r["count"], r["outcome"]) for r in rows(any_nlp, text, "casualties")] == [(19, "killed")]


@pytest.mark.parametrize("text", [
    "Nine Malian soldiers were killed in an attack by dozens of armed men on a checkpoint near Gao.",
    "Two guards were wounded in a raid by about 30 gunmen on the mine.",
])
def test_a_figure_after_by_counts_who_acted_not_victims(any_nlp, text):
    assert len(rows(any_nlp, text, "casualties")) == 1


@pytest.mark.parametrize("text", [
    "Shells killed four villagers on Friday, wounding six more, as fighting between the two neighbours spread.",
    "Clashes between two clans killed four herders and wounded six more near Baidoa.",
])
def test_a_figure_after_between_counts_the_parties_not_victims(any_nlp, text):
    assert {(r["count"], r["outcome"]) for r in rows(any_nlp, text, "casualties")} == {(4, "killed"), (6, "injured")}


@pytest.mark.parametrize("text, count", [("Troops neutralised several dozen militants near Djibo.", 24),
                                         ("Several hundred people were wounded in the clashes.", 200)])
def test_several_of_a_unit_is_at_least_two_of_it(any_nlp, text, count):
    assert [(r["count"], r["qualifier"]) for r in rows(any_nlp, text, "casualties")] == [(count, "at_least")]


def test_people_after_according_to_tell_the_toll_and_are_not_counted(any_nlp):
    text = "A drone hit a minibus, killing nine passengers, according to two residents and a nurse."
    assert [(r["count"], r["outcome"]) for r in rows(any_nlp, text, "casualties")] == [(9, "killed")]


def test_a_subset_after_the_outcome_leaves_the_figure_its_outcome(any_nlp):
    text = "Police said nine people died, including the bomber, and 22 were injured."
    assert [(r["count"], r["outcome"]) for r in rows(any_nlp, text, "casualties")] == [(9, "killed"), (22, "injured")]


def test_people_kidnapped_are_counted_as_captured(any_nlp):
    text = "Gunmen stormed the village on Saturday, killing two men and kidnapping 15 people."
    found = {(r["count"], r["outcome"]) for r in rows(any_nlp, text, "casualties")}
    assert found == {(2, "killed"), (15, "captured")}


def test_people_a_noun_after_of_names_are_not_the_figure_s_dead(any_nlp):
    text = ("Police fired tear gas at thousands of young people who had gathered near parliament carrying "
            "portraits of people killed in 2024.")
    assert [r["outcome"] for r in rows(any_nlp, text, "casualties")] != ["killed"]


def test_a_vague_figure_and_its_noun_are_the_subject_of_the_outcome_after_them(any_nlp):
    text = "Thousands of residents fled after dozens of people were killed."
    assert {(r["count"], r["outcome"]) for r in rows(any_nlp, text, "casualties")} == {
        (2000, "displaced"), (24, "killed")}


@pytest.mark.parametrize("text, group", [
    ("Insurgents killed four fishermen near the coast and set fire to dozens of homes the next day.", "civilians"),
    ("Insurgents killed four teachers near the coast and set fire to dozens of homes the next day.", ""),
])
def test_the_victims_are_the_noun_after_the_figure_not_the_killers_before_the_verb(any_nlp, text, group):
    assert [(r["count"], r["outcome"], r["group"]) for r in rows(any_nlp, text, "casualties")] == [(4, "killed", group)]
