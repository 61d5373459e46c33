"""Writing a timeline to a file, by format; shared by File → Export… and headless export.

Images go through the canvas's ``export.export_image``/``export_view`` (the same scene code
as the window, so the picture matches the screen); data formats go through the io writers.
No dialogs here: callers decide what to ask.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from timeline_app.model import Event, Timeline

IMAGE_FORMATS = ("png", "svg", "pdf")
DATA_FORMATS = ("json", "csv", "timelinejs")
#: Format -> (dialog label, file suffix).
FORMATS = {
    "png": ("PNG image", ".png"),
    "svg": ("SVG vector image", ".svg"),
    "pdf": ("PDF document", ".pdf"),
    "json": ("JSON (events and sources)", ".json"),
    "csv": ("CSV spreadsheet", ".csv"),
    "timelinejs": ("TimelineJS JSON (web)", ".timelinejs.json"),
}


def format_for(path: Path) -> str | None:
    """The export format a file name asks for, or None when unknown."""
    name = path.name.lower()
    if name.endswith((".timelinejs.json", ".js.json", ".tljs.json")):
        return "timelinejs"
    suffix = path.suffix.lower().lstrip(".")
    return suffix if suffix in FORMATS else None


@dataclass(frozen=True)
class ExportOptions:
    """Everything one export needs.

    Attributes:
        path: the file to write.
        format: a key of :data:`FORMATS`.
        current_view: images only: what the view shows instead of the whole timeline.
        width_px: images only: width before scaling.
        scale: images only: device pixel ratio (2 for print).
        transparent: images only: no background fill.
        title: heading drawn on images.
        max_height: images only: tallest image allowed (None: grow until every event
            has a card); crowded moments beyond fold into numbered badges.
        compress: images only: squeeze long empty eras into axis breaks.
    """

    path: Path
    format: str
    current_view: bool = False
    width_px: int = 1600
    scale: float = 1.0
    transparent: bool = False
    title: str | None = None
    max_height: int | None = None
    compress: bool = True


def write_data(fmt: str, path: Path, timeline: Timeline, events: list[Event]) -> None:
    """JSON, CSV or TimelineJS through the io writers."""
    documents = list(timeline.documents.values())
    if fmt == "json":
        from timeline_app.io import json_out

        json_out.write_json(json_out.extraction_to_dict(documents, events), path)
    elif fmt == "csv":
        from timeline_app.io import csv_out

        csv_out.write_csv(documents, events, path)
    elif fmt == "timelinejs":
        from timeline_app.io import json_out, timelinejs

        json_out.write_json(timelinejs.to_timelinejs(documents, events), path)
    else:
        raise ValueError(f"not a data format: {fmt}")


def export(
    options: ExportOptions,
    timeline: Timeline,
    *,
    view: Any = None,
    visible_documents: set[str] | None = None,
    predicate: Callable[[Event], bool] | None = None,
    day_range: tuple[float, float] | None = None,
    lanes_by_document: bool = False,
) -> None:
    """Write ``options.path`` with what the user sees (the filter applies to every format).

    Raises:
        ValueError: unknown format. OSError, ``ui.export.ExportError`` and the io
            writers' errors propagate.
    """
    if options.format in DATA_FORMATS:
        events = [e for e in timeline.events() if predicate is None or predicate(e)]
        write_data(options.format, options.path, timeline, events)
        return
    if options.format not in IMAGE_FORMATS:
        raise ValueError(f"unknown export format: {options.format}")
    _write_image(
        options, timeline, view, visible_documents, predicate, day_range, lanes_by_document
    )


def _write_image(
    options: ExportOptions,
    timeline: Timeline,
    view: Any,
    visible_documents: set[str] | None,
    predicate: Callable[[Event], bool] | None,
    day_range: tuple[float, float] | None,
    lanes_by_document: bool,
) -> None:
    """PNG/SVG/PDF through the canvas's exporter (the view's own range for "current view")."""
    from timeline_app.ui.export import image as image_export

    common: dict[str, Any] = {
        "width_px": options.width_px,
        "scale": options.scale,
        "transparent": options.transparent,
        "title": options.title,
        "max_height": options.max_height,
    }
    if options.current_view and view is not None:
        image_export.export_view(view, options.path, **common)
        return
    image_export.export_image(
        timeline,
        options.path,
        compress=options.compress,
        day_range=day_range,
        visible_documents=visible_documents,
        filter=predicate,
        lanes_by_document=lanes_by_document,
        **common,
    )
