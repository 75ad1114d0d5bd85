"""Opening a project file safely: recognise it, refuse what is not ours, then migrate.

Nothing is written to a file until it is known to be a fieldnotes project (or a new,
empty one), so a foreign or damaged file is left byte-identical.
"""

from __future__ import annotations

import enum
import logging
import os
import sqlite3
import stat
from collections.abc import Iterator
from contextlib import contextmanager, suppress
from dataclasses import dataclass
from pathlib import Path

from fieldnotes.errors import (
    QT_TRANSLATE_NOOP,
    PassphraseError,
    ProjectFileError,
    ReadOnlyError,
    os_reason,
)
from fieldnotes.store import driver
from fieldnotes.store.failures import SQLITE_NOTADB, error_code, store_error
from fieldnotes.store.file_watch import ProjectFileWatch
from fieldnotes.store.private_files import create_private
from fieldnotes.store.schema_version import APPLICATION_ID, SCHEMA_VERSION

logger = logging.getLogger(__name__)

SQLITE_MAGIC = b"SQLite format 3\x00"
BUSY_TIMEOUT_MS = 5000
MIN_PAGE_SIZE = 512
HEADER_BYTES = 1024
# 1 KB of random bytes holds about 250 distinct values; text or zeros hold far fewer.
_RANDOM_LOOKING = 160


@dataclass(frozen=True)
class OpenedFile:
    """An open project connection and what opening it found out."""

    conn: driver.Connection
    is_new: bool
    read_only: bool
    passphrase: str | None  # the key in use: None for a plain project


def open_connection(
    path: Path,
    *,
    create: bool,
    passphrase: str | None = None,
    read_only: bool | None = None,
) -> OpenedFile:
    """Open (or create) the project at ``path``.

    ``read_only`` None means: read-only exactly when the file or its folder cannot be
    written. A new project is encrypted when ``passphrase`` is given.

    Raises:
        ProjectFileError: the file is missing (and ``create`` is false), not a regular
            file, not SQLite, another program's database, or written by a newer fieldnotes.
        PassphraseError: the project is encrypted and the passphrase is missing or wrong.
        StoreError: the real cause when SQLite cannot read it (locked, damaged, ...).
    """
    created = False
    kind = inspect_file(path)
    if kind is FileKind.EMPTY and not create:
        raise ProjectFileError(
            QT_TRANSLATE_NOOP("Errors", "{path} is an empty file, not a fieldnotes project."),
            path=path,
        )
    if kind is FileKind.ABSENT:
        if not create:
            raise ProjectFileError(
                QT_TRANSLATE_NOOP("Errors", "No fieldnotes project at {path}."), path=path
            )
        _create_private_file(path)
        created = True
    if kind in (FileKind.ABSENT, FileKind.EMPTY):
        read_only = False
    elif kind is FileKind.ENCRYPTED and passphrase is None:
        raise PassphraseError(
            QT_TRANSLATE_NOOP(
                "Errors",
                "{path} is encrypted or is not a fieldnotes project; "
                "an encrypted project needs its passphrase.",
            ),
            path=path,
        )
    elif kind is FileKind.PLAIN:
        passphrase = None
    if read_only is None:
        read_only = not _writable(path)
    try:
        conn = driver.connect(path, passphrase, read_only=read_only, timeout=BUSY_TIMEOUT_MS / 1000)
    except sqlite3.Error as exc:
        raise _open_error(exc, path) from exc
    try:
        is_new = check_identity(conn, path, encrypted=kind is FileKind.ENCRYPTED) or created
        if read_only:
            _configure_reader(conn, path, needs_setup=is_new)
        else:
            _configure(conn)
            if is_new:
                conn.execute(f"PRAGMA application_id = {APPLICATION_ID}")
            if is_new or _user_version(conn) < SCHEMA_VERSION:
                from fieldnotes.store.migrations import apply_migrations

                apply_migrations(conn)
    except sqlite3.Error as exc:
        conn.close()
        if created:
            remove_project_files(path)
        raise _open_error(exc, path) from exc
    except BaseException:
        conn.close()
        if created:
            remove_project_files(path)
        raise
    conn.file_watch = ProjectFileWatch(path)
    if not read_only:
        from fieldnotes.store.sync.tracking import SyncHooks

        conn.sync_hooks = SyncHooks(path)
    return OpenedFile(conn, is_new, read_only, passphrase)


class FileKind(enum.Enum):
    ABSENT = "absent"
    EMPTY = "empty"  # a new file a person made (``touch``): a new project if asked to create
    PLAIN = "plain"
    ENCRYPTED = "encrypted"


