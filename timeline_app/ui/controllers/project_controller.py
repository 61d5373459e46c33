"""Project files for the window: save, open, dirty marker, autosave, recovery, recent files.

Reading and writing is :mod:`timeline_app.io.project` (atomic, versioned); this module
decides *when* and talks to the user. The rule is that nothing is ever lost: a project
that cannot be opened leaves the current timeline untouched and says why; closing with
unsaved changes asks first; and while the user works, an autosave copy is written to the
recovery folder so a crash costs at most a minute.
"""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path
from typing import Any

from PySide6.QtCore import QObject, QSettings, QTimer, Signal
from PySide6.QtGui import QUndoStack
from PySide6.QtWidgets import QFileDialog, QMainWindow, QMessageBox

from timeline_app.core.gcpause import freeze_long_lived
from timeline_app.model import Timeline
from timeline_app.ui.base.recent_files import add_recent, recent_files
from timeline_app.ui.controllers.recovery import (
    ask_to_recover,
    autosave_interval_ms,
    mtime,
)

ViewStateGetter = Callable[[], dict[str, Any]]
ViewStateSetter = Callable[[dict[str, Any]], None]
_FILTER = "Timeline projects (*.timeline.json);;All files (*)"


def replace_contents(target: Timeline, source: Timeline) -> None:
    """Make ``target`` hold what ``source`` holds, notifying ``target``'s views once.

    The window's widgets keep their one Timeline object for life, so opening a project
    copies the loaded state into it rather than swapping objects under the views.
    """
    target.manual = dict(source.manual)
    target.edits = dict(source.edits)
    target.set_extraction(source.documents.values(), source.extracted.values())
    freeze_long_lived()


