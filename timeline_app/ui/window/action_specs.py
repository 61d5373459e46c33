"""The window's commands as data: name, menu text, shortcuts, icon and status tip.

Split from :mod:`actions` so the table of every command reads in one place.
"""

from __future__ import annotations

from PySide6.QtGui import QKeySequence
from PySide6.QtWidgets import QStyle

SP = QStyle.StandardPixmap
Keys = QKeySequence | str | QKeySequence.StandardKey | list[QKeySequence | str]


#: name, menu text, shortcut(s), icon file under resources/icons, fallback icon, status tip.
Spec = tuple[str, str, "Keys | None", str, "SP | None", str]
_STD = QKeySequence.StandardKey
FILE_ACTIONS: list[Spec] = [
    ("new", "&New", _STD.New, "", SP.SP_FileIcon, "Start an empty timeline"),
    ("open", "&Open…", "Ctrl+O", "open", SP.SP_DialogOpenButton, "Open articles or a project"),
    (
        "open_folder",
        "Open &Folder…",
        "Ctrl+Shift+O",
        "folder",
        SP.SP_DirOpenIcon,
        "Read every article in a folder",
    ),
    (
        "open_sample",
        "Open &Sample",
        None,
        "sample",
        SP.SP_FileDialogInfoView,
        "Open the bundled sample articles",
    ),
    (
        "paste",
        "&Paste Text as Article",
        "Ctrl+V",
        "paste",
        SP.SP_FileDialogDetailedView,
        "Make an article from the clipboard",
    ),
    ("open_project", "Open &Project…", None, "", SP.SP_DialogOpenButton, "Open a saved project"),
    ("save", "&Save Project", "Ctrl+S", "save", SP.SP_DialogSaveButton, "Save the project"),
    ("save_as", "Save Project &As…", "Ctrl+Shift+S", "", None, "Save under a new name"),
    (
        "export",
        "&Export…",
        "Ctrl+E",
        "export",
        SP.SP_DialogSaveButton,
        "Export PNG, SVG, PDF, JSON, CSV or TimelineJS",
    ),
    ("quit", "&Quit", _STD.Quit, "", None, ""),
]
EDIT_ACTIONS: list[Spec] = [
    ("edit_event", "&Edit Event…", "F2", "", None, "Edit title and date"),
    (
        "add_event",
        "&Add Event…",
        "Ctrl+Shift+N",
        "add",
        SP.SP_FileDialogNewFolder,
        "Add an event by hand",
    ),
    ("delete", "&Delete", _STD.Delete, "", SP.SP_TrashIcon, "Delete the selected events"),
    ("merge", "&Merge Selected Events", "Ctrl+M", "", None, "Merge the selected events"),
    ("find", "&Find…", "Ctrl+F", "", None, "Search titles, quotes, actors and places"),
]
VIEW_ACTIONS: list[Spec] = [
    ("zoom_in", "Zoom &In", ["+", "=", "Ctrl++"], "zoom_in", SP.SP_ArrowUp, "Zoom in"),
    ("zoom_out", "Zoom &Out", ["-", "Ctrl+-"], "zoom_out", SP.SP_ArrowDown, "Zoom out"),
    ("fit_all", "&Fit All", "Ctrl+0", "fit", SP.SP_TitleBarMaxButton, "Show the whole timeline"),
    ("zoom_selection", "Zoom to &Selection", "Ctrl+Shift+0", "", None, "Zoom to the selection"),
    ("lanes", "&Lanes by Document", "Ctrl+L", "", None, "One lane per document"),
    (
        "compress",
        "&Compress Empty Periods",
        None,
        "",
        None,
        "Squeeze long empty eras into breaks on the axis",
    ),
]
