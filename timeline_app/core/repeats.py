"""Texts that repeat themselves: read each distinct paragraph once.

Mirrored pages, repeated captions, logs and badly scraped archives repeat whole
paragraphs, sometimes hundreds of times; parsing every copy made one 1 MB page of a
repeated 5 KB article take minutes. When repetition is heavy, the engine reads a
condensed text (each distinct paragraph once, in order of first appearance) and the
offsets of what it finds are mapped back to the paragraph's *first copy* in the
original, so ``text[start:end] == quote`` still holds for every event and mention. The
copies add no events: de-duplication would have merged each copy's sentence into the
first one anyway (same sentence, same date), so only their extra source entries are
lost. A text with a few repeated lines is read whole, as before.
"""

from __future__ import annotations

import bisect
import re
from dataclasses import dataclass, replace

from timeline_app.model import Event, Mention, Provenance

#: Condense only when this many characters are repeats of earlier paragraphs...
MIN_REPEATED_CHARS = 10_000
#: ...and they are at least this share of the text.
MIN_REPEATED_SHARE = 0.25
_PARAGRAPH_BREAK = re.compile(r"\n[ \t\r\f\v]*\n\s*")
JOIN = "\n\n"


class Unmappable(ValueError):
    """A span of the condensed text has no verbatim counterpart in the original."""


@dataclass(frozen=True, slots=True)
class Condensed:
    """The distinct paragraphs of a text, and where each came from."""

    text: str
    original: str
    #: Per kept paragraph: its start in ``text``, its start in ``original``, its length.
    segments: tuple[tuple[int, int, int], ...]
    #: The first column of ``segments``, for bisecting.
    starts: tuple[int, ...]

    def span(self, start: int, end: int) -> tuple[int, int]:
        """``(start, end)`` of the condensed text as offsets in the original.

        Raises:
            Unmappable: the span crosses paragraphs that were not adjacent originally.
        """
        first, last = self._offset(start), self._offset(max(start, end - 1)) + (end > start)
        if self.original[first:last] != self.text[start:end]:
            raise Unmappable(f"{start}:{end}")
        return first, last

    def _offset(self, position: int) -> int:
        k = max(0, bisect.bisect_right(self.starts, position) - 1)
        here, there, length = self.segments[k]
        if position >= here + length:  # a joining break between paragraphs
            raise Unmappable(str(position))
        return there + position - here

    def mention(self, mention: Mention) -> Mention:
        start, end = self.span(mention.start, mention.end)
        parts = tuple(self.mention(p) for p in mention.parts)
        return replace(mention, start=start, end=end, parts=parts)

    def event(self, event: Event) -> Event:
        return replace(event, sources=tuple(self._source(s) for s in event.sources))

    def _source(self, source: Provenance) -> Provenance:
        start, end = self.span(source.start, source.end)
        date_start, date_end = self.span(source.date_start, source.date_end)
        return replace(source, start=start, end=end, date_start=date_start, date_end=date_end)


def condense(text: str) -> Condensed | None:
    """The text's distinct paragraphs, or None when repetition is too light to matter.

    Linear in the text's length: each paragraph is looked up in a dict once.
    """
    if len(text) < MIN_REPEATED_CHARS:
        return None
    seen: set[str] = set()
    kept: list[tuple[int, str]] = []
    repeated = 0
    for start, paragraph in _paragraphs(text):
        if paragraph in seen:
            repeated += len(paragraph)
        else:
            seen.add(paragraph)
            kept.append((start, paragraph))
    if repeated < MIN_REPEATED_CHARS or repeated < MIN_REPEATED_SHARE * len(text):
        return None
    segments = []
    position = 0
    for start, paragraph in kept:
        segments.append((position, start, len(paragraph)))
        position += len(paragraph) + len(JOIN)
    condensed = JOIN.join(p for _, p in kept)
    return Condensed(condensed, text, tuple(segments), tuple(s[0] for s in segments))


def _paragraphs(text: str) -> list[tuple[int, str]]:
    """Non-empty paragraphs with their offsets (breaks are blank lines)."""
    found = []
    position = 0
    for match in _PARAGRAPH_BREAK.finditer(text):
        if match.start() > position:
            found.append((position, text[position : match.start()]))
        position = match.end()
    if position < len(text):
        found.append((position, text[position:]))
    return found
