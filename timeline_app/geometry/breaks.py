"""Axis breaks: long empty eras drawn narrow, so each stretch of events gets a readable scale.

A collection of articles often holds one event in 2566 BC, a few in antiquity and most in
the last 150 years. On one linear axis the recent events share a sliver at the right
edge. Instead the axis is *warped*: each stretch of time that holds events gets a share of
the width that suits how many events it holds (drawn at its own, constant scale, so
zooming and panning inside it behave exactly as on a plain axis), and the long empty
gaps between stretches become narrow breaks, drawn as "⋯ 977 years ⋯".

The warp maps a day to an *axis position* ``a``; a frame maps ``a`` to pixels linearly.
It is piecewise linear and strictly increasing: a constant slope inside each stretch
(1 in the busiest one, so there ``a`` counts days), the neighbouring stretch's slope
outside the data, and a small slope across each break. A break keeps the same width in
pixels at every zoom (zoomed in, it does not swell into a screen of nothing), so the
mapping depends on the zoom; zoomed out until the era itself is narrower than its break,
the break melts into the axis, continuously. Where breaks are chosen:
:mod:`timeline_app.geometry.break_finder`. Pure (numpy, no Qt).
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import overload

import numpy as np

DAYS_PER_YEAR = 365.2425


@dataclass(frozen=True, slots=True)
class Stretch:
    """Days ``day_lo..day_hi`` drawn at ``slope`` axis days per day (1: real days)."""

    day_lo: float
    day_hi: float
    slope: float = 1.0


@dataclass(frozen=True, slots=True)
class Break:
    """An empty era drawn ``px`` pixels wide at any zoom: days ``day_lo..day_hi``.

    ``empty_days`` is the time between the last event before and the first after (the
    break itself is a little shorter: stretches keep some padding). ``slope`` is the
    gentler of its neighbours', used once zooming out melts the break.
    """

    day_lo: float
    day_hi: float
    empty_days: float
    px: float
    slope: float = 1.0

    @property
    def label(self) -> str:
        """How long the empty era is, in words: "977 years", "18 months"."""
        return duration_text(self.empty_days)

    def axis_days(self, days_per_px: float) -> float:
        """Room on the axis at this zoom: ``px`` pixels, or the era at its neighbours' scale
        once that is narrower (zoomed far out the break melts into the axis)."""
        return min(self.px * days_per_px, (self.day_hi - self.day_lo) * self.slope)

    def active(self, days_per_px: float) -> bool:
        """Whether the break is drawn (squeezes anything) at this zoom."""
        return self.px * days_per_px < (self.day_hi - self.day_lo) * self.slope


@dataclass(frozen=True, slots=True)
class AxisWarp:
    """The day ↔ axis-position mapping at a zoom; :data:`IDENTITY` when nothing is warped.

    ``stretches`` are sorted and apart; ``breaks[k]`` lies between ``stretches[k]`` and
    ``stretches[k + 1]``. Axis positions equal days at the first stretch's start.
    """

    stretches: tuple[Stretch, ...] = ()
    breaks: tuple[Break, ...] = ()

    @property
    def identity(self) -> bool:
        """True when the axis is plain."""
        return not self.stretches

    def knots(self, days_per_px: float) -> tuple[np.ndarray, np.ndarray]:
        """Days and axis positions where the slope changes, at this zoom."""
        days: list[float] = []
        axis: list[float] = []
        a = self.stretches[0].day_lo
        for k, s in enumerate(self.stretches):
            if k:
                a += self.breaks[k - 1].axis_days(days_per_px)
            days += [s.day_lo, s.day_hi]
            axis += [a, a + (s.day_hi - s.day_lo) * s.slope]
            a = axis[-1]
        return np.array(days, dtype=np.float64), np.array(axis, dtype=np.float64)

    @overload
    def a(self, day: float, days_per_px: float) -> float: ...
    @overload
    def a(self, day: np.ndarray, days_per_px: float) -> np.ndarray: ...
    def a(self, day: float | np.ndarray, days_per_px: float) -> float | np.ndarray:
        """Axis position of a day (or of an array of days) at a zoom."""
        if not self.stretches:
            return day
        days, axis = self.knots(days_per_px)
        first, last = self.stretches[0].slope, self.stretches[-1].slope
        return _piecewise(day, days, axis, first, last)

    @overload
    def day(self, a: float, days_per_px: float) -> float: ...
    @overload
    def day(self, a: np.ndarray, days_per_px: float) -> np.ndarray: ...
    def day(self, a: float | np.ndarray, days_per_px: float) -> float | np.ndarray:
        """Day at an axis position: the inverse of :meth:`a`."""
        if not self.stretches:
            return a
        days, axis = self.knots(days_per_px)
        first, last = self.stretches[0].slope, self.stretches[-1].slope
        return _piecewise(a, axis, days, 1.0 / first, 1.0 / last)

    def slope_at(self, day: float) -> float:
        """Axis days per day at ``day`` outside breaks: how finely that stretch is drawn."""
        if not self.stretches:
            return 1.0
        for k, s in enumerate(self.stretches):
            if day < s.day_hi or k == len(self.stretches) - 1:
                return s.slope
        return self.stretches[-1].slope

    def active_breaks(self, days_per_px: float) -> list[Break]:
        """The breaks drawn at this zoom."""
        return [b for b in self.breaks if b.active(days_per_px)]

    def segments(
        self, day0: float, day1: float, days_per_px: float
    ) -> list[tuple[float, float, float]]:
        """The parts of ``day0..day1`` between drawn breaks, each with its slope (ticks go
        there, spaced for that slope)."""
        out: list[tuple[float, float, float]] = []
        lo = day0
        for b in self.active_breaks(days_per_px):
            if b.day_hi <= lo:
                continue
            if b.day_lo >= day1:
                break
            if b.day_lo > lo:
                out.append((lo, b.day_lo, self.slope_at(lo)))
            lo = b.day_hi
        if lo < day1:
            out.append((lo, day1, self.slope_at(lo)))
        return out


IDENTITY = AxisWarp()


def _piecewise(
    value: float | np.ndarray, xs: np.ndarray, ys: np.ndarray, before: float, after: float
) -> float | np.ndarray:
    """Linear through the knots ``(xs, ys)``, with slopes ``before``/``after`` beyond them."""
    if np.ndim(value) == 0:
        v = float(value)  # type: ignore[arg-type]
        if v <= xs[0]:
            return float(ys[0] + (v - xs[0]) * before)
        if v >= xs[-1]:
            return float(ys[-1] + (v - xs[-1]) * after)
        return float(np.interp(v, xs, ys))
    arr = np.asarray(value, dtype=np.float64)
    out = np.interp(arr, xs, ys)
    out = np.where(arr < xs[0], ys[0] + (arr - xs[0]) * before, out)
    return np.where(arr > xs[-1], ys[-1] + (arr - xs[-1]) * after, out)


def duration_text(days: float) -> str:
    """A gap in words, rounded the way people say it: "977 years", "18 months", "40 days"."""
    years = days / DAYS_PER_YEAR
    if years >= 2:
        return f"{round(years):,} years"
    months = days / (DAYS_PER_YEAR / 12)
    if months >= 2:
        return f"{round(months)} months"
    return f"{max(1, round(days))} day{'s' if round(days) != 1 else ''}"
