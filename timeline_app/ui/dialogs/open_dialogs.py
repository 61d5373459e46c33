"""File → Open…, Open Folder…, Open Sample and Paste: where the window's input comes from.

Each one ends in :meth:`MainWindow.open_paths` or the ingest controller, the same path a
drop takes, so every way in behaves alike (de-duplication, progress, error list).
"""

from __future__ import annotations

from collections.abc import Iterable
from pathlib import Path
from typing import TYPE_CHECKING, Protocol

from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import QFileDialog

from timeline_app.ui.base.app_resources import samples_dir

if TYPE_CHECKING:
    from timeline_app.model import Document


class _Ingest(Protocol):
    """Where pasted documents go (the ingest controller)."""

    def add_documents(self, documents: Iterable[Document]) -> None: ...


class InputWindow(Protocol):
    """What the open and paste commands need of the window (``MainWindow`` provides it).

    It must also be a ``QWidget``, to parent the file dialogs.
    """

    ingest: _Ingest

    def open_paths(self, paths: list[Path]) -> None: ...
    def show_status(self, message: str) -> None: ...


OPEN_FILTER = (
    "Articles and projects (*.txt *.md *.markdown *.html *.htm *.pdf *.docx *.timeline.json);;"
    "All files (*)"
)


def open_files(window: InputWindow) -> None:
    """File → Open…: articles, or a project."""
    names, _ = QFileDialog.getOpenFileNames(window, "Open Articles", str(Path.home()), OPEN_FILTER)
    window.open_paths([Path(n) for n in names])


def open_folder(window: InputWindow) -> None:
    """File → Open Folder…: every supported article under a folder."""
    name = QFileDialog.getExistingDirectory(window, "Open Folder of Articles", str(Path.home()))
    if name:
        window.open_paths([Path(name)])


def open_sample(window: InputWindow) -> None:
    """File → Open Sample: the bundled example articles."""
    folder = samples_dir()
    if folder is None:
        window.show_status("No sample articles are installed")
        return
    window.open_paths([folder])


def paste_text(window: InputWindow) -> None:
    """Ctrl+V: the clipboard's text becomes a document."""
    from timeline_app.io.articles import document_from_text

    text = QGuiApplication.clipboard().text()
    if not text.strip():
        window.show_status("The clipboard holds no text to read")
        return
    window.ingest.add_documents([document_from_text(text)])
