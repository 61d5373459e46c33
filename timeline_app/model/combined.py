"""The combined, date-ordered list of visible events, kept sorted as single events change.

A user edit touches one event, but recombining 100,000 events and sorting them again costs
~0.3 s on the GUI thread. So one changed event is taken out of the sorted list and put back
with ``bisect`` (keys are computed for the few events bisection visits). Keys end with the
event's *rank*, its place in the layers' iteration order (extracted, then manual), which is
exactly how the stable full sort breaks ties, so an incremental update and a full
recombination always produce the same list.
"""

from __future__ import annotations

from bisect import bisect_left
from collections.abc import Collection, Mapping
from dataclasses import replace
from operator import itemgetter

from timeline_app.model.edit import EventEdit
from timeline_app.model.event import Event

SortKey = tuple[int, int, str, int]
_FIRST = itemgetter(0)  # sort (key, event) pairs by the key alone

#: Ranks of manual events start here, so extracted events added later (a batch of new
#: articles) still rank before every manual one, as in a full recombination.
MANUAL_RANK = 1 << 48


def _union(*groups: tuple[str, ...]) -> tuple[str, ...]:
    """Items of all groups, first occurrence order, without repeats."""
    return tuple(dict.fromkeys(item for group in groups for item in group))


def apply_edit(event: Event, edit: EventEdit | None) -> Event | None:
    """The event as shown under ``edit``; None when deleted or merged away."""
    if edit is None:
        return event
    if edit.deleted or edit.merged_into is not None:
        return None
    return replace(
        event,
        title=edit.title if edit.title is not None else event.title,
        when=edit.when if edit.when is not None else event.when,
        edited=True,
    )


def _merge_into(target: Event, absorbed: list[Event]) -> Event:
    sources = list(target.sources)
    for ev in absorbed:
        sources.extend(s for s in ev.sources if s not in sources)
    return replace(
        target,
        sources=tuple(sources),
        actors=_union(target.actors, *(e.actors for e in absorbed)),
        places=_union(target.places, *(e.places for e in absorbed)),
        edited=True,
    )


def _visible(
    extracted: Mapping[str, Event], manual: Mapping[str, Event], edits: Mapping[str, EventEdit]
) -> dict[str, Event]:
    """Every shown event by id, in layer order (extracted, then manual)."""
    merged: dict[str, list[Event]] = {}
    visible: dict[str, Event] = {}
    for ev in (*extracted.values(), *manual.values()):
        edit = edits.get(ev.id)
        if edit is None:
            visible[ev.id] = ev  # a manual twin replaces an extracted one in place
            continue
        if edit.merged_into is not None and not edit.deleted:
            merged.setdefault(edit.merged_into, []).append(ev)
        shown = apply_edit(ev, edit)
        if shown is not None:
            visible[ev.id] = shown
    for target_id, absorbed in merged.items():
        if target_id in visible:
            visible[target_id] = _merge_into(visible[target_id], absorbed)
    return visible


