"""Vertical geometry of the canvas and the per-lane layout of the visible events.

Split from the scene so the numbers that decide where things go (row height, lane
bands, which events fall in the layout window) are in one small module that the scene,
the painting code and the exporter all read.
"""

from __future__ import annotations

from dataclasses import dataclass, field

import numpy as np

from timeline_app.geometry.breaks import IDENTITY, AxisWarp
from timeline_app.geometry.frame import Frame
from timeline_app.geometry.layout import LaneInput, LayoutParams, Unit, layout_lane
from timeline_app.ui.canvas.event_index import CARD_MAX_PX, EventIndex

AXIS_H = 48.0
ROW_H = 30.0
CARD_H = 22.0
LANE_TITLE_H = 24.0
LANE_GAP = 8.0
CONTENT_PAD = 10.0
LEGEND_H = 30.0
MAX_LABEL_PX = CARD_MAX_PX  # widest card; events this far left of the window may show
_NEED_PROBE_LIMIT = 400  # lanes with more events than this are assumed to need every row


@dataclass(slots=True)
class LaneBlock:
    """One lane (a document, or everything when lanes are off) as laid out.

    Attributes:
        key: document id of the lane, ``None`` for hand-added events, or ``"*"`` (all).
        top: y of the lane band's top.
        rows_top: y of the first row.
        height: height of the whole band.
        positions: index positions of the lane's events, in the order the units use.
        units: placed events and badges (x in the layout's own pixel space).
    """

    key: str | None
    top: float = 0.0
    rows_top: float = 0.0
    height: float = 0.0
    positions: np.ndarray = field(default_factory=lambda: np.empty(0, dtype=np.int64))
    units: list[Unit] = field(default_factory=list)
    rows: int = 0

    def row_y(self, row: int) -> float:
        """Top of the card in ``row``."""
        return self.rows_top + row * ROW_H + (ROW_H - CARD_H) / 2.0

    def unit_rect(self, unit: Unit, offset: float) -> tuple[float, float, float, float]:
        """``(x, y, width, height)`` of a unit in scene coordinates (``offset``: layout x 0)."""
        return (
            unit.left + offset,
            self.row_y(unit.row),
            unit.right - unit.left,
            card_height(unit.span),
        )


def card_height(rows: int) -> float:
    """Height of a card spanning ``rows`` rows."""
    return CARD_H + (rows - 1) * ROW_H


@dataclass(slots=True)
class SceneLayout:
    """Lanes laid out for a window of axis positions at one zoom.

    The window is wider than the viewport (one viewport on each side), so panning only
    translates it; ``origin`` is the axis position at layout x = 0 (a day, unless the
    axis has breaks).
    """

    origin: float
    days_per_px: float
    a_lo: float
    a_hi: float
    max_rows: int | None
    warp: AxisWarp = IDENTITY
    lanes: list[LaneBlock] = field(default_factory=list)
    bottom: float = 0.0

    def offset(self, frame: Frame) -> float:
        """Add to a layout x to get a scene x in ``frame``."""
        return frame.x_at_a(self.origin)

    def covers(self, frame: Frame, width: float) -> bool:
        """Whether this layout can be reused for ``frame`` shown ``width`` pixels wide."""
        dpp = frame.days_per_px
        if frame.warp is not self.warp:
            return False
        if abs(dpp - self.days_per_px) > 1e-12 * max(dpp, 1e-12):
            return False
        a0, a1 = frame.a_at(0.0), frame.a_at(width)
        margin = (a1 - a0) * 0.25
        return self.a_lo + margin <= a0 and a1 <= self.a_hi - margin


