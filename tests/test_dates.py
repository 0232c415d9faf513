from datetime import date

import pytest

import pipeline
from conftest import rows
from pipeline.articles import Article
from pipeline.components.base import span_attrs


@pytest.mark.parametrize("text, published, expected", [
    ("Ukraine fired the missiles on November 19.", "2024-11-20", {("2024-11-19", "day")}),
    ("The offensive began in March 2024 and stalled by early 2025.", "2025-06-01",
     {("2024-03", "month"), ("2025", "year")}),
    ("Russia has launched the largest strike since August.", "2024-11-19", {("2024-08", "month")}),
    ("Officials said on Tuesday that talks would resume.", "2024-11-21", {("2024-11-19", "day")}),
    ("The ceasefire took effect on 27 November 2024.", "2024-12-10", {("2024-11-27", "day")}),
    ("Shelling resumed yesterday after a lull last week.", "2025-03-12",
     {("2025-03-11", "day"), ("2025-03-05", "day")}),
    ("Aid deliveries fell sharply last month.", "2024-02-15", {("2024-01", "month")}),
    ("The rebels entered Aleppo on Dec. 1, 2024.", "2024-12-05", {("2024-12-01", "day")}),
    # a span of years is a period, no day of the month it looks like
    ("The militia fought beside the army in the 2020-22 war.", "2025-04-22", set()),
])
def test_dates_resolve_against_publication_at_their_granularity(any_nlp, text, published, expected):
    found = {(r["date"], r["granularity"]) for r in rows(any_nlp, text, "dates", published)}
    assert found == expected


@pytest.mark.parametrize("text", [
    "Drones hit Odesa on June 3. On the same day, Kyiv asked for more air defence.",
    "Drones hit Odesa on June 3. Later that day, Kyiv asked for more air defence.",
])
def test_same_day_takes_the_previous_date(any_nlp, text):
    [row] = rows(any_nlp, text, "dates", "2024-06-10")
    assert (row["date"], row["mentions"]) == ("2024-06-03", 2)


def test_days_earlier_and_a_week_later_count_from_the_date_before(any_nlp):
    text = ("A landmine killed two soldiers on Tuesday. Two days earlier, drones hit houses in the valley. "
            "A week later, gunmen attacked a bus.")
    found = [(r["date"], r["text"]) for r in rows(any_nlp, text, "dates", "2025-03-17")]
    assert found == [("2025-03-11", "Tuesday"), ("2025-03-09", "Two days earlier"), ("2025-03-16", "A week later")]


@pytest.mark.parametrize("text, expected", [
    ("Jets struck the capital on Thursday, Oct. 9, and again on Saturday, Oct. 11.", {"2025-10-09", "2025-10-11"}),
    ("Troops shelled the town on Tuesday, 10 days after the truce.", {"2025-10-14"}),
    ("The attack, on Thursday 9 October, targeted two army positions.", {"2025-10-09"}),
])
def test_a_weekday_before_the_calendar_day_it_names_is_that_day(any_nlp, text, expected):
    assert {r["date"] for r in rows(any_nlp, text, "dates", "2025-10-19")} == expected


def test_a_day_after_no_date_told_is_none_past_publication(any_nlp):
    text = "Rebels raided a border post and burned a customs office the following day, residents said."
    assert rows(any_nlp, text, "dates", "2025-09-16") == []


def test_war_day_counts_from_the_start_of_the_war(any_nlp):
    text = "Ukraine marked the war's 1,000th day as Russia kept up its attacks on Ukrainian cities."
    assert [r["date"] for r in rows(any_nlp, text, "dates", "2024-11-19")] == ["2024-11-19"]


@pytest.mark.parametrize("text", [
    "The war has lasted 1,000 days and displaced millions.",
    "Both sides may resume talks, officials said.",
    "Two of the eight missiles were intercepted.",
    "The unit lost 2024 rounds of ammunition in the fire.",
    "Assad, 59, left Damascus under cover of darkness.",
    "Operation 1027 began with coordinated attacks on border posts.",
    "The militia has been active since the 1990s and grew in the 2010s.",
    "Fighting slowed over the winter, and a quarter of the district emptied.",
])
def test_durations_modals_and_counts_are_not_dates(any_nlp, text):
    assert rows(any_nlp, text, "dates") == []


