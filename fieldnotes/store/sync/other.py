"""Reading the other copy of a project without ever writing to it.

The other file may be a colleague's on a memory stick, an older schema, encrypted with
another passphrase, or not a project at all. It is checked, then copied privately (the
online backup API, keyed as it is; read immutably, so not even a ``-shm`` file appears
beside it) into a folder only this user can read, and the copy is migrated and read.
A file whose write-ahead log still holds edits (its app is open, or crashed) is copied
with its log, and the copy recovers them.
"""

from __future__ import annotations

import logging
import shutil
import sqlite3
import tempfile
from collections.abc import Iterator
from contextlib import contextmanager, suppress
from dataclasses import dataclass
from pathlib import Path

from fieldnotes.errors import (
    QT_TRANSLATE_NOOP,
    DamagedError,
    PassphraseError,
    ProjectFileError,
    os_reason,
)
from fieldnotes.store import connection, driver
from fieldnotes.store.failures import store_error
from fieldnotes.store.private_files import create_private
from fieldnotes.store.project import Project

logger = logging.getLogger(__name__)
SCHEMA = "other"  # the name the copy is attached under


@dataclass
class OtherCopy:
    source: Path  # the other file, as given
    path: Path  # the private, migrated copy
    key: str | None  # its passphrase (None: plain)
    project: Project  # the copy, open for reading its items

    def damage(self) -> str | None:
        """SQLite's first finding when the copy (so the other file) is damaged."""
        try:
            rows = [r[0] for r in self.project.conn.execute("PRAGMA quick_check(1)")]
        except sqlite3.DatabaseError as exc:
            return str(exc)
        if rows == ["ok"]:
            return None
        # SQLite's finding spans lines ("*** in database main ***\nTree 3 page 3: …").
        return " ".join(rows[0].replace("*** in database main ***", "").split())

    def damaged_error(self) -> DamagedError:
        return DamagedError(
            QT_TRANSLATE_NOOP("Errors", "{path} is damaged: {finding}."),
            path=self.source,
            finding=self.damage() or "",
        )


@contextmanager
def open_other(project: Project, other: Path, passphrase: str | None = None) -> Iterator[OtherCopy]:
    """The other file as a private copy; removed again when done.

    An encrypted file is tried with this project's passphrase first (a team often
    shares one), then with ``passphrase``.

    Raises:
        ProjectFileError: missing, empty, a folder, not a fieldnotes project, newer than
            this fieldnotes, or this project's own file.
        PassphraseError: encrypted, and neither passphrase opens it.
        DamagedError: it cannot be read.
    """
    kind = connection.inspect_file(other)
    if kind is connection.FileKind.ABSENT:
        raise ProjectFileError(
            QT_TRANSLATE_NOOP("Errors", "No fieldnotes project at {path}."), path=other
        )
    if kind is connection.FileKind.EMPTY:
        raise ProjectFileError(
            QT_TRANSLATE_NOOP("Errors", "{path} is an empty file, not a fieldnotes project."),
            path=other,
        )
    refuse_same_file(project.path, other)
    encrypted = kind is connection.FileKind.ENCRYPTED
    keys = [k for k in dict.fromkeys((project.passphrase, passphrase)) if k is not None]
    folder = Path(tempfile.mkdtemp(prefix="fieldnotes-merge-"))
    copy = folder / "other.fieldnotes"
    try:
        candidates: list[str | None] = list(keys) if encrypted else [None]
        key = _copy(other, copy, candidates, encrypted=encrypted)
        try:
            opened = Project.open(copy, create=False, passphrase=key)
            if opened.conn.execute("SELECT 1 FROM sync_dirty LIMIT 1").fetchone():
                with opened.transaction():  # edits whose version bump is still due
                    pass
        except sqlite3.Error as exc:
            raise _read_error(exc, other) from exc
        try:
            yield OtherCopy(other, copy, key, opened)
        finally:
            opened.close()
    finally:
        connection.remove_project_files(copy)
        with suppress(OSError):
            folder.rmdir()


@contextmanager
def attached(conn: sqlite3.Connection, other: OtherCopy) -> Iterator[None]:
    """The copy attached to ``conn`` as schema ``other`` (outside any transaction)."""
    conn.execute(f"ATTACH DATABASE ? AS {SCHEMA} KEY ?", (str(other.path), other.key or ""))
    try:
        yield
    finally:
        conn.execute(f"DETACH DATABASE {SCHEMA}")


def refuse_same_file(project: Path, other: Path) -> None:
    """A project cannot be merged with itself (the same file under another name, too)."""
    try:
        same = project.exists() and project.samefile(other)
    except OSError:
        same = False
    if same:
        raise ProjectFileError(
            QT_TRANSLATE_NOOP(
                "Errors",
                "{path} is the same file as this project; choose the other copy to merge in.",
            ),
            path=other,
        )


def _copy(source: Path, copy: Path, keys: list[str | None], *, encrypted: bool) -> str | None:
    """Copy ``source`` to ``copy`` with the first passphrase that opens it; return it."""
    if not keys:
        raise PassphraseError(
            QT_TRANSLATE_NOOP("Errors", "{path} is encrypted; merging it needs its passphrase."),
            path=source,
        )
    wal = Path(f"{source}-wal")
    with_log = wal.is_file() and wal.stat().st_size > 0
    for key in keys:
        try:
            if with_log:
                _copy_with_log(source, wal, copy, key, encrypted=encrypted)
            else:
                _copy_immutable(source, copy, key, encrypted=encrypted)
            return key
        except PassphraseError:
            connection.remove_project_files(copy)
            if key == keys[-1]:
                raise
    raise AssertionError("unreachable")


def _copy_immutable(source: Path, copy: Path, key: str | None, *, encrypted: bool) -> None:
    reader = driver.connect(source, key, immutable=True)
    try:
        connection.check_identity(reader, source, encrypted=encrypted)
        create_private(copy)
        target = driver.connect(copy, key)
        try:
            reader.backup(target)
        finally:
            target.close()
    except sqlite3.Error as exc:
        raise _read_error(exc, source) from exc
    except OSError as exc:
        raise _os_error(exc, source) from exc
    finally:
        reader.close()


def _copy_with_log(
    source: Path, wal: Path, copy: Path, key: str | None, *, encrypted: bool
) -> None:
    try:
        create_private(copy)
        shutil.copyfile(source, copy)
        log = Path(f"{copy}-wal")
        create_private(log)
        shutil.copyfile(wal, log)
    except OSError as exc:
        raise _os_error(exc, source) from exc
    conn = driver.connect(copy, key)
    try:
        connection.check_identity(conn, source, encrypted=encrypted)
        conn.execute("PRAGMA wal_checkpoint(TRUNCATE)")
    except sqlite3.Error as exc:
        raise _read_error(exc, source) from exc
    finally:
        conn.close()


def _read_error(exc: sqlite3.Error, path: Path) -> Exception:
    return store_error(exc, path) or ProjectFileError(
        QT_TRANSLATE_NOOP("Errors", "Cannot read {path}: {reason}."), path=path, reason=str(exc)
    )


def _os_error(exc: OSError, path: Path) -> ProjectFileError:
    return ProjectFileError(
        QT_TRANSLATE_NOOP("Errors", "Cannot read {path}: {reason}."),
        path=path,
        reason=os_reason(exc),
    )
