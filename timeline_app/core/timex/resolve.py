"""Anchoring: turning a :class:`Spec` into a TIMEX3 value and a calendar span.

Deictic expressions use the reference date; anaphoric ones use the date the text was
last talking about (:attr:`Context.last`), which starts as the reference date and moves
with every anchored mention. Nothing here ever looks at today's clock: without a
reference date, relative values keep X placeholders and are flagged unresolved.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from timeline_app.core.timex.calendar import (
    format_at,
    placeholder,
    shift,
    weekday_near,
    year_str,
)
from timeline_app.core.timex.holidays import holiday_day
from timeline_app.core.timex.spans import when_for
from timeline_app.core.timex.spec import Spec
from timeline_app.core.timex.years import narrative_anchor, pick_year
from timeline_app.model import Day, Granularity, Mention, When

_GRAN_UNIT = {
    Granularity.TIME: "day", Granularity.DAY: "day", Granularity.WEEK: "week",
    Granularity.MONTH: "month", Granularity.QUARTER: "quarter", Granularity.HALF: "half",
    Granularity.SEASON: "year", Granularity.YEAR: "year", Granularity.DECADE: "decade",
    Granularity.CENTURY: "century", Granularity.MILLENNIUM: "century",
}  # fmt: skip
_YEAR_PREFIX = re.compile(r"^(\d{4})(.*)$")


@dataclass
class Context:
    """What the resolver knows while reading a document from left to right."""

    reference: Day | None
    last: When | None = None
    tense: int = 0  # -1 past (-2 past perfect), +1 future, 0 unknown
    #: The last date written with its year ("July 16, 1969"), and how many characters
    #: back it was: a nearby "July 20" belongs to that year, not to the reference's.
    explicit: When | None = None
    explicit_distance: int = 10**9
    #: The period being reported: the last date not itself a comparison ("a year ago"),
    #: which "the year-ago quarter" and "the 1988 period" are compared with.
    period: When | None = None
    #: The first quarter or half the text names: an earnings report leads with the
    #: period it reports, and its later "the quarter" means that one.
    reported: When | None = None


@dataclass(frozen=True, slots=True)
class Resolved:
    """A resolved value: what the Mention needs."""

    value: str
    when: When | None
    relative: bool
    unresolved: bool


def resolve(spec: Spec, ctx: Context, text: str) -> Resolved:
    """Value and span of ``spec`` in ``ctx``; updates ``ctx.last`` for later anaphora."""
    narrative = None
    # A month and day ("July 20") continue a narrated date; a written weekday ("Sunday,
    # June 2") places the date from the reference instead. With no reference, any
    # yearless date takes the year of the text's last full date.
    day_level = len(spec.rest) == 6 and not spec.check_weekday
    if spec.kind == "partial" and (day_level or ctx.reference is None):
        narrative = narrative_anchor(ctx.explicit, ctx.last, ctx.reference,
                                     ctx.explicit_distance, ctx.tense)  # fmt: skip
    if spec.kind == "fixed":
        value, relative, anchor = spec.value, False, None
    else:
        anchor = narrative or _anchor_day(spec, ctx)
        relative = True
        if anchor is None:
            return Resolved(_unresolved_value(spec), None, True, True)
        value = _relative_value(spec, ctx, anchor, forward=narrative is not None)
    when = None
    if spec.type in ("DATE", "TIME"):
        # "1998-10-XX": some day of that month, spanned as the month
        when = when_for(value.replace("-XX", ""), mod=spec.mod, text=text, anchor=anchor)
    if when is not None:
        if not spec.comparable and spec.anchor != "period":
            ctx.last = when  # "a year earlier", "year-ago" compare; the focus stays put
            if ctx.reported is None and when.granularity in _FISCAL:
                ctx.reported = when
        if spec.anchor != "period" and not spec.comparable and not _looks_back(spec):
            ctx.period = when
        if (spec.kind == "fixed" or narrative) and when.granularity.rank <= _MONTH_RANK:
            ctx.explicit = when
    return Resolved(value, when, relative, False)


_MONTH_RANK = Granularity.MONTH.rank
_FISCAL = (Granularity.QUARTER, Granularity.HALF)


def _looks_back(spec: Spec) -> bool:
    """ "last year" compares with the period being reported; it does not become it, so a
    later "the year-earlier results" is that same year, not the one before."""
    return (
        spec.kind == "shift" and spec.anchor == "ref" and spec.unit == "year" and spec.offset < 0
    )


def _anchor_day(spec: Spec, ctx: Context) -> Day | None:
    if spec.anchor == "period" and (ctx.period or ctx.last) is not None:
        return (ctx.period or ctx.last).earliest  # type: ignore[union-attr]
    if spec.anchor == "last" and ctx.last is not None:
        coarse = ctx.last.granularity.rank > Granularity.DAY.rank
        if not (coarse and spec.suffix.startswith("T")):
            return ctx.last.earliest
    return ctx.reference


def _unresolved_value(spec: Spec) -> str:
    if spec.kind == "partial":
        return "XXXX" + spec.rest
    if spec.kind == "weekday":
        return f"XXXX-WXX-{spec.weekday + 1}{spec.suffix}"
    gran = spec.gran or spec.unit
    return placeholder(gran) + (spec.suffix if spec.suffix.startswith("T") else "")


def _relative_value(spec: Spec, ctx: Context, anchor: Day, *, forward: bool) -> str:
    if spec.kind == "partial":
        year = pick_year(spec, anchor, ctx.tense, forward=forward) + spec.offset
        if spec.holiday:
            return format_at(holiday_day(spec.holiday, year), "day") + spec.suffix
        return year_str(year) + spec.rest + spec.suffix
    if spec.kind == "weekday":
        day = _weekday_day(spec, anchor, ctx.tense > 0)
        return format_at(day, spec.gran or "day") + spec.suffix
    return _shifted_value(spec, ctx, anchor)


_PERIODS = (Granularity.QUARTER, Granularity.HALF, Granularity.MONTH)


def _shifted_value(spec: Spec, ctx: Context, anchor: Day) -> str:
    if spec.clock_only and ctx.tense > 0 and spec.suffix[1:3] < "12":
        # "will leave at 4 a.m.": said during the day, the next 4 a.m. is tomorrow's.
        spec = spec.but(offset=1)
    if _week_ahead(spec, ctx, anchor):
        spec = spec.but(offset=1)
    last = {"last": ctx.last, "period": ctx.period or ctx.last}.get(spec.anchor)
    if spec.anchor == "period" and spec.gran in ("quarter", "half"):
        last = _period_at(spec.gran, last, ctx)
        anchor = last.earliest if last is not None else anchor
    if spec.year is not None:  # "the 1988 period": the reported period, in that year
        spec = spec.but(offset=spec.year - anchor.year)
    if spec.comparable and ctx.last is not None and ctx.last.granularity in _PERIODS:
        last, spec = ctx.last, spec.but(gran="")
    if (unknown_day := _day_of_coarse(spec, last, anchor)) is not None:
        return unknown_day
    if spec.anchor == "last" and spec.gran in ("quarter", "half") and spec.offset == 0:
        return _reported_period(spec.gran, ctx)
    if not spec.gran and last is not None:
        if spec.unit == "year" and (m := _YEAR_PREFIX.match(last.value.split("T")[0])):
            return f"{int(m[1]) + spec.offset:04d}{m[2]}"
        gran = _GRAN_UNIT[last.granularity]
    else:
        gran = spec.gran or "day"
    moved = shift(anchor, spec.unit, spec.offset)
    return format_at(moved, gran) + spec.suffix


def _week_ahead(spec: Spec, ctx: Context, anchor: Day) -> bool:
    """ "will meet this week" written on a Saturday or Sunday: the week about to begin, not
    the one ending (the week's edge); told in the past, "this week" is the one ending."""
    return (
        spec.anchor == "ref" and spec.unit == "week" and spec.offset == 0 and spec.gran == "week"
        and not spec.suffix and ctx.tense > 0 and anchor.weekday() >= 5
    )  # fmt: skip


def _period_at(unit: str, last: When | None, ctx: Context) -> When | None:
    """ "the year-ago quarter", "last year's quarter": the quarter the report leads with,
    even after other quarters or years were compared with it."""
    reported = ctx.reported
    if reported is not None and _GRAN_UNIT[reported.granularity] == unit:
        return reported
    return last


def _day_of_coarse(spec: Spec, last: When | None, anchor: Day) -> str | None:
    """ "In October 1998 … that same day": some day of that month ("1998-10-XX"), not its
    first; None when the day is known."""
    if spec.anchor != "last" or spec.unit != "day" or spec.suffix or last is None:
        return None
    if last.granularity == Granularity.MONTH:
        return format_at(anchor, "month") + "-XX"
    if last.granularity == Granularity.YEAR:
        return format_at(anchor, "year") + "-XX-XX"
    return None


def _reported_period(unit: str, ctx: Context) -> str:
    """ "the quarter": the one the report leads with, else the one last talked about,
    else the last one completed."""
    if ctx.reported is not None and _GRAN_UNIT[ctx.reported.granularity] == unit:
        return ctx.reported.value
    if ctx.last is not None and _GRAN_UNIT[ctx.last.granularity] == unit:
        return ctx.last.value
    base = ctx.reference or (ctx.last.earliest if ctx.last else None)
    return format_at(shift(base, unit, -1), unit) if base else placeholder(unit)


def _weekday_day(spec: Spec, anchor: Day, future: bool) -> Day:
    direction = spec.direction
    if direction is None:
        if spec.weekday == anchor.weekday():
            return anchor
        direction = 1 if future else -1
    if direction == 0:  # in the anchor's week, or ``offset`` weeks from it ("지난주 금요일")
        return weekday_near(anchor.shifted(7 * spec.offset), spec.weekday, 0)
    return weekday_near(anchor.shifted(direction), spec.weekday, direction)


def resolved_mention(spec: Spec, ctx: Context, text: str, start: int, end: int) -> Mention:
    """The mention of ``text[start:end]`` read as ``spec``, resolved in ``ctx`` (no parts).

    Shared by the English and the other languages' taggers, which add a range's or a
    duration's parts each their own way.
    """
    written = text[start:end]
    res = resolve(spec, ctx, written)
    return Mention(
        start=start, end=end, text=written, type=spec.type, value=res.value, when=res.when,
        relative=res.relative, unresolved=res.unresolved, mod=spec.mod,
    )  # fmt: skip
