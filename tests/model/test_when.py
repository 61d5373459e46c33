"""Calendar arithmetic must be exact across BCE/CE, since the axis and sorting rely on it."""

import datetime

import pytest
from hypothesis import given
from hypothesis import strategies as st

from timeline_app.model import Day, Granularity, When
from timeline_app.model.when import days_in_month, year_label


def test_ordinal_matches_datetime_for_ce_dates():
    epoch = datetime.date(1970, 1, 1)
    for d in (datetime.date(1, 1, 1), datetime.date(1600, 2, 29), datetime.date(2021, 9, 29)):
        assert Day(d.year, d.month, d.day).ordinal() == (d - epoch).days


@given(st.integers(min_value=-3_000_000, max_value=3_000_000))
def test_ordinal_round_trips_including_bce(n):
    assert Day.from_ordinal(n).ordinal() == n


def test_bce_years_are_astronomical_and_ordered():
    pyramid = Day(-2565)  # 2566 BC
    assert pyramid.iso() == "-2565-01-01"
    assert Day.parse("-2565-01-01") == pyramid
    assert pyramid < Day(-1, 12, 31) < Day(0) < Day(1)
    assert Day(1).ordinal() - Day(0).ordinal() == 366  # 1 BC (year 0) is a leap year
    assert year_label(-2565) == "2566 BC"
    assert year_label(2021) == "2021"


def test_weekday_and_month_lengths():
    assert Day(2021, 9, 29).weekday() == 2  # a Wednesday
    assert days_in_month(2024, 2) == 29
    assert days_in_month(1900, 2) == 28
    with pytest.raises(ValueError, match="day out of range"):
        Day(2023, 2, 29)


def test_when_round_trips_through_dict():
    when = When(
        value="BC2566",
        earliest=Day(-2565),
        latest=Day(-2565, 12, 31),
        granularity=Granularity.YEAR,
        approximate=True,
        text="around 2566 BC",
        mod="APPROX",
    )
    data = when.to_dict()
    assert data["start"] == "-2565-01-01"
    assert data["end"] == "-2565-12-31"
    assert data["granularity"] == "year"
    assert data["approximate"] is True
    assert When.from_dict(data) == when


def test_span_must_not_end_before_start():
    with pytest.raises(ValueError, match="span ends before it starts"):
        When("2021", Day(2021, 12, 31), Day(2021, 1, 1), Granularity.YEAR)


def test_granularity_rank_orders_fine_to_coarse():
    assert Granularity.DAY.rank < Granularity.MONTH.rank < Granularity.YEAR.rank
    assert Granularity.CENTURY.rank < Granularity.MILLENNIUM.rank


def test_consecutive_days_are_consecutive_ordinals_across_bce():
    """Walk day by day through BCE centuries: every ordinal maps to a valid next day."""
    start = Day(-3600, 1, 1).ordinal()
    previous = Day.from_ordinal(start)
    for n in range(start + 1, start + 3 * 146_097, 97):
        day = Day.from_ordinal(n)
        assert day.ordinal() == n
        assert day > previous
        previous = day
    assert Day(-1, 12, 31).ordinal() + 1 == Day(0, 1, 1).ordinal()
    assert Day(-2, 12, 31).ordinal() + 1 == Day(-1, 1, 1).ordinal()
    assert Day(-1, 1, 1).ordinal() - Day(-2, 1, 1).ordinal() == 365
    assert Day(-3, 1, 1).ordinal() - Day(-4, 1, 1).ordinal() == 366  # 5 BC (year -4) is leap
    assert Day.from_ordinal(-2005488).ordinal() == -2005488
