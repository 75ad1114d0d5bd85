"""The codebook: the locked CAC framework and the user's themes, as one tree."""

from __future__ import annotations

import sqlite3
from dataclasses import dataclass, field

from fieldnotes.domain.cac import CAC_PREFIX, CacWording
from fieldnotes.domain.code_tree import ancestors
from fieldnotes.domain.models import Code
from fieldnotes.errors import QT_TRANSLATE_NOOP, FieldnotesError
from fieldnotes.store.connection import transaction
from fieldnotes.store.rows import next_position

_COLUMNS = "id, name, parent_id, description, color, locked, origin"


class LockedCodeError(ValueError):
    """The CAC framework codes cannot be changed or removed."""


@dataclass
class RemovedTheme:
    code: Code
    position: int
    children: list[str] = field(default_factory=list)
    tags: list[tuple[str, int]] = field(default_factory=list)  # (observation, position)


class CodeTreeError(FieldnotesError, ValueError):
    """A change would break the codebook tree (a loop, or a theme under a CAC code)."""


@dataclass
class MergedTheme:
    removed: RemovedTheme
    target: str
    added_to_target: list[str] = field(default_factory=list)


class CodeRepository:
    def __init__(self, conn: sqlite3.Connection) -> None:
        self._conn = conn
        # Framework codes are stored with the English reference wording; reads show them
        # in this wording (the interface language plus the team's own texts).
        self.wording: CacWording | None = None

    def all(self) -> list[Code]:
        """All codes, the locked CAC framework first, each group in stored order."""
        rows = self._conn.execute(f"SELECT {_COLUMNS} FROM codes ORDER BY locked DESC, position")
        return [self._shown(_code(row)) for row in rows]

    def _shown(self, code: Code) -> Code:
        return self.wording.localize(code) if self.wording is not None else code

    def themes(self) -> list[Code]:
        return [code for code in self.all() if not code.locked]

    def get(self, code_id: str) -> Code | None:
        row = self._conn.execute(
            f"SELECT {_COLUMNS} FROM codes WHERE id = ?",
            (code_id,),
        ).fetchone()
        return self._shown(_code(row)) if row else None

    def add_theme(self, code: Code, position: int | None = None) -> None:
        if code.id.startswith(CAC_PREFIX):
            raise LockedCodeError(code.id)
        with transaction(self._conn) as conn:
            if position is None:
                position = next_position(conn, "codes")
            conn.execute(
                "INSERT INTO codes (id, name, parent_id, description, color, locked, position,"
                " origin) VALUES (?, ?, ?, ?, ?, 0, ?, ?)",
                (
                    code.id,
                    code.name,
                    code.parent,
                    code.description,
                    code.color,
                    position,
                    code.origin,
                ),
            )

    def update_theme(self, code: Code) -> None:
        """Rename, describe, colour, re-nest or re-classify a theme."""
        current = self.get(code.id)
        if current is None:
            raise KeyError(code.id)
        if current.locked:
            raise LockedCodeError(code.id)
        self.check_parent(code.id, code.parent)
        with transaction(self._conn) as conn:
            conn.execute(
                "UPDATE codes SET name = ?, parent_id = ?, description = ?, color = ?, origin = ?"
                " WHERE id = ?",
                (code.name, code.parent, code.description, code.color, code.origin, code.id),
            )

    def check_parent(self, code_id: str, parent_id: str | None) -> None:
        """Raise CodeTreeError unless ``code_id`` may be nested under ``parent_id``."""
        if parent_id is None:
            return
        parent = self.get(parent_id)
        if parent is None or parent.locked:
            raise CodeTreeError(
                QT_TRANSLATE_NOOP("Errors", "A theme can only be nested under another theme.")
            )
        if code_id in self.ancestors(parent_id):
            raise CodeTreeError(
                QT_TRANSLATE_NOOP(
                    "Errors", "A theme cannot be nested inside itself or its own sub-themes."
                )
            )

    def check_merge(self, source_id: str, target_id: str) -> None:
        """Raise CodeTreeError unless theme ``source_id`` may be merged into ``target_id``."""
        source, target = self.get(source_id), self.get(target_id)
        if source is None or source.locked or target is None or target.locked:
            raise CodeTreeError(
                QT_TRANSLATE_NOOP(
                    "Errors", "Only a theme can be merged, and only into another theme."
                )
            )
        if source_id == target_id:
            raise CodeTreeError(
                QT_TRANSLATE_NOOP("Errors", "A theme cannot be merged into itself.")
            )
        if source_id in self.ancestors(target_id):
            raise CodeTreeError(
                QT_TRANSLATE_NOOP(
                    "Errors", "A theme cannot be merged into one of its own sub-themes."
                )
            )

    def ancestors(self, code_id: str) -> list[str]:
        """The code and every code above it."""
        return ancestors(code_id, self.parents())

    def parents(self) -> dict[str, str | None]:
        return dict(self._conn.execute("SELECT id, parent_id FROM codes").fetchall())

    def tag_rows(self) -> list[tuple[str, str, str]]:
        """Every (observation, meeting, code) link, for counts and the matrix."""
        return self._conn.execute(
            "SELECT oc.observation_id, o.meeting_id, oc.code_id FROM observation_codes oc "
            "JOIN observations o ON o.id = oc.observation_id"
        ).fetchall()

    def merge_theme(self, source_id: str, target_id: str) -> MergedTheme:
        """Retag the source's observations with the target, move its sub-themes, drop it."""
        self.check_merge(source_id, target_id)
        with transaction(self._conn) as conn:
            already = {
                row[0]
                for row in conn.execute(
                    "SELECT observation_id FROM observation_codes WHERE code_id = ?", (target_id,)
                )
            }
            removed = self.delete_theme(source_id)
            conn.executemany(
                "INSERT OR IGNORE INTO observation_codes (observation_id, code_id, position)"
                " VALUES (?, ?, ?)",
                ((oid, target_id, pos) for oid, pos in removed.tags),
            )
            conn.executemany(
                "UPDATE codes SET parent_id = ? WHERE id = ?",
                ((target_id, child) for child in removed.children),
            )
        added = [oid for oid, _ in removed.tags if oid not in already]
        return MergedTheme(removed, target_id, added)

    def unmerge_theme(self, merged: MergedTheme) -> None:
        with transaction(self._conn) as conn:
            conn.executemany(
                "DELETE FROM observation_codes WHERE observation_id = ? AND code_id = ?",
                ((oid, merged.target) for oid in merged.added_to_target),
            )
            self.restore_theme(merged.removed)

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


def _code(row: tuple) -> Code:
    cid, name, parent, description, color, locked, origin = row
    return Code(cid, name, parent, description, color, bool(locked), origin)
