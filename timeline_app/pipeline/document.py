"""The per-document step: file (or document) in, its mentions and unmerged events out.

Pure apart from the extraction cache: the same input gives the same output on any
process or machine, which is what lets :mod:`timeline_app.pipeline.parallel` map it over
a process pool or a Dask cluster (and Spark or Ray map :func:`extract_document` too).
Only the final de-duplication (:func:`timeline_app.core.dedupe.merge_events`) is global.
"""

from __future__ import annotations

import logging
import os
import time
from collections.abc import Callable, Iterator, Sequence
from dataclasses import dataclass, replace

from timeline_app.core import nlp, tagger
from timeline_app.core.extract import extract_events
from timeline_app.core.focus import focus
from timeline_app.core.language import has_parser, warm_up, with_language
from timeline_app.core.parsing import parse_documents
from timeline_app.core.reference import find_reference
from timeline_app.core.repeats import Condensed, Unmappable, condense
from timeline_app.io.articles import read_document
from timeline_app.io.errors import LoadError
from timeline_app.model import Day, Document, Event, Mention
from timeline_app.pipeline.budget import OverBudget, RunCancelled, Watchdog, over_budget_message
from timeline_app.pipeline.cache import ExtractionCache
from timeline_app.pipeline.results import DocumentResult, FileError

log = logging.getLogger(__name__)

#: A file path, or a document already in memory (pasted text, bytes sent to a worker).
Source = str | os.PathLike[str] | Document
#: Documents parsed together; small, since a news article is already a long text.
BATCH_SIZE = 4
#: Set to "1" to parse whole texts instead of their dated sentences (benchmarks compare).
PARSE_ALL_ENV = "TIMELINE_PARSE_ALL"


def prepare(document: Document, reference_date: Day | None = None) -> Document:
    """The document with its language and reference date settled (the user's, else found)."""
    document = with_language(document)
    if reference_date is not None:
        return replace(document, reference_date=reference_date, reference_source="user")
    day, source = find_reference(document)
    if (day, source) == (document.reference_date, document.reference_source):
        return document
    return replace(document, reference_date=day, reference_source=source)


def extract_document(
    source: Source,
    reference_date: Day | None = None,
    *,
    use_cache: bool = True,
    language: str = "",
    budget: float | None = None,
) -> DocumentResult:
    """One file or document through the whole per-document engine; never raises.

    A module-level function of picklable arguments and result, so any engine can map
    it: ``bag.map(extract_document)`` on Dask, ``rdd.map`` on Spark, ``ray.remote``.
    The spaCy model loads once per process, on first use. ``language`` is the user's
    choice ("" detects it); past ``budget`` seconds the document is reported, not read.
    """
    return extract_documents(
        [source], reference_date, use_cache=use_cache, language=language, budget=budget
    )[0]


def extract_documents(
    sources: Sequence[Source],
    reference_date: Day | None = None,
    *,
    use_cache: bool = True,
    language: str = "",
    budget: float | None = None,
) -> list[DocumentResult]:
    """Several sources, one after the other; results in order (a worker's chunk)."""
    with Watchdog(budget, None) as watch:
        return list(
            iter_documents(
                sources, reference_date, use_cache=use_cache, language=language, watch=watch
            )
        )


def iter_documents(
    sources: Sequence[Source],
    reference_date: Day | None = None,
    *,
    use_cache: bool = True,
    cancelled: Callable[[], bool] | None = None,
    language: str = "",
    watch: Watchdog | None = None,
) -> Iterator[DocumentResult]:
    """Like :func:`extract_documents`, one result at a time.

    ``cancelled`` is polled before each document's extraction (after the consumer has
    dealt with the previous one), so a run stops between two documents. With ``watch``
    (:mod:`timeline_app.pipeline.budget`) each document's loading, parse and extraction
    run inside its time budget, and Cancel interrupts the document being read.
    """
    cache = ExtractionCache() if use_cache else None
    watch = watch or Watchdog(None, None)
    if sources and not language:
        warm_up()  # shared by every document: not charged to the first one's budget
    for source in sources:
        if cancelled is not None and cancelled():
            return
        started = time.monotonic()
        try:
            with watch.document():
                item = _load(source, reference_date, language)
            if item.document is not None:
                spent = time.monotonic() - started
                _load_parser(item.document.language)  # once per run: not this document's
                with watch.document(spent=spent):
                    item = _read(item.document, cache)
        except RunCancelled:
            return
        except OverBudget:
            name, message = source_name(source), over_budget_message(watch.seconds or 0.0)
            item = DocumentResult(name, error=FileError(name, message))
        yield item


