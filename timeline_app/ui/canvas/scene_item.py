"""Base of the canvas's few QGraphicsItems: each paints from its scene's state."""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QRectF
from PySide6.QtWidgets import QGraphicsItem

if TYPE_CHECKING:
    from timeline_app.ui.canvas.painted_scene import PaintedScene


class SceneItem(QGraphicsItem):
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
