"""Hand-built timelines for the window tests: no NLP, exact offsets, known answers."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest

from timeline_app.model import Day, Document, Event, Granularity, Provenance, Timeline, When
from timeline_app.model.document import document_id

TEXTS = {
    "vote": (
        "Parliament votes on the climate bill",
        "BERLIN, 30 September 2021 - Parliament passed the climate bill on 29 September 2021. "
        "Critics said last Tuesday that the bill went too far. "
        "The law takes effect in early 2022.",
        Day(2021, 9, 30),
        "dateline",
    ),
    "pyramid": (
        "The Great Pyramid",
        "The Great Pyramid of Giza was finished around 2566 BC. "
        "It was the tallest building for nearly four thousand years.",
        None,
        "",
    ),
}


def _doc(key: str) -> Document:
    title, text, ref, source = TEXTS[key]
    return Document(document_id(text), f"/articles/{key}.txt", title, text, "txt", ref, source)


def _event(
    doc: Document, quote: str, date_text: str, when: When, title: str, **kw: object
) -> Event:
    start = doc.text.index(quote)
    date_start = doc.text.index(date_text, start)
    source = Provenance(
        doc.id, start, start + len(quote), date_start, date_start + len(date_text), quote
    )
    return Event(
        id=kw.pop("id", f"ev-{title[:6]}"),
        title=title,
        when=when,
        quote=quote,
        sources=(source,),
        **kw,
    )  # type: ignore[arg-type]


def sample_timeline() -> Timeline:
    """Two documents, four events: a day, a relative day, an approximate span, a BCE year."""
    vote, pyramid = _doc("vote"), _doc("pyramid")
    d = Day(2021, 9, 29)
    events = [
        _event(
            vote,
            "Parliament passed the climate bill on 29 September 2021.",
            "29 September 2021",
            When("2021-09-29", d, d, Granularity.DAY, text="29 September 2021"),
            "Parliament passed the climate bill",
            id="ev-vote",
            actors=("Parliament",),
            places=("Berlin",),
            confidence=0.9,
        ),
        _event(
            vote,
            "Critics said last Tuesday that the bill went too far.",
            "last Tuesday",
            When(
                "2021-09-28",
                Day(2021, 9, 28),
                Day(2021, 9, 28),
                Granularity.DAY,
                text="last Tuesday",
                anchor=Day(2021, 9, 30),
            ),
            "Critics said the bill went too far",
            id="ev-critics",
            confidence=0.6,
        ),
        _event(
            vote,
            "The law takes effect in early 2022.",
            "early 2022",
            When(
                "2022",
                Day(2022, 1, 1),
                Day(2022, 4, 30),
                Granularity.YEAR,
                approximate=True,
                text="early 2022",
                mod="START",
            ),
            "The law takes effect",
            id="ev-law",
            confidence=0.8,
        ),
        _event(
            pyramid,
            "The Great Pyramid of Giza was finished around 2566 BC.",
            "2566 BC",
            When(
                "-2565",
                Day(-2565, 1, 1),
                Day(-2565, 12, 31),
                Granularity.YEAR,
                approximate=True,
                text="around 2566 BC",
            ),
            "The Great Pyramid of Giza was finished",
            id="ev-pyramid",
            places=("Giza",),
            confidence=0.7,
        ),
    ]
    timeline = Timeline()
    timeline.set_extraction([vote, pyramid], events)
    return timeline


#: Message boxes the app tried to show during the current test (kind, "title: text").
MESSAGES: list[tuple[str, str]] = []

#: Message boxes the app tried to show during the current test (kind, "title: text").
MESSAGES: list[tuple[str, str]] = []

ARTICLE = (
    "LONDON, 3 March 2021 - The city council approved the new bridge on 2 March 2021. "
    "Construction will start in June 2021, the mayor said. "
    "The old bridge was built in 1894.\n"
)
OTHER_ARTICLE = (
    "PARIS, 10 May 2020 - The museum reopened on 9 May 2020 after a long closure. "
    "It first opened its doors in 1793.\n"
)


@pytest.fixture
def isolated(monkeypatch: pytest.MonkeyPatch, tmp_path: Path) -> Path:
    """Rule-based engine, and caches, autosaves and settings under ``tmp_path``."""
    from PySide6.QtCore import QSettings
    from PySide6.QtWidgets import QMessageBox

    from timeline_app.core import nlp

    # A modal box would hang an offscreen test run: answer "Discard" and record the rest.
    shown: list[tuple[str, str]] = []
    discard = QMessageBox.StandardButton.Discard

    def record(kind: str) -> Any:
        return lambda _parent, title, text, *a, **k: shown.append((kind, f"{title}: {text}"))

    monkeypatch.setattr(QMessageBox, "question", lambda *a, **k: discard)
    for kind in ("warning", "critical", "information", "about"):
        monkeypatch.setattr(QMessageBox, kind, record(kind))
    monkeypatch.setattr("tests.ui.window_fixtures.MESSAGES", shown)
    settings_dir = tmp_path / "settings"
    for scope in (QSettings.Scope.UserScope, QSettings.Scope.SystemScope):
        QSettings.setPath(QSettings.Format.IniFormat, scope, str(settings_dir))
        QSettings.setPath(QSettings.Format.NativeFormat, scope, str(settings_dir))
    monkeypatch.setenv("TIMELINE_NO_MODEL", "1")
    monkeypatch.setenv("TIMELINE_CACHE_DIR", str(tmp_path / "cache"))
    monkeypatch.setenv("TIMELINE_DATA_DIR", str(tmp_path / "data"))
    nlp.load_nlp.cache_clear()
    yield tmp_path
    nlp.load_nlp.cache_clear()


@pytest.fixture
def window(qtbot: Any, isolated: Path) -> Any:
    """A main window with its own settings file and no model."""
    from PySide6.QtCore import QSettings

    from timeline_app.ui.window.main_window import MainWindow

    settings = QSettings(str(isolated / "settings.ini"), QSettings.Format.IniFormat)
    win = MainWindow(settings=settings)
    qtbot.addWidget(win)
    win.projects.set_dirty(False)
    yield win
    win.projects.set_dirty(False)  # no "save changes?" box on teardown
    win.ingest.queue.cancel()
    win.ingest.queue.wait_for_done(10000)


def write_article(folder: Path, name: str = "bridge.txt", text: str = ARTICLE) -> Path:
    """An article file in ``folder``."""
    path = folder / name
    path.write_text(text, encoding="utf-8")
    return path


def drop_files(win: Any, paths: list[Path]) -> None:
    """Deliver a real QDropEvent with file URLs to the window."""
    from PySide6.QtCore import QMimeData, QPointF, Qt, QUrl
    from PySide6.QtGui import QDropEvent

    mime = QMimeData()
    mime.setUrls([QUrl.fromLocalFile(str(p)) for p in paths])
    event = QDropEvent(
        QPointF(50, 50),
        Qt.DropAction.CopyAction,
        mime,
        Qt.MouseButton.LeftButton,
        Qt.KeyboardModifier.NoModifier,
    )
    win.dropEvent(event)


def wait_idle(qtbot: Any, win: Any, timeout: int = 30000) -> None:
    """Wait until every queued extraction job has been merged."""
    qtbot.waitUntil(lambda: not win.ingest.is_busy(), timeout=timeout)
