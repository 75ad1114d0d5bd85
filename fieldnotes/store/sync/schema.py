"""What migration 6 adds so that two copies of a project can be merged.

Every mergeable row carries ``versions`` (a version vector), ``modified_at``,
``modified_by`` and ``created_by``. Triggers keep them true for every way of writing
(the app, the command line, an import), so no write path can forget:

- inserting a row without a vector stamps it: ``{replica: 1}``, or, when a tombstone of
  the same id exists (an undo of a delete), the tombstone's vector plus one;
- changing a row's content, or its children's (tags, quotes, attendees, answers),
  marks the item in ``sync_dirty`` with its content as it was; just before the
  transaction commits, items whose content really changed get one bump each
  (``tracking.settle``). So deleting and re-adding the same tags, or saving a dialog
  unchanged, is no edit, and ten edits in one transaction count once;
- deleting a row leaves a tombstone in ``deleted_items`` (cascaded deletes too);
- a row in ``sync_pause`` switches all of this off for a merge or a bulk import, which
  write the columns themselves (only ever inside one transaction).
"""

from __future__ import annotations

import hashlib
from collections.abc import Sequence
from pathlib import Path

from fieldnotes.store.sync.kinds import (
    CHILD_TABLES,
    CHILD_TABLES_6,
    CONFLICT_KIND,
    KINDS,
    KINDS_6,
    ChildTable,
    Kind,
)

REPLICA_ID = "replica_id"
REPLICA_FILE = "replica_file"
SYNC_COLUMNS = ("versions", "modified_at", "modified_by", "created_by")

NOW_SQL = "strftime('%Y-%m-%dT%H:%M:%S+00:00', 'now')"
RESEARCHER_SQL = "(SELECT value FROM settings WHERE key = 'researcher')"
REPLICA_SQL = f"(SELECT value FROM settings WHERE key = '{REPLICA_ID}')"
NOT_PAUSED = "NOT EXISTS (SELECT 1 FROM sync_pause)"

TABLES = """
CREATE TABLE deleted_items (
    kind TEXT NOT NULL,
    id TEXT NOT NULL,
    versions TEXT NOT NULL,
    deleted_at TEXT,
    deleted_by TEXT,
    created_by TEXT,
    PRIMARY KEY (kind, id)
) WITHOUT ROWID;
CREATE TABLE conflicts (
    id TEXT PRIMARY KEY,
    kind TEXT NOT NULL,
    item_id TEXT NOT NULL,
    reason TEXT NOT NULL CHECK (reason IN ('edited_both', 'deleted_here', 'deleted_there')),
    theirs TEXT,
    researcher TEXT,
    modified TEXT,
    source TEXT,
    recorded TEXT NOT NULL
);
CREATE INDEX conflicts_by_item ON conflicts(kind, item_id);
CREATE TABLE sync_pause (id INTEGER PRIMARY KEY CHECK (id = 1));
CREATE TABLE sync_dirty (
    kind TEXT NOT NULL,
    id TEXT NOT NULL,
    before TEXT,
    PRIMARY KEY (kind, id)
) WITHOUT ROWID;
"""
AUTHOR_INDEX = "CREATE INDEX observations_by_author ON observations(created_by)"


def bump_sql(vector: str) -> str:
    """SQL for ``vector`` (JSON text, may be NULL) with this replica's counter plus one."""
    key = f"'$.\"' || {REPLICA_SQL} || '\"'"
    return (
        f"json_set(coalesce({vector}, '{{}}'), {key}, "
        f"coalesce(json_extract(coalesce({vector}, '{{}}'), {key}), 0) + 1)"
    )


def _tombstone(kind: str, column: str) -> str:
    return f"(SELECT {column} FROM deleted_items WHERE kind = '{kind}' AND id = new.id)"


def _item_triggers(kind: Kind) -> list[str]:
    table = kind.table
    only = " AND new.locked = 0" if kind.themes_only else ""
    only_old = " AND old.locked = 0" if kind.themes_only else ""
    watched = ", ".join(kind.columns)
    return [
        f"""CREATE TRIGGER sync_{table}_insert AFTER INSERT ON {table}
        WHEN new.versions IS NULL AND {NOT_PAUSED}{only}
        BEGIN
            UPDATE {table} SET
                versions = {bump_sql(_tombstone(kind.name, "versions"))},
                created_by = coalesce({_tombstone(kind.name, "created_by")}, {RESEARCHER_SQL}),
                modified_by = {RESEARCHER_SQL},
                modified_at = {NOW_SQL}
            WHERE rowid = new.rowid;
            DELETE FROM deleted_items WHERE kind = '{kind.name}' AND id = new.id;
            INSERT OR REPLACE INTO sync_dirty (kind, id, before)
            VALUES ('{kind.name}', new.id, NULL);
        END""",
        f"""CREATE TRIGGER sync_{table}_update AFTER UPDATE OF {watched} ON {table}
        WHEN new.versions IS old.versions AND {NOT_PAUSED}{only}
        BEGIN
            INSERT OR IGNORE INTO sync_dirty (kind, id, before)
            VALUES ('{kind.name}', old.id, {kind.signature("old")});
        END""",
        f"""CREATE TRIGGER sync_{table}_delete AFTER DELETE ON {table}
        WHEN {NOT_PAUSED}{only_old}
        BEGIN
            INSERT OR REPLACE INTO deleted_items
                (kind, id, versions, deleted_at, deleted_by, created_by)
            VALUES ('{kind.name}', old.id, {bump_sql("old.versions")}, {NOW_SQL},
                    {RESEARCHER_SQL}, old.created_by);
        END""",
    ]


