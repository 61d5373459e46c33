"""What a timeline shows when its combined list is built from scratch (tests compare)."""

from __future__ import annotations

from timeline_app.model import Event, Timeline


def recombined(tl: Timeline) -> list[Event]:
    """``tl.events()`` as a fresh timeline with the same layers computes it."""
    other = Timeline()
    other.documents = dict(tl.documents)
    other.extracted = dict(tl.extracted)
    other.manual = dict(tl.manual)
    other.edits = dict(tl.edits)
    return other.events()
