"""Files in, merged events out: loading, reference dates, tagging, events, de-duplication.

The one place that strings the engine together and may touch the disk (the extraction
cache). Every file is independent: a file that cannot be read or that trips the engine
becomes a :class:`FileError` and the others carry on. Texts go through spaCy in small
batches (``nlp.pipe``), and documents already in the cache are never parsed at all.
Runs on a worker thread in the GUI, so it reports progress and checks for cancellation
between files, and hands back only plain model objects.
"""

from __future__ import annotations

import logging
import os
import time
from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass, field, replace

from timeline_app.core import tagger
from timeline_app.core.dedupe import merge_events
from timeline_app.core.extract import extract_events
from timeline_app.core.language import uses_english_parse, with_language
from timeline_app.core.parsing import parse_documents
from timeline_app.core.reference import find_reference
from timeline_app.io.articles import expand_paths, read_document
from timeline_app.io.errors import LoadError
from timeline_app.model import Day, Document, Event, Mention, Timeline
from timeline_app.pipeline.budget import OverBudget, RunCancelled, Watchdog, budget_seconds
from timeline_app.pipeline.budget import over_budget_message as _over_budget
from timeline_app.pipeline.cache import ExtractionCache

__all__ = ["FileError", "IngestResult", "ingest", "ingest_documents", "merge_into", "prepare"]

log = logging.getLogger(__name__)

Progress = Callable[[int, int, str], None]
Cancelled = Callable[[], bool]
#: Documents parsed together; small, since a news article is already a long text.
BATCH_SIZE = 4


@dataclass(frozen=True, slots=True)
class FileError:
    """A file that could not be used, with a message for the user."""

    path: str
    message: str

    def __str__(self) -> str:
        return f"{self.path}: {self.message}" if self.path else self.message


@dataclass(slots=True)
class IngestResult:
    """What one run produced.

    Attributes:
        documents: loaded documents, in the order given (repeats of a text dropped).
        events: merged events over all documents.
        mentions: the tagger's mentions per document id (durations and sets too).
        errors: files that failed, each with its reason.
        cancelled: the run stopped early because ``cancelled()`` said so.
    """

    documents: list[Document] = field(default_factory=list)
    events: list[Event] = field(default_factory=list)
    mentions: dict[str, list[Mention]] = field(default_factory=dict)
    errors: list[FileError] = field(default_factory=list)
    cancelled: bool = False


@dataclass(slots=True)
class _Run:
    """Settings and accumulated output of one ingest."""

    reference_date: Day | None
    progress: Progress | None
    cancelled: Cancelled | None
    cache: ExtractionCache | None
    total: int
    done: int = 0
    result: IngestResult = field(default_factory=IngestResult)
    raw_events: list[Event] = field(default_factory=list)
    #: Interrupts a document past its time budget, or at Cancel (``pipeline.budget``).
    watch: Watchdog = field(default_factory=lambda: Watchdog(None, None))
    #: Seconds each document has used so far (loading counts against its budget).
    spent: dict[str, float] = field(default_factory=dict)

    def report(self, current: str) -> None:
        if self.progress is not None:
            self.progress(self.done, self.total, current)

    def stop(self) -> bool:
        if self.cancelled is not None and self.cancelled():
            self.result.cancelled = True
        return self.result.cancelled


def ingest(
    paths: Iterable[str | os.PathLike[str]],
    *,
    reference_date: Day | None = None,
    progress: Progress | None = None,
    cancelled: Cancelled | None = None,
    use_cache: bool = True,
    language: str = "",
) -> IngestResult:
    """Read files and folders and extract their events.

    Args:
        paths: files and folders (walked recursively for supported files).
        reference_date: the user's reference date; overrides what documents say.
        progress: called as ``progress(done_files, total_files, current_path)``.
        cancelled: polled between files; returning True stops the run early.
        use_cache: read and write the extraction cache.
        language: the user's language code for every file ("" = detect per document).

    Returns:
        Documents, merged events, mentions and per-file errors.
    """
    files = expand_paths(paths)
    loaders = [(str(path), _file_loader(path, language)) for path in files]
    return _ingest(loaders, reference_date, progress, cancelled, use_cache)


def ingest_documents(
    documents: Iterable[Document],
    *,
    reference_date: Day | None = None,
    progress: Progress | None = None,
    cancelled: Cancelled | None = None,
    use_cache: bool = True,
) -> IngestResult:
    """Like :func:`ingest`, for documents already in memory (pasted text, tests)."""
    loaders = [(d.path, _given(d)) for d in documents]
    return _ingest(loaders, reference_date, progress, cancelled, use_cache)


def prepare(document: Document, reference_date: Day | None = None) -> Document:
    """The document with its language and reference date settled (the user's, else found)."""
    document = with_language(document)
    if reference_date is not None:
        return replace(document, reference_date=reference_date, reference_source="user")
    day, source = find_reference(document)
    if (day, source) == (document.reference_date, document.reference_source):
        return document
    return replace(document, reference_date=day, reference_source=source)


