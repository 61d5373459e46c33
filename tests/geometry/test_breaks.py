"""Axis breaks (pure geometry): when gaps become breaks, and the mapping's invariants.

Property tests run the break computation on random event sets and check what a reader
relies on: days keep their order on screen at any zoom, a pixel maps back to its day, no
event is ever drawn inside a break, and fit-all shows every event within the width.
"""

from __future__ import annotations

import numpy as np
import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from timeline_app.geometry.break_finder import compress_gaps
from timeline_app.geometry.breaks import IDENTITY, duration_text
from timeline_app.geometry.frame import MIN_DAYS_PER_PX, fit_frame, frame_for_range
from timeline_app.model import Day

YEAR = 365.2425


def _day(year: int, month: int = 1, day: int = 1) -> float:
    return float(Day(year, month, day).ordinal())


def _mixed() -> tuple[np.ndarray, np.ndarray]:
    """One event in 2566 BC, a few in antiquity, forty from 1950 to 2030."""
    starts = [_day(-2565), _day(-43, 3, 15), _day(79, 8, 24)]
    starts += [_day(1950 + 2 * k, 1 + k % 12, 1 + k % 28) for k in range(40)]
    ends = list(starts)
    ends[0] = _day(-2565, 12, 31)
    return np.array(starts), np.array(ends)


def test_ancient_outliers_get_breaks_and_recent_events_get_the_width() -> None:
    starts, ends = _mixed()
    width = 1600.0
    warp = compress_gaps(starts, ends, width)
    assert len(warp.breaks) == 2
    assert [b.label for b in warp.breaks] == ["2,521 years", "1,870 years"]
    frame = fit_frame(starts.min(), ends.max(), width, left_px=36, right_px=36, warp=warp)
    recent = frame.x(_day(2030)) - frame.x(_day(1950))
    assert recent > 0.5 * width, "the last eighty years, where most events are, get most room"
    plain = fit_frame(starts.min(), ends.max(), width, left_px=36, right_px=36)
    assert plain.x(_day(2030)) - plain.x(_day(1950)) < 0.05 * width  # what it was before


def test_no_break_for_a_quiet_spell_in_news() -> None:
    """A timeline of 2019–2024 with an empty year is one linear axis."""
    starts = np.array([_day(2019, 1, 5), _day(2019, 3, 1), _day(2021, 2, 1), _day(2024, 6, 1)])
    assert compress_gaps(starts, starts, 1200.0) is IDENTITY


def test_no_break_when_the_gap_is_small_on_screen() -> None:
    starts = np.array([_day(1900), _day(1910), _day(1920), _day(2020)])
    # the century is broken; the ten-year steps are the timeline's own rhythm
    warp = compress_gaps(starts, starts, 1200.0)
    assert len(warp.breaks) == 1
    assert warp.breaks[0].day_lo > _day(1920)
    assert warp.breaks[0].day_hi < _day(2020)


def test_duration_text() -> None:
    assert duration_text(977 * YEAR) == "977 years"
    assert duration_text(18 * YEAR / 12) == "18 months"
    assert duration_text(40.0) == "40 days"


def test_a_break_keeps_its_pixel_width_when_zooming_in() -> None:
    starts, ends = _mixed()
    warp = compress_gaps(starts, ends, 1600.0)
    brk = warp.breaks[-1]
    for dpp in (0.01, 1.0, 100.0):
        frame = frame_for_range(brk.day_lo - 5 * dpp, brk.day_hi + 5 * dpp, 400, warp=warp)
        assert frame.x(brk.day_hi) - frame.x(brk.day_lo) == pytest.approx(brk.px, rel=1e-6)


def test_zoomed_far_out_a_break_melts_into_the_plain_axis() -> None:
    starts, ends = _mixed()
    warp = compress_gaps(starts, ends, 1600.0)
    brk = warp.breaks[-1]
    length = (brk.day_hi - brk.day_lo) * brk.slope  # the era at its neighbours' scale
    dpp = length / 10  # ... is 10 px wide, less than its break
    assert not brk.active(dpp)
    assert warp.a(brk.day_hi, dpp) - warp.a(brk.day_lo, dpp) == pytest.approx(length)


