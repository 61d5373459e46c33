"""Work that may wait a moment, run one piece per turn of the event loop.

When a batch of 50 articles lands on a timeline of 1,000, the canvas and the event table
each have tens of milliseconds of work to catch up. Run back to back they would pause
the window for their sum; queued here, each runs in its own turn, and input (and any
timer) waiting in between is served first. A zero-delay timer would not do: Qt runs
those as posted calls ahead of everything already waiting, and timers that fall due
together in one pass, back to back.
"""

from __future__ import annotations

from collections import deque
from collections.abc import Callable

import shiboken6
from PySide6.QtCore import QObject, QTimer

_DELAY_MS = 1  # a real timer, armed after the previous piece ran: a turn of its own


class _Queue(QObject):
    def __init__(self) -> None:
        super().__init__()
        self._tasks: deque[tuple[QObject, Callable[[], None]]] = deque()
        self._armed = False

    def add(self, owner: QObject, task: Callable[[], None]) -> None:
        self._tasks.append((owner, task))
        self._arm()

    def _arm(self) -> None:
        if self._tasks and not self._armed:
            self._armed = True
            QTimer.singleShot(_DELAY_MS, self, self._run_one)

    def _run_one(self) -> None:
        self._armed = False
        owner, task = self._tasks.popleft()
        try:
            if shiboken6.isValid(owner):  # a widget closed meanwhile is skipped
                task()
        finally:
            self._arm()


_queue: _Queue | None = None


def run_soon(owner: QObject, task: Callable[[], None]) -> None:
    """Run ``task`` in a later turn of the event loop, after the pieces queued before it
    (each in a turn of its own); skipped if ``owner`` has been deleted by then."""
    global _queue
    if _queue is None or not shiboken6.isValid(_queue):
        _queue = _Queue()
    _queue.add(owner, task)
