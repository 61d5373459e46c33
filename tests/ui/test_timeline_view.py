"""TimelineView with pytest-qt, offscreen, on hand-built timelines (no NLP)."""

from __future__ import annotations

import time
from itertools import combinations

import pytest
from PySide6.QtCore import QEvent, QPoint, QPointF, Qt
from PySide6.QtGui import QHelpEvent
from PySide6.QtWidgets import QApplication, QToolTip
from pytestqt.qtbot import QtBot

from tests.ui.canvas_data import bulk_timeline, make_doc, make_event, news_timeline
from timeline_app.model import Day, Timeline
from timeline_app.ui.canvas.timeline_scene import TimelineScene
from timeline_app.ui.canvas.timeline_view import TimelineView


def _show(qtbot: QtBot, timeline: Timeline, size: tuple[int, int] = (1200, 560)) -> TimelineView:
    view = TimelineView(timeline)
    qtbot.addWidget(view)
    view.resize(*size)
    view.show()
    qtbot.waitExposed(view)
    return view


@pytest.fixture
def view(qtbot: QtBot) -> TimelineView:
    return _show(qtbot, news_timeline())


def _id(view: TimelineView, title: str) -> str:
    return next(e.id for e in view.scene().index.events if e.title == title)


def _click_pos(view: TimelineView, event_id: str) -> QPoint:
    rect = view.event_scene_rect(event_id)
    assert rect is not None, "event should be drawn on its own"
    return view.mapFromScene(QPointF(rect.left() + 30, rect.center().y()))


def _assert_no_overlaps(rects: list) -> None:
    for a, b in combinations(rects, 2):
        assert not a.adjusted(0.5, 0.5, -0.5, -0.5).intersects(b), (a, b)


def test_identity_and_scene(view: TimelineView) -> None:
    assert view.objectName() == "timelineView"
    assert view.accessibleName() == "Timeline"
    assert isinstance(view.scene(), TimelineScene)


def test_zoom_changes_range_and_tick_level(view: TimelineView, qtbot: QtBot) -> None:
    view.set_visible_range(Day(2015).ordinal(), Day(2025).ordinal())
    level, (a0, a1) = view.tick_level(), view.visible_range()
    with qtbot.waitSignal(view.visible_range_changed):
        view.zoom_in()
    b0, b1 = view.visible_range()
    assert b1 - b0 < a1 - a0
    for _ in range(4):
        view.zoom_in()
    assert view.tick_level() != level
    view.zoom_out()
    assert view.visible_range()[1] - view.visible_range()[0] > 0


def test_wheel_zoom_keeps_the_day_under_the_cursor(view: TimelineView, qtbot: QtBot) -> None:
    view.set_visible_range(Day(2015).ordinal(), Day(2025).ordinal())
    frame = view.scene().frame
    x = 300.0
    before = frame.day(x)
    view.zoom_by(2.0, x)
    assert view.scene().frame.day(x) == pytest.approx(before, abs=1e-6)
    assert view.scene().frame.days_per_px == pytest.approx(frame.days_per_px / 2)


def test_keys_zoom_and_fit(view: TimelineView, qtbot: QtBot) -> None:
    span = view.visible_range()[1] - view.visible_range()[0]
    qtbot.keyClick(view, Qt.Key.Key_Plus)
    assert view.visible_range()[1] - view.visible_range()[0] < span
    qtbot.keyClick(view, Qt.Key.Key_0, Qt.KeyboardModifier.ControlModifier)
    assert view.visible_range()[1] - view.visible_range()[0] == pytest.approx(span, rel=1e-6)


def test_zoom_reaches_millennia_and_hours(view: TimelineView) -> None:
    view.set_compress_empty_periods(False)  # one linear axis over five millennia
    view.set_visible_range(Day(-3000).ordinal(), Day(2030).ordinal())
    assert view.tick_level() in ("century", "millennium")
    view.set_visible_range(Day(2021, 9, 29).ordinal(), Day(2021, 9, 29).ordinal() + 0.5)
    assert view.tick_level() == "hour"


