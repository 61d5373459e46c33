"""The timeline canvas: one viewport-wide scene painted from a layout of the visible events.

The scene never holds an item per event. It keeps an :class:`EventIndex`, a
:class:`Frame` (which day is where) given by the view or the exporter, and a
:class:`SceneLayout` for a window of days around what is visible; a handful of items
paint from that. Hit-testing, tooltips and geometry queries read the same layout, so
what is clickable is exactly what is drawn.
"""

from __future__ import annotations

from collections.abc import Callable, Iterator
from dataclasses import dataclass

import numpy as np
from PySide6.QtCore import QObject, QPointF, QRectF, Qt, Signal
from PySide6.QtGui import QColor, QFontMetricsF
from PySide6.QtWidgets import QGraphicsScene

from timeline_app.model import Day, Event, Timeline
from timeline_app.ui import axis, palette
from timeline_app.ui.event_index import EventIndex
from timeline_app.ui.frame import Frame
from timeline_app.ui.items import AxisItem, EventsItem, GridItem, HeaderItem, LegendItem, MessageItem
from timeline_app.ui.layout import Unit
from timeline_app.ui.scene_layout import (
    AXIS_H, CARD_H, CONTENT_PAD, LEGEND_H, LaneBlock, SceneLayout, compute_layout, rows_available,
)
from timeline_app.ui.tooltips import cluster_tooltip, event_tooltip

DEFAULT_EMPTY_MESSAGE = "Drop articles here\nor use File → Open… to build a timeline"
NO_MATCH_MESSAGE = "No events match\nClear the filter or show more documents"
_LEGEND_ROW_H = 22.0


@dataclass(frozen=True, slots=True)
class Hit:
    """What is under a point: one event card or a cluster badge."""

    kind: str  # "event" or "cluster"
    positions: tuple[int, ...]
    rect: QRectF
    key: tuple[int, int, int]  # (lane number, unit lo, unit hi), for hover


