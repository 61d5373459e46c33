"""The main window as a user meets it: drop files, see events, select, filter, delete."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QWidget

from tests.ui.window_fixtures import (
    OTHER_ARTICLE,
    drop_files,
    sample_timeline,
    wait_idle,
    write_article,
)

MAIN_WIDGETS = [
    "timelineView",
    "eventTable",
    "detailPanel",
    "searchBox",
    "dateFilter",
    "progressArea",
    "errorList",
    "documentList",
    "sourceViewer",
]


def test_main_widgets_have_object_and_accessible_names(window: Any) -> None:
    for name in MAIN_WIDGETS:
        widget = window.findChild(QWidget, name)
        assert widget is not None, name
        assert widget.accessibleName(), name


def test_dropped_file_becomes_events(qtbot: Any, window: Any, isolated: Path) -> None:
    path = write_article(isolated)
    drop_files(window, [path])
    wait_idle(qtbot, window)
    assert len(window.timeline.documents) == 1
    events = window.timeline.events()
    assert events, "the article's dates should become events"
    assert window.table.proxy.rowCount() == len(events)
    assert window.view.scene() is not None


def test_same_file_twice_is_added_once(qtbot: Any, window: Any, isolated: Path) -> None:
    path = write_article(isolated)
    drop_files(window, [path])
    wait_idle(qtbot, window)
    count = len(window.timeline.events())
    copy = write_article(isolated, "copy-of-bridge.txt")  # same text, other path
    drop_files(window, [path, copy])
    wait_idle(qtbot, window)
    assert len(window.timeline.documents) == 1
    assert len(window.timeline.events()) == count
    assert "already on the timeline" in window.statusBar().currentMessage()


def test_bad_file_is_listed_and_others_carry_on(qtbot: Any, window: Any, isolated: Path) -> None:
    bad = isolated / "empty.txt"
    bad.write_bytes(b"")
    good = write_article(isolated, "museum.txt", OTHER_ARTICLE)
    drop_files(window, [bad, good])
    wait_idle(qtbot, window)
    entries = window.errors.entries()
    assert len(entries) == 1
    assert entries[0].startswith("empty.txt — ")
    assert window.errors_dock.isVisibleTo(window)
    assert len(window.timeline.documents) == 1
    drop_files(window, [write_article(isolated)])  # and the app keeps working
    wait_idle(qtbot, window)
    assert len(window.timeline.documents) == 2


def test_selecting_in_view_shows_quote_and_selects_row(qtbot: Any, isolated: Path) -> None:
    from timeline_app.ui.window.main_window import MainWindow

    win = MainWindow(sample_timeline())
    qtbot.addWidget(win)
    win.view.select_events(["ev-critics"])
    assert win.detail.event_id() == "ev-critics"
    assert "Critics said last Tuesday" in win.detail.quote_text()
    assert "resolved from reference date 2021-09-30 (dateline)" in win.detail.quote_text()
    assert win.table.selected_ids() == ["ev-critics"]
    win.projects.set_dirty(False)


def test_selecting_in_table_selects_in_view(qtbot: Any, isolated: Path) -> None:
    from timeline_app.ui.window.main_window import MainWindow

    win = MainWindow(sample_timeline())
    qtbot.addWidget(win)
    win.table.select_events(["ev-law"])  # programmatic: no echo
    win.table.selectRow(0)  # like a click on the first (earliest) row
    assert win.view.selected_ids() == ["ev-pyramid"]
    assert win.detail.event_id() == "ev-pyramid"
    win.projects.set_dirty(False)


def test_enter_opens_source_with_quote_highlighted(qtbot: Any, isolated: Path) -> None:
    from timeline_app.ui.window.main_window import MainWindow

    win = MainWindow(sample_timeline())
    qtbot.addWidget(win)
    win.table.selectRow(1)
    win.table.setFocus()
    qtbot.keyClick(win.table, Qt.Key.Key_Return)
    assert win.side_tabs.currentWidget() is win.source
    quote = win.timeline.event(win.selected_ids()[0]).quote
    assert win.source.highlighted_text() == quote
    win.projects.set_dirty(False)


def test_search_filters_table_and_view(qtbot: Any, isolated: Path) -> None:
    from timeline_app.ui.window.main_window import MainWindow

    win = MainWindow(sample_timeline())
    qtbot.addWidget(win)
    win.filter_bar.search_box.setText("giza")
    qtbot.waitUntil(lambda: win.table.proxy.rowCount() == 1)
    win.filter_bar.search_box.clear()
    qtbot.waitUntil(lambda: win.table.proxy.rowCount() == 4)
    win.filter_bar.from_box.setText("2022")
    win.filter_bar.from_box.editingFinished.emit()
    assert win.table.proxy.rowCount() == 1
    win.projects.set_dirty(False)


def test_hiding_a_document_hides_its_rows(qtbot: Any, isolated: Path) -> None:
    from timeline_app.ui.window.main_window import MainWindow

    win = MainWindow(sample_timeline())
    qtbot.addWidget(win)
    win.legend.item(1).setCheckState(Qt.CheckState.Unchecked)  # the pyramid article
    assert win.table.proxy.rowCount() == 3
    win.projects.set_dirty(False)


def test_delete_key_removes_and_undo_restores(qtbot: Any, isolated: Path) -> None:
    from timeline_app.ui.window.main_window import MainWindow

    win = MainWindow(sample_timeline())
    qtbot.addWidget(win)
    win.select_events(["ev-law"])
    win.menu_actions.delete.trigger()
    assert win.timeline.event("ev-law") is None
    assert win.windowTitle().startswith("Untitled")
    assert win.isWindowModified()
    win.menu_actions.undo.trigger()
    assert win.timeline.event("ev-law") is not None
    win.menu_actions.redo.trigger()
    assert win.timeline.event("ev-law") is None
    win.projects.set_dirty(False)


def test_paste_text_becomes_a_document(qtbot: Any, window: Any) -> None:
    from PySide6.QtGui import QGuiApplication

    QGuiApplication.clipboard().setText(OTHER_ARTICLE)
    window.menu_actions.paste.trigger()
    wait_idle(qtbot, window)
    assert len(window.timeline.documents) == 1
    document = next(iter(window.timeline.documents.values()))
    assert document.format == "paste"


def test_keyboard_shortcuts(qtbot: Any, isolated: Path) -> None:
    from timeline_app.ui.window.main_window import MainWindow

    win = MainWindow(sample_timeline())
    qtbot.addWidget(win)
    win.show()
    win.activateWindow()
    qtbot.waitExposed(win)
    qtbot.waitUntil(lambda: win.isActiveWindow())
    win.view.setFocus()
    qtbot.keyClick(win.view, Qt.Key.Key_F, Qt.KeyboardModifier.ControlModifier)
    assert win.filter_bar.search_box.hasFocus()
    win.select_events(["ev-law"])
    win.view.setFocus()
    qtbot.keyClick(win.view, Qt.Key.Key_Delete)
    assert win.timeline.event("ev-law") is None
    qtbot.keyClick(win.view, Qt.Key.Key_Z, Qt.KeyboardModifier.ControlModifier)
    assert win.timeline.event("ev-law") is not None
    shift_ctrl = Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.ShiftModifier
    qtbot.keyClick(win.view, Qt.Key.Key_Z, shift_ctrl)
    assert win.timeline.event("ev-law") is None
    first, last = win.view.visible_range()
    qtbot.keyClick(win.view, Qt.Key.Key_Plus)
    new_first, new_last = win.view.visible_range()
    assert new_last - new_first < last - first
    win.projects.set_dirty(False)


def test_cancel_stops_extraction(qtbot: Any, window: Any, isolated: Path) -> None:
    paths = [
        write_article(isolated, f"a{i}.txt", f"Item {i} happened on {i + 1} May 2020.\n")
        for i in range(6)
    ]
    drop_files(window, paths)
    assert window.progress.isVisibleTo(window)
    window.progress.cancel_button.click()
    wait_idle(qtbot, window)
    assert len(window.timeline.documents) < 6
    assert not window.progress.isVisibleTo(window)
    assert window.statusBar().currentMessage().startswith(("Cancelled", "Cancelling"))


@pytest.mark.slow
def test_real_engine_reads_the_samples(qtbot: Any, isolated: Path, monkeypatch: Any) -> None:
    """The whole path with spaCy: model warm-up on the worker, then the sample articles."""
    from timeline_app.core import nlp
    from timeline_app.ui.base.app_resources import samples_dir
    from timeline_app.ui.window.main_window import MainWindow

    monkeypatch.delenv("TIMELINE_NO_MODEL")
    nlp.load_nlp.cache_clear()
    win = MainWindow()
    qtbot.addWidget(win)
    with qtbot.waitSignal(win.ingest.queue.model_loaded, timeout=120000):
        win.ingest.queue.warm_up()
    win.menu_actions.open_sample.trigger()
    wait_idle(qtbot, win, timeout=120000)
    assert samples_dir() is not None
    assert len(win.timeline.documents) == len(list(samples_dir().iterdir()))
    assert len(win.timeline.events()) > 10
    win.projects.set_dirty(False)


def test_ctrl_v_pastes_an_article_but_not_into_the_search_box(qtbot: Any, window: Any) -> None:
    from PySide6.QtGui import QGuiApplication

    window.show()
    window.activateWindow()
    qtbot.waitExposed(window)
    qtbot.waitUntil(window.isActiveWindow)
    QGuiApplication.clipboard().setText(OTHER_ARTICLE)
    window.table.setFocus()
    qtbot.keyClick(window.table, Qt.Key.Key_V, Qt.KeyboardModifier.ControlModifier)
    wait_idle(qtbot, window)
    assert len(window.timeline.documents) == 1
    box = window.filter_bar.search_box
    box.setFocus()
    qtbot.keyClick(box, Qt.Key.Key_V, Qt.KeyboardModifier.ControlModifier)
    assert "museum" in box.text()
    assert not window.ingest.is_busy()


def test_drag_enter_accepts_local_files_only(window: Any, isolated: Path) -> None:
    from PySide6.QtCore import QMimeData, QPoint, QUrl
    from PySide6.QtGui import QDragEnterEvent

    def drag(urls: list[QUrl]) -> QDragEnterEvent:
        mime = QMimeData()
        mime.setUrls(urls)
        event = QDragEnterEvent(
            QPoint(10, 10),
            Qt.DropAction.CopyAction,
            mime,
            Qt.MouseButton.LeftButton,
            Qt.KeyboardModifier.NoModifier,
        )
        event.ignore()
        window.dragEnterEvent(event)
        return event

    assert drag([QUrl.fromLocalFile(str(write_article(isolated)))]).isAccepted()
    assert "Drop to add 1 item" in window.statusBar().currentMessage()
    assert not drag([QUrl("https://example.com/a.html")]).isAccepted()


def test_search_matches_what_events_say_not_their_article_title(
    qtbot: Any, isolated: Path
) -> None:
    from timeline_app.ui.window.main_window import MainWindow

    win = MainWindow(sample_timeline())
    qtbot.addWidget(win)
    bar = win.filter_bar
    bar.search_box.setText("votes")  # only in the headline "Parliament votes on …"
    qtbot.waitUntil(lambda: bar.current().text == "votes")
    assert win.table.proxy.rowCount() == 0
    assert bar.result_count.text() == "0 of 4 events"
    bar.in_documents.setChecked(True)  # the explicit choice
    assert win.table.proxy.rowCount() == 3
    assert bar.result_count.text() == "3 of 4 events"
    bar.search_box.clear()
    qtbot.waitUntil(lambda: bar.result_count.text() == "")
    win.projects.set_dirty(False)


def test_tab_walks_the_whole_window_and_leaves_the_table(qtbot: Any, isolated: Path) -> None:
    from PySide6.QtTest import QTest
    from PySide6.QtWidgets import QApplication

    from timeline_app.ui.window.main_window import MainWindow

    win = MainWindow(sample_timeline())
    qtbot.addWidget(win)
    win.show()
    qtbot.waitExposed(win)
    win.activateWindow()
    win.view.setFocus()
    qtbot.waitUntil(lambda: QApplication.focusWidget() is win.view)
    seen: list[str] = []
    for _ in range(12):
        QTest.keyClick(QApplication.focusWidget(), Qt.Key.Key_Tab)
        seen.append(QApplication.focusWidget().objectName())
    expected = ["searchBox", "dateFrom", "dateTo", "eventTable", "detailBody"]
    assert seen[: len(expected)] == expected
    assert "documentList" in seen
    assert seen.count("eventTable") <= 2  # Tab leaves the table (it once kept Tab forever)
    assert seen.index("documentList") > seen.index("eventTable")
    win.projects.set_dirty(False)


def test_every_button_is_named_for_screen_readers(window: Any) -> None:
    from PySide6.QtWidgets import QAbstractButton

    window.show()
    unnamed = [b for b in window.findChildren(QAbstractButton) if not b.accessibleName()]
    assert unnamed == []
    assert window.table.horizontalHeader().accessibleName() == "Event table columns"
