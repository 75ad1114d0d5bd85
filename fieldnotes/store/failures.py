"""Naming the real cause of a failed read or write of a project file.

SQLite reports a lock, a read-only file, a full disk and a damaged file all as
``DatabaseError``; a person needs to know which, because each needs a different act
(wait, save a copy, free space, restore a backup). "Damaged" is used only when SQLite
says the file's contents are corrupt.
"""

from __future__ import annotations

import sqlite3
from pathlib import Path

from fieldnotes.errors import (
    QT_TRANSLATE_NOOP,
    DamagedError,
    DiskFullError,
    LockedError,
    ReadOnlyError,
    StoreError,
    WriteFailedError,
)

# Primary result codes (the low byte of an extended code).
SQLITE_PERM = 3
SQLITE_BUSY = 5
SQLITE_LOCKED = 6
SQLITE_READONLY = 8
SQLITE_INTERRUPT = 9
SQLITE_IOERR = 10
SQLITE_CORRUPT = 11
SQLITE_FULL = 13
SQLITE_CANTOPEN = 14
SQLITE_NOTADB = 26
SQLITE_READONLY_DBMOVED = SQLITE_READONLY | (4 << 8)


def error_code(exc: sqlite3.Error) -> int | None:
    """The primary SQLite result code of ``exc``, when the driver recorded one."""
    code = getattr(exc, "sqlite_errorcode", None)
    return None if code is None else int(code) & 0xFF


def store_error(exc: sqlite3.Error, path: Path | str) -> StoreError | None:
    """The :class:`StoreError` naming the cause of ``exc``, or None for a programming error."""
    code = error_code(exc)
    if getattr(exc, "sqlite_errorcode", None) == SQLITE_READONLY_DBMOVED:
        return WriteFailedError(
            QT_TRANSLATE_NOOP("Errors", "{path} was moved or removed while it was open."),
            path=path,
        )
    if code in (SQLITE_READONLY, SQLITE_PERM):
        return ReadOnlyError(
            QT_TRANSLATE_NOOP("Errors", "{path} is read-only; changes cannot be saved."),
            path=path,
        )
    if code in (SQLITE_BUSY, SQLITE_LOCKED):
        return LockedError(
            QT_TRANSLATE_NOOP(
                "Errors", "{path} is locked by another program; try again in a moment."
            ),
            path=path,
        )
    if code == SQLITE_FULL:
        return DiskFullError(
            QT_TRANSLATE_NOOP("Errors", "The disk is full; {path} cannot grow."), path=path
        )
    if code in (SQLITE_CORRUPT, SQLITE_NOTADB):
        return DamagedError(
            QT_TRANSLATE_NOOP("Errors", "{path} is damaged ({reason})."),
            path=path,
            reason=str(exc),
        )
    if code in (SQLITE_IOERR, SQLITE_CANTOPEN):
        return WriteFailedError(
            QT_TRANSLATE_NOOP(
                "Errors", "{path} could not be read or written: the disk reported an error."
            ),
            path=path,
        )
    if code == SQLITE_INTERRUPT:
        return WriteFailedError(
            QT_TRANSLATE_NOOP("Errors", "Work on {path} was interrupted."), path=path
        )
    return None
