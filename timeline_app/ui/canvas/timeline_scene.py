"""The timeline canvas: one viewport-wide scene painted from a layout of the visible events.

The scene never holds an item per event. It keeps an :class:`EventIndex`, a
:class:`Frame` (which day is where) given by the view or the exporter, and a
:class:`SceneLayout` for a window of days around what is visible; a handful of items
paint from that. Hit-testing, tooltips and geometry queries read the same layout, so
what is clickable is exactly what is drawn.
"""

from __future__ import annotations

from collections.abc import Callable, Collection

from PySide6.QtCore import QObject, QRectF, Qt, Signal
from PySide6.QtWidgets import QGraphicsScene

from timeline_app.geometry import axis
from timeline_app.geometry.breaks import Break
from timeline_app.geometry.frame import FIT_MARGIN_PX, Frame
from timeline_app.geometry.layout import Unit
from timeline_app.model import Day, Event, Timeline
from timeline_app.ui.canvas import palette
from timeline_app.ui.canvas.axis_item import AxisItem
from timeline_app.ui.canvas.event_index import MAX_PATCH, EventIndex
from timeline_app.ui.canvas.items import (
    EventsItem,
    GridItem,
    HeaderItem,
    LegendItem,
    MessageItem,
)
from timeline_app.ui.canvas.scene_layout import (
    AXIS_H,
    CONTENT_PAD,
    LEGEND_H,
    SceneLayout,
    cards_by_position,
    compute_layout,
    rows_available,
)
from timeline_app.ui.canvas.scene_place import HEADER_H, place_items
from timeline_app.ui.canvas.scene_queries import SceneQueries
from timeline_app.ui.canvas.scene_ticks import axis_ticks, major_context

EXPORT_ROWS_BEYOND_LIMIT = 40  # rows of an export of more events than its badge limit
DEFAULT_EMPTY_MESSAGE = "Drop articles here\nor use File → Open… to build a timeline"
NO_MATCH_MESSAGE = "No events match\nClear the filter or show more documents"


