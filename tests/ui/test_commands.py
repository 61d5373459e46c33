"""Curation commands: each one undoes and redoes exactly, through the Timeline edit layer."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest
from PySide6.QtGui import QUndoStack

from tests.ui.window_fixtures import sample_timeline
from timeline_app.model import Day, Granularity, Timeline
from timeline_app.ui.base.date_input import parse_when
from timeline_app.ui.controllers import commands
from timeline_app.ui.controllers.edit_controller import EditController
from timeline_app.ui.dialogs.event_editor import EditorResult, EventEditor


@pytest.fixture
def setup(qtbot: Any, isolated: Path) -> tuple[Timeline, QUndoStack]:
    return sample_timeline(), QUndoStack()


def test_edit_title_undo_redo(setup: tuple[Timeline, QUndoStack]) -> None:
    timeline, stack = setup
    stack.push(commands.edit_title(timeline, "ev-vote", "Bill passes"))
    assert timeline.event("ev-vote").title == "Bill passes"
    assert timeline.event("ev-vote").edited
    stack.undo()
    assert timeline.event("ev-vote").title == "Parliament passed the climate bill"
    assert not timeline.event("ev-vote").edited
    stack.redo()
    assert timeline.event("ev-vote").title == "Bill passes"


def test_edit_date_keeps_title_edit(setup: tuple[Timeline, QUndoStack]) -> None:
    timeline, stack = setup
    stack.push(commands.edit_title(timeline, "ev-vote", "Bill passes"))
    stack.push(commands.edit_date(timeline, "ev-vote", parse_when("2566 BC")))
    event = timeline.event("ev-vote")
    assert (event.title, event.when.earliest) == ("Bill passes", Day(-2565, 1, 1))
    stack.undo()
    assert timeline.event("ev-vote").when.earliest == Day(2021, 9, 29)
    assert timeline.event("ev-vote").title == "Bill passes"


def test_granularity_widens_to_the_unit(setup: tuple[Timeline, QUndoStack]) -> None:
    timeline, stack = setup
    stack.push(commands.edit_granularity(timeline, "ev-vote", Granularity.MONTH))
    when = timeline.event("ev-vote").when
    assert (when.earliest, when.latest) == (Day(2021, 9, 1), Day(2021, 9, 30))
    assert when.granularity is Granularity.MONTH
    stack.undo()
    assert timeline.event("ev-vote").when.is_point


def test_delete_several_is_one_step(setup: tuple[Timeline, QUndoStack]) -> None:
    timeline, stack = setup
    stack.push(commands.delete_events(timeline, ["ev-vote", "ev-law"]))
    assert [e.id for e in timeline.events()] == ["ev-pyramid", "ev-critics"]
    stack.undo()
    assert len(timeline.events()) == 4
    stack.redo()
    assert len(timeline.events()) == 2


def test_merge_combines_sources(setup: tuple[Timeline, QUndoStack]) -> None:
    timeline, stack = setup
    stack.push(commands.merge_events(timeline, "ev-vote", ["ev-critics"]))
    merged = timeline.event("ev-vote")
    assert timeline.event("ev-critics") is None
    assert len(merged.sources) == 2
    stack.undo()
    assert timeline.event("ev-critics") is not None
    assert len(timeline.event("ev-vote").sources) == 1


def test_add_and_delete_manual_event(setup: tuple[Timeline, QUndoStack]) -> None:
    timeline, stack = setup
    event = commands.new_manual_event("Opening ceremony", parse_when("29/09/2021"))
    stack.push(commands.AddEventCommand(timeline, event))
    assert timeline.event(event.id).origin == "manual"
    stack.push(commands.delete_events(timeline, [event.id]))
    assert timeline.event(event.id) is None
    assert event.id not in timeline.manual  # removed, not just hidden
    stack.undo()
    assert timeline.event(event.id) is not None
    stack.undo()
    assert timeline.event(event.id) is None


def test_edit_controller_makes_one_undo_step(setup: tuple[Timeline, QUndoStack]) -> None:
    timeline, stack = setup
    edits = EditController(timeline, stack, lambda: ["ev-law"])
    edits.apply_edit("ev-law", EditorResult("Law in force", parse_when("early 2021")))
    event = timeline.event("ev-law")
    assert event.title == "Law in force"
    assert event.when.text == "early 2021"
    assert stack.count() == 1
    stack.undo()
    assert timeline.event("ev-law").title == "The law takes effect"
    assert edits.merge_selected(["ev-law", "ev-vote"]) == "ev-vote"


def test_editor_reads_typed_dates(qtbot: Any, setup: tuple[Timeline, QUndoStack]) -> None:
    timeline, _ = setup
    editor = EventEditor(timeline.event("ev-vote"))
    qtbot.addWidget(editor)
    editor.date_edit.setText("2566 BC")
    result = editor.result_value()
    assert result.when.earliest.year == -2565
    editor.date_edit.setText("not a date at all")
    assert editor.result_value() is None
    editor.date_edit.setText("29/09/2021")
    editor.granularity.setCurrentIndex(editor.granularity.findData(Granularity.YEAR))
    assert editor.result_value().when.latest == Day(2021, 12, 31)
