"""A text of many copies is read once per distinct paragraph, with exact offsets."""

from __future__ import annotations

import pytest

from timeline_app import pipeline
from timeline_app.core import repeats
from timeline_app.core.repeats import Unmappable, condense
from timeline_app.io.articles import document_from_text
from timeline_app.model import Day

ARTICLE = (
    "The Kestrel bridge opened to traffic on 5 October 2022.\n\n"
    "Work had begun in the spring of 2019, after a long inquiry.\n\n"
    "Photo: the bridge at dusk.\n\n"
)


def test_ordinary_texts_are_read_whole() -> None:
    assert condense(ARTICLE) is None
    caption = "Photo: the bridge at dusk.\n\n"
    assert condense(ARTICLE * 2 + "x" * 40_000 + "\n\n" + caption * 3) is None  # light


def test_heavy_repetition_keeps_each_paragraph_once_with_exact_offsets() -> None:
    text = "Mirror of a page\n\n" + ARTICLE * 300
    condensed = condense(text)
    assert condensed is not None
    assert condensed.text.count("Kestrel bridge opened") == 1
    assert len(condensed.text) < len(ARTICLE) + 40
    start = condensed.text.index("5 October 2022")
    first, last = condensed.span(start, start + len("5 October 2022"))
    assert text[first:last] == "5 October 2022"
    assert first == text.index("5 October 2022")  # the first copy


def test_a_span_across_paragraphs_that_were_apart_is_refused() -> None:
    text = ("A.\n\nB.\n\n" * 5000) + "C.\n\n"
    condensed = condense(text)
    assert condensed is not None
    with pytest.raises(Unmappable):
        condensed.span(condensed.text.index("B."), condensed.text.index("C.") + 2)


def test_a_mirrored_page_gives_the_first_copy_events_and_parses_one_copy(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    parsed: list[int] = []
    real = pipeline.document.parse_documents

    def spy(texts, **kwargs):  # type: ignore[no-untyped-def]
        parsed.extend(len(t) for t in texts)
        return real(texts, **kwargs)

    monkeypatch.setattr(pipeline.document, "parse_documents", spy)
    text = ARTICLE * 400
    doc = document_from_text(text, path="mirror.txt")
    result = pipeline.ingest_documents([doc], reference_date=Day(2023, 1, 1), use_cache=False)
    assert parsed
    assert max(parsed) < 2 * len(ARTICLE)
    once = pipeline.ingest_documents(
        [document_from_text(ARTICLE, path="one.txt")], reference_date=Day(2023, 1, 1),
        use_cache=False,
    )  # fmt: skip
    assert [(e.quote, e.when.value) for e in result.events] == [
        (e.quote, e.when.value) for e in once.events
    ]
    for event in result.events:
        for source in event.sources:
            assert text[source.start : source.end] == source.quote
            assert source.start < len(ARTICLE)  # the first copy's
    for mention in result.mentions[doc.id]:
        assert text[mention.start : mention.end] == mention.text


def test_threshold_is_a_share_of_the_text(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(repeats, "MIN_REPEATED_CHARS", 10)
    assert condense(ARTICLE * 2) is not None
    assert condense(ARTICLE + "New paragraph.\n\n" * 2) is None
