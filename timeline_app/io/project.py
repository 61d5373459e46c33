"""``.timeline.json`` project files: documents, both event layers, the user's edits, the view.

Versioned so a future format can be recognised and refused clearly instead of being
half-read. Saving is atomic (a crash mid-save leaves the previous file), loading never
writes, and every problem is a :class:`ProjectError` whose message can go straight into a
dialog. Saving, loading and saving again gives byte-identical JSON apart from
``saved_at``: lists keep the timeline's order and every value round-trips exactly.
"""

from __future__ import annotations

import datetime as dt
import json
import os
from pathlib import Path
from typing import Any

from timeline_app import __version__
from timeline_app.io.atomic import atomic_write_text
from timeline_app.io.autosave import (
    autosave_origin,
    autosave_path,
    data_dir,
    discard_autosave,
    find_recovery_files,
)
from timeline_app.io.paths import os_error_message
from timeline_app.model import Day, Document, Event, EventEdit, Timeline

__all__ = [
    "FORMAT_NAME",
    "FORMAT_VERSION",
    "PROJECT_SUFFIX",
    "ProjectError",
    "autosave_origin",
    "autosave_path",
    "data_dir",
    "discard_autosave",
    "find_recovery_files",
    "load_project",
    "project_to_dict",
    "save_project",
]

PROJECT_SUFFIX = ".timeline.json"
FORMAT_NAME = "timeline-project"
FORMAT_VERSION = 1
_DAMAGED = "The project file is damaged"


class ProjectError(Exception):
    """A project could not be saved or loaded; ``message`` is fit to show the user."""

    def __init__(self, path: str | os.PathLike[str], message: str) -> None:
        self.path = str(path)
        self.message = message
        super().__init__(f"{self.path}: {message}")

    def __reduce__(self) -> tuple[type[ProjectError], tuple[str, str]]:
        return (ProjectError, (self.path, self.message))


def save_project(
    path: str | os.PathLike[str],
    timeline: Timeline,
    view_state: dict[str, Any],
    *,
    autosave_of: str | None = None,
) -> None:
    """Write ``timeline`` and ``view_state`` to ``path`` atomically.

    Args:
        path: the ``.timeline.json`` file to create or replace.
        timeline: everything the user has: documents, events, edits.
        view_state: JSON-serialisable UI state (zoom range, filters…), returned as is by
            :func:`load_project`.
        autosave_of: for autosaves, the project file this is a backup of (shown when
            offering recovery).

    Raises:
        ProjectError: the view state is not serialisable or the file cannot be written;
            an existing file is left unchanged.
    """
    data = project_to_dict(timeline, view_state)
    if autosave_of is not None:
        data["autosave_of"] = autosave_of
    try:
        text = json.dumps(data, ensure_ascii=False, indent=_indent_for(timeline)) + "\n"
    except (TypeError, ValueError) as exc:
        raise ProjectError(path, f"Could not save the project: {exc}") from exc
    try:
        atomic_write_text(path, text)
    except OSError as exc:
        raise ProjectError(path, f"Could not save the project: {os_error_message(exc)}") from exc


#: Above this many events a project is written without indentation: ``json`` only uses its
#: C encoder when ``indent`` is None, and indenting made saving 100,000 events ~6x slower.
_INDENT_LIMIT = 5_000


def _indent_for(timeline: Timeline) -> int | None:
    """Indent small projects (readable, diff-friendly); write large ones compactly."""
    return 1 if len(timeline.extracted) + len(timeline.manual) < _INDENT_LIMIT else None


def project_to_dict(timeline: Timeline, view_state: dict[str, Any]) -> dict[str, Any]:
    """The project file's JSON object (``saved_at`` is now, in UTC)."""
    now = dt.datetime.now(dt.timezone.utc).replace(microsecond=0)
    return {
        "format": FORMAT_NAME,
        "version": FORMAT_VERSION,
        "app_version": __version__,
        "saved_at": now.isoformat().replace("+00:00", "Z"),
        "documents": [document_to_dict(d) for d in timeline.documents.values()],
        "extracted": [e.to_dict() for e in timeline.extracted.values()],
        "manual": [e.to_dict() for e in timeline.manual.values()],
        "edits": {key: edit.to_dict() for key, edit in timeline.edits.items()},
        "view": dict(view_state),
    }


