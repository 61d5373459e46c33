"""Painting one event card or one cluster badge.

Granularity is drawn honestly: a day is a dot at its day (a diamond when the time is
known), anything longer is a tinted bar over its whole span, and approximate dates fade
out at both ends instead of pretending to have sharp edges.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

import numpy as np
from PySide6.QtCore import QPointF, QRectF, Qt
from PySide6.QtGui import (
    QBrush,
    QColor,
    QFont,
    QLinearGradient,
    QPainter,
    QPainterPath,
    QPen,
    QPolygonF,
)

from timeline_app.geometry.layout import POINT_LEAD_PX, Unit, badge_text
from timeline_app.ui.canvas import palette
from timeline_app.ui.canvas.event_index import CARD_PAD_PX, LABEL_GAP_PX
from timeline_app.ui.canvas.scene_layout import CARD_H, LaneBlock

if TYPE_CHECKING:
    from timeline_app.ui.canvas.painted_scene import PaintedScene

RADIUS = 5.0
DOT_R = 4.5
TEXT_AFTER_DOT = 8.0


def paint_card(
    painter: QPainter, s: PaintedScene, pos: int, rect: QRectF, *, hovered: bool
) -> None:
    """One event: outline card, span bar or dot, date as written and title."""
    index = s.index
    event = index.events[pos]
    color = s.color_of(pos)
    x0, x1 = s.frame.x(float(index.starts[pos])), s.frame.x(float(index.ends[pos]))
    point = bool(index.point[pos])
    selected = event.id in s.selected
    outline = QPainterPath()
    outline.addRoundedRect(rect, RADIUS, RADIUS)
    if selected:
        painter.setPen(Qt.PenStyle.NoPen)
        painter.setBrush(palette.tint(palette.SELECTION, 45))
        painter.drawRoundedRect(rect.adjusted(-3, -3, 3, 3), RADIUS + 3, RADIUS + 3)
    painter.setPen(Qt.PenStyle.NoPen)
    painter.setBrush(QColor(255, 255, 255, 245))
    painter.drawPath(outline)
    if not point:
        bar = QRectF(x0, rect.top(), max(x1 - x0, 2.0), rect.height())
        if rect.left() < x0 - 0.5:  # slid left (near the right edge): the bar would cross
            bar = QRectF(x0, rect.bottom() - 4.0, max(x1 - x0, 3.0), 4.0)  # the text; go under it
        _paint_span(painter, outline, bar, color, approximate=event.when.approximate)
    pen_color = (
        palette.SELECTION
        if selected
        else (color.darker(130) if hovered else palette.tint(color, 120))
    )
    painter.setPen(QPen(pen_color, 2.0 if selected else (1.5 if hovered else 1.0)))
    painter.setBrush(Qt.BrushStyle.NoBrush)
    painter.drawPath(outline)
    if point:
        _paint_point(
            painter,
            QPointF(x0, rect.top() + CARD_H / 2.0),
            color,
            timed=bool(event.when.time),
            approximate=event.when.approximate,
        )
    flipped = point and rect.left() < x0 - POINT_LEAD_PX - 0.5
    text_x = x0 + TEXT_AFTER_DOT if point and not flipped else rect.left() + CARD_PAD_PX
    if not point:
        text_x = pinned_text_x(text_x, rect.right(), s.sceneRect().left())
    _paint_label(painter, s, pos, text_x, rect, color)
    if event.edited:
        painter.setPen(QPen(QColor("#ffffff"), 1.5))
        painter.setBrush(palette.EDITED_MARK)
        painter.drawEllipse(QPointF(rect.right() - 1.5, rect.top() + 1.5), 3.5, 3.5)


def pinned_text_x(text_x: float, card_right: float, view_left: float) -> float:
    """Where a range's label starts: pinned to the visible edge while its bar crosses it.

    Zoomed to hours inside a range of years, the card starts far left of the screen and
    its label would be nowhere in view; it slides along to stay readable, as long as the
    card still reaches past the left edge.
    """
    pinned = view_left + CARD_PAD_PX
    if text_x < pinned < card_right - CARD_PAD_PX:
        return pinned
    return text_x


def _paint_span(
    painter: QPainter, outline: QPainterPath, bar: QRectF, color: QColor, *, approximate: bool
) -> None:
    painter.save()
    painter.setClipPath(outline)
    if approximate:
        fade = min(bar.width() * 0.3, 36.0) / max(bar.width(), 1.0)
        grad = QLinearGradient(bar.left(), 0, bar.right(), 0)
        grad.setColorAt(0.0, palette.tint(color, 0))
        grad.setColorAt(fade, palette.tint(color, 75))
        grad.setColorAt(1.0 - fade, palette.tint(color, 75))
        grad.setColorAt(1.0, palette.tint(color, 0))
        painter.fillRect(bar, QBrush(grad))
    else:
        painter.fillRect(bar, palette.tint(color, 70))
        painter.fillRect(QRectF(bar.left(), bar.top(), 3.0, bar.height()), color)
        if bar.width() > 6:
            painter.fillRect(
                QRectF(bar.right() - 2.0, bar.top(), 2.0, bar.height()), palette.tint(color, 160)
            )
    painter.restore()


def _paint_point(
    painter: QPainter, centre: QPointF, color: QColor, *, timed: bool, approximate: bool
) -> None:
    painter.setRenderHint(QPainter.RenderHint.Antialiasing, True)
    if approximate:
        painter.setPen(Qt.PenStyle.NoPen)
        painter.setBrush(palette.tint(color, 60))
        painter.drawEllipse(centre, DOT_R + 3, DOT_R + 3)
    painter.setPen(QPen(QColor("#ffffff"), 1.5))
    painter.setBrush(color)
    if timed:
        r = DOT_R + 1
        painter.drawPolygon(
            QPolygonF(
                [
                    centre + QPointF(0, -r),
                    centre + QPointF(r, 0),
                    centre + QPointF(0, r),
                    centre + QPointF(-r, 0),
                ]
            )
        )
    else:
        painter.drawEllipse(centre, DOT_R, DOT_R)


def _paint_label(
    painter: QPainter, s: PaintedScene, pos: int, x: float, rect: QRectF, color: QColor
) -> None:
    """The resolved date in bold, then the title; wrapped lines continue under the title."""
    index = s.index
    date, lines = index.card_text(pos)
    dm, tm = index.date_metrics, index.title_metrics
    line_h = tm.lineSpacing() + 1.0
    # the text block is centred in the card, however many rows the card spans
    block_top = rect.center().y() - line_h * (len(lines) - 1) / 2.0
    baseline = block_top + (tm.ascent() - tm.descent()) / 2.0
    painter.setFont(palette.ui_font(12, bold=True))
    painter.setPen(palette.text_on(color))
    painter.drawText(QPointF(x, baseline), date)
    painter.setFont(palette.ui_font(12))
    painter.setPen(palette.TEXT)
    title_x = x + dm.horizontalAdvance(date) + LABEL_GAP_PX
    for k, line in enumerate(lines):
        painter.drawText(QPointF(title_x, baseline + k * line_h), line)


def paint_badge(
    painter: QPainter,
    s: PaintedScene,
    lane: LaneBlock,
    unit: Unit,
    rect: QRectF,
    *,
    hovered: bool,
) -> None:
    """A count pill for a cluster, with a thin bracket under it showing its time extent."""
    positions = lane.positions[unit.lo : unit.hi]
    color = s.cluster_color(positions)
    first = s.frame.x(float(s.index.starts[positions[0]]))
    last = s.frame.x(float(s.index.starts[positions[-1]]))
    painter.setRenderHint(QPainter.RenderHint.Antialiasing, True)
    if last - first > rect.width():
        painter.setPen(QPen(palette.tint(color, 140), 1.5))
        y = rect.bottom() + 2.5
        painter.drawLine(QPointF(first, y), QPointF(last, y))
        painter.drawLine(QPointF(first, y - 3), QPointF(first, y))
        painter.drawLine(QPointF(last, y - 3), QPointF(last, y))
    pill = rect.adjusted(0, 1, 0, -1)
    chosen = [s.index.pos[i] for i in s.selected if i in s.index.pos]
    if chosen and bool(np.isin(positions, chosen).any()):
        painter.setPen(Qt.PenStyle.NoPen)
        painter.setBrush(palette.tint(palette.SELECTION, 70))
        ring = pill.adjusted(-3.5, -3.5, 3.5, 3.5)
        painter.drawRoundedRect(ring, ring.height() / 2, ring.height() / 2)
    painter.setPen(QPen(QColor("#ffffff"), 1.5))
    painter.setBrush(color.darker(125) if hovered else color)
    painter.drawRoundedRect(pill, pill.height() / 2, pill.height() / 2)
    painter.setPen(palette.BADGE_TEXT)
    painter.setFont(palette.ui_font(12, weight=QFont.Weight.Bold))
    painter.drawText(
        pill, Qt.AlignmentFlag.AlignCenter, badge_text(unit.count, partial=unit.partial)
    )
