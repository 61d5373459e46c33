"""Shared checks for the date tests in other languages: a mention's text is its offsets' text."""

from __future__ import annotations

from timeline_app.core import tagger
from timeline_app.core.timex_intl import tag
from timeline_app.model import Day, Mention


def checked(text: str, mentions: list[Mention]) -> list[Mention]:
    """``mentions`` of ``text``, after checking that each one's offsets give its text."""
    for m in mentions:
        assert text[m.start : m.end] == m.text
    return mentions


def tagged(text: str, language: str, reference: Day | None) -> list[Mention]:
    """What the engine's tagger finds in ``text``, offsets checked."""
    return checked(text, tagger.tag(text, reference=reference, language=language))


def values(text: str, language: str, reference: Day | None) -> list[tuple[str, str]]:
    """(text, value) of every mention :func:`tagged` finds."""
    return [(m.text, m.value) for m in tagged(text, language, reference)]


def found(text: str, code: str, reference: Day) -> list[tuple[str, str, int]]:
    """(text, value, start) of each mention the other-language grammar finds, checked."""
    mentions = checked(text, tag(text, reference=reference, language=code))
    return [(m.text, m.value, m.start) for m in mentions]
