"""Adding a run's events to a timeline: computed anywhere, applied only if still valid.

Merging 50 new articles into a timeline of 16,000 events must not freeze the window, so
the work is split: :func:`plan_merge` computes the merged extraction from a
:class:`Snapshot` of the timeline (on a worker thread; it only compares the new events
with their date buckets, see :func:`timeline_app.core.dedupe.merge_new`), and
:func:`apply_merge` installs it on the GUI thread, but only if the timeline has not
changed since the snapshot was taken; otherwise the caller plans again.
"""

from __future__ import annotations

from dataclasses import dataclass, replace
from typing import TYPE_CHECKING

from timeline_app.core.dedupe import merge_new
from timeline_app.core.gcpause import collector_paused
from timeline_app.model import Document, Event, Timeline

if TYPE_CHECKING:
    from timeline_app.pipeline.results import IngestResult


@dataclass(frozen=True, slots=True)
class Snapshot:
    """The extraction layer of a timeline at one version (cheap: references only)."""

    version: int
    documents: tuple[Document, ...]
    events: tuple[Event, ...]

    @classmethod
    def of(cls, timeline: Timeline) -> Snapshot:
        """Take it on the thread that owns ``timeline`` (the GUI thread)."""
        return cls(
            timeline.extraction_version,
            tuple(timeline.documents.values()),
            tuple(timeline.extracted.values()),
        )


@dataclass(frozen=True, slots=True)
class MergePlan:
    """The merged extraction layer, valid for the snapshot's version only."""

    version: int
    documents: tuple[Document, ...]
    events: tuple[Event, ...]
    new_ids: tuple[str, ...]
    #: Ids of events added, changed or removed against the snapshot: views patch these.
    touched: frozenset[str] = frozenset()


def plan_merge(snapshot: Snapshot, result: IngestResult) -> MergePlan:
    """The timeline's documents and events with ``result`` added, de-duplicated.

    A document already on the timeline is replaced by its new extraction (not added
    twice): its old sources leave their events, and those events are compared again.
    Existing events come first, so their ids survive merging.
    """
    incoming = {d.id for d in result.documents}
    kept: list[Event] = []
    changed: list[Event] = []
    for event in snapshot.events:
        sources = tuple(s for s in event.sources if s.document not in incoming)
        if sources == event.sources:
            kept.append(event)
        elif sources:
            kept.append(replace(event, sources=sources, quote=sources[0].quote))
            changed.append(kept[-1])
    documents = {d.id: d for d in snapshot.documents}
    documents.update((d.id, d) for d in result.documents)
    before = {e.id: e for e in snapshot.events}
    merged = merge_new(kept, result.events, changed=changed)
    after = {e.id for e in merged}
    touched = {e.id for e in merged if before.get(e.id) is not e}
    touched.update(i for i in before if i not in after)
    return MergePlan(
        snapshot.version,
        tuple(documents.values()),
        tuple(merged),
        tuple(e.id for e in merged if e.id not in before),
        frozenset(touched),
    )


def apply_merge(timeline: Timeline, plan: MergePlan) -> list[str] | None:
    """Install ``plan`` and return the ids of new events; None if it is out of date."""
    if plan.version != timeline.extraction_version:
        return None
    with collector_paused():  # the views patch 17,000 events' worth: no collection midway
        timeline.update_extraction(plan.documents, plan.events, plan.touched)
    return list(plan.new_ids)


def merge_into(timeline: Timeline, result: IngestResult) -> list[str]:
    """Add a run's documents and events to a timeline, de-duplicating across both.

    User edits live in their own layer and are untouched.

    Returns:
        Ids of events that were not on the timeline before.
    """
    new_ids = apply_merge(timeline, plan_merge(Snapshot.of(timeline), result))
    assert new_ids is not None  # planned against the current version just now
    return new_ids
