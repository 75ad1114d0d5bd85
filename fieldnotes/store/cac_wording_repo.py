"""A team's own wording of the CAC items and dimensions, per language."""

from __future__ import annotations

import sqlite3

from fieldnotes.store.connection import transaction


class CacWordingRepository:
    def __init__(self, conn: sqlite3.Connection) -> None:
        self._conn = conn

    def get(self, language: str) -> dict[str, str]:
        """Item number ("14") or dimension key ("relation") to the team's text."""
        rows = self._conn.execute(
            "SELECT key, text FROM cac_wording WHERE language = ? ORDER BY key", (language,)
        )
        return dict(rows.fetchall())

    def replace(self, language: str, wording: dict[str, str]) -> dict[str, str]:
        """Put ``wording`` in place of the language's wording; return the old one (for undo)."""
        with transaction(self._conn) as conn:
            old = self.get(language)
            conn.execute("DELETE FROM cac_wording WHERE language = ?", (language,))
            conn.executemany(
                "INSERT INTO cac_wording (language, key, text) VALUES (?, ?, ?)",
                ((language, key, text) for key, text in wording.items()),
            )
        return old
