"""Which of a job's documents are really new: the same sorting on any thread.

A job's result may hold documents already on the timeline (the same text under another
path), documents being re-read, and documents removed while they were being re-read.
The worker sorts them against a snapshot to plan the merge; the GUI thread sorts them
again, against the live timeline, for its status line. Qt-free and pure, so both agree
whenever the timeline has not changed in between. :func:`plan_for` is the worker's half.
"""

from __future__ import annotations

import dataclasses
from collections.abc import Iterable
from dataclasses import dataclass
from typing import Any


def without_known_documents(result: Any, known_ids: Iterable[str]) -> tuple[Any, int]:
    """``result`` minus documents already on the timeline (same text, maybe another path).

    Returns the filtered result and how many documents were dropped. Events keep only
    sources from new documents; an event left with none is dropped.
    """
    known = set(known_ids)
    documents = [d for d in result.documents if d.id not in known]
    dropped = len(result.documents) - len(documents)
    if not dropped:
        return result, 0
    events = []
    for event in result.events:
        sources = tuple(s for s in event.sources if s.document not in known)
        if sources:
            events.append(
                event if sources == event.sources else event.with_changes(sources=sources)
            )
    return dataclasses.replace(result, documents=documents, events=events), dropped


@dataclass(frozen=True)
class Incoming:
    """A job's result sorted against the documents on the timeline.

    Attributes:
        result: what to merge (documents already on the timeline removed).
        repeats: documents dropped as already on the timeline.
        reread: ids being re-read that are still on the timeline (they replace theirs).
        removed: ids being re-read that the user removed meanwhile (they stay removed).
    """

    result: Any
    repeats: int
    reread: frozenset[str]
    removed: frozenset[str]


def sort_incoming(result: Any, on_timeline: Iterable[str], rereading: Iterable[str]) -> Incoming:
    """Split ``result`` into what is new, re-read, repeated, or removed meanwhile."""
    on_timeline = set(on_timeline)
    reread = {d.id for d in result.documents} & set(rereading)
    removed = reread - on_timeline
    reread &= on_timeline
    filtered, repeats = without_known_documents(result, (on_timeline - reread) | removed)
    return Incoming(filtered, repeats, frozenset(reread), frozenset(removed))


def plan_for(result: object, snapshot: object | None, rereading: frozenset[str]) -> object | None:
    """The merge of ``result`` into ``snapshot`` (worker thread), or None if nothing to do."""
    from timeline_app import pipeline

    if not isinstance(snapshot, pipeline.Snapshot):
        return None
    incoming = sort_incoming(result, (d.id for d in snapshot.documents), rereading)
    if not (incoming.result.documents or incoming.result.events):
        return None
    return pipeline.plan_merge(snapshot, incoming.result)
