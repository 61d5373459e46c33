"""Write files so that a crash or a full disk never leaves a half-written file behind.

The new content goes to a temporary file in the same folder (``os.replace`` is only
atomic within one file system), is flushed and fsynced, then replaces the target in one
step. Readers see either the old file or the new one, never a mixture; on any failure the
temporary file is removed and the old file is untouched. A process killed mid-write cannot
remove its temporary file (a 20,000-event project leaves 10 MB), so the next write to
the same file removes such leftovers once they are old enough to be surely dead.
"""

from __future__ import annotations

import contextlib
import os
import tempfile
import time
from pathlib import Path

#: A temporary file untouched this long belongs to a write that died (a save takes
#: seconds); a younger one may be another process's save in progress, so it stays.
STALE_TEMP_SECONDS = 600


def atomic_write_bytes(path: str | os.PathLike[str], data: bytes) -> None:
    """Replace ``path`` with ``data`` atomically.

    Args:
        path: the file to create or replace; its folder must exist.
        data: the complete new content.

    Raises:
        OSError: the folder is missing or not writable, the disk is full… The original
            file (if any) is left as it was.
    """
    target = Path(path)
    folder = target.parent
    fd, tmp_name = tempfile.mkstemp(dir=folder, prefix=f".{target.name}.", suffix=".tmp")
    try:
        with os.fdopen(fd, "wb") as handle:
            handle.write(data)
            handle.flush()
            os.fsync(handle.fileno())
        _copy_mode(target, tmp_name)
        os.replace(tmp_name, target)
    except BaseException:
        with contextlib.suppress(OSError):
            os.unlink(tmp_name)
        raise
    _fsync_folder(folder)
    _remove_stale_temporaries(target)


def atomic_write_text(path: str | os.PathLike[str], text: str, encoding: str = "utf-8") -> None:
    """Replace ``path`` with ``text`` atomically.

    The text is written exactly: no newline translation, so a file written on Windows
    and on Linux has the same bytes (CSV keeps its ``\\r\\n``, JSON its ``\\n``).

    Raises:
        OSError: as :func:`atomic_write_bytes`.
        UnicodeEncodeError: ``text`` cannot be encoded (nothing is written).
    """
    atomic_write_bytes(path, text.encode(encoding))


def _remove_stale_temporaries(target: Path) -> None:
    """Delete temporary files earlier writes to ``target`` left when they were killed."""
    cutoff = time.time() - STALE_TEMP_SECONDS
    with contextlib.suppress(OSError):
        for leftover in target.parent.glob(f".{glob_escape(target.name)}.*.tmp"):
            with contextlib.suppress(OSError):
                if leftover.stat().st_mtime < cutoff:
                    leftover.unlink()


def glob_escape(name: str) -> str:
    """``name`` with glob's special characters taken literally ("[draft] notes")."""
    return "".join(f"[{c}]" if c in "*?[" else c for c in name)


def _copy_mode(target: Path, tmp_name: str) -> None:
    """Keep the permissions of the file being replaced (mkstemp creates it 0600)."""
    try:
        mode = target.stat().st_mode & 0o7777
    except OSError:
        umask = os.umask(0)
        os.umask(umask)
        mode = 0o666 & ~umask
    with contextlib.suppress(OSError):
        os.chmod(tmp_name, mode)


def _fsync_folder(folder: Path) -> None:
    """Make the rename itself durable (POSIX); not possible, nor needed, on Windows."""
    if os.name != "posix":
        return
    with contextlib.suppress(OSError):
        fd = os.open(folder, os.O_RDONLY)
        try:
            os.fsync(fd)
        finally:
            os.close(fd)