def _load_parser(language: str) -> None:
    """Load ``language``'s spaCy pipeline if it has one (the French one takes seconds).

    Called outside any document's time budget: the first French article of a run must
    not pay for a model every later one shares.
    """
    if has_parser(language):
        nlp.load_model(language or "en")


def _read(document: Document, cache: ExtractionCache | None) -> DocumentResult:
    """One loaded document: from the cache, else parsed (its dated parts) and extracted."""
    language = document.language
    hit = cache.get(document.id, document.reference_date, language=language) if cache else None
    condensed = parsed = None
    if hit is None and has_parser(language):  # English, or French with its model
        # A text made of many copies of its paragraphs is read once per distinct paragraph.
        condensed = _condensed(document)
        text = getattr(condensed, "text", document.text)
        [parsed] = parse_documents([text], language=language or "en")
    return _extracted(_Work(document, parsed, condensed), hit, cache)


def source_name(source: Source) -> str:
    """How a source is named in progress and errors: its path (a pasted text's too)."""
    return source.path if isinstance(source, Document) else str(source)


def _condensed(document: Document) -> Condensed | None:
    """The text spaCy reads instead of the whole one, if any (offsets map back).

    Repeated paragraphs are read once; otherwise only dated sentences and their
    neighbours are parsed (``TIMELINE_PARSE_ALL=1`` parses whole texts, to compare).
    """
    found = condense(document.text)
    if found is None and os.environ.get(PARSE_ALL_ENV) != "1":
        found = focus(document.text, document.reference_date, document.language)
    return found


def _load(source: Source, reference_date: Day | None, language: str = "") -> DocumentResult:
    """Read and prepare one source; a failure becomes the result's error."""
    path = source_name(source)
    try:
        raw = source if isinstance(source, Document) else read_document(source)
        return DocumentResult(path, prepare(with_language(raw, language), reference_date))
    except LoadError as exc:
        return DocumentResult(path, error=FileError(exc.path or path, exc.message))
    except Exception as exc:  # one bad file never stops the others
        log.exception("unexpected failure loading %s", path)
        return DocumentResult(path, error=FileError(path, f"Could not read this file ({exc})"))


@dataclass(frozen=True, slots=True)
class _Work:
    """A document to extract: its parse (of the condensed text, if it was condensed)."""

    document: Document
    doc: object
    condensed: Condensed | None


def _extracted(
    work: _Work, hit: tuple[list[Mention], list[Event]] | None, cache: ExtractionCache | None
) -> DocumentResult:
    """Mentions and events of one loaded document: from the cache, else the engine."""
    document = work.document
    try:
        if hit is None:
            hit = _engine(work)
            if cache is not None:
                cache.put(document.id, document.reference_date, *hit,
                          language=document.language)  # fmt: skip
    except Exception as exc:  # a bug on one text must not lose the others
        log.exception("extraction failed on %s", document.path)
        error = FileError(document.path, f"Extraction failed ({exc})")
        return DocumentResult(document.path, error=error)
    return DocumentResult(document.path, document, tuple(hit[0]), tuple(hit[1]))


def _engine(work: _Work) -> tuple[list[Mention], list[Event]]:
    """Tag and extract; a condensed text's offsets are mapped back to the original."""
    condensed = work.condensed
    if condensed is None:
        return _tag_and_extract(work.document, work.doc)
    mentions, events = _tag_and_extract(replace(work.document, text=condensed.text), work.doc)
    try:
        return [condensed.mention(m) for m in mentions], [condensed.event(e) for e in events]
    except Unmappable:  # a sentence ran across two paragraphs: read the whole text
        log.info("repeated paragraphs of %s not condensed", work.document.path)
        [doc] = parse_documents([work.document.text], language=work.document.language or "en")
        return _tag_and_extract(work.document, doc)


def _tag_and_extract(document: Document, doc: object) -> tuple[list[Mention], list[Event]]:
    doc = doc if has_parser(document.language) else None  # no English parse of German
    mentions = tagger.tag(
        document.text,
        reference=document.reference_date,
        doc=doc,
        language=document.language,  # type: ignore[arg-type]
    )
    events = extract_events(document, doc=doc, mentions=mentions, parse=False)  # type: ignore[arg-type]
    return mentions, events
