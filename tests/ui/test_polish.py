"""What the user sees after the polish pass: fitting, revealing, window size, documents menu."""

from __future__ import annotations

from pathlib import Path
from typing import Any

from PySide6.QtCore import QRect, QSize
from pytestqt.qtbot import QtBot

from tests.ui.canvas_data import bulk_timeline, make_doc, make_event
from tests.ui.window_fixtures import sample_timeline, wait_idle, write_article
from timeline_app.model import Day, Granularity, Timeline
from timeline_app.ui.timeline_view import TimelineView


def _view(qtbot: QtBot, timeline: Timeline, size: tuple[int, int] = (1200, 480)) -> TimelineView:
    view = TimelineView(timeline)
    qtbot.addWidget(view)
    view.resize(*size)
    view.show()
    qtbot.waitExposed(view)
    return view


def _moon_like() -> Timeline:
    """Like the samples: one event in 150 BC, one in 1609, a crowd from 1959 to 2030."""
    doc = make_doc("Reaching for the Moon")
    events = [
        make_event(
            doc,
            "Hipparchus estimated the distance to the Moon",
            Day(-149),
            Day(-149, 12, 31),
            text="around 150 BC",
            granularity=Granularity.YEAR,
            approximate=True,
        ),
        make_event(
            doc,
            "Galileo turned a telescope to the Moon",
            Day(1609, 9),
            Day(1609, 12, 31),
            text="late 1609",
            granularity=Granularity.MONTH,
        ),
    ]
    for k in range(30):
        day = Day(1959 + 2 * k, 1 + k % 12, 1 + k % 27)
        events.append(make_event(doc, f"Mission number {k} reached the lunar surface", day))
    timeline = Timeline()
    timeline.set_extraction([doc], events)
    return timeline


def test_fit_all_fits_the_data_and_cuts_no_label(qtbot: QtBot) -> None:
    view = _view(qtbot, _moon_like())
    view.fit_all(animate=False)
    first, last = float(Day(-149).ordinal()), float(Day(2017, 7, 1).ordinal())
    day0, day1 = view.visible_range()
    span = last - first
    assert first - 0.1 * span < day0 < first  # modest margins, not 200 BC … 2600
    assert last < day1 < last + 0.1 * span
    width = view.viewport().width()
    rects = view.scene().drawn_rects()
    assert rects
    assert all(r.left() >= 0 and r.right() <= width for r in rects), "a label is cut off"


def test_selecting_a_hidden_event_zooms_until_it_has_a_card(qtbot: QtBot) -> None:
    view = _view(qtbot, bulk_timeline(600, years=(2000, 2020)))
    hidden = [e.id for e in view.scene().index.events if view.event_scene_rect(e.id) is None]
    assert hidden, "the fitted view should group some events into badges"
    target = hidden[len(hidden) // 2]
    before = view.visible_range()
    view.select_events([target])
    rect = view.event_scene_rect(target)
    assert rect is not None, "the selected event should get its own card"
    assert 0 <= rect.left() and rect.right() <= view.viewport().width()
    after = view.visible_range()
    assert after[1] - after[0] < before[1] - before[0]
    assert view.selected_ids() == [target]


def test_selecting_a_visible_event_keeps_the_zoom(qtbot: QtBot) -> None:
    view = _view(qtbot, _moon_like())
    shown = next(e.id for e in view.scene().index.events if view.event_scene_rect(e.id))
    before = view.visible_range()
    view.select_events([shown])
    assert view.visible_range() == before


def test_window_size_follows_the_screen() -> None:
    from timeline_app.ui.window_layout import initial_size

    assert initial_size(QRect(0, 0, 1440, 900)) == QSize(1296, 810)
    assert initial_size(QRect(0, 0, 2560, 1440)) == QSize(2304, 1296)
    assert initial_size(QRect(0, 0, 1200, 760)) == QSize(1100, 700)  # the minimum
    assert initial_size(QRect(0, 0, 1024, 600)) == QSize(1024, 600)  # never off-screen


def test_timeline_gets_most_height_and_documents_are_readable(
    qtbot: QtBot, isolated: Path
) -> None:
    from timeline_app.ui.main_window import MainWindow

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

    from timeline_app.ui.reference_dialog import ReferenceDateDialog

    timeline = sample_timeline()
    document = next(d for d in timeline.documents.values() if d.reference_date)
    dialog = ReferenceDateDialog(document)
    qtbot.addWidget(dialog)
    assert dialog.current.text() == "30 Sep 2021, from the dateline"
    ok = dialog.buttons.button(QDialogButtonBox.StandardButton.Ok)
    dialog.date_edit.setText("2 June 2024")
    assert dialog.day() == Day(2024, 6, 2) and ok.isEnabled()
    assert "2 Jun 2024" in dialog.preview.text()
    dialog.date_edit.setText("not a date")
    assert dialog.day() is None and not ok.isEnabled()


def test_documents_menu_offers_reference_date_and_removal(qtbot: QtBot, isolated: Path) -> None:
    from timeline_app.ui.main_window import MainWindow

    win = MainWindow(sample_timeline())
    qtbot.addWidget(win)
    doc_id = next(iter(win.timeline.documents))
    texts = [a.text() for a in win.legend.context_menu(doc_id).actions() if a.text()]
    assert texts == ["Show Text", "Set Reference Date…", "Remove Document"]
    win.projects.set_dirty(False)


def test_remove_document_is_undoable(qtbot: QtBot, isolated: Path) -> None:
    from timeline_app.ui.main_window import MainWindow

    win = MainWindow(sample_timeline())
    qtbot.addWidget(win)
    order = list(win.timeline.documents)
    before = {e.id for e in win.timeline.events()}
    win.remove_document(order[0])
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
    from timeline_app.ui.commands import edit_title
    from timeline_app.ui.reference_dialog import ReferenceDateDialog

    window.open_paths([write_article(isolated)])
    wait_idle(qtbot, window)
    doc_id = next(iter(window.timeline.documents))
    kept = window.timeline.events()[0].id
    window.undo_stack.push(edit_title(window.timeline, kept, "My own title"))
    monkeypatch.setattr(ReferenceDateDialog, "ask", classmethod(lambda *_a: Day(2021, 3, 5)))
    window.set_reference_date(doc_id)
    wait_idle(qtbot, window)
    document = window.timeline.documents[doc_id]
    assert (document.reference_date, document.reference_source) == (Day(2021, 3, 5), "user")
    assert len(window.timeline.documents) == 1
    assert window.timeline.event(kept).title == "My own title"
    assert "30 Sep" not in window.legend.item(0).toolTip()
    assert "5 Mar 2021, set by you" in window.legend.item(0).toolTip()


def test_resources_are_found_in_a_pyinstaller_bundle(tmp_path: Path, monkeypatch: Any) -> None:
    import sys

    from timeline_app.ui import app_resources

    checkout = app_resources.resource("style.qss")
    assert checkout is not None and checkout.name == "style.qss"
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
