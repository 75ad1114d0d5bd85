"""Full-text search with filters, shared by the GUI and the command line.

The text goes to FTS5 as typed, so words, "phrases", prefix*, AND/OR/NOT all work; a
query FTS5 cannot parse (an unbalanced quote, a stray operator) is searched again as
plain words, never reported as an error. Ranking is bm25, best first; with no text the
hits come in meeting date and time order.
"""

from __future__ import annotations

import json
import re
import sqlite3
from collections.abc import Callable, Iterator, Sequence
from contextlib import contextmanager
from typing import TypeVar

from fieldnotes.domain.search import SavedSearch, SearchFilters, SearchHit
from fieldnotes.store.connection import transaction
from fieldnotes.store.fts import WEIGHTS
from fieldnotes.store.rows import grouped, next_position
from fieldnotes.store.search_bounds import (
    MAX_TERMS,
    TIME_LIMIT,
    check_terms,
    hit_limit,
    time_limit,
)

__all__ = ["MAX_TERMS", "TIME_LIMIT", "SearchRepository", "plain_words"]

T = TypeVar("T")
SNIPPET_TOKENS = 14
_SNIPPET = "snippet(observation_fts, -1, ?, ?, '…', ?)"
_RANK = f"bm25(observation_fts, {', '.join(map(str, WEIGHTS))})"
_CHUNK = 500  # ids per IN (...) list, well under SQLite's bound-parameter limit
PLAIN_SNIPPET_CHARS = 160
_WORD = re.compile(r"\w+\*?")
_CHRONOLOGICAL = "m.date IS NULL, m.date, m.start_time, m.position, o.position"
_SUBTREE = (
    "WITH RECURSIVE sub(id) AS "
    "(SELECT ? UNION SELECT c.id FROM codes c JOIN sub ON c.parent_id = sub.id) "
    "SELECT id FROM sub"
)


def plain_words(query: str) -> str:
    """The query as an AND of quoted words (keeping a trailing * as a prefix search)."""
    terms = []
    for token in _WORD.findall(query):
        word, star = (token[:-1], "*") if token.endswith("*") else (token, "")
        if word:
            terms.append(f'"{word}"{star}')
    return " ".join(terms)


def _filter_sql(filters: SearchFilters) -> tuple[list[str], list[object]]:
    clauses: list[str] = []
    params: list[object] = []
    for code in filters.codes:
        clauses.append(
            "o.id IN (SELECT oc.observation_id FROM observation_codes oc "
            f"WHERE oc.code_id IN ({_SUBTREE}))"
        )
        params.append(code)
    simple = (
        ("o.meeting_id = ?", filters.meeting),
        ("m.kind = ?", filters.meeting_kind),
        ("m.date >= ?", filters.date_from),
        ("m.date <= ?", filters.date_to),
        (
            "EXISTS (SELECT 1 FROM quotes q WHERE q.observation_id = o.id AND q.speaker_id = ?)",
            filters.speaker,
        ),
        (
            "EXISTS (SELECT 1 FROM quotes q JOIN participants p ON p.id = q.speaker_id "
            "WHERE q.observation_id = o.id AND p.role = ?)",
            filters.speaker_role,
        ),
        (
            "EXISTS (SELECT 1 FROM feedback f WHERE f.observation_id = o.id AND f.verdict = ?)",
            filters.verdict,
        ),
        ("o.created_by = ?", filters.researcher),
        (
            "EXISTS (SELECT 1 FROM actions a WHERE a.observation_id = o.id AND a.owner_id = ?)",
            filters.action_owner,
        ),
        (
            "EXISTS (SELECT 1 FROM observation_speakers s "
            "WHERE s.observation_id = o.id AND s.participant_id = ?)",
            filters.spoke,
        ),
    )
    for clause, value in simple:
        if value:
            clauses.append(clause)
            params.append(value)
    if filters.action == "any":
        clauses.append("EXISTS (SELECT 1 FROM actions a WHERE a.observation_id = o.id)")
    elif filters.action:
        clauses.append(
            "EXISTS (SELECT 1 FROM actions a WHERE a.observation_id = o.id AND a.status = ?)"
        )
        params.append(filters.action)
    if filters.has_quotes:
        clauses.append("EXISTS (SELECT 1 FROM quotes q WHERE q.observation_id = o.id)")
    if filters.has_feedback:
        clauses.append("EXISTS (SELECT 1 FROM feedback f WHERE f.observation_id = o.id)")
    return clauses, params


