"""Where event labels go: row packing and semantic-zoom clustering (pure, no Qt).

Labels must never overlap, and a zoomed-out view of thousands of events must stay
readable and fast. So events are packed greedily into rows on their label footprints in
screen space; when more rows would be needed than there is room for, events that share a
time bin collapse into one count badge. Bins are powers of two of days on an absolute
grid, so a badge splits exactly in halves as the user zooms in and does not reshuffle
while panning.
"""

from __future__ import annotations

import math
from dataclasses import dataclass, field

import numpy as np

from timeline_app.geometry.lane_units import (
    POINT_LEAD_PX,
    LaneInput,
    badge_text,
    badge_width,
    run,
    run_length,
    single,
    units_for_bins,
)
from timeline_app.geometry.packing import Unit, pack_badges_first, pack_rows

__all__ = [
    "POINT_LEAD_PX",
    "LaneInput",
    "LaneLayout",
    "LayoutParams",
    "Unit",
    "badge_text",
    "badge_width",
    "first_bin_days",
    "layout_lane",
    "pack_badges_first",
    "pack_rows",
]

_PARTIAL_COARSENINGS = 6  # bin doublings tried for "+N" badges before whole-bin badges
_COARSEN_LIMIT = 300  # lanes with more events try one bin size (each try packs them all)
_REFILL_TRIES = 48  # single moves out of badges tried after a fit (bounded: each packs all)
_REFILL_WORK = 30_000  # ... and at most this many units packed in all


@dataclass(frozen=True, slots=True)
class LayoutParams:
    """Knobs of :func:`layout_lane`.

    Attributes:
        days_per_px: zoom, to size the cluster bins.
        max_rows: rows available in the lane (``None``: unlimited, never cluster).
        gap_px: empty space kept between two cards in a row.
        cluster_px: the narrowest bin, in pixels; badges are at least this far apart.
        detail_limit: above this many events, skip trying to show each one.
        right_limit: cards that would cross this x turn to the left of their date
            (exports, which cannot be panned to see a cut-off label).
    """

    days_per_px: float
    max_rows: int | None
    gap_px: float = 10.0
    cluster_px: float = 48.0
    detail_limit: int = 1500
    right_limit: float | None = None


@dataclass(slots=True)
class LaneLayout:
    """Result of :func:`layout_lane`: placed units and the number of rows used."""

    units: list[Unit] = field(default_factory=list)
    rows: int = 0


def first_bin_days(days_per_px: float, min_px: float) -> float:
    """The smallest power-of-two number of days that is at least ``min_px`` wide."""
    return float(2.0 ** math.ceil(math.log2(max(min_px * days_per_px, 1e-9))))


def layout_lane(lane: LaneInput, params: LayoutParams) -> LaneLayout:
    """Place the events of one lane into rows, clustering only as much as needed.

    First every event gets its own card. Where that needs too many rows, the events of a
    crowded time bin that did not fit become a "+N" badge next to the cards that did
    (partial collapse); if even the badges do not fit, whole bins become badges and bins
    double in width until everything fits (always true for one badge per lane).

    Args:
        lane: the lane's events, sorted by start.
        params: zoom and space available.

    Returns:
        Units with rows; every event is in exactly one unit; no two units in one row
        are closer than ``params.gap_px``.
    """
    n = len(lane.start_day)
    if n == 0:
        return LaneLayout()
    limit = params.right_limit
    if n <= params.detail_limit or params.max_rows is None:
        units = [single(lane, i, limit) for i in range(n)]
        if not pack_rows(units, max_rows=params.max_rows, gap=params.gap_px):
            return _result(units)
        bin_days = first_bin_days(params.days_per_px, params.cluster_px)
        tries = _PARTIAL_COARSENINGS if n <= _COARSEN_LIMIT else 1
        for k in range(tries):
            # wide cards of lone events can block each other with no crowded bin to
            # shrink; coarser bins make crowds of them, which a "+N" can then stand for
            partial = _partial_collapse(lane, params, bin_days * 2**k)
            if partial is not None:
                return partial
        return _full_collapse(lane, params, bin_days, set())
    return _full_collapse(lane, params, first_bin_days(params.days_per_px, params.cluster_px))


