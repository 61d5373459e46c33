"""PNG, SVG and PDF export of a timeline, painted by the same scene code as the view.

Nothing here draws on its own: a :class:`TimelineScene` is configured for export (title,
legend strip and axis at the top, height grown to fit every row) and rendered onto a
``QImage``, a ``QSvgGenerator`` or a ``QPdfWriter``. Needs only a QGuiApplication, so it
works headless with ``QT_QPA_PLATFORM=offscreen``. Never opens a dialog.
"""

from __future__ import annotations

import math
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path

from PySide6.QtCore import QMarginsF, QRect, QRectF, QSize, QSizeF, Qt
from PySide6.QtGui import QImage, QPageLayout, QPageSize, QPainter, QPdfWriter
from PySide6.QtSvg import QSvgGenerator
from PySide6.QtWidgets import QApplication

from timeline_app.geometry.axis import year_text
from timeline_app.geometry.breaks import AxisWarp
from timeline_app.geometry.frame import FIT_MARGIN_PX, Frame, frame_for_range
from timeline_app.model import Day, Event, Timeline
from timeline_app.ui.canvas.timeline_scene import TimelineScene
from timeline_app.ui.canvas.view_fit import fit_all_frame, warp_for

PAD_PX = 28.0
DEFAULT_BADGE_LIMIT = 400  # events an export shows one by one before badges may appear
IMAGE_SUFFIXES = (".png", ".jpg", ".jpeg", ".bmp", ".webp")
SUFFIXES = (*IMAGE_SUFFIXES, ".svg", ".pdf")


class ExportError(ValueError):
    """The export could not be written (unknown format, unwritable path)."""


@dataclass(frozen=True, slots=True)
class ExportResult:
    """What was written: the file, its real pixel size, and where each day landed.

    ``frame`` maps days to *logical* pixels; multiply by ``scale`` for image pixels.
    """

    path: Path
    width: int
    height: int
    scale: float
    frame: Frame

    def x_for_day(self, day: float) -> float:
        """Image pixel column of a day (days since 1970)."""
        return self.frame.x(day) * self.scale


def export_image(
    timeline: Timeline,
    path: str | Path,
    *,
    width_px: int = 1600,
    scale: float = 1.0,
    transparent: bool = False,
    day_range: tuple[float, float] | None = None,
    title: str | None = None,
    visible_documents: set[str] | None = None,
    filter: Callable[[Event], bool] | None = None,
    lanes_by_document: bool = False,
    compress: bool = True,
    warp: AxisWarp | None = None,
    max_height: int | None = None,
    badge_limit: int = DEFAULT_BADGE_LIMIT,
) -> ExportResult:
    """Write the timeline as PNG/JPEG, SVG or PDF, chosen by ``path``'s suffix.

    Every event gets its own card and the image grows in height as rows require; only
    beyond ``badge_limit`` events, or when ``max_height`` caps the height, do crowded
    moments fold into count badges, and the subtitle then says how many.

    Args:
        timeline: what to draw.
        path: output file; its suffix picks the format.
        width_px: logical width; the image is ``width_px * scale`` pixels wide.
        scale: pixel density (2.0 for print); the layout is the same at any scale.
        transparent: no background fill (PNG/SVG).
        day_range: days since 1970 to show; default: all shown events with margins.
        title: heading; default: the document titles.
        visible_documents: only events from these documents (``None``: all).
        filter: only events for which this returns true.
        lanes_by_document: one lane per document, as in the view.
        compress: squeeze long empty eras into axis breaks (as fit-all does in the view).
        warp: use these axis breaks (the view's) instead of computing them.
        max_height: the tallest image (logical pixels) allowed; rows beyond fold into badges.
        badge_limit: above this many events, badges are allowed even without a height cap.

    Raises:
        ExportError: unknown suffix, or the file could not be written.
    """
    path = Path(path)
    suffix = path.suffix.lower()
    _ensure_application()
    if suffix not in SUFFIXES:
        raise ExportError(f"Cannot export to “{suffix or path.name}”: use .png, .svg or .pdf")
    scene = build_export_scene(
        timeline,
        width_px=width_px,
        day_range=day_range,
        title=title,
        visible_documents=visible_documents,
        filter=filter,
        lanes_by_document=lanes_by_document,
        transparent=transparent,
        compress=compress,
        warp=warp,
        max_height=max_height,
        badge_limit=badge_limit,
    )
    size = QSize(int(width_px), math.ceil(scene.sceneRect().height()))
    if suffix == ".svg":
        _write_svg(scene, path, size, scene.export_title)
        scale = 1.0
    elif suffix == ".pdf":
        _write_pdf(scene, path, size, scene.export_title)
        scale = 1.0
    else:
        _write_raster(scene, path, size, scale, transparent)
    return ExportResult(
        path, round(size.width() * scale), round(size.height() * scale), scale, scene.frame
    )


def export_view(view: object, path: str | Path, **options: object) -> ExportResult:
    """Export what a :class:`TimelineView` shows: its range, filter, documents and lanes.

    ``options`` are those of :func:`export_image` and override the view's settings.
    """
    from timeline_app.ui.canvas.timeline_view import TimelineView

    assert isinstance(view, TimelineView)
    scene = view.scene()
    defaults: dict[str, object] = {
        "day_range": view.visible_range(),
        "warp": view.frame().warp,
        "visible_documents": scene.visible_documents,
        "filter": scene.filter,
        "lanes_by_document": scene.lanes_by_document,
    }
    return export_image(scene.timeline, path, **{**defaults, **options})  # type: ignore[arg-type]


