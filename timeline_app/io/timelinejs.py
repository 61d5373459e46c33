"""Export for TimelineJS3 (Knight Lab), the web timeline newsrooms embed.

Format: ``{"title": slide, "events": [slide…]}`` where a slide has ``start_date`` /
``end_date`` date objects (``year`` required; ``month``, ``day``, ``hour``, ``minute``
optional), ``text`` (``headline`` and ``text``, both HTML), ``group``, ``display_date``
and ``unique_id``. Precision is expressed by leaving fields out: a year-granularity
event has only ``year``, so TimelineJS does not pretend it happened on 1 January.

BCE: TimelineJS users write 500 BC as year ``-500`` (there is no year 0 on its axis
labels), while the model uses astronomical years (500 BC is -499). Years <= 0 are
shifted by one so a BCE date lands where a TimelineJS author would have put it.
"""

from __future__ import annotations

import html
import re
from collections.abc import Iterable

from timeline_app.model import Day, Document, Event, Granularity, When

_DAY_PRECISE = frozenset({Granularity.TIME, Granularity.DAY, Granularity.WEEK})
_MONTH_PRECISE = frozenset(
    {Granularity.MONTH, Granularity.SEASON, Granularity.QUARTER, Granularity.HALF}
)
_CLOCK = re.compile(r"T?(\d{1,2}):(\d{2})")

DateObject = dict[str, int | str]


def to_timelinejs(
    documents: Iterable[Document], events: Iterable[Event], *, title: str | None = None
) -> dict[str, object]:
    """A TimelineJS3 JSON object for ``events``, grouped by their first document's title.

    Args:
        documents: the documents the events cite (for titles).
        events: the events, in any order (TimelineJS sorts them).
        title: headline of the title slide; defaults to a count of the sources.
    """
    docs = list(documents)
    titles = {d.id: d.title or d.path or d.id for d in docs}
    headline = title or ("Timeline" if len(docs) != 1 else docs[0].title or "Timeline")
    sources = "".join(f"<li>{html.escape(t)}</li>" for t in titles.values())
    return {
        "title": {
            "text": {
                "headline": html.escape(headline),
                "text": f"<p>Events found in:</p><ul>{sources}</ul>" if sources else "",
            }
        },
        "events": [event_slide(e, titles) for e in events],
    }


def event_slide(event: Event, titles: dict[str, str]) -> dict[str, object]:
    """One TimelineJS slide: dates at the event's precision, quote and sources as HTML."""
    when = event.when
    slide: dict[str, object] = {"start_date": date_object(when.earliest, when)}
    end = _end_date(when)
    if end is not None:
        slide["end_date"] = end
    slide["text"] = {"headline": html.escape(event.title), "text": _body(event, titles)}
    if event.documents:
        slide["group"] = titles.get(event.documents[0], event.documents[0])
    slide["display_date"] = when.text or when.value
    slide["unique_id"] = f"event-{event.id}"
    slide["autolink"] = False  # quotes are plain text; don't turn "bbc.com" into links
    return slide


def date_object(day: Day, when: When) -> DateObject:
    """A TimelineJS date with only the fields the granularity supports."""
    out: DateObject = {"year": timelinejs_year(day.year)}
    if when.granularity in _DAY_PRECISE or when.granularity in _MONTH_PRECISE:
        out["month"] = day.month
    if when.granularity in _DAY_PRECISE:
        out["day"] = day.day
    clock = _CLOCK.match(when.time) if when.time else None
    if clock and day == when.earliest:
        out["hour"] = int(clock.group(1))
        out["minute"] = int(clock.group(2))
    return out


def timelinejs_year(astronomical: int) -> int:
    """Astronomical year to the TimelineJS convention (1 BC is -1, not 0)."""
    return astronomical if astronomical > 0 else astronomical - 1


def _end_date(when: When) -> DateObject | None:
    """An end date only when the span is wider than one unit of its own precision."""
    start = date_object(when.earliest, when)
    end = date_object(when.latest, when)
    end.pop("hour", None)
    end.pop("minute", None)
    start_fields = {k: v for k, v in start.items() if k not in ("hour", "minute")}
    return None if end == start_fields else end


def _body(event: Event, titles: dict[str, str]) -> str:
    parts = [f"<blockquote>{html.escape(event.quote)}</blockquote>"] if event.quote else []
    names = [titles.get(d, d) for d in event.documents]
    if names:
        label = "Source" if len(names) == 1 else "Sources"
        parts.append(f"<p><em>{label}:</em> {html.escape('; '.join(names))}</p>")
    if event.actors:
        parts.append(f"<p><em>Who:</em> {html.escape(', '.join(event.actors))}</p>")
    if event.places:
        parts.append(f"<p><em>Where:</em> {html.escape(', '.join(event.places))}</p>")
    return "".join(parts)
