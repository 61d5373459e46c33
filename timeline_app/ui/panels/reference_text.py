"""Where a document's reference date came from, in words (no widgets).

The detail panel, the documents list and the reference-date dialog all say it; one copy
here keeps them agreeing and breaks the import cycle the three of them once formed.
"""

from __future__ import annotations

from timeline_app.model import Document
from timeline_app.model.when_text import day_text as format_day

REFERENCE_SOURCES = {
    "html-meta": "page metadata",
    "dateline": "dateline",
    "published-line": "“Published” line",
    "user": "set by you",
    "pdf-meta": "PDF properties",
    "docx-meta": "document properties",
}


def reference_origin(document: Document) -> str:
    """Where the document's reference date came from, in words."""
    if document.reference_date is None:
        return "None found: relative dates such as “last year” could not be placed."
    day = format_day(document.reference_date)
    if document.reference_source == "user":
        return f"{day}, set by you"
    how = REFERENCE_SOURCES.get(document.reference_source, document.reference_source or "")
    return day + (f", from the {how}" if how else "")
