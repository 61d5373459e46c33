"""Every event legible in exported images and in the window, whatever the span.

An exported image is what a user hands on: it cannot be zoomed or hovered, so every
event must be a readable card, with its resolved date, and nothing may be cut where the
image has room. Empty eras between stretches of events are squeezed into breaks.
"""

from __future__ import annotations

import html
import re
from pathlib import Path

import pytest
from PySide6.QtCore import QPoint, QPointF, Qt
from PySide6.QtGui import QImage
from pytestqt.qtbot import QtBot

from tests.ui.canvas_data import make_doc, make_event
from timeline_app.model import Day, Granularity, Timeline
from timeline_app.ui.canvas.timeline_view import TimelineView
from timeline_app.ui.export.image import build_export_scene, export_image

SHARED_SEED = Path(__file__).resolve().parents[3] / "shared" / "corpus" / "turkey-russia-s400.txt"
_TEXT = re.compile(r"<text[^>]*>([^<]*)</text>", re.DOTALL)


def mixed_timeline() -> Timeline:
    """One event in 2566 BC, forty from 1950 to 2030, ranges, and some very long titles."""
    a, b = make_doc("Pyramids and after"), make_doc("Seventy years of news in review")
    events = [
        make_event(
            a,
            "The Great Pyramid of Giza was completed for the pharaoh Khufu",
            Day(-2565),
            Day(-2565, 12, 31),
            text="around 2566 BC",
            granularity=Granularity.YEAR,
            approximate=True,
        )
    ]
    for k in range(40):
        year = 1950 + 2 * k
        long = k % 7 == 0
        title = (
            f"Delegates from {k + 12} countries met for a long week of talks on the future "
            f"of the river basin and agreed a shared plan number {k}"
            if long
            else f"Event {k}: a council vote on plan {k}"
        )
        if k % 5 == 0:
            events.append(
                make_event(
                    b,
                    title,
                    Day(year, 3, 1),
                    Day(year + 1, 6, 30),
                    text=f"from March {year} to June {year + 1}",
                    granularity=Granularity.MONTH,
                    is_range=True,
                )
            )
        else:
            events.append(
                make_event(b, title, Day(year, 1 + k % 12, 1 + k % 28), text="the previous day")
            )
    timeline = Timeline()
    timeline.set_extraction([a, b], events)
    return timeline


def _svg_texts(path: Path) -> list[str]:
    return [html.unescape(t).strip() for t in _TEXT.findall(path.read_text(encoding="utf-8"))]


def _assert_every_title_whole(texts: list[str], timeline: Timeline) -> None:
    assert not [t for t in texts if "…" in t], "a label was cut"
    joined = " ".join(texts)
    for event in timeline.events():
        assert event.title in joined, f"title missing or cut: {event.title!r}"


def test_svg_export_of_a_mixed_span_shows_every_title_whole(tmp_path: Path) -> None:
    timeline = mixed_timeline()
    out = export_image(timeline, tmp_path / "mixed.svg", width_px=1600)
    texts = _svg_texts(out.path)
    _assert_every_title_whole(texts, timeline)
    assert any("years" in t for t in texts), "the empty era is drawn as a labelled break"
    assert "c. 2566 BC" in texts
    assert "Mar 1950 – Jun 1951" in texts or "Mar 1950 – Jun 1951" in " ".join(texts)
    assert "the previous day" not in texts, "cards show the resolved date, not the phrase"


def test_export_draws_every_event_as_a_card_and_grows_in_height(tmp_path: Path) -> None:
    timeline = mixed_timeline()
    scene = build_export_scene(
        timeline,
        width_px=1600,
        day_range=None,
        title=None,
        visible_documents=None,
        filter=None,
        lanes_by_document=False,
    )
    units = [u for lane in scene.layout.lanes for u in lane.units]
    assert not [u for u in units if u.badge]
    assert len(units) == len(timeline.events())
    assert "grouped" not in scene.export_subtitle
    rects = scene.drawn_rects()
    assert max(r.bottom() for r in rects) <= scene.sceneRect().height()
    assert all(r.left() >= 0 and r.right() <= 1600 for r in rects), "no card runs off the image"


def test_max_height_caps_the_image_and_the_subtitle_counts_what_is_grouped(
    tmp_path: Path,
) -> None:
    timeline = mixed_timeline()
    out = export_image(timeline, tmp_path / "capped.png", width_px=900, max_height=420)
    assert QImage(str(out.path)).height() <= 420
    scene = build_export_scene(
        timeline,
        width_px=900,
        day_range=None,
        title=None,
        visible_documents=None,
        filter=None,
        lanes_by_document=False,
        max_height=420,
    )
    grouped = sum(u.count for lane in scene.layout.lanes for u in lane.units if u.badge)
    assert grouped > 0
    assert f"{grouped} grouped in numbered badges" in scene.export_subtitle


