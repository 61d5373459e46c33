"""PNG/SVG/PDF export renders the view's scene code, at the requested size, headless."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtGui import QColor, QImage
from pytestqt.qtbot import QtBot

from tests.ui.canvas_data import bulk_timeline, make_doc, make_event, news_timeline
from timeline_app.model import Day, Timeline
from timeline_app.ui.canvas.palette import document_color
from timeline_app.ui.canvas.timeline_view import TimelineView
from timeline_app.ui.export.image import ExportError, export_image, export_view

EVENT_DAY = Day(2021, 9, 29)


def _one_event_timeline() -> Timeline:
    doc = make_doc("Only article")
    timeline = Timeline()
    timeline.set_extraction([doc], [make_event(doc, "Known event", EVENT_DAY, text="29 Sep")])
    return timeline


def _close(a: QColor, b: QColor, tol: int = 40) -> bool:
    return all(abs(x - y) <= tol for x, y in zip(a.getRgb()[:3], b.getRgb()[:3], strict=True))


def _column_has(image: QImage, x: int, color: QColor) -> bool:
    return any(_close(image.pixelColor(x, y), color) for y in range(image.height()))


@pytest.mark.usefixtures("qapp")
@pytest.mark.parametrize("scale", [1.0, 2.0])
def test_png_has_requested_size_and_events_where_the_axis_says(
    tmp_path: Path, scale: float
) -> None:
    out = tmp_path / "one.png"
    day_range = (EVENT_DAY.ordinal() - 300.0, EVENT_DAY.ordinal() + 300.0)
    result = export_image(
        _one_event_timeline(), out, width_px=1200, scale=scale, day_range=day_range
    )
    image = QImage(str(out))
    assert image.width() == 1200 * scale == result.width
    assert image.height() == result.height
    color = document_color(0)
    x = round(result.x_for_day(EVENT_DAY.ordinal()))
    assert _column_has(image, x, color)
    assert not _column_has(image, x - round(60 * scale), color)
    assert not _column_has(image, round(result.x_for_day(day_range[0] + 30)), color)


@pytest.mark.usefixtures("qapp")
def test_height_grows_to_fit_rows(tmp_path: Path) -> None:
    small = export_image(_one_event_timeline(), tmp_path / "a.png", width_px=900)
    big = export_image(
        news_timeline(),
        tmp_path / "b.png",
        width_px=900,
        day_range=(Day(2020).ordinal(), Day(2024).ordinal()),
    )
    assert big.height > small.height


@pytest.mark.usefixtures("qapp")
@pytest.mark.parametrize(("suffix", "magic"), [(".svg", b"<svg"), (".pdf", b"%PDF")])
def test_svg_and_pdf_are_written(tmp_path: Path, suffix: str, magic: bytes) -> None:
    out = tmp_path / f"timeline{suffix}"
    export_image(news_timeline(), out, width_px=1000, title="News")
    data = out.read_bytes()
    assert len(data) > 2000
    assert magic in data[:2000]


@pytest.mark.usefixtures("qapp")
def test_transparent_background(tmp_path: Path) -> None:
    out = tmp_path / "t.png"
    result = export_image(news_timeline(), out, width_px=800, transparent=True)
    image = QImage(str(out))
    assert image.pixelColor(result.width - 2, 2).alpha() == 0
    opaque = export_image(news_timeline(), tmp_path / "o.png", width_px=800)
    assert QImage(str(opaque.path)).pixelColor(opaque.width - 2, 2).alpha() == 255


@pytest.mark.usefixtures("qapp")
def test_bce_and_filters(tmp_path: Path) -> None:
    doc = make_doc("Chip shortage hits car makers")
    result = export_image(
        news_timeline(),
        tmp_path / "f.png",
        width_px=1000,
        visible_documents={doc.id},
        filter=lambda e: "Ford" not in e.title,
        day_range=(Day(-3000).ordinal(), Day(2030).ordinal()),
    )
    assert result.x_for_day(Day(-2559).ordinal()) < result.x_for_day(Day(2021).ordinal())


@pytest.mark.usefixtures("qapp")
def test_unknown_suffix_is_refused(tmp_path: Path) -> None:
    with pytest.raises(ExportError):
        export_image(news_timeline(), tmp_path / "x.gif")


def test_export_view_uses_the_visible_range(qtbot: QtBot, tmp_path: Path) -> None:
    view = TimelineView(news_timeline())
    qtbot.addWidget(view)
    view.resize(1000, 500)
    view.set_visible_range(Day(2021).ordinal(), Day(2022).ordinal())
    view.set_lanes_by_document(True)
    result = export_view(view, tmp_path / "v.png", width_px=1000)
    assert QImage(str(result.path)).width() == 1000
    lo, hi = view.visible_range()
    assert result.frame.day(result.frame.x0) == pytest.approx(lo, abs=2)
    assert result.frame.day(1000 - 28) == pytest.approx(hi, abs=2)


@pytest.mark.usefixtures("qapp")
def test_big_export_clusters_instead_of_growing_forever(tmp_path: Path) -> None:
    result = export_image(bulk_timeline(20_000), tmp_path / "big.png", width_px=1600)
    assert result.height < 1200
