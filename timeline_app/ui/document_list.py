"""The legend: one row per document, in its timeline colour, with a visibility checkbox.

The colours come from the canvas's palette so a document is the same colour in the legend,
the table and on the timeline. Unticking a document hides its events everywhere.
"""

from __future__ import annotations

from PySide6.QtCore import QSize, Qt, Signal
from PySide6.QtGui import QColor, QIcon, QPainter, QPaintEvent, QPixmap
from PySide6.QtWidgets import QListWidget, QListWidgetItem, QWidget

from timeline_app.model import Timeline
from timeline_app.ui.palette import document_color


def document_colors(timeline: Timeline) -> dict[str, QColor]:
    """Document id -> colour, by the order documents were added (stable across edits)."""
    return {doc_id: document_color(i) for i, doc_id in enumerate(timeline.documents)}


def color_swatch(color: QColor, size: int = 12) -> QIcon:
    """A small rounded square of ``color`` (legend and table decorations)."""
    pixmap = QPixmap(size, size)
    pixmap.fill(Qt.GlobalColor.transparent)
    painter = QPainter(pixmap)
    painter.setRenderHint(QPainter.RenderHint.Antialiasing)
    painter.setPen(color.darker(130))
    painter.setBrush(color)
    painter.drawRoundedRect(1, 1, size - 2, size - 2, 3, 3)
    painter.end()
    return QIcon(pixmap)


class DocumentList(QListWidget):
    """Checkable legend of the timeline's documents.

    Signals:
        visible_documents_changed(object): the set of ticked document ids, or None when
            all are ticked (so the views can skip filtering).
        document_activated(str): a document was double-clicked (open it in the source view).
    """

    visible_documents_changed = Signal(object)
    document_activated = Signal(str)

    def __init__(self, timeline: Timeline, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("documentList")
        self.setAccessibleName("Documents")
        self.setAccessibleDescription("Documents on the timeline; untick one to hide its events")
        self.setIconSize(QSize(12, 12))
        self.setUniformItemSizes(True)
        self.setTextElideMode(Qt.TextElideMode.ElideRight)
        self.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self._timeline = timeline
        self._hidden: set[str] = set()
        self._rebuilding = False
        self.itemChanged.connect(self._on_item_changed)
        self.itemDoubleClicked.connect(self._on_item_double_clicked)
        timeline.subscribe(self._on_timeline_changed)
        self._rebuild()

    def paintEvent(self, event: QPaintEvent) -> None:
        """Qt override: a hint instead of a blank box while there are no documents."""
        super().paintEvent(event)
        if self.count():
            return
        painter = QPainter(self.viewport())
        painter.setPen(QColor("#9aa5b1"))
        rect = self.viewport().rect().adjusted(12, 12, -12, -12)
        flags = Qt.AlignmentFlag.AlignTop | Qt.AlignmentFlag.AlignLeft | Qt.TextFlag.TextWordWrap
        painter.drawText(rect, int(flags), "No documents yet.\nDrop articles on the window.")
        painter.end()

    def visible_documents(self) -> set[str] | None:
        """Ticked document ids, or None when nothing is hidden."""
        if not self._hidden:
            return None
        return set(self._timeline.documents) - self._hidden

    def set_hidden_documents(self, hidden: set[str]) -> None:
        """Untick these documents (restoring a saved view)."""
        self._hidden = set(hidden)
        self._rebuild()
        self.visible_documents_changed.emit(self.visible_documents())

    def hidden_documents(self) -> set[str]:
        """Unticked document ids (saved with the project's view state)."""
        return set(self._hidden) & set(self._timeline.documents)

    def _on_timeline_changed(self) -> None:
        if [self.item(i).data(Qt.ItemDataRole.UserRole) for i in range(self.count())] != list(
            self._timeline.documents
        ):
            self._rebuild()

    def _rebuild(self) -> None:
        self._rebuilding = True
        self.clear()
        colors = document_colors(self._timeline)
        for doc_id, document in self._timeline.documents.items():
            item = QListWidgetItem(color_swatch(colors[doc_id]), document.title or "Untitled")
            item.setData(Qt.ItemDataRole.UserRole, doc_id)
            item.setToolTip(f"{document.title}\n{document.path or 'Pasted text'}")
            item.setFlags(item.flags() | Qt.ItemFlag.ItemIsUserCheckable)
            hidden = doc_id in self._hidden
            item.setCheckState(Qt.CheckState.Unchecked if hidden else Qt.CheckState.Checked)
            self.addItem(item)
        self._rebuilding = False

    def _on_item_changed(self, item: QListWidgetItem) -> None:
        if self._rebuilding:
            return
        doc_id = item.data(Qt.ItemDataRole.UserRole)
        if item.checkState() == Qt.CheckState.Checked:
            self._hidden.discard(doc_id)
        else:
            self._hidden.add(doc_id)
        self.visible_documents_changed.emit(self.visible_documents())

    def _on_item_double_clicked(self, item: QListWidgetItem) -> None:
        self.document_activated.emit(item.data(Qt.ItemDataRole.UserRole))
