"""Writing a merge plan into the project, inside its one write transaction.

Rows come straight from the attached copy (``INSERT … SELECT``, ``UPDATE … FROM``),
so 100,000 added observations never pass through Python. The merge-tracking triggers
are paused: the merge writes vectors, authors and tombstones itself. Parents are
written before the items that refer to them, deletes go children first.
"""

from __future__ import annotations

import json
import sqlite3
from collections import defaultdict
from collections.abc import Callable
from contextlib import nullcontext

from fieldnotes.domain.models import CacResponse
from fieldnotes.store import fts
from fieldnotes.store.analysis_repo import CacRoundRepository
from fieldnotes.store.merge import BULK_OBSERVATIONS
from fieldnotes.store.rows import next_position
from fieldnotes.store.sync.kinds import KINDS, Kind
from fieldnotes.store.sync.plan import ADD, DELETE, FROM_THEM, REINSTATE, TAKE, Plan
from fieldnotes.store.sync.vectors import dumps

# The columns copied from their row (besides id, position and the merge columns).
COPIED = {
    "participants": (
        "pseudonym",
        "role",
        "organisation",
        "real_name",
        "consent_status",
        "consent_date",
        "consent_note",
    ),
    "codes": ("name", "parent_id", "description", "color", "origin", "locked"),
    "meetings": ("title", "kind", "date", "start_time", "end_time", "location", "notes"),
    "observations": ("meeting_id", "time", "text", "created_at", "updated_at"),
    "memos": ("about", "text"),
    "cac_rounds": ("label", "date"),
}
_MERGE_COLUMNS = ("modified_at", "modified_by", "created_by")
_OPS = "temp.merge_ops"


def apply_plan(conn: sqlite3.Connection, plan: Plan, tick: Callable[[], None]) -> None:
    """Write ``plan`` (the triggers must be paused, inside the merge's transaction)."""
    _fill_ops(conn, plan)
    observations = plan["observation"]
    bulk = len(observations.ids(*FROM_THEM)) > BULK_OBSERVATIONS
    try:
        with fts.bulk_load(conn) if bulk else nullcontext():
            for kind in KINDS:
                _insert_theirs(conn, kind)
                _update_to_theirs(conn, kind)
                _children(conn, kind, plan)
                tick()
            _place_new_observations(conn, plan)
            _add_feedback(conn, plan)
            for kind in reversed(KINDS):
                _delete(conn, kind, plan)
        _write_versions(conn, plan)
        _write_tombstones(conn, plan)
    finally:
        conn.execute(f"DROP TABLE IF EXISTS {_OPS}")


def _fill_ops(conn: sqlite3.Connection, plan: Plan) -> None:
    conn.execute(
        f"CREATE TEMP TABLE IF NOT EXISTS {_OPS.removeprefix('temp.')} "
        "(kind TEXT, id TEXT, op TEXT, versions TEXT, PRIMARY KEY (kind, id)) WITHOUT ROWID"
    )
    conn.execute(f"DELETE FROM {_OPS}")
    conn.executemany(
        f"INSERT INTO {_OPS} (kind, id, op, versions) VALUES (?, ?, ?, ?)",
        (
            (name, item, step.op, dumps(step.versions) if step.versions is not None else None)
            for name, kind_plan in plan.kinds.items()
            for item, step in kind_plan.steps.items()
        ),
    )


def _insert_theirs(conn: sqlite3.Connection, kind: Kind) -> None:
    """Their items that are new here (or come back): appended, in their order."""
    table = kind.table
    copied = COPIED[table]
    columns = ", ".join(("id", *copied, "position", "versions", *_MERGE_COLUMNS))
    values = ", ".join(f"x.{c}" for c in ("id", *copied))
    merge_values = ", ".join(f"x.{c}" for c in _MERGE_COLUMNS)
    if table == "observations":  # placed among ours afterwards; numbered from our counter
        start = _counter(conn)
        position = "x.position"
        extra_column, extra_value = (
            ", ref",
            f", {start} + row_number() OVER (ORDER BY x.ref, x.rowid)",
        )
    else:
        position = f"{next_position(conn, table) - 1} + row_number() OVER (ORDER BY x.position)"
        extra_column = extra_value = ""
    cursor = conn.execute(
        f"INSERT INTO main.{table} ({columns}{extra_column}) "
        f"SELECT {values}, {position}, coalesce(ops.versions, x.versions), "
        f"{merge_values}{extra_value} "
        f"FROM other.{table} x JOIN {_OPS} ops ON ops.kind = ? AND ops.id = x.id "
        f"WHERE ops.op IN ('{ADD}', '{REINSTATE}') ORDER BY x.position",
        (kind.name,),
    )
    if table == "observations" and cursor.rowcount > 0:
        conn.execute(
            "UPDATE counters SET value = value + ? WHERE name = 'observation_ref'",
            (cursor.rowcount,),
        )


def _counter(conn: sqlite3.Connection) -> int:
    """The last reference handed out (``ref`` of new observations counts on from it)."""
    row = conn.execute("SELECT value FROM counters WHERE name = 'observation_ref'").fetchone()
    return int(row[0]) - 1


