"""Where a newcomer looks for reports of the same happening: groups bucketed by date.

De-duplication compares a report only with groups whose dates are related (equal, or
one span inside the other) and that share a word or a name with it; this index finds
them without walking every group. See :mod:`timeline_app.core.dedupe` for the rules.
"""

from __future__ import annotations

import bisect
from collections import Counter
from dataclasses import dataclass, field
from functools import lru_cache

from timeline_app.core.likeness import Profile
from timeline_app.model import Day, Event

#: Members of a group a newcomer is compared with (the first ones: the lead and its peers).
MAX_COMPARED = 4
#: Groups a newcomer is compared with: those sharing the most words with it.
MAX_CANDIDATES = 24
#: Days per block of the index of wide spans: a day looks only at spans over its block.
BLOCK_DAYS = 32


@dataclass(slots=True, eq=False)
class Group:
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


@lru_cache(maxsize=4096)
def _year_days(year: int) -> SpanKey:
    """First and last day ordinals of a calendar year."""
    return Day(year).ordinal(), Day(year, 12, 31).ordinal()


def span_of(event: Event) -> SpanKey:
    """The event's span as day ordinals: ints compare far faster than ``Day`` objects."""
    return event.when.earliest.ordinal(), event.when.latest.ordinal()


def years_of(event: Event) -> range:
    """Calendar years the event's span touches (capped, to bucket candidates cheaply)."""
    first, last = event.when.earliest.year, event.when.latest.year
    return range(first, min(last, first + 10) + 1)


class DateIndex:
    """Groups by year, date span and word, so only plausible pairs are compared.

    A one-day report is looked up under its own day and the few wider spans (months,
    seasons, years…) of its year; only a wider report scans every span of its year.
    Within a span, only groups sharing a title word, a name or an event word with the
    newcomer are candidates. 2,000 reports of one year from ten documents then take
    about a second instead of nine.
    """

    def __init__(self) -> None:
        self._by_year: dict[int, dict[SpanKey, dict[str, list[Group]]]] = {}
        self._wide: dict[int, set[SpanKey]] = {}
        #: The same wide spans by (year, block of :data:`BLOCK_DAYS` days) they cover:
        #: a day's lookup reads its block, not every wide span of a crowded year.
        self._wide_blocks: dict[tuple[int, int], list[SpanKey]] = {}
        #: Each year's spans in order, so a wide span finds the spans inside it by bisection.
        self._ordered: dict[int, list[SpanKey]] = {}

    def add(self, group: Group, profile: Profile) -> None:
        span = span_of(profile.event)
        for year in years_of(profile.event):
            spans = self._by_year.setdefault(year, {})
            words = spans.get(span)
            if words is None:
                words = spans[span] = {}
                bisect.insort(self._ordered.setdefault(year, []), span)
            if span[0] != span[1]:
                wide = self._wide.setdefault(year, set())
                if span not in wide:
                    wide.add(span)
                    self._add_blocks(year, span)
            for feature in profile.features():
                bucket = words.setdefault(feature, [])
                if not bucket or bucket[-1] is not group:
                    bucket.append(group)

    def candidates(self, profile: Profile) -> list[Group]:
        """Groups from other documents with a member whose span equals, contains or lies
        inside the event's and that shares a word with it, oldest first (the most alike
        :data:`MAX_CANDIDATES` when there are more)."""
        found = self.related(profile)
        if len(found) > MAX_CANDIDATES:  # the most alike, so a crowded year stays fast
            counts = self._shared(profile, counted=True)
            found = sorted(found, key=lambda g: (-counts[g], g.order))[:MAX_CANDIDATES]
        return sorted(found, key=lambda g: g.order)

    def related(self, profile: Profile) -> list[Group]:
        """Every group here that could be a candidate of ``profile``: a related span, a
        shared feature, no shared document (in no particular order).

        The relation is symmetric, so these are also the groups ``profile`` could be a
        candidate of (de-duplication finds the settled events near a newcomer this way).
        """
        docs = set(profile.event.documents)
        return [g for g in self._shared(profile) if g.documents.isdisjoint(docs)]

    def _shared(self, profile: Profile, *, counted: bool = False) -> Counter[Group] | set[Group]:
        """Groups sharing a feature with ``profile`` under a related span; with ``counted``,
        how many features each shares (only needed when there are too many to compare)."""
        event = profile.event
        features = profile.features()
        shared: Counter[Group] | set[Group] = Counter() if counted else set()
        for year in years_of(event):
            spans = self._by_year.get(year)
            if not spans:
                continue
            for span in self._related_spans(year, span_of(event)):
                words = spans[span]
                for feature in features & words.keys():
                    shared.update(words[feature])
        return shared

    def _related_spans(self, year: int, span: SpanKey) -> list[SpanKey]:
        """Spans of ``year`` equal to, containing, or inside ``span``."""
        first, last = span
        spans = self._by_year.get(year, {})
        if first == last:  # one day: only wider spans can contain it
            found = [s for s in self._wide_over(year, first) if s[0] <= first <= s[1]]
            return [*found, span] if span in spans else found
        ordered = self._ordered.get(year, [])
        lo, hi = bisect.bisect_left(ordered, span[:1]), bisect.bisect_right(ordered, (last, last))
        inside = [s for s in ordered[lo:hi] if s[1] <= last]
        # a span around this one covers its first day inside the year: read that block
        inner = max(first, _year_days(year)[0])
        around = [s for s in self._wide_over(year, inner) if s[0] <= first and last <= s[1]]
        return list(dict.fromkeys(inside + around))

    def _add_blocks(self, year: int, span: SpanKey) -> None:
        """List a new wide span of ``year`` under every block of that year it covers."""
        start, end = _year_days(year)
        first, last = max(span[0], start) // BLOCK_DAYS, min(span[1], end) // BLOCK_DAYS
        for block in range(first, last + 1):
            self._wide_blocks.setdefault((year, block), []).append(span)

    def _wide_over(self, year: int, day: int) -> list[SpanKey]:
        """Wide spans of ``year`` listed under ``day``'s block (a superset of those over it)."""
        return self._wide_blocks.get((year, day // BLOCK_DAYS), [])
