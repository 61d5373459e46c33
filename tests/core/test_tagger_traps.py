"""Things that look like dates and are not: names, model numbers, quantities, verbs."""

from __future__ import annotations

import pytest

from tests.core._tagging import REF, values
from timeline_app.core.tagger import tag


@pytest.mark.parametrize(
    "sentence",
    [
        "Turkey bought the S-400 system and the F-35 jet.",
        "The A380 and the Boeing 737 were grounded.",
        "Leaders of the G20 met to discuss COVID-19 and Article 50.",
        "Theresa May spoke to reporters outside.",
        "Voters may change their minds.",
        "Thousands joined the March for Europe in the capital.",
        "Protesters march through the square.",
        "The army sent 2,000 troops and reported 1,200 cases.",
        "The army sent 2000 troops to the border.",
        "Shares rose 2019 points, or 12%, to $1999.",
        "See page 1998 of the report.",
        "Call 555-2019 or visit 1600 Pennsylvania Avenue.",
        "The final score was 3-1 after extra time.",
        "The odds were 3:1 against them.",
    ],
)  # fmt: skip
def test_no_date(sentence: str) -> None:
    assert [m for m in tag(sentence, reference=REF) if m.type in ("DATE", "TIME")] == []


def test_real_example_sentences() -> None:
    text = (
        "Putin shakes hands with Erdogan during a meeting in Sochi, Russia September 29, "
        "2021. The air force has carried out a day of silence in Idlib after nearly two "
        "weeks of air strikes. Previously, in 2019, Turkey purchased the S-400 system."
    )
    dated = [(m.text, m.value, m.when.granularity.value)
             for m in tag(text, reference=REF) if m.when is not None]  # fmt: skip
    assert dated == [("September 29, 2021", "2021-09-29", "day"), ("2019", "2019", "year")]
    durations = [m.value for m in tag(text, reference=REF) if m.type == "DURATION"]
    assert "P2W" in durations


def test_may_with_day_is_a_month() -> None:
    assert values("The treaty was signed on May 5 in Paris.") == [("May 5", "2021-05-05")]


@pytest.mark.parametrize(
    "sentence",
    [
        "The deadline slipped twice, and May announced her resignation.",
        "The next summer Games were held in Paris.",
        "Prices fall when supply rises.",
    ],
)
def test_names_and_titles_that_contain_time_words(sentence: str) -> None:
    assert [m.text for m in tag(sentence, reference=REF) if m.type == "DATE"] == []


def test_generic_year_is_not_this_year() -> None:
    text = "The holidays usually bring the biggest revenue of the year."
    assert [m for m in tag(text, reference=REF) if m.when is not None] == []
