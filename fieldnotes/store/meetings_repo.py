"""Meetings and their attendees; deleting one takes its observations and memos along."""

from __future__ import annotations

import sqlite3
from dataclasses import dataclass, field

from fieldnotes.domain.models import Meeting, Memo, Observation
from fieldnotes.store.connection import transaction
from fieldnotes.store.observations_repo import insert_children, load_observations
from fieldnotes.store.rows import grouped, next_position

_COLUMNS = "id, title, kind, date, start_time, end_time, location, notes"


@dataclass
class RemovedMeeting:
    meeting: Meeting
    position: int
    observations: list[Observation] = field(default_factory=list)
    memos: list[tuple[Memo, int]] = field(default_factory=list)


class MeetingRepository:
    def __init__(self, conn: sqlite3.Connection) -> None:
        self._conn = conn

    def all(self, *, newest_first: bool = False) -> list[Meeting]:
        order = "date DESC, start_time DESC, position DESC" if newest_first else "position"
        rows = self._conn.execute(f"SELECT {_COLUMNS} FROM meetings ORDER BY {order}").fetchall()
        attendees = grouped(
            self._conn,
            "SELECT meeting_id, participant_id FROM meeting_attendees ORDER BY"
            " meeting_id, position",
        )
        return [_meeting(row, attendees.get(row[0], [])) for row in rows]

    def get(self, meeting_id: str) -> Meeting | None:
        row = self._conn.execute(
            f"SELECT {_COLUMNS} FROM meetings WHERE id = ?", (meeting_id,)
        ).fetchone()
        if row is None:
            return None
        attendees = [
            r[0]
            for r in self._conn.execute(
                "SELECT participant_id FROM meeting_attendees WHERE meeting_id ="
                " ? ORDER BY position",
                (meeting_id,),
            )
        ]
        return _meeting(row, attendees)

    def add(self, meeting: Meeting, position: int | None = None) -> None:
        with transaction(self._conn) as conn:
            if position is None:
                position = next_position(conn, "meetings")
            conn.execute(
                f"INSERT INTO meetings ({_COLUMNS}, position) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)",
                (*meeting_values(meeting), position),
            )
            self._write_attendees(conn, meeting)

    def update(self, meeting: Meeting) -> None:
        with transaction(self._conn) as conn:
            conn.execute(
                "UPDATE meetings SET title = ?, kind = ?, date = ?, start_time = ?, end_time = ?,"
                " location = ?, notes = ? WHERE id = ?",
                (*meeting_values(meeting)[1:], meeting.id),
            )
            conn.execute("DELETE FROM meeting_attendees WHERE meeting_id = ?", (meeting.id,))
            self._write_attendees(conn, meeting)

    def delete(self, meeting_id: str) -> RemovedMeeting:
        with transaction(self._conn) as conn:
            meeting = self.get(meeting_id)
            if meeting is None:
                raise KeyError(meeting_id)
            removed = RemovedMeeting(
                meeting=meeting,
                position=conn.execute(
                    "SELECT position FROM meetings WHERE id = ?", (meeting_id,)
                ).fetchone()[0],
                observations=load_observations(conn, "WHERE o.meeting_id = ?", (meeting_id,)).get(
                    meeting_id, []
                ),
                memos=[
                    (Memo(mid, text, about), pos)
                    for mid, text, about, pos in conn.execute(
                        "SELECT id, text, about, position FROM memos WHERE about = ?", (meeting_id,)
                    )
                ],
            )
            conn.execute("DELETE FROM memos WHERE about = ?", (meeting_id,))
            conn.execute("DELETE FROM meetings WHERE id = ?", (meeting_id,))
        return removed

    def restore(self, removed: RemovedMeeting) -> None:
        with transaction(self._conn) as conn:
            self.add(removed.meeting, removed.position)
            conn.executemany(
                "INSERT INTO observations (id, meeting_id, time, text, position,"
                " created_at, updated_at, ref)"
                " VALUES (?, ?, ?, ?, ?, ?, ?, ?)",
                (
                    (o.id, o.meeting, o.time, o.text, o.position, o.created, o.updated, o.ref)
                    for o in removed.observations
                ),
            )
            insert_children(conn, removed.observations)
            conn.executemany(
                "INSERT INTO memos (id, about, text, position) VALUES (?, ?, ?, ?)",
                ((m.id, m.about, m.text, pos) for m, pos in removed.memos),
            )

    @staticmethod
    def _write_attendees(conn: sqlite3.Connection, meeting: Meeting) -> None:
        conn.executemany(
            "INSERT INTO meeting_attendees (meeting_id, participant_id, position) VALUES (?, ?, ?)",
            ((meeting.id, pid, i) for i, pid in enumerate(meeting.attendees)),
        )


def _meeting(row: tuple, attendees: list[str]) -> Meeting:
    mid, title, kind, date, start, end, location, notes = row
    return Meeting(mid, title, kind, date, start, end, location, attendees, notes)


def meeting_values(m: Meeting) -> tuple[object, ...]:
    return (m.id, m.title, m.kind, m.date, m.start, m.end, m.location, m.notes)
