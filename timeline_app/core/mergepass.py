"""The passes de-duplication runs: each report joins the first earlier group it matches.

:mod:`timeline_app.core.dedupe` runs them to a fixed point. The first pass takes every
report; a later one only the reports a merge could change (:func:`sparse_pass`): the
merged ones, the settled ones near them, and those drawn in as the pass goes.
"""

from __future__ import annotations

import heapq

from timeline_app.core.dateindex import DateIndex, Group
from timeline_app.core.likeness import Profile, alike
from timeline_app.core.mergeparts import Probe, combine, profile_of
from timeline_app.model import Event

#: A sentence (case and spacing aside) and a date value; see :attr:`Profile.key`.
Key = tuple[str, str]


class Pass:
    """One pass: each event taken joins the first earlier group it matches, else starts one.

    A merged event is compared on all its sources' sentences, which a pass over single
    reports could not do; the next pass may therefore join two groups, until none join.
    Events not in ``fresh`` (by id; ``None``: every event is) did not merge last time:
    they are looked up only when a fresh event (one that did, or a new one) is near
    them in date and wording (``near``, ``before``: see :func:`near_events`), or a settled
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
            group = similar_group(profile, self._index, self._related)
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
        self._probe.cover([profile.event], self._cache)
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


def whole_pass(
    events: list[Event],
    cache: dict[int, Profile],
    fresh: set[int] | None,
    related: set[frozenset[str]],
    probe: Probe,
) -> Pass:
    """A pass that takes every event: the first, and each one of an exhaustive merge."""
    position: dict[int, int] = {}
    near: set[int] = set()
    before: set[int] = set()
    if fresh:
        position, near, before = near_events(events, fresh, cache, probe)
    run = Pass(events, cache, fresh, near, before, related, probe, position)
    for k, event in enumerate(events):
        run.take(k, profile_of(event, cache))
    return run


def sparse_pass(
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
    position, near, before = near_events(events, fresh, cache, probe)
    taken = {position[i] for i in fresh | near if i in position}
    taken.update(_twins(taken, events, cache, keys, position))
    run = Pass(events, cache, fresh, near, before, related, probe, position)
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


def near_events(
    events: list[Event], fresh: set[int], cache: dict[int, Profile], probe: Probe
) -> tuple[dict[int, int], set[int], set[int]]:
    """Each event's position by id; the settled events (not fresh) that a fresh one could
    be compared with, either way: ``near`` (the others are quiet); and those of them with
    such a fresh event *before* them: ``before`` (the others need not look up: no
    earlier group is new to them). Settled events the probe lacks are indexed first (those
    near the fresh ones' dates: :meth:`Probe.cover`).

    A settled event looks up earlier groups only; those that are all settled it did not
    match last time, so only a fresh event before it can give it a new match. One with
    fresh events only after it is indexed (they may join it) but not looked up: when 50
    articles join a timeline, the 16,000 events before them are not.
    """
    position = {id(e): k for k, e in enumerate(events)}
    probe.wait(e for e in events if id(e) not in fresh)  # those it lacks, till looked up
    probe.cover((events[position[i]] for i in fresh if i in position), cache)
    near: set[int] = set()
    before: set[int] = set()
    for k in sorted(position[i] for i in fresh if i in position):
        for other in probe.near(profile_of(events[k], cache)):
            near.add(other)
            if position.get(other, -1) > k:
                before.add(other)
    return position, near, before


def similar_group(
    profile: Profile, index: DateIndex, related: set[frozenset[str]]
) -> Group | None:
    """The first group, from other documents only, with a member reporting the same thing."""
    for group in index.candidates(profile):
        if any(alike(m, profile, related) for m in group.compared()):
            return group
    return None
