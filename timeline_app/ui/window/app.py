"""Starting the desktop app: QApplication, style, the window, and the ``--screenshot`` mode.

The window is shown first and the spaCy model is loaded afterwards on the worker thread,
so the app is on screen in about a second even though the model takes several; the status
bar says "Loading language model…" until then, and a plain warning if there is no model.
"""

from __future__ import annotations

import os
import sys
from collections.abc import Iterable
from pathlib import Path

from PySide6.QtCore import QObject, Qt, QTimer
from PySide6.QtWidgets import QApplication, QStyle

from timeline_app import __version__
from timeline_app.model import Day
from timeline_app.ui.base.app_resources import icon, style_sheet
from timeline_app.ui.base.platform import ensure_platform, has_display

#: Give up waiting for extraction in ``--screenshot`` mode after this long.
SCREENSHOT_TIMEOUT_MS = 10 * 60 * 1000


def create_app() -> QApplication:
    """The one QApplication, named and styled (reuses an existing one, e.g. in tests)."""
    app = QApplication.instance()
    if not isinstance(app, QApplication):
        app = QApplication([sys.argv[0] if sys.argv else "timeline-app"])
    app.setApplicationName("Timeline")
    app.setOrganizationName("Timeline")
    app.setApplicationVersion(__version__)
    app.setStyle("Fusion")
    app.setStyleSheet(style_sheet())
    app.setWindowIcon(icon("app", QStyle.StandardPixmap.SP_FileDialogDetailedView))
    return app


def to_day(value: Day | str | None) -> Day | None:
    """A reference date from the CLI (``2021-09-30`` or anything the date field reads)."""
    if value is None or isinstance(value, Day):
        return value
    from timeline_app.ui.base.date_input import parse_when

    when = parse_when(str(value))
    if when is None:
        raise ValueError(f"not a date: {value!r}")
    return when.earliest


class ScreenshotTaker(QObject):
    """Waits until the model is loaded and extraction is idle, then grabs the window."""

    def __init__(self, window: object, path: Path, app: QApplication) -> None:
        super().__init__(app)
        self.window = window
        self.path = path
        self.app = app
        self.ok = False
        queue = window.ingest.queue  # type: ignore[attr-defined]
        queue.busy_changed.connect(self._on_busy_changed)
        QTimer.singleShot(SCREENSHOT_TIMEOUT_MS, self._on_timeout)

    def _on_busy_changed(self, busy: bool) -> None:
        if not busy:
            QTimer.singleShot(400, self._take)  # let the layouts settle after the last result

    def _take(self) -> None:
        queue = self.window.ingest.queue  # type: ignore[attr-defined]
        if queue.is_busy():
            return
        self.window.view.fit_all()  # type: ignore[attr-defined]
        self.app.processEvents()
        self.path.parent.mkdir(parents=True, exist_ok=True)
        self.ok = self.window.grab().save(str(self.path))  # type: ignore[attr-defined]
        if not self.ok:
            sys.stderr.write(f"error: could not write {self.path}\n")
        self.app.exit(0 if self.ok else 1)

    def _on_timeout(self) -> None:
        sys.stderr.write("error: extraction did not finish in time; screenshot taken anyway\n")
        self._take()
        self.app.exit(1)


def run_gui(
    paths: Iterable[str | os.PathLike[str]] = (),
    *,
    screenshot: str | os.PathLike[str] | None = None,
    reference_date: Day | str | None = None,
    language: str = "",
) -> int:
    """Open the main window on ``paths``; with ``screenshot``, save it and exit.

    Returns:
        The process exit code.
    """
    ensure_platform(headless=screenshot is not None)
    if not has_display():
        sys.stderr.write(
            "error: no display to open the window on (set DISPLAY, or use "
            "`timeline-app open --screenshot out.png` / `timeline-app export`)\n"
        )
        return 2
    app = create_app()
    from timeline_app.ui.window.main_window import MainWindow
    from timeline_app.ui.window.window_layout import restore_window_state, save_window_state

    window = MainWindow()
    window.ingest.reference_date = to_day(reference_date)
    window.ingest.language = language
    if screenshot is None:  # screenshots keep the default, reproducible layout
        restore_window_state(window, window.settings, window.documents_dock, window.splitter)
        app.aboutToQuit.connect(lambda: save_window_state(window, window.settings))
    window.show()
    window.raise_()
    window.view.setFocus()  # arrows move between events straight away
    window.statusBar().showMessage("Loading language model…")
    QTimer.singleShot(0, window.ingest.queue.warm_up)
    taker = ScreenshotTaker(window, Path(screenshot), app) if screenshot is not None else None
    if taker is None:
        QTimer.singleShot(0, window.projects.offer_recovery)
    targets = [Path(p) for p in paths]
    if targets:
        QTimer.singleShot(0, lambda: window.open_paths(targets))
    window.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose, False)
    code = app.exec()
    window.projects.autosave_timer.stop()
    if code == 0 or taker is not None:  # a clean exit leaves nothing to recover
        window.projects.discard_autosave()
    return code
