"""Adaptive time axis: which ticks to draw at a zoom level, and what to call them.

Pure calendar logic on :class:`~timeline_app.model.Day` (no Qt), so it is tested alone and
works for BCE years, which ``datetime``-based axes (pyqtgraph ``DateAxisItem``) cannot
show. Positions are days since 1970 as floats; the view turns them into pixels.

Year ticks sit on round *human* years (2500 BC, 2000 BC…, 1900, 2000), not round
astronomical ones, so BCE labels read the way people write them.
"""

from __future__ import annotations

import math
from collections.abc import Iterator
from dataclasses import dataclass

from timeline_app.model import Day
from timeline_app.model.when import year_label
from timeline_app.model.when_text import MONTHS, ordinal_word

#: Tick levels from finest to coarsest; :func:`choose_step` returns one of these.
LEVELS = ("hour", "day", "week", "month", "quarter", "year", "decade", "century", "millennium")

_WEEKDAYS = ("Mon", "Tue", "Wed", "Thu", "Fri", "Sat", "Sun")
_UNIT_DAYS = {"hour": 1 / 24, "day": 1.0, "week": 7.0, "month": 30.44, "year": 365.2425}


@dataclass(frozen=True, slots=True)
class Step:
    """One way to space ticks: every ``count`` ``unit``s, labelled in format ``fmt``.

    ``chars`` is the widest label in characters; :func:`choose_step` keeps that much room
    between ticks so neighbouring labels never touch.
    """

    level: str
    unit: str
    count: int
    fmt: str
    chars: int

    @property
    def days(self) -> float:
        """Approximate length of one step in days (months and years vary a little)."""
        return _UNIT_DAYS[self.unit] * self.count


@dataclass(frozen=True, slots=True)
class Tick:
    """A tick at ``day`` (days since 1970, fractional for hours) with its label."""

    day: float
    label: str
    index: int = 0  # absolute position in the step's sequence, for stable zebra bands


STEPS: tuple[Step, ...] = (
    *(Step("hour", "hour", n, "hm", 5) for n in (1, 2, 3, 6, 12)),
    Step("day", "day", 1, "d", 2),
    Step("day", "day", 2, "d", 2),
    Step("week", "week", 1, "dmon", 6),
    Step("month", "month", 1, "mon", 3),
    Step("quarter", "month", 3, "q", 2),
    *(Step("year", "year", n, "year", 7) for n in (1, 2, 5)),
    *(Step("decade", "year", n, "decade", 7) for n in (10, 20, 50)),
    *(Step("century", "year", n, "year", 7) for n in (100, 200, 500)),
    *(Step("millennium", "year", n, "year", 7) for n in (1000, 2000, 5000, 10000)),
)

_MAJOR = {
    "hour": Step("day", "day", 1, "wdmy", 16),
    "day": Step("month", "month", 1, "my", 11),
    "week": Step("month", "month", 1, "my", 11),
    "month": Step("year", "year", 1, "year", 7),
    "quarter": Step("year", "year", 1, "year", 7),
    "year": Step("decade", "year", 10, "decade", 7),
    "decade": Step("century", "year", 100, "century", 10),
    "century": Step("millennium", "year", 1000, "millennium", 16),
}


def choose_step(days_per_px: float, *, char_px: float = 7.0, pad_px: float = 22.0) -> Step:
    """The finest step whose labels fit between ticks at this zoom.

    Args:
        days_per_px: current zoom (days shown per screen pixel).
        char_px: average width of one label character in pixels.
        pad_px: minimum empty space between two labels.

    Returns:
        The chosen step; the coarsest one when even that is too dense.
    """
    for step in STEPS:
        if step.days / days_per_px >= step.chars * char_px + pad_px:
            return step
    return STEPS[-1]


def major_step(step: Step) -> Step | None:
    """The coarser context row shown above ``step``'s labels ("Sep 2021" over days)."""
    return _MAJOR.get(step.level)


def ticks(day0: float, day1: float, step: Step) -> list[Tick]:
    """Every tick of ``step`` in ``[day0, day1]``, in order, labelled.

    Args:
        day0: first visible day (days since 1970, may be fractional).
        day1: last visible day.
        step: from :func:`choose_step` or :func:`major_step`.
    """
    if day1 < day0:
        day0, day1 = day1, day0
    gen = {
        "hour": _hour_ticks,
        "day": _day_ticks,
        "week": _week_ticks,
        "month": _month_ticks,
        "year": _year_ticks,
    }[step.unit]
    return [Tick(d, label(d, step), k) for d, k in gen(day0, day1, step.count)]


