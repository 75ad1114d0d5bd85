"""Observations with their tags, quotes and feedback: reading one meeting, and every edit.

Each write is one transaction and bumps ``updated_at``; deletes return everything they
removed so undo can restore it exactly, at the same position.
"""

from __future__ import annotations

import json
import sqlite3
from collections import defaultdict
from collections.abc import Iterable, Sequence

from fieldnotes.domain.models import Action, Feedback, Observation, Quote, StatusChange
from fieldnotes.store.clock import utc_now
from fieldnotes.store.connection import transaction
from fieldnotes.store.rows import grouped, next_position, shift_positions

MAX_REF = 2**63 - 1  # SQLite's largest integer


class ObservationRepository:
    def __init__(self, conn: sqlite3.Connection) -> None:
        self._conn = conn

    # -- reading ---------------------------------------------------------------------

    def for_meeting(self, meeting_id: str) -> list[Observation]:
        """The meeting's observations in order, with their codes, quotes and feedback."""
        return load_observations(self._conn, "WHERE o.meeting_id = ?", (meeting_id,)).get(
            meeting_id, []
        )

    def all_grouped(self) -> dict[str, list[Observation]]:
        """Every observation grouped by meeting id, meetings in stored order."""
        return load_observations(self._conn, "", ())

    def get(self, observation_id: str) -> Observation | None:
        found = load_observations(self._conn, "WHERE o.id = ?", (observation_id,))
        return next((items[0] for items in found.values()), None)

    def owners(self) -> tuple[dict[str, str], dict[str, str]]:
        """Each observation's meeting and each quote's observation, by id.

        An import checks these so that a file never moves a child away from its parent.
        """
        meetings = dict(self._conn.execute("SELECT id, meeting_id FROM observations"))
        quotes = dict(self._conn.execute("SELECT id, observation_id FROM quotes"))
        return meetings, quotes

    def researchers(self) -> list[str]:
        """The distinct authors of observations (merged material), for the search filter."""
        return [
            row[0]
            for row in self._conn.execute(
                "SELECT DISTINCT created_by FROM observations WHERE created_by IS NOT NULL"
                " ORDER BY created_by COLLATE NOCASE, created_by"
            )
        ]

    def by_ref(self, ref: int) -> Observation | None:
        if not 0 < ref <= MAX_REF:  # not a number SQLite can hold, so none of ours
            return None
        row = self._conn.execute("SELECT id FROM observations WHERE ref = ?", (ref,)).fetchone()
        return self.get(row[0]) if row else None

    def add_feedback(self, observation_id: str, feedback: Feedback) -> int:
        """Append a member-check answer; returns its row id (for :meth:`remove_feedback`)."""
        with transaction(self._conn) as conn:
            cursor = conn.execute(
                "INSERT INTO feedback (observation_id, participant_id, verdict, comment, received,"
                " verdict_text, position) VALUES (?, ?, ?, ?, ?, ?, ?)",
                (
                    observation_id,
                    feedback.participant,
                    feedback.verdict,
                    feedback.comment,
                    feedback.received,
                    feedback.verdict_text,
                    next_position(conn, "feedback", "WHERE observation_id = ?", (observation_id,)),
                ),
            )
        assert cursor.lastrowid is not None
        return cursor.lastrowid

    def remove_feedback(self, feedback_ids: Iterable[int]) -> None:
        """Remove exactly these answers (undoing an import); unknown ids are ignored."""
        with transaction(self._conn) as conn:
            conn.executemany("DELETE FROM feedback WHERE id = ?", ((i,) for i in feedback_ids))

    def count(self, meeting_id: str | None = None) -> int:
        if meeting_id is None:
            return int(self._conn.execute("SELECT count(*) FROM observations").fetchone()[0])
        return int(
            self._conn.execute(
                "SELECT count(*) FROM observations WHERE meeting_id = ?", (meeting_id,)
            ).fetchone()[0]
        )

    def position_of(self, observation_id: str) -> int:
        row = self._conn.execute(
            "SELECT position FROM observations WHERE id = ?", (observation_id,)
        ).fetchone()
        if row is None:
            raise KeyError(observation_id)
        return int(row[0])

    # -- observations ----------------------------------------------------------------

    def add(self, observation: Observation, position: int | None = None) -> Observation:
        """Insert at ``position`` (default: the end of its meeting); returns it as stored."""
        now = utc_now()
        with transaction(self._conn) as conn:
            end = next_position(
                conn, "observations", "WHERE meeting_id = ?", (observation.meeting,)
            )
            position = end if position is None else min(position, end)
            if position < end:
                shift_positions(
                    conn, "observations", "meeting_id", observation.meeting, position, 1
                )
            conn.execute(
                "INSERT INTO observations (id, meeting_id, time, text, position,"
                " created_at, updated_at, ref)"
                " VALUES (?, ?, ?, ?, ?, ?, ?, ?)",
                (
                    observation.id,
                    observation.meeting,
                    observation.time,
                    observation.text,
                    position,
                    observation.created or now,
                    observation.updated or now,
                    observation.ref,
                ),
            )
            insert_children(conn, [observation])
        stored = self.get(observation.id)
        assert stored is not None
        return stored

    def update_text(self, observation_id: str, text: str) -> None:
        self._update(observation_id, "text", text)

    def update_time(self, observation_id: str, time: str | None) -> None:
        self._update(observation_id, "time", time)

    def _update(self, observation_id: str, column: str, value: str | None) -> None:
        with transaction(self._conn) as conn:
            conn.execute(
                f"UPDATE observations SET {column} = ?, updated_at = ? WHERE id = ?",
                (value, utc_now(), observation_id),
            )

    def delete(self, observation_id: str) -> tuple[Observation, int]:
        """Remove it with its tags, quotes and feedback; return them and its position."""
        with transaction(self._conn) as conn:
            observation = self.get(observation_id)
            if observation is None:
                raise KeyError(observation_id)
            position = self.position_of(observation_id)
            conn.execute("DELETE FROM observations WHERE id = ?", (observation_id,))
            shift_positions(
                conn, "observations", "meeting_id", observation.meeting, position + 1, -1
            )
        return observation, position

    def restore(self, observation: Observation, position: int) -> None:
        self.add(observation, position)

    def move(self, observation_id: str, to_position: int) -> None:
        """Move within its meeting so that it ends up at ``to_position``."""
        with transaction(self._conn) as conn:
            meeting_id = conn.execute(
                "SELECT meeting_id FROM observations WHERE id = ?", (observation_id,)
            ).fetchone()[0]
            ids = [
                r[0]
                for r in conn.execute(
                    "SELECT id FROM observations WHERE meeting_id = ? ORDER BY position",
                    (meeting_id,),
                )
            ]
            ids.remove(observation_id)
            ids.insert(max(0, min(to_position, len(ids))), observation_id)
            conn.executemany(
                "UPDATE observations SET position = ? WHERE id = ?",
                ((i, oid) for i, oid in enumerate(ids)),
            )

    # -- tags ------------------------------------------------------------------------

    def set_codes(self, observation_id: str, codes: Sequence[str]) -> None:
        with transaction(self._conn) as conn:
            conn.execute(
                "DELETE FROM observation_codes WHERE observation_id = ?", (observation_id,)
            )
            conn.executemany(
                "INSERT INTO observation_codes (observation_id, code_id,"
                " position) VALUES (?, ?, ?)",
                ((observation_id, code, i) for i, code in enumerate(codes)),
            )
            conn.execute(
                "UPDATE observations SET updated_at = ? WHERE id = ?", (utc_now(), observation_id)
            )

    # -- who spoke, and what was agreed ------------------------------------------------

    def set_speakers(self, observation_id: str, speakers: Sequence[str]) -> None:
        """Who spoke or acted, in the order given (participant ids, each once)."""
        with transaction(self._conn) as conn:
            conn.execute(
                "DELETE FROM observation_speakers WHERE observation_id = ?", (observation_id,)
            )
            conn.executemany(
                "INSERT INTO observation_speakers (observation_id, participant_id, position)"
                " VALUES (?, ?, ?)",
                ((observation_id, pid, i) for i, pid in enumerate(dict.fromkeys(speakers))),
            )
            conn.execute(
                "UPDATE observations SET updated_at = ? WHERE id = ?", (utc_now(), observation_id)
            )

    def set_action(self, observation_id: str, action: Action | None) -> None:
        """Mark the observation as an agreement or action (None: no longer one)."""
        with transaction(self._conn) as conn:
            conn.execute("DELETE FROM actions WHERE observation_id = ?", (observation_id,))
            if action is not None:
                conn.execute(
                    "INSERT INTO actions (observation_id, owner_id, due, status, history)"
                    " VALUES (?, ?, ?, ?, ?)",
                    action_row(observation_id, action),
                )
            conn.execute(
                "UPDATE observations SET updated_at = ? WHERE id = ?", (utc_now(), observation_id)
            )

    # -- quotes ----------------------------------------------------------------------

    def add_quote(self, observation_id: str, quote: Quote, position: int | None = None) -> None:
        with transaction(self._conn) as conn:
            end = next_position(conn, "quotes", "WHERE observation_id = ?", (observation_id,))
            position = end if position is None else min(position, end)
            if position < end:
                shift_positions(conn, "quotes", "observation_id", observation_id, position, 1)
            conn.execute(
                "INSERT INTO quotes (id, observation_id, speaker_id, text,"
                " original_text, language, position)"
                " VALUES (?, ?, ?, ?, ?, ?, ?)",
                (
                    quote.id,
                    observation_id,
                    quote.speaker,
                    quote.text,
                    quote.original_text,
                    quote.language,
                    position,
                ),
            )
            conn.execute(
                "UPDATE observations SET updated_at = ? WHERE id = ?", (utc_now(), observation_id)
            )

    def update_quote(self, quote: Quote) -> None:
        with transaction(self._conn) as conn:
            conn.execute(
                "UPDATE quotes SET speaker_id = ?, text = ?, original_text = ?,"
                " language = ? WHERE id = ?",
                (quote.speaker, quote.text, quote.original_text, quote.language, quote.id),
            )

    def delete_quote(self, quote_id: str) -> tuple[str, Quote, int]:
        with transaction(self._conn) as conn:
            row = conn.execute(
                "SELECT observation_id, position, speaker_id, text,"
                " original_text, language FROM quotes WHERE id = ?",
                (quote_id,),
            ).fetchone()
            if row is None:
                raise KeyError(quote_id)
            observation_id, position, speaker, text, original, language = row
            conn.execute("DELETE FROM quotes WHERE id = ?", (quote_id,))
            shift_positions(conn, "quotes", "observation_id", observation_id, position + 1, -1)
        return observation_id, Quote(quote_id, text, speaker, original, language), position


