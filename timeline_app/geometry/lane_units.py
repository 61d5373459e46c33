"""Lane events as units on a time-bin grid: one card per event, or a count badge per bin.

Split from :mod:`layout` (which decides how much to collapse); here only the mechanics:
the lane's input arrays, the runs of equal bins, and the units they make. Pure, no Qt.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from itertools import pairwise

import numpy as np

from timeline_app.geometry.packing import Unit

POINT_LEAD_PX = 9.0  # a point's card starts this far left of its dot's centre


@dataclass(frozen=True, slots=True)
class LaneInput:
    """The events of one lane, sorted by start, in pixel space of the layout frame.

    Attributes:
        start_day: anchor day of each event (bins are computed from it).
        x0: pixel of the event's start (dot centre for points).
        x1: pixel of the event's end (``== x0`` for points).
        point: whether each event is drawn as a point (its card starts a little left).
        card_width: width in pixels of an event's label card, measured lazily.
        card_rows: rows an event's card takes (a wrapped title takes more than one).
    """

    start_day: np.ndarray
    x0: np.ndarray
    x1: np.ndarray
    point: np.ndarray
    card_width: Callable[[int], float]
    card_rows: Callable[[int], int] = lambda _i: 1


def badge_text(count: int, *, partial: bool = False) -> str:
    """What a badge says: "12", or "+12" when some of its bin's events have cards."""
    return f"+{count}" if partial else str(count)


def badge_width(count: int, *, partial: bool = False) -> float:
    """Width of a count badge: room for the digits and rounded ends."""
    return 18.0 + 7.5 * len(badge_text(count, partial=partial))


def single(lane: LaneInput, i: int, right_limit: float | None = None) -> Unit:
    x0, width = float(lane.x0[i]), lane.card_width(i)
    left = x0 - POINT_LEAD_PX if lane.point[i] else x0
    if right_limit is not None and left + width > right_limit:
        # points flip to the left of their dot; spans slide left just enough
        left = x0 + POINT_LEAD_PX - width if lane.point[i] else right_limit - width
    right = max(float(lane.x1[i]), left + width)
    return Unit(i, i + 1, left, right, span=lane.card_rows(i))


def badge(lane: LaneInput, lo: int, hi: int, *, partial: bool = False) -> Unit:
    centre = (float(lane.x0[lo]) + float(lane.x0[hi - 1])) / 2.0
    width = badge_width(hi - lo, partial=partial)
    left = centre - width / 2.0
    return Unit(lo, hi, left, left + width, badge=True, partial=partial)


def run_length(bins: np.ndarray, i: int) -> int:
    lo, hi = run(bins, i)
    return hi - lo


def run(bins: np.ndarray, i: int) -> tuple[int, int]:
    """First and one-past-last position of the run of equal bins holding position ``i``."""
    b = bins[i]
    return int(np.searchsorted(bins, b, side="left")), int(np.searchsorted(bins, b, side="right"))


def units_for_bins(
    lane: LaneInput,
    bins: np.ndarray,
    collapsed: set[int] | None,
    right_limit: float | None,
    cuts: dict[int, int] | None = None,
) -> list[Unit]:
    """Runs of equal bins (starts are sorted, so bins are too) become badges or singles.

    A bin in ``collapsed`` (or any multi-event bin when it is None) is one badge; a bin in
    ``cuts`` keeps cards before its cut and a "+N" badge from the cut on.
    """
    bounds = [0, *(np.flatnonzero(np.diff(bins)) + 1).tolist(), len(bins)]
    units: list[Unit] = []
    for lo, hi in pairwise(bounds):
        b = int(bins[lo])
        cut = hi
        if cuts is not None and b in cuts:
            cut = max(cuts[b], lo)
        elif hi - lo > 1 and cuts is None and (collapsed is None or b in collapsed):
            cut = lo
        for i in range(lo, cut):
            units.append(single(lane, i, right_limit))
            units[-1].bin = b
        if cut < hi:
            units.append(badge(lane, cut, hi, partial=cut > lo))
            units[-1].bin = b
    return units
