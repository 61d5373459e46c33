"""Curation: the window's Edit menu turned into undoable commands.

Dialogs only collect input; every change goes through :mod:`commands` onto the window's
QUndoStack, so Ctrl+Z undoes exactly one user action, even when that action changed both
the title and the date.
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QObject
from PySide6.QtGui import QUndoStack
from PySide6.QtWidgets import QDialog, QWidget

from timeline_app.model import Day, Granularity, Timeline
from timeline_app.ui.controllers import commands
from timeline_app.ui.dialogs.event_editor import EditorResult, EventEditor

SelectionGetter = Callable[[], list[str]]


class EditController(QObject):
    """Opens the editor and pushes commands for the selected events."""

    def __init__(
        self,
        timeline: Timeline,
        undo_stack: QUndoStack,
        selection: SelectionGetter,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.timeline = timeline
        self.undo_stack = undo_stack
        self._selection = selection
        self._parent = parent

    def _reference_for(self, event_id: str | None) -> Day | None:
        event = self.timeline.event(event_id) if event_id else None
        for doc_id in event.documents if event else ():
            document = self.timeline.documents.get(doc_id)
            if document is not None and document.reference_date is not None:
                return document.reference_date
        return None

    def edit_selected(self, event_id: str | None = None) -> None:
        """Open the editor on ``event_id`` (default: the first selected event)."""
        event_id = event_id or next(iter(self._selection()), None)
        event = self.timeline.event(event_id) if event_id else None
        if event is None:
            return
        dialog = EventEditor(event, reference=self._reference_for(event.id), parent=self._parent)
        result = dialog.result_value() if dialog.exec() == QDialog.DialogCode.Accepted else None
        if result is not None:
            self.apply_edit(event.id, result)

    def apply_edit(self, event_id: str, result: EditorResult) -> None:
        """Push the changes of one editor session as one undo step."""
        event = self.timeline.event(event_id)
        if event is None:
            return
        changes = []
        if result.title != event.title:
            changes.append(lambda: commands.edit_title(self.timeline, event_id, result.title))
        if result.when != event.when:
            changes.append(lambda: commands.edit_date(self.timeline, event_id, result.when))
        if not changes:
            return
        self.undo_stack.beginMacro(f"Edit “{event.title[:30]}”")
        for make in changes:  # built one by one: each command starts from the previous edit
            self.undo_stack.push(make())
        self.undo_stack.endMacro()

    def add_event(self) -> str | None:
        """Ask for a title and date and add a hand-made event; returns its id."""
        dialog = EventEditor(None, parent=self._parent)
        result = dialog.result_value() if dialog.exec() == QDialog.DialogCode.Accepted else None
        return self.apply_add(result) if result is not None else None

    def apply_add(self, result: EditorResult) -> str:
        """Add a hand-made event from editor input (undoable); returns its id."""
        event = commands.new_manual_event(result.title, result.when)
        self.undo_stack.push(commands.AddEventCommand(self.timeline, event))
        return event.id

    def delete_selected(self, ids: list[str] | None = None) -> int:
        """Delete the selected events (one undo step); returns how many."""
        ids = [
            i for i in (ids if ids is not None else self._selection()) if self.timeline.event(i)
        ]
        if ids:
            self.undo_stack.push(commands.delete_events(self.timeline, ids))
        return len(ids)

    def merge_selected(self, ids: list[str] | None = None) -> str | None:
        """Merge the selected events into the earliest-listed one; returns its id."""
        ids = [
            i for i in (ids if ids is not None else self._selection()) if self.timeline.event(i)
        ]
        if len(ids) < 2:
            return None
        order = {e.id: n for n, e in enumerate(self.timeline.events())}
        ids.sort(key=lambda i: order.get(i, 0))
        self.undo_stack.push(commands.merge_events(self.timeline, ids[0], ids[1:]))
        return ids[0]

    def set_granularity(self, granularity: Granularity, ids: list[str] | None = None) -> None:
        """Change the granularity of the selected events (one undo step)."""
        ids = [
            i for i in (ids if ids is not None else self._selection()) if self.timeline.event(i)
        ]
        if not ids:
            return
        self.undo_stack.beginMacro(f"Make date a {granularity.value}")
        for event_id in ids:
            self.undo_stack.push(commands.edit_granularity(self.timeline, event_id, granularity))
        self.undo_stack.endMacro()