def insert_children(conn: sqlite3.Connection, observations: Iterable[Observation]) -> None:
    """Insert the tags, quotes and feedback of observations whose own rows exist."""
    observations = list(observations)
    conn.executemany(
        "INSERT INTO observation_codes (observation_id, code_id, position) VALUES (?, ?, ?)",
        ((o.id, code, i) for o in observations for i, code in enumerate(o.codes)),
    )
    conn.executemany(
        "INSERT INTO quotes (id, observation_id, speaker_id, text, original_text, language,"
        " position) VALUES (?, ?, ?, ?, ?, ?, ?)"
        " ON CONFLICT(id) DO UPDATE SET observation_id = excluded.observation_id,"
        " speaker_id = excluded.speaker_id, text = excluded.text,"
        " original_text = excluded.original_text, language = excluded.language,"
        " position = excluded.position",
        (
            (q.id, o.id, q.speaker, q.text, q.original_text, q.language, i)
            for o in observations
            for i, q in enumerate(o.quotes)
        ),
    )
    conn.executemany(
        "INSERT INTO feedback (observation_id, participant_id, verdict, comment, received,"
        " verdict_text, position) VALUES (?, ?, ?, ?, ?, ?, ?)",
        (
            (o.id, f.participant, f.verdict, f.comment, f.received, f.verdict_text, i)
            for o in observations
            for i, f in enumerate(o.feedback)
        ),
    )
    conn.executemany(
        "INSERT INTO observation_speakers (observation_id, participant_id, position)"
        " VALUES (?, ?, ?)",
        ((o.id, pid, i) for o in observations for i, pid in enumerate(dict.fromkeys(o.speakers))),
    )
    conn.executemany(
        "INSERT INTO actions (observation_id, owner_id, due, status, history)"
        " VALUES (?, ?, ?, ?, ?)",
        (action_row(o.id, o.action) for o in observations if o.action is not None),
    )


