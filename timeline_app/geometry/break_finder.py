"""Where the axis breaks: which empty gaps to squeeze, and how much width each stretch gets.

Split from :mod:`timeline_app.geometry.breaks` (the mapping): this module only looks at the
events' spans once, at fit-all, and returns an :class:`AxisWarp`. Pure (numpy, no Qt).
"""

from __future__ import annotations

import itertools
from dataclasses import dataclass, replace

import numpy as np

from timeline_app.geometry.breaks import (
    DAYS_PER_YEAR,
    IDENTITY,
    AxisWarp,
    Break,
    Stretch,
)


@dataclass(frozen=True, slots=True)
class BreakParams:
    """When a gap becomes a break, and how much room things get (pixels at fit-all).

    Attributes:
        break_px: width of one break on the axis.
        margin_px: room kept left and right of all data by fit-all.
        separation: every broken gap is at least this many times longer than every gap
            left on the axis and than the median gap (so breaks separate eras, not evenly
            spaced events) …
        floor_share: … and than this share of the whole time span.
        min_gap_days: gaps shorter than this are never broken (about three years): a
            quiet spring in a year of news is part of the story, not an empty era.
        max_break_share: all breaks together take at most this share of the width.
        min_stretch_px: narrowest stretch (one lone event still gets a few ticks).
        min_stretch_share: shortest stretch, as a share of the whole span in days (a lone
            day in 2566 BC is drawn over some decades, not over one day).
        pad_share: time kept on each side of a stretch's events, as a share of it.
        weight_power: a stretch's width grows as its event count to this power: busy
            stretches get more room, quiet ones still a fair share.
    """

    break_px: float = 92.0
    margin_px: float = 36.0
    separation: float = 3.0
    floor_share: float = 0.02
    min_gap_days: float = 3 * DAYS_PER_YEAR
    max_break_share: float = 0.3
    min_stretch_px: float = 150.0
    min_stretch_share: float = 0.01
    pad_share: float = 0.06
    weight_power: float = 0.75


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

    Gaps are ranked by length and the longest ``k`` are broken, for the largest ``k``
    at which they stand apart from the rest: each broken gap is ``separation`` times
    longer than any gap left unbroken, than the median gap and than ``floor_share`` of the
    whole span. Four
    events in 1900, 1910, 1920 and 2020 get one break (the century), not three; one event
    in 2566 BC, two in antiquity and forty since 1950 get two.

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
    # a narrow window gives breaks and lone stretches less, so the busy stretch keeps room
    p = replace(
        p,
        break_px=min(p.break_px, max(64.0, 0.1 * inner)),
        min_stretch_px=min(p.min_stretch_px, max(80.0, 0.12 * inner)),
    )
    gaps = sorted(((runs[k + 1][0] - runs[k][1], k) for k in range(len(runs) - 1)), reverse=True)
    # what counts as "long": a share of it all, and (given a few gaps to judge by) the
    # timeline's own rhythm, its median gap
    floor = p.floor_share * (runs[-1][1] - runs[0][0])
    if len(gaps) >= 3:
        floor = max(floor, gaps[len(gaps) // 2][0])
    max_breaks = min(len(gaps), int(p.max_break_share * inner // p.break_px))
    for k in range(max_breaks, 0, -1):
        shortest = gaps[k - 1][0]
        longest_left = gaps[k][0] if k < len(gaps) else 0.0
        if shortest >= p.min_gap_days and shortest >= p.separation * max(longest_left, floor):
            groups = _groups(runs, sorted(index for _gap, index in gaps[:k]))
            counts = _counts(np.sort(np.asarray(starts, dtype=np.float64)), groups)
            return _build(groups, counts, inner, p)
    return IDENTITY


def _groups(runs: list[tuple[float, float]], cuts: list[int]) -> list[tuple[float, float]]:
    """Runs joined between the broken gaps: the stretches' data extents."""
    out, first = [], 0
    for k in [*cuts, len(runs) - 1]:
        out.append((runs[first][0], runs[k][1]))
        first = k + 1
    return out


def _counts(sorted_starts: np.ndarray, groups: list[tuple[float, float]]) -> list[int]:
    """Events starting in each group."""
    edges = [lo for lo, _hi in groups[1:]]
    bounds = [0, *np.searchsorted(sorted_starts, edges).tolist(), len(sorted_starts)]
    return [max(1, b - a) for a, b in itertools.pairwise(bounds)]


def _build(
    groups: list[tuple[float, float]], counts: list[int], inner: float, p: BreakParams
) -> AxisWarp:
    """Padded stretches, their widths by event count, and breaks between them."""
    empty = [groups[k + 1][0] - groups[k][1] for k in range(len(groups) - 1)]
    min_days = p.min_stretch_share * (groups[-1][1] - groups[0][0])
    spans: list[tuple[float, float]] = []
    for k, (lo, hi) in enumerate(groups):
        pad = max((hi - lo) * p.pad_share, (min_days - (hi - lo)) / 2)
        # never take more than a third of a neighbouring gap: the break keeps the rest
        left = min(pad, empty[k - 1] / 3) if k > 0 else pad
        right = min(pad, empty[k] / 3) if k < len(empty) else pad
        spans.append((lo - left, hi + right))
    weights = [float(n) ** p.weight_power for n in counts]
    px = _shares(weights, inner - len(empty) * p.break_px, p.min_stretch_px)
    main = max(range(len(weights)), key=lambda k: (weights[k], k))
    ref = (spans[main][1] - spans[main][0]) / px[main]  # days per pixel where it is busiest
    slopes = [w * ref / (hi - lo) for w, (lo, hi) in zip(px, spans, strict=True)]
    stretches = tuple(Stretch(lo, hi, s) for (lo, hi), s in zip(spans, slopes, strict=True))
    breaks = tuple(
        Break(a.day_hi, b.day_lo, gap, p.break_px, min(a.slope, b.slope))
        for a, b, gap in zip(stretches, stretches[1:], empty, strict=False)
    )
    return AxisWarp(stretches, breaks)


def _shares(weights: list[float], total: float, floor: float) -> list[float]:
    """``total`` pixels split in proportion to ``weights``, none below ``floor``."""
    n = len(weights)
    if floor * n >= total:
        return [total / n] * n
    fixed: set[int] = set()
    while True:
        free = [k for k in range(n) if k not in fixed]
        room = total - floor * len(fixed)
        weight = sum(weights[k] for k in free)
        out = [floor if k in fixed else room * weights[k] / weight for k in range(n)]
        low = {k for k in free if out[k] < floor}
        if not low:
            return out
        fixed |= low
