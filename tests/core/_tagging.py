"""Helpers shared by the tagger tests (not a test module)."""

from __future__ import annotations

from timeline_app.core.tagger import tag
from timeline_app.model import Day, Mention

REF = Day(2021, 10, 6)  # a Wednesday


def only(text: str, *, reference: Day | None = REF) -> Mention:
    """The single mention the tagger finds in ``text`` (fails if there are more or none)."""
    found = tag(text, reference=reference)
    assert len(found) == 1, [(m.text, m.value) for m in found]
    m = found[0]
    assert text[m.start : m.end] == m.text
    return m


def values(text: str, *, reference: Day | None = REF) -> list[tuple[str, str]]:
    """(text, value) of every mention."""
    return [(m.text, m.value) for m in tag(text, reference=reference)]
