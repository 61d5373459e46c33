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
events with their date buckets (:func:`merge_new`).
"""

from __future__ import annotations

from collections.abc import Iterable, Iterator, Sequence
from dataclasses import replace

from timeline_app.core.dateindex import DateIndex, Group
from timeline_app.core.gcpause import collector_paused
from timeline_app.core.likeness import Profile, alike, coded
from timeline_app.model import Event, Provenance

#: A coined name in more documents than this is too common to relate them.
MAX_RELATED = 50
#: Merging passes at most (a pass that merges nothing ends it; two or three are usual).
MAX_PASSES = 4


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
    return _merge(list(events), settled=set(), exhaustive=exhaustive)


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
    again = {id(e) for e in changed}
    settled = {id(e) for e in existing if id(e) not in again}
    return _merge(events, settled=settled, exhaustive=False)


def _merge(events: list[Event], *, settled: set[int], exhaustive: bool) -> list[Event]:
    """:func:`_merge_passes` with the garbage collector paused (see :mod:`gcpause`)."""
    with collector_paused():
        return _merge_passes(events, settled=settled, exhaustive=exhaustive)


def _merge_passes(events: list[Event], *, settled: set[int], exhaustive: bool) -> list[Event]:
    """Merge passes to a fixed point; events in ``settled`` (by id) are known not to merge.

    After the first pass, an event left on its own can only merge differently in the
    next pass if a group that changed shares its date bucket and a word; every other
    single event is carried over without a look-up (the same result, without the cost).
    """
    merged = events
    # By id(event): an event that a pass left unchanged keeps its profile (which holds
    # the event, so the id cannot be reused by another object meanwhile).
    profiles: dict[int, Profile] = {}
    settled_ids = settled
    # Merging only unions events' documents and sentences, so which documents share a
    # coined name is the same in every pass: find it once.
    related = _related_documents([_profile(e, profiles) for e in events])
    probe = _Probe()
    for _ in range(MAX_PASSES):
        settled_now = set() if exhaustive else settled_ids
        again = _merge_once(merged, profiles, settled_now, related, probe)
        if len(again) == len(merged):
            return again
        before = {id(e) for e in merged}
        settled_ids = {id(e) for e in again if id(e) in before}  # carried over unchanged
        merged = again
    return merged


def _merge_once(
    events: list[Event],
    cache: dict[int, Profile],
    settled: set[int],
    related: set[frozenset[str]],
    probe: _Probe,
) -> list[Event]:
    """One pass: each event joins the first earlier group it matches, else starts one.

    A merged event is compared on all its sources' sentences, which a pass over single
    reports could not do; the next pass may therefore join two groups, until none join.
    Events in ``settled`` (by id) did not merge last time: they are looked up only when
    an event that did (or a new one) is near them in date and wording.
    """
    # A slot per group in order of appearance; a quiet event (no newcomer can find it,
    # it finds none) stays a bare event there: a pass over 16,000 settled events then
    # costs a key per event, not a group and index entries per event.
    slots: list[Event | Group] = []
    by_quote: dict[tuple[str, str], int] = {}  # slot of the first group with that sentence
    index = DateIndex()
    profiles = [_profile(e, cache) for e in events]
    quiet, ahead = _quiet(profiles, settled, probe)
    for profile in profiles:
        event = profile.event
        key = (_norm(event.quote), event.when.value)
        slot = by_quote.get(key)
        if id(event) in quiet:
            if slot is None:
                by_quote[key] = len(slots)
                slots.append(event)
            else:  # the same sentence as an earlier group: one event, whatever else
                _group_at(slots, slot, cache).add(profile)
            continue
        group = None if slot is None else _group_at(slots, slot, cache)
        if group is None and id(event) not in ahead:
            group = _similar_group(profile, index, related)
        if group is None:
            group = Group(order=len(slots))
            slots.append(group)
        group.add(profile)
        index.add(group, profile)
        by_quote.setdefault(key, group.order)
    return [_combine(s) if isinstance(s, Group) else s for s in slots]


def _group_at(slots: list[Event | Group], slot: int, cache: dict[int, Profile]) -> Group:
    """The group in ``slot``, made from the bare quiet event there if need be."""
    found = slots[slot]
    if isinstance(found, Group):
        return found
    group = Group(order=slot)
    group.add(_profile(found, cache))
    slots[slot] = group
    return group


#: Profiles by event value, kept between merges: adding articles to a timeline of 16,000
#: events would otherwise profile (tokenise, stem) every old event again each time.
_KNOWN: dict[Event, Profile] = {}
MAX_KNOWN = 400_000


def _profile(event: Event, cache: dict[int, Profile]) -> Profile:
    """The event's profile: from this merge (by identity), an earlier one (by value), or new.

    Both lookups must hand back a profile *of this very object*: an id can be reused once
    an intermediate event of an earlier pass is freed, and an equal event from an earlier
    merge is another object, which the passes tell apart by identity.
    """
    found = cache.get(id(event))
    if found is not None and found.event is event:
        return found
    found = _KNOWN.get(event)
    if found is None:
        if len(_KNOWN) >= MAX_KNOWN:
            _KNOWN.clear()
        found = _KNOWN[event] = Profile.of(event)
    elif found.event is not event:
        found = replace(found, event=event)
    cache[id(event)] = found
    return found


class _Probe:
    """Every settled event so far, indexed once per merge, to find the ones near a newcomer.

    Which settled events are quiet used to be asked of each of them (16,000 look-ups per
    pass when 50 articles join a timeline); the relation is symmetric, so the few
    unsettled events ask instead, in an index that later passes only extend.
    """

    def __init__(self) -> None:
        self._index = DateIndex()
        self._indexed: set[int] = set()

    def add(self, profiles: Iterable[Profile]) -> None:
        for profile in profiles:
            key = id(profile.event)
            if key not in self._indexed:  # the profile holds the event: the id stays its own
                self._indexed.add(key)
                group = Group(order=0, documents=set(profile.event.documents))
                group.members.append(profile)
                self._index.add(group, profile)

    def near(self, profile: Profile) -> Iterator[int]:
        """Ids of indexed events that ``profile`` could be compared with (either way)."""
        return (id(g.members[0].event) for g in self._index.related(profile))


def _quiet(
    profiles: list[Profile], settled: set[int], probe: _Probe
) -> tuple[set[int], set[int]]:
    """Settled events no unsettled one could be compared with (either way): ``quiet``;
    and those only unsettled events *after* them could be: ``ahead`` (a superset).

    A settled event looks up earlier groups only; those that are all settled it did not
    match last time, so only an unsettled event before it can give it a new match. One
    with unsettled events only after it is indexed (they may join it) but not looked up:
    when 50 articles join a timeline, the 16,000 events before them are not.
    """
    if not settled:
        return set(), set()
    probe.add(p for p in profiles if id(p.event) in settled)
    position = {id(p.event): k for k, p in enumerate(profiles)}
    before: set[int] = set()  # near an unsettled event that comes before them
    near: set[int] = set()
    for k, profile in enumerate(profiles):
        if id(profile.event) not in settled:
            for other in probe.near(profile):
                near.add(other)
                if position.get(other, -1) > k:
                    before.add(other)
    ids = {id(p.event) for p in profiles if id(p.event) in settled}
    return ids - near, ids - before


def _related_documents(profiles: list[Profile]) -> set[frozenset[str]]:
    """Pairs of documents about the same subject: both name one coined name ("Chang'e-6").

    Three reports of one mission rarely repeat its name in every sentence ("The mission
    was launched on May 3"); their documents do.
    """
    by_name: dict[str, set[str]] = {}
    for profile in profiles:
        for name in coded(" ".join(src.quote for src in profile.event.sources)):
            by_name.setdefault(name, set()).update(profile.event.documents)
    pairs: set[frozenset[str]] = set()
    for documents in by_name.values():
        if len(documents) <= MAX_RELATED:
            pairs.update(frozenset((a, b)) for a in documents for b in documents if a != b)
    return pairs


def _norm(text: str) -> str:
    return " ".join(text.lower().split())


def _similar_group(
    profile: Profile, index: DateIndex, related: set[frozenset[str]]
) -> Group | None:
    """The first group, from other documents only, with a member reporting the same thing."""
    for group in index.candidates(profile):
        if any(alike(m, profile, related) for m in group.compared()):
            return group
    return None


def _combine(group: Group) -> Event:
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
