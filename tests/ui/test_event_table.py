"""The event table: chronological sort with BCE, other columns, selection both ways."""

from __future__ import annotations

from pathlib import Path
from typing import Any

from PySide6.QtCore import Qt

from tests.ui.window_fixtures import sample_timeline
from timeline_app.ui.event_table import CONFIDENCE, DATE, TITLE, EventTable


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
