"""Parsing in batches and in chunks: offsets survive, failures fall back to rules."""

from __future__ import annotations

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from timeline_app.core import nlp, parsing
from timeline_app.core.parsing import parse_documents, split_chunks

PARAGRAPH = "The ferry left Harbourville on 3 June 2024 with 40 passengers aboard.\n\n"


@settings(max_examples=200, deadline=None)
@given(st.text(alphabet=st.sampled_from(list("ab \n.")), max_size=400), st.integers(5, 60))
def test_chunks_rejoin_to_the_text_and_respect_the_size(text: str, size: int) -> None:
    chunks = split_chunks(text, size)
    assert "".join(chunks) == text
    assert all(len(c) <= size for c in chunks)
    assert all(chunks) if text else chunks == [""]


def test_chunks_end_at_paragraph_breaks_when_they_can() -> None:
    text = PARAGRAPH * 10
    chunks = split_chunks(text, len(PARAGRAPH) * 3 + 5)
    assert all(c.endswith("\n\n") for c in chunks[:-1])
    assert all(c.startswith("The ferry") for c in chunks)


@pytest.mark.slow
def test_a_long_text_is_one_doc_with_exact_offsets(monkeypatch: pytest.MonkeyPatch) -> None:
    if nlp.load_nlp() is None:
        pytest.skip("spaCy model not installed")
    monkeypatch.setattr(parsing, "CHUNK_CHARS", len(PARAGRAPH) * 2)
    text = PARAGRAPH * 7
    [doc] = parse_documents([text])
    assert doc is not None
    assert doc.text == text
    dates = [e for e in doc.ents if e.label_ == "DATE"]
    assert len(dates) == 7
    assert all(text[e.start_char : e.end_char] == "3 June 2024" for e in dates)


def test_a_failing_batch_is_parsed_text_by_text(monkeypatch: pytest.MonkeyPatch) -> None:
    def broken_batch(texts: list[str], **kwargs: object) -> list[str]:
        if len(texts) > 1:
            raise MemoryError("too much at once")
        return [f"parsed:{texts[0]}"]

    monkeypatch.setattr(nlp, "parse_many", broken_batch)
    monkeypatch.setattr(nlp, "parse", lambda text: broken_batch([text])[0])
    assert list(parse_documents(["a", "b"])) == ["parsed:a", "parsed:b"]


def test_a_text_that_cannot_be_parsed_gets_none(monkeypatch: pytest.MonkeyPatch) -> None:
    def always_fails(*args: object, **kwargs: object) -> list[str]:
        raise ValueError("E088: text too long")

    monkeypatch.setattr(nlp, "parse_many", always_fails)
    monkeypatch.setattr(nlp, "parse", always_fails)
    assert list(parse_documents(["short text"])) == [None]


def test_without_a_model_long_texts_get_none(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(nlp, "load_nlp", lambda: None)
    monkeypatch.setattr(parsing, "CHUNK_CHARS", 10)
    assert list(parse_documents(["a text longer than ten characters"])) == [None]
