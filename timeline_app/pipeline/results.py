"""What the pipeline hands back: per document, and for a whole run."""

from __future__ import annotations

from dataclasses import dataclass, field

from timeline_app.model import Document, Event, Mention


@dataclass(frozen=True, slots=True)
class FileError:
    """A file that could not be used, with a message for the user."""

    path: str
    message: str

    def __str__(self) -> str:
        return f"{self.path}: {self.message}" if self.path else self.message


@dataclass(frozen=True, slots=True)
class DocumentResult:
    """One document's extraction (before the global merge): picklable, engine-neutral.

    Attributes:
        path: the file (or the document's path) it came from.
        document: the loaded document with its reference date; None if loading failed.
        mentions: the tagger's mentions (durations and sets too).
        events: the document's own events, in text order, not yet merged with others.
        error: why the file could not be used, if it could not.
    """

    path: str
    document: Document | None = None
    mentions: tuple[Mention, ...] = ()
    events: tuple[Event, ...] = ()
    error: FileError | None = None


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
