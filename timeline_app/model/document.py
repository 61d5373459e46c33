"""A loaded article: plain text with offsets, a title and a reference date."""

from __future__ import annotations

import hashlib
from dataclasses import dataclass, field

from timeline_app.model.when import Day


def document_id(text: str) -> str:
    """Stable id from the text itself, so a renamed or moved file is the same document."""
    return hashlib.blake2b(text.encode("utf-8"), digest_size=8).hexdigest()


@dataclass(frozen=True, slots=True)
class Document:
    """One article as the engine sees it.

    Attributes:
        id: :func:`document_id` of ``text``.
        path: where it was read from ("" for pasted text).
        title: the article's title (HTML <title>/og:title, first heading or first line).
        text: the plain text; every offset in the app indexes this string. For ``.txt``
            files it is the decoded file content, unchanged.
        format: "txt", "md", "html", "pdf", "docx" or "paste".
        reference_date: the date relative expressions are resolved against, or None.
        reference_source: where that date came from: "html-meta", "dateline",
            "published-line", "user", "pdf-meta", "docx-meta" or "".
        metadata: raw metadata found by the loader (e.g. ``published`` from HTML meta).
        language: ISO 639-1 code of the text's language ("de", "fr"), detected at load
            time or set by the user; "" when unknown, which the engine reads as English.
    """

    id: str
    path: str
    title: str
    text: str
    format: str = "txt"
    reference_date: Day | None = None
    reference_source: str = ""
    metadata: dict[str, str] = field(default_factory=dict, compare=False, hash=False)
    language: str = ""

    def to_summary(self) -> dict[str, object]:
        """The ``documents`` entry of the CLI's JSON contract."""
        return {
            "id": self.id,
            "path": self.path,
            "title": self.title,
            "reference_date": self.reference_date.iso() if self.reference_date else None,
            "language": self.language or None,
        }