def _update_to_theirs(conn: sqlite3.Connection, kind: Kind) -> None:
    """Their newer version of items we have, keeping our position."""
    table = kind.table
    columns = (*COPIED[table], *_MERGE_COLUMNS)
    assignments = ", ".join(f"{c} = x.{c}" for c in columns)
    conn.execute(
        f"UPDATE main.{table} AS cur SET {assignments}, "
        "versions = coalesce(ops.versions, x.versions) "
        f"FROM other.{table} x, {_OPS} ops "
        f"WHERE ops.kind = ? AND ops.op = '{TAKE}' AND ops.id = cur.id AND x.id = cur.id",
        (kind.name,),
    )


def _children(conn: sqlite3.Connection, kind: Kind, plan: Plan) -> None:
    """Tags, quotes, speakers and actions, attendees, answers: theirs replace ours for
    the items taken."""
    taken = f"(SELECT id FROM {_OPS} WHERE kind = '{kind.name}' AND op = '{TAKE}')"
    theirs = (
        f"JOIN {_OPS} ops ON ops.kind = '{kind.name}' AND ops.id = {{owner}} "
        f"WHERE ops.op IN ('{ADD}', '{TAKE}', '{REINSTATE}')"
    )
    if kind.table == "observations":
        conn.execute(f"DELETE FROM main.observation_codes WHERE observation_id IN {taken}")
        conn.execute(
            "INSERT INTO main.observation_codes (observation_id, code_id, position) "
            "SELECT c.observation_id, c.code_id, c.position FROM other.observation_codes c "
            + theirs.format(owner="c.observation_id")
        )
        conn.execute(f"DELETE FROM main.quotes WHERE observation_id IN {taken}")
        conn.execute(
            "INSERT INTO main.quotes (id, observation_id, speaker_id, text, original_text,"
            " language, position) SELECT q.id, q.observation_id, q.speaker_id, q.text,"
            " q.original_text, q.language, q.position FROM other.quotes q "
            + theirs.format(owner="q.observation_id")
            + " ON CONFLICT (id) DO UPDATE SET observation_id = excluded.observation_id,"
            " speaker_id = excluded.speaker_id, text = excluded.text,"
            " original_text = excluded.original_text, language = excluded.language,"
            " position = excluded.position"
        )
        conn.execute(f"DELETE FROM main.observation_speakers WHERE observation_id IN {taken}")
        conn.execute(
            "INSERT INTO main.observation_speakers (observation_id, participant_id, position) "
            "SELECT s.observation_id, s.participant_id, s.position "
            "FROM other.observation_speakers s "
            + theirs.format(owner="s.observation_id")
            + " AND s.participant_id IN (SELECT id FROM main.participants)"
        )
        conn.execute(f"DELETE FROM main.actions WHERE observation_id IN {taken}")
        conn.execute(
            "INSERT INTO main.actions (observation_id, owner_id, due, status, history) "
            "SELECT a.observation_id, CASE WHEN a.owner_id IN (SELECT id FROM main.participants)"
            " THEN a.owner_id END, a.due, a.status, a.history "
            "FROM other.actions a " + theirs.format(owner="a.observation_id")
        )
    elif kind.table == "meetings":
        conn.execute(f"DELETE FROM main.meeting_attendees WHERE meeting_id IN {taken}")
        conn.execute(
            "INSERT INTO main.meeting_attendees (meeting_id, participant_id, position) "
            "SELECT a.meeting_id, a.participant_id, a.position FROM other.meeting_attendees a "
            + theirs.format(owner="a.meeting_id")
        )
    elif kind.table == "cac_rounds":
        rounds = CacRoundRepository(conn)
        for round_id in plan["cac_round"].ids(*FROM_THEM):
            rounds.set_responses(round_id, _their_answers(conn, round_id))


def _their_answers(conn: sqlite3.Connection, round_id: str) -> list[CacResponse]:
    scores: dict[int, dict[int, float]] = defaultdict(dict)
    for response_id, item, score in conn.execute(
        "SELECT s.response_id, s.item, s.score FROM other.cac_scores s "
        "JOIN other.cac_responses r ON r.id = s.response_id WHERE r.round_id = ? "
        "ORDER BY s.response_id, s.item",
        (round_id,),
    ):
        scores[response_id][item] = score
    return [
        CacResponse(respondent, scores.get(response_id, {}))
        for response_id, respondent in conn.execute(
            "SELECT id, respondent_id FROM other.cac_responses WHERE round_id = ? "
            "ORDER BY position",
            (round_id,),
        )
    ]


