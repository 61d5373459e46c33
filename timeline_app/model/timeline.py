"""The timeline the user curates: extraction output plus a separate layer of edits.

Extraction output is replaced wholesale whenever documents are (re-)extracted; the user's
edits live in their own dictionaries keyed by stable event ids, so re-extraction never
loses them (an edit whose event has disappeared is kept, just not shown).
"""

from __future__ import annotations

from collections.abc import Callable, Iterable
from dataclasses import replace

from timeline_app.model.combined import CombinedEvents, apply_edit
from timeline_app.model.document import Document
from timeline_app.model.edit import EventEdit
from timeline_app.model.event import Event

Listener = Callable[[], None]
ChangeListener = Callable[[frozenset[str] | None], None]


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
        self._listeners: list[tuple[Callable[..., None], bool]] = []
        self._combined: CombinedEvents | None = None
        #: Bumped whenever documents or extracted events change: a merge computed on a
        #: worker thread against an older version must be computed again.
        self.extraction_version = 0
        #: Bumped whenever the documents (their list or any of their fields) may have
        #: changed: views that patch themselves per event check it for titles and lanes.
        self.documents_version = 0

    # -- observation -------------------------------------------------------------------
    def subscribe(self, listener: Listener) -> None:
        """Call ``listener()`` after every change."""
        self._listeners.append((listener, False))

    def subscribe_changes(self, listener: ChangeListener) -> None:
        """Call ``listener(ids)`` after every change, saying which events it touched.

        ``ids`` is a frozenset of event ids whose shown form may have changed (appeared,
        vanished, moved or changed text), or None when anything may have changed (new
        extraction, a document removed, merges). Views use it to patch themselves instead
        of rebuilding over 100,000 events. Listeners of both kinds run in subscription order.
        """
        self._listeners.append((listener, True))

    def _changed(self, ids: frozenset[str] | None = None) -> None:
        if ids is None:
            self._combined = None
        for listener, wants_ids in list(self._listeners):
            if wants_ids:
                listener(ids)
            else:
                listener()

    def _patch(self, event_id: str, *previous: EventEdit | None, drop_rank: bool = False) -> None:
        """Update the combined list for one event, or drop it when that is not safe.

        Merges tie several events together and an id in both layers is shown from the
        manual one, so those fall back to a full recombination (and notify with None).
        """
        combined = self._combined
        edits = (self.edits.get(event_id), *previous)
        if (
            (event_id in self.extracted and event_id in self.manual)
            or any(e is not None and e.merged_into is not None for e in edits)
            or (combined is not None and event_id in combined.merge_targets)
        ):
            self._changed(None)
            return
        if combined is not None:
            raw = self.raw_event(event_id)
            shown = None if raw is None else apply_edit(raw, self.edits.get(event_id))
            combined.replace_one(event_id, shown, drop_rank=drop_rank)
        self._changed(frozenset((event_id,)))

    # -- extraction layer --------------------------------------------------------------
    def set_extraction(self, documents: Iterable[Document], events: Iterable[Event]) -> None:
        """Replace the whole extraction layer (documents and their merged events).

        Edits are untouched: they re-apply to whichever events still carry their ids.
        """
        self.documents = {d.id: d for d in documents}
        self.extracted = {e.id: e for e in events}
        self.extraction_version += 1
        self.documents_version += 1
        self._changed()

    def update_extraction(
        self, documents: Iterable[Document], events: Iterable[Event], touched: frozenset[str]
    ) -> None:
        """:meth:`set_extraction` for a new layer that differs only in ``touched`` events.

        ``touched`` names every event id added, changed or removed; the untouched events
        keep their order and come before the added ones (what merging a batch of new
        articles into the timeline produces). Listeners are told which events changed,
        so views patch themselves instead of rebuilding over every event; when that is not
        safe (see :meth:`CombinedEvents.patch_extraction`) it is a plain
        :meth:`set_extraction`.
        """
        documents = {d.id: d for d in documents}
        if documents != self.documents:
            self.documents_version += 1
        self.documents = documents
        self.extracted = {e.id: e for e in events}
        self.extraction_version += 1
        combined = self._combined
        if combined is not None and not combined.patch_extraction(
            touched, self.extracted, self.manual, self.edits
        ):
            self._changed(None)
            return
        self._changed(touched)

    def remove_document(self, doc_id: str) -> None:
        """Forget a document and every extracted source read from it."""
        self.documents.pop(doc_id, None)
        self.documents_version += 1
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
        self.extraction_version += 1
        self._changed()

    # -- user layer --------------------------------------------------------------------
    def set_edit(self, event_id: str, edit: EventEdit | None) -> EventEdit | None:
        """Set (or clear, with None) the edit of one event; returns the previous edit."""
        previous = self.edits.get(event_id)
        if edit is None or edit.is_empty():
            self.edits.pop(event_id, None)
        else:
            self.edits[event_id] = edit
        self._patch(event_id, previous)
        return previous

    def add_manual(self, event: Event) -> None:
        """Add an event typed in by the user."""
        self.manual[event.id] = replace(event, origin="manual")
        self._patch(event.id)

    def remove_manual(self, event_id: str) -> Event | None:
        """Remove a user-added event; returns it (for undo)."""
        ev = self.manual.pop(event_id, None)
        self._patch(event_id, drop_rank=ev is not None and event_id not in self.extracted)
        return ev

    def clear(self) -> None:
        """Empty everything (File → New)."""
        self.documents.clear()
        self.extracted.clear()
        self.manual.clear()
        self.edits.clear()
        self.extraction_version += 1
        self.documents_version += 1
        self._changed()

    # -- the combined view ---------------------------------------------------------------
    def raw_event(self, event_id: str) -> Event | None:
        """The event before edits, from either layer."""
        return self.extracted.get(event_id) or self.manual.get(event_id)

    def events(self) -> list[Event]:
        """Visible events with edits applied, merged sources combined, in date order.

        The list is the caller's to keep: later changes build a new one.
        """
        return self._ensure_combined().events

    def event(self, event_id: str) -> Event | None:
        """The visible event with this id, or None (deleted, merged away, unknown)."""
        return self._ensure_combined().by_id.get(event_id)

    def index_of(self, event_id: str) -> int:
        """Position of a visible event in :meth:`events`, or -1 (found by bisection)."""
        return self._ensure_combined().index_of(event_id)

    def _ensure_combined(self) -> CombinedEvents:
        if self._combined is None:
            combined = CombinedEvents()
            combined.rebuild(self.extracted, self.manual, self.edits)
            self._combined = combined
        return self._combined
