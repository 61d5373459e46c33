"""Durations and sets: amounts of time and recurrences, never points in time."""

from __future__ import annotations

import pytest

from tests.core._tagging import only, values
from timeline_app.core.tagger import tag


@pytest.mark.parametrize(
    ("sentence", "phrase", "value", "mod"),
    [
        ("The strikes went on for nearly two weeks in the north.", "nearly two weeks", "P2W",
         "APPROX"),
        ("The siege lasted 24 hours in all.", "24 hours", "PT24H", ""),
        ("The trial took more than three years to finish.", "more than three years", "P3Y",
         "MORE_THAN"),
        ("Talks may take several months to conclude.", "several months", "PXM", ""),
        ("The pilot signed a 10-year contract with them.", "10-year", "P10Y", ""),
        ("The climb took 5 1/2 hours in the snow.", "5 1/2 hours", "PT5H30M", ""),
        ("The talk lasted a minute and a half.", "a minute and a half", "PT1M30S", ""),
        ("The ship was stuck for the next three quarters.", "the next three quarters", "P3Q", ""),
        ("Repairs took a decade in the end.", "a decade", "P10Y", ""),
    ],
)  # fmt: skip
def test_durations(sentence: str, phrase: str, value: str, mod: str) -> None:
    m = only(sentence)
    assert (m.text, m.type, m.value, m.mod) == (phrase, "DURATION", value, mod)
    assert m.when is None


def test_a_day_of_silence_is_never_an_anchored_date() -> None:
    for m in tag("The air force held a day of silence in the province."):
        assert m.type != "DATE"
        assert m.when is None


@pytest.mark.parametrize(
    ("sentence", "value"),
    [
        ("The paper is printed daily in the city.", "P1D"),
        ("The club meets every Tuesday at the hall.", "XXXX-WXX-2"),
        ("The fee is $40 a year for members.", "P1Y"),
        ("The market opens on Saturdays in town.", "XXXX-WXX-6"),
    ],
)  # fmt: skip
def test_sets(sentence: str, value: str) -> None:
    m = only(sentence)
    assert (m.type, m.value) == ("SET", value)


def test_durations_and_dates_side_by_side() -> None:
    assert values("After two weeks of talks, the pact was signed on 1 May 2020.") == [
        ("two weeks", "P2W"),
        ("1 May 2020", "2020-05-01"),
    ]


def test_the_year_in_accounts() -> None:
    found = values("Revenue rose for the year ended March 31. For the year, volume was flat.")
    assert found == [("the year", "P1Y"), ("March 31", "2021-03-31"), ("the year", "2021")]
