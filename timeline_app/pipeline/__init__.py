"""Files in, merged events out: loading, reference dates, tagging, events, de-duplication.

The one place that strings the engine together and may touch the disk (the extraction
cache). Every file is independent (:func:`extract_document`, the pure per-document
step): a file that cannot be read or that trips the engine becomes a :class:`FileError`
and the others carry on. Documents go through spaCy in small batches (``nlp.pipe``), in
this process, a process pool (``jobs``) or a Dask cluster (``cluster``), with the same
results in the same order; documents already in the cache are never parsed at all. Only
the final de-duplication is global. Runs on a worker thread in the GUI, so it reports
progress and checks for cancellation between files, and hands back only model objects.
"""

from __future__ import annotations

import os
from collections.abc import Callable, Iterable, Iterator, Sequence
from dataclasses import dataclass, field

from timeline_app.core.dedupe import merge_events
from timeline_app.io.articles import expand_paths
from timeline_app.model import Day, Document, Event
from timeline_app.pipeline import parallel
from timeline_app.pipeline.budget import Watchdog, budget_seconds
from timeline_app.pipeline.cache import ExtractionCache
from timeline_app.pipeline.document import (
    BATCH_SIZE,
    Source,
    extract_document,
    extract_documents,
    prepare,
    source_name,
)
from timeline_app.pipeline.merging import (
    MergePlan,
    Snapshot,
    apply_merge,
    merge_into,
    plan_merge,
)
from timeline_app.pipeline.parallel import ClusterUnavailable, default_jobs
from timeline_app.pipeline.results import DocumentResult, FileError, IngestResult

__all__ = [
    "BATCH_SIZE",
    "ClusterUnavailable",
    "DocumentResult",
    "FileError",
    "IngestResult",
    "MergePlan",
    "Snapshot",
    "apply_merge",
    "default_jobs",
    "extract_document",
    "extract_documents",
    "ingest",
    "ingest_documents",
    "merge_into",
    "plan_merge",
    "prepare",
]

Progress = Callable[[int, int, str], None]
Cancelled = Callable[[], bool]


def ingest(
    paths: Iterable[str | os.PathLike[str]],
    *,
    reference_date: Day | None = None,
    progress: Progress | None = None,
    cancelled: Cancelled | None = None,
    use_cache: bool = True,
    jobs: int = 1,
    cluster: str | None = None,
    language: str = "",
) -> IngestResult:
    """Read files and folders and extract their events.

    Args:
        paths: files and folders (walked recursively for supported files).
        reference_date: the user's reference date; overrides what documents say.
        progress: called as ``progress(done_files, total_files, current_path)``.
        cancelled: polled between files; returning True stops the run early.
        use_cache: read and write the extraction cache.
        jobs: worker processes (1: this process; each worker loads the model once).
        cluster: a Dask scheduler address, or "local" for a LocalCluster of ``jobs``
            workers; raises :class:`ClusterUnavailable` when it cannot be used.
        language: the user's language code for every file ("" = detect per document).

    Returns:
        Documents, merged events, mentions and per-file errors; a document past its
        time budget (:mod:`timeline_app.pipeline.budget`) is one of the errors.
    """
    sources: list[Source] = [str(p) for p in expand_paths(paths)]
    return _ingest(
        sources, reference_date, progress, cancelled, use_cache, jobs, cluster, language
    )


def ingest_documents(
    documents: Iterable[Document],
    *,
    reference_date: Day | None = None,
    progress: Progress | None = None,
    cancelled: Cancelled | None = None,
    use_cache: bool = True,
    jobs: int = 1,
    cluster: str | None = None,
) -> IngestResult:
    """Like :func:`ingest`, for documents already in memory (pasted text, tests)."""
    sources: list[Source] = list(documents)
    return _ingest(sources, reference_date, progress, cancelled, use_cache, jobs, cluster, "")


@dataclass(slots=True)
class _Run:
    """Progress, cancellation and the accumulated output of one ingest."""

    progress: Progress | None
    cancelled: Cancelled | None
    total: int
    done: int = 0
    result: IngestResult = field(default_factory=IngestResult)
    raw_events: list[Event] = field(default_factory=list)

    def report(self, current: str) -> None:
        if self.progress is not None:
            self.progress(self.done, self.total, current)

    def stop(self) -> bool:
        if self.cancelled is not None and self.cancelled():
            self.result.cancelled = True
        return self.result.cancelled

    def add(self, item: DocumentResult) -> None:
        """One document's result, in input order; a repeated text is dropped."""
        result = self.result
        if item.error is not None:
            result.errors.append(item.error)
        elif item.document is not None and item.document.id not in result.mentions:
            result.documents.append(item.document)
            result.mentions[item.document.id] = list(item.mentions)
            self.raw_events.extend(item.events)
        self.done += 1
        self.report(item.path)


def _ingest(
    sources: Sequence[Source],
    reference_date: Day | None,
    progress: Progress | None,
    cancelled: Cancelled | None,
    use_cache: bool,
    jobs: int,
    cluster: str | None,
    language: str,
) -> IngestResult:
    if use_cache:
        ExtractionCache().prune()
    run = _Run(progress, cancelled, total=len(sources))
    if sources:
        run.report(source_name(sources[0]))
    # interrupts a document past its time budget, and the one being read at Cancel
    with Watchdog(budget_seconds(), cancelled) as watch:
        results = _results(
            sources, reference_date, use_cache, run.stop, jobs, cluster, language, watch
        )
        for item in results:
            run.add(item)
    run.stop()
    run.result.events = merge_events(run.raw_events)
    if not run.result.cancelled:
        run.report("")
    return run.result


def _results(
    sources: Sequence[Source],
    reference_date: Day | None,
    use_cache: bool,
    stop: Cancelled,
    jobs: int,
    cluster: str | None,
    language: str,
    watch: Watchdog,
) -> Iterator[DocumentResult]:
    if cluster:
        return parallel.run_cluster(
            sources, reference_date, use_cache, stop, cluster, jobs, language=language
        )
    if jobs > 1 and len(sources) > BATCH_SIZE:
        return parallel.run_pool(sources, reference_date, use_cache, stop, jobs, language=language)
    return parallel.run_local(
        sources, reference_date, use_cache, stop, language=language, watch=watch
    )
