"""Choosing the year of a date written without one ("Sept. 29", "the third quarter").

Two anchors compete: the document's reference date, and a full date the text has just
given when it narrates another period ("On July 16, 1969 … On July 20 …"). The year is
then the one placing the date nearest the anchor, leaning on the sentence's tense and,
when a weekday was written too ("Sunday, June 2"), on the calendar agreeing with it.
"""

from __future__ import annotations

import re

from timeline_app.core.timex.calendar import safe_day
from timeline_app.core.timex.spec import Spec
from timeline_app.model import Day, Granularity, When

#: How close (in characters) a narrated full date must be to lend its year.
NARRATIVE_REACH = 300
#: Days from the start to the middle of a period, so "the third quarter" is placed by its
#: middle, not its first day.
_HALF_SPAN = {"-Q": 45, "-H": 90, "-S": 45, "-F": 45, "-W": 45}


def narrative_anchor(
    explicit: When | None, last: When | None, reference: Day | None, distance: int, tense: int
) -> Day | None:
    """The day a yearless date continues from, when the text narrates another period.

    Only when that full date is the last one mentioned, close by, not in a sentence about
    the future, day-precise (month-precise will do when there is no reference date), and
    in another year than the reference date.
    """
    if explicit is None or last is not explicit or tense > 0 or distance > NARRATIVE_REACH:
        return None
    if explicit.granularity.rank > Granularity.DAY.rank and reference is not None:
        return None  # with no reference date, "February 1989" lends its year as well
    if reference is None or abs(explicit.earliest.year - reference.year) >= 1:
        return explicit.earliest
    return None


def pick_year(spec: Spec, anchor: Day, tense: int, *, forward: bool = False) -> int:
    """The year that places a month/day/season nearest ``anchor``.

    An explicit "last"/"next" picks the previous/next occurrence, "this" the anchor's
    year; ``forward`` (a narrative) the first occurrence on or after the anchor;
    otherwise the past is preferred (news reports what happened) unless the sentence
    speaks of the future.
    """
    if spec.direction == 0:
        return anchor.year
    best, best_cost = anchor.year, float("inf")
    period = bool(_PERIOD.match(spec.rest))
    for year in (anchor.year - 1, anchor.year, anchor.year + 1):
        day = safe_day(year, spec.month, spec.day) or Day(year, spec.month, 1)
        dist = day.ordinal() + _HALF_SPAN.get(spec.rest[:2], 0) - anchor.ordinal()
        if not _allowed(spec, dist, forward):
            continue
        cost = abs(dist) * _tense_penalty(dist, tense, period=period)
        if spec.check_weekday and day.weekday() != spec.weekday:
            cost += 10_000
        if cost < best_cost:
            best, best_cost = year, cost
    return best


def _allowed(spec: Spec, dist: int, forward: bool) -> bool:
    if forward:
        return dist >= 0
    if spec.direction == -1:
        return dist < 0 or spec.rest.startswith("-Q")
    if spec.direction == 1:
        return dist > 0
    return True


#: A month, quarter, half or season without a day ("-03", "-Q3", "-SU").
_PERIOD = re.compile(r"^-(?:\d\d|Q\d|H\d|SP|SU|FA|WI)$")


def _tense_penalty(dist: int, tense: int, *, period: bool = False) -> int:
    """How much less likely a date ``dist`` days from the anchor is, given the tense.

    A period named alone in a clause told in the past ("elections held in March", said in
    February) is most likely one that has begun: one still ahead is ten times less likely
    (not ruled out: "a cut in its supply in September" hangs on a noun, not on the past
    verb). A day ("payable Dec. 7") keeps the mild penalty, as its clause's tense is often
    a report's.
    """
    if tense > 0:
        return 3 if dist < -31 else 1
    if tense < -1:  # a past perfect: "had begun on August 12th" said in May
        return 20 if dist > 31 else 1
    if tense < 0 and period and dist > 0:
        return 10
    return 3 if dist > 31 else 1
