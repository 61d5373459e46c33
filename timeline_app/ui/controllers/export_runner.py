"""File → Export… from the window: ask, write, report.

The dialog collects options; this module hands them to :func:`export_formats.export`
with the window's current filters (an image shows what the user sees) and turns any
failure into one clear message box.
"""

from __future__ import annotations

from dataclasses import replace
from pathlib import Path
from typing import TYPE_CHECKING, Any, Protocol

from PySide6.QtWidgets import QDialog, QMessageBox

from timeline_app.ui.dialogs.export_dialog import ExportDialog
from timeline_app.ui.export.formats import ExportOptions, export

if TYPE_CHECKING:
    from timeline_app.model import Timeline
    from timeline_app.ui.panels.filter_bar import FilterBar


class ExportingWindow(Protocol):
    """What File → Export… needs of the window (``MainWindow`` provides it).

    ``view`` is the timeline view (an image shows what it shows), ``legend`` answers
    ``visible_documents()``, ``menu_actions.lanes`` is the Lanes toggle and
    ``projects.path`` the current project file, if any.
    """

    timeline: Timeline
    filter_bar: FilterBar
    view: Any
    legend: Any
    menu_actions: Any
    projects: Any

    def show_status(self, message: str) -> None: ...


def export_from_window(window: ExportingWindow, options: ExportOptions) -> None:
    """Write one export with the window's filters and view (raises on failure)."""
    current = window.filter_bar.current()
    predicate = None
    if not current.is_empty():
        predicate = lambda e: current.matches(e, window.timeline.documents)  # noqa: E731
    export(
        replace(options, compress=window.view.compress_empty_periods()),
        window.timeline,
        view=window.view,
        visible_documents=window.legend.visible_documents(),
        predicate=predicate,
        lanes_by_document=window.menu_actions.lanes.isChecked(),
    )


def run_export_dialog(window: ExportingWindow) -> bool:
    """Show the export dialog and export; True when a file was written."""
    project = window.projects.path
    base = project.name.removesuffix(".timeline.json") if project else "timeline"
    folder = project.parent if project else Path.home()
    dialog = ExportDialog(default_dir=folder, base_name=base, parent=window)
    if dialog.exec() != QDialog.DialogCode.Accepted:
        return False
    options = dialog.options()
    try:
        export_from_window(window, options)
    except Exception as exc:  # any writer failure: tell the user, keep the app running
        QMessageBox.critical(window, "Export failed", f"{options.path}\n\n{exc}")
        return False
    window.show_status(f"Exported {options.path.name}")
    return True
