"""A spaCy parse, when given, vetoes matches inside names, products and amounts.

Docs are built by hand (blank pipeline + entities), so no model is needed.
"""

from __future__ import annotations

import spacy
from spacy.tokens import Span

from tests.core._tagging import REF
from timeline_app.core.tagger import tag


def _doc(text: str, ents: list[tuple[int, int, str]]) -> object:
    doc = spacy.blank("en")(text)
    doc.ents = [Span(doc, start, end, label=label) for start, end, label in ents]
    return doc


def test_product_entity_vetoes_a_year() -> None:
    text = "Users of Windows 2000 reported crashes."
    assert [m.text for m in tag(text, reference=REF)] == ["2000"]
    doc = _doc(text, [(2, 4, "PRODUCT")])
    assert tag(text, reference=REF, doc=doc) == []


def test_person_entity_vetoes_a_month_name() -> None:
    text = "Aides of June Carter met on 3 May 2020."
    doc = _doc(text, [(2, 4, "PERSON"), (7, 10, "DATE")])
    assert [(m.text, m.value) for m in tag(text, reference=REF, doc=doc)] == [
        ("3 May 2020", "2020-05-03")
    ]


def test_doc_of_another_text_is_ignored() -> None:
    doc = _doc("Something else entirely.", [])
    assert [m.value for m in tag("It ended in 1999.", reference=REF, doc=doc)] == ["1999"]


def test_duration_survives_a_quantity_entity() -> None:
    # the small model sometimes labels "about 5 1/2 hours" QUANTITY; it is still a duration
    text = "The minister spent about 5 1/2 hours in Nairobi."
    doc = _doc(text, [(3, 7, "QUANTITY")])
    assert [(m.text, m.value) for m in tag(text, reference=REF, doc=doc)] == [
        ("5 1/2 hours", "PT5H30M")
    ]
