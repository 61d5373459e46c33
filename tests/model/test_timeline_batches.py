"""A batch of new articles patches the combined list; the result equals a recombination."""

from dataclasses import replace

from hypothesis import given, settings
from hypothesis import strategies as st

from tests.model.recombine import recombined
from timeline_app.model import Day, Event, EventEdit, Granularity, Provenance, Timeline, When


def _when(year: int) -> When:
    return When(str(year), Day(year), Day(year, 12, 31), Granularity.YEAR)


def _event(n: int, year: int, title: str = "Same") -> Event:
    src = Provenance(f"d{n % 4}", 0, 5, 0, 4, f"quote {n}")
    return Event(f"e{n}", title, _when(year), f"quote {n}", (src,))


_titles = st.sampled_from(["Same", "Alpha", "zeta"])


@settings(max_examples=200, deadline=None)
@given(
    years=st.lists(st.integers(1998, 2002), min_size=4, max_size=12),
    dropped=st.sets(st.integers(0, 11), max_size=3),
    changed=st.dictionaries(st.integers(0, 11), st.integers(1998, 2002), max_size=3),
    added=st.lists(st.tuples(st.integers(1998, 2002), _titles), max_size=8),
    manual=st.lists(st.integers(1998, 2002), max_size=3),
    titled=st.sets(st.integers(0, 11), max_size=3),
)
def test_a_batch_gives_what_a_full_recombination_gives(
    years, dropped, changed, added, manual, titled
):
    tl = Timeline()
    tl.set_extraction([], [_event(n, y) for n, y in enumerate(years)])
    for k, year in enumerate(manual):
        tl.add_manual(_event(100 + k, year))
    for n in titled:
        tl.set_edit(f"e{n}", EventEdit(title="Edited"))
    tl.events()  # built, so the batch patches it
    heard: list[frozenset[str] | None] = []
    tl.subscribe_changes(heard.append)

    old = list(tl.extracted.values())
    kept = [e for n, e in enumerate(old) if n not in dropped]
    kept = [replace(e, when=_when(changed[n])) if n in changed else e for n, e in enumerate(kept)]
    new = [_event(50 + k, year, title) for k, (year, title) in enumerate(added)]
    events = kept + new
    touched = frozenset(
        {e.id for e in events if tl.extracted.get(e.id) is not e}
        | {e.id for e in old if e.id not in {x.id for x in events}}
    )
    tl.update_extraction([], events, touched)

    assert tl.events() == recombined(tl)
    assert [tl.index_of(e.id) for e in tl.events()] == list(range(len(tl.events())))
    assert heard == [touched]


def test_an_order_the_patch_cannot_follow_falls_back_to_a_recombination():
    tl = Timeline()
    tl.set_extraction([], [_event(0, 2000), _event(1, 2000), _event(2, 2001)])
    tl.events()
    heard: list[frozenset[str] | None] = []
    tl.subscribe_changes(heard.append)
    reordered = [tl.extracted["e1"], tl.extracted["e0"], tl.extracted["e2"]]
    tl.update_extraction([], reordered, frozenset())
    assert heard == [None]  # views re-read everything
    assert [e.id for e in tl.events()] == ["e1", "e0", "e2"] == [e.id for e in recombined(tl)]


def test_a_batch_touching_a_users_merge_falls_back_and_keeps_the_merge():
    tl = Timeline()
    tl.set_extraction([], [_event(0, 2000), _event(1, 2000)])
    tl.set_edit("e1", EventEdit(merged_into="e0"))
    tl.events()
    heard: list[frozenset[str] | None] = []
    tl.subscribe_changes(heard.append)
    changed = replace(tl.extracted["e0"], title="Renamed by a new source")
    tl.update_extraction(
        [], [changed, tl.extracted["e1"], _event(2, 2001)], frozenset({"e0", "e2"})
    )
    assert heard == [None]
    shown = tl.events()
    assert [e.id for e in shown] == ["e0", "e2"]
    assert len(shown[0].sources) == 2  # the user's merge still holds both reports


def test_documents_version_moves_only_when_documents_change():
    from timeline_app.model import Document

    tl = Timeline()
    doc = Document(id="d0", path="a.txt", title="A", text="text")
    tl.set_extraction([doc], [_event(0, 2000)])
    version = tl.documents_version
    tl.update_extraction([doc], [_event(0, 2000), _event(4, 2001)], frozenset({"e0", "e4"}))
    assert tl.documents_version == version
    other = Document(id="d1", path="b.txt", title="B", text="more")
    tl.update_extraction([doc, other], list(tl.extracted.values()), frozenset())
    assert tl.documents_version == version + 1