def compute_layout(
    index: EventIndex,
    frame: Frame,
    *,
    x_lo: float,
    x_hi: float,
    lanes_by_document: bool,
    max_rows: int | None,
    top: float,
    right_limit: float | None = None,
) -> SceneLayout:
    """Lay out every lane for the pixels ``x_lo..x_hi`` of ``frame`` (margins included).

    Args:
        index: the shown events.
        frame: zoom and axis breaks; layout x is measured from ``frame``'s ``x_lo``.
        x_lo: first pixel of the layout window.
        x_hi: last pixel of the layout window.
        lanes_by_document: one lane per document (with a title) instead of one lane.
        max_rows: rows for all lanes together (``None``: unlimited); quiet lanes get
            what they need and busy ones share the rest.
        top: y where the first lane starts.
        right_limit: layout x that cards must not cross (exports), or None.
    """
    a_lo, a_hi = frame.a_at(x_lo), frame.a_at(x_hi)
    dpp = frame.days_per_px
    out = SceneLayout(a_lo, dpp, a_lo, a_hi, max_rows, frame.warp)
    visible = index.overlapping(frame.day(x_lo - MAX_LABEL_PX), frame.day(x_hi))
    keys: list[str | None] = list(index.lane_keys) if lanes_by_document else ["*"]
    blocks = []
    for k, key in enumerate(keys):
        positions = visible[index.lane[visible] == k] if lanes_by_document else visible
        blocks.append(LaneBlock(key, positions=positions))
    inputs = [_lane_input(index, b.positions, frame, x_lo) for b in blocks]
    budgets = _share_rows(inputs, max_rows, dpp)
    y = top
    for block, lane, rows in zip(blocks, inputs, budgets, strict=True):
        block.top = y
        block.rows_top = y + (LANE_TITLE_H if lanes_by_document else 0.0)
        if lane is not None:
            result = layout_lane(lane, LayoutParams(dpp, rows, right_limit=right_limit))
            block.units, block.rows = result.units, result.rows
        block.height = block.rows_top - y + max(block.rows, 1) * ROW_H
        y += block.height + (LANE_GAP if lanes_by_document else 0.0)
    out.lanes = blocks
    out.bottom = y
    return out


def _lane_input(
    index: EventIndex, positions: np.ndarray, frame: Frame, x_lo: float
) -> LaneInput | None:
    if not len(positions):
        return None
    return LaneInput(
        # bins on axis positions: inside a stretch they split in halves as on a plain axis
        start_day=frame.warp.a(index.starts[positions], frame.days_per_px),
        x0=frame.xs(index.starts[positions]) - x_lo,
        x1=frame.xs(index.ends[positions]) - x_lo,
        point=index.point[positions],
        card_width=lambda i: index.card_width(int(positions[i])),
        card_rows=lambda i: index.card_lines(int(positions[i])),
    )


def _share_rows(
    lanes: list[LaneInput | None], total: int | None, days_per_px: float
) -> list[int | None]:
    """Split ``total`` rows between lanes by water-filling on what each lane needs."""
    if total is None or len(lanes) == 1:
        return [total] * len(lanes)
    needs = []
    for lane in lanes:
        if lane is None:
            needs.append(1)
        elif len(lane.start_day) > _NEED_PROBE_LIMIT:
            needs.append(total)
        else:
            needs.append(max(1, layout_lane(lane, LayoutParams(days_per_px, None)).rows))
    out: list[int | None] = [None] * len(lanes)
    budget = total
    order = sorted(range(len(lanes)), key=lambda k: needs[k])
    for n, k in enumerate(order):
        fair = max(2, budget // (len(lanes) - n))
        out[k] = min(needs[k], fair)
        budget -= out[k] or 0
    return out


def rows_available(height: float, lanes: int) -> int:
    """Rows (for all lanes together) that fit a viewport ``height`` tall."""
    usable = height - AXIS_H - LEGEND_H - 2 * CONTENT_PAD
    if lanes <= 1:
        return max(3, int(usable // ROW_H))
    return max(2 * lanes, int((usable - lanes * (LANE_TITLE_H + LANE_GAP)) // ROW_H))


def cards_by_position(layout: SceneLayout) -> dict[int, tuple[int, Unit]]:
    """Index position -> (lane number, unit) of every event drawn as its own card."""
    return {
        int(lane.positions[u.lo]): (n, u)
        for n, lane in enumerate(layout.lanes)
        for u in lane.units
        if not u.badge
    }
