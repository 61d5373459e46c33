"""One event per happening: repeated sentences and cross-document reports merge.

News repeats itself: a photo caption appears twice on a page, and three agencies report
the same summit. Each becomes one event with several sources. Two rules decide:

* the same sentence (case and spacing aside) with the same date value is one event,
  wherever it appears;
* in *different* documents, the same date (or one date inside the other) with similar
  wording (Jaccard over stemmed content words of the title and quote) and, for weaker
  similarity, a shared name (actor, place, or a coined name like "Chang'e-6"), is one
  event. On one exact day, reports that name the same kind of happening ("launched",
  "the launch": see :mod:`timeline_app.core.eventwords`) merge when they share a name
  or their documents do; reports naming different kinds ("launched", "docked") never
  merge on wording they happen to share. Within one document, different sentences
  stay different events: a writer who mentions a day twice usually means two things.

The first event of a group (in input order: earliest document, earliest sentence) keeps
its id, so ids stay stable as more documents arrive.
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from dataclasses import dataclass, field, replace

from timeline_app.core.eventwords import event_words, stem
from timeline_app.model import Day, Event, Granularity, Provenance

_STOPWORDS = frozenset(
    str.split(
        "a an the and or but of in on at to for from by with as is are was were be been has "
        "have had it its this that these those he she they his her their who which what "
        "said says will would could also after before during over into than then there "
        "january february march april may june july august september october november "
        "december monday tuesday wednesday thursday friday saturday sunday jan feb mar apr "
        "jun jul aug sep sept oct nov dec year years day days month week today yesterday"
    )
)
_TOKEN = re.compile(r"[^\W_]+(?:['’-][^\W_]+)*")
#: Coined names: a word with a digit in it ("S-400", "Chang'e-6", "Apollo-11").
_CODED_NAME = re.compile(r"^(?=.*\d)(?=.*[^\W\d_])")
#: Similarity needed to merge reports from different documents (same date span).
SAME_DATE_QUOTE = 0.5
SAME_DATE_TITLE = 0.6
#: With a shared name, less wording in common is enough.
SHARED_NAME_TITLE = 0.34
SHARED_NAME_QUOTE = 0.3
#: ...and on one exact day, less still.
SAME_DAY_TITLE = 0.25
SAME_DAY_QUOTE = 0.2
#: One date inside the other ("September 2021" and "29 September 2021"): be stricter.
NESTED_QUOTE = 0.6
#: Members of a group a newcomer is compared with (the first ones: the lead and its peers).
MAX_COMPARED = 8
#: A coined name in more documents than this is too common to relate them.
MAX_RELATED = 50


@dataclass(frozen=True, slots=True)
class _Profile:
    """What two reports are compared on."""

    event: Event
    quote_words: frozenset[str]
    title_words: frozenset[str]
    names: frozenset[str]
    kinds: frozenset[str]

    @classmethod
    def of(cls, event: Event) -> _Profile:
        named = {n.lower() for n in (*event.actors, *event.places)}
        # A merged event is compared on every source's sentence, as its members were,
        # so merging its output again changes nothing.
        quotes = " ".join(dict.fromkeys(s.quote for s in event.sources)) or event.quote
        return cls(
            event,
            _words(quotes),
            _words(event.title),
            frozenset(named | _coded(quotes)),
            event_words(event.title),
        )

    def features(self) -> frozenset[str]:
        """What a related report must share with this one to be compared at all."""
        return self.title_words | self.names | self.kinds


@dataclass(slots=True, eq=False)
class _Group:
    """Events found to be one happening; the first one leads."""

    order: int
    members: list[_Profile] = field(default_factory=list)
    documents: set[str] = field(default_factory=set)

    def add(self, profile: _Profile) -> None:
        self.members.append(profile)
        self.documents.update(profile.event.documents)

    def compared(self) -> list[_Profile]:
        """The members a newcomer is compared with: a few suffice, and keep it linear."""
        return self.members[:MAX_COMPARED]


SpanKey = tuple[Day, Day]


class _Index:
    """Groups by year, date span and word, so only plausible pairs are compared.

    A year holds at most a few hundred distinct spans (days, months, seasons…) however
    many events it has; within a span, only groups sharing a title word, a name or an
    event word with the newcomer are candidates. 2,000 reports of one year from ten
    documents then take a fraction of a second instead of seconds.
    """

    def __init__(self) -> None:
        self._by_year: dict[int, dict[SpanKey, dict[str, list[_Group]]]] = {}

    def add(self, group: _Group, profile: _Profile) -> None:
        event = profile.event
        span = (event.when.earliest, event.when.latest)
        for year in _years(event):
            words = self._by_year.setdefault(year, {}).setdefault(span, {})
            for feature in profile.features():
                bucket = words.setdefault(feature, [])
                if not bucket or bucket[-1] is not group:
                    bucket.append(group)

    def candidates(self, profile: _Profile) -> list[_Group]:
        """Groups from other documents with a member whose span equals, contains or lies
        inside the event's and that shares a word with it, oldest first."""
        event = profile.event
        first, last = event.when.earliest, event.when.latest
        docs = set(event.documents)
        features = profile.features()
        found: dict[int, _Group] = {}
        for year in _years(event):
            for (start, end), words in self._by_year.get(year, {}).items():
                if not ((start <= first and last <= end) or (first <= start and end <= last)):
                    continue
                for feature in features & words.keys():
                    found.update(
                        (id(g), g) for g in words[feature] if g.documents.isdisjoint(docs)
                    )
        return sorted(found.values(), key=lambda g: g.order)