def _with_fallback(query: str, run: Callable[[str], T]) -> tuple[str, T] | None:
    """Run with the query as FTS5 syntax; if FTS5 cannot parse it, with its plain words."""
    try:
        return query, run(query)
    except sqlite3.OperationalError as exc:
        if "interrupted" in str(exc):
            raise
    plain = plain_words(query)
    return (plain, run(plain)) if plain else None


class SearchRepository:
    def __init__(self, conn: sqlite3.Connection) -> None:
        self._conn = conn

    def search(
        self,
        query: str,
        filters: SearchFilters | None = None,
        *,
        limit: int | None = 50,
        markers: tuple[str, str] = ("[", "]"),
        time_limit: float | None = TIME_LIMIT,
    ) -> list[SearchHit]:
        """Hits for ``query`` under ``filters``: best first, or chronological without text.

        Raises:
            SearchTooLarge: more than ``MAX_TERMS`` terms.
            SearchTimedOut: it ran past ``time_limit`` seconds.
        """
        with self._bounded(query, time_limit):
            return self._search(query, filters or SearchFilters(), limit, markers)

    @contextmanager
    def _bounded(self, query: str, seconds: float | None) -> Iterator[None]:
        check_terms(query)
        with time_limit(self._conn, seconds):
            yield

    def _search(
        self, query: str, filters: SearchFilters, limit: int | None, markers: tuple[str, str]
    ) -> list[SearchHit]:
        if not query.strip():
            return self._chronological(filters, limit)
        clauses, params = _filter_sql(filters)
        where = "".join(f" AND {clause}" for clause in clauses)

        def ranked(match: str) -> list[tuple[object, ...]]:
            # SQLite's sorter keeps the best rows; the snippet is only worked out for the
            # rows that survive the LIMIT. Without filters the index is queried alone and
            # the few hits are looked up afterwards (joining every match costs more).
            if not clauses:
                found = self._conn.execute(
                    f"SELECT rowid, {_SNIPPET} FROM observation_fts WHERE observation_fts MATCH ? "
                    f"ORDER BY {_RANK} LIMIT {hit_limit(limit)}",
                    [*markers, SNIPPET_TOKENS, match],
                ).fetchall()
                return self._with_details(found)
            return self._conn.execute(
                f"SELECT o.id, o.meeting_id, o.time, m.title, m.date, {_SNIPPET} "
                "FROM observation_fts JOIN observations o ON o.rowid = observation_fts.rowid "
                "JOIN meetings m ON m.id = o.meeting_id "
                f"WHERE observation_fts MATCH ?{where} "
                f"ORDER BY {_RANK} LIMIT {hit_limit(limit)}",
                [*markers, SNIPPET_TOKENS, match, *params],
            ).fetchall()

        found = _with_fallback(query, ranked)
        return [] if found is None else self._hits(found[1])

    def _with_details(self, found: list[tuple[int, str]]) -> list[tuple[object, ...]]:
        """(rowid, snippet) rows as (id, meeting, time, title, date, snippet), in order."""
        details: dict[int, tuple[object, ...]] = {}
        rowids = [rowid for rowid, _ in found]
        for start in range(0, len(rowids), _CHUNK):
            chunk = rowids[start : start + _CHUNK]
            marks = ",".join("?" * len(chunk))
            for rowid, *row in self._conn.execute(
                "SELECT o.rowid, o.id, o.meeting_id, o.time, m.title, m.date FROM observations o "
                f"JOIN meetings m ON m.id = o.meeting_id WHERE o.rowid IN ({marks})",
                chunk,
            ):
                details[rowid] = tuple(row)
        return [(*details[rowid], snippet) for rowid, snippet in found if rowid in details]

    def count(
        self,
        query: str,
        filters: SearchFilters | None = None,
        *,
        time_limit: float | None = TIME_LIMIT,
    ) -> int:
        """How many observations ``query`` finds; bounded as :meth:`search` is."""
        with self._bounded(query, time_limit):
            return self._count(query, filters or SearchFilters())

    def _count(self, query: str, filters: SearchFilters) -> int:
        clauses, params = _filter_sql(filters)
        if not query.strip():
            where = " WHERE " + " AND ".join(clauses) if clauses else ""
            sql = (
                f"SELECT count(*) FROM observations o JOIN meetings m ON m.id = o.meeting_id{where}"
            )
            return int(self._conn.execute(sql, params).fetchone()[0])
        where = "".join(f" AND {clause}" for clause in clauses)

        def counted(match: str) -> int:
            return int(
                self._conn.execute(
                    "SELECT count(*) FROM observation_fts "
                    "JOIN observations o ON o.rowid = observation_fts.rowid "
                    f"JOIN meetings m ON m.id = o.meeting_id WHERE observation_fts MATCH ?{where}",
                    [match, *params],
                ).fetchone()[0]
            )

        found = _with_fallback(query, counted)
        return 0 if found is None else found[1]

    def _chronological(self, filters: SearchFilters, limit: int | None) -> list[SearchHit]:
        clauses, params = _filter_sql(filters)
        where = " WHERE " + " AND ".join(clauses) if clauses else ""
        rows = self._conn.execute(
            "SELECT o.id, o.meeting_id, o.time, m.title, m.date, "
            f"substr(o.text, 1, {PLAIN_SNIPPET_CHARS + 1}) FROM observations o "
            f"JOIN meetings m ON m.id = o.meeting_id{where} ORDER BY {_CHRONOLOGICAL} "
            f"LIMIT {hit_limit(limit)}",
            params,
        ).fetchall()
        return self._hits(
            [
                (
                    *row[:5],
                    row[5]
                    if len(row[5]) <= PLAIN_SNIPPET_CHARS
                    else row[5][:PLAIN_SNIPPET_CHARS] + "…",
                )
                for row in rows
            ]
        )

    def _hits(self, rows: Sequence[tuple[object, ...]]) -> list[SearchHit]:
        """Hits from (id, meeting, time, title, date, snippet) rows, with their tags."""
        ids = [str(row[0]) for row in rows]
        codes: dict[str, list[str]] = {}
        for start in range(0, len(ids), _CHUNK):
            chunk = ids[start : start + _CHUNK]
            codes.update(
                grouped(
                    self._conn,
                    "SELECT observation_id, code_id FROM observation_codes "
                    f"WHERE observation_id IN ({','.join('?' * len(chunk))}) "
                    "ORDER BY observation_id, position",
                    chunk,
                )
            )
        return [
            SearchHit(
                str(oid),
                str(mid),
                str(snippet),
                str(title),
                None if date is None else str(date),
                None if time is None else str(time),
                tuple(codes.get(str(oid), [])),
            )
            for oid, mid, time, title, date, snippet in rows
        ]

    # -- saved searches --------------------------------------------------------------

    def saved(self) -> list[SavedSearch]:
        rows = self._conn.execute(
            "SELECT id, name, query, filters FROM saved_searches ORDER BY position"
        )
        return [
            SavedSearch(sid, name, query, SearchFilters.from_dict(json.loads(raw)))
            for sid, name, query, raw in rows
        ]

    def save(self, search: SavedSearch) -> None:
        with transaction(self._conn) as conn:
            conn.execute(
                "INSERT INTO saved_searches (id, name, query, filters, position) "
                "VALUES (?, ?, ?, ?, ?) "
                "ON CONFLICT(id) DO UPDATE SET name = excluded.name, query = excluded.query, "
                "filters = excluded.filters",
                (
                    search.id,
                    search.name,
                    search.query,
                    json.dumps(search.filters.to_dict()),
                    next_position(conn, "saved_searches"),
                ),
            )

    def delete_saved(self, search_id: str) -> SavedSearch | None:
        found = next((s for s in self.saved() if s.id == search_id), None)
        with transaction(self._conn) as conn:
            conn.execute("DELETE FROM saved_searches WHERE id = ?", (search_id,))
        return found
