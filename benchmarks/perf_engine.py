"""Benchmarks of the parts without Qt: engine, tagger, timeline model and project files.

Each function builds its own synthetic input, times the subject against a baseline in the
same run (see :mod:`perf_timing`) and returns :class:`~perf_timing.Row` objects.
"""

from __future__ import annotations

import json
import math
import os
import re
import tempfile
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from pathlib import Path

from perf_synth import make_documents, make_events, make_timeline
from perf_timing import Row, interleaved, median_time, rate, timed

from timeline_app.model import Day, Event

_YEAR = re.compile(r"\b\d{4}\b")
#: Reference date for the tagger, so relative phrases resolve as they do after ingest.
_REFERENCE = Day(2024, 6, 1)


@contextmanager
def _cache_dir() -> Iterator[Path]:
    """Point the extraction cache at a fresh temporary folder, and back afterwards."""
    from timeline_app.pipeline.cache import CACHE_ENV

    before = os.environ.get(CACHE_ENV)
    with tempfile.TemporaryDirectory(prefix="timeline-perf-cache-") as folder:
        os.environ[CACHE_ENV] = folder
        try:
            yield Path(folder)
        finally:
            if before is None:
                os.environ.pop(CACHE_ENV, None)
            else:
                os.environ[CACHE_ENV] = before


def bench_engine(n_articles: int, *, repeat: int = 1, hit_repeat: int = 3) -> list[Row]:
    """``ingest_documents`` against bare ``nlp.pipe`` on the same texts; cache hit vs cold.

    The model is loaded and warmed up first, so neither side pays for loading it.
    """
    from timeline_app import pipeline
    from timeline_app.core import nlp

    docs = make_documents(n_articles)
    texts = [d.text for d in docs]
    model = nlp.load_nlp()
    if model is None:
        raise RuntimeError(f"the spaCy model is not available: {nlp.model_status()}")
    list(model.pipe(texts[:2]))  # first call allocates; keep it out of the figures

    def run_ingest() -> None:
        result = pipeline.ingest_documents(docs, use_cache=False)
        events[:] = result.events

    events: list[Event] = []
    bare = lambda: list(model.pipe(texts, batch_size=pipeline.BATCH_SIZE))  # noqa: E731
    ingest_s, pipe_s = interleaved(run_ingest, bare, repeat)
    with _cache_dir():
        cold_s = timed(lambda: pipeline.ingest_documents(docs))
        hit_s = median_time(lambda: pipeline.ingest_documents(docs), hit_repeat)
    words = sum(len(t.split()) for t in texts)
    return [
        Row("engine", f"ingest_documents, {n_articles} articles (no cache)", ingest_s,
            "`nlp.pipe`, same texts", pipe_s,
            f"{rate(n_articles, ingest_s, 'articles')}; {words:,} words; "
            f"{len(events):,} events"),
        Row("engine", "ingest_documents, cache hit", hit_s,
            "ingest_documents, cold cache (writes entries)", cold_s,
            rate(n_articles, hit_s, "articles")),
    ]  # fmt: skip


