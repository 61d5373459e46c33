"""Benchmarks of scale: the window while articles arrive, repeated text, cores, clusters.

Rows (section "scale"), each a ratio against a baseline timed in the same run:

- GUI stall adding 50 articles to a timeline of 1,000 (16 events each): the longest gap
  of a 10 ms QTimer on the GUI thread while the real window takes a job's result, with
  the merge planned on the worker (now) against a full ``merge_events`` re-merge on the
  GUI thread (before). Both include the window's own refresh.
- ``merge_new`` (only the new events compared) against ``merge_events`` over everything.
- Repeated text: one text of a 5 KB article repeated to 1 MB against 100 KB of it
  (10 would be linear in the text's length; below 10, copies are nearly free).
- ``--jobs 2`` against one process, and ``--cluster local`` (a 2-worker Dask
  LocalCluster, start-up included) against one process, on the same articles.
- On the TimeBank/AQUAINT texts when ``../shared/tempeval`` is there: the command
  ``timeline-app extract DIR --no-cache --json --jobs 2`` against one process running
  spaCy's full pipeline on whole texts (``TIMELINE_PARSE_ALL=1``, what the app did before
  it parsed only dated sentences), and against one process as it is now; whole commands,
  process start and model loading included.
"""

from __future__ import annotations

import itertools
import os
import random
import tempfile
import time
from pathlib import Path
from typing import Any

from perf_synth import make_article, make_documents, make_events
from perf_timing import Row, interleaved, median_time, timed


def bench_scale(
    n_articles: int,
    *,
    added: int = 50,
    base: int = 1000,
    text: int = 1_000_000,
    repeat: int = 1,
    tbaq: bool = True,
) -> list[Row]:
    """Every row of the section (see the module docstring)."""
    rows = [bench_gui_stall(base, added), bench_merge_new(base, added, repeat=repeat)]
    rows.append(bench_repeated_text(text, repeat=repeat))
    rows += bench_parallel(n_articles)
    if tbaq:
        rows += bench_tbaq_jobs()
    return rows


def _merge_sets(base: int, added: int) -> tuple[Any, Any, Any]:
    """A merged timeline of ``base`` articles and a job result of ``added`` more."""
    from timeline_app.core.dedupe import merge_events
    from timeline_app.pipeline import IngestResult

    docs, events = make_events((base + added) * 16, documents=base + added)
    new_ids = {d.id for d in docs[base:]}
    old = merge_events([e for e in events if e.sources[0].document not in new_ids])
    new = merge_events([e for e in events if e.sources[0].document in new_ids])
    return docs[:base], old, IngestResult(documents=docs[base:], events=new)


def bench_gui_stall(base: int, added: int) -> Row:
    """Longest GUI-thread gap while the window merges a job's result: worker vs GUI."""
    from perf_canvas import _app
    from PySide6.QtCore import QSettings

    from timeline_app.core.gcpause import freeze_long_lived
    from timeline_app.pipeline.merging import Snapshot, apply_merge, plan_merge
    from timeline_app.ui.controllers.workers import JobOutcome
    from timeline_app.ui.window.main_window import MainWindow

    app = _app()
    docs, old, result = _merge_sets(base, added)
    with tempfile.TemporaryDirectory(prefix="timeline-perf-") as folder:
        settings = QSettings(str(Path(folder) / "s.ini"), QSettings.Format.IniFormat)
        window = MainWindow(settings=settings)
        window.show()

        def reset() -> None:  # as a batch or a project load leaves it (both settle it)
            window.timeline.set_extraction(docs, old)
            freeze_long_lived()
            _settle(app, 0.3)

        def on_worker() -> None:  # an extraction job hands its result over, as in a drop
            queue = window.ingest.queue
            queue._jobs[-1] = None  # type: ignore[assignment]  # that job, still running
            queue._on_job_finished(-1, JobOutcome(result, (), False, None))

        def on_gui() -> None:  # what the window did before: a full re-merge, GUI thread
            _merge_into_before(window.timeline, result)

        reset()
        worker_gap = _longest_gap(app, on_worker, lambda: not window.ingest.is_busy())
        events = len(window.timeline.extracted)
        reset()
        gui_gap = _longest_gap(app, on_gui, lambda: True)
        reset()  # the views alone: install the planned merge, nothing computed
        plan = plan_merge(Snapshot.of(window.timeline), result)
        views = _longest_gap(app, lambda: apply_merge(window.timeline, plan), lambda: True)
        window.projects.set_dirty(False)
        window.close()
    note = (f"longest 10 ms-timer gap {worker_gap * 1000:.0f} ms, of which the window's "
            f"refresh on the new extraction {views * 1000:.0f} ms; {events:,} events")  # fmt: skip
    return Row("scale", f"GUI stall, {added} articles added to {base:,} (merge on worker)",
               worker_gap, "full re-merge on the GUI thread (before)", gui_gap, note)  # fmt: skip


def _merge_into_before(timeline: Any, result: Any) -> None:
    """``pipeline.merge_into`` as it was: ``merge_events`` over old and new events."""
    from timeline_app.core.dedupe import merge_events

    merged = merge_events([*timeline.extracted.values(), *result.events])
    timeline.set_extraction([*timeline.documents.values(), *result.documents], merged)


def bench_merge_new(base: int, added: int, *, repeat: int = 1) -> Row:
    """Adding ``added`` articles' events to ``base`` merged ones: ``merge_new`` vs full."""
    from timeline_app.core.dedupe import merge_events, merge_new

    _, old, result = _merge_sets(base, added)
    new_s, full_s = interleaved(
        lambda: merge_new(old, result.events),
        lambda: merge_events([*old, *result.events]),
        repeat,
    )
    return Row("scale", f"merge_new, {added} articles' events into {len(old):,}", new_s,
               "merge_events over all of them (before)", full_s, "same result")  # fmt: skip


