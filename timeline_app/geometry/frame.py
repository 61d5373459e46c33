"""The mapping between days and pixels, kept by the view instead of a giant scene rect.

A scene rect of ±5000 years at hour resolution would need ~10^10 pixels, past what
float scene coordinates handle well. Like pyqtgraph's ViewBox, the view keeps the
visible range itself (first day and days per pixel), and the scene is always about one
viewport wide. Days are floats since 1970 (``Day.ordinal()`` plus a fraction for times).
"""

from __future__ import annotations

from dataclasses import dataclass, replace

from timeline_app.model import Day

DAYS_PER_YEAR = 365.2425
MIN_DAYS_PER_PX = 1 / 24 / 240  # an hour is at most 240 px wide
MAX_SPAN_DAYS = 12000 * DAYS_PER_YEAR  # 9000 BC–3000 is the widest view
LIMIT_LO = float(Day(-10000).ordinal())
LIMIT_HI = float(Day(10000).ordinal())
#: Room kept on either side of the data by "fit all"; labels that would cross the right
#: one flip to the left of their date (see ``TimelineScene.relayout``).
FIT_MARGIN_PX = 36.0


@dataclass(frozen=True, slots=True)
class Frame:
    """``x = x0 + (day - day0) / days_per_px``: the only place dates become pixels."""

    day0: float
    days_per_px: float
    x0: float = 0.0

    def x(self, day: float) -> float:
        """Pixel of a day (float days since 1970)."""
        return self.x0 + (day - self.day0) / self.days_per_px

    def day(self, x: float) -> float:
        """Day under a pixel."""
        return self.day0 + (x - self.x0) * self.days_per_px

    def day_range(self, width: float) -> tuple[float, float]:
        """First and last day of a ``width``-pixel strip starting at ``x0``."""
        return self.day0, self.day0 + width * self.days_per_px

    def zoomed(self, factor: float, anchor_x: float, width: float) -> Frame:
        """Zoom by ``factor`` (>1 zooms in) keeping the day under ``anchor_x`` in place."""
        anchor_day = self.day(anchor_x)
        dpp = clamp_days_per_px(self.days_per_px / factor, width)
        return clamp(
            replace(self, day0=anchor_day - (anchor_x - self.x0) * dpp, days_per_px=dpp), width
        )

    def panned(self, dx: float, width: float) -> Frame:
        """Move the content ``dx`` pixels to the right (the range moves left)."""
        return clamp(replace(self, day0=self.day0 - dx * self.days_per_px), width)


def clamp_days_per_px(days_per_px: float, width: float) -> float:
    """Keep the zoom between hours and millennia."""
    return min(max(days_per_px, MIN_DAYS_PER_PX), MAX_SPAN_DAYS / max(width, 1.0))


def clamp(frame: Frame, width: float) -> Frame:
    """Keep the visible range inside ±10,000 years so panning cannot get lost."""
    day0 = min(max(frame.day0, LIMIT_LO), LIMIT_HI - width * frame.days_per_px)
    return replace(frame, day0=day0)


def frame_for_range(day0: float, day1: float, width: float, *, x0: float = 0.0) -> Frame:
    """The frame showing ``day0..day1`` across ``width`` pixels, within the zoom limits."""
    width = max(width, 1.0)
    span = max(day1 - day0, MIN_DAYS_PER_PX * width)
    dpp = clamp_days_per_px(span / width, width)
    centre = (day0 + day1) / 2.0
    return clamp(Frame(centre - dpp * width / 2.0, dpp, x0), width)


def fit_frame(day0: float, day1: float, width: float, *, left_px: float, right_px: float) -> Frame:
    """A frame showing ``day0..day1`` with ``left_px``/``right_px`` of room on either side.

    Labels never need extra room on the right: the scene flips the cards that would cross
    the right margin to the left of their date. On narrow views the margins shrink so the
    span keeps 40% of the width.
    """
    width = max(width, 1.0)
    inner = max(width - left_px - right_px, width * 0.4)
    dpp = max(day1 - day0, 1.0) / inner
    start = day0 - left_px * dpp
    return frame_for_range(start, start + width * dpp, width)
