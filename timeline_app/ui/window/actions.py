"""Menus, toolbar and keyboard shortcuts of the main window, in one table-like place.

Every command the user can reach is a QAction created here and connected to a public
method of the window, so the menu, the toolbar and the shortcut run the same code and
the window itself stays a composition of widgets.
"""

from __future__ import annotations

from collections.abc import Callable
from functools import partial
from pathlib import Path
from typing import Any, Protocol, cast

from PySide6.QtCore import QSize, Qt
from PySide6.QtGui import QAction, QIcon, QKeySequence
from PySide6.QtWidgets import QMainWindow, QMenu, QMenuBar, QMessageBox, QStyle, QToolBar

from timeline_app import __version__
from timeline_app.model import Granularity
from timeline_app.ui.base.app_resources import icon
from timeline_app.ui.dialogs import open_dialogs
from timeline_app.ui.window.action_specs import (
    EDIT_ACTIONS,
    FILE_ACTIONS,
    SP,
    VIEW_ACTIONS,
    Keys,
    Spec,
)


class ActionHost(Protocol):
    """What the actions call on the window (``MainWindow`` provides it, as a QMainWindow)."""

    projects: Any
    edits: Any
    undo_stack: Any
    view: Any
    table: Any
    filter_bar: Any

    def export_dialog(self) -> object: ...
    def delete_selected(self) -> None: ...
    def toggle_lanes(self) -> None: ...
    def docks(self) -> list[Any]: ...
    def select_events(self, ids: list[str]) -> None: ...
    def open_paths(self, paths: list[Path]) -> object: ...
    def close(self) -> bool: ...
    def style(self) -> QStyle: ...
    def menuBar(self) -> QMenuBar: ...
    def addAction(self, action: QAction) -> None: ...


class Actions:
    """The window's QActions, by name (``actions.save``, ``actions.zoom_in``…)."""

    def __init__(self, window: ActionHost) -> None:
        self.window = window
        self._qt = cast(QMainWindow, window)  # the same object, as the parent of menus
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
        action = QAction(text, self._qt)
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
        slots: dict[str, Callable[[], object]] = {
            "new": w.projects.new_project,
            "open": lambda: open_dialogs.open_files(w),
            "open_folder": lambda: open_dialogs.open_folder(w),
            "open_sample": lambda: open_dialogs.open_sample(w),
            "paste": lambda: open_dialogs.paste_text(w),
            "open_project": w.projects.open_dialog,
            "save": w.projects.save,
            "save_as": w.projects.save_as,
            "export": w.export_dialog,
            "quit": w.close,
        }
        self._add_specs(FILE_ACTIONS, slots)
        self._all["paste"].setIconText("Paste Text")

    def _add_specs(self, specs: list[Spec], slots: dict[str, Callable[[], object]]) -> None:
        for name, text, keys, icon_name, fallback, tip in specs:
            std = icon(icon_name, fallback) if icon_name and fallback else fallback
            self._add(name, text, slots[name], keys, std, tip)

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
        slots: dict[str, Callable[[], object]] = {
            "edit_event": w.edits.edit_selected,
            "add_event": self._add_event,
            "delete": w.delete_selected,
            "merge": w.edits.merge_selected,
            "find": w.filter_bar.focus_search,
        }
        self._add_specs(EDIT_ACTIONS, slots)

    def _make_view_actions(self) -> None:
        w = self.window
        slots: dict[str, Callable[[], object]] = {
            "zoom_in": w.view.zoom_in,
            "zoom_out": w.view.zoom_out,
            "fit_all": w.view.fit_all,
            "zoom_selection": w.view.zoom_to_selection,
            "lanes": w.toggle_lanes,
            "compress": lambda: w.view.set_compress_empty_periods(self.compress.isChecked()),
        }
        self._add_specs(VIEW_ACTIONS, slots)
        self._all["lanes"].setCheckable(True)
        self._all["compress"].setCheckable(True)
        self._all["compress"].setChecked(w.view.compress_empty_periods())

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
        self._fill(edit_menu, "undo redo | edit_event add_event merge delete | find")
        self._granularity_menu(edit_menu)
        view_menu = bar.addMenu("&View")
        self._fill(view_menu, "zoom_in zoom_out fit_all zoom_selection | lanes compress")
        view_menu.addSeparator()
        for dock in w.docks():
            view_menu.addAction(dock.toggleViewAction())
        w.table.setContextMenuPolicy(Qt.ContextMenuPolicy.ActionsContextMenu)
        for name in ("edit_event", "merge", "delete"):
            w.table.addAction(self._all[name])
        help_menu = bar.addMenu("&Help")
        help_menu.addAction("&About Timeline", self._show_about)
        self.update_recent_menu()

    def _add_event(self) -> None:
        """Edit → Add Event…, then select the new event so it is easy to find."""
        event_id = self.window.edits.add_event()
        if event_id is not None:
            self.window.select_events([event_id])

    def _fill(self, menu: QMenu, names: str) -> None:
        """Add actions by name; ``|`` is a separator."""
        for name in names.split():
            if name == "|":
                menu.addSeparator()
            else:
                menu.addAction(self._all[name])

    def _show_about(self) -> None:
        QMessageBox.about(
            self._qt,
            "About Timeline",
            f"<b>Timeline {__version__}</b><p>Drop news articles in, get a zoomable timeline "
            "of their dated events, each with the sentence it came from.</p>",
        )

    def _granularity_menu(self, edit_menu: QMenu) -> None:
        menu = edit_menu.addMenu("Date &Granularity")
        for g in Granularity:
            if g is not Granularity.TIME:
                menu.addAction(g.value.capitalize(), partial(self.window.edits.set_granularity, g))

    def build_toolbar(self) -> QToolBar:
        """The main toolbar: open, undo/redo, zoom, export."""
        bar = QToolBar("Main", self._qt)
        bar.setObjectName("mainToolbar")
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
            action = menu.addAction(label, partial(self.window.open_paths, [Path(path)]))
            action.setStatusTip(str(path))
        menu.setEnabled(bool(recent))
