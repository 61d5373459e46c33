"""What the painting code needs of the scene, as a Protocol.

The items and card painters are called by :class:`TimelineScene` and read its state;
typing them against this Protocol instead of the scene's class keeps the scene, its items
and the card painters from importing each other.
"""

from __future__ import annotations

from collections.abc import Iterator
from typing import TYPE_CHECKING, Protocol

if TYPE_CHECKING:
    import numpy as np
    from PySide6.QtCore import QRectF
    from PySide6.QtGui import QColor

    from timeline_app.geometry import axis
    from timeline_app.geometry.breaks import Break
    from timeline_app.geometry.frame import Frame
    from timeline_app.geometry.layout import Unit
    from timeline_app.ui.canvas.event_index import EventIndex
    from timeline_app.ui.canvas.scene_layout import LaneBlock, SceneLayout
    from timeline_app.ui.canvas.scene_queries import LegendChip


class PaintedScene(Protocol):
    """The scene state and queries that items and card painters read."""

    index: EventIndex
    frame: Frame
    selected: set[str]
    export_mode: bool
    export_title: str
    export_subtitle: str
    lanes_by_document: bool
    axis_label_rects: list[QRectF]
    major_step: axis.Step | None
    major_ticks: list[axis.Tick]
    minor_ticks: list[axis.Tick]
    visible_breaks: list[Break]

    @property
    def layout(self) -> SceneLayout: ...
    @property
    def content_top(self) -> float: ...
    @property
    def transparent(self) -> bool: ...
    def sceneRect(self) -> QRectF: ...
    def color_of(self, pos: int) -> QColor: ...
    def cluster_color(self, positions: np.ndarray) -> QColor: ...
    def lane_color(self, key: str | None) -> QColor: ...
    def lane_title(self, key: str | None) -> str: ...
    def legend_placement(self, width: float) -> list[LegendChip]: ...
    def is_hovered(self, lane_no: int, unit: Unit) -> bool: ...
    def iter_units(self) -> Iterator[tuple[int, LaneBlock, Unit, QRectF]]: ...
    def major_context(self) -> list[tuple[float, str]]: ...
    def break_spans(self) -> list[tuple[float, float]]: ...
