"""The mapping between days and pixels, kept by the view instead of a giant scene rect.

A scene rect of ±5000 years at hour resolution would need ~10^10 pixels, past what
float scene coordinates handle well. Like pyqtgraph's ViewBox, the view keeps the
visible range itself (first day and days per pixel), and the scene is always about one
viewport wide. Days are floats since 1970 (``Day.ordinal()`` plus a fraction for times).

With axis breaks (:mod:`~timeline_app.geometry.breaks`) the frame is linear in the *axis
position* ``a`` of a day rather than in the day itself; zoom and pan act on ``a``, so they
behave as on a plain axis inside a stretch and stay continuous across a break. Without
breaks ``a`` is the day.
"""

from __future__ import annotations

import math
from dataclasses import dataclass, replace

import numpy as np

from timeline_app.geometry.breaks import IDENTITY, AxisWarp
from timeline_app.model import Day

DAYS_PER_YEAR = 365.2425
MIN_DAYS_PER_PX = 1 / 24 / 240  # an hour is at most 240 px wide
#: The tagger reads years back to 100,000 BC; the view can pan and zoom out that far.
LIMIT_LO = float(Day(-100_000).ordinal())
LIMIT_HI = float(Day(10_000).ordinal())
MAX_SPAN_DAYS = LIMIT_HI - LIMIT_LO  # the widest view: all of it
#: Room kept on either side of the data by "fit all"; labels that would cross the right
#: one flip to the left of their date (see ``TimelineScene.relayout``).
FIT_MARGIN_PX = 36.0


@dataclass(frozen=True, slots=True)
class Frame:
    """``x = x0 + (a(day) - a0) / days_per_px``: the only place dates become pixels.

    Attributes:
        a0: axis position at pixel ``x0`` (the day there, when the axis has no breaks).
        days_per_px: zoom, in real days inside a stretch of events.
        x0: pixel where ``a0`` is drawn.
        warp: the axis breaks in use (:data:`IDENTITY`: none).
    """

    a0: float
    days_per_px: float
    x0: float = 0.0
    warp: AxisWarp = IDENTITY

    def a(self, day: float) -> float:
        """Axis position of a day at this zoom."""
        return self.warp.a(day, self.days_per_px)

    def x(self, day: float) -> float:
        """Pixel of a day (float days since 1970)."""
        return self.x0 + (self.warp.a(day, self.days_per_px) - self.a0) / self.days_per_px

    def xs(self, days: np.ndarray) -> np.ndarray:
        """Pixels of many days at once."""
        return self.x0 + (self.warp.a(days, self.days_per_px) - self.a0) / self.days_per_px

    def day(self, x: float) -> float:
        """Day under a pixel."""
        return self.warp.day(self.a_at(x), self.days_per_px)

    def a_at(self, x: float) -> float:
        """Axis position under a pixel."""
        return self.a0 + (x - self.x0) * self.days_per_px

    def x_at_a(self, a: float) -> float:
        """Pixel of an axis position."""
        return self.x0 + (a - self.a0) / self.days_per_px

    def day_range(self, width: float) -> tuple[float, float]:
        """First and last day of a ``width``-pixel strip starting at ``x0``."""
        return self.day(self.x0), self.day(self.x0 + width)

    def at_zoom(self, days_per_px: float, day: float, x: float, width: float) -> Frame:
        """This frame at another zoom, with ``day`` drawn at pixel ``x``."""
        a0 = self.warp.a(day, days_per_px) - (x - self.x0) * days_per_px
        return clamp(replace(self, a0=a0, days_per_px=days_per_px), width)

    def zoomed(self, factor: float, anchor_x: float, width: float) -> Frame:
        """Zoom by ``factor`` (>1 zooms in) keeping the day under ``anchor_x`` in place."""
        dpp = clamp_days_per_px(self.days_per_px / factor, width)
        return self.at_zoom(dpp, self.day(anchor_x), anchor_x, width)

    def panned(self, dx: float, width: float) -> Frame:
        """Move the content ``dx`` pixels to the right (the range moves left)."""
        return clamp(replace(self, a0=self.a0 - dx * self.days_per_px), width)

    def centred_on(self, day: float, days_per_px: float, width: float) -> Frame:
        """``day`` in the middle of ``width`` pixels at zoom ``days_per_px``."""
        return self.at_zoom(days_per_px, day, self.x0 + width / 2, width)


