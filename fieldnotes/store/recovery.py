"""The recovery file: typed text the project file refused, kept until it is saved.

When a write of an observation's text fails (disk full, I/O error, a lock held for
long), the text must survive a closed window, a crash or a power cut too. It goes at
once into a small SQLite file of its own in the user data folder, one per project
(named by a digest of the project's path), readable by its owner only. The file is
encrypted with the project's passphrase when the project is encrypted: unsaved notes
about participants must never sit on disk in plain text when the project does not.

The file lives only while it holds something: forgetting the last text removes it.
"""

from __future__ import annotations

import hashlib
import os
import sqlite3
from collections.abc import Iterator
from contextlib import AbstractContextManager, contextmanager
from dataclasses import dataclass
from pathlib import Path

from fieldnotes.errors import QT_TRANSLATE_NOOP, WriteFailedError, os_reason
from fieldnotes.store import driver
from fieldnotes.store.clock import utc_now
from fieldnotes.store.connection import transaction
from fieldnotes.store.failures import store_error

RECOVERY_APPLICATION_ID = 0x464E5243  # "FNRC": a fieldnotes recovery file
SUFFIX = ".recovery"
_SCHEMA = """
CREATE TABLE IF NOT EXISTS unsaved (
    observation TEXT PRIMARY KEY,
    meeting TEXT,
    text TEXT NOT NULL,
    kept_at TEXT NOT NULL
);
CREATE TABLE IF NOT EXISTS about (key TEXT PRIMARY KEY, value TEXT NOT NULL);
"""


@dataclass(frozen=True)
class UnsavedText:
    """An observation's text as it was typed, when the project could not store it."""

    observation: str
    meeting: str | None
    text: str
    kept_at: str  # ISO 8601 UTC


def recovery_folder(root: Path | None = None) -> Path:
    """``<user data>/recovery`` unless a root is given (tests)."""
    if root is not None:
        return root
    from fieldnotes.paths import user_data_dir

    return user_data_dir() / "recovery"


def recovery_path(project_path: Path, folder: Path) -> Path:
    """The one recovery file of the project at ``project_path``."""
    digest = hashlib.sha256(str(project_path.resolve()).encode("utf-8")).hexdigest()[:32]
    return folder / f"{digest}{SUFFIX}"


class RecoveryFile:
    """Unsaved texts of one project. Opened on first use, kept open until closed.

    Every method raises :class:`StoreError` (with its cause: disk full, read-only…)
    when the recovery file itself cannot be read or written.
    """

    def __init__(self, project_path: Path, passphrase: str | None, folder: Path) -> None:
        self.project_path = project_path
        self.path = recovery_path(project_path, folder)
        self._passphrase = passphrase
        self._conn: driver.Connection | None = None

    def exists(self) -> bool:
        return self.path.exists()

    def keep(self, observation: str, meeting: str | None, text: str) -> None:
        """Keep ``text`` as the unsaved text of ``observation`` (replacing an older one)."""
        conn = self._open(create=True)
        with self._failures(), transaction(conn) as tx:
            tx.execute(
                "INSERT OR REPLACE INTO unsaved (observation, meeting, text, kept_at) "
                "VALUES (?, ?, ?, ?)",
                (observation, meeting, text, utc_now()),
            )

    def forget(self, observation: str) -> None:
        """The text of ``observation`` is safely in the project now; removes an empty file."""
        if not self.exists():
            return
        conn = self._open(create=False)
        with self._failures(), transaction(conn) as tx:
            tx.execute("DELETE FROM unsaved WHERE observation = ?", (observation,))
            remaining = tx.execute("SELECT count(*) FROM unsaved").fetchone()[0]
        if remaining == 0:
            self.discard()

    def entries(self) -> list[UnsavedText]:
        """What is kept, oldest first; empty when there is no recovery file."""
        if not self.exists():
            return []
        conn = self._open(create=False)
        with self._failures():
            rows = conn.execute(
                "SELECT observation, meeting, text, kept_at FROM unsaved ORDER BY kept_at, rowid"
            ).fetchall()
        return [UnsavedText(*row) for row in rows]

    def discard(self) -> None:
        """Remove the file and everything in it."""
        self.close()
        for suffix in ("", "-journal", "-wal", "-shm"):
            Path(f"{self.path}{suffix}").unlink(missing_ok=True)

    def move_to(self, other: RecoveryFile) -> None:
        """Hand every kept text to another project's recovery file (a saved copy)."""
        for item in self.entries():
            other.keep(item.observation, item.meeting, item.text)
        self.discard()

    def rekey(self, passphrase: str | None) -> None:
        """Follow the project's new key (encrypted, decrypted, passphrase changed).

        Read with the old key, written whole to a new file with the new one, which then
        replaces the old file in one rename: a crash midway leaves one of the two.
        """
        if not self.exists():
            self._passphrase = passphrase
            return
        entries = self.entries()
        fresh = RecoveryFile(self.project_path, passphrase, self.path.parent)
        fresh.path = self.path.with_name(self.path.name + ".new")
        fresh.discard()
        for item in entries:
            fresh.keep(item.observation, item.meeting, item.text)
        fresh.close()
        self.close()
        fresh.path.replace(self.path)
        self._passphrase = passphrase

    def close(self) -> None:
        if self._conn is not None:
            self._conn.close()
            self._conn = None

    # -- opening ---------------------------------------------------------------------

    def _open(self, *, create: bool) -> driver.Connection:
        if self._conn is not None:
            return self._conn
        if create and not self.exists():
            self._create_private_file()
        with self._failures():
            conn = driver.connect(self.path, self._passphrase)
            try:
                conn.execute("PRAGMA synchronous = FULL")  # kept means on the disk
                conn.executescript(_SCHEMA)
                conn.execute(f"PRAGMA application_id = {RECOVERY_APPLICATION_ID}")
                conn.execute(
                    "INSERT OR REPLACE INTO about (key, value) VALUES ('project', ?)",
                    (str(self.project_path),),
                )
            except BaseException:
                conn.close()
                raise
        self._conn = conn
        return conn

    def _create_private_file(self) -> None:
        """The folder 0700 and the file 0600, before SQLite writes a byte into it."""
        try:
            self.path.parent.mkdir(parents=True, exist_ok=True, mode=0o700)
            self.path.parent.chmod(0o700)
            fd = os.open(self.path, os.O_WRONLY | os.O_CREAT, 0o600)
        except OSError as exc:
            raise WriteFailedError(
                QT_TRANSLATE_NOOP(
                    "Errors", "The recovery file {path} cannot be written: {reason}."
                ),
                path=self.path,
                reason=os_reason(exc),
            ) from exc
        os.close(fd)

    def _failures(self) -> AbstractContextManager[None]:
        return _named_failures(self.path)


@contextmanager
def _named_failures(path: Path) -> Iterator[None]:
    """Turn a raw SQLite error about the recovery file into the StoreError naming it."""
    try:
        yield
    except sqlite3.Error as exc:
        raise (
            store_error(exc, path)
            or WriteFailedError(
                QT_TRANSLATE_NOOP(
                    "Errors", "The recovery file {path} cannot be written: {reason}."
                ),
                path=path,
                reason=str(exc),
            )
        ) from exc


def rekey_recovery(
    project_path: Path, old: str | None, new: str | None, folder: Path | None = None
) -> None:
    """Re-key the recovery file of the project at ``project_path``, if it has one.

    Call it whenever the project's own key changes, or its unsaved texts become
    unreadable with the project's new passphrase.
    """
    RecoveryFile(project_path, old, recovery_folder(folder)).rekey(new)
