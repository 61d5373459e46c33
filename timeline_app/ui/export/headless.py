"""``timeline-app export PATH... -o out.png``: extraction and export with no window.

Images are drawn by the same scene code as the window (``ui.export``), which needs a
QGuiApplication but no screen: on a machine without a display the offscreen platform is
used, so this works in CI and over SSH.
"""

from __future__ import annotations

import os
import sys
from collections.abc import Iterable
from pathlib import Path

from timeline_app.model import Day, Event, Timeline
from timeline_app.ui.export.formats import IMAGE_FORMATS, ExportOptions, export, format_for


def _day(value: Day | str | None, *, last: bool) -> Day | None:
    """A --from/--to bound: the first (or last) day of what the text means."""
    if value is None or value == "":
        return None
    if isinstance(value, Day):
        return value
    from timeline_app.ui.base.date_input import parse_when

    when = parse_when(str(value))
    if when is None:
        raise ValueError(f"not a date: {value!r}")
    return when.latest if last else when.earliest


def _title(timeline: Timeline) -> str:
    docs = list(timeline.documents.values())
    if len(docs) == 1 and docs[0].title:
        return docs[0].title
    return f"Timeline of {len(docs)} articles"


def export_main(
    paths: Iterable[str | os.PathLike[str]],
    out: str | os.PathLike[str],
    *,
    width: int = 1600,
    scale: float = 1.0,
    date_from: Day | str | None = None,
    date_to: Day | str | None = None,
    reference_date: Day | str | None = None,
    max_height: int | None = None,
    compress: bool = True,
    jobs: int = 1,
    language: str = "",
) -> int:
    """Read ``paths``, find events, write ``out`` (format from its extension).

    Returns:
        0 on success, 1 when nothing could be read or the file could not be written,
        2 for bad arguments (unknown format, unreadable dates).
    """
    target = Path(out)
    fmt = format_for(target)
    if fmt is None:
        sys.stderr.write(
            f"error: unknown export format for {target.name} "
            "(use .png .svg .pdf .json .csv .timelinejs.json)\n"
        )
        return 2
    try:
        first, last = _day(date_from, last=False), _day(date_to, last=True)
        reference = _day(reference_date, last=False)
    except ValueError as exc:
        sys.stderr.write(f"error: {exc}\n")
        return 2
    timeline = _extract([Path(p) for p in paths], reference, jobs, language)
    if timeline is None:
        return 1
    return _write(
        fmt,
        target,
        timeline,
        first,
        last,
        ExportOptions(
            target,
            fmt,
            width_px=width,
            scale=scale,
            title=_title(timeline),
            max_height=max_height,
            compress=compress,
        ),
    )


def _extract(
    paths: list[Path], reference: Day | None, jobs: int = 1, language: str = ""
) -> Timeline | None:
    from timeline_app import pipeline

    result = pipeline.ingest(paths, reference_date=reference, jobs=jobs, language=language)
    for error in result.errors:
        sys.stderr.write(f"warning: {error.path}: {error.message}\n")
    if not result.documents:
        sys.stderr.write("error: no document could be read\n")
        return None
    timeline = Timeline()
    pipeline.merge_into(timeline, result)
    return timeline


def _write(
    fmt: str,
    target: Path,
    timeline: Timeline,
    first: Day | None,
    last: Day | None,
    options: ExportOptions,
) -> int:
    from timeline_app.ui.base.event_filter import EventFilter

    window = EventFilter(first=first, last=last)
    predicate = None if window.is_empty() else (lambda e: window.matches(e))
    day_range = None
    if first is not None or last is not None:
        events: list[Event] = [e for e in timeline.events() if window.matches(e)] or list(
            timeline.events()
        )
        lo = first.ordinal() if first else min(e.when.earliest.ordinal() for e in events)
        hi = last.ordinal() + 1 if last else max(e.when.latest.ordinal() for e in events) + 1
        day_range = (float(lo), float(hi))
    if fmt in IMAGE_FORMATS:
        _ensure_gui()
    try:
        target.parent.mkdir(parents=True, exist_ok=True)
        export(options, timeline, predicate=predicate, day_range=day_range)
    except Exception as exc:  # the command line's boundary: report, never a traceback
        sys.stderr.write(f"error: could not write {target}: {exc}\n")
        return 1
    n = sum(1 for e in timeline.events() if predicate is None or predicate(e))
    sys.stderr.write(f"wrote {target} ({n} events)\n")
    return 0


def _ensure_gui() -> None:
    """A QApplication for drawing, offscreen when there is no display."""
    from timeline_app.ui.base.platform import ensure_platform

    ensure_platform(headless=True)
    from PySide6.QtWidgets import QApplication

    if QApplication.instance() is None:
        QApplication([sys.argv[0] if sys.argv else "timeline-app"])
