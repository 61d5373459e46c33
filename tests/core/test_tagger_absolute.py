"""Calendar dates written out in full: every common English order and style."""

from __future__ import annotations

import pytest

from tests.core._tagging import only, values
from timeline_app.model import Day, Granularity


@pytest.mark.parametrize(
    ("sentence", "phrase", "value"),
    [
        ("The summit opened on 29 September 2021 in Sochi.", "29 September 2021", "2021-09-29"),
        ("The summit opened on September 29, 2021 in Sochi.", "September 29, 2021", "2021-09-29"),
        ("Talks resumed on Sept. 29 after a pause.", "Sept. 29", "2021-09-29"),
        ("The form was signed 29/09/2021 by both.", "29/09/2021", "2021-09-29"),
        ("The form was signed 2021-09-29 by both.", "2021-09-29", "2021-09-29"),
        ("They met on Wednesday, September 29, to talk.", "Wednesday, September 29",
         "2021-09-29"),
        ("They met on the 29th of September to talk.", "the 29th of September", "2021-09-29"),
        ("The vote was held in March 2015 after delays.", "March 2015", "2015-03"),
        ("Sales fell in 1999 as costs rose.", "1999", "1999"),
    ],
)  # fmt: skip
def test_full_dates(sentence: str, phrase: str, value: str) -> None:
    m = only(sentence)
    assert (m.text, m.value, m.type) == (phrase, value, "DATE")
    assert m.when is not None
    assert m.when.value == value


def test_day_has_day_span() -> None:
    w = only("It happened on 3 March 2020 at the port.").when
    assert w is not None
    assert (w.earliest, w.latest, w.granularity) == (Day(2020, 3, 3), Day(2020, 3, 3),
                                                     Granularity.DAY)  # fmt: skip


def test_seasons_quarters_halves() -> None:
    assert values("Growth slowed in the third quarter of 2020 and in Q4 2020.") == [
        ("the third quarter of 2020", "2020-Q3"),
        ("Q4 2020", "2020-Q4"),
    ]
    assert values("The film shot in summer 2022 and in the second half of 2024.") == [
        ("summer 2022", "2022-SU"),
        ("the second half of 2024", "2024-H2"),
    ]
    w = only("Work stopped in the winter of 2021.").when
    assert w is not None
    assert (w.earliest, w.latest) == (Day(2021, 12, 1), Day(2022, 2, 28))


def test_decades_and_centuries() -> None:
    w = only("Prices soared in the 1990s across Europe.").when
    assert w is not None
    assert (w.value, w.earliest, w.latest, w.granularity) == (
        "199",
        Day(1990, 1, 1),
        Day(1999, 12, 31),
        Granularity.DECADE,
    )
    w = only("Railways spread in the 19th century everywhere.").when
    assert w is not None
    assert (w.value, w.earliest, w.latest) == ("18", Day(1800, 1, 1), Day(1899, 12, 31))


def test_bce_years_are_astronomical() -> None:
    m = only("The pyramid was finished around 2566 BC by thousands.")
    assert (m.text, m.value, m.mod) == ("around 2566 BC", "BC2566", "APPROX")
    assert m.when is not None
    assert (m.when.earliest, m.when.latest, m.when.approximate) == (
        Day(-2565, 1, 1),
        Day(-2565, 12, 31),
        True,
    )
    assert only("Vesuvius erupted in AD 79 over Pompeii.").value == "0079"


@pytest.mark.parametrize(
    ("sentence", "mod", "first", "last"),
    [
        ("Rates rose in early 2021 again.", "START", Day(2021, 1, 1), Day(2021, 4, 30)),
        ("Rates rose in mid-2021 again.", "MID", Day(2021, 5, 1), Day(2021, 8, 31)),
        ("Rates rose in late 2021 again.", "END", Day(2021, 9, 1), Day(2021, 12, 31)),
    ],
)  # fmt: skip
def test_position_modifiers_are_approximate(
    sentence: str, mod: str, first: Day, last: Day
) -> None:
    m = only(sentence)
    assert (m.value, m.mod) == ("2021", mod)
    assert m.when is not None
    assert (m.when.earliest, m.when.latest, m.when.approximate) == (first, last, True)


def test_holidays() -> None:
    assert values("Shops closed on Thanksgiving Day 1999 and at Easter 2024.") == [
        ("Thanksgiving Day 1999", "1999-11-25"),
        ("Easter 2024", "2024-03-31"),
    ]


def test_times_with_dates_are_one_time() -> None:
    m = only("The blast came at 11pm on 31 January 2020 near the dock.")
    assert (m.text, m.type, m.value) == ("11pm on 31 January 2020", "TIME", "2020-01-31T23:00")
    assert m.when is not None
    assert m.when.time == "T23:00"


def test_time_alone_uses_reference_day() -> None:
    m = only("The shop opens at 3 p.m. sharp.")
    assert (m.text, m.type, m.value) == ("3 p.m.", "TIME", "2021-10-06T15:00")


def test_the_2000s_is_a_decade_the_1800s_a_century() -> None:
    assert values("Sales boomed in the 2000s, as in the 1800s.") == [
        ("the 2000s", "200"),
        ("the 1800s", "18"),
    ]


def test_iso_weeks_quarters_and_halves() -> None:
    assert values("Deliveries slipped in 2021-W05, then 2024-H2 (2020-Q3 figures).") == [
        ("2021-W05", "2021-W05"),
        ("2024-H2", "2024-H2"),
        ("2020-Q3", "2020-Q3"),
    ]


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        ("The March accession lets the three join.", [("March", "2022-03")]),
        ("Holders sold under a June agreement with the board.", [("June", "2022-06")]),
        ("Thousands joined the March for Europe downtown.", []),
    ],
)
def test_a_month_before_its_noun_is_a_date(sentence: str, expected: list[tuple[str, str]]) -> None:
    assert values(sentence, reference=Day(2022, 9, 1)) == expected


def test_the_second_day_of_a_pair_is_its_own_date() -> None:
    assert values("The summit meets on April 24 and 25.", reference=Day(2022, 3, 1)) == [
        ("April 24", "2022-04-24"),
        ("25", "2022-04-25"),
    ]
    assert values("On April 24 and 25 people left.", reference=Day(2022, 3, 1)) == [
        ("April 24", "2022-04-24")
    ]
