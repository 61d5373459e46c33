"""File → Export…: choose a format and its options, then a file name.

Image options (scope, width, scale, background) only make sense for PNG/SVG/PDF, so they
are disabled for data formats instead of being silently ignored. The dialog returns
:class:`ExportOptions`; writing is :func:`export_formats.export`.
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QFormLayout,
    QHBoxLayout,
    QLineEdit,
    QPushButton,
    QRadioButton,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from timeline_app.ui.export.formats import FORMATS, IMAGE_FORMATS, ExportOptions, format_for

_SCALES = (("1× (screen)", 1.0), ("2× (print)", 2.0), ("3×", 3.0))


class ExportDialog(QDialog):
    """Collects :class:`ExportOptions`; ``options()`` is valid after ``exec()`` accepts."""

    def __init__(
        self, *, default_dir: Path, base_name: str = "timeline", parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self.setObjectName("exportDialog")
        self.setAccessibleName("Export timeline")
        self.setWindowTitle("Export Timeline")
        self.setMinimumWidth(480)
        self._default_dir = default_dir
        self._base_name = base_name
        self._build()
        self._on_format_changed()

    def _build(self) -> None:
        self.format_box = QComboBox()
        self.format_box.setObjectName("exportFormat")
        for key, (label, _suffix) in FORMATS.items():
            self.format_box.addItem(label, key)
        self.format_box.currentIndexChanged.connect(self._on_format_changed)
        form = QFormLayout()
        form.addRow("Format", self.format_box)
        self._build_image_options(form)
        self.path_edit = QLineEdit()
        self.path_edit.setObjectName("exportPath")
        browse = QPushButton("Browse…")
        browse.clicked.connect(self._on_browse_clicked)
        path_row = QHBoxLayout()
        path_row.addWidget(self.path_edit, 1)
        path_row.addWidget(browse)
        form.addRow("File", path_row)
        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel
        )
        buttons.button(QDialogButtonBox.StandardButton.Ok).setText("Export")
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(buttons)

    def _build_image_options(self, form: QFormLayout) -> None:
        self.whole = QRadioButton("Whole timeline")
        self.whole.setObjectName("scopeWhole")
        self.whole.setChecked(True)
        self.view_only = QRadioButton("Current view")
        self.view_only.setObjectName("scopeView")
        scope = QHBoxLayout()
        scope.addWidget(self.whole)
        scope.addWidget(self.view_only)
        scope.addStretch(1)
        self.width_box = QSpinBox()
        self.width_box.setObjectName("exportWidth")
        self.width_box.setRange(200, 20000)
        self.width_box.setValue(1600)
        self.width_box.setSuffix(" px")
        self.scale_box = QComboBox()
        self.scale_box.setObjectName("exportScale")
        for label, value in _SCALES:
            self.scale_box.addItem(label, value)
        self.background = QComboBox()
        self.background.setObjectName("exportBackground")
        self.background.addItem("White", False)
        self.background.addItem("Transparent", True)
        self.max_height_box = QSpinBox()
        self.max_height_box.setObjectName("exportMaxHeight")
        self.max_height_box.setAccessibleName("Maximum height")
        self.max_height_box.setRange(0, 100000)
        self.max_height_box.setSingleStep(100)
        self.max_height_box.setSuffix(" px")
        self.max_height_box.setSpecialValueText("No limit: every event gets a card")
        self.max_height_box.setToolTip(
            "Cap the image's height; crowded moments then fold into numbered badges"
        )
        form.addRow("Show", scope)
        form.addRow("Width", self.width_box)
        form.addRow("Max height", self.max_height_box)
        form.addRow("Scale", self.scale_box)
        form.addRow("Background", self.background)

    def fmt(self) -> str:
        """The chosen format key."""
        return str(self.format_box.currentData())

    def options(self) -> ExportOptions:
        """The choices as :class:`ExportOptions`."""
        return ExportOptions(
            path=Path(self.path_edit.text()).expanduser(),
            format=self.fmt(),
            current_view=self.view_only.isChecked(),
            width_px=self.width_box.value(),
            scale=float(self.scale_box.currentData()),
            transparent=bool(self.background.currentData()),
            title=self._base_name,
            max_height=self.max_height_box.value() or None,
        )

    def _on_format_changed(self, *_args: object) -> None:
        fmt = self.fmt()
        is_image = fmt in IMAGE_FORMATS
        for widget in (
            self.whole,
            self.view_only,
            self.width_box,
            self.max_height_box,
            self.scale_box,
        ):
            widget.setEnabled(is_image)
        self.background.setEnabled(fmt == "png")
        suffix = FORMATS[fmt][1]
        current = self.path_edit.text().strip()
        if current and format_for(Path(current)) is not None:
            stem = Path(current).name
            for _label, old in FORMATS.values():
                stem = stem.removesuffix(old)
            self.path_edit.setText(str(Path(current).with_name(stem + suffix)))
        else:
            self.path_edit.setText(str(self._default_dir / f"{self._base_name}{suffix}"))

    def _on_browse_clicked(self) -> None:
        label, suffix = FORMATS[self.fmt()]
        name, _ = QFileDialog.getSaveFileName(
            self, "Export To", self.path_edit.text(), f"{label} (*{suffix})"
        )
        if name:
            self.path_edit.setText(name if name.endswith(suffix) else name + suffix)
