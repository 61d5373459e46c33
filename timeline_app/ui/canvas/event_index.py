"""A sorted, array-backed index of the events the canvas shows.

The canvas must stay fluid with 100,000 events, so it never walks all of them per
frame: starts/ends live in numpy arrays sorted by start, visible ones are found with
``searchsorted``, and label text is elided and measured only when first needed.
"""

from __future__ import annotations

import re
from bisect import bisect_left
from collections.abc import Callable, Collection, Iterable, Mapping
from operator import attrgetter, itemgetter
from typing import TypeVar

import numpy as np
from PySide6.QtCore import Qt
from PySide6.QtGui import QFontMetricsF

from timeline_app.model import Document, Event, Granularity, Timeline
from timeline_app.model.when_text import short_label
from timeline_app.ui.canvas import palette

EventFilter = Callable[[Event], bool]
T = TypeVar("T")

CARD_PAD_PX = 7.0  # text inset inside a card
CARD_MAX_PX = 420.0  # widest card; a longer title wraps instead of being cut
MAX_LINES = 3  # lines of title on one card; only a title longer than that is elided
LABEL_GAP_PX = 6.0  # between the date and the title
DOT_LEAD_PX = 8.0  # room for a point's dot before its text
_TIME = re.compile(r"(\d{1,2}):(\d{2})")
_POINT = (Granularity.TIME, Granularity.DAY)
_ID = attrgetter("id")
MAX_PATCH = 64  # more changed events than this: one merge of sorted arrays is cheaper


