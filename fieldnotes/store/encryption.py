"""Encrypting, decrypting and re-keying a project file in place, all or nothing.

Each is one rewrite: SQLCipher's ``sqlcipher_export`` copies the project into a new
file keyed the new way, the copy is checked, and it then replaces the original in one
rename. Before copying, the project leaves WAL mode, so its write-ahead log is folded
in and removed; the copy's temporary tables stay in memory. No plaintext file of the
project is left beside it; its old blocks on the disk are only freed, as with any
deleted file, which is why the user guide recommends disk encryption as well.
"""

from __future__ import annotations

import logging
import secrets
import sqlite3
from pathlib import Path

from fieldnotes.errors import (
    QT_TRANSLATE_NOOP,
    LockedError,
    PassphraseError,
    ProjectFileError,
    ReadOnlyError,
)
from fieldnotes.store import connection, driver
from fieldnotes.store.failures import store_error
from fieldnotes.store.private_files import create_private, fsync_path
from fieldnotes.store.schema_version import APPLICATION_ID

logger = logging.getLogger(__name__)


def encrypt_project(path: Path, passphrase: str) -> None:
    """Turn the plain project at ``path`` into an encrypted one."""
    _require_kind(path, connection.FileKind.PLAIN)
    _rewrite(path, None, passphrase)


def decrypt_project(path: Path, passphrase: str) -> None:
    """Turn the encrypted project at ``path`` back into a plain one."""
    _require_kind(path, connection.FileKind.ENCRYPTED)
    _rewrite(path, passphrase, None)


def change_passphrase(path: Path, old: str, new: str) -> None:
    """Re-encrypt the project at ``path`` under a new passphrase."""
    _require_kind(path, connection.FileKind.ENCRYPTED)
    _rewrite(path, old, new)


def rekey_project(
    path: Path, old: str | None, new: str | None, *, backups_root: Path | None = None
) -> int:
    """Encrypt (``old`` None), decrypt (``new`` None) or re-key a project, with what goes
    with it: its backups and its recovery file take the same key, so none is left
    unreadable or in plaintext. Returns how many backups were rewritten.
    """
    from fieldnotes.store.backup import rekey_backups
    from fieldnotes.store.recovery import rekey_recovery

    if old is None and new is not None:
        encrypt_project(path, new)
    elif new is None and old is not None:
        decrypt_project(path, old)
    elif old is not None and new is not None:
        change_passphrase(path, old, new)
    rekey_recovery(path, old, new)
    return rekey_backups(path, old, new, backups_root)


def rewrite_file(path: Path, old: str | None, new: str | None) -> None:
    """Rewrite any project file (a backup, say) from key ``old`` to key ``new`` (None: plain)."""
    _rewrite(path, old, new)


def check_new_passphrase(passphrase: str) -> str:
    """Refuse a passphrase that cannot protect anything (empty, or a NUL inside)."""
    if not passphrase.strip() or "\0" in passphrase:
        raise PassphraseError(QT_TRANSLATE_NOOP("Errors", "The new passphrase is empty."))
    return passphrase


def _require_kind(path: Path, wanted: connection.FileKind) -> None:
    kind = connection.inspect_file(path)
    if kind is connection.FileKind.ABSENT:
        raise ProjectFileError(
            QT_TRANSLATE_NOOP("Errors", "No fieldnotes project at {path}."), path=path
        )
    if kind is not wanted and wanted is connection.FileKind.PLAIN:
        raise ProjectFileError(
            QT_TRANSLATE_NOOP("Errors", "{path} is already encrypted."), path=path
        )
    if kind is not wanted:
        raise ProjectFileError(QT_TRANSLATE_NOOP("Errors", "{path} is not encrypted."), path=path)


def _rewrite(path: Path, old: str | None, new: str | None) -> None:
    if new is not None:
        check_new_passphrase(new)
    opened = connection.open_connection(path, create=False, passphrase=old, read_only=None)
    conn = opened.conn
    temporary = path.with_name(f".{path.name}.{secrets.token_hex(4)}.rewrite")
    try:
        if opened.read_only:
            raise ReadOnlyError(
                QT_TRANSLATE_NOOP("Errors", "{path} is read-only; it cannot be rewritten."),
                path=path,
            )
        _take_sole_use(conn, path)
        version = int(conn.execute("PRAGMA user_version").fetchone()[0])
        create_private(temporary)
        conn.execute("ATTACH DATABASE ? AS rewritten KEY ?", (str(temporary), new or ""))
        conn.execute("SELECT sqlcipher_export('rewritten')")
        conn.execute(f"PRAGMA rewritten.user_version = {version}")
        conn.execute(f"PRAGMA rewritten.application_id = {APPLICATION_ID}")
        conn.execute("DETACH DATABASE rewritten")
        _verify(temporary, new)
        fsync_path(temporary)
        temporary.replace(path)
        fsync_path(path.parent)
    except sqlite3.Error as exc:
        raise (store_error(exc, path) or exc) from exc
    finally:
        conn.close()
        connection.remove_project_files(temporary)
    logger.info("rewrote a project (encrypted=%s)", new is not None)


def _take_sole_use(conn: sqlite3.Connection, path: Path) -> None:
    """Fold the WAL into the file and hold it exclusively, or refuse if it is in use.

    Leaving WAL mode needs every other connection closed, so it doubles as the check
    that no other window or command has the project open.
    """
    try:
        conn.execute("PRAGMA busy_timeout = 0")
        mode = conn.execute("PRAGMA journal_mode = DELETE").fetchone()[0]
        conn.execute("PRAGMA locking_mode = EXCLUSIVE")
        conn.execute("BEGIN EXCLUSIVE")
        conn.execute("COMMIT")
    except sqlite3.OperationalError as exc:
        mode = ""
        logger.info("project in use: %s", type(exc).__name__)
    if mode != "delete":
        raise LockedError(
            QT_TRANSLATE_NOOP(
                "Errors", "{path} is open in another window or program; close it first."
            ),
            path=path,
        )


def _verify(path: Path, passphrase: str | None) -> None:
    conn = driver.connect(path, passphrase)
    try:
        result = conn.execute("PRAGMA quick_check").fetchone()[0]
        if passphrase is not None:
            conn.execute("PRAGMA cipher_integrity_check").fetchall()
    finally:
        conn.close()
    if result != "ok":
        raise ProjectFileError(
            QT_TRANSLATE_NOOP("Errors", "The rewritten copy of {path} failed its check."),
            path=path,
        )
