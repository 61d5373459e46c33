"""The window as the user meets it: size, documents menu, reference dates, search, dialogs."""

from __future__ import annotations

from pathlib import Path
from typing import Any

from PySide6.QtCore import QRect, QSize
from pytestqt.qtbot import QtBot

from tests.ui.window_fixtures import sample_timeline, wait_idle, write_article
from timeline_app.model import Day


def test_window_size_follows_the_screen() -> None:
    from timeline_app.ui.window.window_layout import initial_size

    assert initial_size(QRect(0, 0, 1440, 900)) == QSize(1296, 810)
    assert initial_size(QRect(0, 0, 2560, 1440)) == QSize(2304, 1296)
    assert initial_size(QRect(0, 0, 1200, 760)) == QSize(1100, 700)  # the minimum
    assert initial_size(QRect(0, 0, 1024, 600)) == QSize(1024, 600)  # never off-screen


def test_timeline_gets_most_height_and_documents_are_readable(
    qtbot: QtBot, isolated: Path
) -> None:
    from timeline_app.ui.window.main_window import MainWindow

    win = MainWindow(sample_timeline())
    qtbot.addWidget(win)
    win.show()
    qtbot.waitExposed(win)
    top, bottom = win.splitter.sizes()
    assert top > bottom
    assert win.documents_dock.width() >= 280
    item = win.legend.item(0)
    assert "Reference date: 30 Sep 2021, from the dateline" in item.toolTip()
    win.projects.set_dirty(False)


def test_reference_dialog_reads_typed_dates(qtbot: QtBot) -> None:
    from PySide6.QtWidgets import QDialogButtonBox

    from timeline_app.ui.dialogs.reference_dialog import ReferenceDateDialog

    timeline = sample_timeline()
    document = next(d for d in timeline.documents.values() if d.reference_date)
    dialog = ReferenceDateDialog(document)
    qtbot.addWidget(dialog)
    assert dialog.current.text() == "30 Sep 2021, from the dateline"
    ok = dialog.buttons.button(QDialogButtonBox.StandardButton.Ok)
    dialog.date_edit.setText("2 June 2024")
    assert dialog.day() == Day(2024, 6, 2)
    assert ok.isEnabled()
    assert "2 Jun 2024" in dialog.preview.text()
    dialog.date_edit.setText("not a date")
    assert dialog.day() is None
    assert not ok.isEnabled()


def test_documents_menu_offers_reference_date_and_removal(qtbot: QtBot, isolated: Path) -> None:
    from timeline_app.ui.window.main_window import MainWindow

    win = MainWindow(sample_timeline())
    qtbot.addWidget(win)
    doc_id = next(iter(win.timeline.documents))
    texts = [a.text() for a in win.legend.context_menu(doc_id).actions() if a.text()]
    assert texts == ["Show Text", "Set Reference Date…", "Language", "Remove Document"]
    win.projects.set_dirty(False)


def test_remove_document_is_undoable(qtbot: QtBot, isolated: Path) -> None:
    from timeline_app.ui.window.main_window import MainWindow

    win = MainWindow(sample_timeline())
    qtbot.addWidget(win)
    order = list(win.timeline.documents)
    before = {e.id for e in win.timeline.events()}
    win.documents.remove_document(order[0])
    assert list(win.timeline.documents) == order[1:]
    assert win.legend.count() == 1
    assert "ev-vote" not in {e.id for e in win.timeline.events()}
    assert win.table.proxy.rowCount() == len(win.timeline.events())
    win.undo_stack.undo()
    assert list(win.timeline.documents) == order
    assert {e.id for e in win.timeline.events()} == before
    win.projects.set_dirty(False)


def test_set_reference_date_rereads_the_document(
    qtbot: Any, window: Any, isolated: Path, monkeypatch: Any
) -> None:
    from timeline_app.ui.controllers.commands import edit_title
    from timeline_app.ui.dialogs.reference_dialog import ReferenceDateDialog

    window.open_paths([write_article(isolated)])
    wait_idle(qtbot, window)
    doc_id = next(iter(window.timeline.documents))
    kept = window.timeline.events()[0].id
    window.undo_stack.push(edit_title(window.timeline, kept, "My own title"))
    monkeypatch.setattr(ReferenceDateDialog, "ask", classmethod(lambda *_a: Day(2021, 3, 5)))
    window.documents.set_reference_date(doc_id)
    wait_idle(qtbot, window)
    document = window.timeline.documents[doc_id]
    assert (document.reference_date, document.reference_source) == (Day(2021, 3, 5), "user")
    assert len(window.timeline.documents) == 1
    assert window.timeline.event(kept).title == "My own title"
    assert "30 Sep" not in window.legend.item(0).toolTip()
    assert "5 Mar 2021, set by you" in window.legend.item(0).toolTip()
    assert "against 5 Mar 2021" in window.statusBar().currentMessage()


