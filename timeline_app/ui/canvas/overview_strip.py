"""The overview strip under the axis: the whole timeline in miniature, and where you are.

Zoomed in on one week of a timeline that spans millennia, a reader loses the big picture.
The strip always shows every shown event as density (how many events fall under each
couple of pixels), on the same broken axis as fit-all, with the current view as a
window: click to jump there, drag the window to pan, turn the wheel to zoom. It is a
child of the viewport, so it stays under the axis however the rows scroll.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Protocol

import numpy as np
from PySide6.QtCore import QPointF, QRectF, Qt
from PySide6.QtGui import QMouseEvent, QPainter, QPaintEvent, QPen, QWheelEvent
from PySide6.QtWidgets import QWidget

from timeline_app.ui.canvas import palette
from timeline_app.ui.canvas.view_fit import fit_all_frame

if TYPE_CHECKING:
    from timeline_app.geometry.frame import Frame
    from timeline_app.ui.canvas.timeline_scene import TimelineScene

STRIP_H = 24
_BIN_PX = 2  # density is counted per this many pixels
_MIN_WINDOW_PX = 6.0
_WHEEL_STEP = 1.25
_NONE = np.zeros(0, dtype=np.int64)


class OverviewHost(Protocol):
    """What the strip needs of the timeline view."""

    def scene(self) -> TimelineScene: ...
    def frame(self) -> Frame: ...
    def set_frame(self, frame: Frame, *, pan_px: float = 0.0) -> None: ...
    def zoom_by(self, factor: float, anchor_x: float) -> None: ...
    def compress_empty_periods(self) -> bool: ...
    def viewport(self) -> QWidget: ...


class OverviewStrip(QWidget):
    """Event density over the whole span, with the visible range as a draggable window."""

    def __init__(self, host: OverviewHost, top: float) -> None:
        super().__init__(host.viewport())
        self.setObjectName("timelineOverview")
        self.setAccessibleName("Timeline overview")
        self.setAccessibleDescription(
            "The whole timeline in miniature; click to jump, drag to pan, wheel to zoom"
        )
        self.setToolTip("The whole timeline: click to jump, drag the window to pan, wheel to zoom")
        self.setCursor(Qt.CursorShape.PointingHandCursor)
        self._host = host
        self._top = top
        self._grab: float | None = None  # where in the window the drag holds it
        # the fitted frame and the event count per bin, for one state of the shown events
        self._cache: tuple[tuple[object, ...], Frame | None, np.ndarray] = ((), None, _NONE)

    # -- geometry ------------------------------------------------------------------------------
    def follow_viewport(self) -> None:
        """Span the viewport's width just under the axis."""
        self.setGeometry(0, int(self._top), self._host.viewport().width(), STRIP_H)
        self.update()

    def overview_frame(self) -> Frame | None:
        """Every shown event fitted into the strip, or None when there is nothing."""
        index = self._host.scene().index
        if not len(index):
            return None
        width = float(max(self.width(), 1))
        key = (id(index), id(index.starts), len(index), width, self._host.compress_empty_periods())
        if self._cache[0] != key:
            frame = fit_all_frame(
                index, width, compress=self._host.compress_empty_periods(), margin_px=8.0
            )
            bins = max(1, self.width() // _BIN_PX)
            counts, _ = np.histogram(frame.xs(index.starts), bins=bins, range=(0, bins * _BIN_PX))
            self._cache = (key, frame, counts)
        return self._cache[1]

    def window_rect(self) -> QRectF | None:
        """Where the view's visible range sits in the strip."""
        frame = self.overview_frame()
        if frame is None:
            return None
        day0, day1 = self._host.frame().day_range(float(self._host.viewport().width()))
        x0, x1 = max(frame.x(day0), -2.0), min(frame.x(day1), self.width() + 2.0)
        if x1 - x0 < _MIN_WINDOW_PX:
            mid = (x0 + x1) / 2
            x0, x1 = mid - _MIN_WINDOW_PX / 2, mid + _MIN_WINDOW_PX / 2
        return QRectF(x0, 2.5, x1 - x0, self.height() - 5.0)

    # -- painting ------------------------------------------------------------------------------
    def paintEvent(self, event: QPaintEvent) -> None:
        painter = QPainter(self)
        painter.fillRect(self.rect(), palette.AXIS_BG)
        painter.setPen(QPen(palette.AXIS_LINE, 1))
        painter.drawLine(
            QPointF(0, self.height() - 0.5), QPointF(self.width(), self.height() - 0.5)
        )
        frame = self.overview_frame()
        if frame is None:
            return
        self._paint_density(painter, self._cache[2])
        for b in frame.warp.active_breaks(frame.days_per_px):
            x0, x1 = frame.x(b.day_lo), frame.x(b.day_hi)
            painter.fillRect(QRectF(x0, 3, x1 - x0, self.height() - 6), palette.BREAK_FILL)
        window = self.window_rect()
        if window is not None:
            painter.setRenderHint(QPainter.RenderHint.Antialiasing, True)
            painter.setPen(QPen(palette.tint(palette.SELECTION, 170), 1.0))
            painter.setBrush(palette.tint(palette.SELECTION, 22))
            painter.drawRoundedRect(window, 3, 3)

    def _paint_density(self, painter: QPainter, counts: np.ndarray) -> None:
        """One bar per couple of pixels, height by the log of its event count.

        The counts are kept with the fitted frame: a pan repaints the strip without
        placing 100,000 events again.
        """
        if not counts.any():
            return
        heights = np.log1p(counts) / np.log1p(counts.max()) * (self.height() - 8)
        color = palette.tint(palette.BADGE, 210)
        base = self.height() - 4.0
        for k in np.flatnonzero(counts):
            h = max(float(heights[k]), 2.0)
            painter.fillRect(QRectF(k * _BIN_PX, base - h, _BIN_PX - 0.5, h), color)

    # -- input -----------------------------------------------------------------------------------
    def mousePressEvent(self, event: QMouseEvent) -> None:
        if event.button() != Qt.MouseButton.LeftButton:
            return
        window = self.window_rect()
        x = event.position().x()
        if window is not None and window.left() <= x <= window.right():
            self._grab = x - window.center().x()
        else:
            self._grab = 0.0
            self._centre_on(x)
        event.accept()

    def mouseMoveEvent(self, event: QMouseEvent) -> None:
        if self._grab is not None and event.buttons() & Qt.MouseButton.LeftButton:
            self._centre_on(event.position().x() - self._grab)
        event.accept()

    def mouseReleaseEvent(self, event: QMouseEvent) -> None:
        self._grab = None
        event.accept()

    def wheelEvent(self, event: QWheelEvent) -> None:
        steps = event.angleDelta().y() / 120.0
        if steps:
            width = float(self._host.viewport().width())
            self._host.zoom_by(_WHEEL_STEP**steps, width / 2)
        event.accept()

    def _centre_on(self, x: float) -> None:
        """Put the day under strip pixel ``x`` in the middle of the view, zoom unchanged."""
        frame = self.overview_frame()
        if frame is None:
            return
        view = self._host.frame()
        width = float(self._host.viewport().width())
        day = frame.day(min(max(x, 0.0), float(self.width())))
        self._host.set_frame(view.centred_on(day, view.days_per_px, width))
