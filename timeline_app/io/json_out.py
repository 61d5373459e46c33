"""The JSON the command line writes: a stable contract other tools parse."""

from __future__ import annotations

import json
import sys
from collections.abc import Iterable
from pathlib import Path

from timeline_app.io.atomic import atomic_write_text
from timeline_app.model import Document, Event


def extraction_to_dict(
    documents: Iterable[Document], events: Iterable[Event]
) -> dict[str, list[dict[str, object]]]:
    """``{"documents": [Document.to_summary()], "events": [Event.to_dict()]}``."""
    return {
        "documents": [d.to_summary() for d in documents],
        "events": [e.to_dict() for e in events],
    }


def dumps(obj: object) -> str:
    """Readable UTF-8 JSON (``ensure_ascii=False``: quotes keep their accents), newline-ended."""
    return json.dumps(obj, ensure_ascii=False, indent=2) + "\n"


def write_json(obj: object, out: Path | None) -> None:
    """Write ``obj`` as JSON to ``out`` atomically, or to stdout when ``out`` is None.

    Raises:
        OSError: the file cannot be written (the old file, if any, is untouched).
        TypeError: ``obj`` is not JSON-serialisable (nothing is written).
    """
    text = dumps(obj)
    if out is None:
        _write_stdout(text)
    else:
        atomic_write_text(out, text)


def _write_stdout(text: str) -> None:
    """UTF-8 whatever the console's encoding, so a cp1252 Windows console cannot fail."""
    buffer = getattr(sys.stdout, "buffer", None)
    if buffer is None:  # replaced by a StringIO (tests, embedding)
        sys.stdout.write(text)
    else:
        sys.stdout.flush()
        buffer.write(text.encode("utf-8"))
        buffer.flush()
