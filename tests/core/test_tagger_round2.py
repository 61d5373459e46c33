"""Issue 11, round 2: classes fixed from TimeBank's errors and TimeML's conventions.

Sentences written for these tests (not from any corpus). Parses, where a test needs one,
are built by hand (words, tags, heads, dependencies), so no model is needed.
"""

from __future__ import annotations

from spacy.tokens import Doc

from tests.core._tagging import REF, doc_from_rows, only, values
from timeline_app.core.tagger import tag
from timeline_app.model import Day


def _tagged(doc: Doc, reference: Day = REF) -> list[tuple[str, str]]:
    return [(m.text, m.value) for m in tag(doc.text, reference=reference, doc=doc)]


def test_a_month_told_in_the_past_is_one_that_has_begun() -> None:
    # said in October: last January, not the coming one (87 days ahead)
    assert values("In January, the bakery hired a new manager.") == [("January", "2021-01")]
    # said in February: the first half and the spring told in the past are last year's
    feb = Day(2022, 2, 11)
    assert values("Growth slowed in the first half.", reference=feb) == [
        ("the first half", "2021-H1")
    ]
    assert values("Snow melted early in the spring.", reference=feb)[-1][1] == "2021-SP"
    # the future still looks ahead, and a day keeps the mild rule ("payable Dec. 7")
    assert values("Growth will slow in the first half.", reference=feb) == [
        ("the first half", "2022-H1")
    ]


def test_an_infinitive_on_a_noun_looks_ahead() -> None:
    # "The board approved a deal to sell the mill in January": the sale is still ahead
    doc = doc_from_rows([
        ("The", "DT", "DET", 1, "det"), ("board", "NN", "NOUN", 2, "nsubj"),
        ("approved", "VBD", "VERB", 2, "ROOT"), ("a", "DT", "DET", 4, "det"),
        ("deal", "NN", "NOUN", 2, "dobj"), ("to", "TO", "PART", 6, "aux"),
        ("sell", "VB", "VERB", 4, "acl"), ("the", "DT", "DET", 8, "det"),
        ("mill", "NN", "NOUN", 6, "dobj"), ("in", "IN", "ADP", 6, "prep"),
        ("January", "NNP", "PROPN", 9, "pobj"), (".", ".", "PUNCT", 2, "punct"),
    ], lemmatise_be=True)  # fmt: skip
    assert _tagged(doc) == [("January", "2022-01")]
    # without the parse the past verb decides
    assert values(doc.text) == [("January", "2021-01")]


def test_a_date_completing_a_present_is_lies_ahead() -> None:
    doc = doc_from_rows([
        ("The", "DT", "DET", 1, "det"), ("hearing", "NN", "NOUN", 2, "nsubj"),
        ("is", "VBZ", "AUX", 2, "ROOT"), ("Tuesday", "NNP", "PROPN", 2, "npadvmod"),
        (".", ".", "PUNCT", 2, "punct"),
    ], lemmatise_be=True)  # fmt: skip
    assert _tagged(doc) == [("Tuesday", "2021-10-12")]  # REF is Wednesday 6 October


def test_this_week_said_at_the_weeks_edge() -> None:
    sunday = Day(2021, 10, 10)  # closes ISO week 40
    assert only("The leaders will meet this week.", reference=sunday).value == "2021-W41"
    assert only("The leaders met this week.", reference=sunday).value == "2021-W40"
    # on a weekday the coming days are this week's
    assert only("The leaders will meet this week.", reference=REF).value == "2021-W40"


def test_vague_decades_centuries_and_millennia_use_timebank_units() -> None:
    assert only("The bridge stood for decades.").value == "PXE"
    assert only("The abbey stood for centuries.").value == "PXC"
    assert only("The cave was used for millennia.").value == "PXL"
    assert only("The abbey stood for two centuries.").value == "P200Y"


def test_a_quoted_sentence_ends_at_its_closing_quotes() -> None:
    text = (
        "``The mills will close, and the valley is going to start suffering badly in the "
        "spring.'' Data showed a fall."
    )
    # "showed" belongs to the next sentence; "going to" decides
    assert values(text, reference=Day(2022, 2, 6)) == [("the spring", "2022-SP")]


def test_the_fiscal_year_ended_is_a_stretch_of_twelve_months() -> None:
    first = tag("In the fiscal year ended Jan. 31, sales rose.", reference=REF)[0]
    assert (first.text, first.type, first.value) == ("the fiscal year", "DURATION", "P1Y")
    current = tag("Sales in the current fiscal year ending June 30 will rise.", reference=REF)
    assert (current[0].text, current[0].value) == ("the current fiscal year", "2021")


def test_one_day_after_a_modal_is_the_indefinite_future() -> None:
    assert values("The valley will one day be a lake.") == [("one day", "FUTURE_REF")]
    assert values("She hopes to one day run the mill.") == [("one day", "FUTURE_REF")]
    assert values("He had been in the job one day.") == [("one day", "P1D")]


def test_plural_parts_of_named_days_recur() -> None:
    assert values("Ferries sail on Monday and Tuesday nights.") == [
        ("Monday", "XXXX-WXX-1TNI"),
        ("Tuesday nights", "XXXX-WXX-2TNI"),
    ]
    assert only("The market opens Sunday mornings.").type == "SET"
    # one night, and two plain days, stay dates
    assert only("They met Tuesday night.").value == "2021-10-05TNI"
    assert values("They met Monday and Tuesday.") == [
        ("Monday", "2021-10-04"),
        ("Tuesday", "2021-10-05"),
    ]


def test_an_indefinite_year_is_no_date() -> None:
    assert values("The firm changed from a fiscal year to a calendar year.") == []
    assert only("The repairs took a full year.").value == "P1Y"
    assert only("Sales for the full year rose.").value == "2021"


def test_hours_ago_is_a_day_and_hours_later_a_stretch() -> None:
    m = only("The bridge collapsed two hours ago.")
    assert (m.type, m.value) == ("DATE", "2021-10-06")  # valued as a day, so typed as one
    text = "The dam broke on 3 June 2020. Three hours later, the valley flooded."
    [_, later] = tag(text, reference=REF)
    assert later.value == "2020-06-03"  # the event keeps its day
    [part] = later.parts  # the stretch, as TimeML annotates it
    assert (part.text, part.type, part.value) == ("Three hours", "DURATION", "PT3H")


def test_stretches_ahead_and_trading_days() -> None:
    assert only("Prices may fall in the weeks ahead.").value == "PXW"
    assert only("Shares rose for eight trading days.").value == "P8D"
    assert only("Refunds arrive within five business days.").value == "P5D"
    assert values("Shares will be sold at a later date.") == [("a later date", "FUTURE_REF")]


def test_the_following_season_or_month_follows_the_date_last_talked_about() -> None:
    # "the following summer" after December 2021 is summer 2022, not the reference's
    text = "The telescope was launched in December 2021 and began work the following summer."
    assert values(text)[-1] == ("following summer", "2022-SU")
    text = "The ship sank in May 1990 and was raised the following March."
    assert values(text)[-1] == ("following March", "1991-03")
    # without "the", "next spring" still counts from the reference date
    assert values("The museum will reopen next spring.") == [("next spring", "2022-SP")]
