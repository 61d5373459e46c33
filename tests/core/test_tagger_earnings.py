"""Earnings news: "the quarter", "the year-ago period" and friends name the reported period."""

from __future__ import annotations

import pytest

from timeline_app.core.tagger import tag
from timeline_app.model import Day

REF = Day(1989, 11, 1)


def _values(text: str) -> dict[str, str]:
    return {m.text: m.value for m in tag(text, reference=REF)}


@pytest.mark.parametrize(
    ("sentence", "phrase"),
    [
        ("Acme earned more in the third quarter. It made $2 million for the corresponding "
         "period last year.", "the corresponding period last year"),
        ("Acme earned more in the third quarter. Its U.K. sales for last year's quarter "
         "were small.", "last year's quarter"),
        ("Acme earned more in the third quarter. For the quarter a year ago, it lost money.",
         "the quarter a year ago"),
    ],
)  # fmt: skip
def test_the_reported_period_a_year_earlier(sentence: str, phrase: str) -> None:
    assert _values(sentence)[phrase] == "1988-Q3"


def test_a_quarter_named_with_last_year() -> None:
    assert _values("Sales in the second quarter last year were flat.") == {
        "the second quarter last year": "1988-Q2"
    }


def test_last_year_does_not_become_the_reported_period() -> None:
    found = _values(
        "Acme's third-quarter profit fell. Last year the unit lost money. "
        "The year-earlier results were restated."
    )
    assert found["year-earlier"] != "1987"
    assert found["year-earlier"].startswith("1988")


def test_the_quarter_is_the_one_the_report_leads_with() -> None:
    found = tag(
        "Acme posted third-quarter net of $5 million after a flat second quarter. "
        "The quarter's sales rose 4%.",
        reference=REF,
    )
    assert [(m.text, m.value) for m in found][-1] == ("The quarter", "1989-Q3")


def test_a_year_ago_quarter_after_a_whole_year_still_means_the_reported_quarter() -> None:
    found = _values(
        "Acme's third-quarter profit rose. Sales for the current year are up. "
        "Its U.K. sales for last year's quarter were small."
    )
    assert found["last year's quarter"] == "1988-Q3"


def test_quarter_to_quarter_is_no_date() -> None:
    found = _values("Acme's third-quarter profit rose. The quarter-to-quarter comparison helped.")
    assert found == {"third-quarter": "1989-Q3"}


def test_the_year_ago_period_compares_with_the_lead_quarter() -> None:
    found = _values(
        "Acme posted third-quarter net of $5 million after a flat second quarter. "
        "In the year-ago period, it earned $4 million."
    )
    assert found["the year-ago period"] == "1988-Q3"


def test_two_quarters_of_a_year_are_its_half() -> None:
    assert _values("Demand stays weak through the first two quarters of 1990.") == {
        "the first two quarters of 1990": "1990-H1"
    }
    assert _values("Sales rose in the last two quarters of 1988.") == {
        "the last two quarters of 1988": "1988-H2"
    }
