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


@pytest.mark.parametrize(
    ("sentence", "ends"),
    [
        ("Prices rose between 1994 and 1997 in the city.", [("1994", "1994"), ("1997", "1997")]),
        ("The dig lasts from May to September 2024 this time.",
         [("May", "2024-05"), ("September 2024", "2024-09")]),
        ("The gale of 15-16 October 1987 felled trees.",
         [("15", "1987-10-15"), ("16 October 1987", "1987-10-16")]),
    ],
)  # fmt: skip
def test_a_range_keeps_its_two_timex3_ends(sentence: str, ends: list[tuple[str, str]]) -> None:
    m = only(sentence)
    assert "/" in m.value
    assert [(p.text, p.value) for p in m.parts] == ends
    for p in m.parts:
        assert sentence[p.start : p.end] == p.text
        assert p.type == "DATE"
        assert m.start <= p.start < p.end <= m.end
    assert "parts" not in m.to_dict()  # the event builder and extract see the range


def test_a_single_date_has_no_parts() -> None:
    assert only("It opened on 3 May 2024 downtown.").parts == ()


def test_tag_json_lists_the_ends_of_a_range(tmp_path, capsys) -> None:  # type: ignore[no-untyped-def]
    import json

    from timeline_app import cli

    path = tmp_path / "a.txt"
    path.write_text("The plant ran between 1994 and 1997, then closed.", encoding="utf-8")
    assert (
        cli.main(["tag", str(path), "--json", "--no-cache", "--reference-date", "2021-10-06"]) == 0
    )
    mentions = json.loads(capsys.readouterr().out)[0]["mentions"]
    assert [(m["text"], m["value"], m["start"]) for m in mentions] == [
        ("1994", "1994", 22), ("1997", "1997", 31),
    ]  # fmt: skip
