"""User edits live apart from extraction output and survive re-extraction."""

from timeline_app.model import (
    Day,
    Document,
    Event,
    EventEdit,
    Granularity,
    Provenance,
    Timeline,
    When,
)
from timeline_app.model.document import document_id
from timeline_app.model.event import event_id


def _when(year, text=None):
    return When(str(year), Day(year), Day(year, 12, 31), Granularity.YEAR, text=text or str(year))


def _event(quote, year, doc="d1"):
    src = Provenance(doc, 0, len(quote), 0, 4, quote)
    return Event(event_id(quote, str(year)), quote[:20], _when(year), quote, (src,))


def _timeline():
    tl = Timeline()
    doc = Document(document_id("x"), "a.txt", "A", "x")
    tl.set_extraction(
        [doc], [_event("In 2019 Turkey bought it.", 2019), _event("In 1990 a thing.", 1990)]
    )
    return tl


def test_events_are_in_date_order():
    assert [e.when.value for e in _timeline().events()] == ["1990", "2019"]


def test_edit_is_applied_marked_and_undoable():
    tl = _timeline()
    target = tl.events()[1]
    previous = tl.set_edit(target.id, EventEdit(title="Turkey buys the S-400"))
    assert previous is None
    edited = tl.event(target.id)
    assert edited.title == "Turkey buys the S-400"
    assert edited.edited
    tl.set_edit(target.id, previous)
    assert tl.event(target.id).title == target.title
    assert not tl.event(target.id).edited


def test_edits_survive_reextraction():
    tl = _timeline()
    target = tl.events()[0]
    tl.set_edit(target.id, EventEdit(deleted=True))
    assert tl.event(target.id) is None
    # Re-extraction produces the same events again (same ids): the deletion still applies.
    tl.set_extraction(tl.documents.values(), list(tl.extracted.values()))
    assert tl.event(target.id) is None
    assert len(tl.events()) == 1


def test_merge_combines_sources():
    tl = Timeline()
    a = _event("Putin met Erdogan in Sochi.", 2021, doc="d1")
    b = _event("Erdogan and Putin held talks in Sochi.", 2021, doc="d2")
    tl.set_extraction([], [a, b])
    tl.set_edit(b.id, EventEdit(merged_into=a.id))
    [merged] = tl.events()
    assert merged.id == a.id
    assert merged.documents == ("d1", "d2")


def test_listeners_hear_changes_and_manual_events_show():
    tl = _timeline()
    calls = []
    tl.subscribe(lambda: calls.append(1))
    tl.add_manual(_event("The user typed this in 2000.", 2000))
    assert calls
    assert any(e.origin == "manual" for e in tl.events())


def test_removing_a_document_drops_only_its_sources():
    tl = Timeline()
    a = _event("Shared sentence in 2001.", 2001, doc="d1")
    both = a.with_changes(
        sources=(*a.sources, Provenance("d2", 5, 29, 5, 9, "Shared sentence in 2001."))
    )
    tl.set_extraction([], [both, _event("Only d1 here in 2002.", 2002, doc="d1")])
    tl.remove_document("d1")
    [left] = tl.events()
    assert left.documents == ("d2",)



def test_mention_round_trips_through_its_full_dict() -> None:
    """The cache stores mentions this way: every field, nested parts included."""
    from timeline_app.model import Mention, When
    from timeline_app.model.when import Day, Granularity

    year = When("2019", Day(2019, 1, 1), Day(2019, 12, 31), Granularity.YEAR, text="2019")
    part = Mention(0, 4, "2019", "DATE", "2019", when=year)
    whole = Mention(
        0, 12, "2019 to 2021", "DATE", "2019", when=year, relative=True, mod="APPROX",
        parts=(part,),
    )
    again = Mention.from_dict(whole.to_full_dict())
    assert again == whole
    assert again.parts[0].when == year
