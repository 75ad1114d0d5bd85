"""Connections for searches on worker threads, kept open between searches.

Results as you type run one query per pause in typing, each on a worker thread. Opening a
connection for each would cost a key derivation when the project is encrypted (~85 ms)
and start every query with a cold page cache, so a few read-only connections stay open
and are handed out in turn. ``warm()`` opens one ahead, before the first query is typed.
A search still running when a newer one starts can be stopped (``interrupt()``); it
then ends with ``SearchInterrupted``. ``close()`` closes every connection, so the file
can be rewritten (encryption, restore).
"""

from __future__ import annotations

import sqlite3
import threading
from collections.abc import Iterator
from contextlib import contextmanager
from typing import TYPE_CHECKING

from fieldnotes.store.search import SearchRepository

if TYPE_CHECKING:
    from fieldnotes.store.project import Project

CACHE_KIB = 32_000  # page cache per search connection


class SearchInterrupted(Exception):
    """The search was stopped by ``SearchReaders.interrupt()``: a newer one replaces it."""


class SearchReaders:
    def __init__(self, project: Project) -> None:
        self._project = project
        self._lock = threading.Lock()
        self._idle: list[sqlite3.Connection] = []  # open, warm, not in use
        self._running: set[sqlite3.Connection] = set()
        self._closed = False

    def warm(self) -> None:
        """Open a connection and read the schema now, so the first search need not."""
        conn = self._open()
        conn.execute("SELECT count(*) FROM sqlite_master").fetchone()
        self._give_back(conn)

    @property
    def idle(self) -> int:
        """Connections open and free (for tests and benchmarks)."""
        with self._lock:
            return len(self._idle)

    @contextmanager
    def reader(self) -> Iterator[SearchRepository]:
        """A search API on a connection of its own for the length of the block."""
        conn = self._take()
        with self._lock:
            self._running.add(conn)
        try:
            yield SearchRepository(conn)
        except sqlite3.OperationalError as exc:
            if "interrupted" in str(exc):
                raise SearchInterrupted from exc
            raise
        finally:
            with self._lock:
                self._running.discard(conn)
            self._give_back(conn)

    def interrupt(self) -> None:
        """Stop every search running now (each ends with ``SearchInterrupted``)."""
        with self._lock:
            for conn in self._running:
                conn.interrupt()

    def close(self) -> None:
        """Close the idle connections now, and the busy ones as their searches end."""
        with self._lock:
            self._closed = True
            idle, self._idle = self._idle, []
        for conn in idle:
            conn.close()

    def _open(self) -> sqlite3.Connection:
        conn = self._project.connect_again()
        conn.execute(f"PRAGMA cache_size = -{CACHE_KIB}")
        return conn

    def _take(self) -> sqlite3.Connection:
        with self._lock:
            if self._idle:
                return self._idle.pop()
        return self._open()

    def _give_back(self, conn: sqlite3.Connection) -> None:
        with self._lock:
            if not self._closed:
                self._idle.append(conn)
                return
        conn.close()
