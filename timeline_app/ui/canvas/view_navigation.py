"""Range, zoom and fit of :class:`TimelineView` (split from the view for size).

The view keeps a :class:`Frame` instead of scrolling a huge scene; every way of changing
it (wheel, keys, fit-all, zoom to selection, a saved range, the overview strip) goes
through here, animated where someone watches. Fit-all squeezes long empty eras into axis
breaks unless View → Compress Empty Periods is off.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from timeline_app.geometry.frame import FIT_MARGIN_PX, Frame, fit_frame, frame_for_range
from timeline_app.ui.canvas.view_fit import fit_all_frame, rewarped, warp_for
from timeline_app.ui.canvas.view_reveal import selection_span

if TYPE_CHECKING:
    from timeline_app.ui.canvas.frame_animation import FrameAnimator
    from timeline_app.ui.canvas.timeline_scene import TimelineScene

ZOOM_STEP = 1.6


class ViewNavigation:
    """Mixed into :class:`TimelineView`: the visible range and every way to change it."""

    if TYPE_CHECKING:  # provided by TimelineView
        _frame: Frame
        _scene: TimelineScene
        _animator: FrameAnimator
        _auto_fit: bool
        _compress: bool
        _selected: list[str]

        def _width(self) -> float: ...
        def _apply(self, frame: Frame) -> None: ...

    def visible_range(self) -> tuple[float, float]:
        """First and last visible day (days since 1970, fractional)."""
        return self._frame.day_range(self._width())

    def set_visible_range(self, day0: float, day1: float) -> None:
        """Show exactly ``day0..day1`` (e.g. restoring a saved project's view)."""
        self._auto_fit = False
        self._animator.stop()
        self._apply(frame_for_range(day0, day1, self._width(), warp=self._frame.warp))

    def tick_level(self) -> str:
        """Level of the labelled axis ticks: "hour", "day", … "millennium"."""
        return self._scene.step.level

    def zoom_in(self) -> None:
        """Zoom in (animated) around the selected event when on screen, else the middle."""
        self._zoom_step(ZOOM_STEP)

    def zoom_out(self) -> None:
        """Zoom out (animated) around the selected event when on screen, else the middle."""
        self._zoom_step(1 / ZOOM_STEP)

    def _zoom_step(self, factor: float) -> None:
        self._auto_fit = False
        width, anchor = self._width(), self._width() / 2
        pos = self._scene.index.pos.get(self._selected[-1]) if self._selected else None
        if pos is not None and 0 <= self._frame.x(float(self._scene.index.starts[pos])) <= width:
            anchor = self._frame.x(float(self._scene.index.starts[pos]))
        self._animator.go(self._frame, self._frame.zoomed(factor, anchor, width))

    def zoom_by(self, factor: float, anchor_x: float) -> None:
        """Zoom by ``factor`` (>1 zooms in) keeping the day under ``anchor_x`` still."""
        self._auto_fit = False
        self._animator.stop()
        self._apply(self._frame.zoomed(factor, anchor_x, self._width()))

    def pan_by(self, dx: float) -> None:
        """Move the content ``dx`` pixels to the right."""
        self._auto_fit = False
        self._animator.stop()
        self._apply(self._frame.panned(dx, self._width()))

    def fit_all(self, *, animate: bool = True) -> None:
        """Show every shown event (Ctrl+0) with modest margins; no label is cut off.

        Long empty eras between stretches of events become axis breaks (unless
        :meth:`set_compress_empty_periods` turned them off). Until the user zooms or pans,
        the view keeps refitting on resizes and model changes.
        """
        frame = fit_all_frame(self._scene.index, self._width(), compress=self._compress)
        self._go(frame, animate=animate)
        self._auto_fit = True

    def compress_empty_periods(self) -> bool:
        """Whether fit-all squeezes long empty eras into axis breaks."""
        return self._compress

    def set_compress_empty_periods(self, on: bool) -> None:
        """Turn axis breaks on or off (View → Compress empty periods); fits again."""
        self._compress = bool(on)
        self.fit_all(animate=False)

    def zoom_to_selection(self) -> None:
        """Fit the selected events (at least a few weeks, so one day keeps its context)."""
        span = selection_span(self._scene.index, self._selected)
        if span is not None:
            self._fit(*span)
            self._auto_fit = False

    def zoom_to_days(self, day0: float, day1: float) -> None:
        """Fit ``day0..day1`` with the same margins as :meth:`fit_all`."""
        self._auto_fit = False
        self._fit(day0, day1)

    def _fit(self, day0: float, day1: float, *, animate: bool = True) -> None:
        frame = fit_frame(
            day0,
            day1,
            self._width(),
            left_px=FIT_MARGIN_PX,
            right_px=FIT_MARGIN_PX,
            warp=self._frame.warp,
        )
        self._go(frame, animate=animate)

    def _go(self, frame: Frame, *, animate: bool) -> None:
        if animate:
            self._animator.go(self._frame, frame)
        else:
            self._animator.stop()
            self._apply(frame)

    def frame(self) -> Frame:
        """The current day-to-pixel mapping."""
        return self._frame

    def set_frame(self, frame: Frame, *, pan_px: float = 0.0) -> None:
        """Show ``frame`` (moved ``pan_px`` pixels to the right); the user took over."""
        self._auto_fit = False
        self._animator.stop()
        self._apply(frame.panned(pan_px, self._width()))

    def stop_auto_fit(self) -> None:
        """The user took over the zoom: stop refitting on resize and model changes."""
        self._auto_fit = False

    def _refit(self) -> None:
        """After the shown events changed: fit again, or keep the days in view on new breaks."""
        if self._auto_fit:
            self.fit_all(animate=False)
            return
        warp = warp_for(
            self._scene.index, self._width(), compress=self._compress, margin_px=FIT_MARGIN_PX
        )
        self._apply(rewarped(self._frame, warp, self._width()))
