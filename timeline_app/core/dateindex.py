"""Where a newcomer looks for reports of the same happening: groups bucketed by date.

De-duplication compares a report only with groups whose dates are related (equal, or
one span inside the other) and that share a word or a name with it; this index finds
them without walking every group. See :mod:`timeline_app.core.dedupe` for the rules.

Reports of one date are found by a shared title word or name. A report of a date inside
another's ("29 September 2021" in "September 2021") can only be the same happening when
their sentences share most of their words (:data:`~.likeness.NESTED_QUOTE`), so those are
found by their rarest words instead (a prefix filter: two word sets that close share one
of each set's few rarest words). A crowded month then no longer makes every day's report
look at every report of the month that shares a common word with it.
"""

from __future__ import annotations

import math
from collections import Counter
from collections.abc import Iterable
from dataclasses import dataclass, field
from functools import lru_cache

from timeline_app.core.likeness import NESTED_QUOTE, Profile, jaccard
from timeline_app.model import Day, Event

#: Members of a group a newcomer is compared with (the first ones: the lead and its peers).
MAX_COMPARED = 4
#: Groups a newcomer is compared with: those sharing the most words with it.
MAX_CANDIDATES = 24
#: Days per block of the rare-word lists: a report reads the wide reports over its block.
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


class Rarity:
    """An order on sentence words, rarest first, shared by the indexes of one merge.

    Any fixed order finds every pair of sentences that share :data:`NESTED_QUOTE` of
    their words; the rarest words first make the fewest pairs share one by chance.
    """

    def __init__(self, profiles: Iterable[Profile] = ()) -> None:
        self._count: Counter[str] = Counter(w for p in profiles for w in p.quote_words)
        self._prefixes: dict[int, tuple[Profile, frozenset[str]]] = {}

    def prefix(self, profile: Profile) -> frozenset[str]:
        """The profile's rarest sentence words: a sentence sharing :data:`NESTED_QUOTE`
        of its words with this one (Jaccard) has one of its own rarest among them."""
        found = self._prefixes.get(id(profile))
        if found is not None and found[0] is profile:
            return found[1]
        words = profile.quote_words
        # at least this many words in common, for a Jaccard of NESTED_QUOTE with any set
        common = math.ceil(NESTED_QUOTE * len(words) - 1e-9)
        count = self._count
        rarest = sorted(words, key=lambda w: (count[w], w))[: len(words) - common + 1]
        prefix = frozenset(rarest)
        self._prefixes[id(profile)] = (profile, prefix)
        return prefix


@lru_cache(maxsize=4096)
def _year_days(year: int) -> SpanKey:
    """First and last day ordinals of a calendar year."""
    return Day(year).ordinal(), Day(year, 12, 31).ordinal()


def span_of(event: Event) -> SpanKey:
    """The event's span as day ordinals: ints compare far faster than ``Day`` objects."""
    return event.when.sort_key()


def years_of(event: Event) -> range:
    """Calendar years the event's span touches (capped, to bucket candidates cheaply)."""
    first, last = event.when.earliest.year, event.when.latest.year
    return range(first, min(last, first + 10) + 1)


