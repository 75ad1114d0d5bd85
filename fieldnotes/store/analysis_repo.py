"""Memos and CAC questionnaire rounds, as stored."""

from __future__ import annotations

import sqlite3
from collections import defaultdict

from fieldnotes.domain.models import CacResponse, CacRound, Memo


class MemoRepository:
    def __init__(self, conn: sqlite3.Connection) -> None:
        self._conn = conn

    def all(self) -> list[Memo]:
        rows = self._conn.execute("SELECT id, text, about FROM memos ORDER BY position")
        return [Memo(mid, text, about) for mid, text, about in rows]


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