def action_row(observation_id: str, action: Action) -> tuple[str, str | None, str | None, str, str]:
    history = json.dumps([[change.status, change.date] for change in action.history])
    return observation_id, action.owner, action.due, action.status, history


def action_from_row(owner: str | None, due: str | None, status: str, history: str) -> Action:
    changes = tuple(StatusChange(s, d) for s, d in json.loads(history or "[]"))
    return Action(status, owner, due, changes)


def load_observations(
    conn: sqlite3.Connection, where: str, params: tuple[str, ...]
) -> dict[str, list[Observation]]:
    """Observations matching ``where`` (on alias ``o``), grouped by meeting, in order."""
    scope = f"SELECT o.id FROM observations o {where}"
    codes = grouped(
        conn,
        "SELECT observation_id, code_id FROM observation_codes "
        f"WHERE observation_id IN ({scope}) ORDER BY observation_id, position",
        params,
    )
    quotes: dict[str, list[Quote]] = defaultdict(list)
    for oid, qid, text, speaker, original, language in conn.execute(
        "SELECT observation_id, id, text, speaker_id, original_text, language FROM quotes "
        f"WHERE observation_id IN ({scope}) ORDER BY observation_id, position",
        params,
    ):
        quotes[oid].append(Quote(qid, text, speaker, original, language))
    feedback: dict[str, list[Feedback]] = defaultdict(list)
    for oid, participant, verdict, comment, received, verdict_text in conn.execute(
        "SELECT observation_id, participant_id, verdict, comment, received, verdict_text"
        f" FROM feedback WHERE observation_id IN ({scope}) ORDER BY observation_id, position",
        params,
    ):
        feedback[oid].append(Feedback(participant, verdict, comment, received, verdict_text))
    speakers = grouped(
        conn,
        "SELECT observation_id, participant_id FROM observation_speakers "
        f"WHERE observation_id IN ({scope}) ORDER BY observation_id, position",
        params,
    )
    actions = {
        oid: action_from_row(owner, due, status, history)
        for oid, owner, due, status, history in conn.execute(
            "SELECT observation_id, owner_id, due, status, history FROM actions "
            f"WHERE observation_id IN ({scope})",
            params,
        )
    }
    result: dict[str, list[Observation]] = {}
    for (
        oid,
        mid,
        time,
        text,
        position,
        created,
        updated,
        ref,
        author,
        editor,
        edited,
    ) in conn.execute(
        "SELECT o.id, o.meeting_id, o.time, o.text, o.position, o.created_at, o.updated_at, o.ref,"
        " o.created_by, o.modified_by, o.modified_at "
        f"FROM observations o JOIN meetings m ON m.id = o.meeting_id {where} "
        "ORDER BY m.position, o.position",
        params,
    ):
        result.setdefault(mid, []).append(
            Observation(
                oid,
                mid,
                text,
                time,
                position,
                created,
                updated,
                codes.get(oid, []),
                quotes.get(oid, []),
                feedback.get(oid, []),
                ref,
                author,
                editor,
                edited,
                speakers.get(oid, []),
                actions.get(oid),
            )
        )
    return result
