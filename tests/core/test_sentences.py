"""Sentence spans: exact offsets, abbreviations, line structure, spaCy boundaries vetted."""

from __future__ import annotations

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st
from spacy.tokens import Doc
from spacy.vocab import Vocab

from timeline_app.core.sentences import sentence_at, sentence_spans


def texts(text: str, doc: Doc | None = None) -> list[str]:
    return [text[s:e] for s, e in sentence_spans(text, doc)]


def test_abbreviations_do_not_end_sentences() -> None:
    text = "Mr. Stone met Dr. Vale on Sept. 3 in St. Ives. They talked for an hour."
    assert texts(text) == [
        "Mr. Stone met Dr. Vale on Sept. 3 in St. Ives.",
        "They talked for an hour.",
    ]


def test_dotted_acronym_ends_a_sentence_only_before_an_opener() -> None:
    text = "The U.S. Senate voted. Aid went to the U.S. The next day it rained."
    assert texts(text) == [
        "The U.S. Senate voted.",
        "Aid went to the U.S.",
        "The next day it rained.",
    ]


def test_initials_and_decimals_stay_inside() -> None:
    text = "J. R. Hollis paid $3.5 million. Shares fell."
    assert texts(text) == ["J. R. Hollis paid $3.5 million.", "Shares fell."]


def test_quotes_and_question_marks() -> None:
    text = 'She asked: "Why now?" Nobody answered. "Soon," he said.'
    assert texts(text) == ['She asked: "Why now?"', "Nobody answered.", '"Soon," he said.']


def test_headline_and_paragraphs_are_separate_blocks() -> None:
    text = "Harbour reopens\n\nThe harbour reopened on Monday. Boats returned\n\nMore later"
    assert texts(text) == [
        "Harbour reopens",
        "The harbour reopened on Monday.",
        "Boats returned",
        "More later",
    ]


def test_short_lines_break_but_wrapped_lines_join() -> None:
    wrapped = (
        "The committee met in the old town hall on a cold morning and agreed\n"
        "that the bridge should be rebuilt before winter.\nNext item"
    )
    assert texts(wrapped) == [
        "The committee met in the old town hall on a cold morning and agreed\n"
        "that the bridge should be rebuilt before winter.",
        "Next item",
    ]
    captions = "Crowds gather in the square\nA band plays near the fountain"
    assert texts(captions) == ["Crowds gather in the square", "A band plays near the fountain"]


def test_repeated_caption_lines_keep_their_photo_credit() -> None:
    line = "Divers inspect the wreck off Cape Lorn on 4 June 2020. (Photo: Sea Desk)"
    text = f"{line}\n{line}\n\nThe wreck sank in 1911."
    spans = sentence_spans(text)
    assert [text[s:e] for s, e in spans] == [line, line, "The wreck sank in 1911."]
    assert spans[1][0] == len(line) + 1


def test_bullets_start_new_sentences() -> None:
    text = "Key dates:\n- 1990 founding of the club\n- 2004 first title"
    assert texts(text) == ["Key dates:", "- 1990 founding of the club", "- 2004 first title"]


def test_spacy_boundaries_are_used_but_vetted() -> None:
    words = ["On", "Sept.", "3", "it", "rained", "!", "then", "sun", "."]
    spaces = [True, True, True, True, False, True, True, False, False]
    # The model claims sentences start at "3" (after an abbreviation: vetoed) and at
    # "then" (after "!", lowercase: the rules alone would not split there).
    starts = [True, False, True, False, False, False, True, False, False]
    doc = Doc(Vocab(), words=words, spaces=spaces, sent_starts=starts)
    assert texts(doc.text, doc) == ["On Sept. 3 it rained!", "then sun."]


def test_doc_of_another_text_is_ignored() -> None:
    doc = Doc(Vocab(), words=["Other", "text", "."], sent_starts=[True, False, False])
    assert texts("One. Two.", doc) == ["One.", "Two."]


def test_sentence_at_finds_the_containing_span() -> None:
    text = "One thing. Another thing."
    spans = sentence_spans(text)
    assert sentence_at(spans, 0) == spans[0]
    assert sentence_at(spans, text.index("Another") + 3) == spans[1]
    assert sentence_at(spans, text.index(" Another")) is None  # the space between
    assert sentence_at([], 5) is None


@pytest.mark.parametrize("text", ["", "   \n\n  ", "\u2029"])
def test_blank_text_has_no_sentences(text: str) -> None:
    assert sentence_spans(text) == []


@settings(max_examples=200, deadline=None)
@given(st.text(alphabet=st.sampled_from(list('ab. \n?!(")AB:-Mr')), max_size=120))
def test_spans_are_sorted_stripped_and_in_bounds(text: str) -> None:
    spans = sentence_spans(text)
    previous_end = 0
    for start, end in spans:
        assert previous_end <= start < end <= len(text)
        piece = text[start:end]
        assert piece
        assert piece == piece.strip()
        previous_end = end


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (  # Korean: no capitals, so a full stop before any letter ends the sentence
            "부산시는 어제 박물관을 열었다. 이 건물은 2019년에 지어졌다.",
            ["부산시는 어제 박물관을 열었다.", "이 건물은 2019년에 지어졌다."],
        ),
        (  # Hindi ends sentences with the danda
            "संग्रहालय कल खुला। इसका निर्माण 2019 में शुरू हुआ।",
            ["संग्रहालय कल खुला।", "इसका निर्माण 2019 में शुरू हुआ।"],
        ),
        (  # Arabic: a full stop, then its own question mark
            "افتتح المتحف أمس. هل بدأ البناء عام 2019؟ نعم.",
            ["افتتح المتحف أمس.", "هل بدأ البناء عام 2019؟", "نعم."],
        ),
    ],
)
def test_scripts_without_capitals_still_split_into_sentences(
    text: str, expected: list[str]
) -> None:
    assert texts(text) == expected


def test_a_lower_case_word_after_a_full_stop_still_continues_a_latin_sentence() -> None:
    assert texts("The plan was approx. ten years old.") == ["The plan was approx. ten years old."]
