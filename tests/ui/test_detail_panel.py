"""The detail panel and source viewer show the evidence for an event."""

from __future__ import annotations

from pathlib import Path
from typing import Any

from tests.ui.window_fixtures import sample_timeline
from timeline_app.model import EventEdit
from timeline_app.ui.panels.detail_panel import DetailPanel, highlighted_quote
from timeline_app.ui.panels.source_viewer import SourceViewer


def test_shows_dates_quote_and_reference(qtbot: Any, isolated: Path) -> None:
    panel = DetailPanel(sample_timeline())
    qtbot.addWidget(panel)
    panel.show_event("ev-critics")
    text = panel.quote_text()
    assert panel.title_label.text() == "Critics said the bill went too far"
    assert "“last Tuesday”" in text
    assert "28 September 2021 (day)" in text
    assert "resolved from reference date 2021-09-30 (dateline)" in text
    assert "Critics said last Tuesday that the bill went too far." in text
    assert panel.source_button.isEnabled()


def test_date_phrase_is_highlighted(isolated: Path) -> None:
    event = sample_timeline().event("ev-critics")
    html = highlighted_quote(event.sources[0])
    assert "font-weight:600'>last Tuesday</span>" in html


def test_merged_event_lists_every_source(qtbot: Any, isolated: Path) -> None:
    timeline = sample_timeline()
    timeline.set_edit("ev-pyramid", EventEdit(merged_into="ev-vote"))
    panel = DetailPanel(timeline)
    qtbot.addWidget(panel)
    panel.show_event("ev-vote")
    text = panel.quote_text()
    assert "2 sources" in text
    assert "The Great Pyramid" in text
    assert "Parliament votes on the climate bill" in text


def test_show_in_source_emits_provenance(qtbot: Any, isolated: Path) -> None:
    timeline = sample_timeline()
    panel = DetailPanel(timeline)
    qtbot.addWidget(panel)
    panel.show_event("ev-law")
    with qtbot.waitSignal(panel.show_source_requested) as blocker:
        panel.source_button.click()
    assert blocker.args[0] == timeline.event("ev-law").sources[0]


def test_empty_and_deleted_states(qtbot: Any, isolated: Path) -> None:
    timeline = sample_timeline()
    panel = DetailPanel(timeline)
    qtbot.addWidget(panel)
    panel.show_event("ev-law")
    timeline.set_edit("ev-law", EventEdit(deleted=True))
    assert panel.event_id() is None
    assert not panel.edit_button.isEnabled()


def test_source_viewer_highlights_quote(qtbot: Any, isolated: Path) -> None:
    timeline = sample_timeline()
    viewer = SourceViewer()
    qtbot.addWidget(viewer)
    event = timeline.event("ev-law")
    viewer.show_source(timeline.documents[event.sources[0].document], event.sources[0])
    assert viewer.highlighted_text() == event.quote
    assert viewer.text.textCursor().position() == event.sources[0].start
