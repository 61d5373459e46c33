"""Finding the app's resources (icons, style sheet, samples) wherever it runs from.

The same code runs from a source checkout (``resources/`` next to the package), from an
installed wheel (``timeline_app/resources``) and from a PyInstaller bundle (``sys._MEIPASS``),
so lookups try each place in turn instead of assuming one layout.
"""

from __future__ import annotations

import functools
import os
import sys
from pathlib import Path

from PySide6.QtGui import QIcon
from PySide6.QtWidgets import QApplication, QStyle

_PACKAGE = Path(__file__).resolve().parents[2]  # timeline_app/


def resource_dirs() -> list[Path]:
    """Candidate ``resources`` folders that exist, most specific first.

    ``TIMELINE_RESOURCES`` (an override for packagers), the PyInstaller bundle
    (``build.spec`` copies ``resources`` to ``sys._MEIPASS/resources``), a ``resources``
    folder inside the installed package, the source checkout next to the package, and
    ``<prefix>/share/timeline-app/resources`` (wheel ``data-files``).
    """
    candidates = [_PACKAGE / "resources", _PACKAGE.parent / "resources"]
    bundle = getattr(sys, "_MEIPASS", None)
    if bundle:
        candidates.insert(0, Path(bundle) / "resources")
    override = os.environ.get("TIMELINE_RESOURCES")
    if override:
        candidates.insert(0, Path(override))
    candidates.append(Path(sys.prefix) / "share" / "timeline-app" / "resources")
    return [c for c in candidates if c.is_dir()]


def resource(*parts: str) -> Path | None:
    """The first existing ``resources/<parts>``, or None."""
    for base in resource_dirs():
        path = base.joinpath(*parts)
        if path.exists():
            return path
    return None


def samples_dir() -> Path | None:
    """The bundled sample articles (File → Open Sample), if shipped."""
    path = resource("samples")
    return path if path is not None and any(path.iterdir()) else None


def style_sheet() -> str:
    """The app's light style sheet (empty when not found)."""
    path = resource("style.qss")
    if path is None:
        return ""
    icons = resource("icons")
    text = path.read_text(encoding="utf-8")
    return text.replace("@ICONS@", icons.as_posix() if icons else "")


@functools.cache
def _svg_icon(name: str) -> QIcon | None:
    path = resource("icons", f"{name}.svg")
    return QIcon(str(path)) if path is not None else None


def icon(name: str, fallback: QStyle.StandardPixmap) -> QIcon:
    """``resources/icons/<name>.svg``, else the platform's standard icon."""
    found = _svg_icon(name)
    if found is not None and not found.isNull():
        return found
    style = QApplication.style()
    return style.standardIcon(fallback) if style is not None else QIcon()