def _settle(app: Any, seconds: float) -> None:
    end = time.perf_counter() + seconds
    while time.perf_counter() < end:
        app.processEvents()
        time.sleep(0.005)


def _longest_gap(app: Any, action: Any, done: Any) -> float:
    """Run ``action`` from the event loop; the longest gap between 10 ms timer ticks."""
    from PySide6.QtCore import QTimer

    ticks: list[float] = []
    timer = QTimer()
    timer.setInterval(10)
    timer.timeout.connect(lambda: ticks.append(time.perf_counter()))
    timer.start()
    _settle(app, 0.1)
    QTimer.singleShot(0, action)
    _settle(app, 0.05)
    deadline = time.perf_counter() + 120
    while not done() and time.perf_counter() < deadline:
        app.processEvents()
        time.sleep(0.002)
    _settle(app, 0.2)
    timer.stop()
    return max(b - a for a, b in itertools.pairwise(ticks))


def bench_repeated_text(size: int = 1_000_000, *, repeat: int = 1) -> Row:
    """``size`` characters of one repeated 5 KB article against a tenth of it (``ingest``)."""
    from timeline_app import pipeline
    from timeline_app.core import nlp
    from timeline_app.io.articles import document_from_text

    nlp.load_nlp()
    rng = random.Random(3)
    article = "\n\n".join(make_article(rng) for _ in range(2)) + "\n\n"
    small = document_from_text(article * max(1, size // 10 // len(article)), path="small.txt")
    big = document_from_text(article * max(1, size // len(article)), path="big.txt")
    big_s, small_s = interleaved(
        lambda: pipeline.ingest_documents([big], use_cache=False),
        lambda: pipeline.ingest_documents([small], use_cache=False),
        repeat,
    )
    return Row("scale", f"one text, a {len(article) // 1000} KB article repeated to "
               f"{len(big.text) // 1000:,} KB", big_s, f"{len(small.text) // 1000:,} KB of it",
               small_s, "10 = linear in the text's length")  # fmt: skip


def bench_parallel(n_articles: int) -> list[Row]:
    """``ingest`` with 2 worker processes and on a local Dask cluster, vs one process."""
    from timeline_app import pipeline
    from timeline_app.core import nlp

    nlp.load_nlp()
    docs = make_documents(n_articles, seed=17)
    with tempfile.TemporaryDirectory(prefix="timeline-perf-") as folder:
        paths = []
        for doc in docs:
            paths.append(Path(folder) / Path(doc.path).name)
            paths[-1].write_text(doc.text, encoding="utf-8")
        one_s = median_time(lambda: pipeline.ingest(paths, use_cache=False), 1)
        pipeline.ingest(paths[:8], use_cache=False, jobs=2)  # start the pool, load models
        two_s = timed(lambda: pipeline.ingest(paths, use_cache=False, jobs=2))
        rows = [Row("scale", f"ingest {n_articles} articles, --jobs 2 (pool started)", two_s,
                    "one process", one_s, f"{os.cpu_count()} cores")]  # fmt: skip
        try:
            import distributed  # noqa: F401
        except ImportError:
            return rows
        cluster_s = timed(lambda: pipeline.ingest(paths, use_cache=False, cluster="local", jobs=2))
        rows.append(Row("scale", f"ingest {n_articles} articles, --cluster local, 2 workers",
                        cluster_s, "one process", one_s, "cluster start-up included"))  # fmt: skip
    return rows


SHARED_TBAQ = Path(__file__).resolve().parents[2] / "shared" / "tempeval" / "tbaq"


def bench_tbaq_jobs(folder: Path = SHARED_TBAQ) -> list[Row]:
    """``extract --jobs 2`` on the TBAQ texts vs one process (whole commands); [] without them."""
    import subprocess
    import sys

    from timeml import read_corpus

    if not folder.is_dir():
        return []
    docs = read_corpus(folder)
    with tempfile.TemporaryDirectory(prefix="timeline-tbaq-") as tmp:
        texts = Path(tmp) / "texts"
        texts.mkdir()
        for doc in docs:
            (texts / f"{doc.name}.txt").write_text(doc.text, encoding="utf-8")
        size = sum(len(d.text) for d in docs)

        def extract(jobs: int, parse_all: bool = False) -> bytes:
            env = {k: v for k, v in os.environ.items() if k != "TIMELINE_PARSE_ALL"}
            env["TIMELINE_CACHE_DIR"] = str(Path(tmp) / "cache")
            if parse_all:
                env["TIMELINE_PARSE_ALL"] = "1"
            command = [sys.executable, "-m", "timeline_app", "extract", str(texts), "--no-cache",
                       "--json", "--jobs", str(jobs)]  # fmt: skip
            return subprocess.run(command, env=env, capture_output=True, check=True).stdout

        out: dict[str, bytes] = {}
        two_s = timed(lambda: out.__setitem__("two", extract(2)))
        one_s = timed(lambda: out.__setitem__("one", extract(1)))
        full_s = timed(lambda: extract(1, parse_all=True))
    same = "identical output" if out["two"] == out["one"] else "OUTPUT DIFFERS"
    label = f"extract {len(docs)} TBAQ texts ({size // 1000:,} KB), --jobs 2"
    return [
        Row("scale", label, two_s, "one process, spaCy's full pipeline", full_s,
            f"whole commands; {os.cpu_count()} cores"),
        Row("scale", label, two_s, "one process (dated sentences parsed)", one_s, same),
    ]  # fmt: skip
