"""Ranges: one mention with a span from the first day of one end to the last of the other."""

from __future__ import annotations

import pytest

from tests.core._tagging import only
from timeline_app.model import Day


@pytest.mark.parametrize(
    ("sentence", "phrase", "first", "last"),
    [
        ("The show runs from 12 May to 30 September 2024 downtown.",
         "12 May to 30 September 2024", Day(2024, 5, 12), Day(2024, 9, 30)),
        ("The famine lasted between 1880 and 1882 in the region.", "1880 and 1882",
         Day(1880, 1, 1), Day(1882, 12, 31)),
        ("The war of 1914–1918 changed Europe.", "1914–1918", Day(1914, 1, 1),
         Day(1918, 12, 31)),
        ("The storm hit on 15-16 October 1987 overnight.", "15-16 October 1987",
         Day(1987, 10, 15), Day(1987, 10, 16)),
        ("The fair ran May–June 2020 outdoors.", "May–June 2020", Day(2020, 5, 1),
         Day(2020, 6, 30)),
    ],
)  # fmt: skip
def test_ranges_are_one_mention(sentence: str, phrase: str, first: Day, last: Day) -> None:
    m = only(sentence)
    assert m.text == phrase
    assert m.when is not None
    assert (m.when.earliest, m.when.latest, m.when.is_range) == (first, last, True)


def test_bc_range_applies_the_era_to_both_ends() -> None:
    m = only("The seeds date from between 1250 and 1180 BC, the team said.")
    assert m.value == "BC1250/BC1180"
    assert m.when is not None
    assert (m.when.earliest, m.when.latest) == (Day(-1249, 1, 1), Day(-1179, 12, 31))
