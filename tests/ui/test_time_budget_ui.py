"""The time budget in the window: Cancel stops a runaway document within a second, and
a document past its budget is listed with the reason while the others arrive."""

from __future__ import annotations

import threading
import time
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
from PySide6.QtCore import QSettings

from tests.ui.window_fixtures import drop_files, wait_idle, write_article
from timeline_app.pipeline import budget
from timeline_app.pipeline import document as pipeline_document
from timeline_app.ui.window.main_window import MainWindow

SLOW = "Slow news\n\nThe council met on 3 March 2021 and then talked for ever.\n"


@pytest.fixture
def runaway(monkeypatch: pytest.MonkeyPatch) -> Iterator[threading.Event]:
    """Extraction of a text saying "for ever" spins in Python until interrupted; the
    event is set once it has started."""
    started = threading.Event()
    real = pipeline_document._tag_and_extract

    def extract(document, doc):  # type: ignore[no-untyped-def]
        if "for ever" in document.text:
            started.set()
            while True:
                pass
        return real(document, doc)

    monkeypatch.setattr(pipeline_document, "_tag_and_extract", extract)
    budget.configure(None)
    yield started
    budget.configure(None)


def test_cancel_stops_a_runaway_document_within_a_second(
    qtbot: Any, window: Any, isolated: Path, runaway: threading.Event
) -> None:
    drop_files(window, [write_article(isolated, "slow.txt", SLOW)])
    assert runaway.wait(30)
    clicked = time.monotonic()
    window.progress.cancel_button.click()
    wait_idle(qtbot, window, timeout=5000)
    assert time.monotonic() - clicked < 1.0
    assert not window.progress.isVisibleTo(window)
    assert window.errors.entries() == []  # cancelled, not failed


def test_a_document_past_the_budget_setting_is_listed_and_the_others_arrive(
    qtbot: Any, isolated: Path, runaway: threading.Event
) -> None:
    settings = QSettings(str(isolated / "budget.ini"), QSettings.Format.IniFormat)
    settings.setValue(budget.SETTINGS_KEY, 0.5)
    win = MainWindow(settings=settings)
    qtbot.addWidget(win)
    good = write_article(isolated, "good.txt", "Dam news\n\nThe dam opened on 2 May 1931.\n")
    drop_files(win, [write_article(isolated, "slow.txt", SLOW), good])
    wait_idle(qtbot, win, timeout=10000)
    [entry] = win.errors.entries()
    assert "slow.txt" in entry
    assert "took longer than 0.5 s, the time limit per document" in entry
    assert [e.when.value for e in win.timeline.events()] == ["1931-05-02"]
    win.projects.set_dirty(False)