class DateIndex:
    """Groups by date span and word, so only plausible pairs are compared.

    Reports of the same span (or the same date value) are found by a shared title word,
    name or event word; reports of a span inside or around another by a shared rare
    sentence word (see :class:`Rarity`), then kept only if they share a feature and
    :data:`NESTED_QUOTE` of their sentence words. A report reads the wide reports
    (months, seasons, years…) listed under the block of days it starts in, and a wide
    report the reports that start in the blocks it covers, by rare word: never every
    report of a crowded year.
    """

    def __init__(self, rarity: Rarity | None = None) -> None:
        self._rarity = rarity or Rarity()
        #: Groups by span and feature: the reports of one date.
        self._same: dict[SpanKey, dict[str, list[Group]]] = {}
        #: The spans of each date value: "early 2021" and "2021" are one date to
        #: de-duplication though their spans differ.
        self._value_spans: dict[str, set[SpanKey]] = {}
        #: Members of wide spans by (year, block of days their span covers) and rare
        #: word: a lookup of the spans around a report reads its first day's block.
        self._rare_over: dict[tuple[int, int], dict[str, list[Member]]] = {}
        #: Members by (year, block of their first day) and rare word: a wide span's
        #: lookup of the spans inside it reads the blocks it covers.
        self._rare_from: dict[tuple[int, int], dict[str, list[Member]]] = {}

    def __bool__(self) -> bool:
        """Whether anything is indexed."""
        return bool(self._same)

    def add(self, group: Group, profile: Profile) -> None:
        span = span_of(profile.event)
        features = profile.features()
        words = self._same.setdefault(span, {})
        self._value_spans.setdefault(profile.event.when.value, set()).add(span)
        for feature in features:
            bucket = words.setdefault(feature, [])
            if not bucket or bucket[-1] is not group:
                bucket.append(group)
        member = (group, profile, span)
        prefix = self._rarity.prefix(profile)
        for year in years_of(profile.event):
            start, end = _year_days(year)
            first, last = max(span[0], start) // BLOCK_DAYS, min(span[1], end) // BLOCK_DAYS
            starting = self._rare_from.setdefault((year, first), {})
            for word in prefix:
                starting.setdefault(word, []).append(member)
            if span[0] != span[1]:
                for block in range(first, last + 1):
                    over = self._rare_over.setdefault((year, block), {})
                    for word in prefix:
                        over.setdefault(word, []).append(member)

    def candidates(self, profile: Profile) -> list[Group]:
        """Groups from other documents with a member that could be one happening with
        ``profile`` (see :meth:`_shared`), oldest first (the most alike
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
        """Groups with a member that could be one happening with ``profile``: of the same
        date and sharing a feature, or of a date inside or around it and sharing a
        feature and :data:`NESTED_QUOTE` of their sentence words. With ``counted``, how
        many features each shares (only needed when there are too many to compare)."""
        event = profile.event
        features = profile.features()
        own = span_of(event)
        shared: Counter[Group] | set[Group] = Counter() if counted else set()
        words = self._same.get(own, {})
        for feature in features & words.keys():
            shared.update(words[feature])
        for span in self._value_spans.get(event.when.value, ()):
            if span != own and _nested(span, own):  # the same value over another span
                words = self._same[span]
                for feature in features & words.keys():
                    shared.update(words[feature])
        close = _Close(profile, features, self._rarity.prefix(profile), counted)
        first, last = own
        for year in years_of(event):
            # spans around this one: listed under the block of its first day in the year
            start, end = _year_days(year)
            head = max(first, start) // BLOCK_DAYS
            close.read(self._rare_over.get((year, head), {}), shared, around=True)
            if first != last:  # spans inside this one: they start in a block it covers
                for block in range(head, min(last, end) // BLOCK_DAYS + 1):
                    close.read(self._rare_from.get((year, block), {}), shared, around=False)
        return shared


#: A group's member as the rare-word lists keep it: group, profile and span.
Member = tuple[Group, Profile, SpanKey]


class _Close:
    """Reads rare-word lists for members of another span close enough in wording to
    ``profile`` to be the same happening (once each, though listed under several words
    and years)."""

    def __init__(
        self, profile: Profile, features: frozenset[str], prefix: frozenset[str], counted: bool
    ) -> None:
        self._span = span_of(profile.event)
        self._features = features
        self._prefix = prefix
        self._words = profile.quote_words
        size = len(self._words)
        self._sizes = (size * NESTED_QUOTE, size / NESTED_QUOTE)  # a Jaccard bound
        self._counted = counted
        self._seen: set[int] = set()

    def read(
        self,
        by_word: dict[str, list[Member]],
        shared: Counter[Group] | set[Group],
        *,
        around: bool,
    ) -> None:
        """Add to ``shared`` the close members listed in ``by_word`` whose span lies
        around the profile's (``around``) or inside it, and is not the same."""
        least, most = self._sizes
        first, last = own = self._span
        seen = self._seen
        for word in self._prefix & by_word.keys():
            for group, member, span in by_word[word]:
                if around:
                    if not (span[0] <= first and last <= span[1]) or span == own:
                        continue
                elif not (first <= span[0] and span[1] <= last) or span == own:
                    continue
                if id(member) in seen:
                    continue
                seen.add(id(member))
                other = member.quote_words
                if not least <= len(other) <= most or jaccard(other, self._words) < NESTED_QUOTE:
                    continue
                common = len(self._features & member.features())
                if common:
                    shared.update([group] * common if self._counted else (group,))


def _nested(a: SpanKey, b: SpanKey) -> bool:
    """One span inside the other."""
    return (b[0] <= a[0] and a[1] <= b[1]) or (a[0] <= b[0] and b[1] <= a[1])
