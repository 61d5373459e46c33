"""The parts a de-duplication pass is built from: profiles, the probe, groups' events.

:mod:`timeline_app.core.dedupe` runs the passes; these are the pieces it keeps between
them: the profile of every event (what two reports are compared on, kept between merges
too), the index of settled events (:class:`Probe`), which documents name the same
coined name, and the one event a group of reports becomes.
"""

from __future__ import annotations

from collections.abc import Iterable, Iterator
from dataclasses import replace

from timeline_app.core.dateindex import DateIndex, Group, months_of
from timeline_app.core.likeness import Profile, forget_sentences
from timeline_app.core.rarewords import Rarity
from timeline_app.model import Event, Provenance

#: A coined name in more documents than this is too common to relate them.
MAX_RELATED = 50

#: Profiles by event value, kept between merges: adding articles to a timeline of 16,000
#: events would otherwise profile (tokenise, stem) every old event again each time.
KNOWN: dict[Event, Profile] = {}
MAXKNOWN = 400_000


def forget_profiles() -> None:
    """Drop every kept profile and sentence analysis: the next merge starts cold, as
    the first one of a run does (benchmarks time it so)."""
    KNOWN.clear()
    forget_sentences()


def profile_of(event: Event, cache: dict[int, Profile]) -> Profile:
    """The event's profile: from this merge (by identity), an earlier one (by value), or new.

    Both lookups must hand back a profile *of this very object*: an id can be reused once
    an intermediate event of an earlier pass is freed, and an equal event from an earlier
    merge is another object, which the passes tell apart by identity.
    """
    found = cache.get(id(event))
    if found is not None and found.event is event:
        return found
    found = KNOWN.get(event)
    if found is None:
        if len(KNOWN) >= MAXKNOWN:
            KNOWN.clear()
        found = KNOWN[event] = Profile.of(event)
    elif found.event is not event:
        found = replace(found, event=event)
    cache[id(event)] = found
    return found


class Probe:
    """Every settled event so far, indexed once per merge, to find the ones near a newcomer.

    Which settled events are quiet used to be asked of each of them (16,000 look-ups per
    pass when 50 articles join a timeline); the relation is symmetric, so the few
    unsettled events ask instead. The events a pass settles are those it left alone, in
    its own index already: later passes read that index rather than build another.

    Settled events not in a pass's index wait, by the months their dates touch, until a
    look-up touches one of those months (:meth:`cover`): two related dates share a
    month, so 50 articles added to 16,000 events index only the old events near theirs.
    """

    def __init__(self, rarity: Rarity) -> None:
        self.rarity = rarity
        self._own = DateIndex(rarity)
        self._indexes = [self._own]
        self._indexed: set[int] = set()
        self._waiting: dict[int, list[Event]] = {}
        self._queued: set[int] = set()

    def wait(self, events: Iterable[Event]) -> None:
        """Index these settled events once something is looked up near their dates."""
        for event in events:
            key = id(event)  # the waiting list holds the event: the id stays its own
            if key not in self._indexed and key not in self._queued:
                self._queued.add(key)
                for month in months_of(event):
                    self._waiting.setdefault(month, []).append(event)

    def cover(self, events: Iterable[Event], cache: dict[int, Profile]) -> None:
        """Index the waiting events that share a month with one of ``events``: only
        those can be near them (see :func:`~.dateindex.months_of`)."""
        waiting = self._waiting
        if not waiting:
            return
        for event in events:
            for month in months_of(event):
                found = waiting.pop(month, None)
                if found:
                    self.add(profile_of(e, cache) for e in found)

    def add(self, profiles: Iterable[Profile]) -> None:
        """Index these settled events, unless a pass's index has them."""
        for profile in profiles:
            key = id(profile.event)
            if key not in self._indexed:  # the profile holds the event: the id stays its own
                self._indexed.add(key)
                group = Group(order=0, documents=set(profile.event.documents))
                group.members.append(profile)
                self._own.add(group, profile)

    def extend(self, index: DateIndex, profiles: Iterable[Profile]) -> None:
        """Read a finished pass's ``index`` too: it holds ``profiles``, the events of the
        pass that settle are among them, each the only member of its group."""
        self._indexes.append(index)
        self._indexed.update(id(p.event) for p in profiles)

    def near(self, profile: Profile) -> Iterator[int]:
        """Ids of indexed events that ``profile`` could be compared with (either way)
        (and of some events merged since, which are no longer settled)."""
        for index in self._indexes:
            for group in index.related(profile) if index else ():
                yield id(group.members[0].event)


def related_documents(profiles: list[Profile]) -> set[frozenset[str]]:
    """Pairs of documents about the same subject: both name one coined name ("Chang'e-6").

    Three reports of one mission rarely repeat its name in every sentence ("The mission
    was launched on May 3"); their documents do.
    """
    by_name: dict[str, set[str]] = {}
    for profile in profiles:
        for name in profile.coined:
            by_name.setdefault(name, set()).update(profile.event.documents)
    pairs: set[frozenset[str]] = set()
    for documents in by_name.values():
        if len(documents) <= MAX_RELATED:
            pairs.update(frozenset((a, b)) for a in documents for b in documents if a != b)
    return pairs


def combine(group: Group) -> Event:
    """One event from a group: the lead's id, title and quote; everyone's sources."""
    members = [p.event for p in group.members]
    lead = members[0]
    if len(members) == 1:
        return lead
    sources: dict[tuple[str, int, int, int, int], Provenance] = {}
    for member in members:
        for s in member.sources:
            sources.setdefault((s.document, s.start, s.end, s.date_start, s.date_end), s)
    finest = min(members, key=lambda e: e.when.latest.ordinal() - e.when.earliest.ordinal())
    narrower = finest.when.granularity.rank < lead.when.granularity.rank
    return replace(
        lead,
        when=finest.when if narrower else lead.when,
        sources=tuple(sources.values()),
        actors=_union(m.actors for m in members),
        places=_union(m.places for m in members),
        confidence=max(m.confidence for m in members),
    )


def _union(lists: Iterable[tuple[str, ...]]) -> tuple[str, ...]:
    seen: dict[str, str] = {}
    for names in lists:
        for name in names:
            seen.setdefault(name.lower(), name)
    return tuple(seen.values())
