"""Merging a validated :class:`ProjectData` into a project, all or nothing.

Entities are matched by id: an id already in the project is updated in place (keeping
its position), a new id is appended. An observation's codes, quotes, feedback, speakers
and action, a meeting's attendees and a round's responses are replaced by the file's (a
key the file leaves out keeps what the project has), so importing the same file twice
changes nothing the second time.

The merge-tracking triggers are paused (per-row triggers would add half again to a
large import): new rows are stamped in their INSERT, rows that come back after a delete
continue their tombstone's history, and items already there are marked with their
content before, so only those the file really changed get a version bump at commit.
"""

from __future__ import annotations

import json
import sqlite3
from dataclasses import dataclass, field

from fieldnotes.domain.document import ProjectData
from fieldnotes.store import fts
from fieldnotes.store.analysis_repo import CacRoundRepository
from fieldnotes.store.clock import utc_now
from fieldnotes.store.meetings_repo import meeting_values
from fieldnotes.store.observations_repo import insert_children
from fieldnotes.store.participants_repo import participant_values
from fieldnotes.store.rows import next_position
from fieldnotes.store.sync import kinds, tracking
from fieldnotes.store.sync.tracking import Stamp

_SYNC = ", versions, created_by, modified_by, modified_at"
_SYNC_MARKS = ", ?, ?, ?, ?"

# Above this many observations an import drops the search triggers and rebuilds the
# index once at the end; below it, per-row triggers are cheaper than a full rebuild.
BULK_OBSERVATIONS = 2_000


@dataclass(frozen=True)
class MergeCounts:
    """What a merge did, per kind of item ("observation", "cac_round", …, as in
    :mod:`fieldnotes.store.sync.kinds`): so an import can say "Nothing changed"."""

    added: dict[str, int] = field(default_factory=dict)  # new to the project
    already: dict[str, int] = field(default_factory=dict)  # in the file and the project
    changed: dict[str, int] = field(default_factory=dict)  # of those, how many it changed
    study_changed: bool = False  # the study's title or description

    @property
    def changed_anything(self) -> bool:
        return self.study_changed or any(self.added.values()) or any(self.changed.values())


def merge_project_data(conn: sqlite3.Connection, data: ProjectData) -> MergeCounts:
    """Write ``data`` into the open transaction on ``conn``; count what it added and changed."""
    bulk = data.observation_count > BULK_OBSERVATIONS
    with tracking.dropped(conn) if bulk else tracking.paused(conn):
        existing = _mark_existing(conn, data)
        study = _study(conn) if data.study is not None else None
        feedback = _feedback(conn, data, existing[kinds.OBSERVATION])
        stamp = Stamp.now_for(conn)
        if bulk:
            with fts.bulk_load(conn):
                _merge(conn, data, stamp)
        else:
            _merge(conn, data, stamp)
        for kind in kinds.KINDS:
            tracking.continue_tombstones(conn, kind)
        _merge_conflicts(conn, data)
        changed = {kind: _settled(conn, kind) for kind in existing}
        if feedback:
            after = _feedback(conn, data, set(feedback))
            changed[kinds.OBSERVATION] |= {o for o, text in feedback.items() if after[o] != text}
    return MergeCounts(
        added={k.name: len(_listed(data, k)) - len(ids) for k, ids in existing.items()},
        already={k.name: len(ids) for k, ids in existing.items()},
        changed={k.name: len(ids) for k, ids in changed.items()},
        study_changed=study is not None and study != _study(conn),
    )


def _listed(data: ProjectData, kind: kinds.Kind) -> list[str]:
    """Ids of the items of ``kind`` in ``data``."""
    if kind is kinds.PARTICIPANT:
        return [p.id for p in data.participants]
    if kind is kinds.CODE:
        return [c.id for c in data.codes]
    if kind is kinds.MEETING:
        return [m.id for m in data.meetings]
    if kind is kinds.OBSERVATION:
        return [o.id for items in data.observations.values() for o in items]
    if kind is kinds.MEMO:
        return [m.id for m in data.memos]
    return [r.id for r in data.cac_rounds]


def _mark_existing(conn: sqlite3.Connection, data: ProjectData) -> dict[kinds.Kind, set[str]]:
    """Remember the content of items the file updates, to bump only those it changes;
    the ids of the file's items that the project already has, per kind."""
    found: dict[kinds.Kind, set[str]] = {}
    for kind in kinds.KINDS:
        ids = _listed(data, kind)
        existing = _existing_ids(conn, kind.table) if ids else set()
        found[kind] = {i for i in ids if i in existing}
        tracking.mark_existing(conn, kind, found[kind])
    return found


