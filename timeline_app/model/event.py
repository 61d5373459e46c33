"""Events and the provenance that ties each one to its source sentence."""

from __future__ import annotations

import hashlib
from dataclasses import dataclass, field, replace

from timeline_app.model.when import When


@dataclass(frozen=True, slots=True)
class Provenance:
    """Where an event was read: ``document.text[start:end]`` is the quote exactly.

    Attributes:
        document: id of the :class:`~timeline_app.model.Document`.
        start: first character of the quote (the whole sentence).
        end: one past the quote's last character.
        date_start: first character of the date phrase.
        date_end: one past the date phrase's last character.
        quote: the sentence, verbatim.
    """

    document: str
    start: int
    end: int
    date_start: int
    date_end: int
    quote: str

    def to_dict(self) -> dict[str, object]:
        """The ``sources`` entry of the CLI's JSON contract, plus the quote."""
        return {
            "document": self.document,
            "start": self.start,
            "end": self.end,
            "date_start": self.date_start,
            "date_end": self.date_end,
            "quote": self.quote,
        }

    @classmethod
    def from_dict(cls, data: dict[str, object]) -> Provenance:
        """Inverse of :meth:`to_dict`."""
        return cls(
            document=str(data["document"]),
            start=int(data["start"]),  # type: ignore[call-overload]
            end=int(data["end"]),  # type: ignore[call-overload]
            date_start=int(data["date_start"]),  # type: ignore[call-overload]
            date_end=int(data["date_end"]),  # type: ignore[call-overload]
            quote=str(data.get("quote", "")),
        )


def event_id(quote: str, value: str) -> str:
    """Stable id from what the event says, so re-extraction finds the same id again.

    User edits are keyed by this id; it must not depend on offsets or file names.
    """
    norm = " ".join(quote.lower().split())
    return hashlib.blake2b(f"{value}|{norm}".encode(), digest_size=8).hexdigest()


@dataclass(frozen=True, slots=True)
class Event:
    """One dated happening, with every source that reports it.

    Attributes:
        id: stable id (see :func:`event_id`).
        title: short "who did what" summary.
        when: the date span.
        quote: the sentence of the first source, verbatim.
        sources: every place the event was read, first one first.
        actors: people, organisations and countries involved.
        places: where it happened.
        confidence: 0..1, how sure the engine is this is a real dated event.
        origin: "extracted" or "manual" (added by the user).
        edited: the user changed it (shown with a marker).
    """

    id: str
    title: str
    when: When
    quote: str
    sources: tuple[Provenance, ...] = ()
    actors: tuple[str, ...] = ()
    places: tuple[str, ...] = ()
    confidence: float = 1.0
    origin: str = "extracted"
    edited: bool = field(default=False)

    @property
    def documents(self) -> tuple[str, ...]:
        """Ids of the documents that report this event, without repeats, in order."""
        return tuple(dict.fromkeys(s.document for s in self.sources))

    def with_changes(self, **changes: object) -> Event:
        """A copy with some fields replaced (frozen dataclasses cannot be edited)."""
        return replace(self, **changes)  # type: ignore[arg-type]

    def to_dict(self) -> dict[str, object]:
        """The ``events`` entry of the CLI's JSON contract."""
        out: dict[str, object] = {
            "id": self.id,
            "title": self.title,
            "date": self.when.to_dict(),
            "quote": self.quote,
            "sources": [s.to_dict() for s in self.sources],
            "actors": list(self.actors),
            "places": list(self.places),
            "confidence": round(self.confidence, 3),
        }
        if self.origin != "extracted":
            out["origin"] = self.origin
        if self.edited:
            out["edited"] = True
        return out

    @classmethod
    def from_dict(cls, data: dict[str, object]) -> Event:
        """Inverse of :meth:`to_dict` (project files)."""
        return cls(
            id=str(data["id"]),
            title=str(data["title"]),
            when=When.from_dict(data["date"]),  # type: ignore[arg-type]
            quote=str(data.get("quote", "")),
            sources=tuple(Provenance.from_dict(s) for s in data.get("sources", [])),  # type: ignore[attr-defined]
            actors=tuple(data.get("actors", [])),  # type: ignore[arg-type]
            places=tuple(data.get("places", [])),  # type: ignore[arg-type]
            confidence=float(data.get("confidence", 1.0)),  # type: ignore[arg-type]
            origin=str(data.get("origin", "extracted")),
            edited=bool(data.get("edited", False)),
        )
