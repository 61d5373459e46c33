"""A shared check for the long-tail date tests: every mention's text is its offsets' text."""

from __future__ import annotations

from timeline_app.core.timex_intl import tag
from timeline_app.model import Day


def found(text: str, code: str, reference: Day) -> list[tuple[str, str, int]]:
    """(text, value, start) of each mention ``tag`` finds, after checking its offsets."""
    mentions = tag(text, reference=reference, language=code)
    for m in mentions:
        assert text[m.start : m.end] == m.text
    return [(m.text, m.value, m.start) for m in mentions]
