"""One event per happening: repeated sentences and cross-document reports merge.

News repeats itself: a photo caption appears twice on a page, and three agencies report
the same summit. Each becomes one event with several sources. Two rules decide:

* the same sentence (case and spacing aside) with the same date value is one event,
  wherever it appears;
* in *different* documents, the same date (or one date inside the other) with similar
  wording (Jaccard over content words of the title and quote) and, for weaker
  similarity, a shared actor, is one event. Within one document, different sentences
  stay different events: a writer who mentions a day twice usually means two things.

The first event of a group (in input order: earliest document, earliest sentence) keeps
its id, so ids stay stable as more documents arrive.
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from dataclasses import dataclass, field, replace

from timeline_app.model import Event, Provenance

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
_TOKEN = re.compile(r"[a-z0-9]+(?:[-'][a-z0-9]+)*")
#: Similarity needed to merge reports from different documents (same date span).
SAME_DATE_QUOTE = 0.5
SAME_DATE_TITLE = 0.6
#: With a shared actor, less wording in common is enough.
SHARED_ACTOR_TITLE = 0.34
SHARED_ACTOR_QUOTE = 0.3
#: One date inside the other ("September 2021" and "29 September 2021"): be stricter.
NESTED_QUOTE = 0.6


@dataclass(slots=True)
class _Group:
    """Events found to be one happening; the first one leads."""

    lead: Event
    members: list[Event] = field(default_factory=list)
    documents: set[str] = field(default_factory=set)
    quote_words: frozenset[str] = frozenset()
    title_words: frozenset[str] = frozenset()
    actors: frozenset[str] = frozenset()


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
    by_year: dict[int, list[_Group]] = {}
    for event in events:
        key = (_norm(event.quote), event.when.value)
        group = by_quote.get(key) or _similar_group(event, by_year)
        if group is None:
            group = _new_group(event)
            groups.append(group)
            for year in _years(event):
                by_year.setdefault(year, []).append(group)
        group.members.append(event)
        group.documents.update(event.documents)
        by_quote.setdefault(key, group)
    return [_combine(g) for g in groups]


def _norm(text: str) -> str:
    return " ".join(text.lower().split())


def _words(text: str) -> frozenset[str]:
    """Content words: no stopwords, date words or bare numbers."""
    return frozenset(
        w for w in _TOKEN.findall(text.lower()) if w not in _STOPWORDS and not w.isdigit()
    )


def _years(event: Event) -> range:
    """Calendar years the event's span touches (capped, to bucket candidates cheaply)."""
    first, last = event.when.earliest.year, event.when.latest.year
    return range(first, min(last, first + 10) + 1)


def _new_group(event: Event) -> _Group:
    return _Group(
        lead=event,
        quote_words=_words(event.quote),
        title_words=_words(event.title),
        actors=frozenset(a.lower() for a in event.actors),
    )


def _similar_group(event: Event, by_year: dict[int, list[_Group]]) -> _Group | None:
    """The first group from other documents that reports the same happening."""
    quote_words, title_words = _words(event.quote), _words(event.title)
    actors = frozenset(a.lower() for a in event.actors)
    docs = set(event.documents)
    seen: set[int] = set()
    for year in _years(event):
        for group in by_year.get(year, []):
            if id(group) in seen or group.documents & docs:
                continue
            seen.add(id(group))
            relation = _date_relation(group.lead, event)
            if relation and _alike(group, quote_words, title_words, actors, relation):
                return group
    return None


def _date_relation(a: Event, b: Event) -> str:
    """ "same", "nested" (one span inside the other) or "" for unrelated dates."""
    wa, wb = a.when, b.when
    if wa.value == wb.value or (wa.earliest, wa.latest) == (wb.earliest, wb.latest):
        return "same"
    a_in_b = wb.earliest <= wa.earliest and wa.latest <= wb.latest
    b_in_a = wa.earliest <= wb.earliest and wb.latest <= wa.latest
    return "nested" if a_in_b or b_in_a else ""


def _jaccard(a: frozenset[str], b: frozenset[str]) -> float:
    return len(a & b) / len(a | b) if a and b else 0.0


def _alike(
    group: _Group,
    quote_words: frozenset[str],
    title_words: frozenset[str],
    actors: frozenset[str],
    relation: str,
) -> bool:
    """Is the wording close enough for two reports to be one happening?"""
    jq = _jaccard(group.quote_words, quote_words)
    jt = _jaccard(group.title_words, title_words)
    if relation == "nested":
        return jq >= NESTED_QUOTE
    if jq >= SAME_DATE_QUOTE or jt >= SAME_DATE_TITLE:
        return True
    return bool(group.actors & actors) and (jt >= SHARED_ACTOR_TITLE or jq >= SHARED_ACTOR_QUOTE)


def _combine(group: _Group) -> Event:
    """One event from a group: the lead's id, title and quote; everyone's sources."""
    lead = group.lead
    if len(group.members) == 1:
        return lead
    sources: dict[tuple[str, int, int, int, int], Provenance] = {}
    for member in group.members:
        for s in member.sources:
            sources.setdefault((s.document, s.start, s.end, s.date_start, s.date_end), s)
    finest = min(group.members, key=lambda e: e.when.latest.ordinal() - e.when.earliest.ordinal())
    return replace(
        lead,
        when=finest.when
        if finest.when.granularity.rank < lead.when.granularity.rank
        else lead.when,
        sources=tuple(sources.values()),
        actors=_union(m.actors for m in group.members),
        places=_union(m.places for m in group.members),
        confidence=max(m.confidence for m in group.members),
    )


def _union(lists: Iterable[tuple[str, ...]]) -> tuple[str, ...]:
    seen: dict[str, str] = {}
    for names in lists:
        for name in names:
            seen.setdefault(name.lower(), name)
    return tuple(seen.values())
