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
events with their date buckets (:func:`merge_new`). A pass after the first walks only
the events a merge touched and those near them; the rest of the list is copied in slices
(the passes: :mod:`timeline_app.core.mergepass`).
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence

from timeline_app.core.gcpause import collector_paused
from timeline_app.core.likeness import Profile
from timeline_app.core.mergeparts import Probe, profile_of, related_documents
from timeline_app.core.mergepass import sparse_pass, whole_pass
from timeline_app.core.rarewords import Rarity
from timeline_app.model import Event

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
    return _merge(list(events), fresh=None, exhaustive=exhaustive)


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
    fresh = {id(e) for e in changed} | {id(e) for e in events[len(existing) :]}
    return _merge(events, fresh=fresh, exhaustive=False)


def _merge(events: list[Event], *, fresh: set[int] | None, exhaustive: bool) -> list[Event]:
    """:func:`_merge_passes` with the garbage collector paused (see :mod:`gcpause`)."""
    with collector_paused():
        return _merge_passes(events, fresh=fresh, exhaustive=exhaustive)


def _merge_passes(events: list[Event], *, fresh: set[int] | None, exhaustive: bool) -> list[Event]:
    """Merge passes to a fixed point; only events in ``fresh`` (by id; ``None``: all)
    may merge, the others are known not to merge with each other.

    After the first pass, an event left on its own can only merge differently in the
    next pass if a group that changed shares its date bucket and a word; every other
    single event is carried over without a look-up (the same result, without the cost).
    """
    # By id(event): an event that a pass left unchanged keeps its profile (which holds
    # the event, so the id cannot be reused by another object meanwhile).
    cache: dict[int, Profile] = {}
    # Merging only unions events' documents and sentences, so which documents share a
    # coined name is the same in every pass: find it once.
    first = [profile_of(e, cache) for e in events]
    related = related_documents(first)
    probe = Probe(Rarity(first))
    run = whole_pass(events, cache, fresh, related, probe)
    merged, fresh = run.result()
    if len(merged) == len(events):
        return merged
    keys = run.settled_keys()
    for _ in range(MAX_PASSES - 1):
        again, fresh = (
            whole_pass(merged, cache, None, related, probe).result()
            if exhaustive
            else sparse_pass(merged, cache, fresh, keys, related, probe)
        )
        if len(again) == len(merged):
            return again
        merged = again
    return merged
