"""Runs searches off the GUI thread, newest request wins.

Each request runs in the thread pool on its own read-only connection. Starting a new
one interrupts the one still running, and results of a superseded request are dropped,
so typing never waits for a query.
"""

from __future__ import annotations

import logging
import sqlite3
import threading
from dataclasses import dataclass
from pathlib import Path

from PySide6.QtCore import QObject, QRunnable, QThreadPool, Signal

from fieldnotes.domain.search import SearchFilters, SearchHit
from fieldnotes.store.search import SearchRepository

logger = logging.getLogger(__name__)

MARKERS = ("\x02", "\x03")  # around matched words in snippets; the delegate turns them bold
RESULT_LIMIT = 200


@dataclass(frozen=True)
class SearchResult:
    generation: int
    query: str
    hits: list[SearchHit]
    total: int


class SearchRunner(QObject):
    finished = Signal(object)  # SearchResult

    def __init__(self, path: Path, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._path = path
        self._pool = QThreadPool(self)
        self._pool.setMaxThreadCount(1)
        self._lock = threading.Lock()
        self._generation = 0
        self._running: sqlite3.Connection | None = None

    def request(self, query: str, filters: SearchFilters) -> int:
        with self._lock:
            self._generation += 1
            generation = self._generation
            if self._running is not None:
                self._running.interrupt()
        self._pool.start(_SearchJob(self, generation, query, filters))
        return generation

    def wait(self) -> None:
        self._pool.waitForDone()

    def is_current(self, generation: int) -> bool:
        with self._lock:
            return generation == self._generation

    def _run(self, generation: int, query: str, filters: SearchFilters) -> None:
        if not self.is_current(generation):
            return
        conn = sqlite3.connect(
            f"{self._path.resolve().as_uri()}?mode=ro", uri=True, check_same_thread=False
        )
        try:
            with self._lock:
                self._running = conn
            repo = SearchRepository(conn)
            hits = repo.search(query, filters, limit=RESULT_LIMIT, markers=MARKERS)
            total = len(hits) if len(hits) < RESULT_LIMIT else repo.count(query, filters)
        except sqlite3.OperationalError as exc:
            if "interrupted" not in str(exc):
                logger.warning("search failed: %s", exc)
            return
        finally:
            with self._lock:
                self._running = None
            conn.close()
        if self.is_current(generation):
            self.finished.emit(SearchResult(generation, query, hits, total))


class _SearchJob(QRunnable):
    def __init__(
        self, runner: SearchRunner, generation: int, query: str, filters: SearchFilters
    ) -> None:
        super().__init__()
        self._runner = runner
        self._generation = generation
        self._query = query
        self._filters = filters

    def run(self) -> None:
        self._runner._run(self._generation, self._query, self._filters)