@pytest.mark.parametrize("lanes", [False, True])
def test_labels_never_overlap(view: TimelineView, lanes: bool) -> None:
    view.set_lanes_by_document(lanes)
    view.fit_all()
    for _ in range(8):
        view.grab()  # paints the axis, which records its label rects
        _assert_no_overlaps(view.scene().drawn_rects())
        _assert_no_overlaps(view.scene().axis_label_rects)
        view.zoom_in()


def test_click_selects_and_ctrl_click_adds(view: TimelineView, qtbot: QtBot) -> None:
    view.set_visible_range(Day(2021, 1, 1).ordinal(), Day(2022, 6, 1).ordinal())
    first, second = _id(view, "Ford cuts F-150 output"), _id(view, "Fab fire in Naka")
    with qtbot.waitSignal(view.selection_changed) as blocker:
        qtbot.mouseClick(view.viewport(), Qt.MouseButton.LeftButton, pos=_click_pos(view, first))
    assert blocker.args == [[first]]
    qtbot.mouseClick(
        view.viewport(),
        Qt.MouseButton.LeftButton,
        Qt.KeyboardModifier.ControlModifier,
        _click_pos(view, second),
    )
    assert view.selected_ids() == [first, second]
    qtbot.mouseClick(view.viewport(), Qt.MouseButton.LeftButton, pos=QPoint(5, 540))
    assert view.selected_ids() == []


def test_double_click_and_enter_activate(view: TimelineView, qtbot: QtBot) -> None:
    view.set_visible_range(Day(2021, 1, 1).ordinal(), Day(2022, 6, 1).ordinal())
    target = _id(view, "Ford cuts F-150 output")
    with qtbot.waitSignal(view.event_activated) as blocker:
        qtbot.mouseDClick(view.viewport(), Qt.MouseButton.LeftButton, pos=_click_pos(view, target))
    assert blocker.args == [target]
    with qtbot.waitSignal(view.event_activated):
        qtbot.keyClick(view, Qt.Key.Key_Return)


def test_hover_tooltip_shows_the_quote(view: TimelineView, qtbot: QtBot) -> None:
    view.set_visible_range(Day(2021, 1, 1).ordinal(), Day(2022, 6, 1).ordinal())
    pos = _click_pos(view, _id(view, "Evergrande misses bond payment"))
    html = view.tooltip_at(QPointF(pos))
    assert "missed an $83.5m interest payment" in html
    assert "<b>23 September 2021</b>" in html  # the date phrase is highlighted
    event = QHelpEvent(QEvent.Type.ToolTip, pos, view.viewport().mapToGlobal(pos))
    QApplication.sendEvent(view.viewport(), event)
    qtbot.waitUntil(lambda: "interest payment" in QToolTip.text() and QToolTip.isVisible())


def test_long_quote_tooltip_is_shown_wrapped(qtbot: QtBot) -> None:
    doc = make_doc("Long read")
    quote = "On 21 July 1798 the French army defeated the Mamluk cavalry, " * 6
    timeline = Timeline()
    timeline.set_extraction(
        [doc], [make_event(doc, "Battle", Day(1798, 7, 21), text="21 July 1798", quote=quote)]
    )
    view = _show(qtbot, timeline)
    pos = _click_pos(view, timeline.events()[0].id)
    event = QHelpEvent(QEvent.Type.ToolTip, pos, view.viewport().mapToGlobal(pos))
    QApplication.sendEvent(view.viewport(), event)
    qtbot.waitUntil(lambda: QToolTip.isVisible() and "Mamluk" in QToolTip.text())


