"""One event per happening inside one document: same-day retellings merge, quotes kept.

A news story tells its main happening more than once: in the lead, again further down
with a detail, and in a photo caption. Each sentence with the date becomes an event in
:mod:`timeline_app.core.extract`; this module folds the ones that report *one* happening
on *one* day into a single event that keeps every sentence as a source.

Two events of one document are one happening when both are dated to the same single day
and they say the same thing: close wording (title or sentence), or the same kind of
happening (:mod:`timeline_app.core.eventwords`: "voted", "the vote") told about the same
named party or thing. Different kinds on the same day ("the strike began", "talks broke
down") stay different events, and so do reports of a wider span ("in March"), where a
writer who names the month twice often means two things.

The title and the lead quote come from the article's own sentence rather than from a
photo caption, which repeats the happening in a shorter, staged form.

This is a per-document step and stays linear in practice: events are bucketed by day
first, and only events of one day are compared.
"""

from __future__ import annotations

import re
from collections import defaultdict
from dataclasses import replace

from timeline_app.core.likeness import Profile
from timeline_app.model import Event, Granularity, Provenance

#: Wording that makes two same-day reports one happening on its own.
SAME_TITLE = 0.6
SAME_QUOTE = 0.5
#: With the same kind of happening and a shared name, less wording in common will do.
SAME_KIND_TITLE = 0.25
_ONE_DAY = (Granularity.DAY, Granularity.TIME)
#: A photo credit or caption marker in a sentence: "(Photo: …)", "Picture: …", "AP Photo".
_CAPTION = re.compile(
    r"\((?:photo|picture|image|file photo|credit)\b|\b(?:photo|picture|image|credit)\s*:"
    r"|\b(?:AP|AFP|Reuters|Getty(?:\s+Images)?)\s+(?:photo|images?)\b|/\s*(?:AFP|Reuters|AP)\b",
    re.IGNORECASE,
)


def merge_same_day(events: list[Event], text: str) -> list[Event]:
    """``events`` of one document with same-day retellings of one happening merged.

    Args:
        events: the document's events in text order (one source each, as extracted).
        text: the document's text, to recognise photo captions by their layout.

    Returns:
        Events in the order of their first report; a merged event leads with the
        article's own sentence and keeps every source.
    """
    by_day: dict[int, list[int]] = defaultdict(list)
    for i, event in enumerate(events):
        if event.when.granularity in _ONE_DAY and event.when.earliest == event.when.latest:
            by_day[event.when.earliest.ordinal()].append(i)
    joined_to: dict[int, int] = {}
    for members in by_day.values():
        if len(members) > 1:
            joined_to.update(_groups(events, members))
    groups: dict[int, list[Event]] = defaultdict(list)
    for i, event in enumerate(events):
        groups[joined_to.get(i, i)].append(event)
    return [_combine(groups[first], text) for first in sorted(groups)]


def _groups(events: list[Event], members: list[int]) -> dict[int, int]:
    """Each member's group, as the index of the group's first member."""
    profiles = {i: Profile.of(events[i]) for i in members}
    groups: list[list[int]] = []
    for i in members:
        home = next(
            (g for g in groups if any(same_happening(profiles[k], profiles[i]) for k in g)),
            None,
        )
        if home is None:
            groups.append([i])
        else:
            home.append(i)
    return {k: g[0] for g in groups for k in g}


def same_happening(a: Profile, b: Profile) -> bool:
    """Two reports of one day in one document: the same happening told twice?"""
    if a.event.when.earliest != b.event.when.earliest:
        return False
    jt = _jaccard(a.title_words, b.title_words)
    if jt >= SAME_TITLE or _jaccard(a.quote_words, b.quote_words) >= SAME_QUOTE:
        return True
    if not (a.kinds and b.kinds and a.kinds & b.kinds):
        return False
    return bool(a.names & b.names) or jt >= SAME_KIND_TITLE


def _jaccard(a: frozenset[str], b: frozenset[str]) -> float:
    return len(a & b) / len(a | b) if a and b else 0.0


def is_caption(text: str, source: Provenance) -> bool:
    """A photo caption: a credit in the sentence, or a line of its own ending in a credit."""
    line_end = text.find("\n", source.end)
    line = text[source.start : len(text) if line_end < 0 else line_end]
    return bool(_CAPTION.search(line))


def _combine(members: list[Event], text: str) -> Event:
    """One event from retellings: the first non-caption report leads; all sources kept."""
    if len(members) == 1:
        return members[0]
    ordered = sorted(members, key=lambda e: is_caption(text, e.sources[0]))
    lead = ordered[0]
    sources = tuple(dict.fromkeys(s for e in ordered for s in e.sources))
    return replace(
        lead,
        sources=sources,
        actors=tuple(dict.fromkeys(a for e in ordered for a in e.actors)),
        places=tuple(dict.fromkeys(p for e in ordered for p in e.places)),
        confidence=max(e.confidence for e in members),
    )
