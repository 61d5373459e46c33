"""Relative expressions: anchored on the reference date or on the last date mentioned."""

from __future__ import annotations

import pytest

from tests.core._tagging import REF, only, values
from timeline_app.core.tagger import tag
from timeline_app.model import Day


@pytest.mark.parametrize(
    ("sentence", "value"),
    [
        ("The minister resigned yesterday in protest.", "2021-10-05"),
        ("The minister resigns today in protest.", "2021-10-06"),
        ("The minister will resign tomorrow in protest.", "2021-10-07"),
        ("The minister resigned on Tuesday in protest.", "2021-10-05"),
        ("The minister resigned on Friday in protest.", "2021-10-01"),
        ("The minister will resign on Friday in protest.", "2021-10-08"),
        ("The minister resigned last week in protest.", "2021-W39"),
        ("The minister will resign next month in protest.", "2021-11"),
        ("The minister resigned this year in protest.", "2021"),
        ("The minister resigned last year in protest.", "2020"),
        ("The minister resigned two years ago in protest.", "2019"),
        ("The minister resigned three days ago in protest.", "2021-10-03"),
        ("The minister resigned earlier this month in protest.", "2021-10"),
        ("The minister resigned last May in protest.", "2021-05"),
    ],
)  # fmt: skip
def test_deictic(sentence: str, value: str) -> None:
    m = only(sentence)
    assert m.value == value
    assert m.relative
    assert not m.unresolved
    assert m.when is not None
    assert m.when.anchor == REF


def test_anaphoric_uses_last_date_talked_about() -> None:
    assert values("The ship sank on 3 March 2019. The next day, divers arrived. "
                  "A week later the inquiry opened.") == [
        ("3 March 2019", "2019-03-03"), ("The next day", "2019-03-04"),
        ("A week later", "2019-03-11")]  # fmt: skip
    assert values("The law passed in 1998. That year, prices rose.") == [
        ("1998", "1998"),
        ("That year", "1998"),
    ]


def test_following_morning_is_a_time_of_day() -> None:
    found = values("The storm hit on 3 March 2019. The following morning was calm.")
    assert found[1] == ("The following morning", "2019-03-04TMO")


def test_month_day_without_year_takes_the_nearest_year_leaning_on_tense() -> None:
    assert only("The deal closed on Aug. 15 after talks.").value == "2021-08-15"
    assert only("The deal closed on Sept. 29 after talks.").value == "2021-09-29"
    assert only("The deal will close on Jan. 15 after talks.").value == "2022-01-15"
    assert only("The deal closed on Feb. 15 after talks.").value == "2021-02-15"


def test_no_reference_leaves_placeholders_unresolved() -> None:
    for sentence, value in [("He left yesterday for good.", "XXXX-XX-XX"),
                            ("He left on Tuesday for good.", "XXXX-WXX-2"),
                            ("He left last week for good.", "XXXX-WXX"),
                            ("He left on Sept. 29 for good.", "XXXX-09-29")]:  # fmt: skip
        m = only(sentence, reference=None)
        assert (m.value, m.unresolved, m.when) == (value, True, None)


def test_absolute_dates_resolve_without_reference() -> None:
    m = only("He left on 29 September 2021 for good.", reference=None)
    assert (m.value, m.unresolved) == ("2021-09-29", False)
    assert m.when is not None


def test_reference_words() -> None:
    assert values("Prices are now higher than in the past.") == [
        ("now", "PRESENT_REF"),
        ("the past", "PAST_REF"),
    ]


def test_comparable_period_in_earnings_news() -> None:
    found = tag("Profit rose in the third quarter from a year ago.", reference=REF)
    assert [(m.text, m.value) for m in found] == [
        ("the third quarter", "2021-Q3"),
        ("a year ago", "2020-Q3"),
    ]


def test_earnings_periods() -> None:
    found = values("Profit fell in the latest quarter. In the year-ago period it rose.")
    assert found == [("the latest quarter", "2021-Q3"), ("the year-ago period", "2020-Q3")]


def test_the_weekend_is_the_nearest_past_one() -> None:
    assert only("Talks broke down over the weekend.").value == "2021-W39-WE"


def test_clock_time_in_a_future_sentence_is_the_next_one() -> None:
    assert only("The convoy will leave at 4 a.m. sharp.").value == "2021-10-07T04:00"
    assert only("The convoy left at 4 a.m. sharp.").value == "2021-10-06T04:00"


def test_weekday_with_part_of_day_is_a_time() -> None:
    m = only("The vote took place on Monday night in the hall.")
    assert (m.type, m.value) == ("TIME", "2021-10-04TNI")


def test_a_narrated_full_date_lends_its_year() -> None:
    text = (
        "Apollo 11 lifted off on July 16, 1969. On July 20, Armstrong stepped onto the "
        "Moon. The crew splashed down on July 24. Four days later they were home."
    )
    assert [v for _, v in values(text)] == ["1969-07-16", "1969-07-20", "1969-07-24",
                                            "1969-07-28"]  # fmt: skip


def test_a_written_weekday_picks_the_year() -> None:
    # 2 June 2025 is a Monday; 2 June 2024, nearer the reference, a Sunday.
    ref = Day(2025, 3, 1)
    assert only("The final is on June 2 in Leeds.", reference=ref).value == "2024-06-02"
    assert only("The final is on Monday, June 2, in Leeds.", reference=ref).value == "2025-06-02"


def test_yearless_dates_in_a_sentence_about_every_year_recur() -> None:
    found = tag("The town has marked Armistice Day every year on 11 November since then.",
                reference=REF)  # fmt: skip
    assert [(m.text, m.type, m.value) for m in found] == [
        ("Armistice Day", "SET", "XXXX-11-11"), ("every year", "SET", "P1Y"),
        ("11 November", "SET", "XXXX-11-11")]  # fmt: skip
    assert all(m.when is None for m in found)


def test_comparisons_refer_to_the_reported_period() -> None:
    text = (
        "Profit in the third quarter rose from a year ago. In the year-ago third quarter, "
        "sales fell. Sales in the 1988 quarter were flat, against year-earlier levels."
    )
    assert values(text, reference=Day(1989, 10, 30)) == [
        ("the third quarter", "1989-Q3"), ("a year ago", "1988-Q3"),
        ("the year-ago third quarter", "1988-Q3"), ("the 1988 quarter", "1988-Q3"),
        ("year-earlier", "1988-Q3")]  # fmt: skip


def test_since_a_month_means_the_last_one() -> None:
    ref = Day(2024, 10, 24)
    assert only("Shares have gained 40% since January.", reference=ref).value == "2024-01"


def test_would_looks_ahead() -> None:
    found = only("He said the firm would close its office by June.", reference=Day(2025, 2, 20))
    assert found.value == "2025-06"


def test_the_week_of_a_day_is_that_iso_week() -> None:
    assert values("The hearing is set for the week of March 6, lawyers said.",
                 reference=Day(2000, 2, 24)) == [("the week of March 6", "2000-W10")]  # fmt: skip
