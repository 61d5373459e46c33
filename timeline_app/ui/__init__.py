"""The desktop app: the only package that imports PySide6."""

import sys

if sys.version_info < (3, 12):  # pragma: no cover - depends on the interpreter
    import ctypes

    # PySide6 6.12 returns None from void methods (QColor.setAlpha, QPainter.setPen, …)
    # without taking a reference. On Python < 3.12, where None is not immortal, every such
    # call drains None's refcount by one and the process aborts with "none_dealloc:
    # deallocating None" after a few thousand calls (one repaint of the timeline makes
    # ~800). Make None effectively immortal, as Python 3.12 does (PEP 683).
    ctypes.c_ssize_t.from_address(id(None)).value += 1 << 60
