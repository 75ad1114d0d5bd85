"""The conflict records a merge writes, and those it brings along from the other copy.

A new record holds their version of the item (or None when they deleted it), who made
it and when. Records travel: the other copy's unresolved records come along, so
merging back and forth never leaves a version behind; a record resolved in either
copy (a tombstone) is resolved in both. A record that would say nothing new (the same
as one here, or their version is what the item already is) is not added.
"""

from __future__ import annotations

import json
from typing import TYPE_CHECKING, Any

from fieldnotes.domain.item_json import item_json
from fieldnotes.domain.models import Conflict, new_id
from fieldnotes.store.clock import utc_now
from fieldnotes.store.sync.items import read_item
from fieldnotes.store.sync.kinds import BY_NAME, CONFLICT_KIND, KINDS
from fieldnotes.store.sync.other import OtherCopy
from fieldnotes.store.sync.plan import CONFLICT, REINSTATE, Plan, tombstones
from fieldnotes.store.sync.records import (
    COLUMNS,
    conflict_from_row,
    read_conflicts,
    write_conflicts,
)

if TYPE_CHECKING:
    from fieldnotes.store.project import Project


def record_conflicts(project: Project, plan: Plan, other: OtherCopy, source: str) -> None:
    """Write the merge's conflict records and the other copy's (triggers paused)."""
    conn = project.conn
    mine = read_conflicts(conn)
    known = {_key(c) for c in mine}
    records = []
    for record in _new_records(plan, other, source):
        if _key(record) not in known:
            known.add(_key(record))
            records.append(record)
    resolved_here = set(tombstones(conn, "main.", CONFLICT_KIND))
    resolved_there = tombstones(conn, "other.", CONFLICT_KIND)
    ours = {c.id for c in mine}
    for row in conn.execute(f"SELECT {COLUMNS} FROM other.conflicts ORDER BY rowid"):
        record = conflict_from_row(row)
        if record.id in ours or record.id in resolved_here or _key(record) in known:
            continue
        if not _moot(project, record):
            known.add(_key(record))
            records.append(record)
    write_conflicts(conn, records)
    gone = [c.id for c in mine if c.id in resolved_there]
    conn.executemany("DELETE FROM conflicts WHERE id = ?", ((i,) for i in gone))
    conn.executemany(
        "INSERT OR REPLACE INTO deleted_items (kind, id, versions, deleted_at, deleted_by)"
        " VALUES (?, ?, '{}', ?, ?)",
        (
            (CONFLICT_KIND, item, t.deleted_at, t.deleted_by)
            for item, t in resolved_there.items()
            if item not in resolved_here
        ),
    )


def _new_records(plan: Plan, other: OtherCopy, source: str) -> list[Conflict]:
    now = utc_now()
    records = []
    for kind in KINDS:
        kind_plan = plan[kind.name]
        for item, step in sorted(kind_plan.steps.items()):
            if step.op not in (CONFLICT, REINSTATE) or step.reason is None:
                continue
            theirs: dict[str, Any] | None = None
            if step.reason == "deleted_there":
                tomb = kind_plan.tombs_there[item]
                researcher, modified = tomb.deleted_by, tomb.deleted_at
            else:
                found = read_item(other.project, kind.name, item)
                theirs = item_json(kind.name, found) if found is not None else None
                researcher, modified = other.project.conn.execute(
                    f"SELECT modified_by, modified_at FROM {kind.table} WHERE id = ?", (item,)
                ).fetchone() or (None, None)
            records.append(
                Conflict(
                    new_id(),
                    kind.name,
                    item,
                    step.reason,
                    theirs,
                    researcher,
                    modified,
                    source,
                    now,
                )
            )
    return records


def _key(record: Conflict) -> tuple[str, str, str, str]:
    return (
        record.kind,
        record.item_id,
        record.reason,
        json.dumps(record.theirs, sort_keys=True, ensure_ascii=False),
    )


def _moot(project: Project, record: Conflict) -> bool:
    """Whether keeping either version would change nothing any more."""
    if record.kind not in BY_NAME:
        return False
    current = read_item(project, record.kind, record.item_id)
    if record.reason != "edited_both":
        return current is None  # the deletion already happened
    return current is not None and item_json(record.kind, current) == record.theirs