class TimelineScene(QGraphicsScene):
    """Paints a :class:`~timeline_app.model.Timeline` for a frame set by the view/exporter."""

    layout_changed = Signal()

    def __init__(self, timeline: Timeline, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.timeline = timeline
        self.colors = palette.DocumentColors(timeline.documents)
        self.lanes_by_document = False
        self.selected: set[str] = set()
        self.message = DEFAULT_EMPTY_MESSAGE
        self.export_mode = False
        self.export_title = ""
        self.export_subtitle = ""
        self.export_max_rows = 14
        self.frame = Frame(float(Day(2000).ordinal()), 30.0)
        self.width_px, self.viewport_h, self.scroll_top, self.header_h = 800.0, 600.0, 0.0, 0.0
        self.step: axis.Step = axis.choose_step(self.frame.days_per_px)
        self.major_step: axis.Step | None = None
        self.minor_ticks: list[axis.Tick] = []
        self.major_ticks: list[axis.Tick] = []
        self.axis_label_rects: list[QRectF] = []
        self.message_shown = False
        self._transparent = False
        self._filter: Callable[[Event], bool] | None = None
        self._visible_docs: set[str] | None = None
        self._hover: tuple[int, int, int] | None = None
        self._layout: SceneLayout | None = None
        self._units_by_pos: dict[int, tuple[int, Unit]] = {}
        self.index = EventIndex([], {}, self._keep)
        self._items = self._make_items()
        self.setBackgroundBrush(palette.BACKGROUND)
        self.refresh()

    def _make_items(self) -> dict[str, GridItem | EventsItem | AxisItem | LegendItem]:
        items = {"grid": GridItem(self), "events": EventsItem(self), "message": MessageItem(self),
                 "axis": AxisItem(self), "legend": LegendItem(self), "header": HeaderItem(self)}
        for z, item in enumerate(items.values()):
            item.setZValue(z)
            self.addItem(item)
        return items  # type: ignore[return-value]

    # -- data -----------------------------------------------------------------------------
    def refresh(self) -> None:
        """Re-read the timeline (after any model change) and lay out again."""
        self.colors.update(self.timeline.documents)
        self.index = EventIndex(self.timeline.events(), self.timeline.documents, self._keep)
        self._layout = None
        self.relayout()

    def _keep(self, event: Event) -> bool:
        if self._visible_docs is not None and event.documents and not any(
            d in self._visible_docs for d in event.documents
        ):
            return False
        return self._filter is None or bool(self._filter(event))

    @property
    def filter(self) -> Callable[[Event], bool] | None:
        """The predicate set with :meth:`set_filter`."""
        return self._filter

    @property
    def visible_documents(self) -> set[str] | None:
        """The documents set with :meth:`set_visible_documents`."""
        return None if self._visible_docs is None else set(self._visible_docs)

    @property
    def transparent(self) -> bool:
        """Paint no background (transparent exports)."""
        return self._transparent

    @transparent.setter
    def transparent(self, on: bool) -> None:
        self._transparent = on
        self.setBackgroundBrush(Qt.BrushStyle.NoBrush if on else palette.BACKGROUND)

    def set_filter(self, predicate: Callable[[Event], bool] | None) -> None:
        """Show only events for which ``predicate`` is true (``None``: all)."""
        self._filter = predicate
        self.refresh()

    def set_visible_documents(self, doc_ids: set[str] | None) -> None:
        """Show only events reported by these documents (``None``: all documents)."""
        self._visible_docs = None if doc_ids is None else set(doc_ids)
        self.refresh()

    def set_lanes_by_document(self, on: bool) -> None:
        """One titled lane per document instead of one shared lane."""
        self.lanes_by_document = bool(on)
        self._layout = None
        self.relayout()

    # -- geometry set by the view / exporter ------------------------------------------------
    def set_viewport(self, frame: Frame, width: float, height: float) -> None:
        """The view's frame and viewport size changed: recompute ticks and, if needed, layout."""
        self.frame, self.width_px, self.viewport_h = frame, float(width), float(height)
        self.relayout()

    def set_scroll_top(self, y: float) -> None:
        """Keep the axis and legend pinned to the viewport while rows scroll vertically."""
        if y != self.scroll_top:
            self.scroll_top = y
            self._place_items()

    @property
    def content_top(self) -> float:
        """y of the first lane."""
        return self.header_h + AXIS_H + CONTENT_PAD

    @property
    def layout(self) -> SceneLayout:
        """The current layout (computed on demand)."""
        if self._layout is None:
            self.relayout()
        assert self._layout is not None
        return self._layout

    def visible_days(self) -> tuple[float, float]:
        """Days at the left and right edge of the scene."""
        return self.frame.day(0.0), self.frame.day(self.width_px)

    def max_rows(self) -> int:
        """Rows (all lanes together) before events collapse into badges."""
        lanes = len(self.index.lane_keys) if self.lanes_by_document else 1
        if self.export_mode:
            return self.export_max_rows if lanes <= 1 else max(3, self.export_max_rows // 2) * lanes
        return rows_available(self.viewport_h, lanes)

    def relayout(self) -> None:
        """Recompute ticks, the layout (when the window or zoom moved on) and item geometry."""
        day0, day1 = self.visible_days()
        self._update_ticks(day0, day1)
        rows = self.max_rows()
        lay = self._layout
        if lay is None or lay.max_rows != rows or not lay.covers(day0, day1, self.frame.days_per_px):
            span = 0.0 if self.export_mode else day1 - day0
            limit = self.width_px - 6.0 if self.export_mode else None
            self._layout = compute_layout(
                self.index, day0=day0 - span, day1=day1 + span,
                days_per_px=self.frame.days_per_px, lanes_by_document=self.lanes_by_document,
                max_rows=rows, top=self.content_top, right_limit=limit)
            self._units_by_pos = {int(lane.positions[u.lo]): (n, u)
                                  for n, lane in enumerate(self._layout.lanes)
                                  for u in lane.units if not u.badge}
        self._place_items()
        self.layout_changed.emit()

    def _update_ticks(self, day0: float, day1: float) -> None:
        self.step = axis.choose_step(self.frame.days_per_px)
        self.major_step = axis.major_step(self.step)
        self.minor_ticks = axis.ticks(day0 - self.step.days * 1.5, day1, self.step)
        major = self.major_step
        self.major_ticks = axis.ticks(day0 - major.days * 1.5, day1, major) if major else []

    def major_context(self) -> list[tuple[float, str]]:
        """Major labels with x; the first is the period the left edge falls in."""
        items = [(self.frame.x(t.day), t.label) for t in self.major_ticks]
        while len(items) > 1 and items[1][0] <= 0:
            items.pop(0)
        return items

    def content_height(self) -> float:
        """Height of everything, without stretching to the viewport."""
        bottom = self.layout.bottom + CONTENT_PAD
        return bottom + (LEGEND_H if not self.export_mode else 8.0)

    def _place_items(self) -> None:
        width = self.width_px
        height = self.content_height()
        if not self.export_mode:
            height = max(height, self.viewport_h)
        self.setSceneRect(QRectF(0, 0, width, height))
        full = QRectF(0, 0, width, height)
        it = self._items
        it["grid"].set_rect(full)
        it["events"].set_rect(full)
        it["axis"].set_rect(QRectF(0, 0, width, AXIS_H))
        top = self.header_h if self.export_mode else self.scroll_top
        it["axis"].setPos(0, top)
        legend_h = self._legend_height(width) if self.export_mode else LEGEND_H
        it["legend"].set_rect(QRectF(0, 0, width, legend_h))
        it["legend"].setPos(0, 64 if self.export_mode else
                            self.scroll_top + max(self.viewport_h, AXIS_H + LEGEND_H) - LEGEND_H)
        it["legend"].setVisible(bool(self.legend_entries()))
        it["header"].set_rect(QRectF(0, 0, width, 64))
        it["header"].setVisible(self.export_mode)
        empty = len(self.index) == 0 and bool(self.message) and not self.export_mode
        it["message"].setVisible(empty)
        it["message"].set_rect(QRectF(0, top + AXIS_H, width,
                                      max(self.viewport_h - AXIS_H - LEGEND_H, 80)))
        self.message_shown = empty

    # -- export set-up ----------------------------------------------------------------------
    def configure_export(self, frame: Frame, width: float, title: str, subtitle: str) -> None:
        """Switch to export layout: title, legend strip and axis stacked at the top."""
        self.export_mode = True
        self.export_title, self.export_subtitle = title, subtitle
        self.frame, self.width_px = frame, float(width)
        self.header_h = 64 + self._legend_height(width) + 8
        self._layout = None
        self.relayout()

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

    def legend_entries(self) -> list[tuple[QColor, str]]:
        """(colour, title) of every document with shown events, then hand-added ones."""
        return [(self.lane_color(k), self.lane_title(k)) for k in self.index.lane_keys]

    def legend_placement(self, width: float) -> list[tuple[QColor, str, tuple[float, float]]]:
        """Where each legend chip goes; wraps in exports, one line (+N more) in the view."""
        metrics = QFontMetricsF(palette.ui_font(12))
        x0 = self.frame.x0 if self.export_mode else 12.0
        x, y = x0, (_LEGEND_ROW_H if self.export_mode else LEGEND_H) / 2
        out: list[tuple[QColor, str, tuple[float, float]]] = []
        entries = self.legend_entries()
        for k, (color, title) in enumerate(entries):
            text = metrics.elidedText(title, Qt.TextElideMode.ElideRight, 240)
            w = 15 + metrics.horizontalAdvance(text) + 22
            if x + w > width - 8 and x > x0:
                if not self.export_mode:
                    out.append((QColor(0, 0, 0, 0), f"+{len(entries) - k} more", (x, y)))
                    break
                x, y = x0, y + _LEGEND_ROW_H
            out.append((color, text, (x, y)))
            x += w
        return out

    def _legend_height(self, width: float) -> float:
        places = self.legend_placement(width)
        if not places:
            return 0.0
        return places[-1][2][1] + _LEGEND_ROW_H / 2

    # -- queries --------------------------------------------------------------------------------
    def iter_units(self) -> Iterator[tuple[int, LaneBlock, Unit, QRectF]]:
        """Every placed unit with its rectangle in scene coordinates."""
        lay = self.layout
        off = lay.offset(self.frame)
        for n, lane in enumerate(lay.lanes):
            for unit in lane.units:
                rect = QRectF(unit.left + off, lane.row_y(unit.row), unit.right - unit.left, CARD_H)
                yield n, lane, unit, rect

    def drawn_rects(self) -> list[QRectF]:
        """Rectangles of all cards and badges currently in view (for geometry checks)."""
        view = QRectF(0, 0, self.width_px, self.sceneRect().height())
        return [r for _n, _l, _u, r in self.iter_units() if r.intersects(view)]

    def hit_at(self, pos: QPointF) -> Hit | None:
        """The card or badge under a scene point, if any."""
        axis_bottom = (self.header_h if self.export_mode else self.scroll_top) + AXIS_H
        if pos.y() < axis_bottom:
            return None
        for n, lane, unit, rect in self.iter_units():
            if rect.adjusted(-2, -2, 2, 2).contains(pos):
                positions = tuple(int(p) for p in lane.positions[unit.lo:unit.hi])
                return Hit("cluster" if unit.badge else "event", positions, rect,
                           (n, unit.lo, unit.hi))
        return None

    def event_rect(self, event_id: str) -> QRectF | None:
        """Scene rectangle of an event's card, or None when hidden, clustered or off-window."""
        pos = self.index.pos.get(event_id)
        found = self._units_by_pos.get(pos) if pos is not None else None
        if found is None:
            return None
        lane = self.layout.lanes[found[0]]
        off = self.layout.offset(self.frame)
        unit = found[1]
        return QRectF(unit.left + off, lane.row_y(unit.row), unit.right - unit.left, CARD_H)

    def tooltip_html(self, hit: Hit) -> str:
        """Rich text for a hovered card or badge."""
        events = [self.index.events[p] for p in hit.positions]
        if hit.kind == "event":
            return event_tooltip(events[0], self.timeline)
        return cluster_tooltip(events)

    def set_hover(self, key: tuple[int, int, int] | None) -> None:
        """Highlight the unit under the mouse."""
        if key != self._hover:
            self._hover = key
            self._items["events"].update()

    def is_hovered(self, lane_no: int, unit: Unit) -> bool:
        """Whether ``unit`` is the hovered one."""
        return self._hover == (lane_no, unit.lo, unit.hi)

    def set_selected(self, ids: set[str]) -> None:
        """Highlight these events."""
        self.selected = set(ids)
        self._items["events"].update()

    def note_axis_label(self, rect: QRectF) -> None:
        """The axis records where it drew each label, so tests can check for overlaps."""
        self.axis_label_rects.append(rect)
