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
from timeline_app.ui.canvas.axis_item import paint_break_band
from timeline_app.ui.canvas.cards import paint_badge, paint_card
from timeline_app.ui.canvas.scene_item import SceneItem
from timeline_app.ui.canvas.scene_layout import CONTENT_PAD, LANE_GAP, LANE_TITLE_H

if TYPE_CHECKING:
    from timeline_app.ui.canvas.painted_scene import PaintedScene


class GridItem(SceneItem):
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
        for x0, x1 in s.break_spans():
            paint_break_band(painter, x0, x1, top, bottom)
        if s.lanes_by_document:
            self._paint_lanes(painter)  # over the breaks: a lane's title is never hidden

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
            metrics = painter.fontMetrics()
            room = int(width - 24 if s.export_mode else min(width - 24, 420))
            title = metrics.elidedText(s.lane_title(lane.key), Qt.TextElideMode.ElideRight, room)
            backing = QRectF(
                6, lane.top + 3, metrics.horizontalAdvance(title) + 12, LANE_TITLE_H - 6
            )
            painter.fillRect(backing, palette.LANE_TITLE_BG)
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


class EventsItem(SceneItem):
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


class LegendItem(SceneItem):
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


class HeaderItem(SceneItem):
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


class MessageItem(SceneItem):
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
