"""The canvas as the user sees it: fit all with no cut-off label, revealing hidden events."""

from __future__ import annotations

from typing import Any

from pytestqt.qtbot import QtBot

from tests.ui.canvas_data import bulk_timeline, make_doc, make_event
from timeline_app.model import Day, Granularity, Timeline
from timeline_app.ui.canvas.timeline_view import TimelineView


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
    assert rect.left() >= 0
    assert rect.right() <= view.viewport().width()
    after = view.visible_range()
    assert after[1] - after[0] < before[1] - before[0]
    assert view.selected_ids() == [target]


def test_selecting_a_visible_event_keeps_the_zoom(qtbot: QtBot) -> None:
    view = _view(qtbot, _moon_like())
    shown = next(e.id for e in view.scene().index.events if view.event_scene_rect(e.id))
    before = view.visible_range()
    view.select_events([shown])
    assert view.visible_range() == before


def test_axis_labels_are_never_cut_at_the_right_edge(qtbot: QtBot) -> None:
    view = _view(qtbot, _moon_like())
    width = view.viewport().width()
    for _ in range(6):
        view.grab()  # paints the axis, which records where each label went
        rects = view.scene().axis_label_rects
        assert rects
        assert all(r.right() <= width for r in rects)
        view.zoom_in()


def test_slid_span_keeps_its_bar_out_of_the_text(qtbot: QtBot) -> None:
    doc = make_doc("Lunar plans")
    last = make_event(
        doc,
        "A long programme of crewed landings at the south pole",
        Day(2030, 1, 1),
        Day(2030, 12, 31),
        text="2030",
        granularity=Granularity.YEAR,
    )
    timeline = Timeline()
    timeline.set_extraction([doc], [make_event(doc, "A probe landed", Day(2000, 5, 1)), last])
    view = _view(qtbot, timeline)
    view.set_compress_empty_periods(False)  # one linear axis: the year sits at the edge
    rect = view.event_scene_rect(last.id)
    assert rect is not None
    assert rect.right() <= view.viewport().width()
    start_x = view.frame().x(float(Day(2030, 1, 1).ordinal()))
    assert rect.left() < start_x - 20, "the card slid left of its span to stay in view"
    image = view.grab().toImage()
    text_colour = image.pixelColor(int(start_x) + 1, int(rect.top() + 4))
    assert text_colour.lightness() > 150, "no solid span marker through the label text"


def test_plus_and_minus_zoom_around_the_selected_event(qtbot: QtBot) -> None:
    from PySide6.QtCore import Qt

    view = _view(qtbot, _moon_like())
    event = view.scene().index.events[1]  # late 1609: far from the middle
    view.select_events([event.id])
    day = float(view.scene().index.starts[1])
    x_before = view.frame().x(day)
    assert abs(x_before - view.viewport().width() / 2) > 100
    qtbot.keyClick(view, Qt.Key.Key_Plus)
    assert abs(view.frame().x(day) - x_before) < 1.0
    assert view.event_scene_rect(event.id) is not None
    qtbot.keyClick(view, Qt.Key.Key_Minus)
    assert abs(view.frame().x(day) - x_before) < 1.0


def test_long_range_label_is_pinned_to_the_visible_edge(qtbot: Any) -> None:
    """Zoomed to hours inside "early 2022", the range's label is still on screen."""
    from tests.ui.window_fixtures import sample_timeline
    from timeline_app.geometry.frame import Frame
    from timeline_app.model import Day
    from timeline_app.ui.canvas.cards import pinned_text_x
    from timeline_app.ui.canvas.timeline_view import TimelineView

    view = TimelineView(sample_timeline())
    qtbot.addWidget(view)
    view.resize(900, 300)
    view.show()
    view._apply(Frame(float(Day(2022, 2, 10).ordinal()), 1 / 24 / 40))
    assert view.tick_level() == "hour"
    image = view.grab().toImage()
    dark = sum(
        1
        for x in range(0, 200)
        for y in range(50, 100)
        if image.pixelColor(x, y).lightness() < 100
    )
    assert dark > 30  # the date and title, drawn over the bar at the left edge
    assert pinned_text_x(-5000.0, 4000.0, 0.0) > 0.0
    assert pinned_text_x(120.0, 400.0, 0.0) == 120.0  # a card in view keeps its place
