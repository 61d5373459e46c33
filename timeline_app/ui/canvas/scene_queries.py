"""Colours, legend and geometry queries of :class:`TimelineScene` (split for size).

Hit-testing, tooltips and event rectangles read the very layout the items paint, so what
the user can click is exactly what is drawn.
"""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import dataclass
from typing import TYPE_CHECKING

import numpy as np
from PySide6.QtCore import QPointF, QRectF, Qt
from PySide6.QtGui import QColor, QFontMetricsF

from timeline_app.geometry.layout import Unit
from timeline_app.ui.canvas import palette
from timeline_app.ui.canvas.scene_layout import AXIS_H, LEGEND_H, LaneBlock
from timeline_app.ui.canvas.tooltips import cluster_tooltip, event_tooltip

if TYPE_CHECKING:
    from timeline_app.geometry.breaks import Break
    from timeline_app.geometry.frame import Frame
    from timeline_app.model import Timeline
    from timeline_app.ui.canvas.event_index import EventIndex
    from timeline_app.ui.canvas.scene_layout import SceneLayout

_LEGEND_ROW_H = 22.0
LegendChip = tuple[QColor, str, tuple[float, float]]  # colour, text, (x, centre y)


@dataclass(frozen=True, slots=True)
class Hit:
    """What is under a point: one event card or a cluster badge."""

    kind: str  # "event" or "cluster"
    positions: tuple[int, ...]
    rect: QRectF
    key: tuple[int, int, int]  # (lane number, unit lo, unit hi), for hover


class SceneQueries:
    """Mixed into :class:`TimelineScene`: colours, legend layout and hit-testing."""

    if TYPE_CHECKING:  # provided by TimelineScene
        colors: palette.DocumentColors
        index: EventIndex
        timeline: Timeline
        export_mode: bool
        frame: Frame
        header_h: float
        overview_h: float
        scroll_top: float
        width_px: float
        _units_by_pos: dict[int, tuple[int, Unit]]
        visible_breaks: list[Break]

        @property
        def layout(self) -> SceneLayout: ...

        def sceneRect(self) -> QRectF: ...

    # -- colours and legend -------------------------------------------------------------------
    def color_of(self, pos: int) -> QColor:
        """Colour of the indexed event at ``pos`` (its first document's)."""
        return self.colors.color(self.index.doc[pos])

    def lane_color(self, key: str | None) -> QColor:
        """Colour of a lane's document."""
        return QColor(palette.BADGE) if key == "*" else self.colors.color(key)

    def lane_title(self, key: str | None) -> str:
        """Title of a lane's document."""
        if key is None:
            return "Added by hand"
        doc = self.timeline.documents.get(key)
        return (doc.title or doc.path or key) if doc else key

    def cluster_color(self, positions: np.ndarray) -> QColor:
        """A badge takes its document's colour when all its events share one."""
        docs = {self.index.doc[int(p)] for p in positions[:500]}
        return self.colors.color(docs.pop()) if len(docs) == 1 else QColor(palette.BADGE)

    def has_legend(self) -> bool:
        """Whether the legend has a chip to show (without colouring every lane)."""
        return bool(self.index.lane_keys)

    def legend_entries(self) -> list[tuple[QColor, str]]:
        """(colour, title) of every document with shown events, then hand-added ones."""
        return [(self.lane_color(k), self.lane_title(k)) for k in self.index.lane_keys]

    def legend_placement(self, width: float) -> list[LegendChip]:
        """Where each legend chip goes; wraps in exports, one line (+N more) in the view."""
        metrics = QFontMetricsF(palette.ui_font(12))
        x0 = self.frame.x0 if self.export_mode else 12.0
        x, y = x0, (_LEGEND_ROW_H if self.export_mode else LEGEND_H) / 2
        out: list[LegendChip] = []
        keys = self.index.lane_keys  # coloured one at a time: the view shows a few of 1,000
        for k, key in enumerate(keys):
            color, title = self.lane_color(key), self.lane_title(key)
            # an image is read as it is: whole titles (cut only past the whole width)
            room = width - 2 * x0 - 37 if self.export_mode else 240
            text = metrics.elidedText(title, Qt.TextElideMode.ElideRight, room)
            w = 15 + metrics.horizontalAdvance(text) + 22
            if x + w > width - 8 and x > x0:
                if not self.export_mode:
                    out.append((QColor(0, 0, 0, 0), f"+{len(keys) - k} more", (x, y)))
                    break
                x, y = x0, y + _LEGEND_ROW_H
            out.append((color, text, (x, y)))
            x += w
        return out

    def legend_height(self, width: float) -> float:
        """Height of the legend strip of an export (it wraps onto more rows)."""
        places = self.legend_placement(width)
        if not places:
            return 0.0
        return places[-1][2][1] + _LEGEND_ROW_H / 2

    # -- queries --------------------------------------------------------------------------------
    def break_spans(self) -> list[tuple[float, float]]:
        """Left and right x of each axis break in view, in scene coordinates."""
        return [(self.frame.x(b.day_lo), self.frame.x(b.day_hi)) for b in self.visible_breaks]

    def iter_units(self) -> Iterator[tuple[int, LaneBlock, Unit, QRectF]]:
        """Every placed unit with its rectangle in scene coordinates."""
        lay = self.layout
        off = lay.offset(self.frame)
        for n, lane in enumerate(lay.lanes):
            for unit in lane.units:
                yield n, lane, unit, QRectF(*lane.unit_rect(unit, off))

    def drawn_rects(self) -> list[QRectF]:
        """Rectangles of all cards and badges currently in view (for geometry checks)."""
        view = QRectF(0, 0, self.width_px, self.sceneRect().height())
        return [r for _n, _l, _u, r in self.iter_units() if r.intersects(view)]

    def hit_at(self, pos: QPointF) -> Hit | None:
        """The card or badge under a scene point, if any."""
        axis_bottom = (self.header_h if self.export_mode else self.scroll_top) + AXIS_H
        axis_bottom += self.overview_h
        if pos.y() < axis_bottom:
            return None
        for n, lane, unit, rect in self.iter_units():
            if rect.adjusted(-2, -2, 2, 2).contains(pos):
                positions = tuple(int(p) for p in lane.positions[unit.lo : unit.hi])
                return Hit(
                    "cluster" if unit.badge else "event", positions, rect, (n, unit.lo, unit.hi)
                )
        return None

    def event_rect(self, event_id: str) -> QRectF | None:
        """Scene rectangle of an event's card, or None when hidden, clustered or off-window."""
        pos = self.index.pos.get(event_id)
        found = self._units_by_pos.get(pos) if pos is not None else None
        if found is None:
            return None
        lane = self.layout.lanes[found[0]]
        return QRectF(*lane.unit_rect(found[1], self.layout.offset(self.frame)))

    def tooltip_html(self, hit: Hit) -> str:
        """Rich text for a hovered card or badge."""
        events = [self.index.events[p] for p in hit.positions]
        if hit.kind == "event":
            return event_tooltip(events[0], self.timeline)
        return cluster_tooltip(events)
