"""Axis breaks: long empty eras squeezed to a fixed width so each stretch of events has room.

A collection of articles often holds one event in 2566 BC, a few in antiquity and most in
the last 150 years. On one linear axis the recent events share a sliver at the right
edge. Instead, the axis is *warped*: stretches of time that hold events keep one common
scale (so zooming and panning inside a stretch behave exactly as on a plain axis), and
the long gaps between them become narrow breaks, drawn as "⋯ 977 years ⋯".

The warp maps a day to an *axis position* ``a`` (in days, so a frame's days-per-pixel keeps
its meaning inside stretches). It is piecewise linear and strictly increasing: slope 1
inside stretches and outside the data, a small slope across each break. A break keeps
the same width in pixels at every zoom (zoomed in, it does not swell into a screen of
nothing), so the mapping depends on the zoom; zooming out until the era itself is
narrower than its break melts the break into a plain axis, continuously. Pure (numpy,
no Qt).
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import overload

import numpy as np

DAYS_PER_YEAR = 365.2425


@dataclass(frozen=True, slots=True)
class BreakParams:
    """When a gap becomes a break, and how much room things get (pixels at fit-all).

    Attributes:
        break_px: width of one break on the axis.
        margin_px: room kept left and right of all data by fit-all.
        min_gap_share: a gap is broken only if, left as it is, it would take at least this
            share of the width (at the scale the other breaks leave).
        min_gap_days: gaps shorter than this are never broken (about three years): a
            quiet spring in a year of news is part of the story, not an empty era.
        max_break_share: all breaks together take at most this share of the width.
        pad_px: room kept on a stretch's side of each break, so the nearest event is not
            glued to the break.
        min_stretch_px: narrowest stretch (one lone event still gets a few ticks).
    """

    break_px: float = 92.0
    margin_px: float = 36.0
    min_gap_share: float = 0.2
    min_gap_days: float = 3 * DAYS_PER_YEAR
    max_break_share: float = 0.3
    pad_px: float = 24.0
    min_stretch_px: float = 150.0


@dataclass(frozen=True, slots=True)
class Break:
    """An empty era drawn ``px`` pixels wide at any zoom: days ``day_lo..day_hi``.

    ``empty_days`` is the time between the last event before and the first after (the
    break itself is a little shorter: stretches keep some padding).
    """

    day_lo: float
    day_hi: float
    empty_days: float
    px: float

    @property
    def label(self) -> str:
        """How long the empty era is, in words: "977 years", "18 months"."""
        return duration_text(self.empty_days)

    def axis_days(self, days_per_px: float) -> float:
        """Room on the axis at this zoom: ``px`` pixels, or the era itself once that is
        narrower (zoomed far out the break melts into a plain axis, continuously)."""
        return min(self.px * days_per_px, self.day_hi - self.day_lo)

    def active(self, days_per_px: float) -> bool:
        """Whether the break is drawn (squeezes anything) at this zoom."""
        return self.px * days_per_px < self.day_hi - self.day_lo


@dataclass(frozen=True, slots=True)
class AxisWarp:
    """The day ↔ axis-position mapping at a zoom; :data:`IDENTITY` when nothing is squeezed.

    ``stretches`` are the day ranges drawn at the common scale (for reading; the mapping
    needs only the breaks). Axis positions equal days up to the first break.
    """

    stretches: tuple[tuple[float, float], ...] = ()
    breaks: tuple[Break, ...] = ()

    @property
    def identity(self) -> bool:
        """True when the axis is plain (no break)."""
        return not self.breaks

    def knots(self, days_per_px: float) -> tuple[np.ndarray, np.ndarray]:
        """Days and axis positions where the slope changes, at this zoom."""
        days, axis, shift = [], [], 0.0
        for b in self.breaks:
            days += [b.day_lo, b.day_hi]
            axis += [b.day_lo - shift, b.day_lo - shift + b.axis_days(days_per_px)]
            shift += (b.day_hi - b.day_lo) - b.axis_days(days_per_px)
        return np.array(days, dtype=np.float64), np.array(axis, dtype=np.float64)

    @overload
    def a(self, day: float, days_per_px: float) -> float: ...
    @overload
    def a(self, day: np.ndarray, days_per_px: float) -> np.ndarray: ...
    def a(self, day: float | np.ndarray, days_per_px: float) -> float | np.ndarray:
        """Axis position of a day (or of an array of days) at a zoom."""
        if not self.breaks:
            return day
        days, axis = self.knots(days_per_px)
        return _piecewise(day, days, axis)

    @overload
    def day(self, a: float, days_per_px: float) -> float: ...
    @overload
    def day(self, a: np.ndarray, days_per_px: float) -> np.ndarray: ...
    def day(self, a: float | np.ndarray, days_per_px: float) -> float | np.ndarray:
        """Day at an axis position: the inverse of :meth:`a`."""
        if not self.breaks:
            return a
        days, axis = self.knots(days_per_px)
        return _piecewise(a, axis, days)

    def active_breaks(self, days_per_px: float) -> list[Break]:
        """The breaks drawn at this zoom."""
        return [b for b in self.breaks if b.active(days_per_px)]

    def segments(self, day0: float, day1: float, days_per_px: float) -> list[tuple[float, float]]:
        """The parts of ``day0..day1`` outside every drawn break (where ticks belong)."""
        out: list[tuple[float, float]] = []
        lo = day0
        for b in self.active_breaks(days_per_px):
            if b.day_hi <= lo:
                continue
            if b.day_lo >= day1:
                break
            if b.day_lo > lo:
                out.append((lo, b.day_lo))
            lo = b.day_hi
        if lo < day1:
            out.append((lo, day1))
        return out


IDENTITY = AxisWarp()


def _piecewise(value: float | np.ndarray, xs: np.ndarray, ys: np.ndarray) -> float | np.ndarray:
    """Linear through the knots ``(xs, ys)``, slope 1 beyond the first and last knot."""
    if np.ndim(value) == 0:
        v = float(value)  # type: ignore[arg-type]
        if v <= xs[0]:
            return float(ys[0] + (v - xs[0]))
        if v >= xs[-1]:
            return float(ys[-1] + (v - xs[-1]))
        return float(np.interp(v, xs, ys))
    arr = np.asarray(value, dtype=np.float64)
    out = np.interp(arr, xs, ys)
    out = np.where(arr < xs[0], ys[0] + (arr - xs[0]), out)
    return np.where(arr > xs[-1], ys[-1] + (arr - xs[-1]), out)


def duration_text(days: float) -> str:
    """A gap in words, rounded the way people say it: "977 years", "18 months", "40 days"."""
    years = days / DAYS_PER_YEAR
    if years >= 2:
        return f"{round(years):,} years"
    months = days / (DAYS_PER_YEAR / 12)
    if months >= 2:
        return f"{round(months)} months"
    return f"{max(1, round(days))} day{'s' if round(days) != 1 else ''}"


def occupied_runs(starts: np.ndarray, ends: np.ndarray) -> list[tuple[float, float]]:
    """Merge event spans into the disjoint stretches of time that hold at least one event."""
    if len(starts) == 0:
        return []
    lo = np.asarray(starts, dtype=np.float64)
    hi = np.maximum(np.asarray(ends, dtype=np.float64), lo)
    order = np.argsort(lo, kind="stable")
    lo, hi = lo[order], hi[order]
    reach = np.maximum.accumulate(hi)
    # a new run starts where an event begins after everything before it has ended
    cuts = np.flatnonzero(lo[1:] > reach[:-1]) + 1
    firsts = np.concatenate(([0], cuts))
    lasts = np.concatenate((cuts - 1, [len(lo) - 1]))
    return [(float(lo[f]), float(reach[k])) for f, k in zip(firsts, lasts, strict=True)]


def compress_gaps(
    starts: np.ndarray, ends: np.ndarray, width: float, params: BreakParams | None = None
) -> AxisWarp:
    """The warp that gives the events' stretches the width and squeezes the empty eras.

    Greedy: the longest gap is broken first, while it would still take at least
    ``min_gap_share`` of the width at the scale the breaks so far leave; each break makes
    the scale finer, so a smaller gap may then qualify. Stops at ``max_break_share``.

    Args:
        starts: first day of each event (days since 1970, any order).
        ends: last day of each event (``>= start``; equal for points).
        width: pixels the whole data range is to be fitted into (fit-all).
        params: thresholds; defaults suit a desktop window or a 1600 px export.

    Returns:
        :data:`IDENTITY` when no gap is worth a break; else a warp in which every event
        lies inside a stretch and no event touches a break.
    """
    p = params or BreakParams()
    runs = occupied_runs(starts, ends)
    if len(runs) < 2:
        return IDENTITY
    inner = max(width - 2 * p.margin_px, 1.0)
    gaps = sorted(((runs[k + 1][0] - runs[k][1], k) for k in range(len(runs) - 1)), reverse=True)
    max_breaks = int(p.max_break_share * inner // p.break_px)
    chosen: list[int] = []
    for gap, k in gaps:
        if len(chosen) >= max_breaks or gap < p.min_gap_days:
            break
        if gap / _scale(runs, chosen, inner, p) < p.min_gap_share * inner:
            break
        chosen.append(k)
    if not chosen:
        return IDENTITY
    return _build(runs, sorted(chosen), _scale(runs, chosen, inner, p), p)


def _groups(runs: list[tuple[float, float]], cuts: list[int]) -> list[tuple[float, float]]:
    """Runs joined between the broken gaps: the stretches' data extents."""
    out, first = [], 0
    for k in [*sorted(cuts), len(runs) - 1]:
        out.append((runs[first][0], runs[k][1]))
        first = k + 1
    return out


