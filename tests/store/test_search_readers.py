"""Search readers: kept open between searches, warmed ahead, interruptible, closed at the end."""

from __future__ import annotations

import threading
import time
from collections.abc import Iterator

import pytest

from fieldnotes.domain.models import Meeting, Observation
from fieldnotes.store import Project
from fieldnotes.store.search import SearchRepository
from fieldnotes.store.search_readers import SearchInterrupted, SearchReaders

ENDLESS = "WITH RECURSIVE c(x) AS (SELECT 1 UNION ALL SELECT x + 1 FROM c) SELECT count(*) FROM c"


@pytest.fixture
def readers(project: Project) -> Iterator[SearchReaders]:
    project.meetings.add(Meeting("m1", "Team meeting", date="2023-01-10"))
    project.observations.add(Observation("o1", "m1", "Trust grows over coffee.", "10:00"))
    readers = SearchReaders(project)
    yield readers
    readers.close()


def test_warm_opens_a_reader_before_the_first_search(readers: SearchReaders) -> None:
    assert readers.idle == 0
    readers.warm()
    assert readers.idle == 1
    with readers.reader() as repo:
        assert readers.idle == 0  # the warm one is in use, not a new one
        assert [hit.observation for hit in repo.search("coffee")] == ["o1"]
    assert readers.idle == 1


def test_searches_one_after_another_share_one_connection(readers: SearchReaders) -> None:
    for _ in range(5):
        with readers.reader() as repo:
            repo.search("trust")
    assert readers.idle == 1


def test_interrupt_stops_a_running_search(
    readers: SearchReaders, monkeypatch: pytest.MonkeyPatch
) -> None:
    def endless(repo: SearchRepository, *_args: object, **_kwargs: object) -> object:
        return repo._conn.execute(ENDLESS).fetchall()

    monkeypatch.setattr(SearchRepository, "search", endless)
    started = threading.Event()
    outcome: list[BaseException] = []

    def search() -> None:
        try:
            with readers.reader() as repo:
                started.set()
                repo.search("coffee")
        except BaseException as exc:
            outcome.append(exc)

    worker = threading.Thread(target=search)
    worker.start()
    started.wait(5)
    time.sleep(0.05)  # let the query begin
    readers.interrupt()
    worker.join(5)
    assert not worker.is_alive()
    assert [type(exc) for exc in outcome] == [SearchInterrupted]
    assert readers.idle == 1  # the connection is fine for the next search


def test_close_closes_idle_readers_and_busy_ones_when_they_finish(
    readers: SearchReaders,
) -> None:
    readers.warm()
    with readers.reader() as repo:
        readers.close()
        assert readers.idle == 0
        repo.search("coffee")  # a search already running finishes
    assert readers.idle == 0  # and its connection is closed, not kept
