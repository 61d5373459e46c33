"""The documents panel says each document's language and lets the user change it."""

from __future__ import annotations

from pathlib import Path
from typing import Any

from tests.ui.window_fixtures import wait_idle, write_article

GERMAN = (
    "Brücke wird saniert\n\n"
    "HAMBURG, 9. November 2023 – Der Senat hat am Montag die Sanierung der alten Brücke "
    "beschlossen. Die Brücke wurde am 3. Mai 1926 eröffnet und gestern gesperrt.\n"
)


def test_language_is_shown_and_can_be_overridden(qtbot: Any, window: Any, isolated: Path) -> None:
    window.open_paths([write_article(isolated, "bruecke.txt", GERMAN)])
    wait_idle(qtbot, window)
    doc_id = next(iter(window.timeline.documents))
    assert window.timeline.documents[doc_id].language == "de"
    assert window.legend.item(0).text() == "DE · Brücke wird saniert"
    assert "Language: German: dates and quotes" in window.legend.item(0).toolTip()
    assert "1926-05-03" in {e.when.value for e in window.timeline.events()}

    menu = window.legend.context_menu(doc_id)
    sub = next(a.menu() for a in menu.actions() if a.text() == "Language")
    checked = [a.text() for a in sub.actions() if a.isChecked()]
    assert checked == ["German"]

    window.documents.set_language(doc_id, "en")
    wait_idle(qtbot, window)
    assert window.timeline.documents[doc_id].language == "en"
    assert window.legend.item(0).text() == "Brücke wird saniert"
    assert "1926-05-03" not in {e.when.value for e in window.timeline.events()}

    window.documents.set_language(doc_id, "")  # detect again
    wait_idle(qtbot, window)
    assert window.timeline.documents[doc_id].language == "de"
    window.projects.set_dirty(False)


def test_the_language_given_at_launch_applies_to_opened_files(
    qtbot: Any, window: Any, isolated: Path
) -> None:
    """`timeline-app open FILE --language en` reads even a German text with English rules."""
    window.ingest.language = "en"
    window.open_paths([write_article(isolated, "bruecke.txt", GERMAN)])
    wait_idle(qtbot, window)
    [document] = window.timeline.documents.values()
    assert document.language == "en"
    window.projects.set_dirty(False)


RUSSIAN = (
    "Мост открыт после ремонта\n\n"
    "КАЗАНЬ, 14 марта 2022 г. – Вчера городские власти открыли мост через реку. "
    "Строительство началось 3 мая 2019 года и закончилось в феврале.\n"
)


def test_a_long_tail_language_is_named_and_offered(
    qtbot: Any, window: Any, isolated: Path
) -> None:
    """A Russian article: detected, named in the panel, its dates read; the menu offers
    the ~170 other languages by initial, so no menu is taller than the screen."""
    from PySide6.QtWidgets import QListWidget, QMenu

    window.open_paths([write_article(isolated, "most.txt", RUSSIAN)])
    wait_idle(qtbot, window)
    legend = window.findChild(QListWidget, "documentList")
    doc_id = next(iter(window.timeline.documents))
    assert window.timeline.documents[doc_id].language == "ru"
    assert legend.item(0).text() == "RU · Мост открыт после ремонта"
    tooltip = legend.item(0).toolTip()
    assert "Language: Russian: dates only, from dateparser's word lists" in tooltip
    assert {"2019-05-03", "2022-03-13"} <= {e.when.value for e in window.timeline.events()}

    menu = window.legend.context_menu(doc_id)
    more = menu.findChild(QMenu, "documentMoreLanguagesMenu")
    letters = [a.text() for a in more.actions()]
    assert letters[:3] == ["A", "B", "C"]
    r_menu = next(a.menu() for a in more.actions() if a.text() == "R")
    checked = [a.text() for a in r_menu.actions() if a.isChecked()]
    assert checked == ["Russian"]
    assert max(len(a.menu().actions()) for a in more.actions()) <= 20

    japanese = next(a for a in more.actions() if a.text() == "J").menu().actions()
    next(a for a in japanese if a.text() == "Japanese").trigger()
    wait_idle(qtbot, window)
    assert window.timeline.documents[doc_id].language == "ja"
    assert legend.item(0).text().startswith("JA · ")
    window.projects.set_dirty(False)