def build_export_scene(
    timeline: Timeline,
    *,
    width_px: int,
    day_range: tuple[float, float] | None,
    title: str | None,
    visible_documents: set[str] | None,
    filter: Callable[[Event], bool] | None,
    lanes_by_document: bool,
    transparent: bool = False,
    compress: bool = True,
    warp: AxisWarp | None = None,
    max_height: int | None = None,
    badge_limit: int = DEFAULT_BADGE_LIMIT,
) -> TimelineScene:
    """A scene laid out for export (the same one :func:`export_image` renders)."""
    scene = TimelineScene(timeline)
    scene.transparent = transparent
    scene.set_visible_documents(visible_documents)
    scene.set_filter(filter)
    scene.set_lanes_by_document(lanes_by_document)
    scene.export_max_height = max_height
    scene.export_badge_limit = badge_limit
    inner = max(width_px - 2 * PAD_PX, 100.0)
    margin = min(FIT_MARGIN_PX, inner * 0.05)
    if warp is None:
        warp = warp_for(scene.index, inner, compress=compress, margin_px=margin)
    if day_range is None:
        frame = fit_all_frame(
            scene.index, inner, compress=compress, x0=PAD_PX, margin_px=margin, warp=warp
        )
    else:
        frame = frame_for_range(day_range[0], day_range[1], inner, x0=PAD_PX, warp=warp)
    scene.configure_export(frame, width_px, title or _default_title(timeline), "")
    scene.export_subtitle = _subtitle(scene, frame.day_range(inner))
    return scene


_APP: list[QApplication] = []  # keeps an app made here alive for the process


def _ensure_application() -> None:
    """Graphics scenes need a QApplication; make one (offscreen-friendly) if there is none.

    Raises:
        ExportError: a plain QGuiApplication is running, which cannot host a scene.
    """
    app = QApplication.instance()
    if app is None:
        _APP.append(QApplication([]))
    elif not isinstance(app, QApplication):
        raise ExportError("Exporting needs a QApplication (QtWidgets), not a QGuiApplication")


def _default_title(timeline: Timeline) -> str:
    titles = [d.title for d in timeline.documents.values() if d.title]
    if not titles:
        return "Timeline"
    return titles[0] if len(titles) == 1 else f"Timeline of {len(titles)} articles"


def _subtitle(scene: TimelineScene, day_range: tuple[float, float]) -> str:
    """ "57 events · 12 documents · 2566 BC – 2024", and how many sit in badges, if any."""
    n = len(scene.index.overlapping(*sorted(day_range)))
    docs = len([k for k in scene.index.lane_keys if k is not None])
    lo, hi = scene.index.span() or day_range
    lo, hi = max(lo, day_range[0]), min(hi, day_range[1])
    first = year_text(Day.from_ordinal(math.floor(lo)).year)
    last = year_text(Day.from_ordinal(math.floor(max(hi - 1, lo))).year)
    span = first if first == last else f"{first} – {last}"
    text = (
        f"{n:,} event{'s' if n != 1 else ''} · {docs} document{'s' if docs != 1 else ''} · {span}"
    )
    grouped = sum(u.count for lane in scene.layout.lanes for u in lane.units if u.badge)
    if grouped:
        text += f" · {grouped:,} grouped in numbered badges"
    return text


def _render(scene: TimelineScene, painter: QPainter, target: QRectF, size: QSize) -> None:
    painter.setRenderHint(QPainter.RenderHint.Antialiasing, True)
    painter.setRenderHint(QPainter.RenderHint.TextAntialiasing, True)
    scene.render(
        painter,
        target,
        QRectF(0, 0, size.width(), size.height()),
        Qt.AspectRatioMode.IgnoreAspectRatio,
    )


def _write_raster(
    scene: TimelineScene, path: Path, size: QSize, scale: float, transparent: bool
) -> None:
    w, h = round(size.width() * scale), round(size.height() * scale)
    image = QImage(w, h, QImage.Format.Format_ARGB32_Premultiplied)
    image.fill(Qt.GlobalColor.transparent if transparent else Qt.GlobalColor.white)
    painter = QPainter(image)
    _render(scene, painter, QRectF(0, 0, w, h), size)
    painter.end()
    if not image.save(str(path)):
        raise ExportError(f"Could not write {path}")


def _write_svg(scene: TimelineScene, path: Path, size: QSize, title: str) -> None:
    gen = QSvgGenerator()
    gen.setFileName(str(path))
    gen.setSize(size)
    gen.setViewBox(QRect(0, 0, size.width(), size.height()))
    gen.setTitle(title)
    gen.setDescription("Exported by Timeline")
    painter = QPainter()
    if not painter.begin(gen):
        raise ExportError(f"Could not write {path}")
    _render(scene, painter, QRectF(0, 0, size.width(), size.height()), size)
    painter.end()


def _write_pdf(scene: TimelineScene, path: Path, size: QSize, title: str) -> None:
    writer = QPdfWriter(str(path))
    writer.setTitle(title)
    writer.setCreator("Timeline")
    writer.setResolution(96)
    page = QPageSize(
        QSizeF(size.width() * 0.75, size.height() * 0.75),
        QPageSize.Unit.Point,
        "Timeline",
        QPageSize.SizeMatchPolicy.ExactMatch,
    )
    writer.setPageLayout(
        QPageLayout(page, QPageLayout.Orientation.Portrait, QMarginsF(0, 0, 0, 0))
    )
    painter = QPainter()
    if not painter.begin(writer):
        raise ExportError(f"Could not write {path}")
    target = QRectF(0, 0, writer.width(), writer.height())
    _render(scene, painter, target, size)
    painter.end()
