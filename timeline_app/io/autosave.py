"""Where autosaves live, and finding the ones a crash left behind.

Autosaves never go next to the user's project (it may be on a read-only share, or
synced to a cloud folder that should not fill with backups): they live in the user data
folder, ``$TIMELINE_DATA_DIR`` or ``$XDG_DATA_HOME/timeline-app`` (``%LOCALAPPDATA%`` on
Windows, ``~/Library/Application Support`` on macOS), under ``autosave/``. A clean save
or exit deletes them (:func:`discard_autosave`), so whatever is found at start-up
is what a crash left behind.
"""

from __future__ import annotations

import contextlib
import hashlib
import json
import os
import re
import sys
from pathlib import Path

APP_DIR_NAME = "timeline-app"
AUTOSAVE_SUFFIX = ".autosave.timeline.json"
_UNSAFE = re.compile(r"[^\w.-]+")


def data_dir() -> Path:
    """The app's per-user data folder (not created here)."""
    override = os.environ.get("TIMELINE_DATA_DIR")
    if override:
        return Path(override)
    if sys.platform == "win32":
        base = os.environ.get("LOCALAPPDATA") or str(Path.home() / "AppData" / "Local")
    elif sys.platform == "darwin":
        base = str(Path.home() / "Library" / "Application Support")
    else:
        base = os.environ.get("XDG_DATA_HOME") or str(Path.home() / ".local" / "share")
    return Path(base) / APP_DIR_NAME


def autosave_dir() -> Path:
    """Folder holding autosave files."""
    return data_dir() / "autosave"


def autosave_path(project_path: str | os.PathLike[str] | None) -> Path:
    """The autosave file for a project (or for an unsaved one, when None).

    Named after the project plus a hash of its absolute path, so two projects called
    ``notes.timeline.json`` in different folders never share a backup. An unsaved
    timeline's backup carries the process id, so it is not mistaken for a crash leftover
    while this process is running. The folder is created if possible.
    """
    folder = autosave_dir()
    with contextlib.suppress(OSError):  # saving will report the problem properly
        folder.mkdir(parents=True, exist_ok=True)
    if project_path is None:
        return folder / f"untitled-{os.getpid()}{AUTOSAVE_SUFFIX}"
    project = Path(project_path).absolute()
    digest = hashlib.blake2b(str(project).encode("utf-8"), digest_size=4).hexdigest()
    stem = project.name.removesuffix(".json").removesuffix(".timeline")
    return folder / f"{_UNSAFE.sub('_', stem)[:60]}-{digest}{AUTOSAVE_SUFFIX}"


def find_recovery_files() -> list[Path]:
    """Autosaves left by earlier sessions, newest first (this process's own excluded)."""
    folder = autosave_dir()
    try:
        candidates = [p for p in folder.iterdir() if p.name.endswith(AUTOSAVE_SUFFIX)]
    except OSError:
        return []
    own = f"untitled-{os.getpid()}{AUTOSAVE_SUFFIX}"
    found = [p for p in candidates if p.name != own and p.is_file()]
    return sorted(found, key=_mtime, reverse=True)


def discard_autosave(project_path: str | os.PathLike[str] | None) -> None:
    """Delete the autosave of a project after a successful save or a clean close."""
    with contextlib.suppress(OSError):
        autosave_path(project_path).unlink()


def autosave_origin(path: str | os.PathLike[str]) -> str | None:
    """The project file an autosave backs up ("" for an unsaved timeline), None if unknown."""
    try:
        with open(path, encoding="utf-8") as handle:
            data = json.load(handle)
    except (OSError, ValueError, RecursionError):
        return None
    origin = data.get("autosave_of") if isinstance(data, dict) else None
    return origin if isinstance(origin, str) else None


def _mtime(path: Path) -> float:
    try:
        return path.stat().st_mtime
    except OSError:
        return 0.0
