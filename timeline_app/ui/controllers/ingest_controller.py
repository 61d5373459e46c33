"""From "the user gave us files" to "their events are on the timeline".

The window's drop handler, File → Open, Open Folder, Open Sample and Paste all end here:
requests go to the :class:`ExtractionQueue` (worker thread) with a snapshot of the
timeline, and results come back on the GUI thread with their merge already computed;
the GUI thread only installs it, or, if the timeline changed meanwhile, has it computed
again on the worker. A file already on the timeline, by path or by content (document
id), is reported and not added twice.
"""

from __future__ import annotations

import dataclasses
from collections.abc import Callable, Iterable
from pathlib import Path
from typing import Any

from PySide6.QtCore import QObject, QSettings, Signal

from timeline_app.core.gcpause import freeze_long_lived
from timeline_app.model import Day, Document, Timeline
from timeline_app.pipeline import budget
from timeline_app.ui.controllers.incoming import sort_incoming
from timeline_app.ui.controllers.workers import (
    ExtractionQueue,
    IngestRequest,
    JobOutcome,
)
from timeline_app.ui.panels.error_list import ErrorList
from timeline_app.ui.panels.progress_area import ProgressArea

StatusSink = Callable[[str], None]


def apply_time_budget_setting(settings: QSettings) -> None:
    """The time budget per document from the setting ``engine/time_budget_seconds``
    (seconds; 0 for no limit), unless ``--time-budget`` was given on the command line."""
    raw = settings.value(budget.SETTINGS_KEY)
    try:
        seconds = float(raw) if raw not in (None, "") else None
    except (TypeError, ValueError):
        seconds = None  # a hand-edited settings file must not stop the window
    if seconds is not None:
        budget.configure(seconds, keep_existing=True)


def known_paths(timeline: Timeline) -> set[str]:
    """Paths of every document already on the timeline, as stored (the worker resolves
    them: a thousand ``stat`` calls on the GUI thread made a drop pause)."""
    return {d.path for d in timeline.documents.values() if d.path}


