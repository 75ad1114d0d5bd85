"""Memos and CAC questionnaire rounds, as stored, and their edits."""

from __future__ import annotations

import sqlite3
from collections import defaultdict
from collections.abc import Iterable
from dataclasses import dataclass

from fieldnotes.domain.models import CacResponse, CacRound, Memo, new_id
from fieldnotes.store.connection import transaction
from fieldnotes.store.rows import next_position


class MemoRepository:
    def __init__(self, conn: sqlite3.Connection) -> None:
        self._conn = conn

    def all(self) -> list[Memo]:
        rows = self._conn.execute("SELECT id, text, about FROM memos ORDER BY position")
        return [Memo(mid, text, about) for mid, text, about in rows]

    def about(self, target: str | None) -> Memo | None:
        """The memo about a meeting or code (None: about the study)."""
        row = self._conn.execute(
            "SELECT id, text, about FROM memos WHERE about IS ? ORDER BY position LIMIT 1",
            (target,),
        ).fetchone()
        return Memo(*row) if row else None

    def set_about(self, target: str | None, text: str) -> Memo | None:
        """Write (or, with empty text, remove) the memo about ``target``; return the old one."""
        old = self.about(target)
        with transaction(self._conn) as conn:
            if old is not None and not text.strip():
                conn.execute("DELETE FROM memos WHERE id = ?", (old.id,))
            elif old is not None:
                conn.execute("UPDATE memos SET text = ? WHERE id = ?", (text, old.id))
            elif text.strip():
                conn.execute(
                    "INSERT INTO memos (id, about, text, position) VALUES (?, ?, ?, ?)",
                    (new_id(), target, text, next_position(conn, "memos")),
                )
        return old


@dataclass
class RemovedRound:
    cac_round: CacRound
    position: int


class CacRoundRepository:
    def __init__(self, conn: sqlite3.Connection) -> None:
        self._conn = conn

    def all(self) -> list[CacRound]:
        scores: dict[int, dict[int, float]] = defaultdict(dict)
        for response_id, item, score in self._conn.execute(
            "SELECT response_id, item, score FROM cac_scores ORDER BY response_id, item"
        ):
            scores[response_id][item] = score
        responses: dict[str, list[CacResponse]] = defaultdict(list)
        for response_id, round_id, respondent in self._conn.execute(
            "SELECT id, round_id, respondent_id FROM cac_responses ORDER BY round_id, position"
        ):
            responses[round_id].append(CacResponse(respondent, scores.get(response_id, {})))
        rows = self._conn.execute("SELECT id, label, date FROM cac_rounds ORDER BY position")
        return [CacRound(rid, label, date, responses.get(rid, [])) for rid, label, date in rows]

    def get(self, round_id: str) -> CacRound | None:
        return next((r for r in self.all() if r.id == round_id), None)

    def add(self, cac_round: CacRound, position: int | None = None) -> None:
        with transaction(self._conn) as conn:
            if position is None:
                position = next_position(conn, "cac_rounds")
            conn.execute(
                "INSERT INTO cac_rounds (id, label, date, position) VALUES (?, ?, ?, ?)",
                (cac_round.id, cac_round.label, cac_round.date, position),
            )
            self._write_responses(conn, cac_round.id, cac_round.responses)

    def update(self, round_id: str, label: str, date: str | None) -> None:
        with transaction(self._conn) as conn:
            conn.execute(
                "UPDATE cac_rounds SET label = ?, date = ? WHERE id = ?", (label, date, round_id)
            )

    def delete(self, round_id: str) -> RemovedRound:
        cac_round = self.get(round_id)
        if cac_round is None:
            raise KeyError(round_id)
        with transaction(self._conn) as conn:
            position = conn.execute(
                "SELECT position FROM cac_rounds WHERE id = ?", (round_id,)
            ).fetchone()[0]
            conn.execute("DELETE FROM cac_rounds WHERE id = ?", (round_id,))
        return RemovedRound(cac_round, position)

    def restore(self, removed: RemovedRound) -> None:
        self.add(removed.cac_round, removed.position)

    def set_responses(self, round_id: str, responses: Iterable[CacResponse]) -> None:
        """Replace all of a round's answers (a grid edit, a CSV import, or undoing one)."""
        with transaction(self._conn) as conn:
            conn.execute("DELETE FROM cac_responses WHERE round_id = ?", (round_id,))
            self._write_responses(conn, round_id, list(responses))

    @staticmethod
    def _write_responses(
        conn: sqlite3.Connection, round_id: str, responses: list[CacResponse]
    ) -> None:
        for position, response in enumerate(responses):
            cursor = conn.execute(
                "INSERT INTO cac_responses (round_id, respondent_id, position) VALUES (?, ?, ?)",
                (round_id, response.respondent, position),
            )
            conn.executemany(
                "INSERT INTO cac_scores (response_id, item, score) VALUES (?, ?, ?)",
                ((cursor.lastrowid, item, score) for item, score in response.scores.items()),
            )
