"""Temporal words inside names and titles, and hedges that belong to the date."""

from __future__ import annotations

import pytest

from tests.core._tagging import REF, values
from timeline_app.core.tagger import tag


@pytest.mark.parametrize(
    "text",
    [
        "He starred in the western ``High Noon.'' It made him famous.",
        'The minister spoke on the talk show "This Week," calling for calm.',
        "Activists staged the ``Spring of Life'' rallies.",
        "You are listening to Radio Ten Today.",
        "She read it in USA Today.",
    ],
)
def test_titles_and_names_are_not_dates(text: str) -> None:
    assert values(text) == []


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ('"Today we won," the coach said.', [("Today", "2021-10-06")]),
        ('She said: "The talks open on Monday."', [("Monday", "2021-10-04")]),
        ('The "March 3" accord still holds.', [("March 3", "2021-03-03")]),
    ],
)
def test_dates_in_quotes_remain(text: str, expected: list[tuple[str, str]]) -> None:
    assert values(text) == expected


def test_around_as_part_of_a_verb_or_before_a_possessive_stays_out() -> None:
    text = "Lawyers sought ways to get around Monday's ruling."
    assert values(text) == [("Monday", "2021-10-04")]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("The sale should close around Nov. 1.", ("around Nov. 1", "2021-11-01", "APPROX")),
        ("The new chip ships sometime next year.", ("sometime next year", "2022", "APPROX")),
        ("The mill shut about two years ago.", ("about two years ago", "2019", "APPROX")),
    ],
)
def test_hedges_belong_to_the_date(text: str, expected: tuple[str, str, str]) -> None:
    assert [(m.text, m.value, m.mod) for m in tag(text, reference=REF)] == [expected]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("The plant closed this past spring.", [("this past spring", "2021-SP")]),
        ("The talks resume this coming Sunday.", [("this coming Sunday", "2021-10-10")]),
        ("Orders picked up after the early summer.", [("the early summer", "2021-SU")]),
    ],
)
def test_this_past_and_the_early(text: str, expected: list[tuple[str, str]]) -> None:
    assert values(text) == expected


def test_bare_three_digit_year_in_a_history() -> None:
    text = (
        "The capital moved east in AD 330. The west collapsed in the fifth century, and "
        "scholars date its end to 476, when the last emperor was deposed."
    )
    assert values(text) == [
        ("AD 330", "0330"),
        ("the fifth century", "04"),
        ("476", "0476"),
    ]


@pytest.mark.parametrize(
    "text",
    [
        "Shares rose to 476, when trading closed.",  # no eras around: a number
        "In the fifth century the toll rose to 476 coins.",  # a unit follows
    ],
)
def test_three_digit_numbers_stay_numbers(text: str) -> None:
    assert [m.text for m in tag(text, reference=REF)] in ([], ["the fifth century"])


def test_month_level_date_lends_its_year_without_a_reference() -> None:
    text = "The last escapee was shot in February 1989.\n\nThrough the autumn, crowds marched."
    assert values(text, reference=None) == [
        ("February 1989", "1989-02"),
        ("the autumn", "1989-FA"),
    ]
