"""The event table: every visible event as a sortable row, in step with the timeline.

Sorting compares the model objects, not display strings, so "2566 BC" sorts before
"1999" and a month sorts before the days inside it (``When.sort_key``). The selection is
mirrored both ways with the canvas through :meth:`EventTable.select_events` and
``selection_changed``; a guard stops the two echoing each other.
"""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import (
    QItemSelection,
    QItemSelectionModel,
    QModelIndex,
    Qt,
    Signal,
)
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import QAbstractItemView, QHeaderView, QTableView, QWidget

from timeline_app.model import Timeline
from timeline_app.ui.panels.column_widths import side_widths
from timeline_app.ui.panels.event_columns import CONFIDENCE, DATE, DOCUMENT, TITLE
from timeline_app.ui.panels.event_model import EventTableModel
from timeline_app.ui.panels.event_sort import (
    EventPredicate,
    EventSortProxy,
    sort_value,
)

__all__ = [
    "CONFIDENCE",
    "DATE",
    "DOCUMENT",
    "TITLE",
    "EventTable",
    "EventTableModel",
    "sort_value",
]


class EventTable(QTableView):
    """Table of events; emits the selected ids and the id the user opened with Enter.

    Signals:
        selection_changed(list): selected event ids, in table order.
        event_activated(str): Enter or double-click on a row.
    """

    selection_changed = Signal(list)
    event_activated = Signal(str)

    def __init__(self, timeline: Timeline, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("eventTable")
        self.setAccessibleName("Event table")
        self.setAccessibleDescription("Every event; sortable by date, title, document, confidence")
        self.source_model = EventTableModel(timeline, self)
        self.proxy = EventSortProxy(self.source_model, self)
        self.setModel(self.proxy)
        self._configure()
        self._syncing = False
        self._kept: list[str] = []
        self.source_model.modelAboutToBeReset.connect(self._on_model_about_to_reset)
        self.source_model.modelReset.connect(self._on_model_reset)
        self.source_model.patch_started.connect(self._on_model_about_to_reset)
        self.source_model.patch_finished.connect(self._on_model_reset)
        self.selectionModel().selectionChanged.connect(self._on_selection_changed)
        self.doubleClicked.connect(self._on_double_clicked)

    def _configure(self) -> None:
        # Indicator first: setSortingEnabled sorts by it, so the table sorts only once.
        self.horizontalHeader().setSortIndicator(DATE, Qt.SortOrder.AscendingOrder)
        self.setSortingEnabled(True)
        self.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.setSelectionMode(QAbstractItemView.SelectionMode.ExtendedSelection)
        self.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.setAlternatingRowColors(True)
        self.setWordWrap(False)
        self.setShowGrid(False)
        self.verticalHeader().setVisible(False)
        self.verticalHeader().setDefaultSectionSize(24)
        header = self.horizontalHeader()
        header.setHighlightSections(False)
        header.setSectionResizeMode(TITLE, QHeaderView.ResizeMode.Stretch)
        header.setMinimumSectionSize(60)
        # Fixed starting widths: ResizeToContents would call data() for every row on every
        # reset, which is most of the cost of an edit on a timeline of thousands of events.
        self._fit_columns()

    def _fit_columns(self) -> None:
        widths = side_widths(self.viewport().width())
        for column, width in zip((DATE, DOCUMENT, CONFIDENCE), widths, strict=True):
            self.setColumnWidth(column, width)

    def resizeEvent(self, event: Any) -> None:
        """Qt override: columns give way in proportion, the title keeps room."""
        super().resizeEvent(event)
        self._fit_columns()

    def selected_ids(self) -> list[str]:
        """Ids of the selected rows, in the order shown."""
        rows = sorted(self.selectionModel().selectedRows(), key=lambda i: i.row())
        return [self.proxy.data(i, Qt.ItemDataRole.UserRole) for i in rows]

    def select_events(self, ids: list[str]) -> None:
        """Select exactly these events (from the canvas) without echoing the change back."""
        if list(ids) == self.selected_ids():
            return
        selection = QItemSelection()
        for event_id in ids:
            row = self.source_model.row_of(event_id)
            if row < 0:
                continue
            index = self.proxy.mapFromSource(self.source_model.index(row, 0))
            if index.isValid():
                selection.select(index, index)
        self._syncing = True
        flags = (
            QItemSelectionModel.SelectionFlag.ClearAndSelect
            | QItemSelectionModel.SelectionFlag.Rows
        )
        self.selectionModel().select(selection, flags)
        if not selection.isEmpty():
            self.scrollTo(selection.indexes()[0], QAbstractItemView.ScrollHint.EnsureVisible)
        self._syncing = False

    def set_predicate(self, predicate: EventPredicate | None) -> None:
        """Apply the shared search/date/document filter."""
        self.proxy.set_predicate(predicate)

    def keyPressEvent(self, event: QKeyEvent) -> None:
        """Qt override: Enter opens the current event, like a double-click."""
        if event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter) and self.currentIndex().isValid():
            self._on_double_clicked(self.currentIndex())
            return
        super().keyPressEvent(event)

    def _on_selection_changed(self, *_args: object) -> None:
        if not self._syncing:
            self.selection_changed.emit(self.selected_ids())

    def _on_double_clicked(self, index: QModelIndex) -> None:
        self.event_activated.emit(self.proxy.data(index, Qt.ItemDataRole.UserRole))

    def _on_model_about_to_reset(self) -> None:
        self._kept = self.selected_ids()
        self._syncing = True  # rows removed while patching must not look like a user's click

    def _on_model_reset(self) -> None:
        self._syncing = False
        self.select_events(self._kept)
