"""The main window: a composition of the timeline, table, detail panel and their helpers.

Logic lives elsewhere (``actions`` for menus, ``ingest_controller`` for files,
``edit_controller`` for curation, ``project_controller`` for saving); this module only
builds the widgets, lays them out, and keeps the canvas, the table and the detail panel
looking at the same selection and filter.
"""

from __future__ import annotations

from pathlib import Path
from typing import Any

from PySide6.QtCore import QSettings, Qt, QTimer
from PySide6.QtGui import QCloseEvent, QDragEnterEvent, QDropEvent, QUndoStack
from PySide6.QtWidgets import QDockWidget, QMainWindow, QWidget

from timeline_app.model import Timeline
from timeline_app.ui.base.event_filter import table_predicate, text_predicate
from timeline_app.ui.base.recent_files import MAX_RECENT
from timeline_app.ui.canvas.file_drops import local_paths
from timeline_app.ui.controllers.document_controller import DocumentController
from timeline_app.ui.controllers.edit_controller import EditController
from timeline_app.ui.controllers.ingest_controller import (
    IngestController,
    apply_time_budget_setting,
)
from timeline_app.ui.controllers.project_controller import ProjectController
from timeline_app.ui.panels.detail_panel import DetailPanel
from timeline_app.ui.panels.document_list import DocumentList
from timeline_app.ui.panels.error_list import ErrorList
from timeline_app.ui.panels.event_table import EventTable
from timeline_app.ui.panels.filter_bar import FilterBar
from timeline_app.ui.panels.progress_area import ProgressArea
from timeline_app.ui.panels.source_viewer import SourceViewer
from timeline_app.ui.window import window_state
from timeline_app.ui.window.actions import Actions
from timeline_app.ui.window.keyboard_path import set_keyboard_path
from timeline_app.ui.window.window_layout import (
    PROBLEMS_DOCK_H,
    StatusWidgets,
    build_central,
    make_dock,
    make_view,
    place_on_screen,
)

EMPTY_MESSAGE = (
    "Drop news articles here\n"
    "(.txt, .md, .html, .pdf, .docx files or folders)\n\n"
    "or use File → Open…, Open Sample, or paste text with Ctrl+V"
)


