"""What an expression says, before it is anchored: the hand-off from grammar to resolver.

A :class:`Spec` is independent of the document's reference date, so the same match can be
resolved against a DCT, against the previous mention, or left unresolved (X placeholders)
when there is nothing to anchor on.
"""

from __future__ import annotations

from dataclasses import dataclass, replace

#: ``kind`` values:
#: fixed   -- ``value`` is final (absolute dates, durations, sets, PRESENT_REF...);
#: partial -- a month/day/quarter/season whose year must be inferred (``rest`` = "-09-29");
#: shift   -- anchor moved by ``offset`` ``unit`` and written at ``gran``;
#: weekday -- the ``weekday`` near the anchor in ``direction``.
KINDS = ("fixed", "partial", "shift", "weekday")


@dataclass(frozen=True, slots=True)
class Spec:
    """The meaning of one matched expression.

    Attributes:
        type: DATE, TIME, DURATION or SET.
        kind: see :data:`KINDS`.
        value: the final value for ``fixed``.
        mod: TIMEX3 mod.
        rest: for ``partial``, the value after the year ("-09-29", "-Q3", "-SU", "").
        month: for ``partial``, the first month the expression covers (to place it in time).
        day: for ``partial``, the day of month when known.
        anchor: "ref" (the document's date), "last" (the date last talked about) or
            "period" (the period being reported, which comparisons refer to).
        unit: shift unit (day, week, month, quarter, year...).
        offset: how many units to shift (negative = back).
        gran: granularity the shifted value is written at ("" = that of the anchor).
        weekday: Monday = 0.
        direction: -1 past, +1 future, 0 same period, None = guess from tense.
        suffix: appended to a resolved value ("TMO", "T14:00").
        year: for ``fixed`` absolute dates, the astronomical year (ranges reuse it);
            for ``shift`` ("the 1988 quarter"), the year to move the reported period to.
        comparable: a comparison with the period being reported: "a year ago" in a
            text about a quarter means that quarter a year earlier (earnings reports),
            and it does not become the period being reported itself.
        holiday: for ``partial``, a holiday whose day depends on the year (Easter).
        clock_only: a clock time with no day written next to it ("at 4 a.m.").
        check_weekday: for ``partial``, ``weekday`` was written too ("Sunday, June 2"),
            so the year must make the calendar agree.
        span_value: for a shift written as a stretch of time from an earlier date ("six
            weeks earlier"), the TIMEX3 value of that stretch ("P6W"): TimeML annotates
            the duration, while the event still needs the date it leads to.
    """

    type: str
    kind: str = "fixed"
    value: str = ""
    mod: str = ""
    rest: str = ""
    month: int = 1
    day: int = 1
    anchor: str = "ref"
    unit: str = "day"
    offset: int = 0
    gran: str = ""
    weekday: int = 0
    direction: int | None = None
    suffix: str = ""
    year: int | None = None
    comparable: bool = False
    holiday: str = ""
    clock_only: bool = False
    check_weekday: bool = False
    span_value: str = ""

    def but(self, **changes: object) -> Spec:
        """A copy with some fields changed."""
        return replace(self, **changes)  # type: ignore[arg-type]