# -- properties -------------------------------------------------------------------------------
_years = st.integers(min_value=-9000, max_value=2900)
_spans = st.lists(
    st.tuples(_years, st.integers(0, 400), st.integers(0, 3 * 366)), min_size=2, max_size=60
)


def _arrays(spans: list[tuple[int, int, int]]) -> tuple[np.ndarray, np.ndarray]:
    starts = np.array([_day(y) + offset for y, offset, _ in spans])
    ends = starts + np.array([length for _y, _o, length in spans], dtype=np.float64)
    return starts, ends


@settings(max_examples=150, deadline=None)
@given(
    spans=_spans,
    width=st.floats(min_value=300, max_value=4000),
    dpp=st.floats(min_value=MIN_DAYS_PER_PX, max_value=2000.0),
)
def test_mapping_is_monotonic_and_round_trips(
    spans: list[tuple[int, int, int]], width: float, dpp: float
) -> None:
    starts, ends = _arrays(spans)
    warp = compress_gaps(starts, ends, width)
    lo, hi = starts.min() - 9e4, ends.max() + 9e4
    probe = np.sort(np.concatenate([starts, ends, np.linspace(lo, hi, 300)]))
    axis = warp.a(probe, dpp)
    step = np.diff(probe) > 1e-6
    assert np.all(np.diff(axis)[step] > 0), "later days are always further right"
    # pixel -> day -> pixel is exact everywhere, breaks included
    pixels = axis / dpp
    assert np.allclose(warp.a(warp.day(axis, dpp), dpp) / dpp, pixels, rtol=0, atol=1e-3)
    # day -> pixel -> day is exact wherever a day has its own pixels (outside breaks)
    outside = np.ones(len(probe), dtype=bool)
    for b in warp.active_breaks(dpp):
        outside &= (probe <= b.day_lo) | (probe >= b.day_hi)
    back = warp.day(axis[outside], dpp)
    assert np.allclose(back, probe[outside], rtol=0, atol=1e-9 * np.abs(probe).max() + 1e-3)


@settings(max_examples=150, deadline=None)
@given(spans=_spans, width=st.floats(min_value=300, max_value=4000))
def test_no_event_falls_in_a_break(spans: list[tuple[int, int, int]], width: float) -> None:
    starts, ends = _arrays(spans)
    warp = compress_gaps(starts, ends, width)
    for b in warp.breaks:
        inside = (ends > b.day_lo) & (starts < b.day_hi)
        assert not inside.any(), "an event would be drawn in a break"
        assert b.empty_days >= b.day_hi - b.day_lo
    assert sum(b.px for b in warp.breaks) <= 0.3 * width


@settings(max_examples=100, deadline=None)
@given(spans=_spans, width=st.floats(min_value=300, max_value=4000))
def test_fit_all_shows_every_event_inside_the_width(
    spans: list[tuple[int, int, int]], width: float
) -> None:
    starts, ends = _arrays(spans)
    warp = compress_gaps(starts, ends, width)
    frame = fit_frame(starts.min(), ends.max(), width, left_px=36, right_px=36, warp=warp)
    xs = np.concatenate([frame.xs(starts), frame.xs(ends)])
    assert xs.min() >= -0.5
    assert xs.max() <= width + 0.5


def test_eras_centuries_apart_are_each_broken_before_a_busy_century() -> None:
    """150 BC, the 12th century, 1609, then forty events since 1926: three empty eras."""
    starts = [_day(-149), _day(1100), _day(1609, 9)]
    ends = [_day(-149, 12, 31), _day(1199, 12, 31), _day(1609, 12, 31)]
    for k in range(40):
        starts.append(_day(1926 + 2 * k, 1 + k % 12))
        ends.append(starts[-1])
    warp = compress_gaps(np.array(starts), np.array(ends), 1100.0)
    assert [b.label for b in warp.breaks] == ["1,248 years", "410 years", "316 years"]


def test_a_linear_axis_reaches_from_ten_thousand_bc_to_the_45th_century() -> None:
    """Without breaks, fit-all still shows deep time whole (the zoom limit allows it)."""
    day0, day1 = _day(-9999), _day(4499, 12, 31)
    frame = fit_frame(day0, day1, 1600.0, left_px=36, right_px=36)
    assert 0 <= frame.x(day0) < frame.x(day1) <= 1600
