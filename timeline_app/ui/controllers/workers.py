"""Extraction off the GUI thread: a one-thread pool, a queue of jobs, signals back.

Only ``Path``, ``str`` and model objects cross threads: a job gets paths or
:class:`Document` objects and a snapshot of the timeline, and hands back the pipeline's
``IngestResult`` with the merge already planned against that snapshot
(``pipeline.plan_merge``: merging 50 articles into 16,000 events is seconds of work, so
it must not run on the GUI thread). The GUI thread alone touches the Timeline: it
applies the plan if the timeline is still at the snapshot's version, else queues a
:class:`MergeJob` to plan again. One worker thread is enough (it hands documents to a
process pool of cores − 1 when there are several cores) and keeps jobs in the order
they were dropped. The model warm-up runs on the same thread first, so the first
extraction never loads spaCy a second time in parallel.
"""

from __future__ import annotations

import threading
from collections.abc import Iterable
from dataclasses import dataclass, field
from pathlib import Path

from PySide6.QtCore import QObject, QRunnable, QThreadPool, Signal

from timeline_app.model import Day, Document
from timeline_app.ui.controllers.incoming import plan_for


@dataclass(frozen=True)
class IngestRequest:
    """What one job reads: files/folders, or documents already in memory (pasted text).

    Attributes:
        paths: files and folders as dropped (folders are expanded in the worker).
        documents: ready documents, used instead of ``paths`` when given.
        known_paths: paths already on the timeline or queued (resolved in the worker): skipped.
        reference_date: the user's reference date for relative phrases, if any.
        snapshot: the timeline (``pipeline.Snapshot``) to plan the merge against.
        rereading: ids of documents being re-read (they replace their old extraction).
        jobs: worker processes; 0 for cores − 1.
        language: the user's language for every file ("" detects it per file).
    """

    paths: tuple[Path, ...] = ()
    documents: tuple[Document, ...] = ()
    known_paths: frozenset[str] = field(default_factory=frozenset)
    reference_date: Day | None = None
    snapshot: object | None = None
    rereading: frozenset[str] = field(default_factory=frozenset)
    jobs: int = 0
    language: str = ""


@dataclass(frozen=True)
class JobOutcome:
    """What a job hands back: the pipeline's result, the paths it skipped as repeats, and
    the merge planned against the request's snapshot (None if there was nothing to plan)."""

    result: object
    skipped: tuple[Path, ...]
    cancelled: bool
    plan: object | None = None


class _JobSignals(QObject):
    progressed = Signal(int, int, str)
    finished = Signal(int, object)
    failed = Signal(int, str)


def resolved_key(path: Path) -> str:
    """The string a path is de-duplicated by (resolved, so ./a.txt and a.txt match)."""
    try:
        return str(path.resolve())
    except (OSError, RuntimeError):
        return str(path.absolute())


class IngestJob(QRunnable):
    """Runs ``pipeline.ingest`` (or ``ingest_documents``) for one request."""

    def __init__(self, job_id: int, request: IngestRequest, cancel: threading.Event) -> None:
        super().__init__()
        self.setAutoDelete(False)
        self.job_id = job_id
        self.request = request
        self.signals = _JobSignals()
        self._cancel = cancel

    def run(self) -> None:
        """Worker thread: read, extract, report; never raises into Qt."""
        try:
            outcome = self._ingest()
        except Exception as exc:  # a bug in one job must not kill the worker thread
            self.signals.failed.emit(self.job_id, f"{exc.__class__.__name__}: {exc}")
        else:
            self.signals.finished.emit(self.job_id, outcome)

    def _ingest(self) -> JobOutcome:
        from timeline_app import pipeline
        from timeline_app.io.paths import expand_paths

        request = self.request
        options = {
            "reference_date": request.reference_date,
            "progress": self._on_progress,
            "cancelled": self._cancel.is_set,
            "jobs": request.jobs or pipeline.default_jobs(),
        }
        skipped: tuple[Path, ...] = ()
        if request.documents:
            result = pipeline.ingest_documents(list(request.documents), **options)  # type: ignore[arg-type]
        else:
            paths = expand_paths(request.paths)
            known = {resolved_key(Path(p)) for p in request.known_paths}
            fresh = [p for p in paths if resolved_key(p) not in known]
            skipped = tuple(p for p in paths if resolved_key(p) in known)
            result = pipeline.ingest(fresh, language=request.language, **options)  # type: ignore[arg-type]
        plan = plan_for(result, request.snapshot, request.rereading)
        return JobOutcome(result, skipped, self._cancel.is_set(), plan)

    def _on_progress(self, done: int, total: int, current: object) -> None:
        self.signals.progressed.emit(done, total, str(current or ""))


class MergeJob(QRunnable):
    """Plans a finished job's merge again, against a newer snapshot of the timeline."""

    def __init__(
        self, job_id: int, outcome: JobOutcome, snapshot: object, rereading: frozenset[str]
    ) -> None:
        super().__init__()
        self.setAutoDelete(False)
        self.job_id = job_id
        self.signals = _JobSignals()
        self._outcome = outcome
        self._snapshot = snapshot
        self._rereading = rereading

    def run(self) -> None:
        """Worker thread: plan; never raises into Qt."""
        try:
            plan = plan_for(self._outcome.result, self._snapshot, self._rereading)
        except Exception as exc:
            self.signals.failed.emit(self.job_id, f"{exc.__class__.__name__}: {exc}")
        else:
            outcome = JobOutcome(
                self._outcome.result, self._outcome.skipped, self._outcome.cancelled, plan
            )
            self.signals.finished.emit(self.job_id, outcome)


