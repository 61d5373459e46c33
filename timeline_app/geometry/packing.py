"""Row packing of label footprints (pure, no Qt): first fit, and badges-first for "+N".

Split from :mod:`layout`, which decides *what* is a card or a badge; this module only
decides which row each one goes in, so that no two in a row come closer than a gap.
"""

from __future__ import annotations

import bisect
from dataclasses import dataclass


@dataclass(slots=True)
class Unit:
    """One placed thing: an event (``hi == lo + 1``) or a badge over ``lo..hi``.

    ``lo``/``hi`` index the arrays given to :func:`layout_lane`; ``left``/``right`` are
    the footprint in pixels, ``row`` is assigned by :func:`pack_rows` (-1: did not fit).
    """

    lo: int
    hi: int
    left: float
    right: float
    badge: bool = False
    row: int = -1
    bin: int = 0
    partial: bool = False  # a "+N" badge: some events of its bin are shown as cards
    span: int = 1  # rows taken: a card whose title wraps onto two lines takes two

    @property
    def count(self) -> int:
        """Number of events this unit stands for."""
        return self.hi - self.lo


def pack_rows(units: list[Unit], *, max_rows: int | None, gap: float) -> list[Unit]:
    """Greedy first-fit interval packing; sets ``row`` and returns the units that failed.

    First-fit on units sorted by their left edge is optimal for one-row intervals (it
    never uses more rows than the deepest overlap), and it is stable: a unit only moves
    when something to its left changes. A unit spanning several rows takes the first run
    of rows that are all free.
    """
    units.sort(key=lambda u: u.left)
    row_ends: list[float] = []
    failed: list[Unit] = []
    for unit in units:
        unit.row = -1
        if unit.span == 1:  # the common case, kept tight: this runs for every event shown
            for r, end in enumerate(row_ends):
                if end + gap <= unit.left:
                    unit.row = r
                    row_ends[r] = unit.right
                    break
            else:
                if max_rows is None or len(row_ends) < max_rows:
                    unit.row = len(row_ends)
                    row_ends.append(unit.right)
                else:
                    failed.append(unit)
            continue
        for r in range(len(row_ends) + 1):
            rows = range(r, r + unit.span)
            if max_rows is not None and rows.stop > max_rows:
                break
            if all(k >= len(row_ends) or row_ends[k] + gap <= unit.left for k in rows):
                unit.row = r
                row_ends.extend([-1e18] * (rows.stop - len(row_ends)))
                for k in rows:
                    row_ends[k] = unit.right
                break
        if unit.row < 0:
            failed.append(unit)
    return failed


def pack_badges_first(units: list[Unit], *, max_rows: int | None, gap: float) -> list[Unit]:
    """Like :func:`pack_rows`, but badges claim their places before any card.

    A "+N" badge marks where events are hidden, so it must not lose its spot to a card
    from an earlier bin whose label runs over it. Cards then fill the gaps around the
    badges (first fit on each row's sorted intervals).
    """
    rows: list[tuple[list[float], list[float]]] = []  # per row: sorted lefts, matching rights
    failed: list[Unit] = []
    for unit in sorted(units, key=lambda u: (not u.badge, u.left)):
        unit.row = -1
        if unit.span == 1:
            if _first_free_row(rows, unit, gap):
                continue
            if max_rows is None or len(rows) < max_rows:
                unit.row = len(rows)
                rows.append(([unit.left], [unit.right]))
            else:
                failed.append(unit)
            continue
        for r in range(len(rows) + 1):
            span = range(r, r + unit.span)
            if max_rows is not None and span.stop > max_rows:
                break
            if all(k >= len(rows) or _free(rows[k], unit, gap) for k in span):
                while len(rows) < span.stop:
                    rows.append(([], []))
                for k in span:
                    lefts, rights = rows[k]
                    at = bisect.bisect_left(lefts, unit.left)
                    lefts.insert(at, unit.left)
                    rights.insert(at, unit.right)
                unit.row = r
                break
        if unit.row < 0:
            failed.append(unit)
    return failed


def _first_free_row(rows: list[tuple[list[float], list[float]]], unit: Unit, gap: float) -> bool:
    """Fast path for one-row units: put ``unit`` in the first existing row with room."""
    for r, (lefts, rights) in enumerate(rows):
        k = bisect.bisect_left(lefts, unit.left)
        if (k == 0 or rights[k - 1] + gap <= unit.left) and (
            k == len(lefts) or unit.right + gap <= lefts[k]
        ):
            lefts.insert(k, unit.left)
            rights.insert(k, unit.right)
            unit.row = r
            return True
    return False


def _free(row: tuple[list[float], list[float]], unit: Unit, gap: float) -> bool:
    """Whether ``unit`` fits between the intervals of one row, ``gap`` from each."""
    lefts, rights = row
    k = bisect.bisect_left(lefts, unit.left)
    return (k == 0 or rights[k - 1] + gap <= unit.left) and (
        k == len(lefts) or unit.right + gap <= lefts[k]
    )
