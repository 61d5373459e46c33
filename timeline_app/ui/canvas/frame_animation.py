"""Short eased transitions between two frames, so keyboard zoom and "fit" feel smooth.

Zoom is interpolated in log space and the centre linearly, which reads as one steady
motion at any scale (millennia to hours). Offscreen (tests, headless export) there is no
one to watch, so jumps are instant there and tests see the final range at once.
"""

from __future__ import annotations

import math
from collections.abc import Callable

from PySide6.QtCore import QEasingCurve, QObject, QVariantAnimation
from PySide6.QtGui import QGuiApplication

from timeline_app.geometry.frame import Frame

DURATION_MS = 220


def animations_available() -> bool:
    """False on platforms nobody looks at (offscreen, minimal)."""
    return QGuiApplication.platformName() not in ("offscreen", "minimal")


class FrameAnimator(QObject):
    """Drives ``apply(frame)`` from one frame to another over :data:`DURATION_MS`."""

    def __init__(
        self,
        apply: Callable[[Frame], None],
        width: Callable[[], float],
        parent: QObject | None = None,
    ) -> None:
        super().__init__(parent)
        self._apply = apply
        self._width = width
        self._from = self._to = Frame(0.0, 1.0)
        self._then: Callable[[], None] | None = None
        self.enabled = animations_available()
        self._anim = QVariantAnimation(self)
        self._anim.setDuration(DURATION_MS)
        self._anim.setStartValue(0.0)
        self._anim.setEndValue(1.0)
        self._anim.setEasingCurve(QEasingCurve.Type.OutCubic)
        self._anim.valueChanged.connect(self._on_value_changed)
        self._anim.finished.connect(self._on_finished)

    def go(self, start: Frame, target: Frame, then: Callable[[], None] | None = None) -> None:
        """Move from ``start`` to ``target``, animated when possible, then call ``then``."""
        self.stop()
        if not self.enabled:
            self._apply(target)
            if then is not None:
                then()
            return
        self._from, self._to, self._then = start, target, then
        self._anim.start()

    def stop(self) -> None:
        """Stop where it is (the user grabbed the wheel or the mouse)."""
        self._then = None
        self._anim.stop()

    def _on_finished(self) -> None:
        then, self._then = self._then, None
        if then is not None:
            then()

    def _on_value_changed(self, value: object) -> None:
        t = float(value)  # type: ignore[arg-type]
        a, b = self._from, self._to
        half = self._width() / 2
        dpp = math.exp(math.log(a.days_per_px) * (1 - t) + math.log(b.days_per_px) * t)
        # the centre glides in the target's axis positions at the zoom of the moment, so a
        # fit that adds or drops breaks still reads as one motion
        centre_a, centre_b = b.warp.a(a.day(half), dpp), b.warp.a(b.day(half), dpp)
        centre = centre_a + (centre_b - centre_a) * t
        self._apply(Frame(centre - (half - b.x0) * dpp, dpp, b.x0, b.warp) if t < 1 else b)
