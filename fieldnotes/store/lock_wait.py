"""Waiting less for another program's write lock, for writes the window makes as you type.

A project write waits up to ``BUSY_TIMEOUT_MS`` (5 s) for a lock held by another program
(a long import from the command line), so that a one-off edit rides out a short one.
Autosave runs on the GUI thread every few hundred milliseconds: five seconds of waiting
there would freeze the window, and the keystrokes with it. Autosave waits briefly
instead; when the lock is still held it keeps the text safe and tries again later.
"""

from __future__ import annotations

from collections.abc import Iterator
from contextlib import contextmanager

from fieldnotes.store.project import Project


@contextmanager
def waiting_at_most(project: Project, milliseconds: int) -> Iterator[None]:
    """Writes inside the block wait at most ``milliseconds`` for the write lock."""
    conn = project.conn
    (before,) = conn.execute("PRAGMA busy_timeout").fetchone()
    conn.execute(f"PRAGMA busy_timeout = {int(milliseconds)}")
    try:
        yield
    finally:
        conn.execute(f"PRAGMA busy_timeout = {int(before)}")