def event_start_day(event: Event) -> float:
    """Anchor day of an event as a float: its first day, plus the clock time if known."""
    when = event.when
    start = float(when.earliest.ordinal())
    m = _TIME.search(when.time) if when.time else None
    if m and when.is_point:
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
        self._install(kept, starts, np.argsort(starts, kind="stable"), documents)
        self._width = np.full(len(self.events), np.nan)
        self._labels: dict[str, tuple[str, tuple[str, ...]]] = {}  # by id: positions shift
        self.date_metrics = QFontMetricsF(palette.ui_font(12, bold=True))
        self.title_metrics = QFontMetricsF(palette.ui_font(12))

    def _install(
        self,
        events: list[Event],
        starts: np.ndarray,
        order: np.ndarray,
        documents: Mapping[str, Document],
        point: np.ndarray | None = None,
        ends: np.ndarray | None = None,
        doc: list[str | None] | None = None,
    ) -> None:
        """Hold ``events`` in ``order`` (positions into them), with their lanes.

        ``point``, ``ends`` and ``doc`` (in the events' own order) are computed when not
        given: a merge hands over those of the untouched events (reading 17,000 events'
        sources again costs more than the rest of the merge).
        """
        self.events = _take(events, order.tolist())
        self.starts = starts[order]
        if point is None:
            self.point = np.array([is_point(e) for e in self.events], dtype=bool)
        else:
            self.point = point[order]
        if ends is None:
            ends = np.array([e.when.latest.ordinal() + 1.0 for e in self.events], dtype=float)
            self.ends = np.where(self.point, self.starts, ends) if len(ends) else ends
        else:
            self.ends = ends[order]
        self.pos = dict(zip(map(_ID, self.events), range(len(self.events)), strict=True))
        if doc is None:
            self.doc = [_first_document(e) for e in self.events]
        else:
            self.doc = _take(doc, order.tolist())
        self.lane_keys = self._lane_keys(documents)
        lane_of = {k: i for i, k in enumerate(self.lane_keys)}
        self.lane = np.fromiter(map(lane_of.__getitem__, self.doc), np.int64, len(self.doc))

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
        """The (resolved date, title) pair shown on event ``i``'s card, title unwrapped."""
        date, lines = self.card_text(i)
        return date, " ".join(lines)

    def card_text(self, i: int) -> tuple[str, tuple[str, ...]]:
        """Resolved date and the title's lines on event ``i``'s card.

        A card is as wide as its text up to :data:`CARD_MAX_PX`; a longer title wraps at
        word boundaries onto up to :data:`MAX_LINES` lines, and only what does not fit in
        those is elided.
        """
        event = self.events[i]
        cached = self._labels.get(event.id)
        if cached is None:
            date = short_label(event.when)
            title = " ".join(event.title.split()) or "(untitled)"
            room = (
                CARD_MAX_PX
                - 2 * CARD_PAD_PX
                - self.date_metrics.horizontalAdvance(date)
                - LABEL_GAP_PX
                - (DOT_LEAD_PX if self.point[i] else 0.0)
            )
            cached = self._labels[event.id] = (date, wrap_text(title, self.title_metrics, room))
        return cached

    def card_lines(self, i: int) -> int:
        """How many text lines (and so rows) event ``i``'s card takes."""
        return len(self.card_text(i)[1])

    def card_width(self, i: int) -> float:
        """Width of event ``i``'s card: dot lead, date, gap, widest title line and padding."""
        w = self._width[i]
        if np.isnan(w):
            date, lines = self.card_text(i)
            w = (
                self.date_metrics.horizontalAdvance(date)
                + LABEL_GAP_PX
                + max(self.title_metrics.horizontalAdvance(t) for t in lines)
                + 2 * CARD_PAD_PX
            )
            if self.point[i]:
                w += DOT_LEAD_PX
            self._width[i] = w
        return float(w)

    # -- patching after a few events changed ------------------------------------------------
    def patch(self, timeline: Timeline, ids: Collection[str], keep: EventFilter) -> bool:
        """Bring the index up to date after the events ``ids`` changed in ``timeline``.

        Rebuilding costs ~0.6 s on 100,000 events; one edit only needs its event taken out
        and put back. Ties on the start day keep the timeline's order, exactly as the
        stable sort of a rebuild does.

        Returns:
            False when the change needs a rebuild instead (a lane appears or empties, or
            many events changed); the index is then unusable.
        """
        if len(ids) > MAX_PATCH:
            return False
        lanes_before = len(self.lane_keys)
        gone = sorted((self.pos[i] for i in ids if i in self.pos), reverse=True)
        for i in gone:
            self._remove(i)
        lane_of = {k: n for n, k in enumerate(self.lane_keys)}
        added: list[int] = []
        for event_id in ids:
            event = timeline.event(event_id)
            if event is None or not keep(event):
                continue
            doc = event.documents[0] if event.documents else None
            if doc not in lane_of:
                return False
            added.append(self._insert(event, doc, lane_of[doc], timeline))
        self._renumber(gone, added)
        present = np.bincount(self.lane, minlength=lanes_before) > 0
        return bool(present.all())

    def merge(self, timeline: Timeline, ids: Collection[str], keep: EventFilter) -> None:
        """Bring the index up to date after many events changed (a batch of articles).

        The untouched events keep their computed days and measured widths; only the
        changed ones are computed, and one numpy sort by (start day, timeline position)
        puts all in the order a rebuild gives. Lanes are derived again, since new
        documents bring new lanes.
        """
        stay = np.ones(len(self.events), dtype=bool)
        stay[[self.pos[i] for i in ids if i in self.pos]] = False
        kept = np.flatnonzero(stay)
        fresh = [e for e in map(timeline.event, ids) if e is not None and keep(e)]
        events = _take(self.events, kept.tolist()) + fresh
        new_starts = np.array([event_start_day(e) for e in fresh], dtype=np.float64)
        new_point = np.array([is_point(e) for e in fresh], dtype=bool)
        new_ends = np.array([e.when.latest.ordinal() + 1.0 for e in fresh], dtype=np.float64)
        new_ends = np.where(new_point, new_starts, new_ends) if fresh else new_ends
        starts = np.concatenate([self.starts[kept], new_starts])
        shown = timeline.events()
        where = dict(zip(map(_ID, shown), range(len(shown)), strict=True))
        rank = np.fromiter(map(where.__getitem__, map(_ID, events)), np.int64, len(events))
        order = np.lexsort((rank, starts))
        width = np.concatenate([self._width[kept], np.full(len(fresh), np.nan)])
        self._install(
            events,
            starts,
            order,
            timeline.documents,
            np.concatenate([self.point[kept], new_point]),
            np.concatenate([self.ends[kept], new_ends]),
            _take(self.doc, kept.tolist()) + [_first_document(e) for e in fresh],
        )
        self._width = width[order]
        for event_id in ids:
            self._labels.pop(event_id, None)

    def _remove(self, i: int) -> None:
        event = self.events.pop(i)
        del self.doc[i], self.pos[event.id]
        self._labels.pop(event.id, None)
        self.starts, self.point, self.ends, self.lane, self._width = (
            np.delete(a, i) for a in (self.starts, self.point, self.ends, self.lane, self._width)
        )

    def _insert(self, event: Event, doc: str | None, lane: int, timeline: Timeline) -> int:
        start = event_start_day(event)
        lo = int(np.searchsorted(self.starts, start, side="left"))
        hi = int(np.searchsorted(self.starts, start, side="right"))
        if hi > lo:  # equal starts: timeline order decides, as in the stable argsort
            i = bisect_left(
                self.events, timeline.index_of(event.id), lo, hi,
                key=lambda e: timeline.index_of(e.id),
            )  # fmt: skip
        else:
            i = lo
        point = is_point(event)
        end = start if point else event.when.latest.ordinal() + 1.0
        self.events.insert(i, event)
        self.doc.insert(i, doc)
        self.starts = np.insert(self.starts, i, start)
        self.point = np.insert(self.point, i, point)
        self.ends = np.insert(self.ends, i, end)
        self.lane = np.insert(self.lane, i, lane)
        self._width = np.insert(self._width, i, np.nan)
        self._labels.pop(event.id, None)
        return i

    def _renumber(self, gone: list[int], added: list[int]) -> None:
        """Fix :attr:`pos` where positions moved.

        Before the first touched position nothing moved; after the last one, as many
        events went as came, so nothing moved there either. Only that stretch is renumbered
        (a title edit renumbers one entry, not 100,000).
        """
        touched = gone + added
        if not touched:
            return
        n = len(self.events)
        hi = max(touched) + len(added) + 1 if len(gone) == len(added) else n
        events, pos = self.events, self.pos
        for k in range(min(touched), min(hi, n)):
            pos[events[k].id] = k


