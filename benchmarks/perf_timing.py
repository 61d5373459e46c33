"""Timing helpers for the performance benchmarks: medians, interleaving, result rows.

Every figure is a ratio against a baseline timed in the same run, because absolute
seconds on a shared two-core machine say more about the neighbours than about the code.
Subject and baseline are run alternately (A B A B …) so that a burst of load elsewhere
hits both, and the median of the runs is kept.
"""

from __future__ import annotations

import statistics
import time
from collections.abc import Callable
from dataclasses import asdict, dataclass

#: Keys of every row in ``--json`` output (the smoke test checks them).
ROW_KEYS = ("section", "name", "seconds", "baseline", "baseline_seconds", "ratio", "note")


@dataclass(frozen=True, slots=True)
class Row:
    """One measurement: the subject's median time against its baseline's median time.

    Attributes:
        section: which benchmark ("engine", "tagger", "model", "canvas", "startup", "project").
        name: what was timed.
        seconds: median seconds of the subject.
        baseline: what it is compared against.
        baseline_seconds: median seconds of the baseline, measured in the same run.
        note: a throughput or size figure that helps read the ratio.
    """

    section: str
    name: str
    seconds: float
    baseline: str
    baseline_seconds: float
    note: str = ""

    @property
    def ratio(self) -> float:
        """Subject time / baseline time: below 1 is cheaper than the baseline."""
        return self.seconds / self.baseline_seconds if self.baseline_seconds > 0 else float("inf")

    def to_dict(self) -> dict[str, object]:
        """The row as plain JSON data, ratio included."""
        return {**asdict(self), "ratio": self.ratio}


def timed(fn: Callable[[], object]) -> float:
    """Seconds one call of ``fn`` takes (``time.perf_counter``)."""
    start = time.perf_counter()
    fn()
    return time.perf_counter() - start


def median_time(
    fn: Callable[[], object], repeat: int, *, setup: Callable[[], object] | None = None
) -> float:
    """Median seconds over ``repeat`` calls (at least one), ``setup()`` untimed before each."""
    times = []
    for _ in range(max(1, repeat)):
        if setup is not None:
            setup()
        times.append(timed(fn))
    return statistics.median(times)


def interleaved(
    subject: Callable[[], object],
    baseline: Callable[[], object],
    repeat: int,
    *,
    setup: Callable[[], object] | None = None,
) -> tuple[float, float]:
    """Median seconds of ``subject`` and ``baseline``, run alternately ``repeat`` times each.

    Args:
        subject: the code being measured.
        baseline: the reference it is compared with.
        repeat: runs of each (at least one).
        setup: untimed call before every subject run (e.g. to drop a cache).

    Returns:
        ``(subject_median, baseline_median)`` in seconds.
    """
    subject_times: list[float] = []
    baseline_times: list[float] = []
    for _ in range(max(1, repeat)):
        baseline_times.append(timed(baseline))
        if setup is not None:
            setup()
        subject_times.append(timed(subject))
    return statistics.median(subject_times), statistics.median(baseline_times)


def rate(count: float, seconds: float, unit: str) -> str:
    """``"1,234 unit/s"`` for a throughput note (``"-"`` for a zero time)."""
    return f"{count / seconds:,.0f} {unit}/s" if seconds > 0 else "-"
