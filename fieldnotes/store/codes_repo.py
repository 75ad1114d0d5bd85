"""The codebook: the locked CAC framework and the user's themes, as one tree."""

from __future__ import annotations

import sqlite3
from dataclasses import dataclass, field

from fieldnotes.domain.models import Code
from fieldnotes.store.connection import transaction
from fieldnotes.store.rows import next_position


class LockedCodeError(ValueError):
    """The CAC framework codes cannot be changed or removed."""


@dataclass
class RemovedTheme:
    code: Code
    position: int
    children: list[str] = field(default_factory=list)
    tags: list[tuple[str, int]] = field(default_factory=list)  # (observation, position)


class CodeRepository:
    def __init__(self, conn: sqlite3.Connection) -> None:
        self._conn = conn

    def all(self) -> list[Code]:
        """All codes, the locked CAC framework first, each group in stored order."""
        rows = self._conn.execute(
            "SELECT id, name, parent_id, description, color, locked FROM codes "
            "ORDER BY locked DESC, position"
        )
        return [_code(row) for row in rows]

    def themes(self) -> list[Code]:
        return [code for code in self.all() if not code.locked]

    def get(self, code_id: str) -> Code | None:
        row = self._conn.execute(
            "SELECT id, name, parent_id, description, color, locked FROM codes WHERE id = ?",
            (code_id,),
        ).fetchone()
        return _code(row) if row else None

    def add_theme(self, code: Code, position: int | None = None) -> None:
        if code.id.startswith("cac:"):
            raise LockedCodeError(code.id)
        with transaction(self._conn) as conn:
            if position is None:
                position = next_position(conn, "codes")
            conn.execute(
                "INSERT INTO codes (id, name, parent_id, description, color, locked, position)"
                " VALUES (?, ?, ?, ?, ?, 0, ?)",
                (code.id, code.name, code.parent, code.description, code.color, position),
            )

    def delete_theme(self, code_id: str) -> RemovedTheme:
        """Remove a theme; its sub-themes move up to its parent, tags with it go."""
        with transaction(self._conn) as conn:
            code = self.get(code_id)
            if code is None:
                raise KeyError(code_id)
            if code.locked:
                raise LockedCodeError(code_id)
            removed = RemovedTheme(
                code=code,
                position=conn.execute(
                    "SELECT position FROM codes WHERE id = ?", (code_id,)
                ).fetchone()[0],
                children=[
                    r[0]
                    for r in conn.execute("SELECT id FROM codes WHERE parent_id = ?", (code_id,))
                ],
                tags=conn.execute(
                    "SELECT observation_id, position FROM observation_codes WHERE code_id = ?",
                    (code_id,),
                ).fetchall(),
            )
            conn.execute(
                "UPDATE codes SET parent_id = ? WHERE parent_id = ?", (code.parent, code_id)
            )
            conn.execute("DELETE FROM codes WHERE id = ?", (code_id,))
        return removed

    def restore_theme(self, removed: RemovedTheme) -> None:
        with transaction(self._conn) as conn:
            self.add_theme(removed.code, removed.position)
            conn.executemany(
                "UPDATE codes SET parent_id = ? WHERE id = ?",
                ((removed.code.id, c) for c in removed.children),
            )
            conn.executemany(
                "INSERT OR IGNORE INTO observation_codes (observation_id,"
                " code_id, position) VALUES (?, ?, ?)",
                ((oid, removed.code.id, pos) for oid, pos in removed.tags),
            )


def _code(row: tuple) -> Code:  # type: ignore[type-arg]
    cid, name, parent, description, color, locked = row
    return Code(cid, name, parent, description, color, bool(locked))