def load_project(path: str | os.PathLike[str]) -> tuple[Timeline, dict[str, Any]]:
    """Read a project file back into a new Timeline and its view state.

    Raises:
        ProjectError: unreadable, not JSON, truncated, not a project, saved by a newer
            version, or missing/invalid fields. The file is never modified.
    """
    data = _read_json(Path(path))
    _check_header(path, data)
    try:
        timeline = Timeline()
        documents = [document_from_dict(d) for d in _list(data, "documents")]
        timeline.documents = {d.id: d for d in documents}
        timeline.extracted = _events(data, "extracted")
        timeline.manual = _events(data, "manual", required=False)
        timeline.edits = {
            str(k): EventEdit.from_dict(v) for k, v in _mapping(data, "edits").items()
        }
        view = _mapping(data, "view")
    except _Invalid as exc:
        raise ProjectError(path, f"{_DAMAGED}: {exc}") from exc
    except (KeyError, ValueError, TypeError, AttributeError) as exc:
        raise ProjectError(path, f"{_DAMAGED}: invalid value ({_describe(exc)})") from exc
    return timeline, dict(view)


def document_to_dict(document: Document) -> dict[str, Any]:
    """A whole Document, text included, so a project opens without its source files."""
    return {
        "id": document.id,
        "path": document.path,
        "title": document.title,
        "format": document.format,
        "reference_date": document.reference_date.iso() if document.reference_date else None,
        "reference_source": document.reference_source,
        "metadata": dict(document.metadata),
        "language": document.language,
        "text": document.text,
    }


def document_from_dict(data: dict[str, Any]) -> Document:
    """Inverse of :func:`document_to_dict`."""
    reference = data.get("reference_date")
    metadata = data.get("metadata") or {}
    if not isinstance(metadata, dict) or not isinstance(data["text"], str):
        raise _Invalid(f"document {data.get('id', '?')!r} has a bad text or metadata")
    return Document(
        id=str(data["id"]),
        path=str(data.get("path", "")),
        title=str(data.get("title", "")),
        text=data["text"],
        format=str(data.get("format", "txt")),
        reference_date=Day.parse(str(reference)) if reference else None,
        reference_source=str(data.get("reference_source", "")),
        metadata={str(k): str(v) for k, v in metadata.items()},
        language=str(data.get("language") or ""),
    )


class _Invalid(ValueError):
    """A structural problem, described in words for the "damaged" message."""


def _read_json(path: Path) -> Any:
    try:
        raw = path.read_bytes()
    except OSError as exc:
        raise ProjectError(path, os_error_message(exc)) from exc
    if not raw.strip():
        raise ProjectError(path, "The project file is empty")
    try:
        return json.loads(raw.decode("utf-8-sig"))
    except UnicodeDecodeError as exc:
        raise ProjectError(path, f"{_DAMAGED}: it is not UTF-8 text") from exc
    except json.JSONDecodeError as exc:
        where = f"line {exc.lineno}, column {exc.colno}"
        raise ProjectError(path, f"{_DAMAGED}: {exc.msg} ({where})") from exc
    except RecursionError as exc:
        raise ProjectError(path, f"{_DAMAGED}: nested too deeply") from exc


def _check_header(path: str | os.PathLike[str], data: Any) -> None:
    if not isinstance(data, dict) or data.get("format") != FORMAT_NAME:
        raise ProjectError(path, "Not a Timeline project file")
    version = data.get("version")
    if not isinstance(version, int) or isinstance(version, bool) or version < 1:
        raise ProjectError(path, f"{_DAMAGED}: unknown format version {version!r}")
    if version > FORMAT_VERSION:
        raise ProjectError(
            path,
            f"This project was saved by a newer Timeline (format {version}); "
            f"this version reads up to {FORMAT_VERSION}",
        )


def _list(data: dict[str, Any], key: str, *, required: bool = True) -> list[dict[str, Any]]:
    if key not in data and not required:
        return []
    if key not in data:
        raise _Invalid(f"missing {key!r}")
    value = data[key]
    if not isinstance(value, list) or not all(isinstance(item, dict) for item in value):
        raise _Invalid(f"{key!r} is not a list of objects")
    return value


def _mapping(data: dict[str, Any], key: str) -> dict[str, Any]:
    value = data.get(key, {})
    if not isinstance(value, dict):
        raise _Invalid(f"{key!r} is not an object")
    return value


def _events(data: dict[str, Any], key: str, *, required: bool = True) -> dict[str, Event]:
    events: dict[str, Event] = {}
    for number, item in enumerate(_list(data, key, required=required), start=1):
        try:
            event = Event.from_dict(item)
        except (KeyError, ValueError, TypeError, AttributeError) as exc:
            raise _Invalid(f"event {number} in {key!r}: {_describe(exc)}") from exc
        events[event.id] = event
    return events


def _describe(exc: Exception) -> str:
    if isinstance(exc, KeyError):
        return f"missing {exc.args[0]!r}"
    return str(exc) or type(exc).__name__