def _first_document(event: Event) -> str | None:
    """An event's first document: its first source's (``Event.documents`` builds a tuple)."""
    return event.sources[0].document if event.sources else None


def _take(items: list[T], positions: list[int]) -> list[T]:
    """``[items[i] for i in positions]`` at C speed (``itemgetter``)."""
    if len(positions) < 2:
        return [items[i] for i in positions]
    return list(itemgetter(*positions)(items))


def wrap_text(
    text: str, metrics: QFontMetricsF, width: float, max_lines: int = MAX_LINES
) -> tuple[str, ...]:
    """``text`` broken at spaces into lines no wider than ``width``; the last is elided.

    A word longer than a whole line is elided on its own line rather than split.
    """
    width = max(width, 40.0)
    if metrics.horizontalAdvance(text) <= width:
        return (text,)
    lines: list[str] = []
    words = text.split(" ")
    while words and len(lines) < max_lines - 1:
        line = words.pop(0)
        while words and metrics.horizontalAdvance(f"{line} {words[0]}") <= width:
            line = f"{line} {words.pop(0)}"
        lines.append(metrics.elidedText(line, Qt.TextElideMode.ElideRight, width))
    if words:
        rest = " ".join(words)
        lines.append(metrics.elidedText(rest, Qt.TextElideMode.ElideRight, width))
    return tuple(lines)
