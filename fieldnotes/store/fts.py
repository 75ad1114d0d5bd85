"""The full-text index over observations, kept in step by triggers.

One FTS5 row per observation (same rowid), with three weighted columns: the
observation's text, its quotes (as recorded and original), and its context (the
meeting's title and notes and the memos about that meeting). Triggers update it inside
the same transaction as every edit, so it cannot go stale; a bulk import drops them,
inserts, and rebuilds the index in one statement instead (several times faster).
"""

from __future__ import annotations

import sqlite3
from collections.abc import Iterator
from contextlib import contextmanager

TOKENIZER = "unicode61 remove_diacritics 2"
# bm25 weights for (text, quotes, context): a word in the note itself counts most.
WEIGHTS = (10.0, 5.0, 1.0)

_QUOTES = (
    "coalesce((SELECT group_concat(q.text || ' ' || coalesce(q.original_text, ''), ' ') "
    "FROM quotes q WHERE q.observation_id = {oid}), '')"
)
_CONTEXT = (
    "coalesce((SELECT m.title || ' ' || m.notes || "
    "coalesce((SELECT ' ' || group_concat(n.text, ' ') FROM memos n WHERE n.about = m.id), '') "
    "FROM meetings m WHERE m.id = {mid}), '')"
)
_ROWID_OF = "(SELECT rowid FROM observations WHERE id = {oid})"
_ROWS_OF_MEETING = "(SELECT rowid FROM observations WHERE meeting_id = {mid})"


def _set_quotes(oid: str) -> str:
    return (
        f"UPDATE observation_fts SET quotes = {_QUOTES.format(oid=oid)} "
        f"WHERE rowid = {_ROWID_OF.format(oid=oid)};"
    )


def _set_context(mid: str) -> str:
    return (
        f"UPDATE observation_fts SET context = {_CONTEXT.format(mid=mid)} "
        f"WHERE rowid IN {_ROWS_OF_MEETING.format(mid=mid)};"
    )


TRIGGERS = {
    "observation_fts_insert": f"""
        CREATE TRIGGER observation_fts_insert AFTER INSERT ON observations BEGIN
            INSERT INTO observation_fts (rowid, text, quotes, context)
            VALUES (new.rowid, new.text, {_QUOTES.format(oid="new.id")},
                    {_CONTEXT.format(mid="new.meeting_id")});
        END""",
    "observation_fts_update": f"""
        CREATE TRIGGER observation_fts_update AFTER UPDATE OF text, meeting_id ON observations
        BEGIN
            UPDATE observation_fts SET text = new.text,
                context = {_CONTEXT.format(mid="new.meeting_id")}
            WHERE rowid = new.rowid;
        END""",
    "observation_fts_delete": """
        CREATE TRIGGER observation_fts_delete AFTER DELETE ON observations BEGIN
            DELETE FROM observation_fts WHERE rowid = old.rowid;
        END""",
    "quote_fts_insert": f"""
        CREATE TRIGGER quote_fts_insert AFTER INSERT ON quotes BEGIN
            {_set_quotes("new.observation_id")}
        END""",
    "quote_fts_update": f"""
        CREATE TRIGGER quote_fts_update AFTER UPDATE ON quotes BEGIN
            {_set_quotes("old.observation_id")}
            {_set_quotes("new.observation_id")}
        END""",
    "quote_fts_delete": f"""
        CREATE TRIGGER quote_fts_delete AFTER DELETE ON quotes BEGIN
            {_set_quotes("old.observation_id")}
        END""",
    "meeting_fts_update": f"""
        CREATE TRIGGER meeting_fts_update AFTER UPDATE OF title, notes ON meetings BEGIN
            {_set_context("new.id")}
        END""",
    "memo_fts_insert": f"""
        CREATE TRIGGER memo_fts_insert AFTER INSERT ON memos BEGIN
            {_set_context("new.about")}
        END""",
    "memo_fts_update": f"""
        CREATE TRIGGER memo_fts_update AFTER UPDATE ON memos BEGIN
            {_set_context("old.about")}
            {_set_context("new.about")}
        END""",
    "memo_fts_delete": f"""
        CREATE TRIGGER memo_fts_delete AFTER DELETE ON memos BEGIN
            {_set_context("old.about")}
        END""",
}


def create(conn: sqlite3.Connection) -> None:
    """Create the index and its triggers, and fill it from what is already there."""
    conn.execute(
        "CREATE VIRTUAL TABLE observation_fts USING fts5("
        f"text, quotes, context, tokenize = '{TOKENIZER}')"
    )
    conn.execute("CREATE INDEX IF NOT EXISTS memos_by_about ON memos(about)")
    _create_triggers(conn)
    rebuild(conn)


def rebuild(conn: sqlite3.Connection) -> None:
    """Refill the whole index in one statement (after a bulk load, or to repair it)."""
    conn.execute("DELETE FROM observation_fts")
    conn.execute(
        "INSERT INTO observation_fts (rowid, text, quotes, context) "
        f"SELECT o.rowid, o.text, {_QUOTES.format(oid='o.id')}, "
        f"{_CONTEXT.format(mid='o.meeting_id')} FROM observations o"
    )


@contextmanager
def bulk_load(conn: sqlite3.Connection) -> Iterator[None]:
    """Inside an open transaction: write without triggers, then rebuild the index once."""
    assert conn.in_transaction, "bulk_load must run inside the import's transaction"
    for name in TRIGGERS:
        conn.execute(f"DROP TRIGGER {name}")
    yield
    _create_triggers(conn)
    rebuild(conn)


def _create_triggers(conn: sqlite3.Connection) -> None:
    for ddl in TRIGGERS.values():
        conn.execute(ddl)
