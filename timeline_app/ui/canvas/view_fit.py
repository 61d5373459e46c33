"""Fit-all with axis breaks, shared by the view and the exporter so both squeeze alike.

"Fit all" gives every stretch of events a readable scale: long empty eras between them
become breaks (:mod:`timeline_app.geometry.breaks`), unless the user turned
View → Compress empty periods off. The warp depends on the shown events and the width it
is fitted to, so it is recomputed when either changes, keeping the visible days.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from timeline_app.geometry.break_finder import BreakParams, compress_gaps
from timeline_app.geometry.breaks import IDENTITY, AxisWarp
from timeline_app.geometry.frame import FIT_MARGIN_PX, Frame, fit_frame, frame_for_range
from timeline_app.model import Day

if TYPE_CHECKING:
    from timeline_app.ui.canvas.event_index import EventIndex

DEFAULT_SPAN = (float(Day(1990).ordinal()), float(Day(2030).ordinal()))


def warp_for(index: EventIndex, width: float, *, compress: bool, margin_px: float) -> AxisWarp:
    """The axis breaks for the shown events fitted into ``width`` pixels (or none).

    Remembered by a fingerprint of the events' spans: a title edit or a repaint on
    100,000 events then costs two sums, and returns the very same warp, so the laid-out
    rows stay valid too.
    """
    if not compress or len(index) < 2:
        return IDENTITY
    key = (
        len(index),
        float(index.starts.sum()),
        float(index.ends.sum()),
        float(index.starts[0]),
        float(index.ends.max()),
        round(width, 1),
        margin_px,
    )
    warp = _WARPS.get(key)
    if warp is None:
        if len(_WARPS) >= _WARPS_KEPT:
            _WARPS.clear()
        params = BreakParams(margin_px=margin_px)
        warp = _WARPS[key] = compress_gaps(index.starts, index.ends, width, params)
    return warp


_WARPS: dict[tuple[float, ...], AxisWarp] = {}
_WARPS_KEPT = 32


def fit_all_frame(
    index: EventIndex,
    width: float,
    *,
    compress: bool,
    x0: float = 0.0,
    margin_px: float = FIT_MARGIN_PX,
    warp: AxisWarp | None = None,
) -> Frame:
    """The frame showing every indexed event across ``width`` pixels starting at ``x0``
    (on ``warp``'s breaks when given, else on the breaks these events call for)."""
    if warp is None:
        warp = warp_for(index, width, compress=compress, margin_px=margin_px)
    day0, day1 = index.span() or DEFAULT_SPAN
    return fit_frame(day0, day1, width, left_px=margin_px, right_px=margin_px, warp=warp, x0=x0)


def rewarped(frame: Frame, warp: AxisWarp, width: float) -> Frame:
    """``frame`` on new axis breaks, showing the same first and last day."""
    if warp == frame.warp:
        return frame
    day0, day1 = frame.day_range(width)
    return frame_for_range(day0, day1, width, x0=frame.x0, warp=warp)
