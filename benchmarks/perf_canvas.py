"""Benchmarks of the canvas (offscreen Qt) and of start-up order.

The canvas is measured on bulk events against one baseline: painting as many plain
rectangles as there are events into an image the size of the viewport, i.e. the cheapest
possible "draw every event" canvas. Ratios below 1 show that level of detail and
clustering make the real canvas cheaper than touching every event once.

Start-up runs ``perf_startup.py`` in fresh processes: time to the main window's first
paint against the time to load the spaCy model afterwards.
"""

from __future__ import annotations

import json
import os
import random
import statistics
import subprocess
import sys
import tempfile
from pathlib import Path
from typing import Any

from perf_synth import make_timeline
from perf_timing import Row, interleaved, median_time

from timeline_app.model import Day

VIEW_W, VIEW_H = 1600, 900
#: Zoom levels for the paint and zoom-step rows: (label, days shown), centred on CENTRE.
LEVELS = (("decade", 3652.0), ("year", 365.0), ("month", 30.0), ("day", 1.0))
CENTRE = float(Day(2010, 6, 15).ordinal())
STARTUP_SCRIPT = Path(__file__).with_name("perf_startup.py")


def _app() -> Any:
    """The QApplication: an existing one, else one styled as the real app (offscreen)."""
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    from PySide6.QtWidgets import QApplication

    from timeline_app.ui.app import create_app

    existing = QApplication.instance()  # e.g. pytest-qt's: leave its style alone
    return existing if existing is not None else create_app()


def _rect_baseline(n: int) -> Any:
    """A callable painting ``n`` card-sized rects into a viewport-sized image."""
    from PySide6.QtCore import QRectF
    from PySide6.QtGui import QColor, QImage, QPainter

    rng = random.Random(5)
    rects = [
        QRectF(rng.uniform(0, VIEW_W - 120), rng.uniform(48, VIEW_H - 52), 120.0, 22.0)
        for _ in range(n)
    ]
    image = QImage(VIEW_W, VIEW_H, QImage.Format.Format_ARGB32_Premultiplied)

    def paint() -> None:
        image.fill(QColor("white"))
        painter = QPainter(image)
        painter.setPen(QColor("#5b6b7f"))
        painter.setBrush(QColor("#e8eef6"))
        painter.drawRects(rects)
        painter.end()

    return paint


