"""The event table: chronological sort with BCE, other columns, selection both ways."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import shiboken6
from PySide6.QtCore import Qt

from tests.ui.canvas_data import make_doc, make_event
from tests.ui.window_fixtures import sample_timeline
from timeline_app.model import Day, EventEdit, Timeline
from timeline_app.ui.panels import event_sort
from timeline_app.ui.panels.event_table import CONFIDENCE, DATE, TITLE, EventTable


def _ids(table: EventTable) -> list[str]:
    proxy = table.proxy
    return [
        proxy.data(proxy.index(r, 0), Qt.ItemDataRole.UserRole) for r in range(proxy.rowCount())
    ]


def test_sorts_chronologically_with_bce_first(qtbot: Any, isolated: Path) -> None:
    table = EventTable(sample_timeline())
    qtbot.addWidget(table)
    table.sortByColumn(DATE, Qt.SortOrder.AscendingOrder)
    assert _ids(table) == ["ev-pyramid", "ev-critics", "ev-vote", "ev-law"]
    table.sortByColumn(DATE, Qt.SortOrder.DescendingOrder)
    assert _ids(table)[0] == "ev-law"


def test_sorts_by_title_and_confidence(qtbot: Any, isolated: Path) -> None:
    table = EventTable(sample_timeline())
    qtbot.addWidget(table)
    table.sortByColumn(TITLE, Qt.SortOrder.AscendingOrder)
    assert _ids(table)[0] == "ev-critics"
    table.sortByColumn(CONFIDENCE, Qt.SortOrder.DescendingOrder)
    assert _ids(table)[0] == "ev-vote"


def test_select_events_does_not_echo(qtbot: Any, isolated: Path) -> None:
    table = EventTable(sample_timeline())
    qtbot.addWidget(table)
    with qtbot.assertNotEmitted(table.selection_changed):
        table.select_events(["ev-law", "ev-pyramid"])
    assert sorted(table.selected_ids()) == ["ev-law", "ev-pyramid"]


def test_user_selection_is_emitted(qtbot: Any, isolated: Path) -> None:
    table = EventTable(sample_timeline())
    qtbot.addWidget(table)
    with qtbot.waitSignal(table.selection_changed) as blocker:
        table.selectRow(0)
    assert blocker.args == [["ev-pyramid"]]


def test_selection_survives_timeline_change(qtbot: Any, isolated: Path) -> None:
    timeline = sample_timeline()
    table = EventTable(timeline)
    qtbot.addWidget(table)
    table.select_events(["ev-vote"])
    timeline.remove_manual("nothing")  # any change resets the model
    assert table.selected_ids() == ["ev-vote"]


def test_edited_events_are_marked(qtbot: Any, isolated: Path) -> None:
    from timeline_app.model import EventEdit

    timeline = sample_timeline()
    table = EventTable(timeline)
    qtbot.addWidget(table)
    timeline.set_edit("ev-vote", EventEdit(title="Renamed"))
    model = table.source_model
    row = model.row_of("ev-vote")
    assert model.data(model.index(row, TITLE)) == "✎ Renamed"


def _tied_timeline() -> Timeline:
    """Same-day events with repeated titles: most rows tie on the sorted column."""
    doc = make_doc("Ties")
    events = [
        make_event(doc, ("Vote", "vote", "Talks")[n % 3], Day(2020, 1, 1 + n % 2), quote=f"Q{n}.")
        for n in range(12)
    ]
    timeline = Timeline()
    timeline.set_extraction([doc], events)
    return timeline


def test_ties_keep_timeline_order_and_descending_is_the_exact_reverse(
    qtbot: Any, isolated: Path
) -> None:
    timeline = _tied_timeline()
    table = EventTable(timeline)
    qtbot.addWidget(table)
    order = [e.id for e in timeline.events()]
    shown = {e.id: e for e in timeline.events()}
    keys = {
        DATE: lambda i: (shown[i].when.sort_key(), shown[i].title.casefold(), order.index(i)),
        TITLE: lambda i: (shown[i].title.casefold(), order.index(i)),  # "Vote" ties "vote"
    }
    for column, key in keys.items():
        table.sortByColumn(column, Qt.SortOrder.AscendingOrder)
        assert _ids(table) == sorted(order, key=key)
        table.sortByColumn(column, Qt.SortOrder.DescendingOrder)
        assert _ids(table) == sorted(order, key=key)[::-1]


def test_sort_computes_one_key_per_row(qtbot: Any, isolated: Path, monkeypatch: Any) -> None:
    table = EventTable(_tied_timeline())
    qtbot.addWidget(table)
    calls: list[int] = []
    real = event_sort.sort_value

    def counting(*args: Any) -> Any:
        calls.append(1)
        return real(*args)

    monkeypatch.setattr(event_sort, "sort_value", counting)
    table.sortByColumn(TITLE, Qt.SortOrder.AscendingOrder)
    assert len(calls) == table.proxy.rowCount()  # not n·log n comparisons


def test_edit_moves_the_row_in_a_title_sort_and_keeps_selection(
    qtbot: Any, isolated: Path
) -> None:
    timeline = sample_timeline()
    table = EventTable(timeline)
    qtbot.addWidget(table)
    table.sortByColumn(TITLE, Qt.SortOrder.AscendingOrder)
    table.select_events(["ev-vote"])
    timeline.set_edit("ev-vote", EventEdit(title="AAA first"))
    assert _ids(table)[0] == "ev-vote"
    assert table.selected_ids() == ["ev-vote"]


def test_filter_keeps_headers_and_order(qtbot: Any, isolated: Path) -> None:
    table = EventTable(sample_timeline())
    qtbot.addWidget(table)
    table.set_predicate(lambda e: e.id != "ev-critics")
    assert _ids(table) == ["ev-pyramid", "ev-vote", "ev-law"]
    table.set_predicate(lambda e: False)
    assert table.proxy.rowCount() == 0
    assert table.proxy.headerData(0, Qt.Orientation.Horizontal) == "Date"
    table.set_predicate(None)
    assert _ids(table) == ["ev-pyramid", "ev-critics", "ev-vote", "ev-law"]


def test_table_deleted_on_the_qt_side_ignores_timeline_changes(qtbot: Any, isolated: Path) -> None:
    timeline = sample_timeline()
    table = EventTable(timeline)
    model = table.source_model
    shiboken6.delete(table)
    assert not shiboken6.isValid(model)
    timeline.set_edit("ev-vote", EventEdit(title="Renamed"))  # must not raise
    timeline.remove_manual("nothing")
