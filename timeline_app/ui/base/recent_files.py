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


def add_recent(settings: QSettings, *paths: Path) -> None:
    """Put ``paths`` first (the last one first, as if added one by one), without repeats,
    keeping at most :data:`MAX_RECENT`; only the newest few are even looked at."""
    newest = [p.resolve() for p in reversed(paths[-MAX_RECENT:])]
    older = [p for p in recent_files(settings) if p.resolve() not in newest]
    names = [str(p) for p in dict.fromkeys([*newest, *older])]
    settings.setValue(RECENT_KEY, names[:MAX_RECENT])