class MainWindow(QMainWindow):
    """One timeline, every way to look at it and change it."""

    def __init__(
        self,
        timeline: Timeline | None = None,
        *,
        settings: QSettings | None = None,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.setObjectName("mainWindow")
        self.setAccessibleName("Timeline")
        self.timeline = timeline if timeline is not None else Timeline()
        self.undo_stack = QUndoStack(self)
        self.settings = settings if settings is not None else QSettings("Timeline", "Timeline")
        apply_time_budget_setting(self.settings)
        self._selected: list[str] = []
        self._syncing = False
        self._build()
        self.ingest = IngestController(
            self.timeline, self.progress, self.errors, self.show_status, self
        )
        self.edits = EditController(self.timeline, self.undo_stack, self.selected_ids, self)
        self.projects = ProjectController(
            self, self.timeline, self.undo_stack, self.view_state, self.settings
        )
        self.menu_actions = Actions(self)
        self.menu_actions.build_menus()
        self.addToolBar(self.menu_actions.build_toolbar())
        self._connect()
        set_keyboard_path(self)
        self.setAcceptDrops(True)
        place_on_screen(self, self.documents_dock, self.splitter)
        self._on_timeline_changed()

    # -- construction ---------------------------------------------------------------------
    def _build(self) -> None:
        self.view = make_view(self.timeline, EMPTY_MESSAGE)
        self.filter_bar = FilterBar()
        self.table = EventTable(self.timeline)
        self.detail = DetailPanel(self.timeline)
        self.progress = ProgressArea()
        self.errors = ErrorList()
        self.source = SourceViewer()
        self.legend = DocumentList(self.timeline)
        self.splitter, self.side_tabs = build_central(self, self)
        self.documents_dock = make_dock(
            self, "Documents", self.legend, Qt.DockWidgetArea.LeftDockWidgetArea
        )
        self.errors_dock = make_dock(
            self, "Problems", self.errors, Qt.DockWidgetArea.BottomDockWidgetArea
        )
        self.errors_dock.hide()
        self.status = StatusWidgets(self.statusBar())
        for box in self.filter_bar.findChildren(QWidget):
            box.setAcceptDrops(False)  # a dropped file opens it, never types its path

    def docks(self) -> list[QDockWidget]:
        """The dock widgets, for the View menu."""
        return [self.documents_dock, self.errors_dock]

    def _connect(self) -> None:
        self.view.selection_changed.connect(self._on_view_selection_changed)
        self.view.event_activated.connect(self.open_event)
        self.view.files_dropped.connect(self.open_paths)
        self.table.selection_changed.connect(self._on_table_selection_changed)
        self.table.event_activated.connect(self.open_event)
        self.detail.show_source_requested.connect(self.show_source)
        self.detail.edit_requested.connect(self.edits.edit_selected)
        self.filter_bar.filter_changed.connect(self._on_filter_changed)
        self.filter_bar.search_submitted.connect(self._on_search_submitted)
        self.legend.visible_documents_changed.connect(self._on_filter_changed)
        self.legend.document_activated.connect(self._on_document_activated)
        self.documents = DocumentController(self)
        self.errors.errors_added.connect(self._on_errors_added)
        self.ingest.documents_added.connect(self._on_documents_added)
        self.ingest.queue.model_loaded.connect(self.set_model_status)
        self.ingest.queue.busy_changed.connect(self._on_busy_changed)
        self.projects.project_loaded.connect(self.apply_view_state)
        self.projects.recent_changed.connect(self.menu_actions.update_recent_menu)
        self.timeline.subscribe(self._on_timeline_changed)

    # -- selection ------------------------------------------------------------------------
    def selected_ids(self) -> list[str]:
        """Selected event ids (canvas and table agree)."""
        return [i for i in self._selected if self.timeline.event(i) is not None]

    def select_events(self, ids: list[str]) -> None:
        """Select events everywhere (used by tests and after adding an event)."""
        self._set_selection(list(ids), source=None)

    def _on_view_selection_changed(self, ids: list[str]) -> None:
        self._set_selection(list(ids), source=self.view)

    def _on_table_selection_changed(self, ids: list[str]) -> None:
        self._set_selection(list(ids), source=self.table)

    def _set_selection(self, ids: list[str], source: object) -> None:
        if self._syncing:
            return  # the echo of our own update from the other widget
        self._syncing = True
        try:
            self._selected = ids
            for widget in (self.view, self.table):
                if source is not widget:
                    widget.select_events(ids)
            self.detail.show_event(ids[0] if ids else None)
            self.side_tabs.setCurrentWidget(self.detail)
        finally:
            self._syncing = False

    def open_event(self, event_id: str) -> None:
        """Enter / double-click: show the event and its first source."""
        if event_id not in self._selected:
            self.select_events([event_id])
        event = self.timeline.event(event_id)
        if event is not None and event.sources:
            self.show_source(event.sources[0])

    def show_source(self, source: Any) -> None:
        """Open the source viewer on a :class:`Provenance`."""
        document = self.timeline.documents.get(source.document)
        if document is None:
            return
        self.side_tabs.setCurrentWidget(self.source)
        self.source.show_source(document, source)

    def _on_document_activated(self, doc_id: str) -> None:
        document = self.timeline.documents.get(doc_id)
        if document is not None:
            self.source.show_document(document)
            self.side_tabs.setCurrentWidget(self.source)

    # -- filtering ------------------------------------------------------------------------
    def _on_filter_changed(self, *_args: object) -> None:
        current = self.filter_bar.current()
        visible = self.legend.visible_documents()
        self.view.set_visible_documents(visible)
        self.view.set_filter(text_predicate(current, self.timeline.documents))
        self.table.set_predicate(table_predicate(current, visible, self.timeline.documents))
        self._update_counts()

    def _on_search_submitted(self) -> None:
        """Enter in the search box: select the first match (revealed on the canvas)."""
        first = self.table.proxy.index(0, 0)
        if first.isValid():
            self.select_events([self.table.proxy.data(first, Qt.ItemDataRole.UserRole)])
            self.view.setFocus()  # arrows walk on through the matches from here

    # -- files ----------------------------------------------------------------------------
    def open_paths(self, paths: list[Path]) -> None:
        """Open files/folders: projects load, everything else is extracted and added."""
        projects = [p for p in paths if p.name.endswith(".timeline.json")]
        articles = [p for p in paths if p not in projects]
        if projects:
            self.projects.open_project(projects[0])
        if articles:
            self.ingest.open_paths(articles)
            self.projects.add_recent(*[p for p in articles[-MAX_RECENT:] if p.exists()])

    def dragEnterEvent(self, event: QDragEnterEvent) -> None:
        """Qt override: accept local files and folders."""
        count = len(local_paths(event))
        if count:
            event.acceptProposedAction()
            self.show_status(f"Drop to add {count} item{'s' * (count != 1)} to the timeline")

    def dragMoveEvent(self, event: Any) -> None:
        """Qt override: keep accepting while the drag moves over child widgets."""
        if event.mimeData().hasUrls():
            event.acceptProposedAction()

    def dropEvent(self, event: QDropEvent) -> None:
        """Qt override: turn the URLs into paths and queue them; nothing else."""
        paths = local_paths(event)
        if paths:
            event.acceptProposedAction()
            self.open_paths(paths)

    # -- commands -----------------------------------------------------------------------
    def toggle_lanes(self) -> None:
        """View → Lanes by Document."""
        self.view.set_lanes_by_document(self.menu_actions.lanes.isChecked())

    def delete_selected(self) -> None:
        """Delete: remove the selected events (undoable)."""
        count = self.edits.delete_selected(self.selected_ids())
        if count:
            self.show_status(f"Deleted {count} event{'s' if count != 1 else ''} (Ctrl+Z to undo)")

    def export_dialog(self) -> None:
        """File → Export…"""
        from timeline_app.ui.controllers.export_runner import run_export_dialog

        run_export_dialog(self)

    # -- state ----------------------------------------------------------------------------
    def view_state(self) -> dict[str, Any]:
        """What a project remembers about the window besides the timeline."""
        return window_state.view_state(self)

    def apply_view_state(self, state: dict[str, Any]) -> None:
        """Restore :meth:`view_state` output (after opening a project)."""
        window_state.apply_view_state(self, state)

    def show_status(self, message: str) -> None:
        """A transient status-bar message."""
        self.statusBar().showMessage(message, 8000)

    def set_model_status(self, status: str, available: bool) -> None:
        """Show which language model is in use (a visible warning when none)."""
        self.status.set_model(status, available)
        if self.statusBar().currentMessage() == "Loading language model…":
            self.statusBar().showMessage("Ready", 3000)

    def _on_timeline_changed(self) -> None:
        self._update_counts()
        self.menu_actions.export.setEnabled(bool(self.timeline.events()))

    def _update_counts(self) -> None:
        total, shown = len(self.timeline.events()), self.table.proxy.rowCount()
        self.status.set_counts(total, shown, len(self.timeline.documents))
        self.filter_bar.set_result_count(shown, total)

    def _on_busy_changed(self, busy: bool) -> None:
        reading = busy and self.progress.isVisible()
        self.view.set_empty_message("Finding dated events…" if reading else EMPTY_MESSAGE)

    def _on_documents_added(self, _ids: list[str]) -> None:
        self.view.fit_all()

    def _on_errors_added(self, _count: int) -> None:
        if self.errors_dock.isHidden():
            self.errors_dock.show()  # a short strip: the timeline keeps its height
            self._shorten_problems()
            QTimer.singleShot(0, self, self._shorten_problems)

    def _shorten_problems(self) -> None:
        self.resizeDocks([self.errors_dock], [PROBLEMS_DOCK_H], Qt.Orientation.Vertical)

    def closeEvent(self, event: QCloseEvent) -> None:
        """Qt override: confirm unsaved changes, stop extraction, then close."""
        if not self.projects.close_ok():
            event.ignore()
            return
        self.ingest.queue.cancel()
        self.ingest.queue.wait_for_done(5000)
        event.accept()
