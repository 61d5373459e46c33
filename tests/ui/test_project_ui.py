"""Projects from the window: save/open round trip, dirty marker, bad files, autosave, recovery."""

from __future__ import annotations

import json
import os
from pathlib import Path
from typing import Any

import pytest
from PySide6.QtCore import QSettings
from PySide6.QtWidgets import QMessageBox

from tests.io.save_kill_child import EVENTS, MARKED, generation_title, project_file
from tests.io.save_loop import SaveLoop, wait_for_new_temporary
from tests.ui import window_fixtures
from tests.ui.window_fixtures import sample_timeline
from timeline_app.io.autosave import autosave_dir
from timeline_app.model import EventEdit
from timeline_app.ui.base.date_input import parse_when
from timeline_app.ui.controllers import commands
from timeline_app.ui.window.main_window import MainWindow


def _window(qtbot: Any, folder: Path, timeline: Any = None) -> MainWindow:
    settings = QSettings(str(folder / "settings.ini"), QSettings.Format.IniFormat)
    win = MainWindow(timeline, settings=settings)
    qtbot.addWidget(win)
    return win


def _curated(qtbot: Any, folder: Path) -> MainWindow:
    win = _window(qtbot, folder, sample_timeline())
    win.undo_stack.push(commands.edit_title(win.timeline, "ev-vote", "Bill passes"))
    win.undo_stack.push(commands.delete_events(win.timeline, ["ev-critics"]))
    manual = commands.new_manual_event("Ceremony", parse_when("29/09/2021"))
    win.undo_stack.push(commands.AddEventCommand(win.timeline, manual))
    win.legend.set_hidden_documents({next(iter(win.timeline.documents))})
    return win


def test_save_and_open_round_trip(qtbot: Any, isolated: Path) -> None:
    win = _curated(qtbot, isolated)
    path = isolated / "my.timeline.json"
    assert win.isWindowModified()
    assert win.projects.save_to(path)
    assert not win.isWindowModified()
    assert win.windowTitle() == "my.timeline.json[*] — Timeline"
    other = _window(qtbot, isolated)
    assert other.projects.open_project(path)
    a, b = win.timeline, other.timeline
    assert b.documents == a.documents
    assert b.extracted == a.extracted
    assert b.manual == a.manual
    assert b.edits == a.edits
    assert b.events() == a.events()
    assert other.legend.hidden_documents() == win.legend.hidden_documents()
    assert not other.isWindowModified()
    assert path.resolve() in [p.resolve() for p in other.projects.recent_files()]


@pytest.mark.parametrize(
    "content",
    ["{not json", json.dumps({"format": "timeline-project", "version": 99, "documents": []})],
    ids=["corrupt", "newer"],
)
def test_bad_project_is_refused_and_nothing_lost(qtbot: Any, isolated: Path, content: str) -> None:
    win = _curated(qtbot, isolated)
    before = list(win.timeline.events())
    bad = isolated / "bad.timeline.json"
    bad.write_text(content, encoding="utf-8")
    assert not win.projects.open_project(bad)
    kind, message = window_fixtures.MESSAGES[-1]
    assert kind == "warning"
    assert "bad.timeline.json" in message
    assert "unchanged" in message
    assert win.timeline.events() == before
    assert bad.read_text(encoding="utf-8") == content


def test_close_asks_when_dirty(qtbot: Any, isolated: Path, monkeypatch: Any) -> None:
    win = _curated(qtbot, isolated)
    asked: list[str] = []

    def cancel(*args: Any, **kwargs: Any) -> QMessageBox.StandardButton:
        asked.append(args[1])
        return QMessageBox.StandardButton.Cancel

    monkeypatch.setattr(QMessageBox, "question", cancel)
    win.show()
    assert not win.close()
    assert asked == ["Unsaved changes"]
    win.projects.set_dirty(False)
    assert win.close()


def test_autosave_and_recovery(qtbot: Any, isolated: Path, monkeypatch: Any) -> None:
    win = _curated(qtbot, isolated)
    win.projects.path = isolated / "crashed.timeline.json"  # named, so not this pid's file
    saved = win.projects.autosave()
    assert saved is not None
    assert saved.is_file()
    assert str(isolated / "data") in str(saved)
    monkeypatch.setattr(QMessageBox, "question", lambda *a, **k: QMessageBox.StandardButton.Yes)
    fresh = _window(qtbot, isolated)
    assert fresh.projects.offer_recovery()
    assert fresh.timeline.events() == win.timeline.events()
    assert fresh.isWindowModified()  # recovered work is unsaved until the user saves it
    assert fresh.projects.save_to(isolated / "rescued.timeline.json")
    assert not saved.exists()  # the crash leftover goes once the work is safe


@pytest.mark.skipif(not hasattr(os, "fork"), reason="the save loop forks")
def test_a_save_killed_mid_write_is_offered_at_the_next_launch(
    qtbot: Any, isolated: Path, monkeypatch: Any
) -> None:
    """The kill test's last step, at the window: the recovery question, then the work."""
    work = isolated / "work"
    work.mkdir()
    loop = SaveLoop(work, isolated / "data")
    try:
        pid = loop.start(0, "project")
        loop.wait_for("autosave 0")
        assert wait_for_new_temporary({work, autosave_dir()}, timeout=30)
        loop.kill(pid)  # in the middle of writing generation 1
    finally:
        loop.close()
    asked: list[str] = []
    monkeypatch.setattr(QMessageBox, "question", lambda _parent, _title, text, *a, **k: (
        asked.append(text) or QMessageBox.StandardButton.Yes))  # fmt: skip
    fresh = _window(qtbot, isolated)
    assert fresh.projects.offer_recovery()
    assert "Recover your changes to big.timeline.json" in asked[0]
    assert len(fresh.timeline.events()) == EVENTS
    marked = fresh.timeline.event(MARKED)
    assert marked is not None
    assert marked.title in (generation_title(0), generation_title(1))
    assert fresh.projects.path == project_file(work)
    assert fresh.isWindowModified()


def test_undo_marks_dirty_and_edits_layer_is_used(qtbot: Any, isolated: Path) -> None:
    win = _window(qtbot, isolated, sample_timeline())
    assert not win.isWindowModified()
    win.undo_stack.push(commands.edit_title(win.timeline, "ev-law", "Law"))
    assert win.isWindowModified()
    assert win.timeline.edits["ev-law"] == EventEdit(title="Law")
    win.projects.set_dirty(False)
