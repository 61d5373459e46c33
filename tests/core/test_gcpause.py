"""A merge leaves the garbage collector on, and no collection waiting for the next thread."""

from __future__ import annotations

import gc

import pytest

from tests.core.test_dedupe_incremental import generated
from timeline_app.core import gcpause
from timeline_app.core.dedupe import merge_events
from timeline_app.core.gcpause import collector_paused


def test_no_collection_runs_as_a_merge_ends() -> None:
    """Switched back on, the collector used to walk every object the merge kept (60 ms
    for 16,000 events, on whichever thread allocated next: the window's, say)."""
    events = generated(3000, seed=2)
    collections: list[int] = []

    def watch(phase: str, info: dict[str, int]) -> None:
        if phase == "start":
            collections.append(info["generation"])

    gc.collect()
    gc.callbacks.append(watch)
    try:
        merged = merge_events(events)
        leftover = [[k] for k in range(100)]  # the next allocations, as the caller's
    finally:
        gc.callbacks.remove(watch)
    assert merged
    assert leftover
    assert gc.isenabled()
    assert collections == []


def test_a_collector_switched_off_stays_off() -> None:
    gc.disable()
    try:
        with collector_paused(), collector_paused():
            assert not gc.isenabled()
        assert not gc.isenabled()
    finally:
        gc.enable()
    with collector_paused():
        assert not gc.isenabled()
    assert gc.isenabled()


def test_objects_the_window_froze_stay_frozen_after_a_merge(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    """The window freezes its timeline out of the collector; a merge must not hand it
    back, or every full collection walks 200,000 objects again."""
    monkeypatch.setattr(gcpause, "_kept_frozen", False)  # restored after the test
    kept = [[k] for k in range(1000)]
    gcpause.freeze_long_lived()
    try:
        frozen = gc.get_freeze_count()
        merge_events(generated(300, seed=4))
        assert gc.get_freeze_count() >= frozen
    finally:
        gc.unfreeze()
    assert kept
