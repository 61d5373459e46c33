"""The event table: every visible event as a sortable row, in step with the timeline.

Sorting compares the model objects, not display strings, so "2566 BC" sorts before
"1999" and a month sorts before the days inside it (``When.sort_key``). The selection is
mirrored both ways with the canvas through :meth:`EventTable.select_events` and
``selection_changed``; a guard stops the two echoing each other.
"""

from __future__ import annotations

import weakref
from typing import Any

import shiboken6
from PySide6.QtCore import (
    QAbstractTableModel,
    QItemSelection,
    QItemSelectionModel,
    QModelIndex,
    QPersistentModelIndex,
    Qt,
    Signal,
)
from PySide6.QtGui import QIcon, QKeyEvent
from PySide6.QtWidgets import QAbstractItemView, QHeaderView, QTableView, QWidget

from timeline_app.model import Event, Timeline
from timeline_app.ui.dialogs.date_input import describe, short_label
from timeline_app.ui.panels.column_widths import side_widths
from timeline_app.ui.panels.document_list import color_swatch, document_colors
from timeline_app.ui.panels.event_sort import (
    CONFIDENCE,
    DATE,
    DOCUMENT,
    TITLE,
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

HEADERS = ("Date", "Title", "Document", "Confidence")
MAX_PATCH = 64  # more changed events than this: one reset is cheaper than many row moves
AnyIndex = QModelIndex | QPersistentModelIndex


class EventTableModel(QAbstractTableModel):
    """Rows are ``timeline.events()``, in that order, patched or reset as the timeline changes.

    An edit of one event changes that row (or moves it) instead of resetting the model: a
    reset makes the sort proxy recompute every row's sort key and re-sort.

    Signals:
        patch_started(): rows are about to be changed in place (like modelAboutToBeReset).
        patch_finished(): they were (like modelReset).
    """

    patch_started = Signal()
    patch_finished = Signal()

    def __init__(self, timeline: Timeline, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._timeline = timeline
        self._events: list[Event] = []
        self._ids: list[str] = []  # parallel to _events: list.index finds a row at C speed
        self._titles: dict[str, str] = {}
        self._swatches: dict[str, QIcon] = {}
        self._load()
        ref = weakref.ref(self)

        def listener(ids: frozenset[str] | None) -> None:
            # The timeline outlives tables: one deleted on the Qt side must not be called.
            model = ref()
            if model is not None and shiboken6.isValid(model):
                model._on_timeline_changed(ids)

        timeline.subscribe_changes(listener)

    def _load(self) -> None:
        """Snapshot events, titles and colour swatches (data() runs per cell, per paint)."""
        self._events = list(self._timeline.events())
        self._ids = [e.id for e in self._events]
        self._titles = {d.id: d.title for d in self._timeline.documents.values()}
        colors = document_colors(self._timeline)
        self._swatches = {doc_id: color_swatch(color) for doc_id, color in colors.items()}

    def event_at(self, row: int) -> Event:
        """The event shown in ``row`` (source model row)."""
        return self._events[row]

    def row_of(self, event_id: str) -> int:
        """Source row of an event id, or -1."""
        try:
            return self._ids.index(event_id)
        except ValueError:
            return -1

    def doc_titles(self) -> dict[str, str]:
        """Document id -> title, for display and sorting."""
        return self._titles

    def _on_timeline_changed(self, ids: frozenset[str] | None) -> None:
        if ids is None or len(ids) > MAX_PATCH:
            self.beginResetModel()
            self._load()
            self.endResetModel()
            return
        self.patch_started.emit()
        self._patch(ids)
        self.patch_finished.emit()

    def _patch(self, ids: frozenset[str]) -> None:
        """Make rows equal ``timeline.events()`` again when only ``ids`` changed.

        Changed rows are removed, then put back at their new positions in ascending order;
        the unchanged rows keep their relative order, so the result is the new list. A row
        that stays where it was only reports new data.
        """
        old = sorted((r for r in map(self.row_of, ids) if r >= 0), reverse=True)
        new = sorted(r for r in map(self._timeline.index_of, ids) if r >= 0)
        events = self._timeline.events()
        if len(new) == 1 and old == new:
            self._events[old[0]] = events[old[0]]
            self.dataChanged.emit(self.index(old[0], 0), self.index(old[0], len(HEADERS) - 1))
            return
        for row in old:
            self.beginRemoveRows(QModelIndex(), row, row)
            del self._events[row], self._ids[row]
            self.endRemoveRows()
        for row in new:
            self.beginInsertRows(QModelIndex(), row, row)
            self._events.insert(row, events[row])
            self._ids.insert(row, events[row].id)
            self.endInsertRows()

    def rowCount(self, parent: AnyIndex = QModelIndex()) -> int:  # noqa: B008
        """Qt override."""
        return 0 if parent.isValid() else len(self._events)

    def columnCount(self, parent: AnyIndex = QModelIndex()) -> int:  # noqa: B008
        """Qt override."""
        return 0 if parent.isValid() else len(HEADERS)

    def headerData(self, section: int, orientation: Qt.Orientation, role: int = 0) -> Any:
        """Qt override."""
        if orientation == Qt.Orientation.Horizontal and role == Qt.ItemDataRole.DisplayRole:
            return HEADERS[section]
        return None

    def data(self, index: AnyIndex, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        """Qt override: text, tooltips, colour swatches and alignment per column."""
        if not index.isValid():
            return None
        event = self._events[index.row()]
        column = index.column()
        if role == Qt.ItemDataRole.DisplayRole:
            return self._display(event, column)
        if role == Qt.ItemDataRole.ToolTipRole:
            if column == DATE:
                return f"Written as “{event.when.text}”: {describe(event.when)}\n{event.quote}"
            return event.title if column == TITLE else None
        if role == Qt.ItemDataRole.DecorationRole and column == DOCUMENT and event.documents:
            return self._swatches.get(event.documents[0])
        if role == Qt.ItemDataRole.TextAlignmentRole and column == CONFIDENCE:
            return int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        if role == Qt.ItemDataRole.UserRole:
            return event.id
        return None

    def _display(self, event: Event, column: int) -> str:
        if column == DATE:
            return short_label(event.when)
        if column == TITLE:
            return f"✎ {event.title}" if event.edited else event.title
        if column == DOCUMENT:
            return self._document_label(event)
        return "manual" if event.origin == "manual" else f"{event.confidence:.0%}"

    def _document_label(self, event: Event) -> str:
        if not event.documents:
            return "Added by hand"
        first = self._titles.get(event.documents[0], "?")
        extra = len(event.documents) - 1
        return f"{first} (+{extra})" if extra else first


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