def inspect_file(path: Path) -> FileKind:
    """What is at ``path``, judged from its type, size and header without opening it.

    An encrypted project is indistinguishable from random bytes; a file whose size is
    a whole number of database pages is taken to be one (a wrong passphrase then says
    so), anything else that is not SQLite is refused as not a project.
    """
    try:
        info = path.stat()
    except FileNotFoundError:
        return FileKind.ABSENT
    except OSError as exc:
        raise ProjectFileError(
            QT_TRANSLATE_NOOP("Errors", "Cannot read {path}: {reason}."),
            path=path,
            reason=os_reason(exc),
        ) from exc
    if stat.S_ISDIR(info.st_mode):
        raise ProjectFileError(
            QT_TRANSLATE_NOOP("Errors", "{path} is a folder, not a fieldnotes project file."),
            path=path,
        )
    if not stat.S_ISREG(info.st_mode):
        raise ProjectFileError(
            QT_TRANSLATE_NOOP(
                "Errors", "{path} is not a regular file (a device or pipe), not a project."
            ),
            path=path,
        )
    if info.st_size == 0:
        return FileKind.EMPTY
    head = _read_header(path)
    if head.startswith(SQLITE_MAGIC):
        return FileKind.PLAIN
    if info.st_size % MIN_PAGE_SIZE == 0 and len(set(head)) >= _RANDOM_LOOKING:
        return FileKind.ENCRYPTED
    raise ProjectFileError(
        QT_TRANSLATE_NOOP(
            "Errors", "{path} is not a fieldnotes project (it is not a database file)."
        ),
        path=path,
    )


def _writable(path: Path) -> bool:
    """Whether SQLite can write the file and create its journal files beside it."""
    return os.access(path, os.W_OK) and os.access(path.parent, os.W_OK | os.X_OK)


def _open_error(exc: sqlite3.Error, path: Path) -> Exception:
    return store_error(exc, path) or ProjectFileError(
        QT_TRANSLATE_NOOP("Errors", "Cannot open {path}: {reason}."), path=path, reason=str(exc)
    )


def _create_private_file(path: Path) -> None:
    """Create the file readable by its owner only, before SQLite ever touches it."""
    try:
        path.parent.mkdir(parents=True, exist_ok=True, mode=0o700)
        create_private(path)
    except OSError as exc:
        raise ProjectFileError(
            QT_TRANSLATE_NOOP("Errors", "Cannot create a project at {path}: {reason}."),
            path=path,
            reason=os_reason(exc),
        ) from exc


def _read_header(path: Path) -> bytes:
    try:
        with path.open("rb") as handle:
            return handle.read(HEADER_BYTES)
    except OSError as exc:
        raise ProjectFileError(
            QT_TRANSLATE_NOOP("Errors", "Cannot read {path}: {reason}."),
            path=path,
            reason=os_reason(exc),
        ) from exc


def check_identity(conn: sqlite3.Connection, path: Path, *, encrypted: bool) -> bool:
    """Refuse foreign or too-new files; return True for an empty database to initialise."""
    try:
        object_count = conn.execute("SELECT count(*) FROM sqlite_master").fetchone()[0]
        application_id = conn.execute("PRAGMA application_id").fetchone()[0]
        version = _user_version(conn)
    except sqlite3.DatabaseError as exc:
        if encrypted and error_code(exc) == SQLITE_NOTADB:
            raise PassphraseError(
                QT_TRANSLATE_NOOP("Errors", "Wrong passphrase for {path}."), path=path
            ) from exc
        raise _open_error(exc, path) from exc
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


def _configure_reader(conn: sqlite3.Connection, path: Path, *, needs_setup: bool) -> None:
    """Settings for a read-only session; refuse a file that would first need writing."""
    if needs_setup or _user_version(conn) < SCHEMA_VERSION:
        raise ReadOnlyError(
            QT_TRANSLATE_NOOP(
                "Errors", "{path} is read-only and needs updating before it can be opened."
            ),
            path=path,
        )
    conn.execute("PRAGMA query_only = ON")


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


def missing_folders(path: Path) -> list[Path]:
    """The folders above ``path`` that do not exist yet, deepest first (to undo creating them)."""
    missing = []
    folder = path.absolute().parent
    while not folder.exists() and folder != folder.parent:
        missing.append(folder)
        folder = folder.parent
    return missing


def remove_empty_folders(folders: list[Path]) -> None:
    """Remove folders we created, deepest first, as long as they are empty."""
    for folder in folders:
        try:
            folder.rmdir()
        except OSError:
            return


def remove_project_files(path: Path) -> None:
    for suffix in ("", "-wal", "-shm", "-journal"):
        Path(f"{path}{suffix}").unlink(missing_ok=True)


@contextmanager
def transaction(conn: sqlite3.Connection, *, write: bool = True) -> Iterator[sqlite3.Connection]:
    """One atomic unit of work; nests as a savepoint inside an open transaction.

    A write transaction takes the write lock up front (``BEGIN IMMEDIATE``) so it
    waits on the busy timeout instead of failing midway; a read one sees one snapshot.
    A failure of the file itself (locked, read-only, full disk) comes out as the
    :class:`~fieldnotes.errors.StoreError` that names it; nothing of the unit is kept.
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
    watch: ProjectFileWatch | None = getattr(conn, "file_watch", None)
    if write and watch is not None:
        watch.check()  # SQLite would write on into a removed file without a word
    # Merge tracking (store/sync/tracking.py): this copy's replica id, and one version
    # bump per item whose content the transaction changed.
    hooks = getattr(conn, "sync_hooks", None) if write else None
    try:
        conn.execute("BEGIN IMMEDIATE" if write else "BEGIN")
        try:
            if hooks is not None:
                hooks.began(conn)
            yield conn
            if hooks is not None:
                hooks.before_commit(conn)
            conn.execute("COMMIT")
        except BaseException:
            if conn.in_transaction:
                with suppress(sqlite3.Error):
                    conn.execute("ROLLBACK")
            raise
    except sqlite3.Error as exc:
        named = store_error(exc, getattr(conn, "path", ""))
        if named is None:
            raise
        raise named from exc
