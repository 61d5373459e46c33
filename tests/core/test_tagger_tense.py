"""Which way a bare date points: cue words, arranging verbs, and tense in a parse.

Parsed sentences are built by hand (words, tags, heads, dependencies), so no model is
needed. The reference date is Wednesday 6 October 2021.
"""

from __future__ import annotations

from spacy.tokens import Doc

from tests.core._tagging import REF, doc_from_rows, values
from timeline_app.core.tagger import tag


def _tagged(doc: Doc) -> list[tuple[str, str]]:
    return [(m.text, m.value) for m in tag(doc.text, reference=REF, doc=doc)]


def test_until_puts_a_weekday_ahead_even_after_a_past_verb() -> None:
    assert values("Officials postponed the vote until Tuesday.") == [("Tuesday", "2021-10-12")]


def test_until_with_a_past_perfect_looks_back() -> None:
    assert values("Until Tuesday, the company had not commented.") == [("Tuesday", "2021-10-05")]


def test_as_soon_as_and_effective_look_ahead() -> None:
    assert values("The ban was lifted and trading resumed as soon as Monday.") == [
        ("Monday", "2021-10-11")
    ]
    assert values("The board named her chairman, effective Feb. 1.") == [("Feb. 1", "2022-02-01")]


def test_arranging_verb_with_an_object_points_ahead() -> None:
    doc = doc_from_rows([
        ("The", "DT", "DET", 1, "det"), ("mayor", "NN", "NOUN", 3, "nsubj"),
        ("has", "VBZ", "AUX", 3, "aux"), ("scheduled", "VBN", "VERB", 3, "ROOT"),
        ("a", "DT", "DET", 6, "det"), ("press", "NN", "NOUN", 6, "compound"),
        ("briefing", "NN", "NOUN", 3, "dobj"), ("Thursday", "NNP", "PROPN", 3, "npadvmod"),
        (".", ".", "PUNCT", 3, "punct"),
    ])  # fmt: skip
    assert _tagged(doc) == [("Thursday", "2021-10-07")]


def test_present_form_of_a_same_past_verb_reads_as_past() -> None:
    doc = doc_from_rows([
        ("Rain", "NN", "NOUN", 1, "nsubj"), ("hurt", "VBP", "VERB", 1, "ROOT"),
        ("the", "DT", "DET", 3, "det"), ("harvest", "NN", "NOUN", 1, "dobj"),
        ("on", "IN", "ADP", 1, "prep"), ("Friday", "NNP", "PROPN", 4, "pobj"),
        (".", ".", "PUNCT", 1, "punct"),
    ])  # fmt: skip
    assert _tagged(doc) == [("Friday", "2021-10-01")]


def test_timetable_present_still_points_ahead() -> None:
    doc = doc_from_rows([
        ("Talks", "NNS", "NOUN", 1, "nsubj"), ("resume", "VBP", "VERB", 1, "ROOT"),
        ("on", "IN", "ADP", 1, "prep"), ("Friday", "NNP", "PROPN", 2, "pobj"),
        (".", ".", "PUNCT", 1, "punct"),
    ])  # fmt: skip
    assert _tagged(doc) == [("Friday", "2021-10-08")]


def test_to_infinitive_under_a_present_perfect_points_ahead() -> None:
    doc = doc_from_rows([
        ("They", "PRP", "PRON", 2, "nsubj"), ("have", "VBP", "AUX", 2, "aux"),
        ("asked", "VBN", "VERB", 2, "ROOT"), ("the", "DT", "DET", 4, "det"),
        ("crew", "NN", "NOUN", 2, "dobj"), ("to", "TO", "PART", 6, "aux"),
        ("return", "VB", "VERB", 2, "xcomp"), ("on", "IN", "ADP", 6, "prep"),
        ("Monday", "NNP", "PROPN", 7, "pobj"), (".", ".", "PUNCT", 2, "punct"),
    ])  # fmt: skip
    assert _tagged(doc) == [("Monday", "2021-10-11")]


def test_repeated_year_earlier_compares_with_the_reported_quarter() -> None:
    text = (
        "Profit rose to $5 million in the third quarter from $4 million a year earlier. "
        "Sales were $90 million, against $80 million a year earlier."
    )
    assert values(text) == [
        ("the third quarter", "2021-Q3"),
        ("a year earlier", "2020-Q3"),
        ("a year earlier", "2020-Q3"),
    ]


def test_same_day_after_a_month_is_an_unknown_day_of_it() -> None:
    found = tag("The plant shut in March 2019. Workers left that same day.", reference=REF)
    assert [(m.text, m.value) for m in found] == [
        ("March 2019", "2019-03"),
        ("that same day", "2019-03-XX"),
    ]
    assert found[1].when is not None
    assert found[1].when.earliest.month == 3


def test_year_earlier_adjective_does_not_move_the_reported_quarter() -> None:
    text = (
        "Acme reported third-quarter profit of $5 million, against a year-earlier loss. "
        "It lost $1 million on steel for the quarter. Sales fell from $9 million a year earlier."
    )
    assert values(text) == [
        ("third-quarter", "2021-Q3"),
        ("year-earlier", "2020-Q3"),
        ("the quarter", "2021-Q3"),
        ("a year earlier", "2020-Q3"),
    ]


def test_root_tagged_as_adjective_reads_as_a_present_timetable() -> None:
    doc = doc_from_rows([
        ("Bookings", "NNS", "NOUN", 1, "nsubj"), ("open", "JJ", "ADJ", 1, "ROOT"),
        ("on", "IN", "ADP", 1, "prep"), ("Friday", "NNP", "PROPN", 2, "pobj"),
        (".", ".", "PUNCT", 1, "punct"),
    ])  # fmt: skip
    assert _tagged(doc) == [("Friday", "2021-10-08")]


def test_past_perfect_keeps_a_yearless_date_in_the_past() -> None:
    doc = doc_from_rows([
        ("The", "DT", "DET", 1, "det"), ("season", "NN", "NOUN", 3, "nsubj"),
        ("had", "VBD", "AUX", 3, "aux"), ("begun", "VBN", "VERB", 3, "ROOT"),
        ("on", "IN", "ADP", 3, "prep"), ("December", "NNP", "PROPN", 4, "pobj"),
        ("12", "CD", "NUM", 5, "nummod"), (".", ".", "PUNCT", 3, "punct"),
    ])  # fmt: skip
    assert _tagged(doc) == [("December 12", "2020-12-12")]
