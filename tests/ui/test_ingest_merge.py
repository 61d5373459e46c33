"""Adding articles never merges on the GUI thread, and a stale merge is never applied."""

from __future__ import annotations

import threading
from pathlib import Path
from typing import Any

from tests.ui.window_fixtures import (
    ARTICLE,
    OTHER_ARTICLE,
    drop_files,
    wait_idle,
    write_article,
)
from timeline_app import pipeline
from timeline_app.io.articles import document_from_text
from timeline_app.model import Timeline
from timeline_app.pipeline import merging
from timeline_app.ui.controllers.workers import JobOutcome


def test_the_merge_runs_on_the_worker_thread(
    qtbot: Any, window: Any, isolated: Path, monkeypatch: Any
) -> None:
    threads: list[bool] = []
    real = merging.merge_new

    def spy(*args: Any, **kwargs: Any) -> Any:
        threads.append(threading.current_thread() is threading.main_thread())
        return real(*args, **kwargs)

    monkeypatch.setattr(merging, "merge_new", spy)
    drop_files(window, [write_article(isolated)])
    wait_idle(qtbot, window)
    drop_files(window, [write_article(isolated, "other.txt", OTHER_ARTICLE)])
    wait_idle(qtbot, window)
    assert len(window.timeline.documents) == 2
    assert threads == [False, False]


def test_a_merge_planned_before_the_timeline_changed_is_planned_again(
    qtbot: Any, window: Any, isolated: Path
) -> None:
    drop_files(window, [write_article(isolated)])
    wait_idle(qtbot, window)
    timeline = window.timeline
    [first] = timeline.documents
    old = pipeline.Snapshot.of(timeline)
    result = pipeline.ingest_documents([document_from_text(OTHER_ARTICLE, path="other.txt")])
    stale = pipeline.plan_merge(old, result)  # would bring the first document back
    timeline.remove_document(first)  # the user removes it meanwhile
    window.ingest._on_result_ready(JobOutcome(result, (), False, stale))
    wait_idle(qtbot, window)
    assert list(timeline.documents) == [d.id for d in result.documents]
    expected = Timeline()
    pipeline.merge_into(expected, result)
    assert list(timeline.extracted.values()) == list(expected.extracted.values())
    assert "Added 1 document" in window.statusBar().currentMessage()


def test_an_up_to_date_plan_is_applied_as_is(qtbot: Any, window: Any) -> None:
    result = pipeline.ingest_documents([document_from_text(ARTICLE, path="a.txt")])
    plan = pipeline.plan_merge(pipeline.Snapshot.of(window.timeline), result)
    window.ingest._on_result_ready(JobOutcome(result, (), False, plan))
    assert not window.ingest.is_busy()  # nothing was queued: applied on the spot
    assert tuple(window.timeline.extracted.values()) == plan.events


def test_a_drop_of_many_files_fills_open_recent_once_newest_first(
    qtbot: Any, window: Any, isolated: Path
) -> None:
    from PySide6.QtWidgets import QMenu

    paths = [write_article(isolated, f"a{k:02d}.txt", ARTICLE.replace("1847", str(1800 + k)))
             for k in range(12)]  # fmt: skip
    updates: list[int] = []
    window.projects.recent_changed.connect(lambda: updates.append(1))
    drop_files(window, paths)
    wait_idle(qtbot, window)
    menu = window.findChild(QMenu, "recentMenu")
    listed = [a.text() for a in menu.actions() if a.text().endswith(".txt")]
    assert [Path(t).name for t in listed][:3] == ["a11.txt", "a10.txt", "a09.txt"]
    assert len(listed) == 8  # File → Open Recent keeps the eight newest
    assert updates == [1]  # one menu update for the whole drop, not one per file