@pytest.mark.parametrize("published", ["2024-11-19", "2024-11-18", "2024-01-01", "2024-12-31", "2024-02-29"])
def test_usual_forms_read_without_dateparser_agree_with_it(published):
    from datetime import date

    from pipeline import resources
    from pipeline.components.dates import FORMATS, CalendarReader, parse_date

    reader = CalendarReader(resources.read(resources.models_dir() / "dates.json")["months"])
    day = date.fromisoformat(published)
    for text in ("november 19", "19 november", "27 november 2024", "nov. 19, 2024", "dec. 1, 2024", "august",
                 "august 2024", "2025", "march 3rd", "sept. 2023", "may 2", "june", "december 31", "january 1",
                 "february 29, 2024", "1 jan", "19th november 2024", "apr 09, 2025", "09 april 2024", "march 03"):
        ours, theirs = reader(text, day), parse_date(text, day)
        assert ours is not None, text
        assert (ours[0].strftime(FORMATS[ours[1]]), ours[1]) == (theirs[0].strftime(FORMATS[theirs[1]]), theirs[1]), text
    for text in ("the 3rd", "2024 november", "29 february 2023", "july 4, 1776"):
        assert reader(text, day) is None, text  # left to dateparser


@pytest.mark.parametrize("text, expected", [
    ("Protests entered a second week on Thursday.", [("2024-11-14", "day")]),
    ("Talks resumed in the second week of March.", [("2024-03", "month")]),
])
def test_which_stretch_of_a_time_it_is_is_no_date(any_nlp, text, expected):
    assert [(r["date"], r["granularity"]) for r in rows(any_nlp, text, "dates", "2024-11-19")] == expected


@pytest.mark.parametrize("text, week", [
    ("The raid happened last week; the funeral was held on Monday.", "last week"),
    ("The raid happened over the weekend; the funeral was held on Monday.", "over the weekend"),
])
def test_a_week_named_relative_to_publication_is_a_rough_date(any_nlp, text, week):
    # (the spans keep what the table does not show: the events read "last week" as any day of that week)
    doc = any_nlp(pipeline.new_doc(any_nlp, Article("d", "d.txt", text, date(2025, 3, 12))))
    assert {span.text: bool((span_attrs(span) or {}).get("rough")) for span in doc.spans["dates"]} == {
        week: True, "Monday": False}


@pytest.mark.parametrize("published, saturday", [("2025-03-10", "2025-03-08"), ("2025-03-09", "2025-03-08"),
                                                 ("2025-03-08", "2025-03-08"), ("2025-03-13", "2025-03-08")])
def test_a_weekend_is_dated_by_its_saturday_on_or_before_publication(any_nlp, published, saturday):
    text = "Gunmen raided a village near Kaduna over the weekend, officials said."
    assert [r["date"] for r in rows(any_nlp, text, "dates", published)] == [saturday]


@pytest.mark.parametrize("text", ["A gunman attacked the Mar Elias church in Damascus.",
                                  "The report was written by Jan Kowalski, a Polish researcher."])
def test_a_short_month_name_before_a_name_is_part_of_the_name(any_nlp, text):
    assert rows(any_nlp, text, "dates") == []



@pytest.mark.parametrize("text, expected", [
    ("More than 60 people were killed in the protests of June and July 2024.",
     [("2024-06", "month"), ("2024-07", "month")]),
    ("The town was besieged from March to May 2023.", [("2023-03", "month"), ("2023-05", "month")]),
])
def test_a_date_joined_to_a_later_one_shares_its_year(any_nlp, text, expected):
    assert [(r["date"], r["granularity"]) for r in rows(any_nlp, text, "dates", "2025-06-26")] == expected
