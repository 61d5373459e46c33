"""Every user change to the timeline as a QUndoCommand, all through the model's edit layer.

Commands never touch extracted events: titles, dates, deletions and merges are
:class:`EventEdit` records keyed by event id (so re-extraction keeps them), and hand-made
events live in ``Timeline.manual``. Each command remembers exactly what it replaced, so undo
restores the previous edit rather than guessing.
"""

from __future__ import annotations

import uuid
from collections.abc import Iterable
from dataclasses import replace

from PySide6.QtGui import QUndoCommand

from timeline_app.model import Event, EventEdit, Granularity, Timeline, When
from timeline_app.ui.base.date_input import span_for


def current_edit(timeline: Timeline, event_id: str) -> EventEdit:
    """The event's edit so far (an empty one when it has none)."""
    return timeline.edits.get(event_id) or EventEdit()


class SetEditCommand(QUndoCommand):
    """Replace one event's edit; undo puts the previous edit (or none) back."""

    def __init__(
        self,
        timeline: Timeline,
        event_id: str,
        edit: EventEdit,
        text: str,
        parent: QUndoCommand | None = None,
    ) -> None:
        super().__init__(text, parent)
        self._timeline = timeline
        self._event_id = event_id
        self._edit = edit
        self._previous = timeline.edits.get(event_id)

    def redo(self) -> None:
        """Apply the new edit."""
        self._timeline.set_edit(self._event_id, self._edit)

    def undo(self) -> None:
        """Restore the edit that was there before."""
        self._timeline.set_edit(self._event_id, self._previous)


class AddEventCommand(QUndoCommand):
    """Add a hand-made event; undo removes it again."""

    def __init__(self, timeline: Timeline, event: Event, parent: QUndoCommand | None = None):
        super().__init__(f"Add event “{_short(event.title)}”", parent)
        self._timeline = timeline
        self.event = event

    def redo(self) -> None:
        """Put the event into the manual layer."""
        self._timeline.add_manual(self.event)

    def undo(self) -> None:
        """Take it out again."""
        self._timeline.remove_manual(self.event.id)


class RemoveManualCommand(QUndoCommand):
    """Delete a hand-made event outright (it has no extracted original to fall back to)."""

    def __init__(self, timeline: Timeline, event_id: str, parent: QUndoCommand | None = None):
        super().__init__("Delete event", parent)
        self._timeline = timeline
        self._event_id = event_id
        self._removed: Event | None = None

    def redo(self) -> None:
        """Remove it, keeping the original for undo."""
        self._removed = self._timeline.remove_manual(self._event_id) or self._removed

    def undo(self) -> None:
        """Put the exact event back."""
        if self._removed is not None:
            self._timeline.add_manual(self._removed)


class RemoveDocumentCommand(QUndoCommand):
    """Take a document and everything read from it off the timeline; undo puts it back.

    Undo restores the document at its old place (so it keeps its colour) and the extracted
    events as they were, leaving documents added in the meantime alone. Edits are keyed by
    event id and were never touched, so they apply again.
    """

    def __init__(self, timeline: Timeline, doc_id: str, parent: QUndoCommand | None = None):
        document = timeline.documents[doc_id]
        super().__init__(f"Remove document “{_short(document.title or 'Untitled')}”", parent)
        self._timeline = timeline
        self._doc_id = doc_id
        self._order = list(timeline.documents)
        self._document = document
        self._events = {
            i: e
            for i, e in timeline.extracted.items()
            if doc_id in {s.document for s in e.sources}
        }

    def redo(self) -> None:
        """Remove the document and its sources."""
        self._timeline.remove_document(self._doc_id)

    def undo(self) -> None:
        """Re-insert the document and its events as they were before the removal."""
        now = self._timeline.documents
        documents = {**now, self._doc_id: self._document}
        rank = {d: k for k, d in enumerate(self._order)}
        ordered = sorted(documents.values(), key=lambda d: rank.get(d.id, len(rank)))
        events = {**self._timeline.extracted, **self._events}
        self._timeline.set_extraction(ordered, events.values())


class MacroCommand(QUndoCommand):
    """Several commands as one undo step.

    Children are held in a Python list rather than parented on the C++ side: PySide may
    collect the wrapper of a child created with a parent, leaving Qt a dangling pointer.
    """

    def __init__(self, text: str, children: Iterable[QUndoCommand]) -> None:
        super().__init__(text)
        self._children = list(children)

    def redo(self) -> None:
        """Apply the children in order."""
        for child in self._children:
            child.redo()

    def undo(self) -> None:
        """Revert them in reverse order."""
        for child in reversed(self._children):
            child.undo()


def edit_title(timeline: Timeline, event_id: str, title: str) -> QUndoCommand:
    """Rename an event."""
    edit = replace(current_edit(timeline, event_id), title=title.strip())
    return SetEditCommand(timeline, event_id, edit, f"Rename to “{_short(title)}”")


def edit_date(timeline: Timeline, event_id: str, when: When) -> QUndoCommand:
    """Give an event another date (already parsed, see :mod:`date_input`)."""
    edit = replace(current_edit(timeline, event_id), when=when)
    return SetEditCommand(timeline, event_id, edit, f"Change date to “{_short(when.text)}”")


def edit_granularity(timeline: Timeline, event_id: str, granularity: Granularity) -> QUndoCommand:
    """Widen or narrow an event's date to the unit holding its first day."""
    event = timeline.event(event_id)
    if event is None:
        raise KeyError(event_id)
    when = span_for(event.when.earliest, granularity, text=event.when.text)
    when = replace(when, approximate=event.when.approximate, anchor=event.when.anchor)
    edit = replace(current_edit(timeline, event_id), when=when)
    return SetEditCommand(timeline, event_id, edit, f"Make date a {granularity.value}")


def delete_events(timeline: Timeline, event_ids: Iterable[str]) -> QUndoCommand:
    """Delete several events as one undo step."""
    ids = list(event_ids)
    children: list[QUndoCommand] = []
    for event_id in ids:
        if event_id in timeline.manual:
            children.append(RemoveManualCommand(timeline, event_id))
        else:
            edit = replace(current_edit(timeline, event_id), deleted=True)
            children.append(SetEditCommand(timeline, event_id, edit, "Delete event"))
    return MacroCommand(f"Delete {len(ids)} event{'s' if len(ids) != 1 else ''}", children)


def merge_events(timeline: Timeline, target_id: str, absorbed_ids: Iterable[str]) -> QUndoCommand:
    """Fold events into ``target_id``: its sources, actors and places gain theirs."""
    ids = [i for i in absorbed_ids if i != target_id]
    children = [
        SetEditCommand(
            timeline,
            event_id,
            replace(current_edit(timeline, event_id), merged_into=target_id),
            "Merge event",
        )
        for event_id in ids
    ]
    return MacroCommand(f"Merge {len(ids) + 1} events", children)


def new_manual_event(title: str, when: When, *, quote: str = "") -> Event:
    """A hand-made event with a fresh id (hand-made events have no text to hash)."""
    return Event(
        id=f"manual-{uuid.uuid4().hex[:12]}",
        title=title.strip(),
        when=when,
        quote=quote,
        origin="manual",
        confidence=1.0,
    )


def _short(text: str, limit: int = 32) -> str:
    text = " ".join(text.split())
    return text if len(text) <= limit else text[: limit - 1] + "…"
