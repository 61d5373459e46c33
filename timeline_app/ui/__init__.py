"""The desktop app: the only package that imports PySide6."""

import sys

import PySide6

if sys.version_info < (3, 12) and PySide6.__version_info__[:2] >= (6, 12):  # pragma: no cover
    import ctypes

    # PySide6 6.12.0 returns None from void methods (QColor.setAlpha, QPainter.setPen, …)
    # without taking a reference. On Python < 3.12, where None is not immortal, every such
    # call drains None's refcount by one and the process aborts with "none_dealloc:
    # deallocating None" after a few thousand calls (one repaint of the timeline makes
    # ~800). pyproject.toml keeps PySide6 below 6.12; should a user's environment hold
    # 6.12 anyway, make None effectively immortal, as Python 3.12 does (PEP 683).
    ctypes.c_ssize_t.from_address(id(None)).value += 1 << 60
