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
        ("Planting was delayed earlier in the year by rain.", [("earlier in the year", "2021")]),
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
