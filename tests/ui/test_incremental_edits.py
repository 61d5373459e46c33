"""One edit patches the canvas index and the table instead of rebuilding them.

After every step of a random edit sequence the patched state must equal what a rebuild
from the timeline gives: the same events in the same order (ties included), the same
arrays, lanes and positions, and table rows in ``timeline.events()`` order.
"""

from __future__ import annotations

import random
from pathlib import Path

import numpy as np
from PySide6.QtCore import Qt
from pytestqt.qtbot import QtBot

from tests.ui.canvas_data import make_doc, make_event
from timeline_app.model import Day, Event, EventEdit, Granularity, Timeline, When
from timeline_app.ui.canvas.event_index import EventIndex
from timeline_app.ui.canvas.timeline_view import TimelineView
from timeline_app.ui.panels.event_table import EventTable


def _timeline(rng: random.Random) -> Timeline:
    """Events on few days with repeated titles, so start and title ties are common."""
    docs = [make_doc(f"Article {n}") for n in range(3)]
    events = [
        make_event(
            docs[n % 3],
            rng.choice(["Vote", "Talks", "Strike"]),
            Day(2020, 1 + n % 4, 1 + rng.randrange(3)),
            time=rng.choice(["", "", "T10:30"]),
            quote=f"Quote {n}.",
        )
        for n in range(60)
    ]
    timeline = Timeline()
    timeline.set_extraction(docs, {e.id: e for e in events}.values())
    return timeline


def _random_step(timeline: Timeline, rng: random.Random) -> None:
    ids = list(timeline.extracted) + list(timeline.manual)
    target = rng.choice(ids)
    day = Day(2020, 1 + rng.randrange(4), 1 + rng.randrange(3))
    kind = rng.randrange(7)
    if kind == 0:
        timeline.set_edit(target, EventEdit(title=rng.choice(["Vote", "Zeta", "Alpha"])))
    elif kind == 1:
        timeline.set_edit(target, EventEdit(when=When(day.iso(), day, day, Granularity.DAY)))
    elif kind == 2:
        timeline.set_edit(target, EventEdit(deleted=True))
    elif kind == 3:
        timeline.set_edit(target, None)  # what undo of an edit does
    elif kind == 4:
        timeline.add_manual(make_event(None, rng.choice(["Vote", "Note"]), day))
    elif kind == 5 and timeline.manual:
        timeline.remove_manual(rng.choice(list(timeline.manual)))
    else:
        timeline.set_edit(target, EventEdit(merged_into=rng.choice(ids)))


def _assert_index_matches_rebuild(view: TimelineView) -> None:
    scene = view.scene()
    patched = scene.index
    fresh = EventIndex(scene.timeline.events(), scene.timeline.documents, scene._keep)
    assert [e.id for e in patched.events] == [e.id for e in fresh.events]
    assert patched.events == fresh.events
    for name in ("starts", "ends", "point", "lane"):
        assert np.array_equal(getattr(patched, name), getattr(fresh, name)), name
    assert patched.pos == fresh.pos
    assert patched.doc == fresh.doc
    assert patched.lane_keys == fresh.lane_keys
    assert [patched.label(i) for i in range(len(patched))] == [
        fresh.label(i) for i in range(len(fresh))
    ]


def _table_ids(table: EventTable) -> list[str]:
    proxy = table.proxy
    return [
        proxy.data(proxy.index(r, 0), Qt.ItemDataRole.UserRole) for r in range(proxy.rowCount())
    ]


def test_random_edits_patch_the_view_and_table_like_a_rebuild(
    qtbot: QtBot, isolated: Path
) -> None:
    rng = random.Random(7)
    timeline = _timeline(rng)
    view = TimelineView(timeline)
    table = EventTable(timeline)
    for widget in (view, table):
        qtbot.addWidget(widget)
    view.resize(900, 400)
    view.set_filter(lambda e: e.title != "Strike")
    for _ in range(150):
        _random_step(timeline, rng)
        _assert_index_matches_rebuild(view)
        model = table.source_model
        shown = timeline.events()
        assert [model.event_at(r) for r in range(model.rowCount())] == shown
        fresh = EventTable(timeline)
        qtbot.addWidget(fresh)
        assert _table_ids(table) == _table_ids(fresh)
        fresh.deleteLater()


def test_title_edit_patches_the_index_and_keeps_the_table_selection(
    qtbot: QtBot, isolated: Path
) -> None:
    timeline = _timeline(random.Random(1))
    view = TimelineView(timeline)
    table = EventTable(timeline)
    for widget in (view, table):
        qtbot.addWidget(widget)
    target: Event = timeline.events()[10]
    table.select_events([target.id])
    index_before = view.scene().index
    resets: list[int] = []
    table.source_model.modelReset.connect(lambda: resets.append(1))
    with qtbot.assertNotEmitted(table.selection_changed):
        timeline.set_edit(target.id, EventEdit(title="Renamed by hand"))
    assert view.scene().index is index_before  # patched, not rebuilt
    pos = view.scene().index.pos[target.id]
    assert view.scene().index.label(pos)[1] == "Renamed by hand"
    assert not resets
    assert table.selected_ids() == [target.id]
    row = table.source_model.row_of(target.id)
    title = table.source_model.index(row, 1).data(Qt.ItemDataRole.DisplayRole)
    assert title == "✎ Renamed by hand"


def test_date_edit_moves_the_event_and_delete_and_undo_round_trip(
    qtbot: QtBot, isolated: Path
) -> None:
    timeline = _timeline(random.Random(2))
    view = TimelineView(timeline)
    table = EventTable(timeline)
    for widget in (view, table):
        qtbot.addWidget(widget)
    target = timeline.events()[0]
    late = Day(2031, 5, 5)
    timeline.set_edit(target.id, EventEdit(when=When(late.iso(), late, late, Granularity.DAY)))
    assert view.scene().index.events[-1].id == target.id
    assert _table_ids(table)[-1] == target.id
    previous = timeline.set_edit(target.id, EventEdit(deleted=True))
    assert target.id not in view.scene().index.pos
    assert table.source_model.row_of(target.id) == -1
    timeline.set_edit(target.id, previous)
    timeline.set_edit(target.id, None)
    assert view.scene().index.events[0].id == target.id
    assert _table_ids(table)[0] == target.id
    _assert_index_matches_rebuild(view)


def test_many_changes_at_once_still_rebuild(qtbot: QtBot, isolated: Path) -> None:
    timeline = _timeline(random.Random(3))
    view = TimelineView(timeline)
    qtbot.addWidget(view)
    before = view.scene().index
    timeline.set_extraction(timeline.documents.values(), list(timeline.extracted.values())[:5])
    assert view.scene().index is not before
    assert len(view.scene().index) == 5
    _assert_index_matches_rebuild(view)
