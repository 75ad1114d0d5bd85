"""Noticing that the project file was removed or replaced while it is open.

SQLite keeps writing to a file that was deleted or moved away while open (in WAL mode
it does not report SQLITE_READONLY_DBMOVED): every edit then "succeeds" into a file
nobody will ever open again, and is lost when the program ends. A sync tool, a
colleague or an unplugged share can do that. Comparing the path's device and inode with
those at opening tells, for the price of one ``stat``.
"""

from __future__ import annotations

from pathlib import Path

from fieldnotes.errors import QT_TRANSLATE_NOOP, WriteFailedError


def _identity(path: Path) -> tuple[int, int] | None:
    try:
        info = path.stat()
    except OSError:
        return None
    return info.st_dev, info.st_ino


class ProjectFileWatch:
    """Remembers which file ``path`` was when the project opened."""

    def __init__(self, path: Path) -> None:
        self.path = path
        self._identity = _identity(path)

    def check(self) -> None:
        """Raise the failure that names it when the file at the path is not that file."""
        if self._identity is not None and _identity(self.path) != self._identity:
            error = WriteFailedError(
                QT_TRANSLATE_NOOP("Errors", "{path} was moved or removed while it was open."),
                path=self.path,
            )
            error.retryable = False  # waiting will not bring it back: save a copy
            raise error
