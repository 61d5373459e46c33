"""A time budget per document, and a Cancel that does not wait for the document to finish.

One pathological file (a book-length PDF, a text the tagger's rules find expensive) must
not hold the others hostage: past its budget (default 60 s) it is reported and the run
carries on. Checking a clock between stages is not enough, because the stage that runs
away is the one that never returns, so a watchdog thread interrupts the worker thread:
:func:`ctypes.pythonapi.PyThreadState_SetAsyncExc` raises an exception in it at its next
Python instruction. The same watchdog polls ``cancelled()`` so Cancel in the window stops
the current document within a fraction of a second, not at its end.

The exceptions derive from ``BaseException``, like ``KeyboardInterrupt``, so that the
broad ``except Exception`` nets inside loaders and the tagger ("one odd input must not
stop an import") let them through instead of reporting a time-out as a damaged file.
Limits: a single call into C code (one regex search, lxml parsing one tree) finishes
before the exception is seen; the engine's long work is Python loops around short calls.

Configuration, first match wins: :func:`configure` (the CLI's ``--time-budget``, the
window's setting ``engine/time_budget_seconds``), ``$TIMELINE_TIME_BUDGET``, 60 s.
Zero or a negative number means no limit.
"""

from __future__ import annotations

import ctypes
import os
import threading
import time
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from types import TracebackType

DEFAULT_SECONDS = 60.0
ENV = "TIMELINE_TIME_BUDGET"
SETTINGS_KEY = "engine/time_budget_seconds"
#: How often the watchdog looks at the clock and at Cancel (well under the 1 s promised).
POLL_SECONDS = 0.05

_configured: float | None = None


class OverBudget(BaseException):
    """Raised in the worker thread when a document has used up its time."""


class RunCancelled(BaseException):
    """Raised in the worker thread when the user cancelled the run."""


def configure(seconds: float | None, *, keep_existing: bool = False) -> None:
    """Set the budget for this process (None: back to the environment or the default).

    ``keep_existing`` is for the window's setting, which yields to a ``--time-budget``
    given on the command line.
    """
    global _configured
    if not (keep_existing and _configured is not None):
        _configured = seconds


def budget_seconds() -> float | None:
    """The time allowed per document, or None for no limit."""
    seconds = _configured
    if seconds is None:
        try:
            seconds = float(os.environ.get(ENV, DEFAULT_SECONDS))
        except ValueError:
            seconds = DEFAULT_SECONDS
    return seconds if seconds > 0 else None


def over_budget_message(seconds: float) -> str:
    """What the user reads for a document that ran out of time."""
    return (
        f"Skipped: reading and analysing it took longer than {seconds:g} s, the time "
        f"limit per document (set it with --time-budget or {ENV})"
    )


class Watchdog:
    """Interrupts the thread that armed it when its deadline passes or the run is cancelled.

    Use as a context manager around a run (it owns a daemon thread while needed), and
    :meth:`document` around each document's work.
    """

    def __init__(
        self,
        seconds: float | None,
        cancelled: Callable[[], bool] | None,
        *,
        poll: float = POLL_SECONDS,
    ) -> None:
        self.seconds = seconds
        self._cancelled = cancelled
        self._poll = poll
        self._lock = threading.Lock()
        self._thread_id: int | None = None
        self._window = 0  # which document() is armed, so a late disarm cannot hit the next
        self._deadline = float("inf")
        self._fired: type[BaseException] | None = None
        self._done = threading.Event()
        self._thread: threading.Thread | None = None

    def __enter__(self) -> Watchdog:
        if self.seconds is not None or self._cancelled is not None:
            self._thread = threading.Thread(target=self._watch, name="budget", daemon=True)
            self._thread.start()
        return self

    def __exit__(
        self, kind: type[BaseException] | None, exc: BaseException | None, tb: TracebackType | None
    ) -> None:
        self._done.set()
        if self._thread is not None:
            self._thread.join()

    @contextmanager
    def document(self, spent: float = 0.0) -> Iterator[None]:
        """Arm the deadline for the calling thread (``spent`` seconds already used).

        Raises:
            OverBudget: the document took longer than its budget.
            RunCancelled: the run was cancelled meanwhile.
        """
        with self._lock:
            self._window += 1
            window = self._window
            self._thread_id = threading.get_ident()
            self._fired = None
            budget = self.seconds if self.seconds is not None else float("inf")
            self._deadline = time.monotonic() + budget - spent
        delivered: BaseException | None = None
        try:
            yield
        except (OverBudget, RunCancelled) as exc:
            delivered = exc
            raise
        finally:
            self._disarm(window, delivered)

    def _disarm(self, window: int, delivered: BaseException | None) -> None:
        with self._lock:
            if window != self._window:
                return  # a later document() is armed now
            if self._fired is not None and delivered is None and self._thread_id is not None:
                _raise_in(self._thread_id, None)  # fired too late to land: take it back
            self._thread_id = None

    def _watch(self) -> None:
        while not self._done.wait(self._poll):
            cancelled = self._cancelled is not None and self._cancelled()
            with self._lock:
                if self._thread_id is None or self._fired is not None:
                    continue
                if cancelled:
                    self._fired = RunCancelled
                elif time.monotonic() > self._deadline:
                    self._fired = OverBudget
                else:
                    continue
                _raise_in(self._thread_id, self._fired)


def _raise_in(thread_id: int, kind: type[BaseException] | None) -> None:
    """Raise ``kind`` in another thread at its next Python instruction (None: clear)."""
    ctypes.pythonapi.PyThreadState_SetAsyncExc(
        ctypes.c_ulong(thread_id), ctypes.py_object(kind) if kind is not None else None
    )
