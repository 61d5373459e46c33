"""TimelineView: the zoomable, pannable timeline widget.

The view owns the visible range (a :class:`Frame`) instead of scrolling a huge scene,
so one widget goes from millennia BCE down to hours without float trouble. Horizontal
motion (wheel zoom, drag, horizontal scroll) changes the frame; vertical scrolling only
matters when lanes need more height than the window has.
"""

from __future__ import annotations

import weakref
from collections.abc import Callable, Collection, Iterable

import shiboken6
from PySide6.QtCore import QEvent, QPointF, QRectF, Qt, Signal
from PySide6.QtGui import QKeyEvent, QMouseEvent, QPainter, QResizeEvent, QWheelEvent
from PySide6.QtWidgets import QGraphicsView, QWidget

from timeline_app.geometry.frame import Frame
from timeline_app.model import Day, Event, Timeline
from timeline_app.ui.base.soon import run_soon
from timeline_app.ui.canvas.event_index import MAX_PATCH
from timeline_app.ui.canvas.file_drops import FileDropTarget
from timeline_app.ui.canvas.frame_animation import FrameAnimator
from timeline_app.ui.canvas.overview_strip import STRIP_H, OverviewStrip
from timeline_app.ui.canvas.scene_layout import AXIS_H
from timeline_app.ui.canvas.scene_queries import Hit
from timeline_app.ui.canvas.timeline_scene import TimelineScene
from timeline_app.ui.canvas.view_input import ViewInput
from timeline_app.ui.canvas.view_navigation import ViewNavigation
from timeline_app.ui.canvas.view_reveal import reveal_frame

_IDLE = object()  # no batch waiting


