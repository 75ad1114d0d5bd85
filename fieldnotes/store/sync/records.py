"""Conflict records as rows: reading and writing the ``conflicts`` table."""

from __future__ import annotations

import json
import sqlite3
from collections.abc import Iterable

from fieldnotes.domain.models import Conflict

COLUMNS = "id, kind, item_id, reason, theirs, researcher, modified, source, recorded"


def conflict_from_row(row: tuple) -> Conflict:
    cid, kind, item_id, reason, theirs, researcher, modified, source, recorded = row
    return Conflict(
        cid,
        kind,
        item_id,
        reason,
        json.loads(theirs) if theirs is not None else None,
        researcher,
        modified,
        source,
        recorded,
    )


def conflict_values(conflict: Conflict) -> tuple[object, ...]:
    theirs = (
        json.dumps(conflict.theirs, ensure_ascii=False) if conflict.theirs is not None else None
    )
    return (
        conflict.id,
        conflict.kind,
        conflict.item_id,
        conflict.reason,
        theirs,
        conflict.researcher,
        conflict.modified,
        conflict.source,
        conflict.recorded,
    )


def read_conflicts(
    conn: sqlite3.Connection, where: str = "", params: tuple[object, ...] = ()
) -> list[Conflict]:
    """Conflict records in the order they were recorded."""
    rows = conn.execute(f"SELECT {COLUMNS} FROM conflicts {where} ORDER BY rowid", params)
    return [conflict_from_row(row) for row in rows]


def write_conflicts(conn: sqlite3.Connection, conflicts: Iterable[Conflict]) -> None:
    """Add (or, same id, replace) records; a record written again is no longer resolved."""
    rows = [conflict_values(c) for c in conflicts]
    if not rows:
        return
    conn.executemany(
        f"INSERT INTO conflicts ({COLUMNS}) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)"
        " ON CONFLICT (id) DO UPDATE SET kind = excluded.kind, item_id = excluded.item_id,"
        " reason = excluded.reason, theirs = excluded.theirs,"
        " researcher = excluded.researcher, modified = excluded.modified,"
        " source = excluded.source, recorded = excluded.recorded",
        rows,
    )
    conn.executemany(
        "DELETE FROM deleted_items WHERE kind = 'conflict' AND id = ?", ((r[0],) for r in rows)
    )