def _place_new_observations(conn: sqlite3.Connection, plan: Plan) -> None:
    """In a meeting we already had, a new observation goes after its neighbour there."""
    observations = plan["observation"]
    new = set(observations.ids(ADD, REINSTATE))
    if not new:
        return
    new_meetings = set(plan["meeting"].ids(ADD, REINSTATE))  # their positions stand there
    meetings = {
        meeting
        for (meeting,) in conn.execute(
            f"SELECT DISTINCT o.meeting_id FROM main.observations o JOIN {_OPS} ops "
            "ON ops.kind = 'observation' AND ops.id = o.id "
            f"WHERE ops.op IN ('{ADD}', '{REINSTATE}')"
        )
    } - new_meetings
    for meeting in sorted(meetings):
        ours = [
            item
            for (item,) in conn.execute(
                "SELECT id FROM main.observations WHERE meeting_id = ? ORDER BY position, rowid",
                (meeting,),
            )
            if item not in new
        ]
        if not ours:
            continue  # a meeting new here: their positions stand
        theirs = [
            item
            for (item,) in conn.execute(
                "SELECT id FROM other.observations WHERE meeting_id = ? ORDER BY position",
                (meeting,),
            )
        ]
        order = placed(ours, theirs, new)
        conn.executemany(
            "UPDATE main.observations SET position = ? WHERE id = ?",
            ((i, item) for i, item in enumerate(order)),
        )


def placed(ours: list[str], theirs: list[str], new: set[str]) -> list[str]:
    """Our order with each new item after the item before it in their order."""
    present = set(ours)
    followers: dict[str | None, list[str]] = defaultdict(list)
    anchor: str | None = None
    for item in theirs:
        if item in new:
            followers[anchor].append(item)
        elif item in present:
            anchor = item
    order = list(followers[None])
    for item in ours:
        order.append(item)
        order.extend(followers[item])
    return order


def _add_feedback(conn: sqlite3.Connection, plan: Plan) -> None:
    if not plan.feedback:
        return
    owners = sorted({str(row[0]) for row in plan.feedback})
    ends = dict(
        conn.execute(
            "SELECT observation_id, max(position) + 1 FROM main.feedback "
            "WHERE observation_id IN (SELECT value FROM json_each(?)) GROUP BY observation_id",
            (json.dumps(owners),),
        )
    )
    rows = []
    for owner, participant, verdict, comment, received, verdict_text in plan.feedback:
        position = ends.get(owner, 0)
        ends[owner] = position + 1
        rows.append((owner, participant, verdict, comment, received, verdict_text, position))
    conn.executemany(
        "INSERT INTO main.feedback (observation_id, participant_id, verdict, comment, received,"
        " verdict_text, position) VALUES (?, ?, ?, ?, ?, ?, ?)",
        rows,
    )


def _delete(conn: sqlite3.Connection, kind: Kind, plan: Plan) -> None:
    """Their deletes, with their tombstones (joined with what we had) kept here."""
    kind_plan = plan[kind.name]
    deleted = kind_plan.ids(DELETE)
    if not deleted:
        return
    authors = dict(
        conn.execute(
            f"SELECT id, created_by FROM main.{kind.table} "
            "WHERE id IN (SELECT value FROM json_each(?))",
            (json.dumps(deleted),),
        )
    )
    rows = []
    for item in deleted:
        tomb = kind_plan.steps[item].tombstone
        assert tomb is not None
        rows.append(
            (
                kind.name,
                item,
                dumps(tomb.versions),
                tomb.deleted_at,
                tomb.deleted_by,
                authors.get(item),
            )
        )
    conn.executemany(
        "INSERT OR REPLACE INTO main.deleted_items (kind, id, versions, deleted_at, deleted_by,"
        " created_by) VALUES (?, ?, ?, ?, ?, ?)",
        rows,
    )
    conn.execute(
        f"DELETE FROM main.{kind.table} WHERE id IN "
        f"(SELECT id FROM {_OPS} WHERE kind = ? AND op = '{DELETE}')",
        (kind.name,),
    )


def _write_versions(conn: sqlite3.Connection, plan: Plan) -> None:
    """Items that stay ours (joined, or a conflict) take their new vectors."""
    for kind in KINDS:
        kind_plan = plan[kind.name]
        rows = [
            (dumps(step.versions), item)
            for item, step in kind_plan.steps.items()
            if step.op not in (*FROM_THEM, DELETE) and step.versions is not None
        ]
        conn.executemany(f"UPDATE main.{kind.table} SET versions = ? WHERE id = ?", rows)


def _write_tombstones(conn: sqlite3.Connection, plan: Plan) -> None:
    for kind in KINDS:
        kind_plan = plan[kind.name]
        back = kind_plan.ids(*FROM_THEM)
        if back:
            conn.execute(
                "DELETE FROM main.deleted_items WHERE kind = ? "
                "AND id IN (SELECT value FROM json_each(?))",
                (kind.name, json.dumps(back)),
            )
        conn.executemany(
            "INSERT OR REPLACE INTO main.deleted_items (kind, id, versions, deleted_at,"
            " deleted_by, created_by) VALUES (?, ?, ?, ?, ?, ?)",
            (
                (
                    kind.name,
                    item,
                    dumps(t.versions),
                    t.deleted_at,
                    t.deleted_by,
                    t.created_by,
                )
                for item, t in kind_plan.tomb_imports.items()
            ),
        )