class TimelineView(ViewNavigation, QGraphicsView):
    """Shows a :class:`~timeline_app.model.Timeline` on a horizontal, zoomable time axis.

    Signals:
        selection_changed(list): ids of the selected events, after any change.
        event_activated(str): an event was double-clicked or Enter was pressed on it.
        visible_range_changed(): the visible days changed (zoom, pan, resize).
        files_dropped(list): files or folders (``Path``) were dropped on the canvas.
    """

    selection_changed = Signal(list)
    files_dropped = Signal(list)
    event_activated = Signal(str)
    visible_range_changed = Signal()

    def __init__(self, timeline: Timeline, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("timelineView")
        self.setAccessibleName("Timeline")
        self._timeline = timeline
        self._scene = TimelineScene(timeline, self)
        self.setScene(self._scene)
        self._frame = Frame(float(Day(1990).ordinal()), 30.0)
        self._selected: list[str] = []
        self._batch: frozenset[str] | object | None = _IDLE  # ids of a batch not shown yet
        self._fit_after_batch: bool | None = None
        self._auto_fit = True
        self._compress = True
        self._input = ViewInput(self)
        self._animator = FrameAnimator(self._apply, self._width, self)
        self._setup_widget()
        self.overview = OverviewStrip(self, AXIS_H)
        self._scene.overview_h = STRIP_H
        self._scene.layout_changed.connect(self.overview.update)
        self.file_drops = FileDropTarget(self.viewport())
        self.file_drops.files_dropped.connect(self.files_dropped)
        self.verticalScrollBar().valueChanged.connect(self._on_scroll_changed)
        ref = weakref.ref(self)

        def listener(ids: frozenset[str] | None) -> None:
            view = ref()
            if view is not None and shiboken6.isValid(view):
                view._on_timeline_changed(ids)

        timeline.subscribe_changes(listener)
        self.fit_all(animate=False)

    def _setup_widget(self) -> None:
        self.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.setVerticalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAsNeeded)
        self.setAlignment(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignTop)
        self.setRenderHints(
            QPainter.RenderHint.Antialiasing | QPainter.RenderHint.TextAntialiasing
        )
        self.setViewportUpdateMode(QGraphicsView.ViewportUpdateMode.FullViewportUpdate)
        self.setFrameShape(QGraphicsView.Shape.NoFrame)
        self.setMouseTracking(True)
        self.setFocusPolicy(Qt.FocusPolicy.StrongFocus)
        self.setMinimumSize(240, 160)
        self.setToolTip("")

    # -- model -------------------------------------------------------------------------------
    def scene(self) -> TimelineScene:
        return self._scene

    def refresh(self, ids: Collection[str] | None = None) -> None:
        """Re-read the timeline after it changed; keeps the zoom unless still auto-fitting.

        Args:
            ids: only these events changed (patches the index; None re-reads everything).
        """
        self._scene.refresh(ids)
        self._drop_missing_selection()
        count = len(self._scene.index)
        self.setAccessibleDescription(f"{count} event{'s' if count != 1 else ''} shown")
        self._refit()

    def _on_timeline_changed(self, ids: frozenset[str] | None) -> None:
        if self._batch is not _IDLE:  # a batch waits to be shown: this change joins it
            self._batch = None if ids is None or self._batch is None else self._batch | ids
            return
        if ids is not None and len(ids) > MAX_PATCH:
            # A batch of articles: shown a moment later, after the model's own update,
            # so the window takes input between the two instead of pausing for both.
            self._batch = ids
            run_soon(self, self._show_batch)
            return
        self.refresh(ids)

    def _show_batch(self) -> None:
        ids, self._batch = self._batch, _IDLE
        if ids is not _IDLE:
            self.refresh(ids)  # type: ignore[arg-type]
        if self._fit_after_batch is not None:
            animate, self._fit_after_batch = self._fit_after_batch, None
            self.fit_all(animate=animate)

    def fit_all(self, *, animate: bool = True) -> None:
        """:meth:`ViewNavigation.fit_all`, once a batch waiting to be shown is shown."""
        if self._batch is not _IDLE:
            self._fit_after_batch = animate
            return
        super().fit_all(animate=animate)

    def _drop_missing_selection(self) -> None:
        alive = [i for i in self._selected if self._timeline.event(i) is not None]
        if alive != self._selected:
            self._set_selection(alive)

    def set_filter(self, predicate: Callable[[Event], bool] | None) -> None:
        """Show only events for which ``predicate`` returns true (``None`` shows all)."""
        self._scene.set_filter(predicate)
        self._refit()

    def set_visible_documents(self, doc_ids: Iterable[str] | None) -> None:
        """Show only events from these documents (``None``: every document)."""
        self._scene.set_visible_documents(None if doc_ids is None else set(doc_ids))
        self._refit()

    def set_lanes_by_document(self, on: bool) -> None:
        """One titled lane per document (True) or a single shared lane (False)."""
        self._scene.set_lanes_by_document(on)
        self._apply(self._frame)

    def set_empty_message(self, text: str) -> None:
        """Message painted when nothing is shown; "" paints none (for a custom overlay)."""
        self._scene.message = text
        self._scene.relayout()
        self.viewport().update()

    # -- selection ---------------------------------------------------------------------------
    def selected_ids(self) -> list[str]:
        """Ids of the selected events, in the order they were selected."""
        return list(self._selected)

    def select_events(self, ids: Iterable[str], *, reveal: bool = True) -> None:
        """Select exactly these events (others are deselected).

        Args:
            ids: event ids; unknown ones are ignored.
            reveal: scroll the last one into view (off for clicks, which are in view).
        """
        known = self._scene.index.pos
        wanted = [i for i in dict.fromkeys(ids)]
        if any(i not in known for i in wanted):
            known = {e.id: 0 for e in self._timeline.events()}
        ids = [i for i in wanted if i in known]
        self._set_selection(ids)
        if ids and reveal:
            self._ensure_visible(ids[-1])

    def _set_selection(self, ids: list[str]) -> None:
        if ids == self._selected:
            return
        self._selected = ids
        self._scene.set_selected(set(ids))
        self.selection_changed.emit(list(ids))

    def event_scene_rect(self, event_id: str) -> QRectF | None:
        """Scene rectangle of an event's card; None when hidden, clustered or out of view."""
        return self._scene.event_rect(event_id)

    def step_selection(self, direction: int) -> None:
        """Select the previous (-1) or next (+1) shown event in time and scroll to it."""
        self._input.step_selection(direction)

    def _ensure_visible(self, event_id: str) -> None:
        """Bring an event into view; one hidden in a badge is zoomed in on until it has a card."""
        target = reveal_frame(self._scene, self._frame, self._width(), event_id)
        if target is None:
            self._scroll_to_card(event_id)
            return
        self._auto_fit = False
        self._animator.go(self._frame, target, lambda: self._scroll_to_card(event_id))

    def _scroll_to_card(self, event_id: str) -> None:
        rect = self._scene.event_rect(event_id)
        if rect is not None:
            self.ensureVisible(rect, 0, 40)

    def _width(self) -> float:
        return float(max(self.viewport().width(), 1))

    def _apply(self, frame: Frame) -> None:
        before = self.visible_range()
        self._frame = frame
        self._scene.set_viewport(frame, self._width(), float(self.viewport().height()))
        self._on_scroll_changed()
        self.viewport().update()
        if self.visible_range() != before:
            self.visible_range_changed.emit()

    # -- Qt overrides ----------------------------------------------------------------------------
    def resizeEvent(self, event: QResizeEvent) -> None:
        super().resizeEvent(event)
        self.overview.follow_viewport()
        if self._auto_fit:
            self.fit_all(animate=False)
        else:
            self._apply(self._frame)

    def _on_scroll_changed(self, _value: int = 0) -> None:
        self._scene.set_scroll_top(self.mapToScene(0, 0).y())

    def viewportEvent(self, event: QEvent) -> bool:
        return self._input.handle_tooltip(event) or super().viewportEvent(event)

    def tooltip_at(self, viewport_pos: QPointF) -> str:
        """Rich-text tooltip for what is under a viewport point ("" for nothing)."""
        hit = self.hit_at(viewport_pos)
        return self._scene.tooltip_html(hit) if hit else ""

    def hit_at(self, viewport_pos: QPointF) -> Hit | None:
        """The card or badge under a viewport point."""
        return self._scene.hit_at(self.mapToScene(viewport_pos.toPoint()))

    def keyPressEvent(self, event: QKeyEvent) -> None:
        if not self._input.handle_key(event):
            super().keyPressEvent(event)

    def wheelEvent(self, event: QWheelEvent) -> None:
        self._input.handle_wheel(event)

    def mousePressEvent(self, event: QMouseEvent) -> None:
        if not self._input.handle_press(event):
            super().mousePressEvent(event)

    def mouseMoveEvent(self, event: QMouseEvent) -> None:
        self._input.handle_move(event)

    def mouseReleaseEvent(self, event: QMouseEvent) -> None:
        if not self._input.handle_release(event):
            super().mouseReleaseEvent(event)

    def mouseDoubleClickEvent(self, event: QMouseEvent) -> None:
        self._input.handle_double_click(event)

    def leaveEvent(self, event: QEvent) -> None:
        self._scene.set_hover(None)
        super().leaveEvent(event)