def _settled(conn: sqlite3.Connection, kind: kinds.Kind) -> set[str]:
    """Ids of the items whose content this transaction changed. The unchanged ones are
    dropped from ``sync_dirty`` here, which spares the commit comparing them again."""
    conn.execute(
        "DELETE FROM sync_dirty WHERE kind = ? AND before IS NOT NULL AND before IS "
        f"(SELECT {kind.signature('x')} FROM {kind.table} x WHERE x.id = sync_dirty.id)",
        (kind.name,),
    )
    return {
        row[0]
        for row in conn.execute(
            "SELECT id FROM sync_dirty WHERE kind = ? AND before IS NOT NULL", (kind.name,)
        )
    }


def _study(conn: sqlite3.Connection) -> tuple[str, str] | None:
    row = conn.execute("SELECT title, description FROM study WHERE id = 1").fetchone()
    return (row[0], row[1]) if row else None


def _feedback(conn: sqlite3.Connection, data: ProjectData, ids: set[str]) -> dict[str, str]:
    """Each of these observations' member-check answers as one text (answers are no part
    of an item's signature, but a file can replace them)."""
    listed = [
        o.id
        for items in data.observations.values()
        for o in items
        if o.id in ids and "feedback" not in data.unlisted.get(o.id, ())
    ]
    if not listed:
        return {}
    rows = conn.execute(
        "SELECT observation_id, json_group_array(json_array(participant_id, verdict, comment,"
        " received, verdict_text)) FROM (SELECT * FROM feedback WHERE observation_id IN"
        " (SELECT value FROM json_each(?)) ORDER BY observation_id, position)"
        " GROUP BY observation_id",
        (json.dumps(listed),),
    )
    return dict.fromkeys(listed, "") | {row[0]: row[1] for row in rows}


def _merge(conn: sqlite3.Connection, data: ProjectData, stamp: Stamp) -> None:
    now = utc_now()
    if data.study is not None:
        conn.execute(
            "UPDATE study SET title = ?, description = ? WHERE id = 1",
            (data.study.title, data.study.description),
        )
    _merge_participants(conn, data, stamp)
    _merge_codes(conn, data, stamp)
    _merge_meetings(conn, data, stamp)
    _merge_observations(conn, data, now, stamp)
    _merge_memos(conn, data, stamp)
    _merge_cac_rounds(conn, data, stamp)


def _merge_participants(conn: sqlite3.Connection, data: ProjectData, stamp: Stamp) -> None:
    start = next_position(conn, "participants")
    conn.executemany(
        "INSERT INTO participants (id, pseudonym, role, organisation, real_name, consent_status,"
        f" consent_date, consent_note, position{_SYNC}) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?"
        f"{_SYNC_MARKS}) ON CONFLICT(id) DO UPDATE SET pseudonym = excluded.pseudonym,"
        " role = excluded.role,"
        " organisation = excluded.organisation, real_name = excluded.real_name,"
        " consent_status = excluded.consent_status, consent_date = excluded.consent_date,"
        " consent_note = excluded.consent_note",
        (
            (*participant_values(p), start + i, *stamp.values)
            for i, p in enumerate(data.participants)
        ),
    )


def _merge_codes(conn: sqlite3.Connection, data: ProjectData, stamp: Stamp) -> None:
    start = next_position(conn, "codes")
    conn.executemany(
        f"INSERT INTO codes (id, name, parent_id, description, color, locked, position{_SYNC})"
        f" VALUES (?, ?, ?, ?, ?, 0, ?{_SYNC_MARKS})"
        " ON CONFLICT(id) DO UPDATE SET name = excluded.name, parent_id = excluded.parent_id,"
        " description = excluded.description, color = excluded.color",
        (
            (c.id, c.name, c.parent, c.description, c.color, start + i, *stamp.values)
            for i, c in enumerate(data.codes)
        ),
    )


def _merge_meetings(conn: sqlite3.Connection, data: ProjectData, stamp: Stamp) -> None:
    start = next_position(conn, "meetings")
    conn.executemany(
        "INSERT INTO meetings (id, title, kind, date, start_time, end_time, location, notes,"
        f" position{_SYNC}) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?{_SYNC_MARKS})"
        " ON CONFLICT(id) DO UPDATE SET title = excluded.title, kind = excluded.kind,"
        " date = excluded.date, start_time = excluded.start_time, end_time = excluded.end_time,"
        " location = excluded.location, notes = excluded.notes",
        ((*meeting_values(m), start + i, *stamp.values) for i, m in enumerate(data.meetings)),
    )
    listed = [m for m in data.meetings if "attendees" not in data.unlisted.get(m.id, ())]
    conn.executemany(
        "DELETE FROM meeting_attendees WHERE meeting_id = ?", ((m.id,) for m in listed)
    )
    conn.executemany(
        "INSERT INTO meeting_attendees (meeting_id, participant_id, position) VALUES (?, ?, ?)",
        ((m.id, pid, i) for m in listed for i, pid in enumerate(m.attendees)),
    )


