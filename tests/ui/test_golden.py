"""Golden image: a fixed small timeline exported at 1200 px wide, compared to a baseline.

Like pyqtgraph's ``assertImageMatch``: a pixel differs when any channel is off by more
than :data:`PX_THRESHOLD`, and the test fails when more than :data:`MAX_DIFF_FRACTION` of
the pixels differ. ``TIMELINE_AUDIT=1`` rewrites the baseline instead of comparing. Text
rendering depends on the font, so the comparison (never the export) is skipped when Qt
resolves the canvas font to another family than the baseline was drawn with; that family
is stored in the baseline PNG itself (a ``font`` text chunk).
"""

from __future__ import annotations

import os
from pathlib import Path

import numpy as np
import pytest
from PySide6.QtGui import QFontInfo, QImage

from tests.ui.canvas_data import make_doc, make_event
from timeline_app.model import Day, Granularity, Timeline
from timeline_app.ui.canvas.palette import ui_font
from timeline_app.ui.export.image import export_image

BASELINE = Path(__file__).resolve().parent.parent / "baseline" / "export_small.png"
PX_THRESHOLD = 40
MAX_DIFF_FRACTION = 0.005


def golden_timeline() -> Timeline:
    """Two documents, a point, a month, an approximate year, a range and a time."""
    a, b = make_doc("Council approves the bridge"), make_doc("Museum reopens")
    events = [
        make_event(a, "The council approved the bridge", Day(2021, 3, 2), text="2 March 2021"),
        make_event(
            a,
            "Construction starts",
            Day(2021, 6, 1),
            Day(2021, 6, 30),
            text="June 2021",
            granularity=Granularity.MONTH,
        ),
        make_event(
            b,
            "The museum reopened",
            Day(2020, 5, 9),
            text="9 May 2020",
            time="10:00",
        ),
        make_event(
            b,
            "Restoration work",
            Day(2019, 1, 1),
            Day(2019, 12, 31),
            text="around 2019",
            granularity=Granularity.YEAR,
            approximate=True,
        ),
        make_event(
            a,
            "The old bridge was closed",
            Day(2018, 4, 1),
            Day(2018, 9, 30),
            text="April to September 2018",
            granularity=Granularity.MONTH,
            is_range=True,
        ),
    ]
    timeline = Timeline()
    timeline.set_extraction([a, b], events)
    return timeline


def _pixels(image: QImage) -> np.ndarray:
    image = image.convertToFormat(QImage.Format.Format_RGBA8888)
    data = np.frombuffer(image.constBits(), dtype=np.uint8)
    return data.reshape(image.height(), image.bytesPerLine())[:, : image.width() * 4].reshape(
        image.height(), image.width(), 4
    )


def differing_fraction(actual: QImage, expected: QImage) -> float:
    """Share of pixels where some channel differs by more than :data:`PX_THRESHOLD`."""
    if actual.size() != expected.size():
        return 1.0
    diff = np.abs(_pixels(actual).astype(np.int16) - _pixels(expected).astype(np.int16))
    return float((diff.max(axis=2) > PX_THRESHOLD).mean())


@pytest.mark.usefixtures("qapp")
def test_export_matches_the_baseline(tmp_path: Path) -> None:
    out = tmp_path / "export_small.png"
    day_range = (float(Day(2017, 10, 1).ordinal()), float(Day(2022, 1, 1).ordinal()))
    result = export_image(
        golden_timeline(), out, width_px=1200, day_range=day_range, title="Golden timeline"
    )
    actual = QImage(str(out))
    assert (actual.width(), result.width) == (1200, 1200)
    assert 150 <= actual.height() <= 400
    family = QFontInfo(ui_font(12)).family()
    if os.environ.get("TIMELINE_AUDIT") == "1":
        BASELINE.parent.mkdir(parents=True, exist_ok=True)
        small = actual.convertToFormat(QImage.Format.Format_RGB888)
        small.setText("font", family)
        small.save(str(BASELINE))
        pytest.skip(f"baseline rewritten: {BASELINE}")
    expected = QImage(str(BASELINE))
    assert not expected.isNull(), "no baseline yet: run with TIMELINE_AUDIT=1"
    if expected.text("font") != family:
        pytest.skip(f"canvas font is {family!r}, baseline drawn with {expected.text('font')!r}")
    fraction = differing_fraction(actual, expected.convertToFormat(actual.format()))
    if fraction > MAX_DIFF_FRACTION:
        diff = tmp_path / "export_small-diff.png"
        a, e = _pixels(actual), _pixels(expected.convertToFormat(actual.format()))
        mask = np.abs(a.astype(np.int16) - e.astype(np.int16)).max(axis=2) > PX_THRESHOLD
        marked = a.copy()
        marked[mask] = (255, 0, 255, 255)
        QImage(marked.tobytes(), a.shape[1], a.shape[0], QImage.Format.Format_RGBA8888).save(
            str(diff)
        )
        pytest.fail(f"{fraction:.2%} of pixels differ; actual {out}, diff {diff}")
