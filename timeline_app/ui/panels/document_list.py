"""The legend: one row per document, in its timeline colour, with a visibility checkbox.

The colours come from the canvas's palette so a document is the same colour in the legend,
the table and on the timeline. Unticking a document hides its events everywhere.
"""

from __future__ import annotations

from functools import lru_cache

from PySide6.QtCore import QPoint, QSize, Qt, Signal
from PySide6.QtGui import QColor, QContextMenuEvent, QIcon, QPainter, QPaintEvent, QPixmap
from PySide6.QtWidgets import QListWidget, QListWidgetItem, QMenu, QWidget

from timeline_app.core.language import NAMES, capability, language_name
from timeline_app.core.language_names import LANGUAGE_NAMES
from timeline_app.model import Document, Timeline
from timeline_app.ui.canvas.palette import document_color
from timeline_app.ui.panels.reference_text import reference_origin


def document_colors(timeline: Timeline) -> dict[str, QColor]:
    """Document id -> colour, by the order documents were added (stable across edits)."""
    return {doc_id: document_color(i) for i, doc_id in enumerate(timeline.documents)}


def color_swatch(color: QColor, size: int = 12) -> QIcon:
    """A small rounded square of ``color`` (legend and table decorations)."""
    return _swatch(color.rgba(), size)


@lru_cache(maxsize=256)
def _swatch(rgba: int, size: int) -> QIcon:
    """One icon per colour: a rebuild of 2,000 documents' rows paints a dozen, not 2,000."""
    color = QColor.fromRgba(rgba)
    pixmap = QPixmap(size, size)
    pixmap.fill(Qt.GlobalColor.transparent)
    painter = QPainter(pixmap)
    painter.setRenderHint(QPainter.RenderHint.Antialiasing)
    painter.setPen(color.darker(130))
    painter.setBrush(color)
    painter.drawRoundedRect(1, 1, size - 2, size - 2, 3, 3)
    painter.end()
    return QIcon(pixmap)


def document_tooltip(document: Document) -> str:
    """Full title, file and reference date of a document (its row is elided)."""
    where = document.path or "Pasted text"
    language = f"{language_name(document.language)}: {capability(document.language)}"
    return (
        f"{document.title or 'Untitled'}\n{where}\nReference date: {reference_origin(document)}"
        f"\nLanguage: {language}"
    )


def row_text(document: Document) -> str:
    """The row's label: the title, after the language when it is not English ("DE · …");
    first, because a long title is elided at its end."""
    title = document.title or "Untitled"
    code = document.language
    return title if code in ("", "en") else f"{code.upper()} · {title}"


def more_languages() -> dict[str, list[tuple[str, str]]]:
    """The languages beyond :data:`NAMES`, sorted by English name and grouped by its
    initial: "A" -> [("af", "Afrikaans"), ...]."""
    groups: dict[str, list[tuple[str, str]]] = {}
    for code, name in sorted(LANGUAGE_NAMES.items(), key=lambda item: item[1]):
        if code not in NAMES:
            groups.setdefault(name[:1].upper(), []).append((code, name))
    return groups


class DocumentList(QListWidget):
    """Checkable legend of the timeline's documents.

    Signals:
        visible_documents_changed(object): the set of ticked document ids, or None when
            all are ticked (so the views can skip filtering).
        document_activated(str): a document was double-clicked (open it in the source view).
        reference_date_requested(str): "Set reference date…" was chosen for a document.
        remove_requested(str): "Remove document" was chosen for a document.
        language_requested(str, str): a language was chosen for a document (its id and
            the code; "" means detect it again).
    """

    visible_documents_changed = Signal(object)
    document_activated = Signal(str)
    reference_date_requested = Signal(str)
    remove_requested = Signal(str)
    language_requested = Signal(str, str)

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

    def _signature(self) -> list[tuple[str, str, object, str, str]]:
        """What the rows show: a rebuild is needed only when this changes."""
        return [
            (i, d.title, d.reference_date, d.reference_source, d.language)
            for i, d in self._timeline.documents.items()
        ]

    def _on_timeline_changed(self) -> None:
        signature = self._signature()
        shown = len(self._shown)
        if signature[:shown] == self._shown and shown == self.count():
            self._append(signature[shown:])  # a batch of new articles: rows for them only
        elif signature != self._shown:
            self._rebuild()

    def _rebuild(self) -> None:
        self._shown = []
        self.clear()
        self._append(self._signature())

    def _append(self, rows: list[tuple[str, str, object, str, str]]) -> None:
        """Add a row per document of ``rows`` (from :meth:`_signature`) at the end."""
        if not rows:
            return
        was_rebuilding, self._rebuilding = self._rebuilding, True
        documents = self._timeline.documents
        colors = document_colors(self._timeline)
        for row in rows:
            doc_id = row[0]
            document = documents[doc_id]
            item = QListWidgetItem(color_swatch(colors[doc_id]), row_text(document))
            item.setData(Qt.ItemDataRole.UserRole, doc_id)
            item.setToolTip(document_tooltip(document))
            item.setFlags(item.flags() | Qt.ItemFlag.ItemIsUserCheckable)
            hidden = doc_id in self._hidden
            item.setCheckState(Qt.CheckState.Unchecked if hidden else Qt.CheckState.Checked)
            self.addItem(item)
        self._shown += rows
        self._rebuilding = was_rebuilding

    def context_menu(self, doc_id: str) -> QMenu:
        """The right-click menu of one document (built apart from showing it, for tests)."""
        menu = QMenu(self)
        menu.setObjectName("documentMenu")
        menu.addAction("Show Text", lambda: self.document_activated.emit(doc_id))
        menu.addAction("Set Reference Date…", lambda: self.reference_date_requested.emit(doc_id))
        self._language_menu(menu, doc_id)
        menu.addSeparator()
        menu.addAction("Remove Document", lambda: self.remove_requested.emit(doc_id))
        return menu

    def _language_menu(self, menu: QMenu, doc_id: str) -> None:
        """Language ▸ the fifteen best-read languages / More Languages ▸ A ▸ Afrikaans… /
        Detect Again. The other ~170 go by initial, so no menu is taller than a screen."""
        document = self._timeline.documents.get(doc_id)
        current = document.language if document is not None else ""
        sub = menu.addMenu("Language")
        sub.setObjectName("documentLanguageMenu")
        for code, name in NAMES.items():
            self._language_action(sub, doc_id, code, name, current)
        more = sub.addMenu("More Languages")
        more.setObjectName("documentMoreLanguagesMenu")
        for initial, entries in more_languages().items():
            letter = more.addMenu(initial)
            for code, name in entries:
                self._language_action(letter, doc_id, code, name, current)
        sub.addSeparator()
        sub.addAction("Detect Again", lambda: self.language_requested.emit(doc_id, ""))

    def _language_action(
        self, menu: QMenu, doc_id: str, code: str, name: str, current: str
    ) -> None:
        action = menu.addAction(name, lambda: self.language_requested.emit(doc_id, code))
        action.setCheckable(True)
        action.setChecked(code == current or (code == "en" and not current))
        action.setData(code)

    def contextMenuEvent(self, event: QContextMenuEvent) -> None:
        """Qt override: the document's menu under the pointer."""
        item = self.itemAt(event.pos())
        if item is None:
            return
        self.context_menu(item.data(Qt.ItemDataRole.UserRole)).exec(
            self.viewport().mapToGlobal(QPoint(event.pos()))
        )

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
