"""A batch of articles landing on a big timeline: every view patches itself and agrees
with what a full rebuild would show (and the document ticks the user set survive)."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QListWidget

from tests.ui.canvas_data import make_doc, make_event
from timeline_app import pipeline
from timeline_app.model import Day
from timeline_app.pipeline.results import IngestResult
from timeline_app.ui.canvas.event_index import EventIndex
from timeline_app.ui.canvas.timeline_view import TimelineView
from timeline_app.ui.controllers.workers import JobOutcome
from timeline_app.ui.panels.event_table import EventTable


def _articles(first: int, count: int, per: int = 12) -> tuple[list[Any], list[Any]]:
    """``count`` articles of ``per`` distinct events each, spread over 2019–2023."""
    docs, events = [], []
    for n in range(first, first + count):
        doc = make_doc(f"Article {n:03d}")
        docs.append(doc)
        for k in range(per):
            day = Day(2019 + (n * 7 + k) % 5, 1 + (n + k) % 12, 1 + (n * 3 + k) % 28)
            events.append(make_event(doc, f"Happening {n}-{k} in town {k}", day))
    return docs, events


def _table_ids(table: EventTable) -> list[str]:
    proxy = table.proxy
    return [
        proxy.data(proxy.index(r, 0), Qt.ItemDataRole.UserRole) for r in range(proxy.rowCount())
    ]


def test_a_batch_of_articles_patches_every_view_like_a_rebuild(qtbot: Any, window: Any) -> None:
    timeline = window.timeline
    docs, events = _articles(0, 40)
    timeline.set_extraction(docs, events)
    view = window.findChild(TimelineView, "timelineView")
    table = window.findChild(EventTable, "eventTable")
    documents = window.findChild(QListWidget, "documentList")
    documents.item(3).setCheckState(Qt.CheckState.Unchecked)  # the user hides one
    hidden = documents.item(3).data(Qt.ItemDataRole.UserRole)
    built: list[int] = []
    real_init = EventIndex.__init__

    def counting(self: EventIndex, *args: Any) -> None:
        built.append(1)
        real_init(self, *args)

    new_docs, new_events = _articles(40, 10)
    result = IngestResult(documents=new_docs, events=new_events)
    plan = pipeline.plan_merge(pipeline.Snapshot.of(timeline), result)
    assert 120 <= len(plan.touched) < len(events) // 2  # the new events and those they joined
    EventIndex.__init__ = counting  # type: ignore[method-assign]
    shown = []
    try:
        before = len(view.scene().index)
        window.ingest._on_result_ready(JobOutcome(result, (), False, plan))
        assert len(view.scene().index) == before  # the canvas shows it a moment later
        shown = [e.id for e in timeline.events() if hidden not in e.documents]
        qtbot.waitUntil(lambda: len(view.scene().index) == len(shown), timeout=5000)
    finally:
        EventIndex.__init__ = real_init  # type: ignore[method-assign]
    assert built == []  # patched, not rebuilt

    index = view.scene().index
    rebuilt = EventIndex(timeline.events(), timeline.documents, view.scene()._keep)
    assert [e.id for e in index.events] == [e.id for e in rebuilt.events]
    assert sorted(e.id for e in index.events) == sorted(shown)
    assert index.lane_keys == rebuilt.lane_keys
    assert index.lane.tolist() == rebuilt.lane.tolist()
    assert index.starts.tolist() == rebuilt.starts.tolist()
    assert index.ends.tolist() == rebuilt.ends.tolist()
    assert all(index.pos[e.id] == i for i, e in enumerate(index.events))

    titles = [documents.item(r).text() for r in range(documents.count())]
    assert len(titles) == 50
    assert titles[-1].endswith("Article 049")
    assert documents.item(3).checkState() == Qt.CheckState.Unchecked  # still hidden

    qtbot.waitUntil(lambda: len(_table_ids(table)) == len(shown), timeout=5000)
    assert set(_table_ids(table)) == set(shown)  # the new articles' rows, not the hidden one's


def test_edits_right_after_a_batch_reach_the_table(qtbot: Any, window: Any) -> None:
    from timeline_app.model import EventEdit

    timeline = window.timeline
    docs, events = _articles(0, 20)
    timeline.set_extraction(docs, events)
    table = window.findChild(EventTable, "eventTable")
    new_docs, new_events = _articles(20, 10)
    result = IngestResult(documents=new_docs, events=new_events)
    plan = pipeline.plan_merge(pipeline.Snapshot.of(timeline), result)
    window.ingest._on_result_ready(JobOutcome(result, (), False, plan))
    target = new_events[0].id
    timeline.set_edit(target, EventEdit(title="Renamed at once"))  # before the table caught up
    qtbot.waitUntil(lambda: len(_table_ids(table)) == len(timeline.events()), timeout=5000)
    row = _table_ids(table).index(target)
    proxy = table.proxy
    assert proxy.data(proxy.index(row, 1)) == "✎ Renamed at once"


def test_a_small_batch_shows_its_documents_title_in_the_table(qtbot: Any, window: Any) -> None:
    timeline = window.timeline
    docs, events = _articles(0, 2, per=3)
    timeline.set_extraction(docs, events)
    table = window.findChild(EventTable, "eventTable")
    new_docs, new_events = _articles(2, 1, per=3)
    result = IngestResult(documents=new_docs, events=new_events)
    plan = pipeline.plan_merge(pipeline.Snapshot.of(timeline), result)
    window.ingest._on_result_ready(JobOutcome(result, (), False, plan))  # patched, not reset
    proxy = table.proxy
    row = _table_ids(table).index(new_events[0].id)
    assert proxy.data(proxy.index(row, 2)) == "Article 002"
    assert proxy.data(proxy.index(row, 2), Qt.ItemDataRole.DecorationRole) is not None
