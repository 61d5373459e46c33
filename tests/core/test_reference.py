"""Reference dates from datelines, published lines and bylines; never from the clock."""

from __future__ import annotations

import pytest

from timeline_app.core.reference import (
    find_reference,
    metadata_spans,
    read_date,
    reference_from_text,
)
from timeline_app.model import Day, Document
from timeline_app.model.document import document_id


def doc(text: str, **kwargs: object) -> Document:
    return Document(document_id(text), "x.txt", "Title", text, **kwargs)  # type: ignore[arg-type]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("March 14, 2023", Day(2023, 3, 14)),
        ("14 March 2023", Day(2023, 3, 14)),
        ("Tuesday, Mar. 14th 2023", Day(2023, 3, 14)),
        ("the 2nd of Sept. 2019", Day(2019, 9, 2)),
        ("2023-03-14T09:30:00Z", Day(2023, 3, 14)),
        ("2023/03/14", Day(2023, 3, 14)),
        ("14/03/2023", Day(2023, 3, 14)),
        ("03/14/2023", Day(2023, 3, 14)),
    ],
)
def test_read_date_formats(text: str, expected: Day) -> None:
    found = read_date(text)
    assert found is not None
    assert found[0] == expected


@pytest.mark.parametrize(
    "text",
    ["04/05/2023", "February 30, 2023", "March 2023", "S-400 and G20", "Theresa May 2019 x"],
)
def test_read_date_refuses_what_it_cannot_be_sure_of(text: str) -> None:
    assert read_date(text) is None


def test_read_date_offsets_index_the_text() -> None:
    text = "Filed on 7 July 2021 by staff"
    found = read_date(text)
    assert found is not None
    _, start, end = found
    assert text[start:end] == "7 July 2021"


@pytest.mark.parametrize(
    ("text", "expected", "source"),
    [
        ("Deal\n\nBRUSSELS, March 14, 2023 — The ministers agreed.", Day(2023, 3, 14), "dateline"),
        ("WASHINGTON, D.C., Jan. 5, 2020 -- The Senate voted.", Day(2020, 1, 5), "dateline"),
        ("OSLO (Nordic Wire), 2 Feb 2021 - Snow fell.", Day(2021, 2, 2), "dateline"),
        ("March 14, 2023 — Markets fell sharply.", Day(2023, 3, 14), "dateline"),
        ("Title\nPublished: 15 March 2023\n\nText.", Day(2023, 3, 15), "published-line"),
        ("Title\nPosted on Mar. 4, 2022 at 9:00\nText.", Day(2022, 3, 4), "published-line"),
        ("Title\nBy Jan Kral | 9 May 2019 10:31 BST\n\nText.", Day(2019, 5, 9), "byline"),
        ("Title\nFriday, 9 May 2019\n\nText begins here.", Day(2019, 5, 9), "byline"),
    ],
)
def test_reference_from_text(text: str, expected: Day, source: str) -> None:
    assert reference_from_text(text) == (expected, source)


def test_published_beats_updated_and_dateline() -> None:
    text = (
        "Title\nUpdated 2023-03-16\nPublished on Mar. 14th, 2023\n\nROME, March 13, 2023 — Text."
    )
    assert reference_from_text(text) == (Day(2023, 3, 14), "published-line")


def test_updated_line_is_the_last_resort() -> None:
    assert reference_from_text("Title\nLast updated: 16 March 2023\nText.") == (
        Day(2023, 3, 16),
        "published-line",
    )


def test_reuters_dateline_without_year_gives_no_reference() -> None:
    text = "LONDON, March 14 (Reuters) - Prices rose on Tuesday."
    assert reference_from_text(text) == (None, "")
    assert [text[s:e] for s, e in metadata_spans(text)] == ["LONDON, March 14 (Reuters) - "]


def test_dates_in_the_story_are_not_a_reference() -> None:
    text = "Notes\n\nThe museum opened on 4 June 1921 and closed in 1990. It reopens tomorrow."
    assert reference_from_text(text) == (None, "")


def test_no_date_means_no_reference_never_today() -> None:
    assert find_reference(doc("Prices rose yesterday, officials said.")) == (None, "")


def test_loader_reference_is_kept() -> None:
    text = "BRUSSELS, March 14, 2023 — Text."
    loaded = doc(text, reference_date=Day(2023, 3, 15), reference_source="html-meta")
    assert find_reference(loaded) == (Day(2023, 3, 15), "html-meta")


def test_text_reference_when_loader_found_none() -> None:
    assert find_reference(doc("BRUSSELS, March 14, 2023 — Text.")) == (
        Day(2023, 3, 14),
        "dateline",
    )


