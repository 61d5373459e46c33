"""The timeline the user curates: extraction output plus a separate layer of edits.

Extraction output is replaced wholesale whenever documents are (re-)extracted; the user's
edits live in their own dictionaries keyed by stable event ids, so re-extraction never
loses them (an edit whose event has disappeared is kept, just not shown).
"""

from __future__ import annotations

from collections.abc import Callable, Iterable
from dataclasses import dataclass, replace

from timeline_app.model.document import Document
from timeline_app.model.event import Event
from timeline_app.model.when import When


@dataclass(frozen=True, slots=True)
class EventEdit:
    """A user's change to one event. ``None`` fields leave the extracted value alone."""

    title: str | None = None
    when: When | None = None
    deleted: bool = False
    merged_into: str | None = None

    def is_empty(self) -> bool:
        """True when the edit changes nothing."""
        return self == EventEdit()

    def to_dict(self) -> dict[str, object]:
        """Serialisable form for project files."""
        out: dict[str, object] = {}
        if self.title is not None:
            out["title"] = self.title
        if self.when is not None:
            out["date"] = self.when.to_dict()
        if self.deleted:
            out["deleted"] = True
        if self.merged_into is not None:
            out["merged_into"] = self.merged_into
        return out

    @classmethod
    def from_dict(cls, data: dict[str, object]) -> EventEdit:
        """Inverse of :meth:`to_dict`."""
        date = data.get("date")
        merged = data.get("merged_into")
        return cls(
            title=str(data["title"]) if "title" in data else None,
            when=When.from_dict(date) if isinstance(date, dict) else None,
            deleted=bool(data.get("deleted", False)),
            merged_into=str(merged) if merged else None,
        )


Listener = Callable[[], None]


def _union(*groups: tuple[str, ...]) -> tuple[str, ...]:
    """Items of all groups, first occurrence order, without repeats."""
    return tuple(dict.fromkeys(item for group in groups for item in group))


class Timeline:
    """Documents, extracted events, manual events and edits; :meth:`events` combines them.

    Mutating methods notify listeners (the UI wraps this in a Qt signal) and return what
    is needed to undo them.
    """

    def __init__(self) -> None:
        self.documents: dict[str, Document] = {}
        self.extracted: dict[str, Event] = {}
        self.manual: dict[str, Event] = {}
        self.edits: dict[str, EventEdit] = {}
        self._listeners: list[Listener] = []
        self._cache: list[Event] | None = None
        self._by_id: dict[str, Event] = {}

    # -- observation -------------------------------------------------------------------
    def subscribe(self, listener: Listener) -> None:
        """Call ``listener()`` after every change."""
        self._listeners.append(listener)

    def _changed(self) -> None:
        self._cache = None
        self._by_id = {}
        for listener in list(self._listeners):
            listener()

    # -- extraction layer --------------------------------------------------------------
    def set_extraction(self, documents: Iterable[Document], events: Iterable[Event]) -> None:
        """Replace the whole extraction layer (documents and their merged events).

        Edits are untouched: they re-apply to whichever events still carry their ids.
        """
        self.documents = {d.id: d for d in documents}
        self.extracted = {e.id: e for e in events}
        self._changed()

    def remove_document(self, doc_id: str) -> None:
        """Forget a document and every extracted source read from it."""
        self.documents.pop(doc_id, None)
        kept: dict[str, Event] = {}
        for ev in self.extracted.values():
            sources = tuple(s for s in ev.sources if s.document != doc_id)
            if sources:
                kept[ev.id] = (
                    ev
                    if sources == ev.sources
                    else replace(ev, sources=sources, quote=sources[0].quote)
                )
        self.extracted = kept
        self._changed()

    # -- user layer --------------------------------------------------------------------
    def set_edit(self, event_id: str, edit: EventEdit | None) -> EventEdit | None:
        """Set (or clear, with None) the edit of one event; returns the previous edit."""
        previous = self.edits.get(event_id)
        if edit is None or edit.is_empty():
            self.edits.pop(event_id, None)
        else:
            self.edits[event_id] = edit
        self._changed()
        return previous

    def add_manual(self, event: Event) -> None:
        """Add an event typed in by the user."""
        self.manual[event.id] = replace(event, origin="manual")
        self._changed()

    def remove_manual(self, event_id: str) -> Event | None:
        """Remove a user-added event; returns it (for undo)."""
        ev = self.manual.pop(event_id, None)
        self._changed()
        return ev

    def clear(self) -> None:
        """Empty everything (File → New)."""
        self.documents.clear()
        self.extracted.clear()
        self.manual.clear()
        self.edits.clear()
        self._changed()

    # -- the combined view ---------------------------------------------------------------
    def raw_event(self, event_id: str) -> Event | None:
        """The event before edits, from either layer."""
        return self.extracted.get(event_id) or self.manual.get(event_id)

    def events(self) -> list[Event]:
        """Visible events with edits applied, merged sources combined, in date order."""
        if self._cache is None:
            self._cache = self._combine()
            self._by_id = {e.id: e for e in self._cache}
        return self._cache

    def event(self, event_id: str) -> Event | None:
        """The visible event with this id, or None (deleted, merged away, unknown)."""
        self.events()  # builds the id index with the cache
        return self._by_id.get(event_id)

    def _combine(self) -> list[Event]:
        merged_sources: dict[str, list[Event]] = {}
        visible: dict[str, Event] = {}
        for ev in (*self.extracted.values(), *self.manual.values()):
            edit = self.edits.get(ev.id)
            if edit is None:
                visible[ev.id] = ev
                continue
            if edit.deleted:
                continue
            if edit.merged_into is not None:
                merged_sources.setdefault(edit.merged_into, []).append(ev)
                continue
            visible[ev.id] = replace(
                ev,
                title=edit.title if edit.title is not None else ev.title,
                when=edit.when if edit.when is not None else ev.when,
                edited=True,
            )
        for target_id, absorbed in merged_sources.items():
            target = visible.get(target_id)
            if target is None:
                continue
            sources = list(target.sources)
            for ev in absorbed:
                sources.extend(s for s in ev.sources if s not in sources)
            visible[target_id] = replace(
                target,
                sources=tuple(sources),
                actors=_union(target.actors, *(e.actors for e in absorbed)),
                places=_union(target.places, *(e.places for e in absorbed)),
                edited=True,
            )
        return sorted(visible.values(), key=lambda e: (*e.when.sort_key(), e.title))
