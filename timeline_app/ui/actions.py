"""Menus, toolbar and keyboard shortcuts of the main window, in one table-like place.

Every command the user can reach is a QAction created here and connected to a public
method of the window, so the menu, the toolbar and the shortcut run the same code and
the window itself stays a composition of widgets.
"""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QSize, Qt
from PySide6.QtGui import QAction, QIcon, QKeySequence
from PySide6.QtWidgets import QMenu, QStyle, QToolBar

from timeline_app.model import Granularity
from timeline_app.ui import open_dialogs
from timeline_app.ui.app_resources import icon

if TYPE_CHECKING:
    from timeline_app.ui.main_window import MainWindow

SP = QStyle.StandardPixmap
Keys = QKeySequence | str | QKeySequence.StandardKey | list[QKeySequence | str]


class Actions:
    """The window's QActions, by name (``actions.save``, ``actions.zoom_in``…)."""

    def __init__(self, window: MainWindow) -> None:
        self.window = window
        self._all: dict[str, QAction] = {}
        self._make_file_actions()
        self._make_edit_actions()
        self._make_view_actions()

    def __getattr__(self, name: str) -> QAction:
        try:
            return self.__dict__["_all"][name]
        except KeyError:
            raise AttributeError(name) from None

    def _add(
        self,
        name: str,
        text: str,
        slot: Callable[[], object],
        keys: Keys | None = None,
        std_icon: SP | QIcon | None = None,
        tip: str = "",
    ) -> QAction:
        action = QAction(text, self.window)
        action.setObjectName(f"action_{name}")
        if keys is not None:
            seqs = keys if isinstance(keys, list) else [keys]
            action.setShortcuts([QKeySequence(k) for k in seqs])
        if isinstance(std_icon, QIcon):
            action.setIcon(std_icon)
        elif std_icon is not None:
            action.setIcon(self.window.style().standardIcon(std_icon))
        if tip:
            action.setStatusTip(tip)
            action.setToolTip(f"{tip} ({action.shortcut().toString()})" if keys else tip)
        action.triggered.connect(lambda _checked=False: slot())
        self.window.addAction(action)  # shortcuts work even when the menu bar is hidden
        self._all[name] = action
        return action

    def _make_file_actions(self) -> None:
        w = self.window
        self._add(
            "new", "&New", w.projects.new_project, QKeySequence.StandardKey.New, SP.SP_FileIcon
        )
        self._add(
            "open",
            "&Open…",
            lambda: open_dialogs.open_files(w),
            "Ctrl+O",
            icon("open", SP.SP_DialogOpenButton),
            "Open articles or a project",
        )
        self._add(
            "open_folder",
            "Open &Folder…",
            lambda: open_dialogs.open_folder(w),
            "Ctrl+Shift+O",
            icon("folder", SP.SP_DirOpenIcon),
            "Read every article in a folder",
        )
        self._add(
            "open_sample",
            "Open &Sample",
            lambda: open_dialogs.open_sample(w),
            None,
            icon("sample", SP.SP_FileDialogInfoView),
            "Open the bundled sample articles",
        )
        self._add(
            "paste",
            "&Paste Text as Article",
            lambda: open_dialogs.paste_text(w),
            "Ctrl+V",
            icon("paste", SP.SP_FileDialogDetailedView),
            "Make an article from the clipboard",
        )
        self._add(
            "open_project", "Open &Project…", w.projects.open_dialog, None, SP.SP_DialogOpenButton
        )
        self._add(
            "save",
            "&Save Project",
            w.projects.save,
            "Ctrl+S",
            icon("save", SP.SP_DialogSaveButton),
            "Save the project",
        )
        self._add("save_as", "Save Project &As…", w.projects.save_as, "Ctrl+Shift+S")
        self._add(
            "export",
            "&Export…",
            w.export_dialog,
            "Ctrl+E",
            icon("export", SP.SP_DialogSaveButton),
            "Export PNG, SVG, PDF, JSON, CSV or TimelineJS",
        )
        self._add("quit", "&Quit", w.close, QKeySequence.StandardKey.Quit)

    def _make_edit_actions(self) -> None:
        w = self.window
        undo = w.undo_stack.createUndoAction(w, "&Undo")
        undo.setShortcuts([QKeySequence("Ctrl+Z")])
        undo.setIcon(icon("undo", SP.SP_ArrowBack))
        redo = w.undo_stack.createRedoAction(w, "&Redo")
        redo.setShortcuts([QKeySequence("Ctrl+Shift+Z"), QKeySequence("Ctrl+Y")])
        redo.setIcon(icon("redo", SP.SP_ArrowForward))
        for name, action in (("undo", undo), ("redo", redo)):
            action.setObjectName(f"action_{name}")
            w.addAction(action)
            self._all[name] = action
        self._add(
            "edit_event", "&Edit Event…", w.edits.edit_selected, "F2", None, "Edit title and date"
        )
        self._add(
            "add_event",
            "&Add Event…",
            w.edits.add_event,
            "Ctrl+Shift+N",
            icon("add", SP.SP_FileDialogNewFolder),
            "Add an event by hand",
        )
        self._add(
            "delete",
            "&Delete",
            w.delete_selected,
            QKeySequence.StandardKey.Delete,
            SP.SP_TrashIcon,
            "Delete the selected events",
        )
        self._add(
            "merge",
            "&Merge Selected Events",
            w.edits.merge_selected,
            "Ctrl+M",
            None,
            "Merge the selected events into one",
        )
        self._add("find", "&Find…", w.filter_bar.focus_search, "Ctrl+F")

    def _make_view_actions(self) -> None:
        w = self.window
        self._add(
            "zoom_in",
            "Zoom &In",
            w.view.zoom_in,
            ["+", "=", "Ctrl++"],
            icon("zoom_in", SP.SP_ArrowUp),
            "Zoom in",
        )
        self._add(
            "zoom_out",
            "Zoom &Out",
            w.view.zoom_out,
            ["-", "Ctrl+-"],
            icon("zoom_out", SP.SP_ArrowDown),
            "Zoom out",
        )
        self._add(
            "fit_all",
            "&Fit All",
            w.view.fit_all,
            "Ctrl+0",
            icon("fit", SP.SP_TitleBarMaxButton),
            "Show the whole timeline",
        )
        self._add(
            "zoom_selection", "Zoom to &Selection", w.view.zoom_to_selection, "Ctrl+Shift+0", None
        )
        lanes = self._add("lanes", "&Lanes by Document", w.toggle_lanes, "Ctrl+L", None)
        lanes.setCheckable(True)
        for name in ("zoom_in", "zoom_out"):
            self._all[name].setShortcutContext(Qt.ShortcutContext.WindowShortcut)

    def build_menus(self) -> None:
        """The menu bar: File, Edit, View, Help."""
        w = self.window
        bar = w.menuBar()
        file_menu = bar.addMenu("&File")
        for name in ("new", "open", "open_folder", "open_sample", "paste"):
            file_menu.addAction(self._all[name])
        self.recent_menu = file_menu.addMenu("Open &Recent")
        self.recent_menu.setObjectName("recentMenu")
        file_menu.addSeparator()
        for name in ("open_project", "save", "save_as"):
            file_menu.addAction(self._all[name])
        file_menu.addSeparator()
        file_menu.addAction(self._all["export"])
        file_menu.addSeparator()
        file_menu.addAction(self._all["quit"])
        edit_menu = bar.addMenu("&Edit")
        for name in (
            "undo",
            "redo",
            None,
            "edit_event",
            "add_event",
            "merge",
            "delete",
            None,
            "find",
        ):
            edit_menu.addSeparator() if name is None else edit_menu.addAction(self._all[name])
        self._granularity_menu(edit_menu)
        view_menu = bar.addMenu("&View")
        for name in ("zoom_in", "zoom_out", "fit_all", "zoom_selection", None, "lanes"):
            view_menu.addSeparator() if name is None else view_menu.addAction(self._all[name])
        view_menu.addSeparator()
        for dock in w.docks():
            view_menu.addAction(dock.toggleViewAction())
        help_menu = bar.addMenu("&Help")
        help_menu.addAction("&About Timeline", w.show_about)
        self.update_recent_menu()

    def _granularity_menu(self, edit_menu: QMenu) -> None:
        menu = edit_menu.addMenu("Date &Granularity")
        for g in Granularity:
            if g is not Granularity.TIME:
                menu.addAction(
                    g.value.capitalize(), lambda g=g: self.window.edits.set_granularity(g)
                )

    def build_toolbar(self) -> QToolBar:
        """The main toolbar: open, undo/redo, zoom, export."""
        bar = QToolBar("Main", self.window, objectName="mainToolbar")
        bar.setMovable(False)
        bar.setIconSize(QSize(20, 20))
        bar.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextBesideIcon)
        groups = (
            ("open", "open_folder", "open_sample", "paste"),
            ("undo", "redo"),
            ("zoom_out", "zoom_in", "fit_all"),
            ("add_event", "export"),
        )
        for i, group in enumerate(groups):
            if i:
                bar.addSeparator()
            for name in group:
                bar.addAction(self._all[name])
        for name in ("undo", "redo", "zoom_out", "zoom_in", "fit_all"):
            bar.widgetForAction(self._all[name]).setProperty("iconOnly", True)
            self._all[name].setPriority(QAction.Priority.LowPriority)
        return bar

    def update_recent_menu(self) -> None:
        """Refill File → Open Recent (projects, articles and folders) from the settings."""
        menu: QMenu = self.recent_menu
        menu.clear()
        recent = self.window.projects.recent_files()
        for path in recent:
            label = f"{path.name}/" if path.is_dir() else path.name
            action = menu.addAction(label, lambda p=Path(path): self.window.open_paths([p]))
            action.setStatusTip(str(path))
        menu.setEnabled(bool(recent))
