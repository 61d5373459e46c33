"""One event per happening: repeated sentences and cross-document reports merge.

News repeats itself: a photo caption appears twice on a page, and three agencies report
the same summit. Each becomes one event with several sources. Two rules decide:

* the same sentence (case and spacing aside) with the same date value is one event,
  wherever it appears;
* in *different* documents, the same date (or one date inside the other) with similar
  wording (Jaccard over stemmed content words of the title and quote) and, for weaker
  similarity, a shared name (actor, place, or a coined name like "Chang'e-6"), is one
  event; on one exact day, the kind of happening decides (the rules are in
  :mod:`timeline_app.core.likeness`). Within one document, different sentences stay
  different events: a writer who mentions a day twice usually means two things.

The first event of a group (in input order: earliest document, earliest sentence) keeps
its id, so ids stay stable as more documents arrive. Merging runs to a fixed point, so
merging its own output again changes nothing (``pipeline.merge_into`` does exactly that
whenever documents are added).
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Iterable
from dataclasses import dataclass, field, replace

from timeline_app.core.likeness import Profile, alike, coded
from timeline_app.model import Event, Provenance

#: Members of a group a newcomer is compared with (the first ones: the lead and its peers).
MAX_COMPARED = 4
#: Groups a newcomer is compared with: those sharing the most words with it.
MAX_CANDIDATES = 24
#: A coined name in more documents than this is too common to relate them.
MAX_RELATED = 50
#: Merging passes at most (a pass that merges nothing ends it; two or three are usual).
MAX_PASSES = 4


@dataclass(slots=True, eq=False)
class _Group:
    """Events found to be one happening; the first one leads."""

    order: int
    members: list[Profile] = field(default_factory=list)
    documents: set[str] = field(default_factory=set)

    def add(self, profile: Profile) -> None:
        self.members.append(profile)
        self.documents.update(profile.event.documents)

    def compared(self) -> list[Profile]:
        """The members a newcomer is compared with: a few suffice, and keep it linear."""
        return self.members[:MAX_COMPARED]


SpanKey = tuple[int, int]


def _span(event: Event) -> SpanKey:
    """The event's span as day ordinals: ints compare far faster than ``Day`` objects."""
    return event.when.earliest.ordinal(), event.when.latest.ordinal()


class _Index:
    """Groups by year, date span and word, so only plausible pairs are compared.

    A one-day report is looked up under its own day and the few wider spans (months,
    seasons, years…) of its year; only a wider report scans every span of its year.
    Within a span, only groups sharing a title word, a name or an event word with the
    newcomer are candidates. 2,000 reports of one year from ten documents then take
    about a second instead of nine.
    """

    def __init__(self) -> None:
        self._by_year: dict[int, dict[SpanKey, dict[str, list[_Group]]]] = {}
        self._wide: dict[int, set[SpanKey]] = {}

    def add(self, group: _Group, profile: Profile) -> None:
        span = _span(profile.event)
        for year in _years(profile.event):
            words = self._by_year.setdefault(year, {}).setdefault(span, {})
            if span[0] != span[1]:
                self._wide.setdefault(year, set()).add(span)
            for feature in profile.features():
                bucket = words.setdefault(feature, [])
                if not bucket or bucket[-1] is not group:
                    bucket.append(group)

    def candidates(self, profile: Profile) -> list[_Group]:
        """Groups from other documents with a member whose span equals, contains or lies
        inside the event's and that shares a word with it, oldest first."""
        event = profile.event
        docs = set(event.documents)
        features = profile.features()
        shared: Counter[_Group] = Counter()
        for year in _years(event):
            spans = self._by_year.get(year, {})
            for span in self._related_spans(year, _span(event)):
                words = spans[span]
                for feature in features & words.keys():
                    shared.update(words[feature])
        found = [g for g in shared if g.documents.isdisjoint(docs)]
        if len(found) > MAX_CANDIDATES:  # the most alike, so a crowded year stays fast
            found = sorted(found, key=lambda g: (-shared[g], g.order))[:MAX_CANDIDATES]
        return sorted(found, key=lambda g: g.order)

    def _related_spans(self, year: int, span: SpanKey) -> list[SpanKey]:
        """Spans of ``year`` equal to, containing, or inside ``span``."""
        first, last = span
        spans = self._by_year.get(year, {})
        if first == last:  # one day: only wider spans can contain it
            found = [s for s in self._wide.get(year, ()) if s[0] <= first <= s[1]]
            return [*found, span] if span in spans else found
        return [
            (start, end)
            for start, end in spans
            if (start <= first and last <= end) or (first <= start and end <= last)
        ]


def merge_events(events: Iterable[Event]) -> list[Event]:
    """Merge repeats and cross-document reports of the same happening.

    Args:
        events: events in a stable order (documents in load order, then text order);
            they may already carry several sources (re-merging is safe).

    Returns:
        Merged events in the order their first member appeared.
    """
    merged = list(events)
    # By id(event): an event that a pass left unchanged keeps its profile (which holds
    # the event, so the id cannot be reused by another object meanwhile).
    profiles: dict[int, Profile] = {}
    for _ in range(MAX_PASSES):
        again = _merge_once(merged, profiles)
        if len(again) == len(merged):
            return again
        merged = again
    return merged


def _merge_once(events: list[Event], cache: dict[int, Profile]) -> list[Event]:
    """One pass: each event joins the first earlier group it matches, else starts one.

    A merged event is compared on all its sources' sentences, which a pass over single
    reports could not do; the next pass may therefore join two groups, until none join.
    """
    groups: list[_Group] = []
    by_quote: dict[tuple[str, str], _Group] = {}
    index = _Index()
    profiles = [cache.get(id(e)) or cache.setdefault(id(e), Profile.of(e)) for e in events]
    related = _related_documents(profiles)
    for profile in profiles:
        event = profile.event
        key = (_norm(event.quote), event.when.value)
        group = by_quote.get(key) or _similar_group(profile, index, related)
        if group is None:
            group = _Group(order=len(groups))
            groups.append(group)
        group.add(profile)
        index.add(group, profile)
        by_quote.setdefault(key, group)
    return [_combine(g) for g in groups]


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


def _years(event: Event) -> range:
    """Calendar years the event's span touches (capped, to bucket candidates cheaply)."""
    first, last = event.when.earliest.year, event.when.latest.year
    return range(first, min(last, first + 10) + 1)


def _similar_group(profile: Profile, index: _Index, related: set[frozenset[str]]) -> _Group | None:
    """The first group, from other documents only, with a member reporting the same thing."""
    for group in index.candidates(profile):
        if any(alike(m, profile, related) for m in group.compared()):
            return group
    return None


def _combine(group: _Group) -> Event:
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
