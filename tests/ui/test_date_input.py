"""What users type in date fields reads as the engine reads articles."""

from __future__ import annotations

from pathlib import Path

import pytest

from timeline_app.model import Day, Granularity
from timeline_app.ui.base.date_input import describe, parse_when, span_for


@pytest.mark.parametrize(
    ("text", "first", "last"),
    [
        ("29/09/2021", Day(2021, 9, 29), Day(2021, 9, 29)),
        ("2021-09-29", Day(2021, 9, 29), Day(2021, 9, 29)),
        ("2566 BC", Day(-2565, 1, 1), Day(-2565, 12, 31)),
        ("2021", Day(2021, 1, 1), Day(2021, 12, 31)),
    ],
)
def test_typed_dates(isolated: Path, text: str, first: Day, last: Day) -> None:
    when = parse_when(text)
    assert when is not None
    assert (when.earliest, when.latest, when.text) == (first, last, text)


def test_early_2021_is_approximate_and_inside_2021(isolated: Path) -> None:
    when = parse_when("early 2021")
    assert when is not None
    assert when.approximate
    assert when.earliest == Day(2021, 1, 1)
    assert when.latest <= Day(2021, 12, 31)


def test_nonsense_is_none(isolated: Path) -> None:
    assert parse_when("   ") is None
    assert parse_when("the committee") is None


@pytest.mark.parametrize(
    ("granularity", "first", "last", "value"),
    [
        (Granularity.MONTH, Day(2021, 9, 1), Day(2021, 9, 30), "2021-09"),
        (Granularity.QUARTER, Day(2021, 7, 1), Day(2021, 9, 30), "2021-Q3"),
        (Granularity.WEEK, Day(2021, 9, 27), Day(2021, 10, 3), "2021-W39"),
        (Granularity.DECADE, Day(2020, 1, 1), Day(2029, 12, 31), "202"),
        (Granularity.SEASON, Day(2021, 9, 1), Day(2021, 11, 30), "2021-FA"),
    ],
)
def test_span_for(granularity: Granularity, first: Day, last: Day, value: str) -> None:
    when = span_for(Day(2021, 9, 29), granularity)
    assert (when.earliest, when.latest, when.value) == (first, last, value)


def test_describe() -> None:
    assert describe(span_for(Day(-2565, 3, 1), Granularity.YEAR)) == "2566 BC (year)"
    assert describe(span_for(Day(2020, 3, 9), Granularity.MONTH)) == "March 2020 (month)"
    assert describe(span_for(Day(2020, 3, 9), Granularity.DAY)) == "9 March 2020 (day)"


def test_typed_bce_year_has_the_value_an_article_gives(isolated: Path) -> None:
    from timeline_app.core.tagger import tag

    typed = parse_when("2566 BC")
    [in_article] = [m for m in tag("The pyramid was finished in 2566 BC.") if m.when]
    assert typed is not None
    assert typed.value == in_article.value == "BC2566"
    assert span_for(Day(-2565, 3, 1), Granularity.YEAR).value == "BC2566"


@pytest.mark.parametrize(
    "day",
    [Day(-2229, 6, 30), Day(-43, 3, 15), Day(29, 7, 19), Day(1865, 10, 20), Day(2021, 1, 15)],
)
@pytest.mark.parametrize("granularity", list(Granularity))
def test_a_unit_chosen_in_the_editor_is_the_span_the_engine_gives_its_value(
    day: Day, granularity: Granularity
) -> None:
    from timeline_app.core.timex.spans import when_for

    when = span_for(day, granularity)
    assert when.earliest <= day <= when.latest, "the unit contains the day"
    again = when_for(when.value)
    assert again is not None
    assert (again.earliest, again.latest) == (when.earliest, when.latest)
