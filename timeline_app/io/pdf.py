"""PDF files via pypdf: the text layer of every page, blank lines between pages.

pypdf raises a zoo of exception types on damaged files (and warns on merely odd ones),
so every call into it is guarded and turned into a :class:`LoadError` that says what the
user can do about it: damaged, encrypted, or only scanned images.
"""

from __future__ import annotations

import io
import logging
import re
import warnings
from pathlib import Path

from pypdf import PdfReader
from pypdf.errors import DependencyError, FileNotDecryptedError

from timeline_app.io.encoding import binary_kind, not_a_message
from timeline_app.io.errors import LoadError
from timeline_app.io.metadates import parse_pdf_date
from timeline_app.io.text import first_line_title, make_document, trim_title
from timeline_app.model import Document

DAMAGED = "The PDF is damaged or truncated"
ENCRYPTED = "Encrypted PDF: it needs a password to open"
NO_TEXT = "No readable text in this PDF (scanned images?)"
# "spill-\nway" -> "spillway": only between lowercase letters, so "Jean-\nPaul" and
# line-final dashes stay as they are.
_HYPHEN_BREAK = re.compile(r"([a-z])-\n([a-z])")
# pypdf logs every oddity it recovers from ("EOF marker not found", unknown encodings),
# which would reach the CLI's stderr through logging's last-resort handler; the loader
# reports problems itself, as LoadError or ``metadata["warning"]``.
logging.getLogger("pypdf").setLevel(logging.CRITICAL)
_JUNK_TITLE = re.compile(r"^(untitled|microsoft word - .*|.*\.(docx?|pdf|rtf|odt|indd))$", re.I)


def load_pdf(path: Path, data: bytes) -> Document:
    """Read a PDF's text layer into a Document.

    Raises:
        LoadError: not a PDF, damaged, encrypted, zero pages, or no text layer.
    """
    if b"%PDF-" not in data[:1024]:
        kind = binary_kind(data)
        raise LoadError(path, not_a_message("PDF", kind))
    truncated = b"%%EOF" not in data[-2048:]
    with warnings.catch_warnings():
        warnings.simplefilter("ignore")  # pypdf warns on every oddity it recovers from
        try:
            reader = PdfReader(io.BytesIO(data), strict=False)
            _unlock(reader, path)
            pages = [_page_text(page) for page in reader.pages]
        except LoadError:
            raise
        except Exception as exc:  # broad on purpose: pypdf raises many types on bad input
            raise LoadError(path, DAMAGED) from exc
        title, created = _metadata(reader)
    if not pages:
        raise LoadError(path, DAMAGED if truncated else "This PDF has no pages")
    text = "\n\n".join(_HYPHEN_BREAK.sub(r"\1\2", p) for p in pages if p)
    if not text:
        raise LoadError(path, DAMAGED if truncated else NO_TEXT)
    day = parse_pdf_date(created) if created else None
    metadata = {"created": created} if created else {}
    if truncated:
        metadata["warning"] = "truncated file: some text may be missing"
    return make_document(
        text,
        path=str(path),
        title=title or first_line_title(text) or path.stem,
        fmt="pdf",
        reference_date=day,
        reference_source="pdf-meta",
        metadata=metadata,
    )


def _unlock(reader: PdfReader, path: Path) -> None:
    """Open PDFs that are encrypted with an empty user password (print/copy limits only)."""
    if not reader.is_encrypted:
        return
    try:
        unlocked = reader.decrypt("")
    except (DependencyError, NotImplementedError) as exc:
        raise LoadError(path, "Encrypted PDF: this kind of encryption is not supported") from exc
    except FileNotDecryptedError as exc:
        raise LoadError(path, ENCRYPTED) from exc
    if not unlocked:
        raise LoadError(path, ENCRYPTED)


def _page_text(page: object) -> str:
    """One page's text, lines right-stripped; a page that fails to parse counts as empty."""
    try:
        raw = page.extract_text()  # type: ignore[attr-defined]
    except Exception:  # broad on purpose: one broken page must not lose the others
        return ""
    lines = [line.rstrip() for line in str(raw or "").splitlines()]
    return "\n".join(lines).strip()


def _metadata(reader: PdfReader) -> tuple[str, str]:
    """(title, raw creation date) from the document info, "" when absent or unreadable."""
    try:
        info = reader.metadata
        if info is None:
            return "", ""
        title = " ".join(str(info.get("/Title") or "").split())
        created = str(info.get("/CreationDate") or "").strip()
    except Exception:  # broad on purpose: metadata is optional; damaged info is ignored
        return "", ""
    if _JUNK_TITLE.match(title):
        title = ""
    return (trim_title(title) if title else ""), created
