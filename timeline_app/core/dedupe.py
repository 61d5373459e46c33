"""One event per happening: repeated sentences and cross-document reports merge.

News repeats itself: a photo caption appears twice on a page, and three agencies report
the same summit. Each becomes one event with several sources. Two rules decide:

* the same sentence (case and spacing aside) with the same date value is one event,
  wherever it appears;
* in *different* documents, the same date (or one date inside the other) with similar
  wording (Jaccard over stemmed content words of the title and quote) and, for weaker
  similarity, a shared name (actor, place, or a coined name like "Chang'e-6"), is one
  event; on one exact day, the kind of happening decides (the rules are in
  :mod:`timeline_app.core.likeness`). Within one document this global pass keeps
  different sentences apart; same-day retellings of one happening there were already
  joined by the per-document step (:mod:`timeline_app.core.docmerge`), which is stricter.

The first event of a group (in input order: earliest document, earliest sentence) keeps
its id, so ids stay stable as more documents arrive. Merging runs to a fixed point, so
merging its own output again changes nothing; adding documents compares only the new
events with their date buckets (:func:`merge_new`). A pass after the first walks only
the events a merge touched and those near them; the rest of the list is copied in slices.
"""

from __future__ import annotations

import heapq
from collections.abc import Iterable, Sequence

from timeline_app.core.dateindex import DateIndex, Group
from timeline_app.core.gcpause import collector_paused
from timeline_app.core.likeness import Profile, alike
from timeline_app.core.mergeparts import Probe, combine, profile_of, related_documents
from timeline_app.core.rarewords import Rarity
from timeline_app.model import Event

#: Merging passes at most (a pass that merges nothing ends it; two or three are usual).
MAX_PASSES = 4

#: A sentence (case and spacing aside) and a date value; see :attr:`Profile.key`.
Key = tuple[str, str]


def merge_events(events: Iterable[Event], *, exhaustive: bool = False) -> list[Event]:
    """Merge repeats and cross-document reports of the same happening.

    Args:
        events: events in a stable order (documents in load order, then text order);
            they may already carry several sources (re-merging is safe).
        exhaustive: look every event up again in every pass, as this function did
            before passes became incremental (kept to check that they agree).

    Returns:
        Merged events in the order their first member appeared.
    """
    return _merge(list(events), fresh=None, exhaustive=exhaustive)


def merge_new(
    existing: Sequence[Event], new: Iterable[Event], *, changed: Iterable[Event] = ()
) -> list[Event]:
    """``merge_events([*existing, *new])`` when ``existing`` is already merged.

    ``existing`` (the output of a merge: no two of its events merge) is indexed but not
    looked up again: only the new events, those of ``existing`` listed in ``changed``
    (by identity: say, ones that lost a source), and old ones whose date buckets a
    changed group shares, are compared. Adding 50 articles to a timeline of 16,000
    events then costs about as much as indexing them, not a full re-merge.
    """
    events = [*existing, *new]
    fresh = {id(e) for e in changed} | {id(e) for e in events[len(existing) :]}
    return _merge(events, fresh=fresh, exhaustive=False)


def _merge(events: list[Event], *, fresh: set[int] | None, exhaustive: bool) -> list[Event]:
    """:func:`_merge_passes` with the garbage collector paused (see :mod:`gcpause`)."""
    with collector_paused():
        return _merge_passes(events, fresh=fresh, exhaustive=exhaustive)


def _merge_passes(events: list[Event], *, fresh: set[int] | None, exhaustive: bool) -> list[Event]:
    """Merge passes to a fixed point; only events in ``fresh`` (by id; ``None``: all)
    may merge, the others are known not to merge with each other.

    After the first pass, an event left on its own can only merge differently in the
    next pass if a group that changed shares its date bucket and a word; every other
    single event is carried over without a look-up (the same result, without the cost).
    """
    # By id(event): an event that a pass left unchanged keeps its profile (which holds
    # the event, so the id cannot be reused by another object meanwhile).
    cache: dict[int, Profile] = {}
    # Merging only unions events' documents and sentences, so which documents share a
    # coined name is the same in every pass: find it once.
    first = [profile_of(e, cache) for e in events]
    related = related_documents(first)
    probe = Probe(Rarity(first))
    run = _whole_pass(events, cache, fresh, related, probe)
    merged, fresh = run.result()
    if len(merged) == len(events):
        return merged
    keys = run.settled_keys()
    for _ in range(MAX_PASSES - 1):
        again, fresh = (
            _whole_pass(merged, cache, None, related, probe).result()
            if exhaustive
            else _sparse_pass(merged, cache, fresh, keys, related, probe)
        )
        if len(again) == len(merged):
            return again
        merged = again
    return merged


