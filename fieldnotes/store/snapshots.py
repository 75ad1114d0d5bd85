"""A whole project's state, kept aside to put back: the app's undo of a merge.

``Snapshot.take(project)`` copies the project with SQLite's online backup API into a
private temporary file (a folder only this user can read, the file 0600, keyed like
the project). ``restore_into(project)`` copies it back into the open project through
the same API, so the file stays the same file (its path, other connections and the
file watch all carry on). The project then counts its edits under a new replica id,
as it does after any restore: edits made after a merge that is undone must not look,
to another copy, like the ones the undone merge had made.
"""

from __future__ import annotations

import shutil
import sqlite3
import tempfile
from pathlib import Path
from typing import TYPE_CHECKING

from fieldnotes.store import driver
from fieldnotes.store.failures import store_error

if TYPE_CHECKING:
    from fieldnotes.store.project import Project


class Snapshot:
    def __init__(self, path: Path, passphrase: str | None) -> None:
        self.path = path
        self._passphrase = passphrase

    @classmethod
    def take(cls, project: Project) -> Snapshot:
        from fieldnotes.store.backup import copy_project

        folder = Path(tempfile.mkdtemp(prefix="fieldnotes-snapshot-"))
        path = folder / "snapshot.fieldnotes"
        try:
            copy_project(project.path, path, project.passphrase)
        except BaseException:
            shutil.rmtree(folder, ignore_errors=True)
            raise
        return cls(path, project.passphrase)

    def restore_into(self, project: Project) -> None:
        """Make the live project's content exactly the snapshot's."""
        from fieldnotes.store.sync.schema import file_identity
        from fieldnotes.store.sync.tracking import new_replica

        source = driver.connect(self.path, self._passphrase, read_only=True)
        try:
            source.backup(project.conn)
        except sqlite3.Error as exc:
            raise (store_error(exc, project.path) or exc) from exc
        finally:
            source.close()
        with project.transaction() as conn:
            new_replica(conn, file_identity(project.path))

    def discard(self) -> None:
        shutil.rmtree(self.path.parent, ignore_errors=True)
