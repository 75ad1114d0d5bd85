"""The project API: one open project file, with one repository per kind of thing.

Callers get dataclasses, never rows or SQL. Every write is its own transaction (nested
ones become savepoints), so each edit is on disk the moment the call returns.
"""

from __future__ import annotations

import logging
import sqlite3
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import TYPE_CHECKING

from fieldnotes.domain.cac import CacWording, load_framework
from fieldnotes.domain.document import ProjectData
from fieldnotes.store import connection
from fieldnotes.store.analysis_queries import AnalysisQueries
from fieldnotes.store.analysis_repo import CacRoundRepository, MemoRepository
from fieldnotes.store.cac_wording_repo import CacWordingRepository
from fieldnotes.store.codes_repo import CodeRepository
from fieldnotes.store.meetings_repo import MeetingRepository
from fieldnotes.store.observations_repo import ObservationRepository
from fieldnotes.store.participants_repo import ParticipantRepository
from fieldnotes.store.settings_repo import SettingsRepository
from fieldnotes.store.study_repo import StudyRepository

if TYPE_CHECKING:
    from fieldnotes.store.merge import MergeCounts
    from fieldnotes.store.search import SearchRepository
    from fieldnotes.store.sync.resolve import ConflictRepository

logger = logging.getLogger(__name__)

_ID_TABLES = frozenset(
    {"participants", "codes", "meetings", "observations", "quotes", "memos", "cac_rounds"}
)


class Project:
    """An open fieldnotes project file. Close it (or use ``with``) when done."""

    def __init__(
        self,
        path: Path,
        conn: sqlite3.Connection,
        *,
        is_new: bool,
        read_only: bool = False,
        passphrase: str | None = None,
    ) -> None:
        self.path = path
        self.conn = conn
        self.is_new = is_new
        self.read_only = read_only
        # Kept in memory for this session only (worker connections, backups); never stored.
        self.passphrase = passphrase
        self.study = StudyRepository(conn)
        self.participants = ParticipantRepository(conn)
        self.codes = CodeRepository(conn)
        self.meetings = MeetingRepository(conn)
        self.observations = ObservationRepository(conn)
        self.memos = MemoRepository(conn)
        self.cac_rounds = CacRoundRepository(conn)
        self.settings = SettingsRepository(conn)
        self.cac_wording = CacWordingRepository(conn)
        self.analysis = AnalysisQueries(conn)
        self._search: SearchRepository | None = None
        self._conflicts: ConflictRepository | None = None

    @property
    def search(self) -> SearchRepository:
        """Full-text search (loaded on first use: most commands never search)."""
        if self._search is None:
            from fieldnotes.store.search import SearchRepository

            self._search = SearchRepository(self.conn)
        return self._search

    @property
    def conflicts(self) -> ConflictRepository:
        """Conflict records a merge left for the researcher to resolve."""
        if self._conflicts is None:
            from fieldnotes.store.sync.resolve import ConflictRepository

            self._conflicts = ConflictRepository(self)
        return self._conflicts

    def wording(self, language: str) -> CacWording:
        """The CAC texts in ``language``, with the team's own wording for it on top."""
        return load_framework().wording(language, self.cac_wording.get(language))

    def show_codes_in(self, language: str) -> None:
        """Read framework codes in ``language`` from now on (the interface language)."""
        self.codes.wording = self.wording(language)

    def reopen(self, *, read_only: bool = True) -> Project:
        """This project opened again (for a worker thread), with the same passphrase."""
        return Project.open(
            self.path,
            create=False,
            passphrase=self.passphrase,
            read_only=read_only or self.read_only,
        )

    @property
    def encrypted(self) -> bool:
        return self.passphrase is not None

    @classmethod
    def open(
        cls,
        path: Path | str,
        *,
        create: bool = True,
        passphrase: str | None = None,
        read_only: bool | None = None,
    ) -> Project:
        """Open the project at ``path`` (see :func:`connection.open_connection`)."""
        path = Path(path)
        opened = connection.open_connection(
            path, create=create, passphrase=passphrase, read_only=read_only
        )
        logger.info("opened a project (new=%s, read_only=%s)", opened.is_new, opened.read_only)
        return cls(
            path,
            opened.conn,
            is_new=opened.is_new,
            read_only=opened.read_only,
            passphrase=opened.passphrase,
        )

    def connect_again(self, *, read_only: bool = True) -> sqlite3.Connection:
        """A second connection to this project (for a worker thread), keyed like this one.

        It may be interrupted from another thread, so it is not tied to its creator's.
        """
        from fieldnotes.store import driver

        conn = driver.connect(
            self.path,
            self.passphrase,
            read_only=read_only or self.read_only,
            check_same_thread=False,
        )
        conn.execute(f"PRAGMA busy_timeout = {connection.BUSY_TIMEOUT_MS}")
        return conn

    def close(self) -> None:
        self.conn.close()

    def __enter__(self) -> Project:
        return self

    def __exit__(self, *exc_info: object) -> None:
        self.close()

    @contextmanager
    def transaction(self, *, write: bool = True) -> Iterator[sqlite3.Connection]:
        with connection.transaction(self.conn, write=write) as conn:
            yield conn

    def snapshot(self) -> ProjectData:
        """The whole project as plain data, read in one consistent transaction."""
        with self.transaction(write=False):
            return ProjectData(
                study=self.study.get(),
                participants=self.participants.all(),
                codes=self.codes.themes(),
                meetings=self.meetings.all(),
                observations=self.observations.all_grouped(),
                memos=self.memos.all(),
                cac_rounds=self.cac_rounds.all(),
                conflicts=self.conflicts.all(),
            )

    def merge(self, data: ProjectData) -> MergeCounts:
        """Merge validated data (see :mod:`fieldnotes.store.merge`) all or nothing; what
        it added and changed."""
        with self.transaction() as conn:
            from fieldnotes.store.merge import merge_project_data  # only imports need it

            return merge_project_data(conn, data)

    def ids(self, table: str) -> set[str]:
        """Existing ids in one of the id-keyed tables (used to resolve references)."""
        if table not in _ID_TABLES:
            raise ValueError(f"not an id table: {table}")
        return {row[0] for row in self.conn.execute(f"SELECT id FROM {table}")}