class ProjectController(QObject):
    """Owns the project path and the dirty flag of one main window.

    Signals:
        recent_changed(): the recent-projects list changed (rebuild the menu).
        project_loaded(dict): a project was opened; its saved view state.
    """

    recent_changed = Signal()
    project_loaded = Signal(dict)

    def __init__(
        self,
        window: QMainWindow,
        timeline: Timeline,
        undo_stack: QUndoStack,
        view_state: ViewStateGetter,
        settings: QSettings,
    ) -> None:
        super().__init__(window)
        self.window = window
        self.timeline = timeline
        self.undo_stack = undo_stack
        self.path: Path | None = None
        self.dirty = False
        self._view_state = view_state
        self._settings = settings
        self._loading = False
        self._autosaved: Path | None = None
        self._stale: list[Path] = []
        self.autosave_timer = QTimer(self, interval=autosave_interval_ms())
        self.autosave_timer.timeout.connect(self.autosave)
        self.autosave_timer.start()
        timeline.subscribe(self._on_timeline_changed)
        self._update_title()

    # -- state ----------------------------------------------------------------------------
    def _on_timeline_changed(self) -> None:
        if not self._loading:
            self.set_dirty(True)

    def set_dirty(self, dirty: bool) -> None:
        """Mark unsaved changes (the ``*`` in the title)."""
        self.dirty = dirty
        self._update_title()

    def _update_title(self) -> None:
        name = self.path.name if self.path else "Untitled"
        self.window.setWindowTitle(f"{name}[*] — Timeline")
        self.window.setWindowModified(self.dirty)

    # -- save -----------------------------------------------------------------------------
    def save(self) -> bool:
        """Save to the current file (asks for one the first time); False if not saved."""
        if self.path is None:
            return self.save_as()
        return self.save_to(self.path)

    def save_as(self) -> bool:
        """Ask for a file name and save there."""
        start = str(self.path or Path.home() / "Untitled.timeline.json")
        name, _ = QFileDialog.getSaveFileName(self.window, "Save Project", start, _FILTER)
        if not name:
            return False
        path = Path(name)
        if not path.name.endswith(".timeline.json"):
            path = path.with_name(path.name.removesuffix(".json") + ".timeline.json")
        return self.save_to(path)

    def save_to(self, path: Path) -> bool:
        """Write the project atomically; on failure say why and keep the old file."""
        from timeline_app.io import project

        try:
            project.save_project(path, self.timeline, self._view_state())
        except (OSError, project.ProjectError) as exc:
            QMessageBox.critical(self.window, "Could not save", f"{path}\n\n{exc}")
            return False
        self.path = path
        self.discard_autosave()
        self.set_dirty(False)
        self.undo_stack.setClean()
        self.add_recent(path)
        self._status(f"Saved {path.name}")
        return True

    # -- open -----------------------------------------------------------------------------
    def open_dialog(self) -> bool:
        """File → Open Project…"""
        start = str(self.path.parent if self.path else Path.home())
        name, _ = QFileDialog.getOpenFileName(self.window, "Open Project", start, _FILTER)
        return bool(name) and self.open_project(Path(name))

    def open_project(self, path: Path, *, recovered: bool = False) -> bool:
        """Load a project into the window (after confirming unsaved changes).

        A corrupt, unreadable or newer-version file shows its message and changes nothing.
        """
        from timeline_app.io import project

        if not recovered and not self.confirm_discard():
            return False
        try:
            loaded, view_state = project.load_project(path)
        except (OSError, project.ProjectError) as exc:
            QMessageBox.warning(
                self.window,
                "Could not open project",
                f"{path.name} could not be opened.\n\n{exc}\n\n"
                "Your current timeline is unchanged.",
            )
            return False
        self._loading = True
        try:
            replace_contents(self.timeline, loaded)
        finally:
            self._loading = False
        self.undo_stack.clear()
        self.project_loaded.emit(dict(view_state or {}))
        if recovered:
            self.set_dirty(True)
        else:
            self.path = path
            self.set_dirty(False)
            self.add_recent(path)
        self._status(f"Opened {path.name}" if not recovered else "Recovered unsaved work")
        return True

    def new_project(self) -> bool:
        """File → New: empty the timeline (after confirming unsaved changes)."""
        if not self.confirm_discard():
            return False
        self._loading = True
        try:
            self.timeline.clear()
        finally:
            self._loading = False
        self.undo_stack.clear()
        self.discard_autosave()
        self.path = None
        self.set_dirty(False)
        return True

    def confirm_discard(self) -> bool:
        """True when there are no unsaved changes, or the user saved or discarded them."""
        if not self.dirty or (not self.timeline.documents and not self.timeline.manual):
            return True
        answer = QMessageBox.question(
            self.window,
            "Unsaved changes",
            "The timeline has unsaved changes. Save them first?",
            QMessageBox.StandardButton.Save
            | QMessageBox.StandardButton.Discard
            | QMessageBox.StandardButton.Cancel,
            QMessageBox.StandardButton.Save,
        )
        if answer == QMessageBox.StandardButton.Save:
            return self.save()
        return answer == QMessageBox.StandardButton.Discard

    def close_ok(self) -> bool:
        """Called from closeEvent: confirm, then remove the autosave copy."""
        if not self.confirm_discard():
            return False
        self.autosave_timer.stop()
        self.discard_autosave()
        return True

    # -- autosave and recovery ------------------------------------------------------------
    def autosave(self) -> Path | None:
        """Write unsaved work to the recovery file; returns where (None if nothing to do)."""
        from timeline_app.io import project

        if not self.dirty:
            return None
        target = Path(project.autosave_path(self.path))
        try:
            target.parent.mkdir(parents=True, exist_ok=True)
            project.save_project(
                target,
                self.timeline,
                self._view_state(),
                autosave_of=str(self.path) if self.path else None,
            )
        except (OSError, project.ProjectError) as exc:
            self._status(f"Autosave failed: {exc}")
            return None
        self._autosaved = target
        return target

    def offer_recovery(self) -> bool:
        """At start-up: offer to restore the newest autosave left by a crash."""
        from timeline_app.io import project

        files = sorted(project.find_recovery_files(), key=mtime, reverse=True)
        if not files:
            return False
        newest = Path(files[0])
        origin = project.autosave_origin(newest) or ""
        if not ask_to_recover(self.window, newest, origin):
            for stale in files:
                Path(stale).unlink(missing_ok=True)
            return False
        if not self.open_project(newest, recovered=True):
            return False
        self._stale.append(newest)  # deleted once the work is saved or the app exits cleanly
        if origin and Path(origin).is_file():
            self.path = Path(origin)
            self._update_title()
        return True

    def discard_autosave(self) -> None:
        """Delete this session's autosave (after a save, or a clean exit)."""
        for path in [*self._stale, self._autosaved]:
            if path is not None:
                path.unlink(missing_ok=True)
        self._stale.clear()
        self._autosaved = None

    # -- recent files ---------------------------------------------------------------------
    def recent_files(self) -> list[Path]:
        """Recent projects, articles and folders that still exist, newest first."""
        return recent_files(self._settings)

    def add_recent(self, *paths: Path) -> None:
        """Put ``paths`` first in File → Open Recent (the last one first); one menu update."""
        if paths:
            add_recent(self._settings, *paths)
            self.recent_changed.emit()

    def _status(self, message: str) -> None:
        bar = self.window.statusBar()
        bar.showMessage(message, 5000)
