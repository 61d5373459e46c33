"""Files that could not be read, with the reason: listed, never a modal box per file.

A batch of fifty articles with two broken ones should produce forty-eight articles and a
calm list of two problems the user can read when they like, not a stack of dialogs.
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QHBoxLayout,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QStyle,
    QVBoxLayout,
    QWidget,
)


class ErrorList(QWidget):
    """A list of ``file — reason`` rows with a Clear button.

    Signals:
        errors_added(int): how many new problems arrived (the window shows the dock).
    """

    errors_added = Signal(int)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("errorPanel")
        self.list = QListWidget()
        self.list.setMinimumHeight(28)  # the dock may be a short strip
        self.list.setObjectName("errorList")
        self.list.setAccessibleName("Files that could not be read")
        self.list.setWordWrap(True)
        self.list.setAlternatingRowColors(True)
        self.summary = QLabel("No problems")
        self.summary.setObjectName("errorSummary")
        clear = QPushButton("Clear")
        clear.setObjectName("clearErrorsButton")
        clear.clicked.connect(self.clear)
        top = QHBoxLayout()
        top.addWidget(self.summary, 1)
        top.addWidget(clear)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(6, 4, 6, 6)
        layout.addLayout(top)
        layout.addWidget(self.list, 1)

    def add_errors(self, errors: list[tuple[str, str]]) -> None:
        """Append ``(path, message)`` pairs."""
        icon = self.style().standardIcon(QStyle.StandardPixmap.SP_MessageBoxWarning)
        for path, message in errors:
            name = Path(path).name or path or "Pasted text"
            item = QListWidgetItem(icon, f"{name} — {message}")
            item.setToolTip(path)
            item.setData(Qt.ItemDataRole.UserRole, path)
            self.list.addItem(item)
        self._update_summary()
        if errors:
            self.errors_added.emit(len(errors))

    def add_message(self, message: str) -> None:
        """A problem that is not about one file (a crashed job)."""
        self.add_errors([("", message)])

    def entries(self) -> list[str]:
        """Row texts, for tests and accessibility."""
        return [self.list.item(i).text() for i in range(self.list.count())]

    def clear(self) -> None:
        """Forget the listed problems."""
        self.list.clear()
        self._update_summary()

    def _update_summary(self) -> None:
        n = self.list.count()
        self.summary.setText(
            "No problems" if n == 0 else f"{n} file{'s' if n != 1 else ''} could not be read"
        )
