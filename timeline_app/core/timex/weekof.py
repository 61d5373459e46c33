""" "the week of March 6": the week that contains a day, written around the day's date."""

from __future__ import annotations

import re
from dataclasses import replace

from timeline_app.core.timex.calendar import format_at
from timeline_app.core.timex.spans import when_for
from timeline_app.model import Day, Mention

_WEEK_OF = re.compile(r"\bthe\s+week\s+of\s+$", re.IGNORECASE)
_DAY_VALUE = re.compile(r"^(\d{4})-(\d\d)-(\d\d)$")


def week_of(mention: Mention, text: str, floor: int) -> Mention:
    """``mention`` widened to "the week of <day>" and valued as that ISO week.

    Args:
        mention: a tagged mention.
        text: the document text.
        floor: where the previous mention ends; the widened span never reaches back past it.
    """
    m = _DAY_VALUE.match(mention.value)
    if m is None or mention.type != "DATE" or mention.parts:
        return mention
    found = _WEEK_OF.search(text, max(floor, mention.start - 16), mention.start)
    if found is None:
        return mention
    value = format_at(Day(int(m[1]), int(m[2]), int(m[3])), "week")
    start = found.start()
    written = text[start : mention.end]
    return replace(
        mention, start=start, text=written, value=value, when=when_for(value, text=written)
    )
