"""Dropping files on the canvas, routed the way Qt routes an OS drag.

Qt delivers a drag to the deepest widget under the cursor that accepts drops; only if
that widget ignores it does the drag travel up to its parents. A test that calls the
window's ``dropEvent`` directly therefore proves nothing about the canvas.
"""

from __future__ import annotations

from pathlib import Path
from typing import Any

from PySide6.QtCore import QEvent, QMimeData, QPoint, QPointF, Qt, QUrl
from PySide6.QtGui import QDragEnterEvent, QDragLeaveEvent, QDragMoveEvent, QDropEvent
from PySide6.QtWidgets import QApplication, QWidget

from tests.ui.window_fixtures import write_article


def _drop_target(window: QWidget, widget: QWidget) -> tuple[QWidget, QPoint]:
    """The widget Qt would hand a drag over ``widget``'s centre, and the point in it."""
    centre = widget.rect().center()
    at = window.childAt(widget.mapTo(window, centre)) or window
    while not at.acceptDrops() and at is not window:
        at = at.parentWidget()
    return at, at.mapFrom(window, widget.mapTo(window, centre))


def _mime(paths: list[Path]) -> QMimeData:
    mime = QMimeData()
    mime.setUrls([QUrl.fromLocalFile(str(p)) for p in paths])
    return mime


def _route(target: QWidget, event: QEvent) -> bool:
    """Send like Qt: to the target, then up the parents while it is ignored."""
    widget: QWidget | None = target
    while widget is not None:
        event.ignore()
        QApplication.sendEvent(widget, event)
        if event.isAccepted():
            return True
        widget = widget.parentWidget()
    return False


def _os_drop(window: QWidget, widget: QWidget, paths: list[Path], *, leave: bool = False) -> bool:
    target, pos = _drop_target(window, widget)
    mime = _mime(paths)
    args = (
        Qt.DropAction.CopyAction,
        mime,
        Qt.MouseButton.LeftButton,
        Qt.KeyboardModifier.NoModifier,
    )
    if not _route(target, QDragEnterEvent(pos, *args)):
        return False
    _route(target, QDragMoveEvent(pos, *args))
    if leave:
        QApplication.sendEvent(target, QDragLeaveEvent())
        return True
    return _route(target, QDropEvent(QPointF(pos), *args))


def test_drop_on_the_empty_canvas_adds_the_file(
    window: Any, isolated: Path, monkeypatch: Any
) -> None:
    added: list[list[Path]] = []
    monkeypatch.setattr(window.ingest, "open_paths", lambda paths: added.append(list(paths)))
    window.show()
    article = write_article(isolated)
    target, _ = _drop_target(window, window.view)
    assert target is window.view.viewport()  # the deepest widget that accepts drops
    assert _os_drop(window, window.view, [article])
    assert added == [[article]]


def test_drop_highlight_shows_while_a_drag_is_over_the_canvas(window: Any, isolated: Path) -> None:
    window.show()
    target, pos = _drop_target(window, window.view)
    args = (
        Qt.DropAction.CopyAction,
        _mime([write_article(isolated)]),
        Qt.MouseButton.LeftButton,
        Qt.KeyboardModifier.NoModifier,
    )
    _route(target, QDragEnterEvent(pos, *args))
    highlight = window.view.viewport().findChild(QWidget, "dropHighlight")
    assert window.view.file_drops.is_highlighted()
    assert "Drop to add 1 file" in highlight.text()
    QApplication.sendEvent(target, QDragLeaveEvent())
    assert not window.view.file_drops.is_highlighted()


def test_web_links_are_not_taken_by_the_canvas(window: Any) -> None:
    window.show()
    target, pos = _drop_target(window, window.view)
    mime = QMimeData()
    mime.setUrls([QUrl("https://example.com/a.html")])
    event = QDragEnterEvent(
        pos,
        Qt.DropAction.CopyAction,
        mime,
        Qt.MouseButton.LeftButton,
        Qt.KeyboardModifier.NoModifier,
    )
    assert not _route(target, event)
    assert not window.view.file_drops.is_highlighted()


def test_drop_on_every_panel_adds_the_file(window: Any, isolated: Path, monkeypatch: Any) -> None:
    added: list[list[Path]] = []
    monkeypatch.setattr(window.ingest, "open_paths", lambda paths: added.append(list(paths)))
    window.show()
    article = write_article(isolated)
    names = ["timelineView", "eventTable", "detailPanel", "documentList"]
    for name in names:
        widget = window.findChild(QWidget, name)
        assert widget is not None, name
        assert widget.isVisible(), name
        assert _os_drop(window, widget, [article]), name
    assert len(added) == len(names)
