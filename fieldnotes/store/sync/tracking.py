"""Keeping the merge columns true while a project is edited.

``SyncHooks`` sits on every writable project connection; ``connection.transaction``
calls it when a write transaction begins (a copied, restored or re-encrypted file gets
a replica id of its own before its first edit) and just before it commits (items whose
content changed get one version bump each). Bulk writers (an import, a merge) pause
the triggers with :func:`paused` and stamp rows themselves.
"""

from __future__ import annotations

import json
import sqlite3
from collections.abc import Iterable, Iterator
from contextlib import contextmanager
from dataclasses import dataclass
from functools import cache
from pathlib import Path

from fieldnotes.store.clock import utc_now
from fieldnotes.store.sync.kinds import BY_NAME, Kind
from fieldnotes.store.sync.schema import (
    AUTHOR_INDEX,
    REPLICA_FILE,
    REPLICA_ID,
    RESEARCHER_SQL,
    bump_sql,
    file_identity,
)


class SyncHooks:
    """Called by ``connection.transaction`` around each outermost write transaction."""

    def __init__(self, path: Path) -> None:
        # The file watch guarantees the path stays this file while open.
        self.identity = file_identity(path)

    def began(self, conn: sqlite3.Connection) -> None:
        if self.identity:
            ensure_replica(conn, self.identity)

    def before_commit(self, conn: sqlite3.Connection) -> None:
        settle(conn)


def setting(conn: sqlite3.Connection, key: str) -> str | None:
    row = conn.execute("SELECT value FROM settings WHERE key = ?", (key,)).fetchone()
    return row[0] if row else None


def replica_id(conn: sqlite3.Connection) -> str:
    """This copy's replica id (drawn by migration 6, or when the file changed)."""
    found = setting(conn, REPLICA_ID)
    return found if found else new_replica(conn, "")


def ensure_replica(conn: sqlite3.Connection, identity: str) -> str:
    """The replica id, a new one when the file is not the one it was drawn for."""
    if setting(conn, REPLICA_FILE) == identity:
        return replica_id(conn)
    return new_replica(conn, identity)


def new_replica(conn: sqlite3.Connection, identity: str) -> str:
    """Draw a new replica id, so two copies of one file never count edits as one."""
    import uuid  # with ``platform``, ~3 ms: not on every start, only for a new copy

    replica = str(uuid.uuid4())
    conn.executemany(
        "INSERT INTO settings (key, value) VALUES (?, ?) "
        "ON CONFLICT (key) DO UPDATE SET value = excluded.value",
        ((REPLICA_ID, replica), (REPLICA_FILE, identity)),
    )
    return replica


@cache
def _settle_sql(kind: Kind) -> str:
    table = kind.table
    return (
        f"UPDATE {table} SET versions = {bump_sql('versions')}, modified_at = ?, "
        f"modified_by = {RESEARCHER_SQL} "
        f"WHERE id IN (SELECT id FROM sync_dirty WHERE kind = '{kind.name}' "
        "AND before IS NOT NULL) "
        f"AND (SELECT before FROM sync_dirty WHERE kind = '{kind.name}' AND id = {table}.id) "
        f"IS NOT {kind.signature(table)}"
    )


def settle(conn: sqlite3.Connection) -> None:
    """Bump, once, every item whose content differs from before this transaction."""
    kinds = [row[0] for row in conn.execute("SELECT DISTINCT kind FROM sync_dirty")]
    if not kinds:
        return
    now = utc_now()
    for name in kinds:
        kind = BY_NAME.get(name)
        if kind is not None:
            conn.execute(_settle_sql(kind), (now,))
    conn.execute("DELETE FROM sync_dirty")


@contextmanager
def paused(conn: sqlite3.Connection) -> Iterator[None]:
    """Inside an open transaction: the triggers leave the merge columns alone."""
    assert conn.in_transaction, "pause the merge triggers only inside a transaction"
    conn.execute("INSERT OR IGNORE INTO sync_pause (id) VALUES (1)")
    try:
        yield
    finally:
        conn.execute("DELETE FROM sync_pause")


@contextmanager
def dropped(conn: sqlite3.Connection) -> Iterator[None]:
    """Inside an open transaction: no merge triggers at all while a bulk writer works.

    A paused trigger still runs its check for every row (a 100,000-observation import
    writes some 300,000); dropping them costs a few milliseconds. They are made again
    at the end; if the work fails, the transaction's rollback brings them back. The
    index of authors is built once at the end too (cheaper than row by row).
    """
    from fieldnotes.store.sync.schema import drop_triggers, triggers

    assert conn.in_transaction, "drop the merge triggers only inside a transaction"
    drop_triggers(conn)
    conn.execute("DROP INDEX IF EXISTS observations_by_author")  # built once, after
    with paused(conn):
        yield
    conn.execute(AUTHOR_INDEX)
    for statement in triggers():
        conn.execute(statement)


@dataclass(frozen=True)
class Stamp:
    """The merge columns for rows a bulk writer adds: first edit by this replica."""

    versions: str
    researcher: str | None
    now: str

    @classmethod
    def now_for(cls, conn: sqlite3.Connection) -> Stamp:
        return cls(
            json.dumps({replica_id(conn): 1}, separators=(",", ":")),
            setting(conn, "researcher"),
            utc_now(),
        )

    @property
    def values(self) -> tuple[str, str | None, str | None, str]:
        """(versions, created_by, modified_by, modified_at)."""
        return (self.versions, self.researcher, self.researcher, self.now)


def mark_existing(conn: sqlite3.Connection, kind: Kind, ids: Iterable[str]) -> None:
    """Before a bulk rewrite: remember these items' content, to bump the changed ones."""
    listed = list(ids)
    if not listed:
        return
    conn.execute(
        "INSERT OR IGNORE INTO sync_dirty (kind, id, before) "
        f"SELECT '{kind.name}', x.id, {kind.signature('x')} FROM {kind.table} x "
        "WHERE x.id IN (SELECT value FROM json_each(?))",
        (json.dumps(listed),),
    )


def continue_tombstones(conn: sqlite3.Connection, kind: Kind) -> None:
    """After a bulk insert: rows that come back after a delete continue its history."""
    if not conn.execute(
        "SELECT 1 FROM deleted_items WHERE kind = ? LIMIT 1", (kind.name,)
    ).fetchone():
        return
    conn.execute(
        f"UPDATE {kind.table} SET versions = {bump_sql('d.versions')}, "
        f"created_by = coalesce(d.created_by, {kind.table}.created_by) "
        f"FROM deleted_items d WHERE d.kind = '{kind.name}' AND d.id = {kind.table}.id"
    )
    conn.execute(
        f"DELETE FROM deleted_items WHERE kind = '{kind.name}' "
        f"AND id IN (SELECT id FROM {kind.table})"
    )