def test_badges_only_beyond_the_badge_limit(tmp_path: Path) -> None:
    timeline = mixed_timeline()
    kwargs = {
        "width_px": 900,
        "day_range": None,
        "title": None,
        "visible_documents": None,
        "filter": None,
        "lanes_by_document": False,
    }
    few = build_export_scene(timeline, badge_limit=400, **kwargs)  # type: ignore[arg-type]
    assert not any(u.badge for lane in few.layout.lanes for u in lane.units)
    many = build_export_scene(timeline, badge_limit=10, **kwargs)  # type: ignore[arg-type]
    assert any(u.badge for lane in many.layout.lanes for u in lane.units)


def test_no_breaks_gives_one_linear_axis(tmp_path: Path) -> None:
    timeline = mixed_timeline()
    out = export_image(timeline, tmp_path / "plain.svg", width_px=1600, compress=False)
    assert not [t for t in _svg_texts(out.path) if t.endswith("years ⋯")]
    assert out.frame.warp.identity


def test_two_event_article_exports_with_nothing_cut(tmp_path: Path) -> None:
    """Like the Turkey–Russia report: a year and a day, long titles, one document."""
    doc = make_doc("Turkey weighs a second missile purchase from Russia after a Sochi summit")
    events = [
        make_event(
            doc,
            "Turkey purchased the S-400 air defence system from Russia",
            Day(2019),
            Day(2019, 12, 31),
            text="2019",
            granularity=Granularity.YEAR,
        ),
        make_event(doc, "Putin and Erdogan meet in Sochi", Day(2021, 9, 29), text="September 29"),
    ]
    timeline = Timeline()
    timeline.set_extraction([doc], events)
    out = export_image(timeline, tmp_path / "two.svg", width_px=1600)
    texts = _svg_texts(out.path)
    _assert_every_title_whole(texts, timeline)
    assert "29 Sep 2021" in texts
    assert doc.title in texts, "the legend names the article in full"


@pytest.mark.skipif(not SHARED_SEED.exists(), reason="needs ../shared/corpus")
def test_seed_article_exports_with_nothing_cut(tmp_path: Path) -> None:
    from timeline_app import pipeline

    result = pipeline.ingest([SHARED_SEED], use_cache=False)
    timeline = Timeline()
    pipeline.merge_into(timeline, result)
    out = export_image(timeline, tmp_path / "seed.svg", width_px=1600)
    _assert_every_title_whole(_svg_texts(out.path), timeline)


# -- the window ----------------------------------------------------------------------------------
def _view(qtbot: QtBot, timeline: Timeline) -> TimelineView:
    view = TimelineView(timeline)
    qtbot.addWidget(view)
    view.resize(1200, 560)
    view.show()
    qtbot.waitExposed(view)
    return view


def test_window_fit_all_uses_the_same_breaks_and_can_turn_them_off(qtbot: QtBot) -> None:
    view = _view(qtbot, mixed_timeline())
    frame = view.frame()
    assert len(frame.warp.breaks) == 1
    recent = frame.x(float(Day(2030).ordinal())) - frame.x(float(Day(1950).ordinal()))
    assert recent > 0.6 * view.viewport().width()
    view.grab()
    assert any(r.width() > 0 for r in view.scene().axis_label_rects)
    assert view.scene().visible_breaks
    view.set_compress_empty_periods(False)
    assert view.frame().warp.identity
    plain = view.frame()
    assert plain.x(float(Day(2030).ordinal())) - plain.x(float(Day(1950).ordinal())) < 60


def test_zoom_inside_a_stretch_is_plain_and_across_a_break_continuous(qtbot: QtBot) -> None:
    view = _view(qtbot, mixed_timeline())
    day = float(Day(1990, 6, 1).ordinal())
    x = view.frame().x(day)
    view.zoom_by(1.6, x)
    assert view.frame().x(day) == pytest.approx(x, abs=1e-6), "the day under the mouse stays"
    before = view.frame()
    brk = before.warp.breaks[0]
    anchor = before.x(brk.day_hi) - 20  # inside the break
    view.zoom_by(1.01, anchor)
    after = view.frame()
    for probe in (brk.day_lo, brk.day_hi, float(Day(2000).ordinal())):
        # a 1% zoom moves things by about 1% of their distance from the anchor: no jump
        moved = abs(after.x(probe) - before.x(probe))
        assert moved <= 0.02 * abs(before.x(probe) - anchor) + 1.0


