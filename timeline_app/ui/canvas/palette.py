"""Colours and fonts of the timeline canvas, in one place so the view and exports agree.

Documents get colours from a qualitative palette (Tableau 10, reordered so the first few
are the most distinct) because the user compares sources by colour; everything else is a
quiet slate grey scale so the events stay the loudest thing on screen.
"""

from __future__ import annotations

from collections.abc import Iterable
from functools import lru_cache

from PySide6.QtGui import QColor, QFont

_QUALITATIVE = (
    "#4e79a7",  # blue
    "#e15759",  # red
    "#59a14f",  # green
    "#f28e2b",  # orange
    "#b07aa1",  # purple
    "#76b7b2",  # teal
    "#edc948",  # yellow
    "#ff9da7",  # pink
    "#9c755f",  # brown
    "#3b8bc2",  # sky
    "#8cd17d",  # light green
    "#d37295",  # rose
)

#: Colour of events that no document reports (typed in by the user).
MANUAL_COLOR = QColor("#7b8794")

BACKGROUND = QColor("#ffffff")
BAND = QColor(30, 60, 110, 9)  # every other major interval, so the eye can count periods
GRID_MAJOR = QColor(20, 40, 80, 34)
GRID_MINOR = QColor(20, 40, 80, 16)
AXIS_BG = QColor(255, 255, 255, 238)
AXIS_LINE = QColor("#c5ccd6")
TEXT = QColor("#1f2933")
TEXT_MUTED = QColor("#616e7c")
TEXT_FAINT = QColor("#9aa5b1")
SELECTION = QColor("#1d4ed8")
EDITED_MARK = QColor("#d97706")
BADGE = QColor("#52606d")
BADGE_TEXT = QColor("#ffffff")
BREAK_FILL = QColor(30, 60, 110, 14)  # an axis break: time squeezed out, not a period
BREAK_EDGE = QColor(20, 40, 80, 90)
LANE_TITLE_BG = QColor(255, 255, 255, 225)

_FAMILIES = ["Inter", "Segoe UI", "Helvetica Neue", "Nimbus Sans", "DejaVu Sans", "sans-serif"]


def document_color(index: int) -> QColor:
    """Colour of the ``index``-th document; cycles when there are more than the palette."""
    return QColor(_QUALITATIVE[index % len(_QUALITATIVE)])


@lru_cache(maxsize=64)
def ui_font(
    pixel_size: int,
    *,
    bold: bool = False,
    weight: QFont.Weight | None = None,
    italic: bool = False,
) -> QFont:
    """The canvas font at a pixel size, so exports at any DPI keep the same proportions.

    Cached: painting creates thousands of labels and building a QFont with a family list
    is slow. Callers must not modify the returned font.
    """
    font = QFont()
    font.setFamilies(_FAMILIES)
    font.setPixelSize(pixel_size)
    if weight is not None:
        font.setWeight(weight)
    elif bold:
        font.setWeight(QFont.Weight.DemiBold)
    font.setItalic(italic)
    font.setHintingPreference(QFont.HintingPreference.PreferNoHinting)
    return font


def tint(color: QColor, alpha: int) -> QColor:
    """``color`` with another alpha (0–255), used for fills under text."""
    out = QColor(color)
    out.setAlpha(alpha)
    return out


def text_on(color: QColor) -> QColor:
    """A dark shade of ``color`` that stays readable on white (date labels)."""
    return color.darker(165)


class DocumentColors:
    """Stable colour per document id, by the order documents were first seen.

    Colours must not shuffle when a document is hidden or another is added, so the
    assignment only ever grows; :meth:`reset` starts over (File → New).
    """

    def __init__(self, doc_ids: Iterable[str] = ()) -> None:
        self._index: dict[str, int] = {}
        self.update(doc_ids)

    def update(self, doc_ids: Iterable[str]) -> None:
        """Give every new id the next colour."""
        for doc_id in doc_ids:
            if doc_id not in self._index:
                self._index[doc_id] = len(self._index)

    def reset(self) -> None:
        """Forget all assignments."""
        self._index.clear()

    def index(self, doc_id: str) -> int:
        """Palette index of a document (assigning one if it is new)."""
        self.update((doc_id,))
        return self._index[doc_id]

    def color(self, doc_id: str | None) -> QColor:
        """Colour for a document id; ``None`` (no source) gets :data:`MANUAL_COLOR`."""
        if doc_id is None:
            return QColor(MANUAL_COLOR)
        return document_color(self.index(doc_id))

    def __contains__(self, doc_id: object) -> bool:
        return doc_id in self._index
