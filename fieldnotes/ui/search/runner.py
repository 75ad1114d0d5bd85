"""Runs searches off the GUI thread, newest request wins.

Each request runs in the thread pool on a reader the store keeps open between searches
(``store/search_readers.py``: no key derivation and a warm cache per keystroke in an
encrypted project); the runner opens one ahead as soon as it is made, while the user is
still moving to the query box. Starting a new request interrupts the one still running,
and results of a superseded request are dropped, so typing never waits for a query. A
query the store refuses (too many words) or stops (past its time limit) is reported
through ``failed``, worded for the panel. ``close()`` closes the connections, so the
file can be rewritten.
"""

from __future__ import annotations

import logging
import threading
from dataclasses import dataclass

from PySide6.QtCore import QObject, QRunnable, QThreadPool, Signal, SignalInstance

from fieldnotes.domain.search import SearchFilters, SearchHit
from fieldnotes.errors import FieldnotesError
from fieldnotes.store import Project
from fieldnotes.store.search_readers import SearchInterrupted, SearchReaders
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

    def __init__(
        self, project: Project, parent: QObject | None = None, *, warm: bool = True
    ) -> None:
        super().__init__(parent)
        self._readers = SearchReaders(project)
        self._pool = QThreadPool(self)
        self._pool.setMaxThreadCount(2)  # a new search never waits for a stale one to stop
        self._lock = threading.Lock()
        self._generation = 0
        if warm:
            self._pool.start(_Warm(self._readers))

    @property
    def readers(self) -> SearchReaders:
        return self._readers

    def request(self, query: str, filters: SearchFilters, limit: int = RESULT_LIMIT) -> int:
        with self._lock:
            self._generation += 1
            generation = self._generation
        self._readers.interrupt()
        self._pool.start(_SearchJob(self, generation, query, filters, limit))
        return generation

    def wait(self) -> None:
        self._pool.waitForDone()

    def close(self) -> None:
        """Wait for the running search, then close every connection this runner opened."""
        self._pool.waitForDone()
        self._readers.close()

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
        try:
            with self._readers.reader() as repo:
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
        except SearchInterrupted:
            if self.is_current(generation):
                raise  # interrupted, yet nothing newer: report it
            # superseded by a newer query: nobody waits for this one

    @staticmethod
    def _emit(signal: SignalInstance, *args: object) -> None:
        try:
            signal.emit(*args)
        except RuntimeError:  # the panel was closed while this search ran
            logger.debug("search result dropped: its panel is gone")


class _Warm(QRunnable):
    """Opens the first reader on a pool thread; a failure here only means a cold start."""

    def __init__(self, readers: SearchReaders) -> None:
        super().__init__()
        self._readers = readers

    def run(self) -> None:
        try:
            self._readers.warm()
        except Exception:  # the first search opens its own and reports what is wrong
            logger.debug("search reader not warmed", exc_info=True)


class _SearchJob(QRunnable):
    def __init__(
        self, runner: SearchRunner, generation: int, query: str, filters: SearchFilters, limit: int
    ) -> None:
        super().__init__()
        self._runner = runner
        self._args = (generation, query, filters, limit)

    def run(self) -> None:
        self._runner._run(*self._args)
