"""Helpers for the merge tests: project files as older fieldnotes versions wrote them."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

from fieldnotes.imports.json_import import import_text
from fieldnotes.store import Project, driver
from fieldnotes.store.sync.kinds import KINDS
from fieldnotes.store.sync.schema import SYNC_COLUMNS


def make_v6_project(path: Path, document: dict[str, Any] | None = None) -> None:
    """A project as fieldnotes wrote it before speakers and actions (schema 6)."""
    with Project.open(path) as project:
        if document is not None:
            import_text(project, json.dumps(document))
    conn = driver.connect(path)
    try:
        _undo_migration_7(conn)
    finally:
        conn.close()


def _undo_migration_7(conn: Any) -> None:
    from fieldnotes.store.sync.kinds import CHILD_TABLES_6, KINDS_6
    from fieldnotes.store.sync.schema import drop_triggers, triggers

    drop_triggers(conn)
    conn.execute("DROP TABLE observation_speakers")
    conn.execute("DROP TABLE actions")
    conn.execute("DROP TABLE member_checks")
    for statement in triggers(KINDS_6, CHILD_TABLES_6):
        conn.execute(statement)
    conn.execute("DELETE FROM _sqlite_migrations WHERE name = 'm007_voice_and_actions'")
    conn.execute("PRAGMA user_version = 6")


def make_v5_project(path: Path, document: dict[str, Any] | None = None) -> None:
    """A project as fieldnotes wrote it before merge tracking (schema 5, no sync columns)."""
    make_v6_project(path, document)
    conn = driver.connect(path)
    try:
        names = [
            r[0]
            for r in conn.execute(
                "SELECT name FROM sqlite_master WHERE type = 'trigger' AND name LIKE 'sync_%'"
            )
        ]
        for name in names:
            conn.execute(f"DROP TRIGGER {name}")
        conn.execute("DROP INDEX observations_by_author")
        for table in ("deleted_items", "conflicts", "sync_pause", "sync_dirty"):
            conn.execute(f"DROP TABLE {table}")
        for kind in KINDS:
            for column in SYNC_COLUMNS:
                conn.execute(f"ALTER TABLE {kind.table} DROP COLUMN {column}")
        conn.execute("DELETE FROM settings WHERE key IN ('replica_id', 'replica_file')")
        conn.execute("DELETE FROM _sqlite_migrations WHERE name = 'm006_merge_tracking'")
        conn.execute("PRAGMA user_version = 5")
    finally:
        conn.close()


def user_version(path: Path) -> int:
    conn = driver.connect(path, read_only=True)
    try:
        return int(conn.execute("PRAGMA user_version").fetchone()[0])
    finally:
        conn.close()
