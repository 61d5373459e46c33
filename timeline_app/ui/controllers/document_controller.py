"""The Documents panel's menu: set a document's reference date, remove a document.

Kept apart from :mod:`main_window` (wiring only). Re-reading runs on the extraction
worker like any other file; removal is an undoable command.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any, Protocol

from PySide6.QtCore import QObject

from timeline_app.ui.controllers.commands import RemoveDocumentCommand
from timeline_app.ui.dialogs.reference_dialog import ReferenceDateDialog

if TYPE_CHECKING:
    from PySide6.QtGui import QUndoStack

    from timeline_app.model import Timeline


class DocumentsWindow(Protocol):
    """What the Documents menu needs of the window (``MainWindow`` provides it).

    ``legend`` and ``detail`` emit ``reference_date_requested(str)``, ``legend`` also
    ``remove_requested(str)``; ``ingest`` re-reads a document with ``reread(id, day)``.
    """

    timeline: Timeline
    undo_stack: QUndoStack
    legend: Any
    detail: Any
    ingest: Any

    def show_status(self, message: str) -> None: ...


class DocumentController(QObject):
    """Handles the legend's ``reference_date_requested``/``remove_requested`` and the
    detail panel's "Change…" link next to a relative date."""

    def __init__(self, window: DocumentsWindow) -> None:
        super().__init__(window)  # type: ignore[arg-type]  # the window is a QObject
        self.window = window
        window.legend.reference_date_requested.connect(self.set_reference_date)
        window.legend.remove_requested.connect(self.remove_document)
        window.legend.language_requested.connect(self.set_language)
        window.detail.reference_date_requested.connect(self.set_reference_date)

    def set_reference_date(self, doc_id: str) -> None:
        """Documents → Set Reference Date…: ask for a day, then re-read the document."""
        document = self.window.timeline.documents.get(doc_id)
        day = ReferenceDateDialog.ask(document, self.window) if document is not None else None
        if day is not None:
            self.window.ingest.reread(doc_id, day)

    def set_language(self, doc_id: str, language: str) -> None:
        """Documents → Language: re-read the document in that language ("" = detect)."""
        if doc_id in self.window.timeline.documents:
            self.window.ingest.reread_language(doc_id, language)

    def remove_document(self, doc_id: str) -> None:
        """Documents → Remove Document (undoable with Ctrl+Z)."""
        if doc_id in self.window.timeline.documents:
            command = RemoveDocumentCommand(self.window.timeline, doc_id)
            self.window.undo_stack.push(command)
            self.window.show_status(f"{command.text()} (Ctrl+Z to undo)")
