"""Which files to read, and reading their bytes safely (size limit, clear OS errors)."""

from __future__ import annotations

import errno
import os
from collections.abc import Iterable
from pathlib import Path

from timeline_app.io.errors import LoadError

SUPPORTED_SUFFIXES: frozenset[str] = frozenset(
    {".txt", ".md", ".markdown", ".html", ".htm", ".pdf", ".docx"}
)
# News articles are kilobytes; a 50 MB limit still admits long PDF reports while keeping
# a mistakenly dropped video from being read into memory.
MAX_FILE_BYTES = 50 * 1024 * 1024


def expand_paths(paths: Iterable[str | os.PathLike[str]]) -> list[Path]:
    """Turn files and folders into the list of files to read.

    Folders are walked recursively, keeping only supported suffixes, skipping hidden
    files and folders (``.git``, ``.DS_Store``) and Office lock files (``~$x.docx``);
    each folder's files come out sorted. A file named explicitly is kept whatever its
    suffix, and a path that does not exist is kept too, so the loader can tell the user
    why it failed instead of the file silently vanishing. Repeats (same resolved path)
    are dropped, first occurrence wins.
    """
    out: list[Path] = []
    seen: set[Path] = set()
    for given in paths:
        path = Path(given)
        found = _walk(path) if path.is_dir() else [path]
        for item in found:
            key = _resolved(item)
            if key not in seen:
                seen.add(key)
                out.append(item)
    return out


def is_supported(path: Path) -> bool:
    """True for a suffix :func:`read_document` can read (case-insensitive)."""
    return path.suffix.lower() in SUPPORTED_SUFFIXES


def read_bytes(path: Path, *, max_bytes: int = MAX_FILE_BYTES) -> bytes:
    """The whole file, after checking it exists, is a file, and is not too large.

    The size is checked from ``stat`` before anything is read, so a huge file costs
    nothing. Every ``OSError`` becomes a :class:`LoadError` with a plain message.

    Raises:
        LoadError: missing, a folder, too large, unreadable, or empty.
    """
    try:
        size = path.stat().st_size
        if path.is_dir():
            raise LoadError(path, "This is a folder, not a file")
        if size > max_bytes:
            raise LoadError(path, f"File too large ({_mb(size)}; the limit is {_mb(max_bytes)})")
        with path.open("rb") as handle:
            data = handle.read(max_bytes + 1)
    except OSError as exc:
        raise LoadError(path, os_error_message(exc)) from exc
    if len(data) > max_bytes:  # grew after stat, or a device that reports size 0
        raise LoadError(path, f"File too large (over {_mb(max_bytes)})")
    if not data:
        raise LoadError(path, "The file is empty")
    return data


def os_error_message(exc: OSError) -> str:
    """A short user-facing sentence for an operating-system error."""
    messages = {
        errno.ENOENT: "File not found",
        errno.EACCES: "Permission denied",
        errno.EPERM: "Permission denied",
        errno.EISDIR: "This is a folder, not a file",
        errno.ENAMETOOLONG: "The file name is too long",
        errno.ELOOP: "Too many symbolic links",
        errno.EIO: "Input/output error while reading the file",
    }
    if exc.errno in messages:
        return messages[exc.errno]
    return f"Could not read the file ({exc.strerror or exc.__class__.__name__})"


def _walk(folder: Path) -> list[Path]:
    """Supported, visible files under ``folder``; symlinked folders are not followed (loops)."""
    found: list[Path] = []
    for root, dirs, files in os.walk(folder, onerror=None, followlinks=False):
        dirs[:] = sorted(d for d in dirs if not d.startswith("."))
        for name in sorted(files):
            item = Path(root, name)
            if name.startswith((".", "~$")) or not is_supported(item):
                continue
            found.append(item)
    return sorted(found, key=lambda p: p.relative_to(folder).parts)


def _resolved(path: Path) -> Path:
    try:
        return path.resolve()
    except (OSError, RuntimeError):
        return path.absolute()


def _mb(size: int) -> str:
    """Human size: "120 MB", "2.5 MB", "5 KB"."""
    mb = size / (1024 * 1024)
    if mb >= 10:
        return f"{mb:.0f} MB"
    if mb >= 1:
        return f"{mb:.1f} MB".replace(".0 MB", " MB")
    return f"{max(1, round(size / 1024))} KB"
