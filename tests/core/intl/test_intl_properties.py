"""Any text, in any of the three languages: no crash, exact offsets, sorted, no overlap."""

from __future__ import annotations

import itertools

from hypothesis import given, settings
from hypothesis import strategies as st

from timeline_app.core.timex_intl.tagger import tag
from timeline_app.model import Day

WORDS = ["am", "3.", "Mai", "1998", "le", "1er", "mai", "el", "4", "de", "octubre", "2017",
         "gestern", "hier", "ayer", "la", "veille", "Freitag", "lundi", "dernier", "pasado",
         "zwischen", "und", "1400", "1450", "années", "1970", "siglo", "XVIII", "v.", "Chr.",
         "um", "15", "Uhr", "à", "h", "a", "las", "seis", "mañana", "Euro", "euros", ",", ".",
         "–", "\n", "Jahr", "im", "vor", "zwei", "Jahren", "il", "y", "dix", "ans", "ieri",
         "fa", "anni", "due", "há", "dois", "anos", "ontem", "às", "alle", "secolo", "século",
         "ottobre", "outubro"]  # fmt: skip


@settings(max_examples=150, deadline=None)
@given(
    st.lists(st.sampled_from(WORDS), max_size=40),
    st.sampled_from(["de", "fr", "es", "it", "pt"]),
    st.one_of(st.none(), st.just(Day(2022, 3, 14))),
)
def test_mentions_are_exact_sorted_and_disjoint(
    words: list[str], language: str, reference: Day | None
) -> None:
    text = " ".join(words)
    mentions = tag(text, reference=reference, language=language)
    for m in mentions:
        assert text[m.start : m.end] == m.text
        assert m.text.strip() == m.text
    for a, b in itertools.pairwise(mentions):
        assert a.end <= b.start


@settings(max_examples=100, deadline=None)
@given(st.text(max_size=200), st.sampled_from(["de", "fr", "es", "it", "pt"]))
def test_arbitrary_text_never_raises(text: str, language: str) -> None:
    for m in tag(text, reference=Day(2022, 3, 14), language=language):
        assert text[m.start : m.end] == m.text
