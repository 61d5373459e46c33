"""Vague references (TimeML's PRESENT_REF, FUTURE_REF, PXY...) and duration ranges."""

from __future__ import annotations

import pytest

from tests.core._tagging import values


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Brokers blamed the current market jitters.", [("current", "PRESENT_REF")]),
        ("Holders may buy at the then current price.", [("then current", "PAST_REF")]),
        ("Prices will settle in the near future.", [("the near future", "FUTURE_REF")]),
        ("Margins will suffer in the short term.", [("the short term", "FUTURE_REF")]),
        ("Over the years the village shrank.", [("the years", "PXY")]),
        ("The road will stay closed for a while.", [("a while", "PXX")]),
        ("Repairs should take two to three weeks.", [("two to three weeks", "P2W")]),
        ("A few days later, the firm collapsed.", [("A few days later", "PXD")]),
        ("He left the town several years ago.", [("several years ago", "PAST_REF")]),
    ],
)
def test_vague_expressions(text: str, expected: list[tuple[str, str]]) -> None:
    assert values(text) == expected


@pytest.mark.parametrize(
    "text",
    [
        "A strong current swept the swimmers away.",  # a noun, not the adjective
        "Ocean currents carry the larvae.",
        "The Current Affairs desk was busy.",  # capitalised: a name
        "Short-term loans rose.",
    ],
)
def test_not_vague_references(text: str) -> None:
    assert values(text) == []


def test_current_before_a_time_unit_stays_a_relative_date() -> None:
    assert values("Sales in the current quarter rose.") == [("the current quarter", "2021-Q4")]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Profit rose in the third quarter of 2020. Results for that quarter had a charge.",
            [("the third quarter of 2020", "2020-Q3"), ("that quarter", "2020-Q3")],
        ),
        # TimeML leaves "earlier in" out of the expression
        ("Planting was delayed earlier in the year by rain.", [("the year", "2021")]),
        ("The rules should be in place by year's end.", [("year's end", "2021")]),
        ("Few people lived in that quarter of the city.", []),
    ],
)
def test_anaphoric_periods(text: str, expected: list[tuple[str, str]]) -> None:
    assert values(text) == expected


@pytest.mark.parametrize(
    "sentence",
    [
        "Cartoons shape today's youth more than schools do.",
        "In today's world, nobody writes letters.",
        "She wants to train the engineers of tomorrow.",
    ],
)
def test_today_as_an_age_is_not_a_day(sentence: str) -> None:
    assert values(sentence) == []


def test_today_and_tomorrow_as_days_stay() -> None:
    assert values("Today's vote matters, and we will know by tomorrow.") == [
        ("Today", "2021-10-06"),
        ("tomorrow", "2021-10-07"),
    ]


@pytest.mark.parametrize(
    "text",
    [
        "The harvest failed. Now, the council says, the granary must be rebuilt.",  # discourse
        "Ticket sales fell. Currently, the museum opens three days a week.",
        "Rowers debated the future of the boathouse.",  # prospects of something, a noun
        "The ferry operators have recently added a night crossing.",  # inside the verb group
        "The bridge was recently repainted.",
        "Floods hit the valley twice, most recently in May.",  # the date that follows counts
    ],
)
def test_reference_words_that_are_not_times(text: str) -> None:
    assert [v for v in values(text) if v[1].endswith("_REF")] == []


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Now the council wants the granary rebuilt.", [("Now", "PRESENT_REF")]),
        ("The museum currently opens on Sundays.", [("currently", "PRESENT_REF")]),
        ("Nobody can know the future, the mayor said.", [("the future", "FUTURE_REF")]),
        ("The ferry operators recently added a crossing.", [("recently", "PAST_REF")]),
    ],
)
def test_reference_words_that_are_times(text: str, expected: list[tuple[str, str]]) -> None:
    assert [v for v in values(text) if v[1].endswith("_REF")] == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("The strike could end in a matter of days.", []),  # an idiom for "soon"
        ("Building the new line took years.", [("years", "PXY")]),
    ],
)
def test_matter_of_bare_units(text: str, expected: list[tuple[str, str]]) -> None:
    assert values(text) == expected
