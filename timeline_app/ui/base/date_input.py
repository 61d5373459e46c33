"""Turning what a user types in a date field into a :class:`When`.

Views never parse dates themselves: the editor and the date-range filter hand the text to
the engine's tagger (the same code that reads articles), so "early 2021", "29/09/2021" and
"2566 BC" mean the same in a field as in an article. A few trivially unambiguous forms
(ISO days, bare years) are read here first so that the fields still work while the model
is loading or when the tagger finds nothing in a one-word text.
"""

from __future__ import annotations

import re
from dataclasses import replace

from timeline_app.core.timex.calendar import format_at
from timeline_app.core.timex.spans import when_for
from timeline_app.model import Day, Granularity, When

_YEAR = re.compile(r"^(-?\d{1,5})\s*(BC|BCE|AD|CE)?$", re.IGNORECASE)


def parse_when(text: str, *, reference: Day | None = None) -> When | None:
    """The date a user typed, or None when nothing in it reads as a date.

    Args:
        text: what was typed ("early 2021", "29/09/2021", "2566 BC", "2021-09-29").
        reference: the day relative phrases ("last week") resolve against.

    Returns:
        A :class:`When` whose ``text`` is the input as typed, or None.
    """
    text = " ".join(text.split())
    if not text:
        return None
    quick = _parse_simple(text)
    if quick is not None:
        return quick
    from timeline_app.core.tagger import tag  # lazy: keeps NLP imports off the start-up path

    for mention in tag(text, reference=reference):
        if mention.when is not None:
            return replace(mention.when, text=text)
    return None


def _parse_simple(text: str) -> When | None:
    """ISO days and bare (possibly BC) years, which need no engine."""
    try:
        day = Day.parse(text)
    except ValueError:
        day = None
    if day is not None:
        return When(day.iso(), day, day, Granularity.DAY, text=text)
    match = _YEAR.match(text)
    if match is None:
        return None
    year = int(match.group(1))
    era = (match.group(2) or "").upper()
    if era in ("BC", "BCE"):
        if year <= 0:
            return None
        year = 1 - year  # astronomical numbering: 1 BC is year 0
    return span_for(Day(year, 1, 1), Granularity.YEAR, text=text)


def span_for(day: Day, granularity: Granularity, *, text: str = "") -> When:
    """The unit of ``granularity`` that contains ``day`` (its month, its decade…).

    Used when the user changes an event's granularity: "2021-09-29" made a month
    becomes all of September 2021, drawn as a bar. The engine's own rules name the unit
    (``calendar.format_at``) and give its span (``spans.when_for``), so a unit chosen
    here is the very span the tagger gives the same TIMEX3 value.
    """
    granularity = Granularity(granularity)  # the editor's combo box hands over its text
    unit = "day" if granularity in (Granularity.DAY, Granularity.TIME) else granularity.value
    when = when_for(format_at(day, unit), text=text)
    if when is None:  # every value format_at writes has a span; keep the day if not
        return When(format_at(day, "day"), day, day, Granularity.DAY, text=text)
    return when


_MONTHS = "January February March April May June July August September October November December"


def describe(when: When) -> str:
    """A normalised, human reading of a date: "29 September 2021", "2021 (year)", "2566 BC".

    Shown next to the date as written, so the user can see what the engine made of it.
    """
    from timeline_app.model.when import year_label
    from timeline_app.model.when_text import with_time

    start, end = when.earliest, when.latest
    month = _MONTHS.split()
    if when.is_point:
        text = with_time(
            f"{start.day} {month[start.month - 1]} {year_label(start.year)}", when.time
        )
    elif _is_whole(when, Granularity.MONTH):
        text = f"{month[start.month - 1]} {year_label(start.year)}"
    elif _is_whole(when, Granularity.YEAR):
        text = year_label(start.year)
    elif start.year == end.year and start.year > 0:
        text = f"{start.iso()} – {end.iso()}"
    else:
        text = f"{year_label(start.year)} – {year_label(end.year)}"
    approx = "about " if when.approximate else ""
    return f"{approx}{text.strip()} ({when.granularity.value})"


def _is_whole(when: When, granularity: Granularity) -> bool:
    """True when ``when`` is exactly one whole unit (all of March 2020, all of 2021)."""
    if when.is_range or when.granularity is not granularity:
        return False
    whole = span_for(when.earliest, granularity)
    return (whole.earliest, whole.latest) == (when.earliest, when.latest)
