"""Small query helpers shared by the repositories."""

from __future__ import annotations

import sqlite3
from collections import defaultdict
from collections.abc import Sequence


def grouped(
    conn: sqlite3.Connection, sql: str, params: Sequence[object] = ()
) -> dict[str, list[str]]:
    """Rows of (key, value) collected into lists per key, in row order."""
    result: dict[str, list[str]] = defaultdict(list)
    for key, value in conn.execute(sql, params):
        result[key].append(value)
    return result


def next_position(
    conn: sqlite3.Connection, table: str, where: str = "", params: Sequence[object] = ()
) -> int:
    sql = f"SELECT coalesce(max(position), -1) + 1 FROM {table} {where}"
    return int(conn.execute(sql, params).fetchone()[0])


def shift_positions(
    conn: sqlite3.Connection, table: str, scope: str, scope_value: str, from_position: int, by: int
) -> None:
    """Open (``by=1``) or close (``by=-1``) a gap in one ordered list."""
    conn.execute(
        f"UPDATE {table} SET position = position + ? WHERE {scope} = ? AND position >= ?",
        (by, scope_value, from_position),
    )
