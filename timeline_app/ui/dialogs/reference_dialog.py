"""Documents panel → "Set reference date…": the day relative dates in one document count from.

"Yesterday" or "last March" mean nothing without a reference day. The engine finds one in
page metadata or a dateline; when that is missing or wrong the user types the right day
here, and the document is read again against it (see ``IngestController.reread``).
"""

from __future__ import annotations

from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QLineEdit,
    QVBoxLayout,
    QWidget,
)

from timeline_app.model import Day, Document
from timeline_app.model.when_text import day_text as format_day
from timeline_app.ui.base.date_input import parse_when
from timeline_app.ui.panels.reference_text import reference_origin


class ReferenceDateDialog(QDialog):
    """Asks for a reference day, showing the current one and where it came from."""

    def __init__(self, document: Document, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("referenceDateDialog")
        self.setWindowTitle("Set Reference Date")
        self.setMinimumWidth(460)
        self._day: Day | None = None
        title = QLabel(f"<b>{document.title or 'Untitled'}</b>")
        title.setWordWrap(True)
        self.current = QLabel(reference_origin(document))
        self.current.setObjectName("currentReference")
        self.current.setWordWrap(True)
        self.date_edit = QLineEdit(
            document.reference_date.iso() if document.reference_date else ""
        )
        self.date_edit.setObjectName("referenceEdit")
        self.date_edit.setAccessibleName("Reference date")
        self.date_edit.setPlaceholderText("e.g. 2024-06-02, 2 June 2024, 02/06/2024")
        self.preview = QLabel()
        self.preview.setObjectName("referencePreview")
        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel
        )
        self.buttons.button(QDialogButtonBox.StandardButton.Ok).setText("Re-read Document")
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        form = QFormLayout()
        form.addRow("Current", self.current)
        form.addRow("&New date", self.date_edit)
        form.addRow("", self.preview)
        layout = QVBoxLayout(self)
        layout.addWidget(title)
        layout.addLayout(form)
        note = QLabel("Relative dates in this document are resolved again; your edits stay.")
        note.setObjectName("hint")
        note.setWordWrap(True)
        layout.addWidget(note)
        layout.addWidget(self.buttons)
        self.date_edit.textChanged.connect(self._on_text_changed)
        self._on_text_changed(self.date_edit.text())

    def day(self) -> Day | None:
        """The day typed so far, or None while it is not a date."""
        return self._day

    def _on_text_changed(self, text: str) -> None:
        when = parse_when(text) if text.strip() else None
        self._day = when.earliest if when is not None else None
        if self._day is None:
            message = (
                f"“{text.strip()}” is not a date I can read" if text.strip() else "Type a day"
            )
            self.preview.setText(f"<span style='color:#b91c1c'>{message}</span>")
        else:
            self.preview.setText(f"<span style='color:#047857'>→ {format_day(self._day)}</span>")
        self.buttons.button(QDialogButtonBox.StandardButton.Ok).setEnabled(self._day is not None)

    @classmethod
    def ask(cls, document: Document, parent: QWidget | None = None) -> Day | None:
        """Show the dialog modally; the chosen day, or None when cancelled."""
        dialog = cls(document, parent)
        return dialog.day() if dialog.exec() == QDialog.DialogCode.Accepted else None