def _merge_observations(
    conn: sqlite3.Connection, data: ProjectData, now: str, stamp: Stamp
) -> None:
    existing = _existing_ids(conn, "observations")
    old_orders = _old_orders(conn, [mid for mid in data.observations if existing])
    incoming = [o for items in data.observations.values() for o in items]
    refs = _new_refs(conn, [o.id for o in incoming if o.id not in existing])
    conn.executemany(
        "INSERT INTO observations (id, meeting_id, time, text, position, created_at, updated_at,"
        f" ref{_SYNC}) VALUES (?, ?, ?, ?, ?, ?, ?, ?{_SYNC_MARKS})"
        " ON CONFLICT(id) DO UPDATE SET meeting_id = excluded.meeting_id,"
        " position = excluded.position,"
        " updated_at = CASE WHEN observations.text IS excluded.text"
        "   AND observations.time IS excluded.time THEN observations.updated_at"
        "   ELSE excluded.updated_at END,"
        " time = excluded.time, text = excluded.text",
        (
            (
                o.id,
                mid,
                o.time,
                o.text,
                i,
                o.created or now,
                o.updated or now,
                refs.get(o.id),
                *stamp.values,
            )
            for mid, items in data.observations.items()
            for i, o in enumerate(items)
        ),
    )
    for table, key in (
        ("observation_codes", "codes"),
        ("quotes", "quotes"),
        ("feedback", "feedback"),
        ("observation_speakers", "speakers"),
        ("actions", "action"),
    ):
        replaced = [
            (o.id,) for o in incoming if o.id in existing and key not in data.unlisted.get(o.id, ())
        ]
        conn.executemany(f"DELETE FROM {table} WHERE observation_id = ?", replaced)
    insert_children(conn, incoming)
    _renumber_untouched(conn, data, old_orders)


def _new_refs(conn: sqlite3.Connection, new_ids: list[str]) -> dict[str, int]:
    """Hand out the next references in one go (the per-row trigger would cost more)."""
    start = conn.execute("SELECT value FROM counters WHERE name = 'observation_ref'").fetchone()[0]
    conn.execute(
        "UPDATE counters SET value = ? WHERE name = 'observation_ref'", (start + len(new_ids),)
    )
    return {oid: start + i for i, oid in enumerate(new_ids)}


def _existing_ids(conn: sqlite3.Connection, table: str) -> set[str]:
    return {row[0] for row in conn.execute(f"SELECT id FROM {table}")}


def _old_orders(conn: sqlite3.Connection, meeting_ids: list[str]) -> dict[str, list[str]]:
    return {
        mid: [
            row[0]
            for row in conn.execute(
                "SELECT id FROM observations WHERE meeting_id = ? ORDER BY position", (mid,)
            )
        ]
        for mid in meeting_ids
    }


def _renumber_untouched(
    conn: sqlite3.Connection, data: ProjectData, old_orders: dict[str, list[str]]
) -> None:
    """Keep a meeting's observations that the file does not mention after the file's ones."""
    for mid, old_ids in old_orders.items():
        mentioned = {o.id for o in data.observations[mid]}
        kept = [oid for oid in old_ids if oid not in mentioned]
        conn.executemany(
            "UPDATE observations SET position = ? WHERE id = ? AND meeting_id = ?",
            ((len(mentioned) + i, oid, mid) for i, oid in enumerate(kept)),
        )


def _merge_memos(conn: sqlite3.Connection, data: ProjectData, stamp: Stamp) -> None:
    start = next_position(conn, "memos")
    conn.executemany(
        f"INSERT INTO memos (id, about, text, position{_SYNC}) VALUES (?, ?, ?, ?{_SYNC_MARKS})"
        " ON CONFLICT(id) DO UPDATE SET about = excluded.about, text = excluded.text",
        ((m.id, m.about, m.text, start + i, *stamp.values) for i, m in enumerate(data.memos)),
    )


def _merge_cac_rounds(conn: sqlite3.Connection, data: ProjectData, stamp: Stamp) -> None:
    start = next_position(conn, "cac_rounds")
    rounds = CacRoundRepository(conn)
    for i, round_ in enumerate(data.cac_rounds):
        conn.execute(
            f"INSERT INTO cac_rounds (id, label, date, position{_SYNC})"
            f" VALUES (?, ?, ?, ?{_SYNC_MARKS})"
            " ON CONFLICT(id) DO UPDATE SET label = excluded.label, date = excluded.date",
            (round_.id, round_.label, round_.date, start + i, *stamp.values),
        )
        rounds.set_responses(round_.id, round_.responses)


def _merge_conflicts(conn: sqlite3.Connection, data: ProjectData) -> None:
    """Conflict records travel with the file until they are resolved (matched by id)."""
    from fieldnotes.store.sync.records import write_conflicts

    write_conflicts(conn, data.conflicts)