class IngestController(QObject):
    """Queues extraction jobs and merges their results into the timeline.

    Signals:
        documents_added(list): ids of documents newly on the timeline.
        idle(): the queue finished everything (``--screenshot`` waits for this).
    """

    documents_added = Signal(list)
    idle = Signal()

    def __init__(
        self,
        timeline: Timeline,
        progress: ProgressArea,
        errors: ErrorList,
        status: StatusSink,
        parent: QObject | None = None,
    ) -> None:
        super().__init__(parent)
        self.timeline = timeline
        self.queue = ExtractionQueue(self)
        self.reference_date: Day | None = None
        self.language = ""  # the user's language for dropped files ("" detects it per file)
        self._rereading: set[str] = set()
        self._progress = progress
        self._errors = errors
        self._status = status
        self.queue.busy_changed.connect(self._on_busy_changed)
        self.queue.progressed.connect(progress.set_progress)
        self.queue.result_ready.connect(self._on_result_ready)
        self.queue.failed.connect(self._on_job_failed)
        progress.cancel_requested.connect(self._on_cancel_requested)

    def open_paths(self, paths: Iterable[Path]) -> None:
        """Read files and folders (expanded in the worker), skipping ones already added."""
        paths = [Path(p) for p in paths]
        if not paths:
            return
        waiting = not self.queue.model_ready and self.queue.is_busy()
        self._progress.start("Waiting for the language model…" if waiting else "Reading files…")
        self.queue.submit_paths(
            paths,
            known=known_paths(self.timeline),
            reference_date=self.reference_date,
            snapshot=self._snapshot(),
            language=self.language,
        )

    def add_documents(self, documents: Iterable[Document]) -> None:
        """Extract documents already in memory (pasted text)."""
        documents = tuple(documents)
        if documents:
            self._progress.start("Reading pasted text…")
            self.queue.submit(
                IngestRequest(
                    documents=documents,
                    reference_date=self.reference_date,
                    snapshot=self._snapshot(),
                )
            )

    def reread(self, doc_id: str, day: Day) -> None:
        """Extract one document again against the user's reference ``day``.

        Its events are replaced when the result comes back; edits are keyed by event id,
        so they carry over to every event that is found again.
        """
        document = self.timeline.documents.get(doc_id)
        if document is None:
            return
        document = dataclasses.replace(document, reference_date=day, reference_source="user")
        self._rereading.add(doc_id)
        self._progress.start(f"Re-reading “{document.title or 'Untitled'}”…")
        self.queue.submit(
            IngestRequest(
                documents=(document,),
                reference_date=day,
                snapshot=self._snapshot(),
                rereading=frozenset(self._rereading),
            )
        )

    def reread_language(self, doc_id: str, language: str) -> None:
        """Extract one document again in ``language`` ("" = detect it again)."""
        document = self.timeline.documents.get(doc_id)
        if document is None:
            return
        document = dataclasses.replace(document, language=language)
        self._rereading.add(doc_id)
        self._progress.start(f"Re-reading “{document.title or 'Untitled'}”…")
        self.queue.submit(IngestRequest(documents=(document,)))

    def is_busy(self) -> bool:
        """True while anything is queued or running."""
        return self.queue.is_busy()

    def _on_busy_changed(self, busy: bool) -> None:
        if not busy:
            self._progress.finish()
            self.idle.emit()

    def _snapshot(self) -> object:
        """The timeline as a job will see it (references only: cheap on 16,000 events)."""
        from timeline_app import pipeline

        return pipeline.Snapshot.of(self.timeline)

    def _on_result_ready(self, outcome: JobOutcome) -> None:
        incoming = sort_incoming(outcome.result, self.timeline.documents, self._rereading)
        result = incoming.result
        if incoming.removed and not result.documents:
            self._rereading -= incoming.removed
            self._status("Not re-read: the document was removed in the meantime")
            return
        if (result.documents or result.events) and not self._apply(outcome):
            return  # planned again on the worker; this comes back with a fresh plan
        self._rereading -= incoming.reread | incoming.removed
        reread = incoming.reread
        errors = [(str(e.path), str(e.message)) for e in getattr(result, "errors", ())]
        if errors:
            self._errors.add_errors(errors)
        new_ids = [d.id for d in result.documents if d.id not in reread]
        if reread and not new_ids:
            self._status(self._reread_summary(result))
            return
        self._status(
            self._summary(
                len(new_ids),
                len(result.events),
                len(errors),
                len(outcome.skipped) + incoming.repeats,
                outcome.cancelled,
            )
        )
        if new_ids:
            self.documents_added.emit(new_ids)

    def _apply(self, outcome: JobOutcome) -> bool:
        """Install the worker's merge if the timeline is still what it was planned on.

        Otherwise ask the worker to plan it again against the timeline as it is now
        (the GUI thread never re-merges 16,000 events itself) and return False.
        """
        from timeline_app import pipeline

        plan = outcome.plan
        if (
            isinstance(plan, pipeline.MergePlan)
            and plan.version == self.timeline.extraction_version
        ):
            pipeline.apply_merge(self.timeline, plan)
            freeze_long_lived()
            return True
        self.queue.submit_merge(outcome, self._snapshot(), frozenset(self._rereading))
        return False

    @staticmethod
    def _reread_summary(result: Any) -> str:
        """'Re-read “Title” against 30 Jun 2024: 25 events'."""
        from timeline_app.model.when_text import day_text as format_day

        doc = result.documents[0] if result.documents else None
        if doc is None:
            return "Re-read the document"
        day = f" against {format_day(doc.reference_date)}" if doc.reference_date else ""
        n = len(result.events)
        return f"Re-read “{doc.title or 'Untitled'}”{day}: {n} event{'s' * (n != 1)}"

    @staticmethod
    def _summary(docs: int, events: int, failed: int, repeats: int, cancelled: bool) -> str:
        """One status-bar line about a finished job."""
        parts = []
        if docs or not repeats:
            plural = "s" if docs != 1 else ""
            parts.append(f"Added {docs} document{plural} with {events} event{'s' * (events != 1)}")
        if repeats:
            parts.append(f"{repeats} already on the timeline")
        if failed:
            parts.append(f"{failed} could not be read")
        if cancelled:
            parts.insert(0, "Cancelled")
        return " · ".join(parts)

    def _on_job_failed(self, message: str) -> None:
        self._errors.add_message(f"Extraction stopped: {message}")
        self._status("Extraction failed; see Problems")

    def _on_cancel_requested(self) -> None:
        self.queue.cancel()
        self._status("Cancelling…")