def test_metadata_spans_cover_bylines_published_and_copyright() -> None:
    text = (
        "Library hours change\n"
        "By Jane Roe\n"
        "Published: 12 February 2023\n\n"
        "The library was founded in 1911.\n\n"
        "© 2023 Example Media. All rights reserved.\n"
        "Copyright 2023 Example Media\n"
    )
    covered = [text[s:e] for s, e in metadata_spans(text)]
    assert "By Jane Roe" in covered
    assert "Published: 12 February 2023" in covered
    assert "© 2023 Example Media. All rights reserved." in covered
    assert "Copyright 2023 Example Media" in covered
    assert not any("1911" in c for c in covered)


def test_dateline_prefix_is_metadata_but_not_its_sentence() -> None:
    text = "BRUSSELS, March 14, 2023 — The ministers met on Monday."
    spans = metadata_spans(text)
    assert [text[s:e] for s, e in spans] == ["BRUSSELS, March 14, 2023 — "]


def test_a_sentence_starting_with_a_date_is_not_a_dateline() -> None:
    text = "Intro.\n\nOn March 14, 2023, the ministers met."
    assert metadata_spans(text) == []


def test_published_after_a_byline_separator() -> None:
    text = "Profits slip\n\nBy our retail correspondent | Published 20 February 2025\n\nText."
    assert reference_from_text(text) == (Day(2025, 2, 20), "published-line")
    line = "By our retail correspondent | Published 20 February 2025"
    assert [text[s:e] for s, e in metadata_spans(text)] == [line]


def test_a_sentence_starting_with_by_is_not_a_byline() -> None:
    text = "Growth\n\nBy the end of 2019, sales had doubled."
    assert metadata_spans(text) == []


def test_a_key_dates_list_is_not_a_dateline() -> None:
    text = (
        "Key dates\n\nAugust 13, 1961 – construction of the Wall begins\n"
        "June 26, 1963 – Kennedy speaks in West Berlin\n"
    )
    assert reference_from_text(text) == (None, "")
    assert metadata_spans(text) == []


def test_a_dateline_deep_in_the_text_is_not_one() -> None:
    body = "".join(f"Paragraph {i} says something.\n\n" for i in range(8))
    text = body + "PARIS, May 2, 2021 — Late news."
    assert reference_from_text(text) == (None, "")


def test_a_sentence_starting_with_updated_is_not_a_date_line() -> None:
    text = "Budget\n\nUpdated figures released on 3 May 2020 showed a deficit.\n"
    assert reference_from_text(text) == (None, "")
    assert metadata_spans(text) == []
    dated = "Budget\nUpdated on Tue 5 May 2020 10:31\n\nText."
    assert reference_from_text(dated) == (Day(2020, 5, 5), "published-line")


def test_short_published_labels_are_metadata_even_without_a_full_date() -> None:
    text = "Storm news\nPublished 3 hours ago\n\nThe storm hit on Monday."
    assert [text[s:e] for s, e in metadata_spans(text)] == ["Published 3 hours ago"]


@pytest.mark.parametrize("source", ["pdf-meta", "docx-meta"])
def test_file_creation_date_loses_to_a_dateline(source: str) -> None:
    text = "OSLO, 2 February 2021 — The harbour reopened after the storm."
    loaded = doc(text, reference_date=Day(2022, 7, 9), reference_source=source)
    assert find_reference(loaded) == (Day(2021, 2, 2), "dateline")


def test_file_creation_date_loses_to_a_published_line() -> None:
    text = "Ferry fares rise\nPublished 5 May 2020\n\nFares rose yesterday."
    loaded = doc(text, reference_date=Day(2023, 1, 1), reference_source="docx-meta")
    assert find_reference(loaded) == (Day(2020, 5, 5), "published-line")


def test_file_creation_date_is_kept_when_the_text_has_no_date() -> None:
    loaded = doc(
        "Fares rose yesterday.", reference_date=Day(2023, 1, 1), reference_source="pdf-meta"
    )
    assert find_reference(loaded) == (Day(2023, 1, 1), "pdf-meta")


@pytest.mark.parametrize("source", ["html-meta", "front-matter"])
def test_page_metadata_still_beats_a_dateline(source: str) -> None:
    text = "OSLO, 2 February 2021 — The harbour reopened after the storm."
    loaded = doc(text, reference_date=Day(2021, 2, 3), reference_source=source)
    assert find_reference(loaded) == (Day(2021, 2, 3), source)


@pytest.mark.parametrize(
    ("text", "language", "expected"),
    [
        ("京都、2023年10月2日 ― 市内の美術館が昨日開館した。", "ja", Day(2023, 10, 2)),
        ("大阪、2022年4月8日－市は新しい橋を公開した。", "ja", Day(2022, 4, 8)),
        ("BERLIN, 3. Mai 2021 ‒ Die Stadt eröffnete gestern die Brücke.", "de", Day(2021, 5, 3)),
    ],
)
def test_datelines_end_with_any_dash_a_newsroom_uses(
    text: str, language: str, expected: Day
) -> None:
    """The horizontal bar and the full-width hyphen of Japanese news, the figure dash."""
    assert reference_from_text(text, language=language) == (expected, "dateline")
