"""The detail panel: everything known about the selected event, with its evidence.

It shows the date three ways (as written, normalised, and the reference date a relative
phrase was resolved from) because a timeline is only trustworthy when the reader can check
how each date was read. Every source of a merged event is listed with its quote, the date
phrase highlighted, and a link that opens the document at that quote.
"""

from __future__ import annotations

import html

from PySide6.QtCore import Qt, QUrl, Signal
from PySide6.QtWidgets import (
    QHBoxLayout,
    QLabel,
    QPushButton,
    QStyle,
    QTextBrowser,
    QVBoxLayout,
    QWidget,
)

from timeline_app.model import Event, Provenance, Timeline
from timeline_app.ui.base.app_resources import icon
from timeline_app.ui.base.date_input import describe
from timeline_app.ui.panels.document_list import document_colors
from timeline_app.ui.panels.reference_text import REFERENCE_SOURCES

_EMPTY = (
    "<p class='hint'>Select an event on the timeline or in the table to see its quote, "
    "date and sources.</p>"
)


def highlighted_quote(source: Provenance) -> str:
    """The quote as HTML with the date phrase marked (offsets are document offsets)."""
    quote = source.quote
    a = max(0, min(len(quote), source.date_start - source.start))
    b = max(a, min(len(quote), source.date_end - source.start))
    return (
        html.escape(quote[:a])
        + f"<span style='background:#ffe58a;font-weight:600'>{html.escape(quote[a:b])}</span>"
        + html.escape(quote[b:])
    )


def resolution_note(event: Event, timeline: Timeline) -> str:
    """'resolved from reference date 2021-09-30 (dateline)' for relative dates, else ''."""
    anchor = event.when.anchor
    if anchor is None:
        return ""
    how = ""
    for doc_id in event.documents:
        document = timeline.documents.get(doc_id)
        if document is not None and document.reference_source:
            how = REFERENCE_SOURCES.get(document.reference_source, document.reference_source)
            break
    return f"resolved from reference date {anchor.iso()}" + (f" ({how})" if how else "")


def event_html(event: Event, timeline: Timeline) -> str:
    """The panel body for one event (pure, so it can be tested without widgets)."""
    rows = [
        ("Written as", f"“{html.escape(event.when.text)}”" if event.when.text else "—"),
        ("Normalised", html.escape(describe(event.when))),
    ]
    note = resolution_note(event, timeline)
    if note:
        doc_id = next((d for d in event.documents if d in timeline.documents), None)
        change = f" · <a href='reference:{doc_id}'>Change…</a>" if doc_id else ""
        rows.append(("Relative", html.escape(note) + change))
    if event.actors:
        rows.append(("Actors", html.escape(", ".join(event.actors))))
    if event.places:
        rows.append(("Places", html.escape(", ".join(event.places))))
    origin = "added by hand" if event.origin == "manual" else f"{event.confidence:.0%} confidence"
    rows.append(("Origin", origin + (" · edited" if event.edited else "")))
    table = "".join(f"<tr><td class='key'>{k}</td><td>{v}</td></tr>" for k, v in rows)
    return f"<table cellspacing='0' cellpadding='2'>{table}</table>" + _sources_html(
        event, timeline
    )


def _sources_html(event: Event, timeline: Timeline) -> str:
    if not event.sources:
        return f"<p class='quote'>{html.escape(event.quote)}</p>" if event.quote else ""
    colors = document_colors(timeline)
    count = len(event.sources)
    parts = [f"<h4>{'Source' if count == 1 else f'{count} sources'}</h4>"]
    for i, source in enumerate(event.sources):
        document = timeline.documents.get(source.document)
        title = html.escape(document.title if document else "Unknown document")
        color = colors.get(source.document)
        swatch = f"<span style='color:{color.name()}'>■</span> " if color else ""
        parts.append(
            f"<p class='quote'>{highlighted_quote(source)}</p>"
            f"<p class='src'>{swatch}{title} · <a href='source:{i}'>Show in source</a></p>"
        )
    return "".join(parts)


