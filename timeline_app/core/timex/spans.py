"""From a TIMEX3 value to the calendar span the timeline draws (:class:`When`).

Conventions chosen here (documented because TimeML leaves them open):
- seasons are meteorological: SP Mar–May, SU Jun–Aug, FA Sep–Nov, WI Dec–Feb (the
  winter of 2021 runs from December 2021 into February 2022);
- a century value ``18`` (TIMEX3 for "the 19th century") spans 1800-01-01..1899-12-31,
  a decade ``199`` 1990-01-01..1999-12-31;
- ``mod`` START/MID/END keep the first/middle/last third of the span ("early 2021" is
  January–April) and, like APPROX, make the date approximate.
"""

from __future__ import annotations

import re

from timeline_app.core.timex.calendar import add_months
from timeline_app.model import Day, Granularity, When
from timeline_app.model.when import days_in_month

# Years have four digits or more ("BC10000"); fewer digits name a decade, century or
# millennium, BC ones counted backwards ("BC02" is 299-200 BC, as HeidelTime writes it).
_YEAR = r"(?P<bc>BC)?(?P<y>\d{4,6})"
_VALUE = re.compile(
    rf"^(?:{_YEAR}(?:-(?:(?P<m>\d\d)(?:-(?P<d>\d\d))?|Q(?P<q>[1-4])|H(?P<h>[12])"
    r"|W(?P<w>\d\d)(?P<we>-WE)?|(?P<s>SP|SU|FA|WI)))?"
    r"|(?P<ubc>BC)?(?:(?P<dec>\d{3})|(?P<cen>\d\d)|(?P<mil>\d)))"
    r"(?P<t>T[\dA-Z:]+)?$"
)
_UNITS = (("dec", 10, Granularity.DECADE), ("cen", 100, Granularity.CENTURY),
          ("mil", 1000, Granularity.MILLENNIUM))  # fmt: skip
_SEASON_START = {"SP": 3, "SU": 6, "FA": 9, "WI": 12}
_APPROX_MODS = {"START", "MID", "END", "APPROX"}


def when_for(
    value: str, *, mod: str = "", text: str = "", anchor: Day | None = None
) -> When | None:
    """The span a TIMEX3 DATE/TIME value denotes, or None when it names no calendar span.

    Args:
        value: TIMEX3 value, possibly an interval ``A/B`` made by the range rules.
        mod: TIMEX3 mod; START/MID/END narrow the span.
        text: the expression as written.
        anchor: the day a relative expression was resolved from.
    """
    if "/" in value:
        return _range_when(value, mod=mod, text=text, anchor=anchor)
    found = _span(value)
    if found is None:
        return None
    first, last, gran, time = found
    first, last = _narrow(first, last, mod)
    return When(
        value=value, earliest=first, latest=last, granularity=gran,
        approximate=mod in _APPROX_MODS, text=text, time=time, mod=mod, anchor=anchor,
    )  # fmt: skip


def _range_when(value: str, *, mod: str, text: str, anchor: Day | None) -> When | None:
    left, _, right = value.partition("/")
    a, b = _span(left), _span(right)
    if a is None or b is None or b[1] < a[0]:
        return None
    gran = a[2] if a[2].rank >= b[2].rank else b[2]
    return When(
        value=value, earliest=a[0], latest=b[1], granularity=gran,
        approximate=mod in _APPROX_MODS, text=text, is_range=True, mod=mod, anchor=anchor,
    )  # fmt: skip


def _span(value: str) -> tuple[Day, Day, Granularity, str] | None:
    m = _VALUE.match(value)
    if m is None:
        return None
    time = m["t"] or ""
    try:
        for group, size, gran in _UNITS:
            if m[group]:
                first, last = _unit_years(int(m[group]) * size, size, bool(m["ubc"]))
                return Day(first, 1, 1), Day(last, 12, 31), gran, time
        year = 1 - int(m["y"]) if m["bc"] else int(m["y"])
        first, last, gran = _within_year(m, year)
    except ValueError:
        return None
    if time and gran is Granularity.DAY:
        gran = Granularity.TIME
    return first, last, gran, time


def _unit_years(start: int, size: int, bc: bool) -> tuple[int, int]:
    """Astronomical first and last year of a decade/century/millennium value.

    AD ``18`` is 1800..1899. BC ``02`` is the years 299..200 BC, i.e. -298..-199; the
    first BC unit ends at 1 BC (year 0), since there is no year 0 BC.
    """
    if not bc:
        return start, start + size - 1
    return 1 - (start + size - 1), min(1 - start, 0)


def _within_year(m: re.Match[str], year: int) -> tuple[Day, Day, Granularity]:
    if m["d"]:
        day = Day(year, int(m["m"]), int(m["d"]))
        return day, day, Granularity.DAY
    if m["m"]:
        month = int(m["m"])
        return Day(year, month, 1), _month_end(year, month), Granularity.MONTH
    if m["q"]:
        start = 3 * int(m["q"]) - 2
        return Day(year, start, 1), _month_end(year, start + 2), Granularity.QUARTER
    if m["h"]:
        start = 6 * int(m["h"]) - 5
        return Day(year, start, 1), _month_end(year, start + 5), Granularity.HALF
    if m["w"]:
        monday, sunday = _iso_week_days(year, int(m["w"]))
        if m["we"]:  # "the weekend": Saturday and Sunday of that ISO week
            return sunday.shifted(-1), sunday, Granularity.WEEK
        return monday, sunday, Granularity.WEEK
    if m["s"]:
        first = Day(year, _SEASON_START[m["s"]], 1)
        last = add_months(first, 3).shifted(-1)
        return first, last, Granularity.SEASON
    return Day(year, 1, 1), Day(year, 12, 31), Granularity.YEAR


def _month_end(year: int, month: int) -> Day:
    return Day(year, month, days_in_month(year, month))


def _iso_week_days(year: int, week: int) -> tuple[Day, Day]:
    jan4 = Day(year, 1, 4)
    monday = jan4.shifted(-jan4.weekday() + 7 * (week - 1))
    return monday, monday.shifted(6)


def _narrow(first: Day, last: Day, mod: str) -> tuple[Day, Day]:
    """Keep the first, middle or last third of a span for START/MID/END."""
    if mod not in ("START", "MID", "END"):
        return first, last
    months = (last.year - first.year) * 12 + last.month - first.month + 1
    if first.day == 1 and last.shifted(1).day == 1 and months % 3 == 0:
        return _narrow_months(first, months // 3, mod)
    a, b = first.ordinal(), last.ordinal()
    third = (b - a + 1) // 3
    if third < 1:
        return first, last
    if mod == "START":
        return first, Day.from_ordinal(a + third - 1)
    if mod == "END":
        return Day.from_ordinal(b - third + 1), last
    return Day.from_ordinal(a + third), Day.from_ordinal(b - third)


def _narrow_months(first: Day, third: int, mod: str) -> tuple[Day, Day]:
    """Thirds in whole months, so "early 2021" is January–April, not a day count."""
    skip = {"START": 0, "MID": 1, "END": 2}[mod] * third
    start = add_months(first, skip)
    return start, add_months(start, third).shifted(-1)
