"""Keep the garbage collector from pausing the window over the timeline's own objects.

A timeline of 1,000 articles holds some 200,000 Python objects (events, sources, dates).
CPython's cyclic collector walks all of them on every full collection, and while a worker
thread merges a batch of new articles (allocating as it goes), such a collection holds
the interpreter lock for 0.1–0.15 s: the window freezes mid-merge. None of these objects
is part of a reference cycle (they are freed by reference counting as usual), so once a
timeline is installed they are moved out of the collector's view.
"""

from __future__ import annotations

from timeline_app.core.gcpause import freeze_long_lived


def settle_long_lived() -> None:
    """Exempt every object alive now from later collections (``gc.freeze``).

    Call it after installing a new extraction or loading a project. Objects frozen here
    are still freed by reference counting when dropped; only a cycle among them would be
    kept until the app quits (the timeline's data holds none; the young generation is
    collected first, so fresh cycles are not kept). Merges leave them frozen.
    """
    freeze_long_lived()