def test_overview_strip_jumps_pans_and_zooms(qtbot: QtBot) -> None:
    view = _view(qtbot, mixed_timeline())
    strip = view.findChild(type(view.overview), "timelineOverview")
    assert strip is view.overview
    assert strip.accessibleName() == "Timeline overview"
    assert strip.isVisible()
    assert strip.geometry().top() >= 40, "under the axis"
    view.set_visible_range(float(Day(1990).ordinal()), float(Day(1995).ordinal()))
    window = strip.window_rect()
    assert window is not None
    assert window.width() < strip.width() / 4
    # click elsewhere: the view jumps there, same zoom
    zoom = view.frame().days_per_px
    target = strip.width() - 30
    qtbot.mouseClick(strip, Qt.MouseButton.LeftButton, pos=QPoint(target, 12))
    assert view.frame().days_per_px == pytest.approx(zoom)
    assert strip.window_rect().center().x() == pytest.approx(target, abs=3)
    # drag the window left: the view pans back in time
    first_before = view.visible_range()[0]
    qtbot.mousePress(strip, Qt.MouseButton.LeftButton, pos=QPoint(target, 12))
    qtbot.mouseMove(strip, QPoint(target - 200, 12))
    qtbot.mouseRelease(strip, Qt.MouseButton.LeftButton, pos=QPoint(target - 200, 12))
    assert view.visible_range()[0] < first_before
    # the wheel zooms
    from PySide6.QtGui import QWheelEvent

    wheel = QWheelEvent(
        QPointF(100, 12),
        strip.mapToGlobal(QPointF(100, 12)),
        QPoint(0, 0),
        QPoint(0, 120),
        Qt.MouseButton.NoButton,
        Qt.KeyboardModifier.NoModifier,
        Qt.ScrollPhase.NoScrollPhase,
        False,
    )
    strip.wheelEvent(wheel)
    assert view.frame().days_per_px < zoom


def test_window_cards_show_the_resolved_date(qtbot: QtBot) -> None:
    view = _view(qtbot, mixed_timeline())
    index = view.scene().index
    dates = {index.label(i)[0] for i in range(len(index))}
    assert "the previous day" not in dates
    assert "c. 2566 BC" in dates


def test_lanes_export_names_every_lane_in_full(tmp_path: Path) -> None:
    timeline = mixed_timeline()
    out = export_image(timeline, tmp_path / "lanes.svg", width_px=1200, lanes_by_document=True)
    texts = _svg_texts(out.path)
    _assert_every_title_whole(texts, timeline)
    for doc in timeline.documents.values():
        assert texts.count(doc.title) >= 2, "in the legend and over its lane"


def test_tooltip_keeps_the_phrase_as_written_and_what_it_was_counted_from() -> None:
    from dataclasses import replace

    from timeline_app.ui.canvas.tooltips import event_tooltip

    doc = make_doc("Council news")
    event = make_event(doc, "The council voted", Day(2021, 9, 28), text="the previous day")
    event = replace(event, when=replace(event.when, anchor=Day(2021, 9, 29)))
    timeline = Timeline()
    timeline.set_extraction([doc], [event])
    html_text = event_tooltip(timeline.events()[0], timeline)
    assert "the previous day" in html_text
    assert "28 Sep 2021" in html_text
    assert "counted from 29 Sep 2021" in html_text


def test_deep_time_exports_every_event_inside_the_image(tmp_path: Path) -> None:
    """10000 BC to the 45th century: breaks keep every era on the page, nothing cut."""
    doc = make_doc("Deep time on the river")
    year = Granularity.YEAR
    events = [
        make_event(doc, "The first settlement", Day(-9999), Day(-9999, 12, 31), granularity=year),
        make_event(
            doc,
            "Bronze tools reach the valley",
            Day(-2999),
            Day(-2000, 12, 31),
            granularity=Granularity.MILLENNIUM,
        ),
        make_event(
            doc,
            "Life is lived underground",
            Day(4400),
            Day(4499, 12, 31),
            granularity=Granularity.CENTURY,
        ),
    ]
    timeline = Timeline()
    timeline.set_extraction([doc], events)
    out = export_image(timeline, tmp_path / "deep.svg", width_px=1600)
    _assert_every_title_whole(_svg_texts(out.path), timeline)
    for event in events:
        assert 0 <= out.x_for_day(float(event.when.earliest.ordinal())) <= 1600
        assert 0 <= out.x_for_day(float(event.when.latest.ordinal())) <= 1600
    assert len(out.frame.warp.breaks) == 2
