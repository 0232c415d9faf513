"""Numbers read without quantulum3 agree with quantulum3; other forms still go to it."""
import pytest

from pipeline import resources
from pipeline.numbers import NumberReader, quantulum_number

READER = NumberReader(resources.read(resources.models_dir() / "numbers.json"))


@pytest.mark.parametrize("text", [
    "1,500", "2.5 million", "six million", "twenty five", "twenty-five", "one hundred", "five hundred thousand",
    "1.2 million", "10,000", "1,000,000", "eleven", "0", "12.5", "one million two hundred", "seventy thousand",
    "07", "2 million", "ninety-nine", "zero", "two thousand", "300"])
def test_usual_forms_are_read_as_quantulum3_reads_them(text):
    assert READER.read(text) is not None
    assert READER.read(text) == quantulum_number(text)


@pytest.mark.parametrize("text, value", [("half", 0.5), ("one and a half", 1.5)])
def test_other_forms_fall_back_to_quantulum3(text, value):
    assert READER.read(text) is None
    assert READER(text) == value


@pytest.mark.parametrize("text", ["", "dozens", "1st", "several"])
def test_words_that_are_not_numbers(text):
    assert READER.read(text) is None