class _WarmUpSignals(QObject):
    finished = Signal(int, str, bool)


class WarmUpJob(QRunnable):
    """Loads the spaCy model once, after the window is shown."""

    def __init__(self, job_id: int) -> None:
        super().__init__()
        self.setAutoDelete(False)
        self.job_id = job_id
        self.signals = _WarmUpSignals()

    def run(self) -> None:
        """Worker thread: load the model and report its status line."""
        from timeline_app.core import nlp

        try:
            available = nlp.load_nlp() is not None
            status = nlp.model_status()
        except Exception as exc:  # the window must come up even if spaCy is broken
            available, status = False, f"spaCy failed to load: {exc}"
        self.signals.finished.emit(self.job_id, status, available)


class ExtractionQueue(QObject):
    """Queues extraction jobs on one worker thread and reports on the GUI thread.

    Signals:
        busy_changed(bool): work started (True) or everything finished (False).
        progressed(int, int, str): files done, files in this job, the current file.
        result_ready(object): a :class:`JobOutcome` to merge into the timeline.
        failed(str): a job crashed (individual bad files are in the result's errors).
        model_loaded(str, bool): the model status line, and whether spaCy is in use.
    """

    busy_changed = Signal(bool)
    progressed = Signal(int, int, str)
    result_ready = Signal(object)
    failed = Signal(str)
    model_loaded = Signal(str, bool)

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._pool = QThreadPool(self)
        self._pool.setMaxThreadCount(1)
        self._jobs: dict[int, QRunnable] = {}
        self._retired: list[QRunnable] = []
        self._next_id = 0
        self._cancel = threading.Event()
        self.model_ready = False

    def is_busy(self) -> bool:
        """True while any job (or the model warm-up) is queued or running."""
        return bool(self._jobs)

    def pending_paths(self) -> set[str]:
        """Resolved paths of files and folders queued or being read."""
        return {
            resolved_key(p)
            for job in self._jobs.values()
            if isinstance(job, IngestJob)
            for p in job.request.paths
        }

    def warm_up(self) -> None:
        """Load the language model in the background (first in the queue)."""
        job = WarmUpJob(self._new_id())
        job.signals.finished.connect(self._on_warm_up_finished)
        self._start(job.job_id, job)

    def submit(self, request: IngestRequest) -> None:
        """Queue one extraction job."""
        job = IngestJob(self._new_id(), request, self._cancel)
        # Bound methods of this GUI-thread object: Qt queues the calls onto the GUI thread.
        job.signals.progressed.connect(self.progressed)
        job.signals.finished.connect(self._on_job_finished)
        job.signals.failed.connect(self._on_job_failed)
        self._start(job.job_id, job)

    def submit_paths(
        self,
        paths: Iterable[Path],
        *,
        known: Iterable[str] = (),
        reference_date: Day | None = None,
        snapshot: object | None = None,
        language: str = "",
    ) -> None:
        """Queue files/folders; paths in ``known`` or already queued are skipped."""
        known_paths = frozenset(known) | self.pending_paths()
        self.submit(
            IngestRequest(
                tuple(paths), (), known_paths, reference_date, snapshot=snapshot, language=language
            )
        )

    def submit_merge(
        self, outcome: JobOutcome, snapshot: object, rereading: frozenset[str]
    ) -> None:
        """Plan ``outcome``'s merge again (the timeline changed since its snapshot)."""
        job = MergeJob(self._new_id(), outcome, snapshot, rereading)
        job.signals.finished.connect(self._on_job_finished)
        job.signals.failed.connect(self._on_job_failed)
        self._start(job.job_id, job)

    def cancel(self) -> None:
        """Ask every queued and running job to stop after the current file."""
        self._cancel.set()
        self._cancel = threading.Event()

    def wait_for_done(self, msecs: int = -1) -> bool:
        """Block until the worker thread is idle (tests and ``--screenshot``)."""
        return self._pool.waitForDone(msecs)

    def _new_id(self) -> int:
        self._next_id += 1
        return self._next_id

    def _start(self, job_id: int, job: QRunnable) -> None:
        was_busy = self.is_busy()
        self._jobs[job_id] = job
        self._pool.start(job)
        if not was_busy:
            self.busy_changed.emit(True)

    def _finish(self, job_id: int) -> None:
        job = self._jobs.pop(job_id, None)
        if job is not None:
            # The worker thread may still be returning from run(): keep the Python wrapper
            # (which owns the C++ runnable) alive until a few later jobs have finished.
            self._retired = [*self._retired[-3:], job]
        if not self._jobs:
            self.busy_changed.emit(False)

    def _on_warm_up_finished(self, job_id: int, status: str, available: bool) -> None:
        self.model_ready = True
        self.model_loaded.emit(status, available)
        self._finish(job_id)

    def _on_job_finished(self, job_id: int, outcome: JobOutcome) -> None:
        self.result_ready.emit(outcome)
        self._finish(job_id)

    def _on_job_failed(self, job_id: int, message: str) -> None:
        self.failed.emit(message)
        self._finish(job_id)