def test_bce_is_left_of_ce(view: TimelineView) -> None:
    view.set_visible_range(Day(-3000).ordinal(), Day(2100).ordinal())
    pyramid = view.event_scene_rect(_id(view, "Great Pyramid completed"))
    napoleon = view.event_scene_rect(_id(view, "Napoleon's expedition"))
    assert pyramid is not None
    assert napoleon is not None
    frame, index = view.frame(), view.scene().index
    pyramid_x, napoleon_x = (
        frame.x(float(index.starts[index.pos[_id(view, title)]]))
        for title in ("Great Pyramid completed", "Napoleon's expedition")
    )
    assert 0 <= pyramid_x < napoleon_x <= view.viewport().width()


def test_arrows_walk_through_events_in_time(view: TimelineView, qtbot: QtBot) -> None:
    events = view.scene().index.events
    view.select_events([events[3].id])
    with qtbot.waitSignal(view.selection_changed) as blocker:
        qtbot.keyClick(view, Qt.Key.Key_Right)
    assert blocker.args == [[events[4].id]]
    qtbot.keyClick(view, Qt.Key.Key_Left)
    qtbot.keyClick(view, Qt.Key.Key_Left)
    assert view.selected_ids() == [events[2].id]
    day = float(view.scene().index.starts[2])
    lo, hi = view.visible_range()
    assert lo <= day <= hi


def test_filter_documents_and_model_changes(view: TimelineView) -> None:
    total = len(view.scene().index)
    view.set_filter(lambda e: "Evergrande" in e.title)
    assert len(view.scene().index) == 1
    view.set_filter(None)
    doc = make_doc("Chip shortage hits car makers")
    view.set_visible_documents({doc.id})
    assert 0 < len(view.scene().index) < total
    view.set_visible_documents(None)
    timeline = view.scene().timeline
    timeline.add_manual(make_event(None, "Added later", Day(2021, 6, 1)))
    assert len(view.scene().index) == total + 1


def test_selection_survives_refresh_and_drops_deleted(view: TimelineView, qtbot: QtBot) -> None:
    timeline = view.scene().timeline
    manual = next(e for e in timeline.events() if e.origin == "manual")
    view.select_events([manual.id])
    with qtbot.waitSignal(view.selection_changed) as blocker:
        timeline.remove_manual(manual.id)
    assert blocker.args == [[]]


def test_clusters_when_dense_and_split_when_zoomed(qtbot: QtBot) -> None:
    view = _show(qtbot, bulk_timeline(3000, years=(2000, 2020)))
    units = [u for _n, _l, u, _r in view.scene().iter_units()]
    assert any(u.badge for u in units)
    biggest = max(u.count for u in units)
    badge_rect = next(r for _n, _l, u, r in view.scene().iter_units() if u.badge)
    span = view.visible_range()[1] - view.visible_range()[0]
    qtbot.mouseClick(
        view.viewport(), Qt.MouseButton.LeftButton, pos=view.mapFromScene(badge_rect.center())
    )
    assert view.visible_range()[1] - view.visible_range()[0] < span / 4
    after = [u for _n, _l, u, _r in view.scene().iter_units()]
    assert max(u.count for u in after) < biggest
    _assert_no_overlaps(view.scene().drawn_rects())


def test_empty_state_message_is_optional(qtbot: QtBot) -> None:
    view = _show(qtbot, Timeline())
    assert view.scene().message_shown
    view.set_empty_message("")
    assert not view.scene().message_shown
    view.grab()


def test_edited_and_selected_paint(view: TimelineView) -> None:
    view.select_events([_id(view, "Restructuring talks")])
    image = view.grab().toImage()
    assert image.width() > 0


def test_hundred_thousand_events_stay_fluid(qtbot: QtBot) -> None:
    timeline = bulk_timeline(100_000)
    start = time.perf_counter()
    view = _show(qtbot, timeline)
    view.grab()
    assert time.perf_counter() - start < 5.0
    start = time.perf_counter()
    for _ in range(5):
        view.zoom_in()
        view.pan_by(-200)
        view.grab()
    view.refresh()
    view.grab()
    assert time.perf_counter() - start < 5.0