def test_resources_are_found_in_a_pyinstaller_bundle(tmp_path: Path, monkeypatch: Any) -> None:
    import sys

    from timeline_app.ui.base import app_resources

    checkout = app_resources.resource("style.qss")
    assert checkout is not None
    assert checkout.name == "style.qss"
    assert app_resources.samples_dir() is not None
    bundle = tmp_path / "bundle" / "resources"
    (bundle / "icons").mkdir(parents=True)
    (bundle / "style.qss").write_text("QWidget { image: url(@ICONS@/x.svg); }", encoding="utf-8")
    monkeypatch.setattr(sys, "_MEIPASS", str(tmp_path / "bundle"), raising=False)
    assert app_resources.resource_dirs()[0] == bundle
    assert app_resources.resource("style.qss") == bundle / "style.qss"
    assert f"{(bundle / 'icons').as_posix()}/x.svg" in app_resources.style_sheet()
    assert app_resources.resource("icons", "app.svg") is not None  # falls back to the checkout
    monkeypatch.setenv("TIMELINE_RESOURCES", str(tmp_path / "elsewhere"))
    (tmp_path / "elsewhere").mkdir()
    assert app_resources.resource_dirs()[0] == tmp_path / "elsewhere"


def test_problems_strip_stays_short(qtbot: QtBot, isolated: Path) -> None:
    from timeline_app.ui.window.main_window import MainWindow

    win = MainWindow(sample_timeline())
    qtbot.addWidget(win)
    win.show()
    qtbot.waitExposed(win)
    view_height = win.view.height()
    win.errors.add_errors([("/articles/bad.pdf", "Not a PDF file")])
    qtbot.waitUntil(lambda: win.errors_dock.isVisible())
    qtbot.wait(20)
    assert win.errors_dock.height() <= 140
    assert win.view.height() >= view_height - 140
    win.projects.set_dirty(False)


def test_view_menu_zooms_to_selection_and_toggles_lanes(qtbot: QtBot, isolated: Path) -> None:
    from timeline_app.ui.window.main_window import MainWindow

    win = MainWindow(sample_timeline())
    qtbot.addWidget(win)
    win.show()
    qtbot.waitExposed(win)
    view_menu = next(a.menu() for a in win.menuBar().actions() if a.text() == "&View")
    by_text = {a.text().replace("&", ""): a for a in view_menu.actions() if a.text()}
    win.select_events(["ev-vote"])
    by_text["Zoom to Selection"].trigger()
    day0, day1 = win.view.visible_range()
    vote = float(Day(2021, 9, 29).ordinal())
    assert day0 < vote < day1
    # the zoom, not the first and last day: the stretch starts near the vote, so the
    # break before it (thousands of years in 92 px) is in view too
    days_across = win.view.frame().days_per_px * win.view.viewport().width()
    assert 30 <= days_across < 120, "one day keeps a few weeks of context"
    assert win.view.event_scene_rect("ev-vote") is not None
    assert not win.view.scene().lanes_by_document
    by_text["Lanes by Document"].trigger()
    assert win.view.scene().lanes_by_document
    keys = [lane.key for lane in win.view.scene().layout.lanes]
    assert len(keys) == len(win.timeline.documents)
    win.projects.set_dirty(False)


def test_detail_panel_links_a_relative_date_to_its_reference(
    qtbot: QtBot, isolated: Path, monkeypatch: Any
) -> None:
    from PySide6.QtCore import QUrl

    from timeline_app.ui.dialogs.reference_dialog import ReferenceDateDialog
    from timeline_app.ui.window.main_window import MainWindow

    win = MainWindow(sample_timeline())
    qtbot.addWidget(win)
    win.select_events(["ev-critics"])
    assert "resolved from reference date 2021-09-30 (dateline) · Change…" in (
        win.detail.quote_text()
    )
    asked: list[str] = []
    monkeypatch.setattr(
        ReferenceDateDialog, "ask", classmethod(lambda _c, doc, _p=None: asked.append(doc.id))
    )
    vote = next(d for d in win.timeline.documents.values() if d.reference_date)
    win.detail.body.anchorClicked.emit(QUrl(f"reference:{vote.id}"))
    assert asked == [vote.id]
    win.projects.set_dirty(False)