def _mark_parent(child: ChildTable, row: str) -> str:
    kind = child.kind
    return (
        f"INSERT INTO sync_dirty (kind, id, before) "
        f"SELECT '{kind.name}', p.id, {kind.signature('p')} FROM {kind.table} p "
        f"WHERE p.id = {child.parent(row)} AND NOT EXISTS "
        f"(SELECT 1 FROM sync_dirty d WHERE d.kind = '{kind.name}' AND d.id = p.id);"
    )


def _child_triggers(child: ChildTable) -> list[str]:
    table = child.table
    watched = ", ".join(child.watched)
    return [
        f"""CREATE TRIGGER sync_{table}_insert BEFORE INSERT ON {table} WHEN {NOT_PAUSED}
        BEGIN {_mark_parent(child, "new")} END""",
        f"""CREATE TRIGGER sync_{table}_delete BEFORE DELETE ON {table} WHEN {NOT_PAUSED}
        BEGIN {_mark_parent(child, "old")} END""",
        f"""CREATE TRIGGER sync_{table}_update BEFORE UPDATE OF {watched} ON {table}
        WHEN {NOT_PAUSED}
        BEGIN {_mark_parent(child, "old")} {_mark_parent(child, "new")} END""",
    ]


def _conflict_triggers() -> list[str]:
    return [
        f"""CREATE TRIGGER sync_conflicts_delete AFTER DELETE ON conflicts WHEN {NOT_PAUSED}
        BEGIN
            INSERT OR REPLACE INTO deleted_items
                (kind, id, versions, deleted_at, deleted_by, created_by)
            VALUES ('{CONFLICT_KIND}', old.id, '{{}}', {NOW_SQL}, {RESEARCHER_SQL}, NULL);
        END"""
    ]


def triggers(
    kinds: Sequence[Kind] = KINDS, children: Sequence[ChildTable] = CHILD_TABLES
) -> list[str]:
    """The tracking triggers (of today's schema unless a migration names its own)."""
    statements: list[str] = []
    for kind in kinds:
        statements += _item_triggers(kind)
    for child in children:
        statements += _child_triggers(child)
    return statements + _conflict_triggers()


def drop_triggers(conn: object) -> None:
    """Remove every tracking trigger (a bulk writer stamps rows itself)."""
    execute = conn.execute  # type: ignore[attr-defined]
    names = [
        row[0]
        for row in execute(
            "SELECT name FROM sqlite_master WHERE type = 'trigger' AND name GLOB 'sync_*'"
        ).fetchall()
    ]
    for name in names:
        execute(f"DROP TRIGGER {name}")


def reinstall_triggers(conn: object) -> None:
    """Replace every tracking trigger with today's (after a migration adds content)."""
    drop_triggers(conn)
    for statement in triggers():
        conn.execute(statement)  # type: ignore[attr-defined]


def file_identity(path: Path | str | None) -> str:
    """The file behind ``path`` as ``st_dev:st_ino`` ("" when unknown): a copy differs."""
    if not path:
        return ""
    try:
        info = Path(path).stat()
    except OSError:
        return ""
    return f"{info.st_dev}:{info.st_ino}"


def _digest(text: str | None) -> str:
    return hashlib.sha256((text or "").encode("utf-8", "surrogatepass")).hexdigest()[:16]


def install(conn: object, path: Path | str | None) -> None:
    """Migration 6 on an open connection (inside the migration's transaction).

    Rows already there get a vector naming their content (``{"base:<digest>": 1}``):
    two copies of an older project, each updated on its own, then agree on every row
    neither touched, while a row one of them edited before updating differs and is
    compared by content rather than silently taken as the same.
    """
    execute = conn.execute  # type: ignore[attr-defined]
    for kind in KINDS_6:
        for column in SYNC_COLUMNS:
            execute(f"ALTER TABLE {kind.table} ADD COLUMN {column} TEXT")
    for statement in TABLES.split(";"):  # executescript would commit the migration midway
        if statement.strip():
            execute(statement)
    execute(AUTHOR_INDEX)
    conn.create_function("fieldnotes_digest", 1, _digest, deterministic=True)  # type: ignore[attr-defined]
    for kind in KINDS_6:
        modified = ", modified_at = updated_at" if kind.table == "observations" else ""
        execute(
            f"UPDATE {kind.table} SET versions = json_object('base:' || "
            f"fieldnotes_digest({kind.signature(kind.table)}), 1){modified} "
            f"WHERE {kind.scope()}"
        )
    import uuid  # with ``platform``, ~3 ms: only migrations and new copies draw an id

    execute(
        "INSERT OR REPLACE INTO settings (key, value) VALUES (?, ?), (?, ?)",
        (REPLICA_ID, str(uuid.uuid4()), REPLICA_FILE, file_identity(path)),
    )
    for statement in triggers(KINDS_6, CHILD_TABLES_6):
        execute(statement)