def clamp_days_per_px(days_per_px: float, width: float) -> float:
    """Keep the zoom between hours and millennia."""
    return min(max(days_per_px, MIN_DAYS_PER_PX), MAX_SPAN_DAYS / max(width, 1.0))


def clamp(frame: Frame, width: float) -> Frame:
    """Keep the visible range inside 100,000 BC – AD 10,000 so panning cannot get lost."""
    lo, hi = frame.a(LIMIT_LO), frame.a(LIMIT_HI)
    a0 = min(max(frame.a0, lo), hi - width * frame.days_per_px)
    return replace(frame, a0=a0)


def zoom_for_range(warp: AxisWarp, day0: float, day1: float, px: float) -> float:
    """Days per pixel at which ``day0..day1`` takes ``px`` pixels on ``warp``.

    On a plain axis that is ``(day1 - day0) / px``; with breaks, which keep their pixel
    width at any zoom, the extent shrinks as the zoom grows coarser, so it is solved by
    bisection (on a log scale: zooms range over ten orders of magnitude).
    """
    px = max(px, 1.0)
    plain = max(day1 - day0, 1e-9) / px
    if warp.identity:
        return plain

    def extent(dpp: float) -> float:
        return (warp.a(day1, dpp) - warp.a(day0, dpp)) / dpp

    hi = plain
    for _ in range(40):  # stretches drawn finer than days can make the extent wider
        if extent(hi) <= px:
            break
        hi *= 4.0
    lo, hi = math.log(MIN_DAYS_PER_PX / 1e3), math.log(hi)
    for _ in range(80):
        mid = (lo + hi) / 2
        if extent(math.exp(mid)) > px:
            lo = mid
        else:
            hi = mid
    return math.exp(hi)


def frame_for_range(
    day0: float, day1: float, width: float, *, x0: float = 0.0, warp: AxisWarp = IDENTITY
) -> Frame:
    """The frame showing ``day0..day1`` across ``width`` pixels, within the zoom limits."""
    return fit_frame(day0, day1, width, left_px=0.0, right_px=0.0, warp=warp, x0=x0)


def fit_frame(
    day0: float,
    day1: float,
    width: float,
    *,
    left_px: float,
    right_px: float,
    warp: AxisWarp = IDENTITY,
    x0: float = 0.0,
) -> Frame:
    """A frame showing ``day0..day1`` with ``left_px``/``right_px`` of room on either side.

    Labels never need extra room on the right: the scene flips the cards that would cross
    the right margin to the left of their date. On narrow views the margins shrink so the
    span keeps 40% of the width.
    """
    width = max(width, 1.0)
    inner = max(width - left_px - right_px, width * 0.4)
    left = min(left_px, (width - inner) * left_px / max(left_px + right_px, 1e-9))
    dpp = zoom_for_range(warp, day0, day1, inner)
    dpp = max(dpp, MIN_DAYS_PER_PX)
    clamped = clamp_days_per_px(dpp, width)
    if clamped != dpp:  # too wide or too narrow to show as asked: centre it instead
        mid = warp.day((warp.a(day0, clamped) + warp.a(day1, clamped)) / 2, clamped)
        frame = Frame(0.0, clamped, x0, warp)
        return frame.at_zoom(clamped, mid, x0 + width / 2, width)
    frame = Frame(0.0, dpp, x0, warp)
    return frame.at_zoom(dpp, day0, x0 + left, width)
