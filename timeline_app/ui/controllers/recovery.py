"""Autosave timing and the recovery question after a crash (split from the controller).

Nothing the user did may be lost: the window writes an autosave copy every minute (or
``TIMELINE_AUTOSAVE_SECONDS``), and the next launch asks whether to recover it.
"""

from __future__ import annotations

import os
import time
from pathlib import Path

from PySide6.QtWidgets import QMessageBox, QWidget

__all__ = ["AUTOSAVE_ENV", "ask_to_recover", "autosave_interval_ms", "mtime"]

AUTOSAVE_ENV = "TIMELINE_AUTOSAVE_SECONDS"


def ask_to_recover(parent: QWidget, autosave: Path, origin: str) -> bool:
    """Ask whether to restore ``autosave`` (of the project at ``origin``, or unsaved work)."""
    what = f"your changes to {Path(origin).name}" if origin else "an unsaved timeline"
    answer = QMessageBox.question(
        parent,
        "Recover unsaved work?",
        f"Timeline did not close normally last time. Recover {what} (autosaved {_age(autosave)})?",
        QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.Discard,
        QMessageBox.StandardButton.Yes,
    )
    return answer != QMessageBox.StandardButton.Discard


def autosave_interval_ms() -> int:
    """Autosave period: ``TIMELINE_AUTOSAVE_SECONDS`` or one minute."""
    try:
        seconds = float(os.environ.get(AUTOSAVE_ENV, "60"))
    except ValueError:
        seconds = 60.0
    return max(1000, int(seconds * 1000))


def mtime(path: Path | str) -> float:
    try:
        return Path(path).stat().st_mtime
    except OSError:
        return 0.0


def _age(path: Path) -> str:
    """'5 minutes ago'-style age of a file, for the recovery question."""
    minutes = max(0, int((time.time() - mtime(path)) // 60))
    if minutes < 1:
        return "less than a minute ago"
    if minutes < 120:
        return f"{minutes} minute{'s' if minutes != 1 else ''} ago"
    hours = minutes // 60
    return f"{hours} hours ago" if hours < 48 else f"{hours // 24} days ago"
