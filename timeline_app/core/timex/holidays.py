"""Named days: fixed-date holidays and the movable ones computed for a given year."""

from __future__ import annotations

import re

from timeline_app.core.timex.calendar import year_str
from timeline_app.core.timex.parts import norm
from timeline_app.core.timex.spec import Spec
from timeline_app.model import Day
from timeline_app.model.when import days_in_month

#: name -> (month, day) for fixed holidays, or (month, 0) for movable ones, whose rule is
#: in :func:`holiday_day`. The month lets the resolver place the holiday before choosing
#: a year.
HOLIDAYS: dict[str, tuple[int, int]] = {
    "new year's day": (1, 1), "new year's eve": (12, 31), "christmas day": (12, 25),
    "christmas eve": (12, 24), "christmas": (12, 25), "boxing day": (12, 26),
    "valentine's day": (2, 14), "independence day": (7, 4), "halloween": (10, 31),
    "veterans day": (11, 11), "armistice day": (11, 11), "bastille day": (7, 14),
    "st. patrick's day": (3, 17), "thanksgiving day": (11, 0), "thanksgiving": (11, 0),
    "labor day": (9, 0), "memorial day": (5, 0), "easter sunday": (4, 0), "easter": (4, 0),
    "good friday": (4, 0), "election day": (11, 0),
}  # fmt: skip


def holiday(m: re.Match[str]) -> Spec | None:
    """Christmas · Thanksgiving Day · last Easter · Labor Day 1998."""
    name = norm(m["name"]).replace("’", "'")
    month, day = HOLIDAYS[name]
    if m["year"]:
        found = holiday_day(name, int(m["year"]))
        return Spec("DATE", value=f"{year_str(found.year)}-{found.month:02d}-{found.day:02d}")
    direction = {"last": -1, "next": 1, "this": 0}.get(norm(m["rel"]))
    rest = f"-{month:02d}" + (f"-{day:02d}" if day else "")
    return Spec("DATE", "partial", rest=rest, month=month, day=day or 1,
                direction=direction, holiday=name)  # fmt: skip


def holiday_day(name: str, year: int) -> Day:
    """The day a holiday falls on in ``year`` (US rules for the US holidays)."""
    month, day = HOLIDAYS[name]
    if day:
        return Day(year, month, day)
    if name.startswith("easter") or name == "good friday":
        easter = _easter(year)
        return easter.shifted(-2) if name == "good friday" else easter
    if name.startswith("thanksgiving"):
        return _nth_weekday(year, 11, 3, 4)
    if name == "labor day":
        return _nth_weekday(year, 9, 0, 1)
    if name == "election day":  # the Tuesday after the first Monday of November
        return _nth_weekday(year, 11, 0, 1).shifted(1)
    last = Day(year, 5, days_in_month(year, 5))  # Memorial Day: last Monday of May
    return last.shifted(-last.weekday())


def _nth_weekday(year: int, month: int, weekday: int, n: int) -> Day:
    first = Day(year, month, 1)
    return first.shifted((weekday - first.weekday()) % 7 + 7 * (n - 1))


def _easter(year: int) -> Day:
    """Gregorian Easter Sunday (the anonymous "Meeus/Jones/Butcher" computus)."""
    a, b, c = year % 19, year // 100, year % 100
    d, e = b // 4, b % 4
    g = (8 * b + 13) // 25
    h = (19 * a + b - d - g + 15) % 30
    i, k = c // 4, c % 4
    l_ = (32 + 2 * e + 2 * i - h - k) % 7
    m = (a + 11 * h + 22 * l_) // 451
    month = (h + l_ - 7 * m + 114) // 31
    return Day(year, month, (h + l_ - 7 * m + 114) % 31 + 1)
