"""Where to look so a selected event is seen on its own card (split from the view for size).

Selecting an event in the table, by search or with the arrow keys must show it, even when
the zoomed-out canvas has folded it into a "+N" or count badge: the view then zooms in
around it, in small steps, just until the layout gives it a card of its own.
"""

from __future__ import annotations

from dataclasses import replace
from typing import TYPE_CHECKING

from timeline_app.geometry.frame import (
    FIT_MARGIN_PX,
    MIN_DAYS_PER_PX,
    Frame,
    clamp,
    clamp_days_per_px,
)

if TYPE_CHECKING:
    from collections.abc import Iterable

    from timeline_app.ui.canvas.event_index import EventIndex
    from timeline_app.ui.canvas.timeline_scene import TimelineScene

REVEAL_STEP = 1.25  # finer than a zoom step: "just enough" to give an event its card
MIN_SELECTION_DAYS = 42.0  # "zoom to selection" on one day still shows a few weeks


def selection_span(index: EventIndex, ids: Iterable[str]) -> tuple[float, float] | None:
    """Days to fit for "zoom to selection": the events' extent, widened to a few weeks."""
    pos = [index.pos[i] for i in ids if i in index.pos]
    if not pos:
        return None
    day0 = min(float(index.starts[p]) for p in pos)
    day1 = max(float(index.ends[p]) for p in pos)
    pad = max(0.0, MIN_SELECTION_DAYS - (day1 - day0)) / 2
    return day0 - pad, day1 + pad


def reveal_frame(scene: TimelineScene, frame: Frame, width: float, event_id: str) -> Frame | None:
    """The frame that shows ``event_id`` as a whole card, or None if ``frame`` already does.

    A card partly cut off slides in; an event off screen is centred; one hidden in a badge
    is zoomed in on until it has a card. If even the closest zoom keeps it in a badge (many
    events on one day), the badge is centred, where it is drawn highlighted.
    """
    pos = scene.index.pos.get(event_id)
    if pos is None:
        return None
    rect = scene.event_rect(event_id)
    if rect is not None and rect.width() < width - 16:
        if rect.left() < 0 or rect.right() > width:
            dx = 8 - rect.left() if rect.left() < 0 else width - 8 - rect.right()
            return frame.panned(dx, width)
        return None
    day = float(scene.index.starts[pos])
    x = frame.x(day)
    start = frame if 0 <= x <= width else frame.panned(width / 2 - x, width)
    if scene.has_card_in(event_id, start):
        return None if start == frame else start
    probe = centred = _centred(scene, frame, day, frame.days_per_px, width)
    while probe.days_per_px > MIN_DAYS_PER_PX * 1.01:
        dpp = clamp_days_per_px(probe.days_per_px / REVEAL_STEP, width)
        probe = _centred(scene, frame, day, dpp, width)
        if scene.has_card_in(event_id, probe):
            return probe
    return centred


def _centred(scene: TimelineScene, frame: Frame, day: float, dpp: float, width: float) -> Frame:
    """``day`` in the middle at zoom ``dpp``, moved so no empty range shows past the data."""
    out = frame.centred_on(day, dpp, width)
    span = scene.index.span()
    if span is None:
        return out
    margin = FIT_MARGIN_PX * dpp
    lo, hi = out.a(span[0]) - margin, out.a(span[1]) + margin
    a0, a1 = out.a_at(0.0), out.a_at(width)
    if hi - lo <= a1 - a0:
        return out
    if a1 > hi:
        out = replace(out, a0=out.a0 - (a1 - hi))
    elif a0 < lo:
        out = replace(out, a0=lo)
    return clamp(out, width)
