"""Participants: pseudonyms, roles, consent, and the private real name."""

from __future__ import annotations

import sqlite3
from dataclasses import dataclass, field

from fieldnotes.domain.models import Consent, Participant
from fieldnotes.store.connection import transaction
from fieldnotes.store.rows import next_position

_COLUMNS = (
    "id, pseudonym, role, organisation, real_name, consent_status, consent_date, consent_note"
)


@dataclass
class RemovedParticipant:
    """What deleting a participant took away, so undo can put it all back."""

    participant: Participant
    position: int
    attendance: list[tuple[str, int]] = field(default_factory=list)  # (meeting, position)
    quotes: list[str] = field(default_factory=list)  # quote ids they were the speaker of
    feedback: list[int] = field(default_factory=list)
    responses: list[int] = field(default_factory=list)
    spoke: list[tuple[str, int]] = field(default_factory=list)  # (observation, position)
    owned: list[str] = field(default_factory=list)  # observations whose action they own


class ParticipantRepository:
    def __init__(self, conn: sqlite3.Connection) -> None:
        self._conn = conn

    def all(self) -> list[Participant]:
        rows = self._conn.execute(f"SELECT {_COLUMNS} FROM participants ORDER BY position")
        return [_participant(row) for row in rows]

    def get(self, participant_id: str) -> Participant | None:
        row = self._conn.execute(
            f"SELECT {_COLUMNS} FROM participants WHERE id = ?", (participant_id,)
        ).fetchone()
        return _participant(row) if row else None

    def add(self, participant: Participant, position: int | None = None) -> None:
        with transaction(self._conn) as conn:
            if position is None:
                position = next_position(conn, "participants")
            conn.execute(
                f"INSERT INTO participants ({_COLUMNS}, position) VALUES (?, ?,"
                f" ?, ?, ?, ?, ?, ?, ?)",
                (*participant_values(participant), position),
            )

    def update(self, participant: Participant) -> None:
        with transaction(self._conn) as conn:
            conn.execute(
                "UPDATE participants SET pseudonym = ?, role = ?, organisation = ?, real_name = ?,"
                " consent_status = ?, consent_date = ?, consent_note = ? WHERE id = ?",
                (*participant_values(participant)[1:], participant.id),
            )

    def delete(self, participant_id: str) -> RemovedParticipant:
        with transaction(self._conn) as conn:
            participant = self.get(participant_id)
            if participant is None:
                raise KeyError(participant_id)
            removed = RemovedParticipant(
                participant=participant,
                position=conn.execute(
                    "SELECT position FROM participants WHERE id = ?", (participant_id,)
                ).fetchone()[0],
                attendance=conn.execute(
                    "SELECT meeting_id, position FROM meeting_attendees WHERE participant_id = ?",
                    (participant_id,),
                ).fetchall(),
                quotes=[
                    r[0]
                    for r in conn.execute(
                        "SELECT id FROM quotes WHERE speaker_id = ?", (participant_id,)
                    )
                ],
                feedback=[
                    r[0]
                    for r in conn.execute(
                        "SELECT id FROM feedback WHERE participant_id = ?", (participant_id,)
                    )
                ],
                responses=[
                    r[0]
                    for r in conn.execute(
                        "SELECT id FROM cac_responses WHERE respondent_id = ?", (participant_id,)
                    )
                ],
                spoke=conn.execute(
                    "SELECT observation_id, position FROM observation_speakers"
                    " WHERE participant_id = ?",
                    (participant_id,),
                ).fetchall(),
                owned=[
                    r[0]
                    for r in conn.execute(
                        "SELECT observation_id FROM actions WHERE owner_id = ?", (participant_id,)
                    )
                ],
            )
            conn.execute("DELETE FROM participants WHERE id = ?", (participant_id,))
        return removed

    def restore(self, removed: RemovedParticipant) -> None:
        pid = removed.participant.id
        with transaction(self._conn) as conn:
            self.add(removed.participant, removed.position)
            conn.executemany(
                "INSERT INTO meeting_attendees (meeting_id, participant_id,"
                " position) VALUES (?, ?, ?)",
                ((mid, pid, pos) for mid, pos in removed.attendance),
            )
            conn.executemany(
                "UPDATE quotes SET speaker_id = ? WHERE id = ?", ((pid, q) for q in removed.quotes)
            )
            conn.executemany(
                "UPDATE feedback SET participant_id = ? WHERE id = ?",
                ((pid, f) for f in removed.feedback),
            )
            conn.executemany(
                "UPDATE cac_responses SET respondent_id = ? WHERE id = ?",
                ((pid, r) for r in removed.responses),
            )
            conn.executemany(
                "INSERT INTO observation_speakers (observation_id, participant_id, position)"
                " VALUES (?, ?, ?)",
                ((oid, pid, pos) for oid, pos in removed.spoke),
            )
            conn.executemany(
                "UPDATE actions SET owner_id = ? WHERE observation_id = ?",
                ((pid, oid) for oid in removed.owned),
            )


def _participant(row: tuple) -> Participant:
    pid, pseudonym, role, org, real, status, date, note = row
    return Participant(pid, pseudonym, role, org, real, Consent(status, date, note))


def participant_values(p: Participant) -> tuple[object, ...]:
    return (
        p.id,
        p.pseudonym,
        p.role,
        p.organisation,
        p.real_name,
        p.consent.status,
        p.consent.date,
        p.consent.note,
    )