class DetailPanel(QWidget):
    """Shows one event; asks the window to open a source or the editor.

    Signals:
        show_source_requested(object): a :class:`Provenance` to show in the source viewer.
        edit_requested(str): the user pressed Edit… for this event id.
        reference_date_requested(str): "Change…" next to a relative date's reference day
            was clicked; the document id whose reference date to set.
    """

    show_source_requested = Signal(object)
    edit_requested = Signal(str)
    reference_date_requested = Signal(str)

    def __init__(self, timeline: Timeline, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("detailPanel")
        self.setAccessibleName("Event details")
        self._timeline = timeline
        self._event_id: str | None = None
        self._build()
        timeline.subscribe(self._on_timeline_changed)
        self.show_event(None)

    def _build(self) -> None:
        self.title_label = QLabel()
        self.title_label.setObjectName("detailTitle")
        self.title_label.setWordWrap(True)
        self.title_label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.body = QTextBrowser()
        self.body.setObjectName("detailBody")
        self.body.setAccessibleName("Event quote and sources")
        self.body.setOpenLinks(False)
        self.body.anchorClicked.connect(self._on_anchor_clicked)
        self.body.document().setDefaultStyleSheet(
            "td.key{color:#6b7280;padding-right:10px;white-space:nowrap}"
            "p.quote{margin:6px 0 2px 0;font-size:10.5pt;line-height:125%}"
            "p.src{color:#6b7280;margin:0 0 8px 0} p.hint{color:#6b7280}"
            "h4{margin:10px 0 0 0;color:#374151}"
        )
        self.source_button = QPushButton(" Show in source")
        self.source_button.setObjectName("showSourceButton")
        self.source_button.setIcon(icon("open", QStyle.StandardPixmap.SP_FileDialogContentsView))
        self.source_button.clicked.connect(self._on_source_button_clicked)
        self.edit_button = QPushButton("Edit…")
        self.edit_button.setObjectName("editEventButton")
        self.edit_button.clicked.connect(self._on_edit_button_clicked)
        buttons = QHBoxLayout()
        buttons.addWidget(self.source_button)
        buttons.addWidget(self.edit_button)
        buttons.addStretch(1)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(10, 8, 10, 8)
        layout.addWidget(self.title_label)
        layout.addWidget(self.body, 1)
        layout.addLayout(buttons)

    def event_id(self) -> str | None:
        """The event shown, if any."""
        return self._event_id

    def show_event(self, event_id: str | None) -> None:
        """Show this event (None or an unknown id shows the hint)."""
        event = self._timeline.event(event_id) if event_id else None
        self._event_id = event.id if event else None
        has_sources = bool(event and event.sources)
        self.source_button.setEnabled(has_sources)
        self.edit_button.setEnabled(event is not None)
        if event is None:
            self.title_label.setText("No event selected")
            self.body.setHtml(_EMPTY)
            return
        self.title_label.setText(("✎ " if event.edited else "") + event.title)
        self.body.setHtml(event_html(event, self._timeline))

    def quote_text(self) -> str:
        """Plain text of the body (tests and accessibility)."""
        return self.body.toPlainText()

    def _on_timeline_changed(self) -> None:
        self.show_event(self._event_id)

    def _on_anchor_clicked(self, url: QUrl) -> None:
        text = url.toString()
        if text.startswith("source:"):
            self._request_source(int(text.split(":", 1)[1]))
        elif text.startswith("reference:"):
            self.reference_date_requested.emit(text.split(":", 1)[1])

    def _on_source_button_clicked(self) -> None:
        self._request_source(0)

    def _request_source(self, index: int) -> None:
        event = self._timeline.event(self._event_id) if self._event_id else None
        if event is not None and 0 <= index < len(event.sources):
            self.show_source_requested.emit(event.sources[index])

    def _on_edit_button_clicked(self) -> None:
        if self._event_id:
            self.edit_requested.emit(self._event_id)
