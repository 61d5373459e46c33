"""File → Open Recent, kept in QSettings: projects, articles and folders, newest first."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QSettings

RECENT_KEY = "recentFiles"
MAX_RECENT = 8


def recent_files(settings: QSettings) -> list[Path]:
    """Remembered paths that still exist (a moved file silently drops off), newest first."""
    raw = settings.value(RECENT_KEY, []) or []
    # QSettings gives a str for a one-item list in INI files, a list otherwise.
    names = [raw] if isinstance(raw, str) else [str(n) for n in raw]  # type: ignore[attr-defined]
    return [Path(n) for n in names if Path(n).exists()]


def add_recent(settings: QSettings, path: Path) -> None:
    """Put ``path`` first, without repeats, keeping at most :data:`MAX_RECENT`."""
    key = path.resolve()
    names = [str(p) for p in recent_files(settings) if p.resolve() != key]
    settings.setValue(RECENT_KEY, [str(key), *names][:MAX_RECENT])
