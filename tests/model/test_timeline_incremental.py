"""Patching the combined list per edit must give exactly what a full recombination gives."""

from hypothesis import given, settings
from hypothesis import strategies as st

from tests.model.recombine import recombined
from timeline_app.model import Day, Event, EventEdit, Granularity, Provenance, Timeline, When


def _when(year: int, month: int = 1) -> When:
    return When(f"{year}-{month:02d}", Day(year, month), Day(year, month, 28), Granularity.MONTH)


def _event(n: int, year: int, title: str = "Same") -> Event:
    src = Provenance(f"d{n % 3}", 0, 5, 0, 4, f"quote {n}")
    return Event(f"e{n}", title, _when(year), f"quote {n}", (src,), actors=(f"a{n}",))


IDS = [f"e{n}" for n in range(12)]
_titles = st.sampled_from(["Same", "Alpha", "zeta", ""])
_edits = st.one_of(
    st.none(),
    st.builds(EventEdit, title=_titles),
    st.builds(EventEdit, when=st.builds(_when, st.integers(1998, 2002), st.integers(1, 3))),
    st.builds(EventEdit, deleted=st.just(True)),
    st.builds(EventEdit, merged_into=st.sampled_from(IDS)),
)
_steps = st.lists(
    st.one_of(
        st.tuples(st.just("edit"), st.sampled_from(IDS), _edits),
        st.tuples(st.just("add"), st.integers(0, 11), st.integers(2000, 2001), _titles),
        st.tuples(st.just("remove"), st.sampled_from(IDS)),
        st.tuples(
            st.just("read"),
        ),  # builds the combined list, so later steps patch it
    ),
    max_size=25,
)



@settings(max_examples=300, deadline=None)
@given(years=st.lists(st.integers(1998, 2002), min_size=6, max_size=6), steps=_steps)
def test_incremental_updates_equal_full_recombination(years, steps):
    tl = Timeline()
    tl.set_extraction([], [_event(n, y) for n, y in enumerate(years)])
    tl.events()
    heard: list[frozenset[str] | None] = []
    tl.subscribe_changes(heard.append)
    for step in steps:
        if step[0] == "edit":
            tl.set_edit(step[1], step[2])
        elif step[0] == "add":
            tl.add_manual(_event(step[1], step[2], step[3]))
        elif step[0] == "remove":
            tl.remove_manual(step[1])
        else:
            tl.events()
            continue
        expected = recombined(tl)
        assert tl.events() == expected
        assert [tl.index_of(e.id) for e in expected] == list(range(len(expected)))
        assert all(tl.event(e.id) == e for e in expected)
    assert len(heard) == sum(1 for s in steps if s[0] != "read")


def test_listeners_hear_which_ids_changed_and_plain_listeners_still_work():
    tl = Timeline()
    tl.set_extraction([], [_event(0, 2000), _event(1, 2001)])
    heard: list[object] = []
    tl.subscribe(lambda: heard.append("plain"))
    tl.subscribe_changes(heard.append)
    tl.set_edit("e0", EventEdit(title="New"))
    tl.set_edit("e1", EventEdit(merged_into="e0"))
    tl.set_extraction([], [])
    assert heard == ["plain", frozenset({"e0"}), "plain", None, "plain", None]


def test_events_list_already_handed_out_is_not_changed():
    tl = Timeline()
    tl.set_extraction([], [_event(0, 2000), _event(1, 2001)])
    before = tl.events()
    snapshot = list(before)
    tl.set_edit("e0", EventEdit(when=_when(2005)))
    assert before == snapshot
    assert [e.id for e in tl.events()] == ["e1", "e0"]
    assert tl.index_of("e0") == 1
    assert tl.index_of("missing") == -1


def test_re_added_manual_event_goes_after_its_equals_like_a_full_sort():
    tl = Timeline()
    tl.add_manual(_event(8, 2000))
    tl.add_manual(_event(9, 2000))
    tl.events()
    removed = tl.remove_manual("e8")
    tl.add_manual(removed)
    assert [e.id for e in tl.events()] == ["e9", "e8"] == [e.id for e in recombined(tl)]
