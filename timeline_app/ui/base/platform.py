"""Which Qt platform to use: offscreen when there is no display and no window is needed."""

from __future__ import annotations

import os
import sys


def ensure_platform(*, headless: bool) -> None:
    """Use the offscreen platform when there is no display and no window is needed."""
    no_display = not (os.environ.get("DISPLAY") or os.environ.get("WAYLAND_DISPLAY"))
    if headless and no_display and sys.platform.startswith("linux"):
        os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")


def has_display() -> bool:
    """False on a Linux box with no X/Wayland display and no Qt platform chosen.

    Qt would abort the process there ("could not connect to display"); saying so plainly
    is kinder than a core dump.
    """
    if not sys.platform.startswith("linux") or os.environ.get("QT_QPA_PLATFORM"):
        return True
    return bool(os.environ.get("DISPLAY") or os.environ.get("WAYLAND_DISPLAY"))
