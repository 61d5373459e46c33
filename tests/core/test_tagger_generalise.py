"""Issue 11 tagger classes, on sentences written for these tests (not from any corpus).

Zones written ``Z``; ISO weeks and weekends at the edges of a week and a year; the day a
news story counts up to; an anaphoric "the day"; "at the time"; and durations tied to an
earlier date, which TimeML annotates as the stretch while the event keeps the date.
"""

from __future__ import annotations

import pytest

from tests.core._tagging import only, values
from timeline_app.core.tagger import tag
from timeline_app.model import Day


@pytest.mark.parametrize(
    ("text", "value"),
    [
        ("The vote closed at 18:45 GMT.", "2021-10-06T18:45Z"),
        ("Markets reopened at 7 a.m. UTC.", "2021-10-06T07:00Z"),
        ("The ferry left at 9:15 a.m. EST.", "2021-10-06T09:15"),  # only universal time is Z
    ],
)
def test_universal_time_is_written_with_z(text: str, value: str) -> None:
    assert only(text).value == value


@pytest.mark.parametrize(
    ("reference", "text", "value", "first", "last"),
    [
        # a Sunday closes its ISO week: "this week" is the week ending that day
        (Day(2022, 1, 2), "Prices climbed this week.", "2021-W52", Day(2021, 12, 27),
         Day(2022, 1, 2)),
        # a Monday opens one: "the weekend" just past belongs to the week before
        (Day(2022, 1, 3), "Crowds gathered over the weekend.", "2021-W52-WE", Day(2022, 1, 1),
         Day(2022, 1, 2)),
        # a Thursday: the coming weekend is this week's
        (Day(2021, 12, 30), "The fair will open this weekend.", "2021-W52-WE", Day(2022, 1, 1),
         Day(2022, 1, 2)),
    ],
)  # fmt: skip
def test_weeks_and_weekends_at_the_edges(
    reference: Day, text: str, value: str, first: Day, last: Day
) -> None:
    m = only(text, reference=reference)
    assert m.value == value
    assert m.when is not None
    assert (m.when.earliest, m.when.latest) == (first, last)


def test_the_nth_day_of_a_run_is_the_day_reported() -> None:
    m = only("Oil prices slid for a fourth straight day.", reference=Day(2023, 5, 12))
    assert (m.text, m.value) == ("a fourth straight day", "2023-05-12")
    # ...unless the sentence names the day itself
    assert values("The truce held for a third day on Friday.", reference=Day(2023, 5, 14)) == [
        ("Friday", "2023-05-12")
    ]


def test_an_anaphoric_day_takes_the_day_last_named() -> None:
    text = "The committee met on 9 March 2022. Later in the day it published its findings."
    assert values(text) == [("9 March 2022", "2022-03-09"), ("the day", "2022-03-09")]
    text = "Rain fell on 2 April 2019. The day ended with floods in the valley."
    assert values(text)[-1] == ("The day", "2019-04-02")
    # "the day of the vote", "the day he left": not a reference to an earlier date
    assert values("Few remember the day of the vote or the day he left.") == []


def test_at_the_time_is_a_past_reference() -> None:
    assert values("At the time, the bakery employed nine people.") == [("the time", "PAST_REF")]
    assert values("Nobody knew the time of the meeting.") == []


def test_a_stretch_from_an_earlier_date_is_a_duration_with_a_date_for_the_event() -> None:
    text = "The dam failed on 3 June 2020. Eleven days earlier, inspectors had found a crack."
    [_, m] = tag(text, reference=Day(2020, 7, 1))
    assert (m.text, m.value) == ("Eleven days earlier", "2020-05-23")  # the event's date
    [part] = m.parts  # what `timeline-app tag` lists, the way TimeML annotates it
    assert (part.text, part.type, part.value) == ("Eleven days", "DURATION", "P11D")
    assert text[part.start : part.end] == part.text
    # "a year earlier" compares two periods: it stays one date
    [_, m] = tag("Profit rose in 2020. A year earlier it fell.", reference=Day(2021, 1, 5))
    assert m.parts == ()
    assert m.value == "2019"