def label(day: float, step: Step) -> str:
    """Label of the tick at ``day`` in ``step``'s format."""
    whole = math.floor(day + 1e-9)
    d = Day.from_ordinal(whole)
    fmt = step.fmt
    if fmt == "hm":
        minutes = round((day - whole) * 1440)
        return f"{minutes // 60:02d}:{minutes % 60:02d}"
    if fmt == "d":
        return str(d.day)
    if fmt == "dmon":
        return f"{d.day} {MONTHS[d.month - 1]}"
    if fmt == "mon":
        return MONTHS[d.month - 1]
    if fmt == "q":
        return f"Q{(d.month - 1) // 3 + 1}"
    if fmt == "my":
        return f"{MONTHS[d.month - 1]} {year_label(d.year)}"
    if fmt == "wdmy":
        return f"{_WEEKDAYS[d.weekday()]} {d.day} {MONTHS[d.month - 1]} {year_label(d.year)}"
    return year_text(d.year, fmt)


def year_text(year: int, fmt: str = "year") -> str:
    """Label of a year tick: ``2021``, ``2566 BC``, ``1990s`` or ``20th c.``.

    BCE decades and centuries are read backwards ("the 2570s BC" is 2579–2570 BC), so
    BCE ticks are labelled with their year, except centuries ("26th c. BC").
    """
    if year == 1 and fmt in ("decade", "year"):
        return "AD 1"
    if fmt == "decade" and year > 0:
        return f"{year}s"
    if fmt in ("century", "millennium"):
        size, name = (100, "c.") if fmt == "century" else (1000, "millennium")
        if year > 0:
            return f"{ordinal_word(year // size + 1)} {name}"
        return f"{ordinal_word((1 - year) // size)} {name} BC"
    return year_label(year)


_Gen = Iterator[tuple[float, int]]


def _hour_ticks(day0: float, day1: float, count: int) -> _Gen:
    h = math.ceil(day0 * 24 / count) * count
    while h <= day1 * 24:
        yield h / 24, h // count
        h += count


def _day_ticks(day0: float, day1: float, count: int) -> _Gen:
    for n in range(math.ceil(day0), math.floor(day1) + 1):
        dom = Day.from_ordinal(n).day
        if count == 1 or (dom % count == 1 and dom < 31):
            yield float(n), n if count == 1 else n // count


def _week_ticks(day0: float, day1: float, count: int) -> _Gen:
    n = math.ceil(day0)
    n += (-(n + 3)) % 7  # forward to a Monday (1970-01-01 was a Thursday)
    while n <= day1:
        yield float(n), n // 7
        n += 7 * count


def _month_ticks(day0: float, day1: float, count: int) -> _Gen:
    first = Day.from_ordinal(math.floor(day0))
    index = first.year * 12 + first.month - 1
    index += (-index) % count
    while True:
        ordinal = Day(index // 12, index % 12 + 1).ordinal()
        if ordinal > day1:
            return
        if ordinal >= day0:
            yield float(ordinal), index // count
        index += count


def _year_ticks(day0: float, day1: float, count: int) -> _Gen:
    y0 = Day.from_ordinal(math.floor(day0)).year
    y1 = Day.from_ordinal(math.floor(day1)).year
    years: list[int] = []
    if y0 <= 0:  # BCE: round numbers of "n BC", i.e. astronomical year 1 - n
        b_hi, b_lo = 1 - y0, 1 - min(y1, 0)
        years += [1 - b for b in range(b_hi - b_hi % count, b_lo - 1, -count) if b > 0]
    if y1 >= 1:
        start = max(y0, 1)
        if count > 1 and y0 <= 1:
            years.append(1)  # the BC/AD boundary: without it AD 1–999 sat under "… BC"
        years += list(range(start + (-start) % count, y1 + 1, count))
    for year in years:
        ordinal = Day(year).ordinal()
        if day0 <= ordinal <= day1:
            yield float(ordinal), year // count
