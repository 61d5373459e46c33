"""Mouse, wheel and keyboard handling of :class:`TimelineView`, kept apart for size.

Conventions follow map and timeline apps: the wheel zooms under the cursor, a
horizontal wheel or Shift+wheel pans, dragging pans, a click selects (Ctrl toggles), a
click on a count badge zooms into it, and Left/Right walk through events in time.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import replace
from typing import TYPE_CHECKING, Any, Protocol

from PySide6.QtCore import QEvent, QPointF, Qt
from PySide6.QtGui import QCursor, QHelpEvent, QKeyEvent, QMouseEvent, QWheelEvent
from PySide6.QtWidgets import QScrollBar, QToolTip, QWidget

if TYPE_CHECKING:
    from timeline_app.geometry.frame import Frame
    from timeline_app.ui.canvas.scene_queries import Hit
    from timeline_app.ui.canvas.timeline_scene import TimelineScene


class NavigableView(Protocol):
    """What the input handlers need of the timeline view (``TimelineView`` provides it).

    A Protocol instead of the view's class, so the view and its input handling do not
    import each other.
    """

    event_activated: Any  # Signal(str)

    def scene(self) -> TimelineScene: ...
    def viewport(self) -> QWidget: ...
    def verticalScrollBar(self) -> QScrollBar: ...
    def setFocus(self) -> None: ...
    def frame(self) -> Frame: ...
    def set_frame(self, frame: Frame, *, pan_px: float = 0.0) -> None: ...
    def hit_at(self, viewport_pos: QPointF) -> Hit | None: ...
    def tooltip_at(self, viewport_pos: QPointF) -> str: ...
    def selected_ids(self) -> list[str]: ...
    def select_events(self, ids: Iterable[str], *, reveal: bool = True) -> None: ...
    def visible_range(self) -> tuple[float, float]: ...
    def zoom_by(self, factor: float, anchor_x: float) -> None: ...
    def pan_by(self, dx: float) -> None: ...
    def zoom_in(self) -> None: ...
    def zoom_out(self) -> None: ...
    def zoom_to_days(self, day0: float, day1: float) -> None: ...
    def fit_all(self, *, animate: bool = True) -> None: ...


_DRAG_START_PX = 4.0
_NOTCH = 120.0


class ViewInput:
    """Input handlers of one timeline view; each returns True when it handled the event.

    A helper object rather than a mixin so the drag state lives apart from the widget.
    """

    def __init__(self, view: NavigableView) -> None:
        self.view = view
        self._press: tuple[QPointF, float, int, Hit | None] | None = None
        self._dragging = False

    def handle_wheel(self, event: QWheelEvent) -> None:
        """Zoom under the cursor; pan on horizontal or Shift scrolling; Alt scrolls rows."""
        pixel, angle = event.pixelDelta(), event.angleDelta()
        dx, dy = float(angle.x()), float(angle.y())
        if not pixel.isNull():
            dx, dy = float(pixel.x()) * 2, float(pixel.y()) * 2
        mods = event.modifiers()
        if mods & Qt.KeyboardModifier.AltModifier:
            bar = self.view.verticalScrollBar()
            bar.setValue(bar.value() - int((dy or dx) / 2))
        elif mods & Qt.KeyboardModifier.ShiftModifier or abs(dx) > abs(dy):
            self.view.pan_by((dx or dy) / 2)
        elif dy:
            self.view.zoom_by(2.0 ** (dy / _NOTCH / 2), event.position().x())
        event.accept()

    def handle_press(self, event: QMouseEvent) -> bool:
        """Remember where a left press started; what it means is decided on release."""
        if event.button() != Qt.MouseButton.LeftButton:
            return False
        self.view.setFocus(Qt.FocusReason.MouseFocusReason)
        pos = event.position()
        self._press = (
            pos,
            self.view.frame().a0,
            self.view.verticalScrollBar().value(),
            self.view.hit_at(pos),
        )
        self._dragging = False
        event.accept()
        return True

    def handle_move(self, event: QMouseEvent) -> None:
        """Drag to pan; otherwise track the hovered card for highlight and cursor."""
        pos = event.position()
        if self._press is not None and event.buttons() & Qt.MouseButton.LeftButton:
            start, a0, scroll, _hit = self._press
            delta = pos - start
            if not self._dragging and delta.manhattanLength() < _DRAG_START_PX:
                return
            self._dragging = True
            self.view.viewport().setCursor(QCursor(Qt.CursorShape.ClosedHandCursor))
            self.view.set_frame(replace(self.view.frame(), a0=a0), pan_px=delta.x())
            self.view.verticalScrollBar().setValue(scroll - int(delta.y()))
            return
        hit = self.view.hit_at(pos)
        self.view.scene().set_hover(hit.key if hit else None)
        shape = Qt.CursorShape.PointingHandCursor if hit else Qt.CursorShape.ArrowCursor
        self.view.viewport().setCursor(QCursor(shape))

    def handle_release(self, event: QMouseEvent) -> bool:
        """A click (no drag): select, toggle with Ctrl, zoom into a badge, or clear."""
        if event.button() != Qt.MouseButton.LeftButton or self._press is None:
            return False
        hit, dragged = self._press[3], self._dragging
        self._press, self._dragging = None, False
        self.view.viewport().setCursor(QCursor(Qt.CursorShape.ArrowCursor))
        if dragged:
            return True
        ctrl = bool(
            event.modifiers()
            & (Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.MetaModifier)
        )
        if hit is None:
            if not ctrl:
                self.view.select_events([], reveal=False)
        elif hit.kind == "cluster":
            self.zoom_to_hit(hit)
        else:
            event_id = self.view.scene().index.events[hit.positions[0]].id
            if ctrl:
                ids = [i for i in self.view.selected_ids() if i != event_id]
                added = event_id not in self.view.selected_ids()
                self.view.select_events([*ids, event_id] if added else ids, reveal=False)
            else:
                self.view.select_events([event_id], reveal=False)
        event.accept()
        return True

    def handle_double_click(self, event: QMouseEvent) -> None:
        """Double-click opens an event (``event_activated``) or zooms into a badge."""
        hit = self.view.hit_at(event.position())
        if hit is not None and hit.kind == "event":
            event_id = self.view.scene().index.events[hit.positions[0]].id
            self.view.select_events([event_id], reveal=False)
            self.view.event_activated.emit(event_id)
        elif hit is not None:
            self.zoom_to_hit(hit)
        event.accept()

    def handle_tooltip(self, event: QEvent) -> bool:
        """Show the rich-text quote tooltip for what is under the mouse."""
        if event.type() != QEvent.Type.ToolTip or not isinstance(event, QHelpEvent):
            return False
        html = self.view.tooltip_at(QPointF(event.pos()))
        if html:
            QToolTip.showText(event.globalPos(), html, self.view.viewport())
        else:
            QToolTip.hideText()
        return True

    def zoom_to_hit(self, hit: Hit) -> None:
        """Fit a badge's events, which splits it into smaller badges or cards."""
        index = self.view.scene().index
        first = min(float(index.starts[p]) for p in hit.positions)
        last = max(float(index.ends[p]) for p in hit.positions)
        self.view.zoom_to_days(first, last)

    def handle_key(self, event: QKeyEvent) -> bool:
        """Zoom keys, Ctrl+0, arrows through events, Enter to open, Escape to deselect."""
        key, mods = event.key(), event.modifiers()
        ctrl = bool(mods & Qt.KeyboardModifier.ControlModifier)
        if key in (Qt.Key.Key_Plus, Qt.Key.Key_Equal):
            self.view.zoom_in()
        elif key in (Qt.Key.Key_Minus, Qt.Key.Key_Underscore):
            self.view.zoom_out()
        elif key == Qt.Key.Key_0 and ctrl:
            self.view.fit_all()
        elif key in (Qt.Key.Key_Left, Qt.Key.Key_Right):
            self.step_selection(1 if key == Qt.Key.Key_Right else -1)
        elif key in (Qt.Key.Key_Return, Qt.Key.Key_Enter) and self.view.selected_ids():
            self.view.event_activated.emit(self.view.selected_ids()[-1])
        elif key == Qt.Key.Key_Escape and self.view.selected_ids():
            self.view.select_events([], reveal=False)
        else:
            return False
        event.accept()
        return True

    def step_selection(self, direction: int) -> None:
        """Select the previous (-1) or next (+1) shown event in time and scroll to it."""
        index = self.view.scene().index
        if len(index) == 0:
            return
        current = index.pos.get(self.view.selected_ids()[-1]) if self.view.selected_ids() else None
        if current is None:
            day0, _day1 = self.view.visible_range()
            first = int(index.starts.searchsorted(day0))
            target = min(first, len(index) - 1) if direction > 0 else max(first - 1, 0)
        else:
            target = min(max(current + direction, 0), len(index) - 1)
        self.view.select_events([index.events[target].id])
