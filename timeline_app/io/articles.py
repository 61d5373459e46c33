"""Files to :class:`~timeline_app.model.Document`: one entry point for every supported format.

``read_document`` raises :class:`LoadError` and nothing else, whatever the bytes are:
the pipeline lists failed files and carries on with the rest, so an unexpected exception
from a third-party parser must not escape as something the caller does not catch.
"""

from __future__ import annotations

import importlib
import logging
import os
from collections.abc import Callable
from pathlib import Path
from typing import cast

from timeline_app.io.errors import LoadError
from timeline_app.io.paths import (
    MAX_FILE_BYTES,
    SUPPORTED_SUFFIXES,
    expand_paths,
    is_supported,
    read_bytes,
)
from timeline_app.io.text import first_line_title, make_document, trim_title
from timeline_app.model import Document

__all__ = [
    "MAX_FILE_BYTES",
    "SUPPORTED_SUFFIXES",
    "LoadError",
    "document_from_text",
    "expand_paths",
    "is_supported",
    "read_document",
]

_log = logging.getLogger(__name__)
Loader = Callable[[Path, bytes], Document]
# Loader modules are imported on first use: pypdf, python-docx and trafilatura together
# take a few hundred milliseconds to import, which the GUI should not pay at start-up.
_LOADERS: dict[str, tuple[str, str]] = {
    ".txt": ("timeline_app.io.text", "load_txt"),
    ".md": ("timeline_app.io.text", "load_markdown"),
    ".markdown": ("timeline_app.io.text", "load_markdown"),
    ".html": ("timeline_app.io.html", "load_html"),
    ".htm": ("timeline_app.io.html", "load_html"),
    ".pdf": ("timeline_app.io.pdf", "load_pdf"),
    ".docx": ("timeline_app.io.docx", "load_docx"),
}


def read_document(path: str | os.PathLike[str], *, max_bytes: int = MAX_FILE_BYTES) -> Document:
    """Read one file into a Document, choosing the loader by suffix (case-insensitive).

    Args:
        path: a ``.txt .md .markdown .html .htm .pdf .docx`` file.
        max_bytes: files larger than this are refused before being read.

    Returns:
        The document; ``reference_date``/``reference_source`` are set when the file's
        metadata gives a publication date (HTML meta, front matter, PDF/DOCX properties).

    Raises:
        LoadError: for every failure, with a message fit for the user.
    """
    file = Path(path)
    entry = _LOADERS.get(file.suffix.lower())
    if entry is None:
        suffix = file.suffix or "(no extension)"
        raise LoadError(file, f"Unsupported file type {suffix}")
    data = read_bytes(file, max_bytes=max_bytes)
    try:
        loader = cast(Loader, getattr(importlib.import_module(entry[0]), entry[1]))
        return loader(file, data)
    except LoadError:
        raise
    except MemoryError as exc:
        raise LoadError(file, "Not enough memory to read this file") from exc
    except RecursionError as exc:
        raise LoadError(file, "The file is nested too deeply to read") from exc
    except Exception as exc:  # broad on purpose: last line of defence, see module docstring
        _log.exception("unexpected failure reading %s", file)
        raise LoadError(file, f"Could not read this file ({type(exc).__name__}: {exc})") from exc


def document_from_text(text: str, *, title: str | None = None, path: str = "") -> Document:
    """A Document from pasted text, kept exactly as given (offsets index ``text``).

    Args:
        text: the text, unchanged.
        title: shown in the legend; defaults to the first non-empty line.
        path: where it came from, "" for the clipboard.

    Raises:
        LoadError: ``text`` is empty or only blank space.
    """
    if not text.strip():
        raise LoadError(path, "The text is empty")
    name = trim_title(title) if title and title.strip() else first_line_title(text)
    return make_document(text, path=path, title=name or "Pasted text", fmt="paste")