def _scale(
    runs: list[tuple[float, float]], cuts: list[int], inner: float, p: BreakParams
) -> float:
    """Days per pixel of the stretches when the gaps ``cuts`` are broken (a fixed point:
    stretches narrower than ``min_stretch_px`` take extra room, which depends on it)."""
    groups = _groups(runs, cuts)
    days = sum(hi - lo for lo, hi in groups)
    days = max(days, 1.0)
    fixed = len(cuts) * (p.break_px + 2 * p.pad_px)
    dpp = days / max(inner - fixed, 0.2 * inner)
    for _ in range(4):
        extra = sum(
            max(0.0, p.min_stretch_px - 2 * p.pad_px - (hi - lo) / dpp) for lo, hi in groups
        )
        dpp = days / max(inner - fixed - extra, 0.2 * inner)
    return dpp


def _build(
    runs: list[tuple[float, float]], cuts: list[int], dpp: float, p: BreakParams
) -> AxisWarp:
    groups = _groups(runs, cuts)
    empty = [groups[k + 1][0] - groups[k][1] for k in range(len(groups) - 1)]
    stretches: list[tuple[float, float]] = []
    for k, (lo, hi) in enumerate(groups):
        pad = max(p.pad_px * dpp, (p.min_stretch_px * dpp - (hi - lo)) / 2)
        # never take more than a third of a neighbouring gap: the break keeps the rest
        left = min(pad, empty[k - 1] / 3) if k > 0 else pad
        right = min(pad, empty[k] / 3) if k < len(empty) else pad
        stretches.append((lo - left, hi + right))
    breaks = tuple(
        Break(s[1], t[0], gap, p.break_px)
        for s, t, gap in zip(stretches, stretches[1:], empty, strict=False)
    )
    return AxisWarp(tuple(stretches), breaks)