class CombinedEvents:
    """Visible events in date order; rebuilt wholesale or patched per id.

    :attr:`keys` holds each event's sort key, in the same order: a batch of 1,500 new
    events is put in place by bisecting plain tuples in C, where computing keys of the
    events bisection visits cost 35 ms of the GUI thread on a timeline of 17,000.
    """

    def __init__(self) -> None:
        self.events: list[Event] = []
        self.keys: list[SortKey] = []
        self.by_id: dict[str, Event] = {}
        self.rank: dict[str, int] = {}
        self.next_rank = MANUAL_RANK  # the next manual event's
        self.next_extracted = 0  # the next extracted event's
        self.merge_targets: set[str] = set()

    def sort_key(self, event: Event) -> SortKey:
        """Chronological key (``When.sort_key``, title), then rank to break ties."""
        return (*event.when.sort_key(), event.title, self.rank[event.id])

    def rebuild(
        self,
        extracted: Mapping[str, Event],
        manual: Mapping[str, Event],
        edits: Mapping[str, EventEdit],
    ) -> None:
        """Full recombination: edits applied, merged sources combined, sorted."""
        self.rank = dict(zip(extracted, range(len(extracted)), strict=True))
        self.next_extracted = len(self.rank)
        self.next_rank = MANUAL_RANK
        for event_id in manual:
            if event_id not in self.rank:
                self.rank[event_id] = self.next_rank
                self.next_rank += 1
        self.merge_targets = {e.merged_into for e in edits.values() if e.merged_into}
        keyed = sorted(
            ((self.sort_key(e), e) for e in _visible(extracted, manual, edits).values()),
            key=_FIRST,
        )
        self.keys = [k for k, _ in keyed]
        self.events = [e for _, e in keyed]
        self.by_id = {ev.id: ev for ev in self.events}

    def index_of(self, event_id: str) -> int:
        """Position of a visible event in :attr:`events`, or -1."""
        event = self.by_id.get(event_id)
        if event is None:
            return -1
        return bisect_left(self.keys, self.sort_key(event))

    def replace_one(self, event_id: str, shown: Event | None, *, drop_rank: bool = False) -> None:
        """Take ``event_id`` out of the order and put ``shown`` (if any) back in place.

        Args:
            event_id: the event that changed.
            shown: its new shown form, or None when it is no longer shown.
            drop_rank: forget its place in the layers (a manual event was removed, so
                adding it again puts it at the end of the manual layer).

        :attr:`events` is copied first: callers may still hold the list they were given.
        """
        self.events, self.keys = list(self.events), list(self.keys)
        i = self.index_of(event_id)
        if i >= 0:
            del self.events[i], self.keys[i], self.by_id[event_id]
        if drop_rank:
            self.rank.pop(event_id, None)
        if shown is None:
            return
        if event_id not in self.rank:  # a manual event added at the end of its layer
            self.rank[event_id] = self.next_rank
            self.next_rank += 1
        key = self.sort_key(shown)
        i = bisect_left(self.keys, key)
        self.events.insert(i, shown)
        self.keys.insert(i, key)
        self.by_id[event_id] = shown

    def patch_extraction(
        self,
        touched: Collection[str],
        extracted: Mapping[str, Event],
        manual: Mapping[str, Event],
        edits: Mapping[str, EventEdit],
    ) -> bool:
        """Install a new extraction layer that differs from the last only in ``touched``.

        A batch of new articles adds events at the end of the layer and changes a few old
        ones (a new source); recombining all 16,000 events for it costs the GUI thread
        more than the whole batch is worth. The touched events are taken out and the new
        ones put back by bisection instead.

        Returns:
            False (nothing changed here) when only a full :meth:`rebuild` gives the right
            list: the untouched events changed order, a touched event is also manual, or
            takes part in a user's merge.
        """
        rank = self.rank
        targets = self.merge_targets
        for event_id in touched:
            edit = edits.get(event_id)
            if event_id in manual or event_id in targets or (edit and edit.merged_into):
                return False
        # Ranks in layer order (C-speed map): the old events must keep their order, all
        # before the new ones (no rank yet), as merging a batch leaves them.
        order = list(extracted)
        ranks = list(map(rank.get, order))
        old = len(ranks)
        while old and ranks[old - 1] is None:
            old -= 1
        head = ranks[:old]
        if None in head or (head and max(head) >= MANUAL_RANK) or head != sorted(head):
            return False
        added = order[old:]
        if not set(added) <= set(touched):
            return False
        for event_id in touched:
            if event_id not in extracted:
                rank.pop(event_id, None)
        for event_id in added:
            rank[event_id] = self.next_extracted
            self.next_extracted += 1
        kept = [k for k, e in enumerate(self.events) if e.id not in touched]
        events = [self.events[k] for k in kept]
        keys = [self.keys[k] for k in kept]
        by_id = self.by_id
        shown: list[Event] = []
        for event_id in touched:
            by_id.pop(event_id, None)
            raw = extracted.get(event_id)
            event = None if raw is None else apply_edit(raw, edits.get(event_id))
            if event is not None:
                shown.append(event)
                by_id[event_id] = event
        lo = 0
        for key, event in sorted(((self.sort_key(e), e) for e in shown), key=_FIRST):
            lo = bisect_left(keys, key, lo)
            events.insert(lo, event)
            keys.insert(lo, key)
            lo += 1
        self.events, self.keys = events, keys
        return True
