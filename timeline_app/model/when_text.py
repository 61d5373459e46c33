"""A date as a reader of a timeline wants it: resolved, short, and honest about precision.

Cards, the event table and exports show the *resolved* date ("29 Sep 2021", "May 2024",
"early 2021", "c. 2566 BC", "1990s") rather than the phrase as written ("the previous
year", "last month"), which says nothing once it is off the page it came from. Stdlib
only, so every view and writer can share it.
"""

from __future__ import annotations

from timeline_app.model.when import Day, When, days_in_month, year_label

MONTHS = ("Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec")
_MOD_WORD = {"START": "early", "MID": "mid", "END": "late"}
#: TIMEX3's parts of the day ("T" + code in a value): a reader wants the word.
PARTS_OF_DAY = {"MO": "morning", "MI": "midday", "AF": "afternoon", "EV": "evening",
                "NI": "night", "DT": "daytime"}  # fmt: skip


def time_text(time: str) -> str:
    """A clock time or part of the day as shown: "14:30", "morning" (from "T14:30", "TMO")."""
    code = time.lstrip("T")
    return PARTS_OF_DAY.get(code[:2], code[:5]) if code[:2].isalpha() else code[:5]


def with_time(text: str, time: str) -> str:
    """``text`` (a day) with its clock time or part of the day: "24 Jun 2016 14:30",
    "24 Jun 2016, morning"; ``text`` alone without one."""
    if not time:
        return text
    part = time_text(time)
    return f"{text}, {part}" if part.isalpha() else f"{text} {part}"


def short_label(when: When) -> str:
    """A compact normalised date: "29 Sep 2021", "Sep–Dec 1609", "c. 2566 BC", "1990s"."""
    text = _mod_text(when) or _span_text(when)
    if when.is_point:
        text = with_time(text, when.time)
    if when.approximate and not _mod_text(when):
        return f"c. {text}"
    return text


def _mod_text(when: When) -> str:
    """ "early 2021", "late May 2024": a narrowed year or month said the way it was meant."""
    word = _MOD_WORD.get(when.mod)
    if word is None or when.is_range:
        return ""
    value = when.value
    head, _, month = value.lstrip("-").partition("-")
    if not head.isdigit() or len(head) < 4:
        return ""
    year = int(head) * (-1 if value.startswith("-") else 1)
    if not month:
        return f"{word} {year_label(year)}"
    if month.isdigit() and 1 <= int(month) <= 12:
        return f"{word} {MONTHS[int(month) - 1]} {year_label(year)}"
    return ""


def _span_text(when: When) -> str:
    start, end = when.earliest, when.latest
    if when.is_point:
        return day_text(start)
    unit = _whole_unit(start, end)
    if unit:
        return unit
    same_year = start.year == end.year
    if _month_aligned(start, end):
        if same_year:
            months = (
                MONTHS[start.month - 1]
                if start.month == end.month
                else f"{MONTHS[start.month - 1]}–{MONTHS[end.month - 1]}"
            )
            return f"{months} {year_label(start.year)}"
        if (start.month, end.month) == (1, 12):
            return f"{year_label(start.year)}–{year_label(end.year)}"
        return (
            f"{MONTHS[start.month - 1]} {year_label(start.year)} – "
            f"{MONTHS[end.month - 1]} {year_label(end.year)}"
        )
    if same_year:
        return (
            f"{start.day} {MONTHS[start.month - 1]} – {end.day} {MONTHS[end.month - 1]} "
            f"{year_label(start.year)}"
        )
    return f"{day_text(start)} – {day_text(end)}"


def day_text(day: Day) -> str:
    """One day: "29 Sep 2021", "1 Jan 2566 BC"."""
    return f"{day.day} {MONTHS[day.month - 1]} {year_label(day.year)}"


def _month_aligned(start: Day, end: Day) -> bool:
    return start.day == 1 and end.day == days_in_month(end.year, end.month)


def _whole_unit(start: Day, end: Day) -> str:
    """ "2019", "1990s", "20th century", "3rd millennium BC" for exactly one whole unit."""
    if (start.month, start.day, end.month, end.day) != (1, 1, 12, 31):
        return ""
    first, last = start.year, end.year
    if first == last:
        return year_label(first)
    length = last - first + 1
    if length == 10 and first % 10 == 0 and first > 0:
        return f"{first}s"
    for size, name in ((100, "century"), (1000, "millennium")):
        if length != size:
            continue
        if first > 0 and first % size in (0, 1):  # 1900–1999 and 1901–2000 alike
            return f"{ordinal_word(first // size + 1)} {name}"
        first_bc = 1 - first
        if last <= 0 and first_bc % size in (0, size - 1):
            return f"{ordinal_word(-(-first_bc // size))} {name} BC"
    return ""


def ordinal_word(n: int) -> str:
    """ "1st", "2nd", "11th", "23rd": how centuries and millennia are counted."""
    if 10 <= n % 100 <= 20:
        return f"{n}th"
    return f"{n}{ {1: 'st', 2: 'nd', 3: 'rd'}.get(n % 10, 'th') }"