def bench_canvas(n_events: int, *, repeat: int = 5) -> list[Row]:
    """Build, refresh, fit, pan, zoom steps and paints of a TimelineView on bulk events."""
    app = _app()
    import shiboken6

    from timeline_app.ui.timeline_view import ZOOM_STEP, TimelineView

    timeline = make_timeline(n_events)
    timeline.events()  # the model's combine is benchmarked on its own
    baseline = _rect_baseline(n_events)
    views: list[Any] = []

    def build() -> None:
        view = TimelineView(timeline)
        view.resize(VIEW_W, VIEW_H)
        views.append(view)

    def drop_views() -> None:  # a live view would also refresh on every model change
        while views:
            shiboken6.delete(views.pop())

    # the baseline of every canvas row
    build_s, base_s = interleaved(build, baseline, max(3, repeat // 2), setup=drop_views)
    view = views.pop()
    view.show()
    app.processEvents()
    rows = [
        _row(f"TimelineView build, {n_events:,} events", build_s, n_events, base_s,
             f"{build_s * 1000:.0f} ms, once per window"),
    ]  # fmt: skip
    for name, action in (
        ("refresh()", view.refresh),
        ("fit_all()", lambda: view.fit_all(animate=False)),
    ):
        rows.append(_row(name, median_time(action, repeat), n_events, base_s))
    rows.append(_row("one edit (set_edit), view attached", _edit_time(view, repeat), n_events,
                     base_s, "model combine + view refresh, on the GUI thread"))  # fmt: skip
    view.fit_all(animate=False)
    paint_all = median_time(view.grab, repeat)
    rows.append(_row("paint, fit all", paint_all, n_events, base_s, _drawn(view)))
    for label, days in LEVELS:
        rows.extend(_level_rows(view, label, days, ZOOM_STEP, repeat, n_events, base_s))
    shiboken6.delete(view)
    app.processEvents()
    return rows


def _edit_time(view: Any, repeat: int) -> float:
    """Median time of one title edit: the timeline notifies the view, which refreshes."""
    from timeline_app.model import EventEdit

    timeline = view.scene().timeline
    target = timeline.events()[len(timeline.events()) // 2].id
    count = iter(range(1_000_000))
    seconds = median_time(
        lambda: timeline.set_edit(target, EventEdit(title=f"Edited {next(count)}")), repeat
    )
    timeline.set_edit(target, None)
    return seconds


def _level_rows(
    view: Any, label: str, days: float, step: float, repeat: int, n: int, base_s: float
) -> list[Row]:
    """Zoom step (wheel zoom by one step), 100 px pan and a paint at one zoom level."""
    half = days / 2

    def show_level() -> None:
        view.set_visible_range(CENTRE - half, CENTRE + half)

    show_level()
    first_paint = median_time(view.grab, 1)  # labels are measured on first sight
    zoom_s = median_time(lambda: view.zoom_by(step, VIEW_W / 2), repeat, setup=show_level)
    pan_s = median_time(lambda: view.pan_by(100.0), repeat, setup=show_level)
    show_level()
    paint_s = median_time(view.grab, repeat)
    level = f"{label} ({view.tick_level()} ticks)"
    drawn = f"{_drawn(view)}; first paint {first_paint * 1000:.0f} ms"
    return [
        _row(f"zoom step, {level}", zoom_s, n, base_s),
        _row(f"pan 100 px, {level}", pan_s, n, base_s),
        _row(f"paint, {level}", paint_s, n, base_s, drawn),
    ]


def _drawn(view: Any) -> str:
    """What the viewport shows: cards, badges and how many events they stand for."""
    scene = view.scene()
    layout = scene.layout
    dx = layout.offset(scene.frame)
    units = [
        u
        for lane in layout.lanes
        for u in lane.units
        if u.row >= 0 and u.right + dx >= 0 and u.left + dx <= scene.width_px
    ]
    badges = [u for u in units if u.badge]
    events = sum(u.count for u in units)
    return f"{len(units) - len(badges)} cards + {len(badges)} badges for {events:,} events"


def _row(name: str, seconds: float, n: int, base_s: float, note: str = "") -> Row:
    return Row(
        "canvas", name, seconds, f"paint {n:,} plain rects", base_s,
        note or f"{seconds * 1000:.1f} ms",
    )  # fmt: skip


def bench_startup(*, repeat: int = 3) -> list[Row]:
    """First window paint vs spaCy model load, each run in a fresh process.

    Raises:
        RuntimeError: the start-up script failed, or spaCy was imported before the
            window's first paint (the app must show its window first).
    """
    runs = [_startup_once() for _ in range(max(1, repeat))]
    early = [r for r in runs if r["spacy_imported_at_paint"]]
    if early:
        raise RuntimeError("spaCy was imported before the window's first paint")
    paint = statistics.median(r["first_paint_s"] for r in runs)
    load = statistics.median(r["spacy_load_s"] for r in runs)
    imports = statistics.median(r["imports_s"] for r in runs)
    return [
        Row("startup", "first window paint (fresh process)", paint,
            "spaCy model load, after the paint", load,
            f"{imports:.2f} s of it imports; spaCy not imported before the paint"),
    ]  # fmt: skip


def _startup_once() -> dict[str, Any]:
    """Run the start-up script once with throwaway settings, cache and data folders."""
    with tempfile.TemporaryDirectory(prefix="timeline-perf-home-") as home:
        env = {**os.environ, "QT_QPA_PLATFORM": "offscreen"}
        for var in ("XDG_CONFIG_HOME", "XDG_DATA_HOME", "XDG_CACHE_HOME"):
            env[var] = str(Path(home) / var.lower())
        done = subprocess.run(
            [sys.executable, str(STARTUP_SCRIPT)],
            env=env, capture_output=True, text=True, timeout=300, check=False,
        )  # fmt: skip
    if done.returncode != 0:
        raise RuntimeError(f"perf_startup.py failed:\n{done.stderr[-2000:]}")
    result: dict[str, Any] = json.loads(done.stdout.strip().splitlines()[-1])
    return result
