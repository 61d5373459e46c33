"""Pausing Python's cyclic garbage collector while de-duplication allocates.

Merging 16,000 events allocates hundreds of thousands of short-lived objects (profiles,
groups, combined events) and creates no reference cycles: reference counting frees all
of it. Yet every few thousand allocations the collector walks the young objects, and
now and then *every* live object, the whole timeline included: on twice the events that
costs more than twice the time (measured: 2.3× with the collector, 1.84× without), and
on a worker thread each full pass holds the interpreter lock for a tenth of a second,
which the window feels. So the collector is paused for the length of a merge.
"""

from __future__ import annotations

import gc
import threading
from collections.abc import Iterator
from contextlib import contextmanager

_lock = threading.Lock()
_depth = 0
_resume = False
#: Whether :func:`freeze_long_lived` has frozen objects that must stay frozen.
_kept_frozen = False


@contextmanager
def collector_paused() -> Iterator[None]:
    """Run the block with automatic collection off; nested and concurrent uses are safe.

    The collector is switched back on when the last block ends, and only if it was on
    when the first began (an application that turned it off keeps it off).
    """
    global _depth, _resume
    with _lock:
        if _depth == 0:
            _resume = gc.isenabled()
            gc.disable()
        _depth += 1
    try:
        yield
    finally:
        with _lock:
            _depth -= 1
            if _depth == 0 and _resume:
                _promote_young()
                gc.enable()


def _promote_young() -> None:
    """Move every young object to the oldest generation, without looking at them.

    Switched back on, the collector would find the block's allocations far past its
    threshold and walk every survivor at once (a merge's profiles and indexes: 60 ms
    for 16,000 events, most of it cache misses), on whichever thread allocates next.
    ``freeze`` then ``unfreeze`` moves them to the oldest generation as they are: they
    are looked at in the next full collection, like any long-lived object. Objects
    without cycles are freed by reference counting meanwhile, as always.

    Not once :func:`freeze_long_lived` has run (the window freezes its timeline):
    ``unfreeze`` would hand those objects back to the collector. (Asking the collector
    instead, ``gc.get_freeze_count()``, walks every frozen object: 18 ms on a window of
    1,000 articles.)
    """
    if _kept_frozen:
        return
    gc.freeze()
    gc.unfreeze()


def freeze_long_lived() -> None:
    """Exempt every object alive now from later collections (``gc.freeze``), for good.

    The window calls it after installing a new extraction or loading a project. A
    timeline of 1,000 articles holds some 200,000 Python objects (events, sources,
    dates); the collector walked all of them on every full collection, and while a
    worker thread merged a batch of new articles, such a collection held the interpreter
    lock for 0.1–0.15 s: the window froze mid-merge. None of these objects is part of a
    reference cycle, so they are moved out of the collector's view.

    Objects frozen here are still freed by reference counting when dropped; only a cycle
    among them would be kept until the process ends (so the young generation is
    collected first: fresh cycles are not kept). Merges leave them frozen.
    """
    global _kept_frozen
    gc.collect(0)
    gc.freeze()
    _kept_frozen = True
