"""Parsing less: only dated sentences and their neighbours reach spaCy, same results."""

from __future__ import annotations

import pytest

from timeline_app import pipeline
from timeline_app.core.focus import focus
from timeline_app.io.articles import document_from_text
from timeline_app.model import Day

FILLER = (
    "Residents had campaigned on the issue. "
    "Critics said the move cost too much. "
    "A spokesperson declined to comment on the figures. "
)
ARTICLE = (
    "Kestrel bridge opens\n\n"
    + FILLER * 3
    + "The Kestrel bridge opened to traffic on 5 October 2022. "
    + FILLER * 4
    + "\n\nMara Quill, who chaired the council, resigned last Friday. "
    + FILLER * 3
    + "\n"
)


def test_undated_stretches_are_left_out_and_offsets_map_back() -> None:
    focused = focus(ARTICLE, Day(2023, 3, 1))
    assert focused is not None
    assert len(focused.text) < 0.6 * len(ARTICLE)
    assert "Kestrel bridge opens" in focused.text  # the headline stays
    assert "resigned last Friday" in focused.text
    start = focused.text.index("5 October 2022")
    first, last = focused.span(start, start + len("5 October 2022"))
    assert ARTICLE[first:last] == "5 October 2022"


def test_a_short_or_densely_dated_text_is_parsed_whole() -> None:
    assert focus("On 5 May 2020 it opened. On 6 May 2020 it closed.", None) is None


def test_events_are_those_of_a_full_parse(monkeypatch: pytest.MonkeyPatch) -> None:
    doc = document_from_text(ARTICLE, path="a.txt")
    focused = pipeline.ingest_documents([doc], reference_date=Day(2023, 3, 1), use_cache=False)
    monkeypatch.setenv("TIMELINE_PARSE_ALL", "1")
    whole = pipeline.ingest_documents([doc], reference_date=Day(2023, 3, 1), use_cache=False)
    assert [e.when.value for e in focused.events] == ["2022-10-05", "2023-02-24"]
    assert focused.events == whole.events
    assert focused.mentions == whole.mentions
    for event in focused.events:
        source = event.sources[0]
        assert ARTICLE[source.start : source.end] == source.quote