def _partial_collapse(
    lane: LaneInput, params: LayoutParams, bin_days: float, *, rounds: int = 24
) -> LaneLayout | None:
    """Cards for what fits, one "+N" badge per crowded bin for the rest; None if stuck."""
    bins = np.floor(lane.start_day / bin_days).astype(np.int64)
    cuts: dict[int, int] = {}  # bin -> first member that goes into the badge
    for _ in range(rounds):
        units = units_for_bins(lane, bins, None, params.right_limit, cuts)
        failed = pack_badges_first(units, max_rows=params.max_rows, gap=params.gap_px)
        if not failed:
            return _result(_refill(lane, params, bins, cuts, units))
        grow: dict[int, int] = {}
        for unit in failed:
            lo, hi = run(bins, unit.lo)
            if hi - lo < 2 or (unit.badge and cuts.get(unit.bin, hi) <= lo):
                # a lone event or a whole-bin badge: make room by shrinking the crowded
                # bins whose cards cover it (e.g. labels flipped left over it)
                blockers = _crowded_bins_over(unit, units, bins, cuts)
                if not blockers:
                    return None
                for b in blockers:
                    grow[b] = grow.get(b, 1 if b not in cuts else 0) + 1
                continue
            grow[unit.bin] = grow.get(unit.bin, 1 if unit.bin not in cuts else 0) + 1
        for b, extra in grow.items():
            lo, hi = run(bins, int(np.searchsorted(bins, b)))
            # the badge takes the bin's *last* events, so earlier cards never move
            cuts[b] = max(lo, min(cuts.get(b, hi) - extra, hi - 2))
    return None


def _refill(
    lane: LaneInput,
    params: LayoutParams,
    bins: np.ndarray,
    cuts: dict[int, int],
    units: list[Unit],
    budget: int | None = None,
) -> list[Unit]:
    """Give cards back to badged events while they still fit.

    Badges are cut for all failing bins at once, which can leave rows empty; this takes
    events out of badges one at a time, in time order, keeping each move that still packs.
    """
    if budget is None:
        budget = min(_REFILL_TRIES, _REFILL_WORK // max(len(units), 1))
    for b in sorted(cuts):
        _lo, hi = run(bins, int(np.searchsorted(bins, b)))
        while budget > 0 and cuts[b] < hi:
            budget -= 1
            trial = dict(cuts)
            trial[b] = cuts[b] + 1 if hi - cuts[b] > 2 else hi  # never a "+1"
            again = units_for_bins(lane, bins, None, params.right_limit, trial)
            if pack_badges_first(again, max_rows=params.max_rows, gap=params.gap_px):
                break
            cuts, units = trial, again
    return units


def _crowded_bins_over(
    failed: Unit, units: list[Unit], bins: np.ndarray, cuts: dict[int, int]
) -> set[int]:
    """Bins of two or more events, other than ``failed``'s, with cards over its footprint."""
    out = set()
    for unit in units:
        if unit.badge or unit.bin == failed.bin or unit.row < 0:
            continue
        if unit.right <= failed.left or failed.right <= unit.left:
            continue
        lo, hi = run(bins, unit.lo)
        if hi - lo >= 2 and cuts.get(unit.bin, hi) - 1 > lo:
            out.add(unit.bin)
    return out


def _full_collapse(
    lane: LaneInput, params: LayoutParams, bin_days: float, collapsed: set[int] | None = None
) -> LaneLayout:
    """Whole bins become badges; bins double until every unit fits (always terminates).

    ``collapsed`` None means every bin with two or more events is a badge (the fast path
    for huge counts); a set means only those bins are, and grows with each failure.
    """
    for _ in range(80):
        bins = np.floor(lane.start_day / bin_days).astype(np.int64)
        units = units_for_bins(lane, bins, collapsed, params.right_limit)
        failed = pack_rows(units, max_rows=params.max_rows, gap=params.gap_px)
        if not failed:
            return _result(units)
        mergeable = {u.bin for u in failed if not u.badge and run_length(bins, u.lo) > 1}
        if collapsed is not None and mergeable and not any(u.badge for u in failed):
            collapsed |= mergeable
            continue
        bin_days *= 2.0
        if collapsed is not None:
            collapsed = {b // 2 for b in collapsed | {u.bin for u in failed}}
    return _result(units)


def _result(units: list[Unit]) -> LaneLayout:
    return LaneLayout(units, max((u.row + u.span for u in units), default=0))
