"""The one SQLite driver every project connection uses: SQLCipher, keyed or not.

``sqlcipher3`` bundles SQLite with SQLCipher, so plain and encrypted projects go through
the same code. Its exception classes are its own, not the standard library's, so a
``except sqlite3.OperationalError`` (ours, or a fallback inside sqlite-utils) would miss
them. The connection and cursor classes below re-raise every driver error as the
``sqlite3`` class of the same name, keeping the SQLite error code, so callers only ever
see standard ``sqlite3`` exceptions.
"""

from __future__ import annotations

import functools
import sqlite3
from collections.abc import Callable, Iterable
from pathlib import Path
from typing import Any, ParamSpec, TypeVar

import sqlcipher3

P = ParamSpec("P")
R = TypeVar("R")

# SQLCipher otherwise prints "hmac check failed" lines on stderr for a wrong passphrase.
_quiet = sqlcipher3.connect(":memory:")
_quiet.execute("PRAGMA cipher_log_level = NONE")
_quiet.close()


def standard_error(exc: sqlcipher3.Error) -> sqlite3.Error:
    """The ``sqlite3`` exception matching a driver exception, error code kept."""
    kind = getattr(sqlite3, type(exc).__name__, sqlite3.DatabaseError)
    if not (isinstance(kind, type) and issubclass(kind, sqlite3.Error)):
        kind = sqlite3.DatabaseError
    mapped = kind(*exc.args)
    mapped.sqlite_errorcode = getattr(exc, "sqlite_errorcode", None)  # type: ignore[assignment]
    mapped.sqlite_errorname = getattr(exc, "sqlite_errorname", None)  # type: ignore[assignment]
    return mapped


def _mapped(method: Callable[P, R]) -> Callable[P, R]:
    @functools.wraps(method)
    def call(*args: P.args, **kwargs: P.kwargs) -> R:
        try:
            return method(*args, **kwargs)
        except sqlcipher3.Error as exc:
            raise standard_error(exc) from exc

    return call


class Cursor(sqlcipher3.Cursor):
    execute = _mapped(sqlcipher3.Cursor.execute)
    executemany = _mapped(sqlcipher3.Cursor.executemany)
    executescript = _mapped(sqlcipher3.Cursor.executescript)
    fetchone = _mapped(sqlcipher3.Cursor.fetchone)
    fetchmany = _mapped(sqlcipher3.Cursor.fetchmany)
    fetchall = _mapped(sqlcipher3.Cursor.fetchall)

    def __next__(self) -> Any:
        try:
            return super().__next__()
        except sqlcipher3.Error as exc:
            raise standard_error(exc) from exc


class Connection(sqlcipher3.Connection):
    """A driver connection whose every failure is a standard ``sqlite3`` exception."""

    path: Path

    def cursor(self, factory: type[sqlcipher3.Cursor] = Cursor) -> Cursor:
        return super().cursor(factory)

    def execute(self, sql: str, parameters: Iterable[Any] = ()) -> Cursor:
        return self.cursor().execute(sql, parameters)

    def executemany(self, sql: str, parameters: Iterable[Any]) -> Cursor:
        return self.cursor().executemany(sql, parameters)

    def executescript(self, script: str) -> Cursor:
        return self.cursor().executescript(script)

    commit = _mapped(sqlcipher3.Connection.commit)
    rollback = _mapped(sqlcipher3.Connection.rollback)
    backup = _mapped(sqlcipher3.Connection.backup)
    create_function = _mapped(sqlcipher3.Connection.create_function)


def connect(
    path: Path | str,
    passphrase: str | None = None,
    *,
    read_only: bool = False,
    timeout: float = 5.0,
    check_same_thread: bool = True,
    immutable: bool = False,
) -> Connection:
    """Open ``path`` (keyed with ``passphrase`` when given); autocommit, errors mapped.

    The key is set before anything is read, as SQLCipher requires; whether it was the
    right one shows on the first read (SQLITE_NOTADB). ``immutable`` reads a file that
    nothing else is writing without locks or a ``-shm`` file, so nothing at all is
    written beside it (someone else's file on a memory stick).
    """
    if immutable:
        target = f"file:{_uri_path(Path(path))}?mode=ro&immutable=1"
    elif read_only:
        target = f"file:{_uri_path(Path(path))}?mode=ro"
    else:
        target = str(path)
    try:
        conn = sqlcipher3.connect(
            target,
            timeout=timeout,
            isolation_level=None,
            factory=Connection,
            uri=read_only or immutable,
            check_same_thread=check_same_thread,
        )
    except sqlcipher3.Error as exc:
        raise standard_error(exc) from exc
    assert isinstance(conn, Connection)
    conn.path = Path(path)
    if passphrase is not None:
        conn.execute(f"PRAGMA hexkey = '{passphrase.encode('utf-8').hex()}'")
        # Temporary tables and sort spills would otherwise reach the disk unencrypted.
        conn.execute("PRAGMA temp_store = MEMORY")
    return conn


def rekey(conn: Connection, passphrase: str) -> None:
    """Change the key of an open, keyed database in place (SQLCipher's ``rekey``)."""
    conn.execute(f"PRAGMA hexrekey = '{passphrase.encode('utf-8').hex()}'")


def _uri_path(path: Path) -> str:
    from urllib.parse import quote

    return quote(str(path.absolute()), safe="/")
