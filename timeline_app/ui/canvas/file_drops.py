"""Files dropped on the canvas: accepted, highlighted, and handed on as paths.

QGraphicsView's viewport accepts drops by default and passes them to the scene, which has
no item that takes files, so an OS drag over the canvas (the biggest target in the window,
the one that says "Drop articles here") was refused without a word. This filter on the
viewport takes file drags before the scene sees them; only ``Path`` objects leave it.
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QEvent, QObject, Qt, Signal
from PySide6.QtGui import QDragEnterEvent, QDropEvent
from PySide6.QtWidgets import QLabel, QWidget

_HIGHLIGHT_STYLE = (
    "QLabel { background: rgba(58, 123, 213, 40); border: 3px dashed #3a7bd5;"
    " border-radius: 10px; color: #1d4f91; font-size: 16px; font-weight: 600; }"
)


def local_paths(event: QDropEvent | QDragEnterEvent) -> list[Path]:
    """The local files and folders a drag carries (web links are not files)."""
    mime = event.mimeData()
    if mime is None or not mime.hasUrls():
        return []
    return [Path(url.toLocalFile()) for url in mime.urls() if url.isLocalFile()]


class FileDropTarget(QObject):
    """Makes a viewport accept file drops, with a highlight while a drag is over it.

    Signals:
        files_dropped(list): the dropped paths (``Path``), in the order of the drag.
    """

    files_dropped = Signal(list)

    def __init__(self, viewport: QWidget) -> None:
        super().__init__(viewport)
        self._viewport = viewport
        viewport.setAcceptDrops(True)
        self._highlight = QLabel(viewport)
        self._highlight.setObjectName("dropHighlight")
        self._highlight.setAccessibleName("Drop files here to add them to the timeline")
        self._highlight.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self._highlight.setStyleSheet(_HIGHLIGHT_STYLE)
        self._highlight.setAttribute(Qt.WidgetAttribute.WA_TransparentForMouseEvents)
        self._highlight.hide()
        viewport.installEventFilter(self)

    def is_highlighted(self) -> bool:
        """Whether the drop highlight shows (a drag with files is over the canvas)."""
        return self._highlight.isVisible()

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        """Qt override: take file drags, refuse other drags, pass everything else on."""
        kind = event.type()
        if kind in (QEvent.Type.DragEnter, QEvent.Type.DragMove):
            paths = local_paths(event)  # type: ignore[arg-type]
            if not paths:
                event.ignore()  # the scene would take any drag, then drop nothing
                return True
            event.acceptProposedAction()  # type: ignore[attr-defined]
            if kind == QEvent.Type.DragEnter:
                self._show_highlight(len(paths))
            return True
        if kind == QEvent.Type.DragLeave:
            self._highlight.hide()
            return False
        if kind == QEvent.Type.Drop:
            self._highlight.hide()
            paths = local_paths(event)  # type: ignore[arg-type]
            if not paths:
                event.ignore()
                return True
            event.acceptProposedAction()  # type: ignore[attr-defined]
            self.files_dropped.emit(paths)
            return True
        return False

    def _show_highlight(self, count: int) -> None:
        noun = "file" if count == 1 else "files"
        self._highlight.setText(f"Drop to add {count} {noun} to the timeline")
        self._highlight.setGeometry(self._viewport.rect().adjusted(8, 8, -8, -8))
        self._highlight.raise_()
        self._highlight.show()