def test_dialog_buttons_have_no_stock_icons(qtbot: QtBot) -> None:
    """Under X11 Fusion draws generic OK/Cancel glyphs; the style sheet turns them off.

    (Offscreen has no icon theme, so this checks the style hint the buttons ask for.)
    """
    from PySide6.QtWidgets import QStyle

    from timeline_app.ui.base.app_resources import style_sheet
    from timeline_app.ui.dialogs.reference_dialog import ReferenceDateDialog

    dialog = ReferenceDateDialog(next(iter(sample_timeline().documents.values())))
    qtbot.addWidget(dialog)
    dialog.setStyleSheet(style_sheet())
    hint = QStyle.StyleHint.SH_DialogButtonBox_ButtonsHaveIcons
    assert dialog.style().styleHint(hint, None, dialog) == 0


def test_enter_in_search_selects_and_shows_the_first_match(qtbot: QtBot, isolated: Path) -> None:
    from PySide6.QtCore import Qt

    from timeline_app.ui.window.main_window import MainWindow

    win = MainWindow(sample_timeline())
    qtbot.addWidget(win)
    win.show()
    qtbot.waitExposed(win)
    win.filter_bar.search_box.setFocus()
    qtbot.keyClicks(win.filter_bar.search_box, "pyramid")
    qtbot.keyClick(win.filter_bar.search_box, Qt.Key.Key_Return)
    assert win.selected_ids() == ["ev-pyramid"]
    assert win.detail.event_id() == "ev-pyramid"
    assert win.view.event_scene_rect("ev-pyramid") is not None
    assert win.table.proxy.rowCount() == 1
    win.projects.set_dirty(False)


def test_a_window_saved_on_a_bigger_screen_is_placed_again() -> None:
    from timeline_app.ui.window.window_layout import fits_on

    screen = QRect(0, 0, 1440, 900)
    assert fits_on(screen, QRect(72, 45, 1296, 810))
    assert not fits_on(screen, QRect(0, 0, 2304, 1296))  # from a 2560×1440 monitor
    assert not fits_on(screen, QRect(3000, 100, 1200, 800))  # on a monitor that is gone
    assert fits_on(QRect(), QRect(0, 0, 5000, 5000))  # no screen to compare with


def test_a_document_removed_while_being_reread_stays_removed(
    qtbot: Any, window: Any, isolated: Path
) -> None:
    window.open_paths([write_article(isolated)])
    wait_idle(qtbot, window)
    doc_id = next(iter(window.timeline.documents))
    window.ingest.reread(doc_id, Day(2021, 3, 5))
    window.documents.remove_document(doc_id)
    wait_idle(qtbot, window)
    assert doc_id not in window.timeline.documents
    assert not window.timeline.events()
    assert "removed" in window.statusBar().currentMessage()
    window.undo_stack.undo()
    assert doc_id in window.timeline.documents


def test_window_at_1024_by_640_keeps_titles_readable(qtbot: Any) -> None:
    from tests.ui.window_fixtures import sample_timeline
    from timeline_app.ui.window.main_window import MainWindow

    win = MainWindow(sample_timeline())
    qtbot.addWidget(win)
    win.resize(1024, 640)
    win.show()
    qtbot.waitExposed(win)
    table = win.table
    title = table.columnWidth(1)
    assert title >= 0.35 * table.viewport().width()
    assert not table.horizontalScrollBar().isVisible()
    assert win.width() <= 1024
    win.projects.set_dirty(False)


def test_side_columns_give_way_in_proportion() -> None:
    from timeline_app.ui.panels.column_widths import FLOORS, PREFERRED, side_widths

    assert side_widths(2000) == PREFERRED
    narrow = side_widths(400)
    assert all(w >= f for w, f in zip(narrow, FLOORS, strict=True))
    assert sum(narrow) <= 400 * 0.6
    assert side_widths(100) == FLOORS


def test_view_menu_compresses_empty_periods_and_the_project_remembers(
    qtbot: QtBot, isolated: Path
) -> None:
    from timeline_app.ui.window.main_window import MainWindow

    win = MainWindow(sample_timeline())
    qtbot.addWidget(win)
    win.show()
    qtbot.waitExposed(win)
    view_menu = next(a.menu() for a in win.menuBar().actions() if a.text() == "&View")
    by_text = {a.text().replace("&", ""): a for a in view_menu.actions() if a.text()}
    action = by_text["Compress Empty Periods"]
    assert action.isCheckable()
    assert action.isChecked()
    assert win.view.frame().warp.breaks, "2566 BC and 2021: the empty era is a break"
    action.trigger()
    assert win.view.frame().warp.identity
    state = win.view_state()
    assert state["compress_empty_periods"] is False
    action.trigger()
    assert win.view.frame().warp.breaks
    win.apply_view_state(state)
    assert not action.isChecked()
    assert win.view.frame().warp.identity