class _Pass:
    """One pass: each event taken joins the first earlier group it matches, else starts one.

    A merged event is compared on all its sources' sentences, which a pass over single
    reports could not do; the next pass may therefore join two groups, until none join.
    Events not in ``fresh`` (by id; ``None``: every event is) did not merge last time:
    they are looked up only when a fresh event (one that did, or a new one) is near
    them in date and wording (``near``, ``before``: see :func:`_near`), or a settled
    event near them that joins a group (:meth:`_widen`). Groups and sentences are keyed
    by the position of their first event in ``events`` (``position``: by id).
    """

    def __init__(
        self,
        events: list[Event],
        cache: dict[int, Profile],
        fresh: set[int] | None,
        near: set[int],
        before: set[int],
        related: set[frozenset[str]],
        probe: Probe,
        position: dict[int, int],
    ) -> None:
        self._events, self._cache, self._fresh = events, cache, fresh
        self._near, self._before, self._related, self._probe = near, before, related, probe
        self._position = position
        self.widened: list[int] = []  # positions made near by a settled event that joined
        self.groups: dict[int, Group] = {}
        self.by_quote: dict[Key, int] = {}  # the first event or group with that sentence
        self._absorbed: list[int] = []  # positions of events that joined an earlier group
        self._index = DateIndex(probe.rarity)
        self._indexed: list[Profile] = []
        self._started: list[int] = []  # groups started by a fresh event
        self.merged: dict[int, Event] = {}  # by position: what the groups became (result)

    def take(self, k: int, profile: Profile) -> None:
        """Event ``k`` of the list, after every earlier event that could concern it."""
        event, key = profile.event, profile.key
        slot = self.by_quote.get(key)
        settled = self._fresh is not None and id(event) not in self._fresh
        if settled and id(event) not in self._near:  # quiet: no group, no index entry
            if slot is None:
                self.by_quote[key] = k
            else:  # the same sentence as an earlier group: one event, whatever else
                self._group_at(slot).add(profile)
                self._absorbed.append(k)
                self._widen(profile, k)
            return
        group = None if slot is None else self._group_at(slot)
        if group is None and not (settled and id(event) not in self._before):
            group = _similar_group(profile, self._index, self._related)
        if group is None:
            group = self.groups[k] = Group(order=k)
            if not settled:
                self._started.append(k)
        else:
            self._absorbed.append(k)
            if settled:
                self._widen(profile, k)
        group.add(profile)
        self._index.add(group, profile)
        self._indexed.append(profile)
        self.by_quote.setdefault(key, group.order)

    def _widen(self, profile: Profile, k: int) -> None:
        """Settled event ``k`` joined a group: the settled events after it that it could
        be compared with may now find that group (by this event's words) and match
        another member of it, so they look up too."""
        fresh, position = self._fresh, self._position
        for other in self._probe.near(profile):
            j = position.get(other, -1)
            if j > k and fresh is not None and other not in fresh:
                if other not in self._before:
                    self.widened.append(j)
                self._near.add(other)
                self._before.add(other)

    def _group_at(self, slot: int) -> Group:
        """The group at ``slot``, made from the bare quiet event there if need be."""
        group = self.groups.get(slot)
        if group is None:
            group = self.groups[slot] = Group(order=slot)
            group.add(profile_of(self._events[slot], self._cache))
        return group

    def result(self) -> tuple[list[Event], set[int]]:
        """The merged list, and the ids of its events fresh for the next pass (the
        newly merged ones). Untouched stretches of the list are copied as slices."""
        self._probe.extend(self._index, self._indexed)
        self.merged = {k: combine(g) for k, g in self.groups.items() if len(g.members) > 1}
        events = self._events
        edits = sorted([*self.merged.items(), *((k, None) for k in self._absorbed)])
        out: list[Event] = []
        done = 0
        for k, replacement in edits:
            out.extend(events[done:k])
            if replacement is not None:
                out.append(replacement)
            done = k + 1
        out.extend(events[done:])
        return out, {id(e) for e in self.merged.values()}

    def settled_keys(self) -> dict[Key, int]:
        """Sentence key -> id of the event with it, for every event of the merged list
        that is not fresh (no two share one: the same sentence is one event)."""
        events, merged = self._events, self.merged
        return {key: id(events[k]) for key, k in self.by_quote.items() if k not in merged}

    def update_keys(self, keys: dict[Key, int]) -> None:
        """Bring ``keys`` (see :meth:`settled_keys`) from this pass's input to its output."""
        for group in self.groups.values():
            if len(group.members) > 1:
                for member in group.members:
                    if keys.get(member.key) == id(member.event):
                        del keys[member.key]
        for k in self._started:  # a fresh event left on its own is settled now
            members = self.groups[k].members
            if len(members) == 1:
                keys[members[0].key] = id(members[0].event)


