"""Issue 11, round 3: date classes from TimeBank's errors (and one from the held-out
articles). Sentences written for these tests; the real English model parses them."""

from __future__ import annotations

import pytest

from timeline_app.core.tagger import tag
from timeline_app.model import Day

OCT = Day(1989, 10, 30)  # a Monday in late October


def _values(text: str, reference: Day = OCT) -> list[tuple[str, str]]:
    from timeline_app.core.nlp import load_nlp

    nlp = load_nlp()
    if nlp is None:
        pytest.skip("spaCy model not installed")
    return [(m.text, m.value) for m in tag(text, reference=reference, doc=nlp(text))]


@pytest.mark.slow
def test_what_was_agreed_or_planned_lies_ahead() -> None:
    assert _values("The company agreed to sell the plant in March.") == [("March", "1990-03")]
    # the agreement itself is dated in the past as before
    assert _values("The company agreed in March to sell the plant.") == [("March", "1989-03")]
    assert _values("The company sold the plant in March.") == [("March", "1989-03")]


@pytest.mark.slow
def test_an_arrangement_that_has_been_made_runs_on_to_the_end_it_names() -> None:
    text = "The banks have extended the loans through January."
    assert _values(text) == [("January", "1990-01")]
    assert _values("The company has sold the plant in March.") == [("March", "1989-03")]
    assert _values("The banks extended the loans through January.") == [("January", "1989-01")]
