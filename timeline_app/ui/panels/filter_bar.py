"""Search box and date-range filter above the timeline.

Typing is debounced so every keystroke does not re-filter hundreds of events; the date
fields accept the same phrases as the editor ("2019", "March 2020", "2566 BC") through
:func:`date_input.parse_when`, and a field that does not read as a date turns red instead
of silently filtering nothing.
"""

from __future__ import annotations

from PySide6.QtCore import Qt, QTimer, Signal
from PySide6.QtGui import QAction
from PySide6.QtWidgets import QHBoxLayout, QLabel, QLineEdit, QStyle, QWidget

from timeline_app.model import Day
from timeline_app.ui.base.app_resources import icon
from timeline_app.ui.base.date_input import parse_when
from timeline_app.ui.base.event_filter import EventFilter

_DEBOUNCE_MS = 150


class FilterBar(QWidget):
    """Emits ``filter_changed(EventFilter)`` when the search text or date range changes,
    and ``search_submitted()`` on Enter in the search box (after applying the filter)."""

    filter_changed = Signal(object)
    search_submitted = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("filterBar")
        self.setAccessibleName("Filter")
        self.search_box = QLineEdit()
        self.search_box.setObjectName("searchBox")
        self.search_box.setAccessibleName("Search events")
        self.search_box.setPlaceholderText("Search text, actors, places…  (Ctrl+F)")
        self.search_box.setClearButtonEnabled(True)
        search_icon = icon("search", QStyle.StandardPixmap.SP_FileDialogContentsView)
        self.search_box.addAction(search_icon, QLineEdit.ActionPosition.LeadingPosition)
        self.in_documents = self._in_documents_action()
        self.result_count = QLabel()
        self.result_count.setObjectName("searchCount")
        self.result_count.setAccessibleName("Search result count")
        self.date_filter = QWidget()
        self.date_filter.setObjectName("dateFilter")
        self.date_filter.setAccessibleName("Date range filter")
        self.from_box = self._date_box("dateFrom", "From (e.g. 2019)")
        self.to_box = self._date_box("dateTo", "To (e.g. March 2021)")
        self._layout()
        self._timer = QTimer(self, singleShot=True, interval=_DEBOUNCE_MS)
        self._timer.timeout.connect(self._emit)
        self.search_box.textChanged.connect(self._on_search_text_changed)
        self.search_box.returnPressed.connect(self._on_search_return_pressed)
        self._current = EventFilter()

    def _in_documents_action(self) -> QAction:
        """The explicit choice to let words match document titles too (off by default)."""
        action = QAction("Also match document titles", self)
        action.setObjectName("searchDocumentTitles")
        action.setCheckable(True)
        action.setToolTip("Also match document titles (off: only what events say)")
        action.setIcon(icon("document", QStyle.StandardPixmap.SP_FileIcon))
        action.toggled.connect(self._emit)
        self.search_box.addAction(action, QLineEdit.ActionPosition.TrailingPosition)
        return action

    def set_result_count(self, shown: int, total: int) -> None:
        """Show how many events the search and dates let through ("12 of 44 events")."""
        if self._current.is_empty():
            self.result_count.clear()
            return
        noun = "event" if total == 1 else "events"
        self.result_count.setText(f"{shown:,} of {total:,} {noun}")

    def _date_box(self, name: str, placeholder: str) -> QLineEdit:
        box = QLineEdit()
        box.setObjectName(name)
        box.setPlaceholderText(placeholder)
        box.setAccessibleName(placeholder.split(" (")[0] + " date")
        box.setClearButtonEnabled(True)
        box.setMaximumWidth(170)
        box.editingFinished.connect(self._emit)
        box.textChanged.connect(self._on_date_text_changed)
        return box

    def _layout(self) -> None:
        dates = QHBoxLayout(self.date_filter)
        dates.setContentsMargins(0, 0, 0, 0)
        dates.setSpacing(6)
        dates.addWidget(QLabel("Dates"))
        dates.addWidget(self.from_box)
        dates.addWidget(QLabel("–"))
        dates.addWidget(self.to_box)
        layout = QHBoxLayout(self)
        layout.setContentsMargins(8, 6, 8, 6)
        layout.setSpacing(12)
        layout.addWidget(self.search_box, 3)
        layout.addWidget(self.result_count)
        layout.addWidget(self.date_filter, 0, Qt.AlignmentFlag.AlignRight)

    def current(self) -> EventFilter:
        """The filter as last emitted."""
        return self._current

    def focus_search(self) -> None:
        """Ctrl+F: focus the search box with its text selected."""
        self.search_box.setFocus(Qt.FocusReason.ShortcutFocusReason)
        self.search_box.selectAll()

    def clear(self) -> None:
        """Reset search and dates."""
        for box in (self.search_box, self.from_box, self.to_box):
            box.clear()
        self._emit()

    def state(self) -> dict[str, str]:
        """The raw field texts, saved with a project's view state."""
        return {
            "search": self.search_box.text(),
            "from": self.from_box.text(),
            "to": self.to_box.text(),
        }

    def set_state(self, state: dict[str, str]) -> None:
        """Restore :meth:`state` output."""
        self.search_box.setText(state.get("search", ""))
        self.from_box.setText(state.get("from", ""))
        self.to_box.setText(state.get("to", ""))
        self._emit()

    def _on_search_return_pressed(self) -> None:
        if self._timer.isActive():  # apply the typed text now, not after the debounce
            self._timer.stop()
            self._emit()
        self.search_submitted.emit()

    def _on_search_text_changed(self, _text: str) -> None:
        self._timer.start()

    def _on_date_text_changed(self, _text: str) -> None:
        for box in (self.from_box, self.to_box):
            box.setProperty("invalid", False)
            box.style().unpolish(box)
            box.style().polish(box)

    def _day(self, box: QLineEdit, *, last: bool) -> Day | None:
        text = box.text().strip()
        if not text:
            box.setToolTip("")
            return None
        when = parse_when(text)
        box.setProperty("invalid", when is None)
        box.style().unpolish(box)
        box.style().polish(box)
        if when is None:
            box.setToolTip(f"“{text}” is not a date this app can read")
            return None
        box.setToolTip(f"{when.earliest.iso()} – {when.latest.iso()}")
        return when.latest if last else when.earliest

    def _emit(self, *_args: object) -> None:
        new = EventFilter(
            text=self.search_box.text(),
            first=self._day(self.from_box, last=False),
            last=self._day(self.to_box, last=True),
            in_documents=self.in_documents.isChecked(),
        )
        if new != self._current:
            self._current = new
            self.filter_changed.emit(new)
