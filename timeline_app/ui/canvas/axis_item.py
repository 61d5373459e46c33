"""The axis band: tick labels, era context above them, and the breaks of squeezed eras.

Split from :mod:`items` for size. Labels never touch each other or a break; the first
era label sticks to the left edge so the period on screen is always named.
"""

from __future__ import annotations

from PySide6.QtCore import QPointF, QRectF
from PySide6.QtGui import QPainter, QPen
from PySide6.QtWidgets import QStyleOptionGraphicsItem, QWidget

from timeline_app.ui.canvas import palette
from timeline_app.ui.canvas.scene_item import SceneItem
from timeline_app.ui.canvas.scene_layout import AXIS_H

_SHORT_UNITS = {"years": "yrs", "months": "mos", "days": "d", "day": "d"}


def paint_break_band(painter: QPainter, x0: float, x1: float, top: float, bottom: float) -> None:
    """An empty era squeezed on the axis: a plain band between two zigzag edges."""
    painter.fillRect(QRectF(x0, top, x1 - x0, bottom - top), palette.BACKGROUND)
    painter.fillRect(QRectF(x0, top, x1 - x0, bottom - top), palette.BREAK_FILL)
    paint_break_edges(painter, x0, x1, top, bottom)


def paint_break_edges(painter: QPainter, x0: float, x1: float, top: float, bottom: float) -> None:
    """Zigzag lines down both sides of a break, the usual mark of a cut axis."""
    painter.save()
    painter.setRenderHint(QPainter.RenderHint.Antialiasing, True)
    painter.setPen(QPen(palette.BREAK_EDGE, 1.2))
    for x in (x0, x1):
        points, y, k = [], top, 0
        while y < bottom:
            points.append(QPointF(x + (2.5 if k % 2 else -2.5), y))
            y += 6.0
            k += 1
        points.append(QPointF(x, bottom))
        painter.drawPolyline(points)
    painter.restore()


class AxisItem(SceneItem):
    """The tick band: major context labels on top, minor labels and ticks below."""

    def paint(
        self, painter: QPainter, option: QStyleOptionGraphicsItem, widget: QWidget | None = None
    ) -> None:
        s = self._owner
        s.axis_label_rects.clear()
        width = self._rect.width()
        if not s.transparent:
            painter.fillRect(QRectF(0, 0, width, AXIS_H), palette.AXIS_BG)
        painter.setPen(QPen(palette.AXIS_LINE, 1))
        painter.drawLine(QPointF(0, AXIS_H - 0.5), QPointF(width, AXIS_H - 0.5))
        painter.setRenderHint(QPainter.RenderHint.TextAntialiasing, True)
        for tick in s.minor_ticks:
            x = round(s.frame.x(tick.day)) + 0.5
            painter.drawLine(QPointF(x, AXIS_H - 6), QPointF(x, AXIS_H))
        painter.setPen(QPen(palette.GRID_MAJOR, 1))
        for tick in s.major_ticks:
            x = round(s.frame.x(tick.day)) + 0.5
            painter.drawLine(QPointF(x, 4), QPointF(x, AXIS_H))
        for (x0, x1), brk in zip(s.break_spans(), s.visible_breaks, strict=True):
            painter.fillRect(QRectF(x0, 0, x1 - x0, AXIS_H - 1), palette.AXIS_BG)
            paint_break_edges(painter, x0, x1, 0.0, AXIS_H)
            painter.setPen(QPen(palette.AXIS_LINE, 1))
            self._break_label(painter, x0, x1, brk.label)
        has_major = bool(s.major_step)
        self._labels(
            painter,
            [(s.frame.x(t.day), t.label) for t in s.minor_ticks],
            baseline=38 if has_major else 30,
            bold=not has_major,
            sticky=False,
        )
        if has_major:
            self._labels(painter, s.major_context(), baseline=19, bold=True, sticky=True)

    def _break_label(self, painter: QPainter, x0: float, x1: float, text: str) -> None:
        """ "⋯ 977 years ⋯" centred in the break, shortened only when the break is narrow."""
        painter.setFont(palette.ui_font(11, italic=True))
        painter.setPen(palette.TEXT_MUTED)
        metrics = painter.fontMetrics()
        number = text.split(" ")[0]
        for candidate in (
            f"⋯ {text} ⋯",
            f"⋯{text}⋯",
            text,
            f"{number} {_SHORT_UNITS.get(text.split(' ')[-1], '')}".strip(),
            number,
            "⋯",
        ):
            w = metrics.horizontalAdvance(candidate)
            if w <= x1 - x0 - 6 or candidate == "⋯":
                break
        left = (x0 + x1 - w) / 2
        painter.drawText(QPointF(left, 30), candidate)
        self._owner.note_axis_label(QRectF(left, 18, w, 14))

    def _labels(
        self,
        painter: QPainter,
        items: list[tuple[float, str]],
        *,
        baseline: float,
        bold: bool,
        sticky: bool,
    ) -> None:
        """Draw labels right of their ticks, skipping any that would touch the previous one
        or run past the right edge.

        With ``sticky`` the first label sticks to the left edge until the next one pushes
        it away, so the month or year of what is on screen is always named.
        """
        painter.setFont(palette.ui_font(12 if bold else 11, bold=bold))
        painter.setPen(palette.TEXT if bold else palette.TEXT_MUTED)
        metrics = painter.fontMetrics()
        last_end = -1e9
        blocked = self._owner.break_spans()
        for k, (x, text) in enumerate(items):
            w = metrics.horizontalAdvance(text)
            left = x + 5
            if sticky and k == 0:
                left = max(left, 8.0)
                if k + 1 < len(items):
                    left = min(left, items[k + 1][0] - w - 12)
                if left < 4:
                    continue  # pushed off by the next period's label
            if left < last_end + 10 or left + w < 0 or (left < 0 and not sticky):
                continue  # overlapping, or cut by the left edge
            if any(left < b1 + 4 and b0 - 4 < left + w for b0, b1 in blocked):
                continue  # the break says what is there
            if k > 0 and left + w > self._rect.width() - 2:
                break  # would be cut off at the right edge; the next pan shows it whole
            painter.drawText(QPointF(left, baseline), text)
            last_end = left + w
            self._owner.note_axis_label(QRectF(left, baseline - 12, w, 14))