def merge_events(events: Iterable[Event]) -> list[Event]:
    """Merge repeats and cross-document reports of the same happening.

    Args:
        events: events in a stable order (documents in load order, then text order);
            they may already carry several sources (re-merging is safe).

    Returns:
        Merged events in the order their first member appeared.
    """
    groups: list[_Group] = []
    by_quote: dict[tuple[str, str], _Group] = {}
    index = _Index()
    profiles = [_Profile.of(event) for event in events]
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


def _related_documents(profiles: list[_Profile]) -> set[frozenset[str]]:
    """Pairs of documents about the same subject: both name one coined name ("Chang'e-6").

    Three reports of one mission rarely repeat its name in every sentence ("The mission
    was launched on May 3"); their documents do.
    """
    by_name: dict[str, set[str]] = {}
    for profile in profiles:
        for name in _coded(profile.event.quote):
            by_name.setdefault(name, set()).update(profile.event.documents)
    pairs = set()
    for documents in by_name.values():
        if len(documents) <= MAX_RELATED:
            pairs.update(frozenset((a, b)) for a in documents for b in documents if a != b)
    return pairs


def _norm(text: str) -> str:
    return " ".join(text.lower().split())


def _words(text: str) -> frozenset[str]:
    """Stemmed content words: no stopwords, date words or bare numbers."""
    return frozenset(
        stem(w) for w in _TOKEN.findall(text.lower()) if w not in _STOPWORDS and not w.isdigit()
    )


def _coded(text: str) -> frozenset[str]:
    """Coined names with a digit in them ("s-400", "chang'e-6")."""
    return frozenset(w for w in _TOKEN.findall(text.lower()) if _CODED_NAME.match(w))


def _years(event: Event) -> range:
    """Calendar years the event's span touches (capped, to bucket candidates cheaply)."""
    first, last = event.when.earliest.year, event.when.latest.year
    return range(first, min(last, first + 10) + 1)


def _similar_group(
    profile: _Profile, index: _Index, related: set[frozenset[str]]
) -> _Group | None:
    """The first group, from other documents only, with a member reporting the same thing."""
    for group in index.candidates(profile):
        if any(_alike(m, profile, related) for m in group.compared()):
            return group
    return None


def _date_relation(a: Event, b: Event) -> str:
    """ "same", "nested" (one span inside the other) or "" for unrelated dates."""
    wa, wb = a.when, b.when
    if wa.value == wb.value or (wa.earliest, wa.latest) == (wb.earliest, wb.latest):
        return "same"
    if wa.earliest == wa.latest == wb.earliest == wb.latest:
        return "same"  # "on Tuesday" and "at 2:07 p.m. on Tuesday": one day
    a_in_b = wb.earliest <= wa.earliest and wa.latest <= wb.latest
    b_in_a = wa.earliest <= wb.earliest and wb.latest <= wa.latest
    return "nested" if a_in_b or b_in_a else ""


def _jaccard(a: frozenset[str], b: frozenset[str]) -> float:
    return len(a & b) / len(a | b) if a and b else 0.0


def _alike(a: _Profile, b: _Profile, related: set[frozenset[str]]) -> bool:
    """Same date and close enough wording for two reports to be one happening?"""
    relation = _date_relation(a.event, b.event)
    if not relation:
        return False
    jq = _jaccard(a.quote_words, b.quote_words)
    if relation == "nested":
        return jq >= NESTED_QUOTE
    jt = _jaccard(a.title_words, b.title_words)
    if jq >= SAME_DATE_QUOTE or jt >= SAME_DATE_TITLE:
        return True
    one_day = max(a.event.when.granularity.rank, b.event.when.granularity.rank)
    if one_day <= Granularity.DAY.rank and a.kinds and b.kinds:
        # One day, and both say what happened: the same kind of happening, told about
        # the same named thing (or in documents about it), is one event; different
        # kinds ("launched", "docked") are different events whatever else they share.
        if not a.kinds & b.kinds:
            return False
        documents = frozenset((*a.event.documents, *b.event.documents))
        return bool(a.names & b.names) or documents in related
    if not a.names & b.names:
        return False
    if one_day <= Granularity.DAY.rank:
        # The same day and the same named party or thing: news rarely means two things.
        return jt >= SAME_DAY_TITLE or jq >= SAME_DAY_QUOTE
    return jt >= SHARED_NAME_TITLE or jq >= SHARED_NAME_QUOTE


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
