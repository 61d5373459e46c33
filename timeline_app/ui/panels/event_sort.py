"""Sorting and filtering proxy for the event table, sorted by Python's ``list.sort``.

A ``QSortFilterProxyModel`` compares rows one pair at a time: through a Python
``lessThan``, or through a Python ``data()`` for a sort role. Either way Qt calls into
Python about 2·n·log n times, which on 100,000 events is 7–14 s. This proxy computes one
key per row instead (n Python calls) and lets ``list.sort`` order them in C: a
fraction of a second. Single-row changes from the source (the table model's patches) are
placed with a binary search, so an edit stays cheap.

Order: the column's :func:`sort_value`, then the source row, which is timeline order.
The tie-break makes the order total, so patched rows land where a full sort puts them;
a descending sort is the exact reverse of the ascending one.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import (
    QAbstractProxyModel,
    QModelIndex,
    QObject,
    QPersistentModelIndex,
    Qt,
)

from timeline_app.model import Event
from timeline_app.ui.panels.event_columns import DATE, DOCUMENT, TITLE

if TYPE_CHECKING:
    from timeline_app.ui.panels.event_model import EventTableModel

EventPredicate = Callable[[Event], bool]
AnyIndex = QModelIndex | QPersistentModelIndex


def sort_value(event: Event, column: int, doc_titles: dict[str, str]) -> Any:
    """What a column sorts by: chronology for dates, casefolded text, plain numbers."""
    if column == DATE:
        return (*event.when.sort_key(), event.title.casefold())
    if column == TITLE:
        return event.title.casefold()
    if column == DOCUMENT:
        first = event.documents[0] if event.documents else ""
        return doc_titles.get(first, "").casefold()
    return event.confidence


class EventSortProxy(QAbstractProxyModel):
    """Rows of a flat event model, filtered by a predicate and sorted by one column.

    ``_rows`` maps proxy row -> source row; the inverse is rebuilt lazily when needed.
    """

    def __init__(self, source: EventTableModel, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._source = source
        self._predicate: EventPredicate | None = None
        self._column = -1  # -1: source order, as QSortFilterProxyModel
        self._order = Qt.SortOrder.AscendingOrder
        self._rows: list[int] = []
        self._where: list[int] | None = None
        self._keys: dict[int, tuple[Event, Any]] = {}  # see _sort_keys
        self._keys_for: tuple[int, object] = (-1, None)
        self.setSourceModel(source)
        source.modelAboutToBeReset.connect(self.beginResetModel)
        source.modelReset.connect(self._on_source_reset)
        source.rowsAboutToBeRemoved.connect(self._on_rows_about_to_be_removed)
        source.rowsRemoved.connect(self._on_rows_removed)
        source.rowsInserted.connect(self._on_rows_inserted)
        source.dataChanged.connect(self._on_data_changed)
        self._rows = self._compute_rows()

    # -- public API -------------------------------------------------------------------
    def set_predicate(self, predicate: EventPredicate | None) -> None:
        """Show only events for which ``predicate`` is true (None shows all)."""
        self._predicate = predicate
        self._relayout()

    def sort(self, column: int, order: Qt.SortOrder = Qt.SortOrder.AscendingOrder) -> None:
        """Qt override: sort by ``column`` (-1: source order); keeps the selection.

        Rows are kept in order as the source changes, so sorting again the same way is a
        no-op (``QTableView`` asks twice when sorting is switched on).
        """
        if (column, order) == (self._column, self._order):
            return
        self._column, self._order = column, order
        self._relayout()

    def sortColumn(self) -> int:
        """Qt override."""
        return self._column

    def sortOrder(self) -> Qt.SortOrder:
        """Qt override."""
        return self._order

    # -- structure --------------------------------------------------------------------
    def index(self, row: int, column: int, parent: AnyIndex = QModelIndex()) -> QModelIndex:  # noqa: B008
        """Qt override."""
        if parent.isValid() or not (0 <= row < len(self._rows)):
            return QModelIndex()
        if not 0 <= column < self._source.columnCount():
            return QModelIndex()
        return self.createIndex(row, column)

    def parent(self, index: AnyIndex = QModelIndex()) -> QModelIndex:  # type: ignore[override]  # noqa: B008
        """Qt override: the model is flat."""
        return QModelIndex()

    def rowCount(self, parent: AnyIndex = QModelIndex()) -> int:  # noqa: B008
        """Qt override."""
        return 0 if parent.isValid() else len(self._rows)

    def columnCount(self, parent: AnyIndex = QModelIndex()) -> int:  # noqa: B008
        """Qt override."""
        return 0 if parent.isValid() else self._source.columnCount()

    def hasChildren(self, parent: AnyIndex = QModelIndex()) -> bool:  # noqa: B008
        """Qt override: the root has children only when some row passes the filter."""
        return not parent.isValid() and bool(self._rows)

    def headerData(self, section: int, orientation: Qt.Orientation, role: int = 0) -> Any:
        """Qt override: column titles even when no row is shown."""
        if orientation == Qt.Orientation.Horizontal:
            return self._source.headerData(section, orientation, role)
        return super().headerData(section, orientation, role)

    def mapToSource(self, proxy_index: AnyIndex) -> QModelIndex:
        """Qt override."""
        if not proxy_index.isValid():
            return QModelIndex()
        return self._source.index(self._rows[proxy_index.row()], proxy_index.column())

    def mapFromSource(self, source_index: AnyIndex) -> QModelIndex:
        """Qt override."""
        if not source_index.isValid():
            return QModelIndex()
        row = self._where_of(source_index.row())
        return self.createIndex(row, source_index.column()) if row >= 0 else QModelIndex()

    # -- ordering ---------------------------------------------------------------------
    def _key(self, source_row: int) -> tuple[Any, int]:
        if self._column < 0:
            return (0, source_row)
        event = self._source.event_at(source_row)
        return (sort_value(event, self._column, self._source.doc_titles()), source_row)

    def _accepts(self, source_row: int) -> bool:
        return self._predicate is None or self._predicate(self._source.event_at(source_row))

    def _compute_rows(self) -> list[int]:
        """Every accepted source row in display order: n key calls, then a C sort."""
        count = self._source.rowCount()
        if self._column < 0:
            rows = list(range(count))
        else:
            keys = self._sort_keys()
            rows = sorted(range(count), key=keys.__getitem__)  # stable: ties by row
        if self._order == Qt.SortOrder.DescendingOrder:
            rows.reverse()
        if self._predicate is not None:
            rows = [r for r in rows if self._accepts(r)]
        return rows

    def _sort_keys(self) -> list[Any]:
        """Each row's :func:`sort_value`, reusing those of events seen last time.

        A batch of 50 articles resets a table of 17,000 rows; the old events are the same
        objects (and their documents' titles the same), so only the new rows need a key.
        Kept by ``id(event)`` with the event itself, checked by identity.
        """
        column, titles = self._column, self._source.doc_titles()
        depends = (column, titles if column == DOCUMENT else None)  # titles: that column's
        old = self._keys if self._keys_for == depends else {}
        fresh: dict[int, tuple[Event, Any]] = {}
        keys = []
        seen = old.get
        for event in self._source.events():  # one per source row, in row order
            hit = seen(id(event))
            key = hit[1] if hit is not None and hit[0] is event else None
            if key is None:
                key = sort_value(event, column, titles)
            fresh[id(event)] = (event, key)
            keys.append(key)
        self._keys, self._keys_for = fresh, depends
        return keys

    def _find(self, source_row: int) -> int:
        """Proxy row of ``source_row`` or -1, by a C-speed search: for the few rows a patch
        touches, cheaper than rebuilding the inverse map after every row it moves."""
        try:
            return self._rows.index(source_row)
        except ValueError:
            return -1

    def _where_of(self, source_row: int) -> int:
        if self._where is None:
            where = [-1] * self._source.rowCount()
            for proxy_row, row in enumerate(self._rows):
                where[row] = proxy_row
            self._where = where
        return self._where[source_row] if 0 <= source_row < len(self._where) else -1

    def _insert_position(self, source_row: int) -> int:
        """Binary search for where ``source_row`` belongs among ``_rows``."""
        key = self._key(source_row)
        descending = self._order == Qt.SortOrder.DescendingOrder
        lo, hi = 0, len(self._rows)
        while lo < hi:
            mid = (lo + hi) // 2
            other = self._key(self._rows[mid])
            if (other > key) if descending else (other < key):
                lo = mid + 1
            else:
                hi = mid
        return lo

    def _relayout(self) -> None:
        """Re-sort and re-filter everything, keeping persistent indexes (the selection)."""
        self.layoutAboutToBeChanged.emit()
        old = self.persistentIndexList()
        sources = [(self._rows[i.row()], i.column()) for i in old]
        self._rows = self._compute_rows()
        self._where = None
        new = []
        for row, column in sources:
            proxy_row = self._where_of(row)
            new.append(self.createIndex(proxy_row, column) if proxy_row >= 0 else QModelIndex())
        self.changePersistentIndexList(old, new)
        self.layoutChanged.emit()

    # -- source changes ---------------------------------------------------------------
    def _on_source_reset(self) -> None:
        self._rows = self._compute_rows()
        self._where = None
        self.endResetModel()

    def _remove_proxy_row(self, proxy_row: int) -> None:
        self.beginRemoveRows(QModelIndex(), proxy_row, proxy_row)
        del self._rows[proxy_row]
        self._where = None
        self.endRemoveRows()

    def _insert_source_row(self, source_row: int) -> None:
        if not self._accepts(source_row):
            return
        proxy_row = self._insert_position(source_row)
        self.beginInsertRows(QModelIndex(), proxy_row, proxy_row)
        self._rows.insert(proxy_row, source_row)
        self._where = None
        self.endInsertRows()

    def _on_rows_about_to_be_removed(self, parent: QModelIndex, first: int, last: int) -> None:
        # Removed here, while the source rows still exist, so views can still read them.
        for source_row in range(last, first - 1, -1):
            proxy_row = self._find(source_row)
            if proxy_row >= 0:
                self._remove_proxy_row(proxy_row)

    def _on_rows_removed(self, parent: QModelIndex, first: int, last: int) -> None:
        count = last - first + 1
        self._rows = [r - count if r > last else r for r in self._rows]
        self._where = None

    def _on_rows_inserted(self, parent: QModelIndex, first: int, last: int) -> None:
        count = last - first + 1
        self._rows = [r + count if r >= first else r for r in self._rows]
        self._where = None
        for source_row in range(first, last + 1):
            self._insert_source_row(source_row)

    def _on_data_changed(
        self, top_left: QModelIndex, bottom_right: QModelIndex, *_: object
    ) -> None:
        """A changed row may move (new key) or appear/disappear (filter)."""
        for source_row in range(top_left.row(), bottom_right.row() + 1):
            proxy_row = self._find(source_row)
            if proxy_row >= 0 and self._accepts(source_row):
                del self._rows[proxy_row]
                position = self._insert_position(source_row)
                self._rows.insert(proxy_row, source_row)
                if position == proxy_row:
                    last = self.columnCount() - 1
                    self.dataChanged.emit(self.index(proxy_row, 0), self.index(proxy_row, last))
                    continue
            if proxy_row >= 0:
                self._remove_proxy_row(proxy_row)
            self._insert_source_row(source_row)