def _whole_pass(
    events: list[Event],
    cache: dict[int, Profile],
    fresh: set[int] | None,
    related: set[frozenset[str]],
    probe: Probe,
) -> _Pass:
    """A pass that takes every event: the first, and each one of an exhaustive merge."""
    position, near, before = _near(events, fresh, cache, probe) if fresh else ({}, set(), set())
    run = _Pass(events, cache, fresh, near, before, related, probe, position)
    for k, event in enumerate(events):
        run.take(k, profile_of(event, cache))
    return run


def _sparse_pass(
    events: list[Event],
    cache: dict[int, Profile],
    fresh: set[int],
    keys: dict[Key, int],
    related: set[frozenset[str]],
    probe: Probe,
) -> tuple[list[Event], set[int]]:
    """A pass that takes only the fresh events, the settled ones near them, and any with
    the same sentence key as one of those: every other event would stay as it is.

    ``keys`` (sentence key -> id of the settled event with it) is updated for the output.
    """
    position, near, before = _near(events, fresh, cache, probe)
    taken = {position[i] for i in fresh | near if i in position}
    taken.update(_twins(taken, events, cache, keys, position))
    run = _Pass(events, cache, fresh, near, before, related, probe, position)
    queue = sorted(taken)  # a sorted list is a heap
    while queue:
        k = heapq.heappop(queue)
        run.take(k, profile_of(events[k], cache))
        if run.widened:
            widened = set(run.widened)
            for j in (widened | _twins(widened, events, cache, keys, position)) - taken:
                taken.add(j)
                heapq.heappush(queue, j)
            run.widened.clear()
    result = run.result()
    run.update_keys(keys)
    return result


def _twins(
    taken: set[int],
    events: list[Event],
    cache: dict[int, Profile],
    keys: dict[Key, int],
    position: dict[int, int],
) -> set[int]:
    """Positions of the settled events with the same sentence as a taken one (they must
    be taken too: one sentence is one event)."""
    found = set()
    for k in taken:
        twin = keys.get(profile_of(events[k], cache).key)
        if twin is not None and twin in position:
            found.add(position[twin])
    return found


def _near(
    events: list[Event], fresh: set[int], cache: dict[int, Profile], probe: Probe
) -> tuple[dict[int, int], set[int], set[int]]:
    """Each event's position by id; the settled events (not fresh) that a fresh one could
    be compared with, either way: ``near`` (the others are quiet); and those of them with
    such a fresh event *before* them: ``before`` (the others need not look up: no
    earlier group is new to them). Settled events the probe lacks are indexed first.

    A settled event looks up earlier groups only; those that are all settled it did not
    match last time, so only a fresh event before it can give it a new match. One with
    fresh events only after it is indexed (they may join it) but not looked up: when 50
    articles join a timeline, the 16,000 events before them are not.
    """
    position = {id(e): k for k, e in enumerate(events)}
    missing = probe.missing(position.keys() - fresh)
    if missing:
        probe.add(profile_of(events[position[i]], cache) for i in missing)
    near: set[int] = set()
    before: set[int] = set()
    for k in sorted(position[i] for i in fresh if i in position):
        for other in probe.near(profile_of(events[k], cache)):
            near.add(other)
            if position.get(other, -1) > k:
                before.add(other)
    return position, near, before


def _similar_group(
    profile: Profile, index: DateIndex, related: set[frozenset[str]]
) -> Group | None:
    """The first group, from other documents only, with a member reporting the same thing."""
    for group in index.candidates(profile):
        if any(alike(m, profile, related) for m in group.compared()):
            return group
    return None
