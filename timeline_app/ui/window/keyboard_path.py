"""The window's keyboard path: Tab walks canvas → search → dates → table → details → documents.

Without this, the event table kept Tab for moving between its cells (Qt's default tab key
navigation), so 39 presses never left it, and the window could not be used from the
keyboard alone. Arrows still move inside the table and the canvas.
"""

from __future__ import annotations

import itertools
from typing import Protocol

from PySide6.QtWidgets import QAbstractButton, QToolBar, QToolButton, QWidget


class _Window(Protocol):
    """What the keyboard path needs of the main window."""

    view: QWidget
    filter_bar: QWidget
    table: QWidget
    detail: QWidget
    legend: QWidget

    def findChildren(self, kind: type, /) -> list[QWidget]:
        """Qt's child lookup."""
        ...


def tab_chain(window: _Window) -> list[QWidget]:
    """The widgets Tab visits, in order (focusable ones only)."""
    bar = window.filter_bar
    detail = window.detail
    chain: list[QWidget] = [window.view, bar.search_box, bar.from_box, bar.to_box]  # type: ignore[attr-defined]
    chain.append(window.table)
    chain += [detail.body, detail.source_button, detail.edit_button]  # type: ignore[attr-defined]
    chain.append(window.legend)
    return chain


def set_keyboard_path(window: _Window) -> None:
    """Let Tab leave the table, set the Tab order, and name the unnamed controls."""
    window.table.setTabKeyNavigation(False)  # type: ignore[attr-defined]
    chain = tab_chain(window)
    for first, second in itertools.pairwise(chain):
        QWidget.setTabOrder(first, second)
    header = window.table.horizontalHeader()  # type: ignore[attr-defined]
    header.setAccessibleName("Event table columns")
    header.setAccessibleDescription("Click a column to sort the events by it")
    name_tool_buttons(window)


def name_tool_buttons(window: _Window) -> None:
    """Give every tool button a screen-reader name: its action's text, or what Qt means.

    Qt creates some buttons itself (a toolbar's overflow "»", a line edit's clear and
    action buttons) and leaves them without a name.
    """
    for button in window.findChildren(QToolButton):
        if button.accessibleName():
            continue
        action = button.defaultAction()
        text = action.text() if action is not None else button.toolTip() or button.text()
        if not text and button.objectName() == "qt_toolbar_ext_button":
            text = "More toolbar buttons"
        if not text and isinstance(button.parentWidget(), QToolBar):
            text = "Toolbar button"
        button.setAccessibleName(text.replace("&", "") or "Clear text")
    for button in window.findChildren(QAbstractButton):
        if button.accessibleName():
            continue
        if button.objectName() == "qt_tableview_cornerbutton":
            button.setAccessibleName("Select all events")
        elif button.text():
            button.setAccessibleName(button.text().replace("&", "").strip())
