"""The one exception type every document loader raises.

The pipeline reads many files and must never stop on one bad file: it catches
:class:`LoadError`, lists the file with its message and carries on. So every failure a
loader can meet (missing, binary, damaged, encrypted, too large…) is turned into this
type, with a message written for the person who dropped the file, not for a developer.
"""

from __future__ import annotations

import os


class LoadError(Exception):
    """A document could not be read.

    Attributes:
        path: the file that failed, as given.
        message: what went wrong, in words fit to show in the UI
            (e.g. "The file is empty", "Encrypted PDF").
    """

    def __init__(self, path: str | os.PathLike[str], message: str) -> None:
        self.path = str(path)
        self.message = message
        super().__init__(f"{self.path}: {message}" if self.path else message)

    def __reduce__(self) -> tuple[type[LoadError], tuple[str, str]]:
        # Default pickling would call LoadError(str(self)) and fail; workers in other
        # processes or threads may need to ship the error back whole.
        return (LoadError, (self.path, self.message))
