"""Events as a spreadsheet: one row per event, Excel-friendly.

The file is UTF-8 *with* a byte-order mark and CRLF line ends: Excel opens a BOM-less
CSV as the local ANSI code page and mangles every accent and curly quote, while
LibreOffice, pandas (``encoding="utf-8-sig"``) and Python's csv module read the BOM
fine. Cells that start like a formula get a leading apostrophe so opening a CSV made
from untrusted articles cannot run a formula (CSV injection).
"""

from __future__ import annotations

import csv
import io
import sys
from collections.abc import Iterable, Mapping
from pathlib import Path

from timeline_app.io.atomic import atomic_write_text
from timeline_app.model import Document, Event

COLUMNS = (
    "date_text",
    "value",
    "start",
    "end",
    "granularity",
    "approximate",
    "title",
    "quote",
    "documents",
    "actors",
    "places",
    "confidence",
    "id",
)
_FORMULA_START = ("=", "+", "-", "@", "\t", "\r")
_TEXT_COLUMNS = frozenset({"date_text", "title", "quote", "documents", "actors", "places"})
LIST_SEPARATOR = "; "


def csv_text(documents: Iterable[Document], events: Iterable[Event]) -> str:
    """The CSV content (header + one row per event), without the BOM."""
    titles = _titles(documents)
    buffer = io.StringIO()
    writer = csv.writer(buffer, quoting=csv.QUOTE_MINIMAL, lineterminator="\r\n")
    writer.writerow(COLUMNS)
    for event in events:
        row = event_row(event, titles)
        writer.writerow([_defuse(row[c]) if c in _TEXT_COLUMNS else row[c] for c in COLUMNS])
    return buffer.getvalue()


def write_csv(documents: Iterable[Document], events: Iterable[Event], out: Path | None) -> None:
    """Write the CSV to ``out`` atomically (UTF-8 with BOM), or to stdout when None.

    Raises:
        OSError: the file cannot be written (the old file, if any, is untouched).
    """
    text = csv_text(documents, events)
    if out is None:
        buffer = getattr(sys.stdout, "buffer", None)
        if buffer is None:
            sys.stdout.write(text)
        else:
            sys.stdout.flush()
            buffer.write(text.encode("utf-8"))
            buffer.flush()
    else:
        atomic_write_text(out, text, encoding="utf-8-sig")


def event_row(event: Event, titles: Mapping[str, str]) -> dict[str, str]:
    """One event's cells by column name; documents are named by title, not id."""
    when = event.when
    return {
        "date_text": when.text,
        "value": when.value,
        "start": when.start_iso,
        "end": when.end_iso,
        "granularity": when.granularity.value,
        "approximate": "yes" if when.approximate else "no",
        "title": event.title,
        "quote": event.quote,
        "documents": LIST_SEPARATOR.join(titles.get(d, d) for d in event.documents),
        "actors": LIST_SEPARATOR.join(event.actors),
        "places": LIST_SEPARATOR.join(event.places),
        "confidence": f"{event.confidence:.2f}",
        "id": event.id,
    }


def _titles(documents: Iterable[Document]) -> dict[str, str]:
    return {d.id: d.title or d.path or d.id for d in documents}


def _defuse(value: str) -> str:
    return "'" + value if value.startswith(_FORMULA_START) else value
