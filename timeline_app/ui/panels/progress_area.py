"""The strip that appears while files are read: current file, overall progress, Cancel.

The per-file bar is a busy indicator (the engine reports whole files, not parts of one)
and the overall bar counts files; the strip hides itself when the queue is idle so it
never takes room from the timeline for nothing.
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import Signal
from PySide6.QtWidgets import QGridLayout, QLabel, QProgressBar, QPushButton, QWidget


class ProgressArea(QWidget):
    """Shows extraction progress; ``cancel_requested`` when the user presses Cancel."""

    cancel_requested = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("progressArea")
        self.setAccessibleName("Extraction progress")
        self.file_label = QLabel("Preparing…")
        self.file_label.setObjectName("progressFile")
        self.count_label = QLabel("")
        self.count_label.setObjectName("progressCount")
        self.file_bar = self._bar("fileProgress", "Current file")
        self.overall_bar = self._bar("overallProgress", "All files")
        self.cancel_button = QPushButton("Cancel")
        self.cancel_button.setObjectName("cancelButton")
        self.cancel_button.setAccessibleName("Cancel extraction")
        self.cancel_button.clicked.connect(self._on_cancel_clicked)
        layout = QGridLayout(self)
        layout.setContentsMargins(10, 6, 10, 6)
        layout.setHorizontalSpacing(10)
        layout.setVerticalSpacing(3)
        layout.addWidget(self.file_label, 0, 0)
        layout.addWidget(self.count_label, 0, 1)
        layout.addWidget(self.file_bar, 1, 0)
        layout.addWidget(self.overall_bar, 1, 1)
        layout.addWidget(self.cancel_button, 0, 2, 2, 1)
        layout.setColumnStretch(0, 3)
        layout.setColumnStretch(1, 2)
        self.hide()

    @staticmethod
    def _bar(name: str, accessible: str) -> QProgressBar:
        bar = QProgressBar()
        bar.setObjectName(name)
        bar.setAccessibleName(accessible)
        bar.setTextVisible(False)
        bar.setFixedHeight(6)
        return bar

    def start(self, message: str = "Loading language model…") -> None:
        """Show the strip in its indeterminate state."""
        self.file_label.setText(message)
        self.count_label.setText("")
        self.file_bar.setRange(0, 0)
        self.overall_bar.setRange(0, 0)
        self.cancel_button.setEnabled(True)
        self.show()

    def set_progress(self, done: int, total: int, current: str) -> None:
        """A file started (``done`` finished of ``total``)."""
        name = Path(current).name if current else ""
        if done >= total:
            self.file_label.setText("Finding events…")
            self.file_bar.setRange(0, 1)
            self.file_bar.setValue(1)
        else:
            self.file_label.setText(f"Reading {name}" if name else "Reading…")
            self.file_bar.setRange(0, 0)
        self.count_label.setText(f"{min(done, total)} of {total} files")
        self.overall_bar.setRange(0, max(total, 1))
        self.overall_bar.setValue(min(done, total))

    def set_cancelling(self) -> None:
        """Cancel was pressed: say so until the worker stops."""
        self.file_label.setText("Cancelling after the current file…")
        self.cancel_button.setEnabled(False)

    def finish(self) -> None:
        """The queue is idle: hide."""
        self.hide()

    def _on_cancel_clicked(self) -> None:
        self.set_cancelling()
        self.cancel_requested.emit()
