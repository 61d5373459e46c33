"""Calendar arithmetic on model ``Day`` values, valid for any (astronomical) year.

``datetime`` cannot go below year 1, and TIMEX3 needs ISO weeks, quarters and month
shifts, so the few operations the tagger needs are written here on top of
``Day.ordinal()``.
"""

from __future__ import annotations

from timeline_app.model import Day
from timeline_app.model.when import days_in_month

#: Units a relative expression can count in, and how values are written at each.
UNITS = ("day", "week", "month", "quarter", "half", "year", "decade", "century")


def safe_day(year: int, month: int, day: int) -> Day | None:
    """The Day, or None when the date does not exist (31 February)."""
    if not 1 <= month <= 12 or not 1 <= day <= days_in_month(year, month):
        return None
    return Day(year, month, day)


def add_months(day: Day, months: int) -> Day:
    """Same day of month ``months`` later, clamped to the month's length."""
    index = day.year * 12 + (day.month - 1) + months
    year, month0 = divmod(index, 12)
    return Day(year, month0 + 1, min(day.day, days_in_month(year, month0 + 1)))


def shift(day: Day, unit: str, n: int) -> Day:
    """``day`` moved by ``n`` units (negative goes back)."""
    if unit == "day":
        return day.shifted(n)
    if unit == "week":
        return day.shifted(7 * n)
    months = {"month": 1, "quarter": 3, "half": 6, "year": 12, "decade": 120, "century": 1200}
    return add_months(day, months.get(unit, 0) * n)


def iso_week(day: Day) -> tuple[int, int]:
    """ISO 8601 (year, week number) of a day: weeks start on Monday, week 1 holds a Thursday."""
    thursday = day.shifted(3 - day.weekday())
    jan1 = Day(thursday.year, 1, 1)
    return thursday.year, (thursday.ordinal() - jan1.ordinal()) // 7 + 1


def year_str(year: int) -> str:
    """A TIMEX3 year: four digits, ``BC`` prefix before year 1 (astronomical 0 is 1 BC)."""
    if year <= 0:
        return f"BC{1 - year:04d}"
    return f"{year:04d}"


def format_at(day: Day, unit: str) -> str:
    """The TIMEX3 value naming the ``unit`` that contains ``day`` (2021-09, 2021-W39, 199…)."""
    y = year_str(day.year)
    if unit == "day":
        return f"{y}-{day.month:02d}-{day.day:02d}"
    if unit == "week":
        wy, wn = iso_week(day)
        return f"{year_str(wy)}-W{wn:02d}"
    if unit == "month":
        return f"{y}-{day.month:02d}"
    if unit == "quarter":
        return f"{y}-Q{(day.month - 1) // 3 + 1}"
    if unit == "half":
        return f"{y}-H{(day.month - 1) // 6 + 1}"
    if unit == "season":
        return _season_at(day)
    size = _UNIT_YEARS.get(unit)
    if size is not None:  # "199", "19", "1"; BC ones counted backwards ("BC02": 299-200 BC)
        digits = {10: 3, 100: 2, 1000: 1}[size]
        if day.year > 0:
            return f"{day.year // size:0{digits}d}"
        return f"BC{(1 - day.year) // size:0{digits}d}"
    return y


_UNIT_YEARS = {"decade": 10, "century": 100, "millennium": 1000}
_SEASONS = {12: "WI", 1: "WI", 2: "WI", 3: "SP", 4: "SP", 5: "SP",
            6: "SU", 7: "SU", 8: "SU", 9: "FA", 10: "FA", 11: "FA"}  # fmt: skip


def _season_at(day: Day) -> str:
    """Meteorological seasons; January and February belong to the winter begun in December."""
    year = day.year - 1 if day.month in (1, 2) else day.year
    return f"{year_str(year)}-{_SEASONS[day.month]}"


def placeholder(unit: str) -> str:
    """The value of a relative expression that could not be anchored."""
    return {
        "day": "XXXX-XX-XX",
        "week": "XXXX-WXX",
        "month": "XXXX-XX",
        "quarter": "XXXX-QX",
        "half": "XXXX-HX",
        "decade": "XXX",
        "century": "XX",
    }.get(unit, "XXXX")


def weekday_near(anchor: Day, weekday: int, direction: int) -> Day:
    """The day with ``weekday`` (Monday 0) nearest ``anchor`` in a direction.

    ``direction`` -1: on or before the anchor, +1: on or after it, 0: in the anchor's
    own Monday-to-Sunday week.
    """
    diff = weekday - anchor.weekday()
    if direction < 0:
        return anchor.shifted(diff if diff <= 0 else diff - 7)
    if direction > 0:
        return anchor.shifted(diff if diff >= 0 else diff + 7)
    return anchor.shifted(diff)
