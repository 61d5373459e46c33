"""How the main window is laid out: splitters, docks, status-bar widgets.

Kept apart from :mod:`main_window` so the window module reads as wiring, and so the
proportions (timeline on top, table and details below) live in one place.
"""

from __future__ import annotations

from typing import Any, Protocol

from PySide6.QtCore import QRect, QSettings, QSize, Qt
from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import (
    QDockWidget,
    QLabel,
    QMainWindow,
    QSplitter,
    QStatusBar,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from timeline_app.model import Timeline

#: Initial share of the screen, and the smallest size the layout is designed for.
SCREEN_SHARE = 0.9
MIN_WINDOW = QSize(1100, 700)
DOCUMENTS_DOCK_W = 320
PROBLEMS_DOCK_H = 96


def initial_size(available: QRect | None) -> QSize:
    """90% of the available screen, at least :data:`MIN_WINDOW`, never larger than the screen."""
    if available is None or available.isEmpty():
        return QSize(1360, 860)
    width = max(int(available.width() * SCREEN_SHARE), MIN_WINDOW.width())
    height = max(int(available.height() * SCREEN_SHARE), MIN_WINDOW.height())
    return QSize(min(width, available.width()), min(height, available.height()))


def place_on_screen(window: QMainWindow, documents_dock: QDockWidget, splitter: QSplitter) -> None:
    """Size the window for the screen it opens on and centre it there."""
    screen = window.screen() or QGuiApplication.primaryScreen()
    available: QRect | None = screen.availableGeometry() if screen is not None else None
    if QGuiApplication.platformName() in ("offscreen", "minimal"):
        available = None  # no real screen (tests, --screenshot offscreen): the default size
    size = initial_size(available)
    window.resize(size)
    if available is not None and not available.isEmpty():
        frame = QRect(0, 0, size.width(), size.height())
        frame.moveCenter(available.center())
        window.move(frame.topLeft())
    # readable document titles, without starving the table on small screens
    dock_w = min(max(int(size.width() * 0.22), 240), DOCUMENTS_DOCK_W)
    window.resizeDocks([documents_dock], [dock_w], Qt.Orientation.Horizontal)
    total = splitter.height() or size.height() - 160
    splitter.setSizes([int(total * 0.56), total - int(total * 0.56)])


def make_view(timeline: Timeline, empty_message: str) -> Any:
    """The canvas (``TimelineView``), with the empty-state invitation set."""
    from timeline_app.ui.canvas.timeline_view import TimelineView

    view = TimelineView(timeline)
    view.setAccessibleName(view.accessibleName() or "Timeline")
    view.set_empty_message(empty_message)
    return view


class CentralParts(Protocol):
    """The widgets :func:`build_central` arranges (``MainWindow`` has them all)."""

    detail: QWidget
    source: QWidget
    table: QWidget
    view: QWidget
    progress: QWidget
    filter_bar: QWidget


def build_central(window: QMainWindow, parts: CentralParts) -> tuple[QSplitter, QTabWidget]:
    """Progress strip and filter bar on top, then timeline over (table | details/source)."""
    tabs = QTabWidget()
    tabs.setObjectName("sideTabs")
    tabs.setDocumentMode(True)
    tabs.addTab(parts.detail, "Details")
    tabs.addTab(parts.source, "Source")
    bottom = QSplitter(Qt.Orientation.Horizontal)
    bottom.setObjectName("bottomSplitter")
    bottom.addWidget(parts.table)
    bottom.addWidget(tabs)
    bottom.setStretchFactor(0, 3)
    bottom.setStretchFactor(1, 2)
    bottom.setSizes([560, 440])
    main = QSplitter(Qt.Orientation.Vertical)
    main.setObjectName("mainSplitter")
    main.addWidget(parts.view)
    main.addWidget(bottom)
    main.setStretchFactor(0, 3)
    main.setStretchFactor(1, 2)
    main.setSizes([600, 400])  # the timeline gets ~60% of the height
    main.setChildrenCollapsible(False)
    central = QWidget()
    central.setObjectName("centralArea")
    layout = QVBoxLayout(central)
    layout.setContentsMargins(0, 0, 0, 0)
    layout.setSpacing(0)
    layout.addWidget(parts.progress)
    layout.addWidget(parts.filter_bar)
    layout.addWidget(main, 1)
    window.setCentralWidget(central)
    return main, tabs


def make_dock(
    window: QMainWindow, title: str, widget: QWidget, area: Qt.DockWidgetArea
) -> QDockWidget:
    """A closable, movable dock holding ``widget``."""
    dock = QDockWidget(title, window)
    dock.setObjectName(f"{title.lower()}Dock")
    dock.setWidget(widget)
    dock.setFeatures(
        QDockWidget.DockWidgetFeature.DockWidgetClosable
        | QDockWidget.DockWidgetFeature.DockWidgetMovable
    )
    window.addDockWidget(area, dock)
    if area in (Qt.DockWidgetArea.LeftDockWidgetArea, Qt.DockWidgetArea.RightDockWidgetArea):
        width = DOCUMENTS_DOCK_W if area == Qt.DockWidgetArea.LeftDockWidgetArea else 420
        window.resizeDocks([dock], [width], Qt.Orientation.Horizontal)
    else:
        window.resizeDocks([dock], [PROBLEMS_DOCK_H], Qt.Orientation.Vertical)
    return dock


class StatusWidgets:
    """Permanent status-bar labels: event counts and the language-model state."""

    def __init__(self, bar: QStatusBar) -> None:
        self.counts = QLabel()
        self.counts.setObjectName("eventCount")
        self.model = QLabel("Loading language model…")
        self.model.setObjectName("modelStatus")
        self.model.setAccessibleName("Language model status")
        bar.addPermanentWidget(self.counts)
        bar.addPermanentWidget(self.model)

    def set_counts(self, total: int, shown: int, documents: int) -> None:
        """'12 events · 3 documents', or '5 of 12 events…' while filtered."""
        events = f"{shown} of {total} events" if shown != total else f"{total} events"
        self.counts.setText(f"{events} · {documents} document{'s' if documents != 1 else ''}")

    def set_model(self, status: str, available: bool) -> None:
        """Model line; without spaCy a clearly visible rule-based warning."""
        if available:
            self.model.setText(status)
            self.model.setProperty("warning", False)
        else:
            self.model.setText("⚠ Rule-based mode: spaCy model not installed")
            self.model.setProperty("warning", True)
        self.model.setToolTip(status)
        self.model.style().unpolish(self.model)
        self.model.style().polish(self.model)


def restore_window_state(
    window: QMainWindow, settings: QSettings, documents_dock: QDockWidget, splitter: QSplitter
) -> None:
    """Put the window and its docks back where the user left them last time."""
    geometry = settings.value("window/geometry")
    state = settings.value("window/state")
    if geometry is not None:
        window.restoreGeometry(geometry)
    if state is not None:
        window.restoreState(state)
    screen = window.screen()
    if screen is not None and not fits_on(screen.availableGeometry(), window.frameGeometry()):
        place_on_screen(window, documents_dock, splitter)  # saved on a bigger or gone monitor


def fits_on(available: QRect, frame: QRect) -> bool:
    """Whether a window frame is on the screen area and no larger than it (8 px slack)."""
    slack = available.adjusted(-8, -8, 8, 8)
    return available.isEmpty() or slack.contains(frame)


def save_window_state(window: QMainWindow, settings: QSettings) -> None:
    """Remember the window's size, position and dock layout."""
    settings.setValue("window/geometry", window.saveGeometry())
    settings.setValue("window/state", window.saveState())