def bench_tagger(n_articles: int, *, dateparser_articles: int, repeat: int = 3) -> list[Row]:
    """``core.tagger.tag`` against ``dateparser.search.search_dates`` and a year regex.

    ``search_dates`` gets ``languages=["en"]`` (its fastest honest setting: language
    detection alone makes it ~15x slower) and only the first ``dateparser_articles``
    texts, because it is slow; ``tag`` is timed again on exactly those texts.
    """
    from dateparser.search import search_dates

    from timeline_app.core import tagger

    texts = [d.text for d in make_documents(n_articles, seed=21)]
    few = texts[:dateparser_articles]
    chars, few_chars = sum(map(len, texts)), sum(map(len, few))
    tagger.tag(texts[0])  # compile the rule tables and load dateparser's locale data
    search_dates("on 3 May 2020", languages=["en"])
    tag_all, regex_s = interleaved(
        lambda: [tagger.tag(t, reference=_REFERENCE) for t in texts],
        lambda: [_YEAR.findall(t) for t in texts],
        repeat,
    )
    tag_few, dp_s = interleaved(
        lambda: [tagger.tag(t, reference=_REFERENCE) for t in few],
        lambda: [search_dates(t, languages=["en"]) for t in few],
        max(1, repeat // 3),
    )
    return [
        Row("tagger", f"tagger.tag, {len(few)} articles", tag_few,
            '`search_dates(text, languages=["en"])`', dp_s,
            f"tag {rate(few_chars, tag_few, 'chars')}; search_dates "
            f"{rate(few_chars, dp_s, 'chars')}"),
        Row("tagger", f"tagger.tag, {len(texts)} articles", tag_all,
            r"regex `\b\d{4}\b` findall", regex_s, rate(chars, tag_all, "chars")),
    ]  # fmt: skip


def bench_model(n_events: int, *, repeat: int = 5) -> list[Row]:
    """``Timeline.events()`` (combine edits, sort) against ``sorted()`` with the same key.

    Also one id lookup, ``Timeline.event(id)``, against a dict lookup: the UI calls it
    per selected event.
    """
    timeline = make_timeline(n_events)
    docs, raw = list(timeline.documents.values()), list(timeline.extracted.values())

    def key(e: Event) -> tuple[int, int, str]:
        return (*e.when.sort_key(), e.title)

    combine_s, sort_s = interleaved(
        timeline.events,
        lambda: sorted(raw, key=key),
        repeat,
        setup=lambda: timeline.set_extraction(docs, raw),  # drops the cached combine
    )
    shown = timeline.events()
    ids = [shown[i].id for i in range(0, len(shown), max(1, len(shown) // 20))]
    by_id = {e.id: e for e in shown}
    lookup_s, dict_s = interleaved(
        lambda: [timeline.event(i) for i in ids], lambda: [by_id.get(i) for i in ids], repeat
    )
    edited = len(timeline.edits)
    return [
        Row("model", f"Timeline.events() combine, {n_events:,} events ({edited:,} edits)",
            combine_s, "sorted(), same events and key", sort_s,
            rate(n_events, combine_s, "events")),
        Row("model", f"Timeline.event(id), {len(ids)} ids", lookup_s, "dict.get, same ids", dict_s,
            f"{lookup_s / len(ids) * 1000:.1f} ms per lookup"),
    ]  # fmt: skip


def bench_dedupe(n_events: int, *, repeat: int = 1) -> list[Row]:
    """``core.dedupe.merge_events`` on ``2n`` events against itself on ``n``: the scaling.

    Extraction runs it over a whole run's events (adding to a timeline uses ``merge_new``,
    which compares only the new events). A ratio of 2 is linear, 4 quadratic. Twice the
    events come two ways: an archive twice as long (the same events again, three centuries
    later, from other documents: the same density of reports per day), and twice the
    reports of the same days (every other event of the ``2n`` is the ``n`` set: twice
    the density, so about four times the coincidental look-alikes to compare and merge).
    Every run is a first merge of its events, as in extraction: the profiles merging
    keeps between runs (which the window's repeated merges reuse) are dropped first; the
    ratio with them kept is in the note. The issue's own measure, ``n/2`` to ``4n`` events
    of 1,000 documents, gives an exponent. Also against ``sorted()`` of the ``2n`` events.
    """
    from timeline_app.core.dedupe import merge_events
    from timeline_app.core.mergeparts import forget_profiles

    def first(events: list[Event]) -> Callable[[], object]:
        return lambda: (forget_profiles(), merge_events(events))

    repeat = max(3, repeat)  # short runs: a few more of them steady the median
    docs = max(10, n_events // 25)
    _, one = make_events(n_events, documents=docs)
    _, later = make_events(n_events, documents=docs, seed=12, shift_years=300)
    longer = one + later
    long_s, one_s = interleaved(first(longer), first(one), repeat)
    _, events = make_events(2 * n_events, documents=docs)
    half = events[::2]
    big_s, small_s = interleaved(first(events), first(half), repeat)
    warm_big, warm_small = interleaved(
        lambda: merge_events(events), lambda: merge_events(half), repeat
    )
    _, small = make_events(n_events // 2)
    _, large = make_events(4 * n_events)
    large_s, few_s = interleaved(first(large), first(small), max(1, repeat // 2))
    exponent = math.log(large_s / few_s) / math.log(8)
    sort_s = median_time(lambda: sorted(events, key=lambda e: e.when.sort_key()), 3)
    return [
        Row("dedupe", f"merge_events, {len(longer):,} events over twice the years", long_s,
            f"merge_events, {len(one):,} events", one_s,
            f"2 = linear, 4 = quadratic; exponent {math.log2(long_s / one_s):.2f}"),
        Row("dedupe", f"merge_events, {len(events):,} events on the same days", big_s,
            f"merge_events, {len(half):,} events", small_s,
            f"twice the reports per day; exponent {math.log2(big_s / small_s):.2f}; "
            f"{warm_big / warm_small:.2f} with profiles kept"),
        Row("dedupe", f"merge_events, {len(large):,} events of 1,000 documents", large_s,
            f"merge_events, {len(small):,} events", few_s,
            f"eight times the events; exponent {exponent:.2f} (1 = linear)"),
        Row("dedupe", f"merge_events, {len(events):,} events", big_s,
            "sorted() by date, same events", sort_s, rate(len(events), big_s, "events")),
    ]  # fmt: skip


def bench_project(n_events: int, *, repeat: int = 3) -> list[Row]:
    """``io.project`` save/load against ``json.dumps``/``json.loads`` of the same dict."""
    from timeline_app.io.project import load_project, project_to_dict, save_project

    timeline = make_timeline(n_events)
    data = project_to_dict(timeline, {"range": [0.0, 1.0]})
    with tempfile.TemporaryDirectory(prefix="timeline-perf-project-") as folder:
        path = Path(folder) / "bench.timeline.json"
        save_s, dumps_s = interleaved(
            lambda: save_project(path, timeline, {"range": [0.0, 1.0]}),
            lambda: json.dumps(data),
            repeat,
        )
        text = path.read_text(encoding="utf-8")
        load_s, loads_s = interleaved(lambda: load_project(path), lambda: json.loads(text), repeat)
    size = f"{len(text.encode()) / 1e6:.1f} MB file"
    return [
        Row("project", f"save_project, {n_events:,} events", save_s, "json.dumps, same dict",
            dumps_s, f"{size}; {rate(n_events, save_s, 'events')}"),
        Row("project", f"load_project, {n_events:,} events", load_s, "json.loads, same text",
            loads_s, rate(n_events, load_s, "events")),
    ]  # fmt: skip
