"""Helpers shared by the tagger tests (not a test module)."""

from __future__ import annotations

import functools
from typing import Any

from timeline_app.core.tagger import tag
from timeline_app.model import Day, Mention

REF = Day(2021, 10, 6)  # a Wednesday


def only(text: str, *, reference: Day | None = REF) -> Mention:
    """The single mention the tagger finds in ``text`` (fails if there are more or none)."""
    found = tag(text, reference=reference)
    assert len(found) == 1, [(m.text, m.value) for m in found]
    m = found[0]
    assert text[m.start : m.end] == m.text
    return m


def values(text: str, *, reference: Day | None = REF) -> list[tuple[str, str]]:
    """(text, value) of every mention."""
    return [(m.text, m.value) for m in tag(text, reference=reference)]


#: One parsed token: (word, tag, pos, head index, dep).
Row = tuple[str, str, str, int, str]


@functools.cache
def _vocab() -> Any:
    import spacy

    return spacy.blank("en").vocab


def doc_from_rows(rows: list[Row], *, lemmatise_be: bool = False) -> Any:
    """A spaCy Doc from (word, tag, pos, head index, dep) rows, one space between words but
    none before the final full stop; with ``lemmatise_be``, "is/are/was/were" have the lemma
    "be" (and every word its lower case), as the model's attribute ruler gives them."""
    from spacy.tokens import Doc

    words = [r[0] for r in rows]
    spaces = [i + 1 < len(rows) and rows[i + 1][0] != "." for i in range(len(rows))]
    extra: dict[str, Any] = {}
    if lemmatise_be:
        extra["lemmas"] = ["be" if w in ("is", "are", "was", "were") else w.lower() for w in words]
    return Doc(_vocab(), words=words, spaces=spaces, tags=[r[1] for r in rows],
               pos=[r[2] for r in rows], heads=[r[3] for r in rows],
               deps=[r[4] for r in rows], **extra)  # fmt: skip


def parsed(text: str, date: str) -> tuple[Any, set[int]]:
    """Parse ``text`` with the real model; the token indices of the ``date`` phrase."""
    import pytest

    from timeline_app.core.nlp import load_nlp

    nlp = load_nlp()
    if nlp is None:
        pytest.skip("spaCy model not installed")
    doc = nlp(text)
    start = text.index(date)
    return doc, {t.i for t in doc if t.idx < start + len(date) and t.idx + len(t) > start}
