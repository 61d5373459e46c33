"""The event editor dialog: title, date as free text, granularity.

The date field is read by the engine (:func:`date_input.parse_when`) as the user types, and
the normalised reading is shown under it, so "early 2021" visibly becomes "about
2021-01-01 – 2021-04-30" before the user presses OK. OK stays disabled while the field
does not read as a date: the dialog never returns a date it could not understand.
"""

from __future__ import annotations

from dataclasses import dataclass, replace

from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QLineEdit,
    QVBoxLayout,
    QWidget,
)

from timeline_app.model import Day, Event, Granularity, When
from timeline_app.ui.base.date_input import describe, parse_when, span_for

_GRANULARITIES = [g for g in Granularity if g is not Granularity.TIME]


@dataclass(frozen=True)
class EditorResult:
    """What the user confirmed."""

    title: str
    when: When


class EventEditor(QDialog):
    """Edit an existing event (``event`` given) or create one (``event`` None)."""

    def __init__(
        self,
        event: Event | None = None,
        *,
        reference: Day | None = None,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.setObjectName("eventEditor")
        self.setAccessibleName("Edit event" if event else "Add event")
        self.setWindowTitle("Edit Event" if event else "Add Event")
        self.setMinimumWidth(440)
        self._reference = reference
        self._parsed: When | None = event.when if event else None
        self._build(event)
        self._on_date_text_changed(self.date_edit.text())

    def _build(self, event: Event | None) -> None:
        self.title_edit = QLineEdit(event.title if event else "")
        self.title_edit.setObjectName("titleEdit")
        self.title_edit.setAccessibleName("Title")
        self.title_edit.setPlaceholderText("What happened")
        self.date_edit = QLineEdit(event.when.text if event else "")
        self.date_edit.setObjectName("dateEdit")
        self.date_edit.setAccessibleName("Date")
        self.date_edit.setPlaceholderText("e.g. 29/09/2021, early 2021, 2566 BC")
        self.date_edit.textChanged.connect(self._on_date_text_changed)
        self.date_preview = QLabel()
        self.date_preview.setObjectName("datePreview")
        self.granularity = QComboBox()
        self.granularity.setObjectName("granularityBox")
        self.granularity.setAccessibleName("Granularity")
        for g in _GRANULARITIES:
            self.granularity.addItem(g.value.capitalize(), g)
        if event is not None:
            self._select_granularity(event.when.granularity)
        self.granularity.currentIndexChanged.connect(self._on_granularity_changed)
        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel
        )
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        form = QFormLayout()
        form.addRow("&Title", self.title_edit)
        form.addRow("&Date", self.date_edit)
        form.addRow("", self.date_preview)
        form.addRow("&Granularity", self.granularity)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(self.buttons)
        self.title_edit.textChanged.connect(self._update_ok)

    def result_value(self) -> EditorResult | None:
        """The confirmed title and date, or None while the input is not valid."""
        title = self.title_edit.text().strip()
        if not title or self._parsed is None:
            return None
        return EditorResult(title, self._with_granularity(self._parsed))

    def _with_granularity(self, when: When) -> When:
        chosen = self.granularity.currentData()
        if chosen is None or chosen == when.granularity:
            return when
        return replace(
            span_for(when.earliest, chosen, text=when.text),
            approximate=when.approximate,
            anchor=when.anchor,
        )

    def _select_granularity(self, granularity: Granularity) -> None:
        index = self.granularity.findData(granularity)
        self.granularity.blockSignals(True)
        self.granularity.setCurrentIndex(max(index, 0))
        self.granularity.blockSignals(False)

    def _on_date_text_changed(self, text: str) -> None:
        self._parsed = parse_when(text, reference=self._reference) if text.strip() else None
        if self._parsed is not None:
            self._select_granularity(self._parsed.granularity)
        self._show_preview()

    def _on_granularity_changed(self, _index: int) -> None:
        self._show_preview()

    def _show_preview(self) -> None:
        if self._parsed is None:
            text = self.date_edit.text().strip()
            message = f"“{text}” is not a date I can read" if text else "Type a date"
            self.date_preview.setText(f"<span style='color:#b91c1c'>{message}</span>")
        else:
            reading = describe(self._with_granularity(self._parsed))
            self.date_preview.setText(f"<span style='color:#047857'>→ {reading}</span>")
        self._update_ok()

    def _update_ok(self) -> None:
        ok = self.buttons.button(QDialogButtonBox.StandardButton.Ok)
        ok.setEnabled(self.result_value() is not None)
