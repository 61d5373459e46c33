"""A sorted, array-backed index of the events the canvas shows.

The canvas must stay fluid with 100,000 events, so it never walks all of them per
frame: starts/ends live in numpy arrays sorted by start, visible ones are found with
``searchsorted``, and label text is elided and measured only when first needed.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Iterable, Mapping

import numpy as np
from PySide6.QtCore import Qt
from PySide6.QtGui import QFontMetricsF

from timeline_app.model import Document, Event, Granularity
from timeline_app.ui import palette
from timeline_app.ui.axis import format_day

EventFilter = Callable[[Event], bool]

CARD_PAD_PX = 7.0  # text inset inside a card
DATE_MAX_PX = 120.0
TITLE_MAX_PX = 210.0
LABEL_GAP_PX = 6.0  # between the date and the title
_TIME = re.compile(r"(\d{1,2}):(\d{2})")
_POINT = (Granularity.TIME, Granularity.DAY)


def event_start_day(event: Event) -> float:
    """Anchor day of an event as a float: its first day, plus the clock time if known."""
    start = float(event.when.earliest.ordinal())
    m = _TIME.search(event.when.time or "")
    if m and event.when.is_point:
        start += (int(m.group(1)) % 24) / 24 + int(m.group(2)) / 1440
    return start


def is_point(event: Event) -> bool:
    """Drawn as a dot: a single day or a time, not a range."""
    return (
        event.when.is_point
        and not event.when.is_range
        and (event.when.granularity in _POINT or event.when.earliest == event.when.latest)
    )


class EventIndex:
    """The filtered events in start order, with lanes and lazily measured labels.

    Args:
        events: every event of the timeline.
        documents: the timeline's documents, in the order lanes are shown.
        keep: predicate deciding which events are shown (filter and visible documents).
    """

    def __init__(
        self, events: Iterable[Event], documents: Mapping[str, Document], keep: EventFilter
    ) -> None:
        kept = [e for e in events if keep(e)]
        starts = np.array([event_start_day(e) for e in kept], dtype=np.float64)
        order = np.argsort(starts, kind="stable")
        self.events: list[Event] = [kept[i] for i in order]
        self.starts: np.ndarray = starts[order]
        self.point: np.ndarray = np.array([is_point(e) for e in self.events], dtype=bool)
        ends = np.array([e.when.latest.ordinal() + 1.0 for e in self.events], dtype=np.float64)
        self.ends: np.ndarray = np.where(self.point, self.starts, ends) if len(ends) else ends
        self.pos: dict[str, int] = {e.id: i for i, e in enumerate(self.events)}
        self.doc: list[str | None] = [e.documents[0] if e.documents else None for e in self.events]
        self.lane_keys: list[str | None] = self._lane_keys(documents)
        lane_of = {k: i for i, k in enumerate(self.lane_keys)}
        self.lane: np.ndarray = np.array([lane_of[d] for d in self.doc], dtype=np.int64)
        self._width = np.full(len(self.events), np.nan)
        self._labels: dict[int, tuple[str, str]] = {}
        self.date_metrics = QFontMetricsF(palette.ui_font(12, bold=True))
        self.title_metrics = QFontMetricsF(palette.ui_font(12))

    def __len__(self) -> int:
        return len(self.events)

    def _lane_keys(self, documents: Mapping[str, Document]) -> list[str | None]:
        present = set(self.doc)
        keys: list[str | None] = [d for d in documents if d in present]
        keys += sorted({d for d in present if d is not None and d not in documents})
        if None in present:
            keys.append(None)
        return keys

    def span(self) -> tuple[float, float] | None:
        """First start and last end of all indexed events."""
        if not self.events:
            return None
        return float(self.starts[0]), float(max(self.ends.max(), self.starts[-1]))

    def overlapping(self, day0: float, day1: float) -> np.ndarray:
        """Positions of events that overlap ``[day0, day1]``, in start order."""
        hi = int(np.searchsorted(self.starts, day1, side="right"))
        if hi == 0:
            return np.empty(0, dtype=np.int64)
        return np.flatnonzero(np.maximum(self.ends[:hi], self.starts[:hi]) >= day0)

    def label(self, i: int) -> tuple[str, str]:
        """The elided (date as written, title) pair shown on event ``i``'s card."""
        cached = self._labels.get(i)
        if cached is None:
            event = self.events[i]
            date = event.when.text.strip() or format_day(event.when.earliest)
            date = self.date_metrics.elidedText(date, Qt.TextElideMode.ElideRight, DATE_MAX_PX)
            title = " ".join(event.title.split()) or "(untitled)"
            title = self.title_metrics.elidedText(title, Qt.TextElideMode.ElideRight, TITLE_MAX_PX)
            cached = self._labels[i] = (date, title)
        return cached

    def card_width(self, i: int) -> float:
        """Width of event ``i``'s card: dot lead, date, gap, title and padding."""
        w = self._width[i]
        if np.isnan(w):
            date, title = self.label(i)
            w = (
                self.date_metrics.horizontalAdvance(date)
                + LABEL_GAP_PX
                + self.title_metrics.horizontalAdvance(title)
                + 2 * CARD_PAD_PX
            )
            if self.point[i]:
                w += 8.0
            self._width[i] = w
        return float(w)
