"""The few QGraphicsItems that paint the whole canvas.

There is no item per event: with 100,000 events that would be 100,000 QObjects to
create, index and hit-test. Instead :class:`EventsItem` paints the units the layout
placed for the current window (a few hundred at most) and the scene does hit-testing on
that same list. The exporter renders these very items, so a PNG shows what the view shows.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QPointF, QRectF, Qt
from PySide6.QtGui import QFont, QPainter, QPen
from PySide6.QtWidgets import QGraphicsItem, QStyleOptionGraphicsItem, QWidget

from timeline_app.ui.canvas import palette
from timeline_app.ui.canvas.cards import paint_badge, paint_card
from timeline_app.ui.canvas.scene_layout import AXIS_H, CONTENT_PAD, LANE_GAP, LANE_TITLE_H

if TYPE_CHECKING:
    from timeline_app.ui.canvas.painted_scene import PaintedScene


class _SceneItem(QGraphicsItem):
    """Base: an item that reads everything it paints from its scene."""

    def __init__(self, owner: PaintedScene) -> None:
        super().__init__()
        self._owner = owner
        self._rect = QRectF()

    def set_rect(self, rect: QRectF) -> None:
        """Resize (tells Qt first, as ``boundingRect`` changes)."""
        if rect != self._rect:
            self.prepareGeometryChange()
            self._rect = QRectF(rect)
        self.update()

    def boundingRect(self) -> QRectF:
        return self._rect


class GridItem(_SceneItem):
    """Zebra bands per tick interval, gridlines, lane bands and lane titles."""

    def paint(
        self, painter: QPainter, option: QStyleOptionGraphicsItem, widget: QWidget | None = None
    ) -> None:
        s = self._owner
        top, bottom = s.content_top - CONTENT_PAD, self._rect.bottom()
        ticks, frame = s.minor_ticks, s.frame
        for k, tick in enumerate(ticks):
            if tick.index % 2:
                x1 = frame.x(ticks[k + 1].day) if k + 1 < len(ticks) else self._rect.right()
                painter.fillRect(
                    QRectF(frame.x(tick.day), top, x1 - frame.x(tick.day), bottom - top),
                    palette.BAND,
                )
        if ticks and ticks[0].index % 2 == 0:
            painter.fillRect(QRectF(0, top, frame.x(ticks[0].day), bottom - top), palette.BAND)
        for tick, color in [
            *((t, palette.GRID_MINOR) for t in ticks),
            *((t, palette.GRID_MAJOR) for t in s.major_ticks),
        ]:
            painter.setPen(QPen(color, 1))
            x = round(frame.x(tick.day)) + 0.5
            painter.drawLine(QPointF(x, top), QPointF(x, bottom))
        if s.lanes_by_document:
            self._paint_lanes(painter)
        for x0, x1 in s.break_spans():
            paint_break_band(painter, x0, x1, top, bottom)

    def _paint_lanes(self, painter: QPainter) -> None:
        s = self._owner
        width = self._rect.width()
        for lane in s.layout.lanes:
            color = s.lane_color(lane.key)
            band = QRectF(0, lane.top, width, lane.height)
            painter.fillRect(band, palette.tint(color, 12))
            painter.setPen(QPen(palette.tint(color, 90), 1))
            painter.drawLine(QPointF(0, lane.top + 0.5), QPointF(width, lane.top + 0.5))
            painter.setPen(palette.text_on(color))
            painter.setFont(palette.ui_font(12, bold=True))
            title = painter.fontMetrics().elidedText(
                s.lane_title(lane.key), Qt.TextElideMode.ElideRight, int(min(width - 24, 420))
            )
            painter.drawText(
                QRectF(12, lane.top, width - 24, LANE_TITLE_H),
                Qt.AlignmentFlag.AlignVCenter | Qt.AlignmentFlag.AlignLeft,
                title,
            )
        if s.layout.lanes:
            last = s.layout.lanes[-1]
            y = last.top + last.height + LANE_GAP / 2
            painter.setPen(QPen(palette.GRID_MAJOR, 1))
            painter.drawLine(QPointF(0, y), QPointF(width, y))


class EventsItem(_SceneItem):
    """Every visible event card and cluster badge, painted from the layout."""

    def __init__(self, owner: PaintedScene) -> None:
        super().__init__(owner)
        self.setFlag(QGraphicsItem.GraphicsItemFlag.ItemUsesExtendedStyleOption, True)

    def paint(
        self, painter: QPainter, option: QStyleOptionGraphicsItem, widget: QWidget | None = None
    ) -> None:
        s = self._owner
        painter.setRenderHint(QPainter.RenderHint.Antialiasing, True)
        painter.setRenderHint(QPainter.RenderHint.TextAntialiasing, True)
        exposed = option.exposedRect if option is not None else self._rect
        for lane_no, lane, unit, rect in s.iter_units():
            if not rect.intersects(exposed):
                continue
            if unit.badge:
                paint_badge(painter, s, lane, unit, rect, hovered=s.is_hovered(lane_no, unit))
            else:
                paint_card(
                    painter,
                    s,
                    int(lane.positions[unit.lo]),
                    rect,
                    hovered=s.is_hovered(lane_no, unit),
                )


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


class AxisItem(_SceneItem):
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
        for candidate in (f"⋯ {text} ⋯", text, f"{number} {text.split(' ')[-1][:2]}", "⋯"):
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


class LegendItem(_SceneItem):
    """Colour chips with document titles; a footer in the view, a header strip in exports."""

    def paint(
        self, painter: QPainter, option: QStyleOptionGraphicsItem, widget: QWidget | None = None
    ) -> None:
        s = self._owner
        if not s.export_mode:
            painter.fillRect(self._rect, palette.AXIS_BG)
            painter.setPen(QPen(palette.GRID_MAJOR, 1))
            painter.drawLine(QPointF(0, 0.5), QPointF(self._rect.width(), 0.5))
        painter.setRenderHint(QPainter.RenderHint.Antialiasing, True)
        painter.setFont(palette.ui_font(12))
        for color, text, (x, y) in s.legend_placement(self._rect.width()):
            painter.setPen(Qt.PenStyle.NoPen)
            painter.setBrush(color)
            painter.drawEllipse(QPointF(x + 5, y), 5, 5)
            painter.setPen(palette.TEXT_MUTED)
            painter.drawText(QPointF(x + 15, y + 4.5), text)


class HeaderItem(_SceneItem):
    """Export title and a one-line summary above the legend."""

    def paint(
        self, painter: QPainter, option: QStyleOptionGraphicsItem, widget: QWidget | None = None
    ) -> None:
        s = self._owner
        painter.setRenderHint(QPainter.RenderHint.TextAntialiasing, True)
        painter.setPen(palette.TEXT)
        painter.setFont(palette.ui_font(22, weight=QFont.Weight.Bold))
        painter.drawText(QPointF(s.frame.x0, 34), s.export_title)
        painter.setPen(palette.TEXT_MUTED)
        painter.setFont(palette.ui_font(13))
        painter.drawText(QPointF(s.frame.x0, 56), s.export_subtitle)


class MessageItem(_SceneItem):
    """A friendly centred message when there is nothing to show."""

    def paint(
        self, painter: QPainter, option: QStyleOptionGraphicsItem, widget: QWidget | None = None
    ) -> None:
        lines = self._owner.shown_message.split("\n")
        painter.setRenderHint(QPainter.RenderHint.Antialiasing, True)
        painter.setRenderHint(QPainter.RenderHint.TextAntialiasing, True)
        card = QRectF(0, 0, 420, 36 + 24 * len(lines))
        card.moveCenter(self._rect.center())
        painter.setPen(QPen(palette.GRID_MAJOR, 1))
        painter.setBrush(palette.BACKGROUND)
        painter.drawRoundedRect(card, 12, 12)
        y = self._rect.center().y() - 14 * len(lines)
        for k, line in enumerate(lines):
            painter.setFont(palette.ui_font(18 if k == 0 else 13, bold=k == 0))
            painter.setPen(palette.TEXT if k == 0 else palette.TEXT_MUTED)
            h = 32.0 if k == 0 else 22.0
            painter.drawText(
                QRectF(self._rect.left(), y, self._rect.width(), h),
                Qt.AlignmentFlag.AlignCenter,
                line,
            )
            y += h
