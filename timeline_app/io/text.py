"""Plain text and Markdown: the decoded file content is the document text, unchanged.

Offsets index exactly what is in the file, so nothing is normalised: no newline
conversion, no stripping, no Markdown rendering. The only cut is a leading front-matter
block in Markdown (metadata, not prose: its ``date:`` line would otherwise become an
event); the number of characters cut is kept in ``metadata["body_offset"]`` so a file
offset is always ``document offset + body_offset``.
"""

from __future__ import annotations

import re
from pathlib import Path

from timeline_app.io.encoding import decode_text
from timeline_app.io.errors import LoadError
from timeline_app.io.metadates import parse_meta_date
from timeline_app.model import Day, Document
from timeline_app.model.document import document_id

TITLE_MAX_CHARS = 120
_FRONT_MATTER = re.compile(
    r"\A---[ \t]*\r?\n(.*?)\r?\n(?:---|\.\.\.)[ \t]*(?:\r?\n|\Z)", re.DOTALL
)
_FRONT_FIELD = re.compile(r"^([A-Za-z_][\w-]*)[ \t]*:[ \t]*(.*?)[ \t]*$", re.MULTILINE)
_ATX_H1 = re.compile(r"^[ ]{0,3}#[ \t]+(.+?)[ \t]*#*[ \t]*$", re.MULTILINE)
_SETEXT_H1 = re.compile(r"^[ ]{0,3}(\S[^\n]*?)[ \t]*\r?\n[ ]{0,3}=+[ \t]*$", re.MULTILINE)
_MD_LINK = re.compile(r"!?\[([^\]]*)\]\([^)]*\)")
_MD_EMPHASIS = re.compile(r"[*_`]+")


def load_txt(path: Path, data: bytes) -> Document:
    """A ``.txt`` file: the decoded content, byte for byte the file's characters."""
    text = decode_text(data, str(path))
    _require_text(path, text)
    return make_document(text, path=str(path), title=first_line_title(text) or path.stem)


def load_markdown(path: Path, data: bytes) -> Document:
    """A Markdown file: text as written, title from front matter or the first ``#`` heading."""
    raw = decode_text(data, str(path))
    fields, body_offset = split_front_matter(raw)
    text = raw[body_offset:]
    _require_text(path, text)
    title = fields.get("title", "") or markdown_title(text) or first_line_title(text) or path.stem
    reference: Day | None = None
    metadata: dict[str, str] = {}
    if body_offset:
        metadata["body_offset"] = str(body_offset)
    published = fields.get("date") or fields.get("published") or ""
    if published:
        metadata["published"] = published
        reference = parse_meta_date(published)
    return make_document(
        text,
        path=str(path),
        title=title,
        fmt="md",
        reference_date=reference,
        reference_source="front-matter" if reference else "",
        metadata=metadata,
    )


def split_front_matter(text: str) -> tuple[dict[str, str], int]:
    """Simple ``key: value`` fields of a leading ``---`` block, and where the body starts.

    Only flat scalar fields are read (title, date): a YAML parser is not worth a
    dependency for two keys. Quotes around values are removed.
    """
    m = _FRONT_MATTER.match(text)
    if not m:
        return {}, 0
    fields: dict[str, str] = {}
    for key, value in _FRONT_FIELD.findall(m.group(1)):
        fields.setdefault(key.lower(), value.strip().strip("\"'"))
    return fields, m.end()


def markdown_title(text: str) -> str:
    """The first level-1 heading (``# Title`` or ``Title`` underlined with ``===``)."""
    matches = [m for m in (_ATX_H1.search(text), _SETEXT_H1.search(text)) if m]
    if not matches:
        return ""
    first = min(matches, key=lambda m: m.start())
    plain = _MD_EMPHASIS.sub("", _MD_LINK.sub(r"\1", first.group(1)))
    return trim_title(plain)


def first_line_title(text: str) -> str:
    """The first non-empty line, trimmed to about :data:`TITLE_MAX_CHARS` characters."""
    for line in text.splitlines():
        if line.strip():
            return trim_title(line)
    return ""


def trim_title(title: str, limit: int = TITLE_MAX_CHARS) -> str:
    """Collapse whitespace and cut at a word boundary with an ellipsis when too long."""
    clean = " ".join(title.split())
    if len(clean) <= limit:
        return clean
    cut = clean[:limit].rsplit(" ", 1)[0] or clean[:limit]
    return cut.rstrip(" ,;:-–—") + "…"


def make_document(
    text: str,
    *,
    path: str,
    title: str,
    fmt: str = "txt",
    reference_date: Day | None = None,
    reference_source: str = "",
    metadata: dict[str, str] | None = None,
) -> Document:
    """Build a :class:`Document` with its id computed from the text."""
    return Document(
        id=document_id(text),
        path=path,
        title=title,
        text=text,
        format=fmt,
        reference_date=reference_date,
        reference_source=reference_source if reference_date else "",
        metadata=dict(metadata or {}),
    )


def _require_text(path: Path, text: str) -> None:
    if not text.strip():
        raise LoadError(path, "The file contains no text (only blank space)")
