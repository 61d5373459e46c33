"""The tagger, fuzzed: it never raises, and every offset it gives slices the text.

``_tag`` (the unguarded core) is called, so an exception fails the test instead of being
logged and swallowed by ``tag``'s safety net. Inputs: arbitrary Unicode, hostile text
(right-to-left runs, combining marks, emoji, NUL) spliced into an article dense with
dates, and date fragments glued together at random.
"""

from __future__ import annotations

from hypothesis import given
from hypothesis import strategies as st

from tests.fuzz.budget import fuzz_settings
from tests.fuzz.mutations import HOSTILE_TEXT, hostile_text
from tests.fuzz.samples import ARTICLE
from timeline_app.core.tagger import _tag, tag
from timeline_app.model import Day, Mention

_FRAGMENTS = [
    "10000 BC", "10,000", "BC", "BCE", "AD", "12,000 years ago", "the 45th century",
    "millennium", "the 3rd", "century", "March", "May", "2 March 2023", "2023", "Q3",
    "last", "next", "Friday", "ago", "early", "mid-", "from", " to ", "between", " and ",
    "-", "–", "/", ",", ".", " ", "\n", "the", "1990s", "9/11", "3 p.m.", "weeks", "two",
    "S-400", "'s", "0", "99", "100,000", "2,000,000", "st", "th", "around", "c.",
]  # fmt: skip
_REFERENCES = st.one_of(
    st.none(),
    st.builds(Day, st.integers(-20_000, 9_999), st.integers(1, 12), st.integers(1, 28)),
)
_TEXTS = st.one_of(
    st.text(max_size=300),
    hostile_text(ARTICLE, max_size=600),
    st.lists(st.sampled_from(_FRAGMENTS + HOSTILE_TEXT), max_size=40).map("".join),
)


def check_mentions(text: str, found: list[Mention]) -> None:
    """Sorted, non-overlapping, and every offset (ranges' ends too) slices ``text``."""
    last_end = 0
    for m in found:
        assert last_end <= m.start < m.end <= len(text)
        assert text[m.start : m.end] == m.text
        for part in m.parts:
            assert m.start <= part.start < part.end <= m.end
            assert text[part.start : part.end] == part.text
        if m.when is not None:
            assert m.when.earliest <= m.when.latest
        last_end = m.end


@fuzz_settings(250)
@given(text=_TEXTS, reference=_REFERENCES)
def test_tagger_never_raises_and_offsets_slice_the_text(text: str, reference: Day | None) -> None:
    check_mentions(text, _tag(text, reference, None))


@fuzz_settings(40)
@given(text=hostile_text(ARTICLE, max_size=600))
def test_the_guarded_entry_point_agrees(text: str) -> None:
    """``tag`` is ``_tag`` behind a net that never has to catch anything."""
    reference = Day(2023, 3, 14)
    assert tag(text, reference=reference) == _tag(text, reference, None)
