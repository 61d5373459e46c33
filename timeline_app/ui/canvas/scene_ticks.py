"""Which ticks, era labels and breaks the axis shows for a frame (split from the scene).

With axis breaks each stretch has its own scale, so ticks are chosen per stretch: the
busy recent decades can read in years while a lone ancient event sits under centuries.
No tick falls inside a break; the era beyond a break is named at its start.
"""

from __future__ import annotations

from dataclasses import dataclass

from timeline_app.geometry import axis
from timeline_app.geometry.breaks import Break
from timeline_app.geometry.frame import Frame


@dataclass(frozen=True, slots=True)
class AxisTicks:
    """What the axis draws: the main step (where the view's middle is), ticks, breaks."""

    step: axis.Step
    major_step: axis.Step | None
    minor: list[axis.Tick]
    major: list[axis.Tick]
    breaks: list[Break]


def axis_ticks(frame: Frame, width: float) -> AxisTicks:
    """Ticks of the visible stretches, each spaced for its own scale; none in a break."""
    dpp = frame.days_per_px
    warp = frame.warp
    step = axis.choose_step(dpp / warp.slope_at(frame.day(width / 2)))
    minor: list[axis.Tick] = []
    major: list[axis.Tick] = []
    lo_x = -step.days * 1.5 / dpp * warp.slope_at(frame.day(0.0))
    for day0, day1, slope in warp.segments(frame.day(lo_x), frame.day(width), dpp):
        own = axis.choose_step(dpp / slope)
        above = axis.major_step(own)
        minor += axis.ticks(day0, day1, own)
        if above:
            major += axis.ticks(day0, day1, above)
    breaks = [
        b for b in warp.active_breaks(dpp) if frame.x(b.day_hi) >= 0 and frame.x(b.day_lo) <= width
    ]
    return AxisTicks(step, axis.major_step(step), minor, major, breaks)


def major_context(
    frame: Frame, step: axis.Step | None, ticks: list[axis.Tick], breaks: list[Break]
) -> list[tuple[float, str]]:
    """Major labels with x; the first is the period the left edge falls in.

    After an axis break the era changes without a tick, so the stretch beyond it is
    named at its start ("17th c." after "⋯ 1,758 years ⋯").
    """
    items = [(frame.x(t.day), t.label) for t in ticks]
    for b in breaks if step else []:
        assert step is not None
        before = axis.ticks(b.day_hi - step.days * 1.5, b.day_hi, step)
        if before:
            items.append((frame.x(b.day_hi), before[-1].label))
    items.sort(key=lambda item: item[0])
    while len(items) > 1 and items[1][0] <= 0:
        items.pop(0)
    return items
