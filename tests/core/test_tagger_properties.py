"""Properties on arbitrary text: never raises, offsets exact, sorted, non-overlapping."""

from __future__ import annotations

from hypothesis import given, settings
from hypothesis import strategies as st

from timeline_app.core.tagger import _tag, tag
from timeline_app.model import Day

_PIECES = st.sampled_from([
    "May", "may", "March", " 2019", "1,200", "the", "last", "next", "week", "Q3", "BC", "-",
    "–", " ", ", ", ".", "from", " to ", "between", " and ", "29", "Sept.", "3 p.m.", "ago",
    "a day", "two", "years", "early", "mid-", "the 1990s", "S-400", "\n", "'s", "9/11",
])  # fmt: skip
_TEXTS = st.one_of(st.text(max_size=200), st.lists(_PIECES, max_size=30).map("".join))


@settings(max_examples=300, deadline=None)
@given(text=_TEXTS, with_ref=st.booleans())
def test_tagger_contract_holds_on_any_text(text: str, with_ref: bool) -> None:
    # the unguarded core, so an exception fails the test instead of being logged
    found = _tag(text, Day(2021, 10, 6) if with_ref else None, None)
    last_end = 0
    for m in found:
        assert 0 <= m.start < m.end <= len(text)
        assert m.start >= last_end
        assert text[m.start : m.end] == m.text
        assert m.type in ("DATE", "TIME", "DURATION", "SET")
        if not with_ref and m.relative and not m.unresolved:
            # anchored on an earlier date of the text itself, never on today's clock
            assert any(e.when is not None for e in found if e.end <= m.start)
        last_end = m.end


def test_a_thousand_word_article_tags_quickly() -> None:
    import time

    sentence = (
        "On 3 March 2020 the council met for nearly two weeks, and last Friday it said "
        "profit in the third quarter rose 12% to $2,000 from a year earlier. "
    )
    text = sentence * 40  # about 1,000 words, dense with expressions
    tag(text, reference=Day(2021, 10, 6))
    start = time.perf_counter()
    found = tag(text, reference=Day(2021, 10, 6))
    elapsed = time.perf_counter() - start
    assert len(found) >= 200
    assert elapsed < 0.25  # a few ms on a free core; generous for a loaded CI machine