class TimelineScene(SceneQueries, QGraphicsScene):
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
        self.export_badge_limit = 400
        self.export_max_height: float | None = None
        self.frame = Frame(float(Day(2000).ordinal()), 30.0)
        self.width_px, self.viewport_h, self.scroll_top, self.header_h = 800.0, 600.0, 0.0, 0.0
        self.overview_h = 0.0  # room the view keeps under the axis for its overview strip
        self.step: axis.Step = axis.choose_step(self.frame.days_per_px)
        self.major_step: axis.Step | None = None
        self.minor_ticks: list[axis.Tick] = []
        self.major_ticks: list[axis.Tick] = []
        self.axis_label_rects: list[QRectF] = []
        self.visible_breaks: list[Break] = []
        self.message_shown = False
        self.shown_message = DEFAULT_EMPTY_MESSAGE
        self._transparent = False
        self._filter: Callable[[Event], bool] | None = None
        #: Unticked documents (a document added later is shown: it was not unticked).
        self._hidden_docs: set[str] | None = None
        self._hover: tuple[int, int, int] | None = None
        self._layout: SceneLayout | None = None
        self._units_by_pos: dict[int, tuple[int, Unit]] = {}
        self.index = EventIndex([], {}, self._keep)
        self._documents_version = -1  # the timeline's, when the index last saw it
        self._items = self._make_items()
        self.setBackgroundBrush(palette.BACKGROUND)
        self.refresh()

    def _make_items(self) -> dict[str, GridItem | EventsItem | AxisItem | LegendItem]:
        items = {
            "grid": GridItem(self),
            "events": EventsItem(self),
            "message": MessageItem(self),
            "axis": AxisItem(self),
            "legend": LegendItem(self),
            "header": HeaderItem(self),
        }
        for z, item in enumerate(items.values()):
            item.setZValue(z)
            self.addItem(item)
        return items  # type: ignore[return-value]

    # -- data -----------------------------------------------------------------------------
    def refresh(self, ids: Collection[str] | None = None) -> None:
        """Re-read the timeline (after any model change) and lay out again.

        Args:
            ids: only these events changed: patch the index instead of rebuilding it.
        """
        timeline = self.timeline
        self.colors.update(timeline.documents)
        documents_changed = self._documents_version != timeline.documents_version
        self._documents_version = timeline.documents_version
        if ids is None:
            self.index = EventIndex(timeline.events(), timeline.documents, self._keep)
        elif documents_changed or len(ids) > MAX_PATCH:
            self.index.merge(timeline, ids, self._keep)  # a batch of articles arrived
        elif not self.index.patch(timeline, ids, self._keep):
            self.index = EventIndex(timeline.events(), timeline.documents, self._keep)
        self._layout = None
        self.relayout()

    def _keep(self, event: Event) -> bool:
        hidden = self._hidden_docs
        if hidden and event.documents and hidden.issuperset(event.documents):
            return False
        return self._filter is None or bool(self._filter(event))

    @property
    def filter(self) -> Callable[[Event], bool] | None:
        """The predicate set with :meth:`set_filter`."""
        return self._filter

    @property
    def visible_documents(self) -> set[str] | None:
        """The documents set with :meth:`set_visible_documents`."""
        if self._hidden_docs is None:
            return None
        return set(self.timeline.documents) - self._hidden_docs

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
        self._hidden_docs = None if doc_ids is None else set(self.timeline.documents) - doc_ids
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
        return self.header_h + AXIS_H + self.overview_h + CONTENT_PAD

    @property
    def layout(self) -> SceneLayout:
        """The current layout (computed on demand)."""
        if self._layout is None:
            self.relayout()
        assert self._layout is not None
        return self._layout

    def max_rows(self) -> int | None:
        """Rows (all lanes together) before events collapse into badges (None: no limit).

        An exported image cannot be zoomed, so it shows every event as a card and grows in
        height, unless it holds more than ``export_badge_limit`` events or a maximum height
        was asked for.
        """
        lanes = len(self.index.lane_keys) if self.lanes_by_document else 1
        if not self.export_mode:
            return rows_available(self.viewport_h - self.overview_h, lanes)
        if self.export_max_height is not None:  # the image is header + rows + a footer
            return rows_available(self.export_max_height - self.header_h + LEGEND_H - 8, lanes)
        if len(self.index) <= self.export_badge_limit:
            return None
        return EXPORT_ROWS_BEYOND_LIMIT * max(1, lanes // 2)

    def relayout(self) -> None:
        """Recompute ticks, the layout (when the window or zoom moved on) and item geometry."""
        self._update_ticks()
        rows = self.max_rows()
        lay = self._layout
        if lay is None or lay.max_rows != rows or not lay.covers(self.frame, self.width_px):
            self._layout = self._compute_layout(self.frame, rows)
            self._units_by_pos = cards_by_position(self._layout)
        self._place_items()
        self.layout_changed.emit()

    def _compute_layout(self, frame: Frame, rows: int | None) -> SceneLayout:
        spare = 0.0 if self.export_mode else self.width_px  # one viewport each side
        return compute_layout(
            self.index,
            frame,
            x_lo=-spare,
            x_hi=self.width_px + spare,
            lanes_by_document=self.lanes_by_document,
            max_rows=rows,
            top=self.content_top,
            right_limit=self._right_limit(frame, -spare),
        )

    def has_card_in(self, event_id: str, frame: Frame) -> bool:
        """Whether the event would get its own card (not a badge) if ``frame`` were shown."""
        pos = self.index.pos.get(event_id)
        if pos is None:
            return False
        return pos in cards_by_position(self._compute_layout(frame, self.max_rows()))

    def _right_limit(self, frame: Frame, x_lo: float) -> float | None:
        """Layout x that no card may cross: labels there flip to the left of their date.

        Exports stop at the image's edge. The view stops just inside the "fit all" margin
        after the last shown event: a fixed day, so the layout does not change while
        panning, and after Ctrl+0 no label runs off the right edge.
        """
        if self.export_mode:
            return self.width_px - 6.0 - x_lo
        span = self.index.span()
        if span is None:
            return None
        return frame.x(span[1]) - x_lo + FIT_MARGIN_PX - 4.0

    def _update_ticks(self) -> None:
        t = axis_ticks(self.frame, self.width_px)
        self.step, self.major_step = t.step, t.major_step
        self.minor_ticks, self.major_ticks, self.visible_breaks = t.minor, t.major, t.breaks

    def major_context(self) -> list[tuple[float, str]]:
        """Major labels with x; the first is the period the left edge falls in."""
        return major_context(self.frame, self.major_step, self.major_ticks, self.visible_breaks)

    def content_height(self) -> float:
        """Height of everything, without stretching to the viewport."""
        bottom = self.layout.bottom + CONTENT_PAD
        return bottom + (LEGEND_H if not self.export_mode else 8.0)

    def _place_items(self) -> None:
        self.setSceneRect(place_items(self, self._items))
        empty = len(self.index) == 0 and bool(self.message) and not self.export_mode
        self.shown_message = self.message if not self.timeline.events() else NO_MATCH_MESSAGE
        self._items["message"].setVisible(empty)
        self.message_shown = empty

    # -- export set-up ----------------------------------------------------------------------
    def configure_export(self, frame: Frame, width: float, title: str, subtitle: str) -> None:
        """Switch to export layout: title, legend strip and axis stacked at the top."""
        self.export_mode = True
        self.export_title, self.export_subtitle = title, subtitle
        self.frame, self.width_px = frame, float(width)
        self.header_h = HEADER_H + self.legend_height(width) + 8
        self._layout = None
        self.relayout()

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
