"""Rich-text tooltips for events and clusters (the quote, with the date phrase marked).

Plain paragraphs, no fixed-width table: Qt wraps rich-text tooltips by itself, and a
fixed-width table with a long quote made QToolTip refuse to show at all (PySide6 6.12).
"""

from __future__ import annotations

from collections.abc import Sequence
from html import escape

from timeline_app.model import Event, Timeline
from timeline_app.model.when_text import day_text as format_day
from timeline_app.model.when_text import with_time

_MAX_LISTED = 6


def _normalised(event: Event) -> str:
    when = event.when
    first, last = format_day(when.earliest), format_day(when.latest)
    text = first if first == last else f"{first} – {last}"
    text = with_time(text, when.time)
    return text + (" (approx.)" if when.approximate else "")


def _quote_html(event: Event) -> str:
    """The first source's sentence with its date phrase in bold."""
    if not event.sources:
        return escape(event.quote)
    src = event.sources[0]
    quote = src.quote or event.quote
    a, b = src.date_start - src.start, src.date_end - src.start
    if 0 <= a < b <= len(quote):
        return escape(quote[:a]) + "<b>" + escape(quote[a:b]) + "</b>" + escape(quote[b:])
    return escape(quote)


def event_tooltip(event: Event, timeline: Timeline) -> str:
    """Title, date as written and normalised, the quote and where it comes from."""
    docs = [timeline.documents[d].title for d in event.documents if d in timeline.documents]
    source = escape(docs[0]) if docs else "Added by hand"
    if len(docs) > 1:
        source += f" and {len(docs) - 1} more source{'s' if len(docs) > 2 else ''}"
    edited = " · <span style='color:#d97706'>edited</span>" if event.edited else ""
    date = escape(event.when.text or "")
    if event.when.anchor is not None:  # a relative date: say what it was counted from
        edited = f" · counted from {escape(format_day(event.when.anchor))}{edited}"
    return (
        f"<p style='margin:0'><b>{escape(event.title)}</b></p>"
        f"<p style='margin:2px 0 6px 0; color:#616e7c'>{date}"
        f"{' · ' if date else ''}{escape(_normalised(event))}{edited}</p>"
        f"<p style='margin:0'>“{_quote_html(event)}”</p>"
        f"<p style='margin:6px 0 0 0; color:#616e7c'>— {source}</p>"
    )


def cluster_tooltip(events: Sequence[Event]) -> str:
    """How many events a badge stands for, their extent, and the first few titles."""
    first = format_day(events[0].when.earliest)
    last = format_day(max(e.when.latest for e in events))
    listed = "".join(f"<li>{escape(e.title)}</li>" for e in events[:_MAX_LISTED])
    more = len(events) - _MAX_LISTED
    tail = f"<p style='margin:0; color:#616e7c'>and {more:,} more</p>" if more > 0 else ""
    return (
        f"<p style='margin:0'><b>{len(events):,} events</b></p>"
        f"<p style='margin:2px 0 4px 0; color:#616e7c'>{first} – {last}</p>"
        f"<ul style='margin:0 0 0 -20px'>{listed}</ul>{tail}"
        "<p style='margin:6px 0 0 0; color:#616e7c'><i>Click to zoom in</i></p>"
    )
