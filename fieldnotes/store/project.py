"""The project API: one open project file, read as domain objects.

Callers get dataclasses, never rows or SQL. Writes live in sibling modules
(``merge`` for interchange imports) and all run inside :meth:`Project.transaction`.
"""

from __future__ import annotations

import logging
import sqlite3
from collections import defaultdict
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

from fieldnotes.domain.document import ProjectData
from fieldnotes.domain.models import (
    CacResponse,
    CacRound,
    Code,
    Consent,
    Feedback,
    Meeting,
    Memo,
    Observation,
    Participant,
    Quote,
    Study,
)
from fieldnotes.store import connection
from fieldnotes.store.merge import merge_project_data

logger = logging.getLogger(__name__)


class Project:
    """An open fieldnotes project file. Close it (or use ``with``) when done."""

    def __init__(self, path: Path, conn: sqlite3.Connection, *, is_new: bool) -> None:
        self.path = path
        self.conn = conn
        self.is_new = is_new

    @classmethod
    def open(cls, path: Path | str, *, create: bool = True) -> Project:
        path = Path(path)
        conn, is_new = connection.open_connection(path, create=create)
        logger.info("opened project %s (new=%s)", path, is_new)
        return cls(path, conn, is_new=is_new)

    def close(self) -> None:
        self.conn.close()

    def __enter__(self) -> Project:
        return self

    def __exit__(self, *exc_info: object) -> None:
        self.close()

    @contextmanager
    def transaction(self, *, write: bool = True) -> Iterator[sqlite3.Connection]:
        with connection.transaction(self.conn, write=write) as conn:
            yield conn

    # -- study and people ------------------------------------------------------------

    def study(self) -> Study:
        title, description = self.conn.execute(
            "SELECT title, description FROM study WHERE id = 1"
        ).fetchone()
        return Study(title, description)

    def participants(self) -> list[Participant]:
        rows = self.conn.execute(
            "SELECT id, pseudonym, role, organisation, real_name, consent_status, "
            "consent_date, consent_note FROM participants ORDER BY position"
        )
        return [
            Participant(pid, pseudonym, role, org, real, Consent(status, date, note))
            for pid, pseudonym, role, org, real, status, date, note in rows
        ]

    # -- codebook --------------------------------------------------------------------

    def codes(self) -> list[Code]:
        """All codes, the locked CAC framework first, each group in stored order."""
        rows = self.conn.execute(
            "SELECT id, name, parent_id, description, color, locked FROM codes "
            "ORDER BY locked DESC, position"
        )
        return [
            Code(cid, name, parent, desc, color, bool(locked))
            for cid, name, parent, desc, color, locked in rows
        ]

    def themes(self) -> list[Code]:
        return [code for code in self.codes() if not code.locked]

    # -- meetings and observations ---------------------------------------------------

    def meetings(self, *, newest_first: bool = False) -> list[Meeting]:
        order = "date DESC, start_time DESC, position DESC" if newest_first else "position"
        rows = self.conn.execute(
            "SELECT id, title, kind, date, start_time, end_time, location, notes "
            f"FROM meetings ORDER BY {order}"
        ).fetchall()
        attendees = self._grouped(
            "SELECT meeting_id, participant_id FROM meeting_attendees ORDER BY meeting_id, position"
        )
        return [
            Meeting(mid, title, kind, date, start, end, location, attendees.get(mid, []), notes)
            for mid, title, kind, date, start, end, location, notes in rows
        ]

    def meeting(self, meeting_id: str) -> Meeting | None:
        return next((m for m in self.meetings() if m.id == meeting_id), None)

    def observations(self, meeting_id: str) -> list[Observation]:
        """The meeting's observations in order, with their codes, quotes and feedback."""
        return self._load_observations("WHERE o.meeting_id = ?", (meeting_id,)).get(meeting_id, [])

    def all_observations(self) -> dict[str, list[Observation]]:
        """Every observation grouped by meeting id, meetings in stored order."""
        return self._load_observations("", ())

    def observation_count(self) -> int:
        return int(self.conn.execute("SELECT count(*) FROM observations").fetchone()[0])

    def _load_observations(
        self, where: str, params: tuple[str, ...]
    ) -> dict[str, list[Observation]]:
        scope = f"SELECT o.id FROM observations o {where}"
        codes = self._grouped(
            "SELECT observation_id, code_id FROM observation_codes "
            f"WHERE observation_id IN ({scope}) ORDER BY observation_id, position",
            params,
        )
        quotes: dict[str, list[Quote]] = defaultdict(list)
        for oid, qid, text, speaker, original, language in self.conn.execute(
            "SELECT observation_id, id, text, speaker_id, original_text, language FROM quotes "
            f"WHERE observation_id IN ({scope}) ORDER BY observation_id, position",
            params,
        ):
            quotes[oid].append(Quote(qid, text, speaker, original, language))
        feedback: dict[str, list[Feedback]] = defaultdict(list)
        for oid, participant, verdict, comment, received in self.conn.execute(
            "SELECT observation_id, participant_id, verdict, comment, received FROM feedback "
            f"WHERE observation_id IN ({scope}) ORDER BY observation_id, position",
            params,
        ):
            feedback[oid].append(Feedback(participant, verdict, comment, received))
        grouped: dict[str, list[Observation]] = {}
        for oid, mid, time, text, position, created, updated in self.conn.execute(
            "SELECT o.id, o.meeting_id, o.time, o.text, o.position, o.created_at, o.updated_at "
            f"FROM observations o JOIN meetings m ON m.id = o.meeting_id {where} "
            "ORDER BY m.position, o.position",
            params,
        ):
            grouped.setdefault(mid, []).append(
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
                )
            )
        return grouped

    # -- memos and CAC rounds --------------------------------------------------------

    def memos(self) -> list[Memo]:
        rows = self.conn.execute("SELECT id, text, about FROM memos ORDER BY position")
        return [Memo(mid, text, about) for mid, text, about in rows]

    def cac_rounds(self) -> list[CacRound]:
        scores: dict[int, dict[int, float]] = defaultdict(dict)
        for response_id, item, score in self.conn.execute(
            "SELECT response_id, item, score FROM cac_scores ORDER BY response_id, item"
        ):
            scores[response_id][item] = score
        responses: dict[str, list[CacResponse]] = defaultdict(list)
        for response_id, round_id, respondent in self.conn.execute(
            "SELECT id, round_id, respondent_id FROM cac_responses ORDER BY round_id, position"
        ):
            responses[round_id].append(CacResponse(respondent, scores.get(response_id, {})))
        rows = self.conn.execute("SELECT id, label, date FROM cac_rounds ORDER BY position")
        return [CacRound(rid, label, date, responses.get(rid, [])) for rid, label, date in rows]

    # -- whole project ---------------------------------------------------------------

    def snapshot(self) -> ProjectData:
        """The whole project as plain data, read in one consistent transaction."""
        with self.transaction(write=False):
            return ProjectData(
                study=self.study(),
                participants=self.participants(),
                codes=self.themes(),
                meetings=self.meetings(),
                observations=self.all_observations(),
                memos=self.memos(),
                cac_rounds=self.cac_rounds(),
            )

    def merge(self, data: ProjectData) -> None:
        """Merge validated data (see :mod:`fieldnotes.store.merge`) all or nothing."""
        with self.transaction() as conn:
            merge_project_data(conn, data)

    def ids(self, table: str) -> set[str]:
        """Existing ids in one of the id-keyed tables (used to resolve references)."""
        if table not in _ID_TABLES:
            raise ValueError(f"not an id table: {table}")
        return {row[0] for row in self.conn.execute(f"SELECT id FROM {table}")}

    def _grouped(self, sql: str, params: tuple[str, ...] = ()) -> dict[str, list[str]]:
        grouped: dict[str, list[str]] = defaultdict(list)
        for key, value in self.conn.execute(sql, params):
            grouped[key].append(value)
        return grouped


_ID_TABLES = frozenset(
    {"participants", "codes", "meetings", "observations", "quotes", "memos", "cac_rounds"}
)
