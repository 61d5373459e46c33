"""Where a newcomer looks for reports of the same happening: groups bucketed by date.

De-duplication compares a report only with groups whose dates are related (equal, or
one span inside the other) and that share a word or a name with it; this index finds
them without walking every group. See :mod:`timeline_app.core.dedupe` for the rules.

Reports of one date are found by a shared title word or name. A report of a date inside
another's ("29 September 2021" in "September 2021") can only be the same happening when
their sentences share most of their words (:data:`~.likeness.NESTED_QUOTE`), so those are
found by keys of their rarest words instead (a prefix filter, see
:mod:`~timeline_app.core.rarewords`: two sentences that close share a key). A crowded
month then no longer makes every day's report look at every report of the month that
shares a common word with it.
"""

from __future__ import annotations

from collections import Counter
from dataclasses import dataclass, field

from timeline_app.core.likeness import NESTED_QUOTE, Profile
from timeline_app.core.rarewords import Keys, Rarity
from timeline_app.model import Event

#: Members of a group a newcomer is compared with (the first ones: the lead and its peers).
MAX_COMPARED = 4
#: Groups a newcomer is compared with: those sharing the most words with it.
MAX_CANDIDATES = 24


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


def span_of(event: Event) -> SpanKey:
    """The event's span as day ordinals: ints compare far faster than ``Day`` objects."""
    return event.when.sort_key()


def months_of(event: Event) -> range:
    """Months (``year * 12 + month - 1``) the event's span touches, for at most eleven
    calendar years: a century is listed under its first years only, to stay cheap."""
    first, last = event.when.earliest, event.when.latest
    start = first.year * 12 + first.month - 1
    return range(start, min(last.year * 12 + last.month, (first.year + 11) * 12))


def _whole_years(months: range) -> tuple[range, list[int]]:
    """The calendar years ``months`` covers whole, and its other months."""
    years = range(-(-months.start // 12), months.stop // 12)
    if not years:
        return years, list(months)
    return years, [*range(months.start, years.start * 12), *range(years.stop * 12, months.stop)]


class DateIndex:
    """Groups by date span and word, so only plausible pairs are compared.

    Reports of the same span (or the same date value) are found by a shared title word,
    name or event word; reports of a span inside or around another by a shared rare
    sentence key (see :class:`Rarity`), then kept only if they share a feature and
    :data:`NESTED_QUOTE` of their sentence words. A report reads the wide reports
    (months, seasons, years…) listed under the month and the year it starts in, and a
    wide report the reports that start in the months it covers, by key: never every
    report of a crowded year.
    """

    def __init__(self, rarity: Rarity | None = None) -> None:
        self._rarity = rarity or Rarity()
        #: Groups by span and feature: the reports of one date.
        self._same: dict[SpanKey, dict[str, list[Group]]] = {}
        #: The spans of each date value: "early 2021" and "2021" are one date to
        #: de-duplication though their spans differ.
        self._value_spans: dict[str, set[SpanKey]] = {}
        #: Members of wide spans by the months their span covers and key (the whole
        #: calendar years it covers in ``_rare_over_years``, by year: a year's report
        #: is listed once, not twelve times): a lookup of the spans around a report
        #: reads its first day's month and year.
        self._rare_over: dict[int, dict[int, list[Member]]] = {}
        self._rare_over_years: dict[int, dict[int, list[Member]]] = {}
        #: Members by the month of their first day and key: a wide span's lookup
        #: of the spans inside it reads the months it covers.
        self._rare_from: dict[int, dict[int, list[Member]]] = {}

    def __bool__(self) -> bool:
        """Whether anything is indexed."""
        return bool(self._same)

    def add(self, group: Group, profile: Profile) -> None:
        span = span_of(profile.event)
        features = profile.features
        words = self._same.setdefault(span, {})
        self._value_spans.setdefault(profile.event.when.value, set()).add(span)
        for feature in features:
            bucket = words.setdefault(feature, [])
            if not bucket or bucket[-1] is not group:
                bucket.append(group)
        member = (group, profile, span[0], span[1], profile.quote_words, len(profile.quote_words))
        keys = self._rarity.keys(profile)
        months = months_of(profile.event)
        starting = self._rare_from.setdefault(months[0], {})
        for key in keys:
            starting.setdefault(key, []).append(member)
        if span[0] != span[1]:
            years, months = _whole_years(months)
            for buckets, covered in ((self._rare_over_years, years), (self._rare_over, months)):
                for bucket in covered:
                    over = buckets.setdefault(bucket, {})
                    for key in keys:
                        over.setdefault(key, []).append(member)

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
        features = profile.features
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
        close = _Close(profile, own, features, self._rarity.probes(profile), counted)
        months = months_of(event)
        # spans around this one: listed under the month (or year) of its first day
        close.read(self._rare_over.get(months[0], {}), shared, around=True)
        close.read(self._rare_over_years.get(months[0] // 12, {}), shared, around=True)
        if own[0] != own[1]:  # spans inside this one: they start in a month it covers
            for month in months:
                close.read(self._rare_from.get(month, {}), shared, around=False)
        return shared


#: A group's member as the key lists keep it: group, profile, first and last day,
#: sentence words and their number.
Member = tuple[Group, Profile, int, int, frozenset[str], int]


class _Close:
    """Reads key lists for members of another span close enough in wording to
    ``profile`` to be the same happening (once each, though listed under several keys
    and months)."""

    def __init__(
        self,
        profile: Profile,
        span: SpanKey,
        features: frozenset[str],
        probes: Keys,
        counted: bool,
    ) -> None:
        self._span = span
        self._features = features
        self._probes = probes
        self._words = profile.quote_words
        size = self._size = len(self._words)
        self._sizes = (size * NESTED_QUOTE, size / NESTED_QUOTE)  # a Jaccard bound
        self._counted = counted
        self._seen: set[int] = set()

    def read(
        self,
        by_key: dict[int, list[Member]],
        shared: Counter[Group] | set[Group],
        *,
        around: bool,
    ) -> None:
        """Add to ``shared`` the close members listed in ``by_key`` whose span lies
        around the profile's (``around``) or inside it, and is not the same."""
        if not by_key:
            return
        least, most = self._sizes
        first, last = self._span
        seen, words, size = self._seen, self._words, self._size
        for key in self._probes:
            entries = by_key.get(key)
            if entries is None:
                continue
            for entry in entries:
                group, member, start, end, other, count = entry
                if around:
                    if start > first or end < last or (start == first and end == last):
                        continue
                elif start < first or end > last or (start == first and end == last):
                    continue
                if not least <= count <= most or id(entry) in seen:
                    continue
                seen.add(id(entry))
                common = len(words & other)  # the same Jaccard as likeness.jaccard
                if common / (size + count - common) < NESTED_QUOTE:
                    continue
                common = len(self._features & member.features)
                if common:
                    shared.update([group] * common if self._counted else (group,))


def _nested(a: SpanKey, b: SpanKey) -> bool:
    """One span inside the other."""
    return (b[0] <= a[0] and a[1] <= b[1]) or (a[0] <= b[0] and b[1] <= a[1])
