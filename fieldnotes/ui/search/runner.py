"""Runs searches off the GUI thread, newest request wins.

Each request runs in the thread pool on its own read-only connection. Starting a new
one interrupts the one still running, and results of a superseded request are dropped,
so typing never waits for a query. A query the store refuses (too many words) or stops
(past its time limit) is reported through ``failed``, worded for the panel.
"""

from __future__ import annotations

import logging
import sqlite3
import threading
from dataclasses import dataclass
from pathlib import Path

from PySide6.QtCore import QObject, QRunnable, QThreadPool, Signal

from fieldnotes.domain.search import SearchFilters, SearchHit
from fieldnotes.errors import FieldnotesError
from fieldnotes.store.search import SearchRepository
from fieldnotes.ui.error_text import error_text

logger = logging.getLogger(__name__)

MARKERS = ("\x02", "\x03")  # around matched words in snippets; the delegate turns them bold
RESULT_LIMIT = 50


@dataclass(frozen=True)
class SearchResult:
    generation: int
    query: str
    hits: list[SearchHit]
    limit: int


class SearchRunner(QObject):
    finished = Signal(object)  # SearchResult: the best hits, as soon as they are known
    counted = Signal(int, int)  # generation, total: afterwards, when there may be more
    failed = Signal(int, str)  # generation, why (too many words, too slow), translated

    def __init__(self, path: Path, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._path = path
        self._pool = QThreadPool(self)
        self._pool.setMaxThreadCount(2)  # a new search never waits for a stale one to stop
        self._pool.setExpiryTimeout(-1)  # keep the threads, and so their warm connections
        self._connections = threading.local()
        self._lock = threading.Lock()
        self._generation = 0
        self._running: set[sqlite3.Connection] = set()

    def request(self, query: str, filters: SearchFilters, limit: int = RESULT_LIMIT) -> int:
        with self._lock:
            self._generation += 1
            generation = self._generation
            for conn in self._running:
                conn.interrupt()
        self._pool.start(_SearchJob(self, generation, query, filters, limit))
        return generation

    def _connection(self) -> sqlite3.Connection:
        """This pool thread's own read-only connection, opened once: its cache stays warm."""
        conn = getattr(self._connections, "conn", None)
        if conn is None:
            uri = f"{self._path.resolve().as_uri()}?mode=ro"
            conn = sqlite3.connect(uri, uri=True, check_same_thread=False)
            conn.execute("PRAGMA cache_size = -32000")  # 32 MB per search thread
            self._connections.conn = conn
        return conn

    def wait(self) -> None:
        self._pool.waitForDone()

    def is_current(self, generation: int) -> bool:
        with self._lock:
            return generation == self._generation

    def _run(self, generation: int, query: str, filters: SearchFilters, limit: int) -> None:
        try:
            self._search(generation, query, filters, limit)
        except RuntimeError:  # the panel was closed while this search ran
            logger.debug("search result dropped: its panel is gone")

    def _search(self, generation: int, query: str, filters: SearchFilters, limit: int) -> None:
        if not self.is_current(generation):
            return
        conn = sqlite3.connect(
            f"{self._path.resolve().as_uri()}?mode=ro", uri=True, check_same_thread=False
        )
        try:
            with self._lock:
                self._running.add(conn)
            repo = SearchRepository(conn)
            hits = repo.search(query, filters, limit=limit, markers=MARKERS)
            if not self.is_current(generation):
                return
            self.finished.emit(SearchResult(generation, query, hits, limit))
            if len(hits) >= limit:  # counting every match can take longer: do it after
                total = repo.count(query, filters)
                if self.is_current(generation):
                    self.counted.emit(generation, total)
        except FieldnotesError as exc:  # too many words, or past the time limit
            if self.is_current(generation):
                self.failed.emit(generation, error_text(exc))
        except sqlite3.OperationalError as exc:
            if "interrupted" not in str(exc):
                logger.warning("search failed: %s", exc)
            return
        finally:
            with self._lock:
                self._running.discard(conn)


class _SearchJob(QRunnable):
    def __init__(
        self, runner: SearchRunner, generation: int, query: str, filters: SearchFilters, limit: int
    ) -> None:
        super().__init__()
        self._runner = runner
        self._args = (generation, query, filters, limit)

    def run(self) -> None:
        self._runner._run(*self._args)
