"""Incremental de-duplication gives what a full re-merge gives, and only looks nearby."""

from __future__ import annotations

import random

import pytest

from timeline_app.core import mergepass
from timeline_app.core.dedupe import merge_events, merge_new
from timeline_app.model import Day, Event, Granularity, Provenance, When
from timeline_app.model.event import event_id

WHO = ("the Norvale council", "Kestrel Holdings", "Mara Quill", "the harbour authority")
DID = ("opened the new bridge", "signed the rail agreement", "launched an inquiry", "held a vote")
WHERE = ("Port Alder", "Saltmere", "Westvale")


def _when(rng: random.Random) -> When:
    year, month, day = 2020 + rng.randint(0, 1), rng.randint(1, 3), rng.randint(1, 4)
    if rng.random() < 0.7:
        d = Day(year, month, day)
        return When(d.iso(), d, d, Granularity.DAY, text=d.iso())
    if rng.random() < 0.7:
        return When(
            f"{year}-{month:02d}", Day(year, month), Day(year, month, 28), Granularity.MONTH
        )
    return When(str(year), Day(year), Day(year, 12, 31), Granularity.YEAR)


def generated(n: int, *, documents: int = 12, seed: int = 5) -> list[Event]:
    """Reports from several documents that often tell the same few happenings."""
    rng = random.Random(seed)
    events = []
    for k in range(n):
        when = _when(rng)
        title = f"{rng.choice(WHO)} {rng.choice(DID)}".capitalize()
        tail = rng.choice(("", " after months of talks", " in a short ceremony", f" ({k})"))
        quote = f"{title} in {rng.choice(WHERE)}{tail}."
        doc = f"doc{rng.randrange(documents)}"
        source = Provenance(doc, k * 100, k * 100 + len(quote), k * 100, k * 100 + 4, quote)
        events.append(Event(event_id(quote + doc, when.value), title, when, quote, (source,)))
    return events


@pytest.mark.parametrize(("n", "seed"), [(600, 1), (600, 2), (600, 3), (830, 53)])
def test_incremental_passes_give_the_exhaustive_result(n: int, seed: int) -> None:
    """(830, 53): a settled report joins a merged group in a later pass; a later report,
    near that one but not near the merged one, must then be looked up again too."""
    events = generated(n, seed=seed)
    merged = merge_events(events)
    assert len(merged) < len(events) * 0.8  # the set really merges (several passes' worth)
    assert merged == merge_events(events, exhaustive=True)


@pytest.mark.parametrize("split", [0.5, 0.9, 0.98])
def test_adding_events_to_a_merged_timeline_equals_merging_everything(split: float) -> None:
    events = generated(600, seed=9)
    k = int(len(events) * split)
    existing = merge_events(events[:k])
    assert merge_new(existing, events[k:]) == merge_events([*existing, *events[k:]])


def test_a_new_report_can_join_two_old_ones_together() -> None:
    day = When("2022-10-05", Day(2022, 10, 5), Day(2022, 10, 5), Granularity.DAY, text="5 Oct")

    def ev(quote: str, doc: str) -> Event:
        src = Provenance(doc, 0, len(quote), 0, 3, quote)
        return Event(event_id(quote, day.value), quote[:-1], day, quote, (src,))

    a = ev("Rivertown bridge over the Sable opened to traffic.", "a")
    b = ev("Cars crossed the Sable on the new Rivertown span today.", "b")
    existing = merge_events([a, b])
    assert len(existing) == 2
    bridge = ev("The new Rivertown bridge opened as cars crossed the Sable to traffic.", "c")
    joined = merge_new(existing, [bridge])
    assert [len(e.sources) for e in joined] == [3]  # the second pass joins a and b
    assert joined == merge_events([*existing, bridge])


def test_old_events_far_from_new_ones_are_not_looked_up(monkeypatch: pytest.MonkeyPatch) -> None:
    existing = merge_events(generated(400, seed=4))
    looked_up: list[Event] = []
    similar = mergepass.similar_group

    def spy(profile, index, related):  # type: ignore[no-untyped-def]
        looked_up.append(profile.event)
        return similar(profile, index, related)

    monkeypatch.setattr(mergepass, "similar_group", spy)
    far = When("1850", Day(1850), Day(1850, 12, 31), Granularity.YEAR)
    quote = "A treaty was signed in Highcross."
    new = Event(event_id(quote, far.value), "Treaty signed", far, quote,
                (Provenance("z", 0, len(quote), 0, 4, quote),))  # fmt: skip
    out = merge_new(existing, [new])
    assert out == [*existing, new]
    assert looked_up == [new]


def test_the_same_sentence_again_joins_an_old_event_no_newcomer_could_find() -> None:
    """A report that shares a document with an old event is never compared with it, yet
    the same sentence with the same date is one event wherever it appears."""
    day = When("2021-03-02", Day(2021, 3, 2), Day(2021, 3, 2), Granularity.DAY, text="2 March")
    quote = "The Saltmere ferry resumed service on 2 March."

    def ev(doc: str, start: int) -> Event:
        src = Provenance(doc, start, start + len(quote), start + 36, start + 43, quote)
        return Event(event_id(quote + str(start), day.value), "Ferry resumed", day, quote, (src,))

    old = merge_events([ev("a", 0), *generated(60, seed=9)])
    again = ev("a", 500)  # the caption repeats the sentence further down the page
    out = merge_new(old, [again])
    assert out == merge_events([*old, again])
    assert len(out) == len(old)
    assert [len(e.sources) for e in out if e.title == "Ferry resumed"] == [2]
