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
from collections.abc import Callable
from pathlib import Path
from typing import Any

from perf_synth import make_timeline
from perf_timing import Row, interleaved, timed

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

    from timeline_app.ui.window.app import create_app

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


class _Bench:
    """Times canvas operations, each interleaved with its own runs of the rect baseline."""

    def __init__(self, view: Any, n: int, repeat: int) -> None:
        self.view, self.n, self.repeat = view, n, repeat
        self.baseline = _rect_baseline(n)

    def row(
        self,
        name: str,
        op: Callable[[], object],
        *,
        setup: Callable[[], object] | None = None,
        note: str = "",
    ) -> Row:
        seconds, base_s = interleaved(op, self.baseline, self.repeat, setup=setup)
        return Row("canvas", name, seconds, f"paint {self.n:,} plain rects", base_s, note)


def bench_canvas(n_events: int, *, repeat: int = 5) -> list[Row]:
    """Build, refresh, fit, edit, zoom steps, pans and paints of a TimelineView."""
    app = _app()
    import shiboken6

    from timeline_app.ui.canvas.timeline_view import TimelineView

    timeline = make_timeline(n_events)
    timeline.events()  # the model's combine is benchmarked on its own
    views: list[Any] = []

    def build() -> None:
        view = TimelineView(timeline)
        view.resize(VIEW_W, VIEW_H)
        views.append(view)

    def drop_views() -> None:  # a live view would also refresh on every model change
        while views:
            shiboken6.delete(views.pop())

    bench = _Bench(None, n_events, max(3, repeat // 2))
    name = f"TimelineView build, {n_events:,} events"
    rows = [bench.row(name, build, setup=drop_views, note="once per window")]
    bench.view, bench.repeat = views.pop(), repeat
    bench.view.show()
    app.processEvents()
    rows += _whole_rows(bench)
    for label, days in LEVELS:
        rows += _level_rows(bench, label, days)
    shiboken6.delete(bench.view)
    app.processEvents()
    rows += _breaks_rows(bench, timeline)
    app.processEvents()
    return rows + _window_rows(bench, timeline)


def _whole_rows(bench: _Bench) -> list[Row]:
    """Operations on the whole timeline: refresh, fit, one edit, paint of the fitted view."""
    from timeline_app.model import EventEdit

    view = bench.view
    timeline = view.scene().timeline
    target = timeline.events()[len(timeline.events()) // 2].id
    count = iter(range(1_000_000))
    rows = [
        bench.row("refresh()", view.refresh),
        bench.row("fit_all()", lambda: view.fit_all(animate=False)),
        bench.row("one edit (set_edit), view attached",
                  lambda: timeline.set_edit(target, EventEdit(title=f"Edited {next(count)}")),
                  note="model + view patched for the one event, on the GUI thread"),
    ]  # fmt: skip
    timeline.set_edit(target, None)
    view.fit_all(animate=False)
    rows.append(bench.row("paint, fit all", view.grab, note=_drawn(view)))
    return rows


def _window_rows(bench: _Bench, timeline: Any) -> list[Row]:
    """Edits with the whole main window attached (canvas, table, detail panel, lists).

    Every subscribed widget reacts on the GUI thread, so this is what a user waits for.
    Each run starts from the unedited event (an untimed setup), so every run moves,
    deletes or restores it for real. Settings and autosaves go to a temporary folder.
    """
    import shiboken6
    from PySide6.QtCore import QSettings
    from PySide6.QtWidgets import QApplication

    from timeline_app.model import EventEdit, Granularity, When
    from timeline_app.ui.window.main_window import MainWindow

    def set_edit(change: EventEdit | None) -> Callable[[], None]:
        def run() -> None:
            timeline.set_edit(target.id, change)
            QApplication.processEvents()  # repaints included

        return run

    with tempfile.TemporaryDirectory() as tmp:
        old_data = os.environ.get("TIMELINE_DATA_DIR")
        os.environ["TIMELINE_DATA_DIR"] = tmp
        settings = QSettings(f"{tmp}/s.ini", QSettings.Format.IniFormat)
        window = MainWindow(timeline, settings=settings)
        window.projects.autosave_timer.stop()
        window.resize(VIEW_W, VIEW_H)
        window.show()
        target = timeline.events()[len(timeline.events()) // 2]
        window.select_events([target.id])
        QApplication.processEvents()
        late = Day(2031, 1, 1)
        deleted, moved = (
            EventEdit(deleted=True),
            EventEdit(when=When("2031", late, late, Granularity.DAY)),
        )
        cases = (
            ("title edit", EventEdit(title="Edited in the window"), None),
            ("date edit", moved, None),
            ("delete", deleted, None),
            ("undo of the delete", None, deleted),
        )
        rows = [
            bench.row(f"main window: {name}", set_edit(change), setup=set_edit(start),
                      note="every subscribed widget, repaint included")
            for name, change, start in cases
        ]  # fmt: skip
        window.projects.set_dirty(False)
        shiboken6.delete(window)
        QApplication.processEvents()
        if old_data is None:
            os.environ.pop("TIMELINE_DATA_DIR", None)
        else:
            os.environ["TIMELINE_DATA_DIR"] = old_data
    return rows


def _level_rows(bench: _Bench, label: str, days: float) -> list[Row]:
    """Zoom step (one wheel notch), 100 px pan and a paint at one zoom level."""
    from timeline_app.ui.canvas.view_navigation import ZOOM_STEP

    view, half = bench.view, days / 2

    def show_level() -> None:
        view.set_visible_range(CENTRE - half, CENTRE + half)

    show_level()
    first_paint = timed(view.grab)  # labels are measured on first sight
    level = f"{label} ({view.tick_level()} ticks)"
    drawn = f"{_drawn(view)}; first paint {first_paint * 1000:.0f} ms"
    return [
        bench.row(f"zoom step, {level}", lambda: view.zoom_by(ZOOM_STEP, VIEW_W / 2),
                  setup=show_level),
        bench.row(f"pan 100 px, {level}", lambda: view.pan_by(100.0), setup=show_level),
        bench.row(f"paint, {level}", view.grab, setup=show_level, note=drawn),
    ]  # fmt: skip


ANCIENT = ((-2565, "The Great Pyramid is completed"), (-1207, "A city wall is rebuilt"),
           (-43, "A dictator is assassinated"), (79, "A volcano buries two towns"))  # fmt: skip


def _breaks_rows(bench: _Bench, timeline: Any) -> list[Row]:
    """The same events plus four ancient ones: fit-all squeezes the empty eras into breaks.

    Rows: finding the breaks (pure, all events), fit-all, a paint of the fitted view, a
    zoom step whose anchor sits in a break, and a pan; the view is rebuilt on a copy of
    the timeline with the ancient events added, so the rows above are unchanged.
    """
    import shiboken6

    from timeline_app.geometry.break_finder import compress_gaps
    from timeline_app.model import Event, Granularity, Provenance, Timeline, When
    from timeline_app.ui.canvas.timeline_view import TimelineView
    from timeline_app.ui.canvas.view_navigation import ZOOM_STEP

    doc = next(iter(timeline.documents.values()))
    extra = []
    for year, title in ANCIENT:
        day0, day1 = Day(year), Day(year, 12, 31)
        quote = f"{title} in {year}."
        src = Provenance(doc.id, 0, len(quote), 0, 4, quote)
        extra.append(
            Event(
                f"ancient-{year}",
                title,
                When(str(year), day0, day1, Granularity.YEAR),
                quote,
                (src,),
            )
        )
    mixed = Timeline()
    mixed.set_extraction(timeline.documents.values(), [*timeline.extracted.values(), *extra])
    view = TimelineView(mixed)
    view.resize(VIEW_W, VIEW_H)
    view.show()
    index = view.scene().index
    warp = view.frame().warp
    if len(warp.breaks) < 2:
        raise RuntimeError(f"expected breaks before 1800, got {warp.breaks}")
    anchor = view.frame().x(warp.breaks[-1].day_hi) - 10

    def fit() -> None:
        view.fit_all(animate=False)

    n = f"{len(index):,} events, {len(warp.breaks)} breaks"
    rows = [
        bench.row(f"breaks: find breaks ({n})",
                  lambda: compress_gaps(index.starts, index.ends, VIEW_W)),
        bench.row("breaks: fit_all()", fit),
        bench.row("breaks: paint, fit all", view.grab, setup=fit, note=_drawn(view)),
        bench.row("breaks: zoom step anchored in a break",
                  lambda: view.zoom_by(ZOOM_STEP, anchor), setup=fit),
        bench.row("breaks: pan 100 px", lambda: view.pan_by(100.0), setup=fit),
    ]  # fmt: skip
    shiboken6.delete(view)
    return rows


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
    cards = len(units) - len(badges)
    return f"{cards} cards + {len(badges)} count badges standing for {events:,} events"


def bench_startup(*, repeat: int = 3, model: bool = True) -> list[Row]:
    """First window paint vs spaCy model load, each run in a fresh process.

    ``model=False`` runs the probe with ``TIMELINE_NO_MODEL=1`` (the smoke test's way to
    stay fast); the "load" is then only the check that there is no model.

    Raises:
        RuntimeError: the start-up script failed, or spaCy was imported before the
            window's first paint (the app must show its window first).
    """
    runs = [_startup_once(model) for _ in range(max(1, repeat))]
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


def _startup_once(model: bool) -> dict[str, Any]:
    """Run the start-up script once with throwaway settings, cache and data folders."""
    from timeline_app.core.nlp import NO_MODEL_ENV

    with tempfile.TemporaryDirectory(prefix="timeline-perf-home-") as home:
        env = {**os.environ, "QT_QPA_PLATFORM": "offscreen", NO_MODEL_ENV: "" if model else "1"}
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
