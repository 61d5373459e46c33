"""Adaptive axis: tick level follows the zoom, labels are human and BCE-aware, never crowded."""

from __future__ import annotations

from itertools import pairwise

import pytest

from timeline_app.geometry.axis import (
    LEVELS,
    STEPS,
    choose_step,
    label,
    major_step,
    ticks,
    year_text,
)
from timeline_app.model import Day
from timeline_app.model.when_text import day_text as format_day

HOUR = 1 / 24


@pytest.mark.parametrize(
    ("days_per_px", "level"),
    [
        (HOUR / 200, "hour"),
        (0.05, "day"),
        (0.08, "week"),
        (0.4, "month"),
        (1.5, "quarter"),
        (5.0, "year"),
        (40.0, "decade"),
        (400.0, "century"),
        (5000.0, "millennium"),
    ],
)
def test_level_follows_zoom(days_per_px: float, level: str) -> None:
    assert choose_step(days_per_px).level == level


def test_levels_get_coarser_as_you_zoom_out() -> None:
    ranks = [LEVELS.index(choose_step(10 ** (k / 4)).level) for k in range(-20, 18)]
    assert ranks == sorted(ranks)


@pytest.mark.parametrize(
    ("year", "fmt", "text"),
    [
        (2021, "year", "2021"),
        (-2565, "year", "2566 BC"),
        (0, "year", "1 BC"),
        (1990, "decade", "1990s"),
        (1900, "century", "20th c."),
        (2000, "century", "21st c."),
        (-2599, "century", "26th c. BC"),
        (1000, "millennium", "2nd millennium"),
    ],
)
def test_year_labels(year: int, fmt: str, text: str) -> None:
    assert year_text(year, fmt) == text


def test_day_hour_and_month_labels() -> None:
    day = Day(2021, 9, 29).ordinal()
    hour_step = choose_step(HOUR / 200)
    assert label(day + 14 / 24, hour_step) == "14:00"
    assert label(day, major_step(choose_step(0.05))) == "Sep 2021"
    assert format_day(Day(2021, 9, 29)) == "29 Sep 2021"
    assert format_day(Day(-2565, 1, 1)) == "1 Jan 2566 BC"


def test_bce_ticks_sit_on_round_human_years() -> None:
    step = next(s for s in STEPS if s.count == 500)
    got = ticks(Day(-3000).ordinal(), Day(2030).ordinal(), step)
    labels = [t.label for t in got]
    assert labels[:4] == ["3000 BC", "2500 BC", "2000 BC", "1500 BC"]
    assert labels[-2:] == ["1500", "2000"]
    assert [t.day for t in got] == sorted(t.day for t in got)


@pytest.mark.parametrize(
    "days_per_px", [HOUR / 150, HOUR / 20, 0.3, 2.0, 12.0, 90.0, 700.0, 9000.0]
)
def test_ticks_are_spaced_for_their_labels(days_per_px: float) -> None:
    step = choose_step(days_per_px)
    start = float(Day(2021, 3, 4).ordinal()) if days_per_px < 100 else float(Day(-3000).ordinal())
    got = ticks(start, start + 1400 * days_per_px, step)
    assert got, "a 1400 px axis always has ticks"
    gaps = [(b.day - a.day) / days_per_px for a, b in pairwise(got)]
    # months are 28-31 days, so allow the spacing to be ~10% under the estimate
    assert min(gaps, default=1e9) >= 0.9 * step.chars * 7.0
    assert all(start <= t.day <= start + 1400 * days_per_px for t in got)


def test_major_ticks_give_context() -> None:
    step = choose_step(0.05)  # days
    major = major_step(step)
    assert major is not None
    got = ticks(Day(2021, 8, 20).ordinal(), Day(2021, 10, 10).ordinal(), major)
    assert [t.label for t in got] == ["Sep 2021", "Oct 2021"]
    assert major_step(choose_step(5000.0)) is None


def test_tick_index_alternates_for_zebra_bands() -> None:
    got = ticks(Day(2020).ordinal(), Day(2021).ordinal(), choose_step(0.8))
    parities = [t.index % 2 for t in got]
    assert all(a != b for a, b in pairwise(parities))


def _header_over(year: int, level: str) -> str:
    """The context-row label in force at ``year`` (the last major tick at or before it)."""
    from timeline_app.geometry.axis import STEPS, major_step, ticks

    step = major_step(next(s for s in STEPS if s.level == level))
    assert step is not None
    row = ticks(Day(-1500).ordinal(), Day(1500).ordinal(), step)
    return [t.label for t in row if t.day <= Day(year).ordinal()][-1]


@pytest.mark.parametrize(
    ("year", "level", "header"),
    [
        (500, "century", "1st millennium"),
        (-500, "century", "1st millennium BC"),
        (50, "decade", "1st c."),
        (-49, "decade", "1st c. BC"),
        (1200, "century", "2nd millennium"),
    ],
)
def test_headers_are_right_on_both_sides_of_year_one(year: int, level: str, header: str) -> None:
    assert _header_over(year, level) == header


def test_a_tick_marks_the_bc_ad_boundary() -> None:
    from timeline_app.geometry.axis import STEPS, ticks

    for level in ("decade", "century", "millennium"):
        step = next(s for s in STEPS if s.level == level)
        days = [t.day for t in ticks(Day(-1500).ordinal(), Day(1500).ordinal(), step)]
        assert Day(1).ordinal() in days, level
