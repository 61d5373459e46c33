"""Where the scene's few items sit: the axis and legend pinned to the viewport, or stacked
at the top of an export under its title (split from the scene for size)."""

from __future__ import annotations

from typing import TYPE_CHECKING, Protocol

from PySide6.QtCore import QRectF

from timeline_app.ui.canvas.scene_layout import AXIS_H, LEGEND_H

if TYPE_CHECKING:
    from timeline_app.ui.canvas.scene_item import SceneItem

HEADER_H = 64.0  # title and subtitle of an export


class PlacedScene(Protocol):
    """What placing the items reads of the scene (``TimelineScene`` provides it)."""

    width_px: float
    viewport_h: float
    scroll_top: float
    header_h: float
    export_mode: bool

    def content_height(self) -> float: ...
    def legend_height(self, width: float) -> float: ...
    def has_legend(self) -> bool: ...


def place_items(s: PlacedScene, items: dict[str, SceneItem]) -> QRectF:
    """Size and place every item for the scene's state; returns the scene rectangle."""
    width = s.width_px
    height = s.content_height()
    if not s.export_mode:
        height = max(height, s.viewport_h)
    full = QRectF(0, 0, width, height)
    items["grid"].set_rect(full)
    items["events"].set_rect(full)
    items["axis"].set_rect(QRectF(0, 0, width, AXIS_H))
    top = s.header_h if s.export_mode else s.scroll_top
    items["axis"].setPos(0, top)
    legend_h = s.legend_height(width) if s.export_mode else LEGEND_H
    items["legend"].set_rect(QRectF(0, 0, width, legend_h))
    legend_y = (
        HEADER_H
        if s.export_mode
        else s.scroll_top + max(s.viewport_h, AXIS_H + LEGEND_H) - LEGEND_H
    )
    items["legend"].setPos(0, legend_y)
    items["legend"].setVisible(s.has_legend())
    items["header"].set_rect(QRectF(0, 0, width, HEADER_H))
    items["header"].setVisible(s.export_mode)
    items["message"].set_rect(
        QRectF(0, top + AXIS_H, width, max(s.viewport_h - AXIS_H - LEGEND_H, 80))
    )
    return full