def merge_into(timeline: Timeline, result: IngestResult) -> list[str]:
    """Add a run's documents and events to a timeline, de-duplicating across both.

    A document already on the timeline is replaced by its new extraction (not added
    twice). Existing events come first, so their ids survive merging; user edits live
    in their own layer and are untouched.

    Returns:
        Ids of events that were not on the timeline before.
    """
    incoming = {d.id for d in result.documents}
    kept: list[Event] = []
    for event in timeline.extracted.values():
        sources = tuple(s for s in event.sources if s.document not in incoming)
        if sources == event.sources:
            kept.append(event)
        elif sources:
            kept.append(replace(event, sources=sources, quote=sources[0].quote))
    documents = {**timeline.documents, **{d.id: d for d in result.documents}}
    before = set(timeline.extracted)
    merged = merge_events([*kept, *result.events])
    timeline.set_extraction(documents.values(), merged)
    return [e.id for e in merged if e.id not in before]


Loader = Callable[[], Document]


def _file_loader(path: os.PathLike[str], language: str = "") -> Loader:
    return lambda: with_language(read_document(path), language)


def _given(document: Document) -> Loader:
    return lambda: document


def _ingest(
    loaders: Sequence[tuple[str, Loader]],
    reference_date: Day | None,
    progress: Progress | None,
    cancelled: Cancelled | None,
    use_cache: bool,
) -> IngestResult:
    cache = ExtractionCache() if use_cache else None
    if cache is not None:
        cache.prune()
    run = _Run(reference_date, progress, cancelled, cache, total=len(loaders))
    run.watch = Watchdog(budget_seconds(), cancelled)
    with run.watch:
        for i in range(0, len(loaders), BATCH_SIZE):
            batch = _load_batch(run, loaders[i : i + BATCH_SIZE])
            _extract_batch(run, batch)
            if run.result.cancelled:
                break
    run.result.events = merge_events(run.raw_events)
    if not run.result.cancelled:
        run.report("")
    return run.result


def _load_batch(run: _Run, loaders: Sequence[tuple[str, Loader]]) -> list[Document]:
    """Load and prepare a batch of documents; failures become FileErrors."""
    seen = {d.id for d in run.result.documents}
    batch: list[Document] = []
    for path, load in loaders:
        if run.stop():
            break
        run.report(path)
        started = time.monotonic()
        try:
            with run.watch.document():
                document = prepare(load(), run.reference_date)
        except (OverBudget, RunCancelled) as exc:
            _interrupted(run, path, exc)
        except LoadError as exc:
            run.result.errors.append(FileError(exc.path or path, exc.message))
            run.done += 1
        except Exception as exc:  # one bad file never stops the others
            log.exception("unexpected failure loading %s", path)
            run.result.errors.append(FileError(path, f"Could not read this file ({exc})"))
            run.done += 1
        else:
            if document.id in seen:  # the same text twice (a copy under another name)
                run.done += 1
            else:
                seen.add(document.id)
                batch.append(document)
                run.spent[document.id] = time.monotonic() - started
    return batch


def _interrupted(run: _Run, path: str, exc: BaseException) -> None:
    """A document stopped by the watchdog: over its budget (listed), or cancelled."""
    if isinstance(exc, RunCancelled):
        run.result.cancelled = True
        return
    seconds = run.watch.seconds or 0.0
    run.result.errors.append(FileError(path, _over_budget(seconds)))
    run.done += 1


def _extract_batch(run: _Run, batch: list[Document]) -> None:
    """Mentions and events for each document: from the cache, else parse and extract.

    Each document is parsed on its own, inside its time budget, so that one slow text
    is charged alone (``nlp.pipe`` in batches of four was not measurably faster).
    """
    cache = run.cache
    cached = (
        {d.id: cache.get(d.id, d.reference_date, language=d.language) for d in batch}
        if cache
        else {}
    )
    for document in batch:
        if run.stop():
            return
        hit = cached.get(document.id)
        try:
            if hit is None:  # only a miss is parsed: all cached, the model never loads
                with run.watch.document(spent=run.spent.get(document.id, 0.0)):
                    parse = None
                    if uses_english_parse(document.language):  # no English parse of German
                        parse = next(parse_documents([document.text], batch_size=1))
                    hit = _extract_one(document, parse)
                if run.cache is not None:
                    run.cache.put(document.id, document.reference_date, *hit,
                                  language=document.language)  # fmt: skip
        except (OverBudget, RunCancelled) as exc:
            _interrupted(run, document.path, exc)
            if run.result.cancelled:
                return
            continue
        except Exception as exc:  # a bug on one text must not lose the others
            log.exception("extraction failed on %s", document.path)
            run.result.errors.append(FileError(document.path, f"Extraction failed ({exc})"))
        else:
            run.result.documents.append(document)
            run.result.mentions[document.id] = hit[0]
            run.raw_events.extend(hit[1])
        run.done += 1
        run.report(document.path)


def _extract_one(document: Document, doc: object) -> tuple[list[Mention], list[Event]]:
    doc = doc if uses_english_parse(document.language) else None  # no English parse of German
    mentions = tagger.tag(
        document.text, reference=document.reference_date, doc=doc, language=document.language
    )
    events = extract_events(document, doc=doc, mentions=mentions, parse=False)  # type: ignore[arg-type]
    return mentions, events
