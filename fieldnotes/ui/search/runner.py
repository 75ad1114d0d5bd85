"""Runs searches off the GUI thread, newest request wins.

Each request runs in the thread pool on a read-only connection taken from a small set
kept open (opening one costs a key derivation when the project is encrypted, and a cold
cache). Starting a new request interrupts the one still running, and results of a
superseded request are dropped, so typing never waits for a query. A query the store
refuses (too many words) or stops (past its time limit) is reported through ``failed``,
worded for the panel. ``close()`` closes the connections, so the file can be rewritten.
"""

from __future__ import annotations

import logging
import sqlite3
import threading
from dataclasses import dataclass

from PySide6.QtCore import QObject, QRunnable, QThreadPool, Signal, SignalInstance

from fieldnotes.domain.search import SearchFilters, SearchHit
from fieldnotes.errors import FieldnotesError
from fieldnotes.store import Project
from fieldnotes.store.search import SearchRepository
from fieldnotes.ui.error_text import error_text
from fieldnotes.ui.workers import failure_message

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
    failed = Signal(int, str)  # generation, a one-line message for the user

    def __init__(self, project: Project, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._project = project
        self._pool = QThreadPool(self)
        self._pool.setMaxThreadCount(2)  # a new search never waits for a stale one to stop
        self._idle: list[sqlite3.Connection] = []  # open, warm, not in use
        self._closed = False
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

    def _take_connection(self) -> sqlite3.Connection:
        with self._lock:
            if self._idle:
                return self._idle.pop()
        conn = self._project.connect_again()
        conn.execute("PRAGMA cache_size = -32000")  # 32 MB per search connection
        return conn

    def _give_back(self, conn: sqlite3.Connection) -> None:
        with self._lock:
            if not self._closed:
                self._idle.append(conn)
                return
        conn.close()

    def wait(self) -> None:
        self._pool.waitForDone()

    def close(self) -> None:
        """Wait for the running search, then close every connection this runner opened."""
        self._pool.waitForDone()
        with self._lock:
            self._closed = True
            idle, self._idle = self._idle, []
        for conn in idle:
            conn.close()

    def is_current(self, generation: int) -> bool:
        with self._lock:
            return generation == self._generation

    def _run(self, generation: int, query: str, filters: SearchFilters, limit: int) -> None:
        try:
            self._search(generation, query, filters, limit)
        except BaseException as exc:  # every failure is reported, then exits go on
            self._report(generation, exc)
            if isinstance(exc, KeyboardInterrupt | SystemExit):
                raise

    def _report(self, generation: int, exc: BaseException) -> None:
        self._emit(self.failed, generation, failure_message(exc, "search"))

    def _search(self, generation: int, query: str, filters: SearchFilters, limit: int) -> None:
        if not self.is_current(generation):
            return
        conn = self._take_connection()
        try:
            with self._lock:
                self._running.add(conn)
            repo = SearchRepository(conn)
            hits = repo.search(query, filters, limit=limit, markers=MARKERS)
            if not self.is_current(generation):
                return
            self._emit(self.finished, SearchResult(generation, query, hits, limit))
            if len(hits) >= limit:  # counting every match can take longer: do it after
                total = repo.count(query, filters)
                if self.is_current(generation):
                    self._emit(self.counted, generation, total)
        except FieldnotesError as exc:  # too many words, or past the time limit
            if self.is_current(generation):
                self._emit(self.failed, generation, error_text(exc))
        except sqlite3.OperationalError as exc:
            if "interrupted" in str(exc) and not self.is_current(generation):
                return  # superseded by a newer query: nobody waits for this one
            raise
        finally:
            with self._lock:
                self._running.discard(conn)
            self._give_back(conn)

    @staticmethod
    def _emit(signal: SignalInstance, *args: object) -> None:
        try:
            signal.emit(*args)
        except RuntimeError:  # the panel was closed while this search ran
            logger.debug("search result dropped: its panel is gone")


class _SearchJob(QRunnable):
    def __init__(
        self, runner: SearchRunner, generation: int, query: str, filters: SearchFilters, limit: int
    ) -> None:
        super().__init__()
        self._runner = runner
        self._args = (generation, query, filters, limit)

    def run(self) -> None:
        self._runner._run(*self._args)
