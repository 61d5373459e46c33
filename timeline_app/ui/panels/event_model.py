"""The event table's rows: one per timeline event, patched in place on edits.

Split from :mod:`event_table` so the sorting proxy (:mod:`event_sort`) can name the model
it sorts without the table and its proxy importing each other.
"""

from __future__ import annotations

import weakref
from typing import Any

import shiboken6
from PySide6.QtCore import (
    QAbstractTableModel,
    QModelIndex,
    QPersistentModelIndex,
    Qt,
    Signal,
)
from PySide6.QtGui import QIcon
from PySide6.QtWidgets import QWidget

from timeline_app.model import Event, Timeline
from timeline_app.model.when_text import short_label
from timeline_app.ui.base.date_input import describe
from timeline_app.ui.base.soon import run_soon
from timeline_app.ui.panels.document_list import color_swatch, document_colors
from timeline_app.ui.panels.event_columns import CONFIDENCE, DATE, DOCUMENT, TITLE

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
        self._documents_version = -1
        self._reset_pending = False
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
        self._load_documents()

    def _load_documents(self) -> bool:
        """Snapshot document titles and swatches; False if a shown title or colour changed
        (rather than documents only being added)."""
        self._documents_version = self._timeline.documents_version
        titles = {d.id: d.title for d in self._timeline.documents.values()}
        colors = document_colors(self._timeline)
        swatches = {doc_id: color_swatch(color) for doc_id, color in colors.items()}
        kept = all(titles.get(i) == t for i, t in self._titles.items()) and all(
            swatches.get(i) is icon for i, icon in self._swatches.items()
        )
        self._titles, self._swatches = titles, swatches
        return kept

    def events(self) -> list[Event]:
        """Every row's event, in row order (the model's own list: do not change it)."""
        return self._events

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
        if ids is None:
            self._reset()
            return
        if self._reset_pending:
            return  # the pending reset reads the timeline as it will be then
        documents_changed = self._documents_version != self._timeline.documents_version
        if documents_changed and not self._load_documents():
            self._reset()  # a document was renamed or recoloured: its rows say so at once
            return
        if len(ids) > MAX_PATCH:
            # A batch of articles arrived: the table catches up in a turn of the event loop
            # of its own, so the window never pauses for the canvas and the table at once.
            self._reset_pending = True
            run_soon(self, self._reset_if_pending)
            return
        self.patch_started.emit()
        self._patch(ids)
        self.patch_finished.emit()

    def _reset_if_pending(self) -> None:
        if self._reset_pending:
            self._reset()

    def _reset(self) -> None:
        self._reset_pending = False
        self.beginResetModel()
        self._load()
        self.endResetModel()

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
