"""The source viewer: a document's full text with one quote highlighted and in view.

Offsets in a :class:`Provenance` index ``Document.text`` exactly, so the viewer shows that
string unchanged (plain text, never re-flowed HTML) and highlights with extra selections.
"""

from __future__ import annotations

from PySide6.QtCore import QTimer
from PySide6.QtGui import QColor, QShowEvent, QTextCharFormat, QTextCursor, QTextFormat
from PySide6.QtWidgets import QLabel, QPlainTextEdit, QTextEdit, QVBoxLayout, QWidget

from timeline_app.model import Document, Provenance

_QUOTE_BG = QColor("#fff4c2")
_DATE_BG = QColor("#ffd54f")


class SourceViewer(QWidget):
    """Read-only document text; :meth:`show_source` highlights and scrolls to a quote."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("sourceViewer")
        self.setAccessibleName("Source document")
        self.header = QLabel("Choose “Show in source” on an event")
        self.header.setObjectName("sourceHeader")
        self.header.setWordWrap(True)
        self.text = QPlainTextEdit()
        self.text.setObjectName("sourceText")
        self.text.setReadOnly(True)
        self.text.setAccessibleName("Document text")
        self.text.setLineWrapMode(QPlainTextEdit.LineWrapMode.WidgetWidth)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(8, 6, 8, 6)
        layout.addWidget(self.header)
        layout.addWidget(self.text, 1)
        self._document_id: str | None = None
        self._scroll_pending = False

    def document_id(self) -> str | None:
        """Id of the document shown."""
        return self._document_id

    def show_document(self, document: Document) -> None:
        """Show a document's text (no highlight)."""
        if self._document_id != document.id:
            self.text.setPlainText(document.text)
            self._document_id = document.id
        where = document.path or "pasted text"
        ref = (
            f"reference date {document.reference_date.iso()}"
            if document.reference_date
            else "no reference date"
        )
        self.header.setText(
            f"<b>{_escape(document.title or 'Untitled')}</b><br>"
            f"<span style='color:#6b7280'>{_escape(where)} · {ref}</span>"
        )
        self.text.setExtraSelections([])

    def show_source(self, document: Document, source: Provenance) -> None:
        """Show ``document`` with ``source``'s quote highlighted and scrolled into view."""
        self.show_document(document)
        selections = [
            self._selection(source.start, source.end, _QUOTE_BG, full_width=False),
            self._selection(source.date_start, source.date_end, _DATE_BG, full_width=False),
        ]
        self.text.setExtraSelections(selections)
        cursor = QTextCursor(self.text.document())
        cursor.setPosition(min(source.start, len(document.text)))
        self.text.setTextCursor(cursor)
        self._scroll_pending = True
        self._scroll_to_cursor()
        # A hidden tab has no layout yet; centre again once Qt has laid the text out.
        QTimer.singleShot(0, self._scroll_to_cursor)

    def showEvent(self, event: QShowEvent) -> None:
        """Qt override: finish a scroll requested while the viewer was hidden."""
        super().showEvent(event)
        QTimer.singleShot(0, self._scroll_to_cursor)

    def _scroll_to_cursor(self) -> None:
        if self._scroll_pending and self.text.isVisible():
            self.text.centerCursor()
            self._scroll_pending = False

    def highlighted_text(self) -> str:
        """The text under the quote highlight (tests check it equals the quote)."""
        selections = self.text.extraSelections()
        return selections[0].cursor.selectedText() if selections else ""

    def _selection(
        self, start: int, end: int, color: QColor, *, full_width: bool
    ) -> QTextEdit.ExtraSelection:
        length = self.text.document().characterCount() - 1
        cursor = QTextCursor(self.text.document())
        cursor.setPosition(max(0, min(start, length)))
        cursor.setPosition(max(0, min(end, length)), QTextCursor.MoveMode.KeepAnchor)
        fmt = QTextCharFormat()
        fmt.setBackground(color)
        fmt.setProperty(QTextFormat.Property.FullWidthSelection, full_width)
        selection = QTextEdit.ExtraSelection()
        selection.cursor = cursor
        selection.format = fmt
        return selection


def _escape(text: str) -> str:
    import html

    return html.escape(text)
