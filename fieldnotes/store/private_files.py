"""Small file operations the store needs wherever it writes a file of its own."""

from __future__ import annotations

import os
from pathlib import Path


def create_private(path: Path) -> None:
    """Create ``path`` empty and readable by its owner only; fail if it exists.

    Created before SQLite touches it, so a project, copy or backup is never readable by
    others, not even for a moment, whatever the umask.
    """
    os.close(os.open(path, os.O_WRONLY | os.O_CREAT | os.O_EXCL, 0o600))


def fsync_path(path: Path) -> None:
    """Flush a file, or a folder's entries (after a rename), to the disk."""
    fd = os.open(path, os.O_RDONLY)
    try:
        os.fsync(fd)
    finally:
        os.close(fd)
