"""Opening a project file safely: recognise it, refuse what is not ours, then migrate.

Nothing is written to a file until it is known to be a fieldnotes project (or a new,
empty one), so a foreign or damaged file is left byte-identical.
"""

from __future__ import annotations

import logging
import os
import sqlite3
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

from fieldnotes.errors import QT_TRANSLATE_NOOP, ProjectFileError, os_reason
from fieldnotes.store.schema_version import APPLICATION_ID, SCHEMA_VERSION

logger = logging.getLogger(__name__)

SQLITE_MAGIC = b"SQLite format 3\x00"
BUSY_TIMEOUT_MS = 5000


def open_connection(path: Path, *, create: bool) -> tuple[sqlite3.Connection, bool]:
    """Open (or create) the project at ``path``; return the connection and whether it is new.

    Raises:
        ProjectFileError: the file is missing (and ``create`` is false), not SQLite,
            another program's database, or written by a newer fieldnotes.
    """
    created = False
    if path.is_dir():
        raise ProjectFileError(
            QT_TRANSLATE_NOOP("Errors", "{path} is a folder, not a fieldnotes project file."),
            path=path,
        )
    if not path.exists():
        if not create:
            raise ProjectFileError(
                QT_TRANSLATE_NOOP("Errors", "No fieldnotes project at {path}."), path=path
            )
        _create_private_file(path)
        created = True
    else:
        _check_header(path)
    try:
        conn = sqlite3.connect(path, timeout=BUSY_TIMEOUT_MS / 1000, isolation_level=None)
    except sqlite3.Error as exc:
        raise ProjectFileError(
            QT_TRANSLATE_NOOP("Errors", "Cannot open {path}: {reason}."), path=path, reason=str(exc)
        ) from exc
    try:
        is_new = _check_identity(conn, path) or created
        _configure(conn)
        if is_new:
            conn.execute(f"PRAGMA application_id = {APPLICATION_ID}")
        if is_new or _user_version(conn) < SCHEMA_VERSION:
            from fieldnotes.store.migrations import apply_migrations

            apply_migrations(conn)
    except BaseException:
        conn.close()
        if created:
            remove_project_files(path)
        raise
    return conn, is_new


def _create_private_file(path: Path) -> None:
    """Create the file readable by its owner only, before SQLite ever touches it."""
    try:
        path.parent.mkdir(parents=True, exist_ok=True, mode=0o700)
        fd = os.open(path, os.O_WRONLY | os.O_CREAT | os.O_EXCL, 0o600)
    except OSError as exc:
        raise ProjectFileError(
            QT_TRANSLATE_NOOP("Errors", "Cannot create a project at {path}: {reason}."),
            path=path,
            reason=os_reason(exc),
        ) from exc
    os.close(fd)


def _check_header(path: Path) -> None:
    try:
        with path.open("rb") as handle:
            head = handle.read(len(SQLITE_MAGIC))
    except OSError as exc:
        raise ProjectFileError(
            QT_TRANSLATE_NOOP("Errors", "Cannot read {path}: {reason}."),
            path=path,
            reason=os_reason(exc),
        ) from exc
    if head and head != SQLITE_MAGIC:
        raise ProjectFileError(
            QT_TRANSLATE_NOOP(
                "Errors", "{path} is not a fieldnotes project (it is not a database file)."
            ),
            path=path,
        )


def _check_identity(conn: sqlite3.Connection, path: Path) -> bool:
    """Refuse foreign or too-new files; return True for an empty database to initialise."""
    try:
        application_id = conn.execute("PRAGMA application_id").fetchone()[0]
        version = _user_version(conn)
        object_count = conn.execute("SELECT count(*) FROM sqlite_master").fetchone()[0]
    except sqlite3.DatabaseError as exc:
        raise ProjectFileError(
            QT_TRANSLATE_NOOP(
                "Errors", "{path} is damaged or not a fieldnotes project ({reason})."
            ),
            path=path,
            reason=str(exc),
        ) from exc
    if application_id == APPLICATION_ID:
        if version > SCHEMA_VERSION:
            raise ProjectFileError(
                QT_TRANSLATE_NOOP(
                    "Errors",
                    "{path} was written by a newer version of fieldnotes (schema {version}, "
                    "this version knows up to {known}); please update fieldnotes.",
                ),
                path=path,
                version=version,
                known=SCHEMA_VERSION,
            )
        return False
    if application_id == 0 and object_count == 0:
        return True
    raise ProjectFileError(
        QT_TRANSLATE_NOOP(
            "Errors", "{path} is not a fieldnotes project (it belongs to another program)."
        ),
        path=path,
    )


def _configure(conn: sqlite3.Connection) -> None:
    conn.execute(f"PRAGMA busy_timeout = {BUSY_TIMEOUT_MS}")
    conn.execute("PRAGMA foreign_keys = ON")
    mode = conn.execute("PRAGMA journal_mode = WAL").fetchone()[0]
    if mode != "wal":
        logger.warning("journal_mode is %s, not wal", mode)
    # FULL: every committed autosave survives a power cut, not only a crash.
    conn.execute("PRAGMA synchronous = FULL")


def _user_version(conn: sqlite3.Connection) -> int:
    return int(conn.execute("PRAGMA user_version").fetchone()[0])


def remove_project_files(path: Path) -> None:
    for suffix in ("", "-wal", "-shm", "-journal"):
        Path(f"{path}{suffix}").unlink(missing_ok=True)


@contextmanager
def transaction(conn: sqlite3.Connection, *, write: bool = True) -> Iterator[sqlite3.Connection]:
    """One atomic unit of work; nests as a savepoint inside an open transaction.

    A write transaction takes the write lock up front (``BEGIN IMMEDIATE``) so it
    waits on the busy timeout instead of failing midway; a read one sees one snapshot.
    """
    if conn.in_transaction:
        conn.execute("SAVEPOINT nested")
        try:
            yield conn
        except BaseException:
            conn.execute("ROLLBACK TO SAVEPOINT nested")
            conn.execute("RELEASE SAVEPOINT nested")
            raise
        conn.execute("RELEASE SAVEPOINT nested")
        return
    conn.execute("BEGIN IMMEDIATE" if write else "BEGIN")
    try:
        yield conn
    except BaseException:
        conn.execute("ROLLBACK")
        raise
    conn.execute("COMMIT")
