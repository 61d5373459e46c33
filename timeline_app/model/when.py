"""Dates as a timeline needs them: spans with a granularity, BCE included.

Python's ``datetime`` stops at year 1 and has no notion of "sometime in 2019" or
"around 2566 BC", so the model keeps its own calendar arithmetic: proleptic Gregorian
days with *astronomical* years (1 BC is year 0, 2566 BC is year -2565), the convention
ISO 8601 and TIMEX3 use for BCE values.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from enum import Enum
from functools import lru_cache

_ISO_DAY = re.compile(r"^([+-]?\d{1,6})-(\d{2})-(\d{2})$")


class Granularity(str, Enum):
    """How precise a date is; ordered from finest to coarsest."""

    TIME = "time"
    DAY = "day"
    WEEK = "week"
    MONTH = "month"
    SEASON = "season"
    QUARTER = "quarter"
    HALF = "half"
    YEAR = "year"
    DECADE = "decade"
    CENTURY = "century"
    MILLENNIUM = "millennium"

    @property
    def rank(self) -> int:
        """Position from finest (0) to coarsest, for comparing precision."""
        return list(Granularity).index(self)


def days_in_month(year: int, month: int) -> int:
    """Length of a month in the proleptic Gregorian calendar (astronomical years)."""
    if month == 2:
        leap = year % 4 == 0 and (year % 100 != 0 or year % 400 == 0)
        return 29 if leap else 28
    return 30 if month in (4, 6, 9, 11) else 31


@dataclass(frozen=True, slots=True, order=True)
class Day:
    """One calendar day with an astronomical year; valid far before year 1.

    Ordering follows the calendar, so ``min``/``max``/sorting just work.
    """

    year: int
    month: int = 1
    day: int = 1

    def __post_init__(self) -> None:
        if not 1 <= self.month <= 12:
            raise ValueError(f"month out of range: {self.month}")
        if not 1 <= self.day <= days_in_month(self.year, self.month):
            raise ValueError(f"day out of range: {self.year}-{self.month}-{self.day}")

    def ordinal(self) -> int:
        """Days since 1970-01-01 (negative before), for any year (see :func:`_days_from_civil`)."""
        return _days_from_civil(self.year, self.month, self.day)

    @classmethod
    def from_ordinal(cls, n: int) -> Day:
        """Inverse of :meth:`ordinal`."""
        z = n + 719468
        era = z // 146097
        doe = z - era * 146097
        yoe = (doe - doe // 1460 + doe // 36524 - doe // 146096) // 365
        doy = doe - (365 * yoe + yoe // 4 - yoe // 100)
        mp = (5 * doy + 2) // 153
        day = doy - (153 * mp + 2) // 5 + 1
        month = mp + 3 if mp < 10 else mp - 9
        year = yoe + era * 400 + (1 if month <= 2 else 0)
        return cls(year, month, day)

    def shifted(self, days: int) -> Day:
        """The day ``days`` later (or earlier when negative)."""
        return Day.from_ordinal(self.ordinal() + days)

    def iso(self) -> str:
        """ISO 8601 with astronomical years: ``2021-09-29``, ``-2565-01-01``."""
        sign = "-" if self.year < 0 else ""
        return f"{sign}{abs(self.year):04d}-{self.month:02d}-{self.day:02d}"

    @classmethod
    def parse(cls, text: str) -> Day:
        """Read :meth:`iso` output back (``YYYY-MM-DD``, optionally signed)."""
        m = _ISO_DAY.match(text.strip())
        if not m:
            raise ValueError(f"not an ISO day: {text!r}")
        return cls(int(m.group(1)), int(m.group(2)), int(m.group(3)))

    def weekday(self) -> int:
        """Monday is 0, as in :meth:`datetime.date.weekday`."""
        return (self.ordinal() + 3) % 7  # 1970-01-01 was a Thursday


@dataclass(frozen=True, slots=True)
class When:
    """The normalised date of a mention or event: an inclusive span of days.

    Attributes:
        value: the TIMEX3 value (``2019``, ``2021-09-29``, ``199``, ``2020-Q3``, ``-2565``).
        earliest: first day the expression can mean.
        latest: last day it can mean (equal to ``earliest`` for a single day).
        granularity: how precise the writer was; drives drawing (point vs bar).
        approximate: "around", "early", "circa"…: soft ends when drawn.
        text: the date as written in the source.
        is_range: an explicit range ("from May to September 2024"), not one unit.
        time: a clock time when one was given (``T23:00``), else "".
        mod: the TIMEX3 ``mod`` (START, MID, END, APPROX, …) or "".
    """

    value: str
    earliest: Day
    latest: Day
    granularity: Granularity
    approximate: bool = False
    text: str = ""
    is_range: bool = False
    time: str = ""
    mod: str = ""
    anchor: Day | None = field(default=None, compare=False)
    #: :meth:`sort_key`, computed once: every view sorts and bisects by it, and adding a
    #: batch of articles to 16,000 events asks for it tens of thousands of times.
    _key: tuple[int, int] = field(default=(0, 0), init=False, repr=False, compare=False)

    def __post_init__(self) -> None:
        if self.latest < self.earliest:
            raise ValueError(f"span ends before it starts: {self.earliest} > {self.latest}")
        object.__setattr__(self, "_key", (self.earliest.ordinal(), self.latest.ordinal()))

    @property
    def start_iso(self) -> str:
        """First day as ISO (with astronomical year)."""
        return self.earliest.iso()

    @property
    def end_iso(self) -> str:
        """Last day as ISO (with astronomical year)."""
        return self.latest.iso()

    @property
    def is_point(self) -> bool:
        """Drawn as a point: a single day (or finer)."""
        return self.earliest == self.latest

    def sort_key(self) -> tuple[int, int]:
        """Chronological order: by first day, then shorter spans first."""
        return self._key

    def to_dict(self) -> dict[str, object]:
        """The ``date`` object of the CLI's JSON contract, plus round-trip extras."""
        out: dict[str, object] = {
            "text": self.text,
            "value": self.value,
            "start": self.start_iso,
            "end": self.end_iso,
            "granularity": self.granularity.value,
            "approximate": self.approximate,
        }
        if self.is_range:
            out["range"] = True
        if self.time:
            out["time"] = self.time
        if self.mod:
            out["mod"] = self.mod
        if self.anchor is not None:
            out["anchor"] = self.anchor.iso()
        return out

    @classmethod
    def from_dict(cls, data: dict[str, object]) -> When:
        """Inverse of :meth:`to_dict` (used by project files)."""
        anchor = data.get("anchor")
        return cls(
            value=str(data["value"]),
            earliest=Day.parse(str(data["start"])),
            latest=Day.parse(str(data["end"])),
            granularity=Granularity(str(data["granularity"])),
            approximate=bool(data.get("approximate", False)),
            text=str(data.get("text", "")),
            is_range=bool(data.get("range", False)),
            time=str(data.get("time", "")),
            mod=str(data.get("mod", "")),
            anchor=Day.parse(str(anchor)) if anchor else None,
        )


def year_label(year: int) -> str:
    """Human label for an astronomical year: ``2021``, ``2566 BC`` for -2565."""
    return f"{1 - year} BC" if year <= 0 else str(year)


@lru_cache(maxsize=1 << 17)
def _days_from_civil(year: int, month: int, day: int) -> int:
    """Days since 1970-01-01 of a proleptic Gregorian date with an astronomical year.

    The era-based days-from-civil algorithm (400-year eras of 146,097 days). The C
    original adjusts negative numerators because C division truncates; Python's ``//``
    already floors, so eras are plain floor divisions. Exact for negative years, so the
    timeline can place 2566 BC and 2021 on one linear axis. Remembered: sorting and
    indexing 100,000 events ask for the same few thousand days again and again.
    """
    y = year - (1 if month <= 2 else 0)
    era = y // 400  # floor division: exact for negative years too
    yoe = y - era * 400
    mp = (month + 9) % 12
    doy = (153 * mp + 2) // 5 + day - 1
    doe = yoe * 365 + yoe // 4 - yoe // 100 + doy
    return era * 146097 + doe - 719468
