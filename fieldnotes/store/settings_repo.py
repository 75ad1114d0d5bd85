"""Settings that belong to one project file, not to the user's machine.

The member-check document language travels with the project (a team shares the file),
so it is stored here rather than in the app's preferences.
"""

from __future__ import annotations

import sqlite3

from fieldnotes.store.connection import transaction

DOCUMENT_LANGUAGE = "document_language"
RESEARCHER = "researcher"
EXAMPLE = "example"


class SettingsRepository:
    def __init__(self, conn: sqlite3.Connection) -> None:
        self._conn = conn

    def get(self, key: str) -> str | None:
        row = self._conn.execute("SELECT value FROM settings WHERE key = ?", (key,)).fetchone()
        return row[0] if row else None

    def set(self, key: str, value: str | None) -> None:
        """Store ``value`` (None removes the setting, so the default applies again)."""
        with transaction(self._conn) as conn:
            if value is None:
                conn.execute("DELETE FROM settings WHERE key = ?", (key,))
            else:
                conn.execute(
                    "INSERT INTO settings (key, value) VALUES (?, ?) "
                    "ON CONFLICT (key) DO UPDATE SET value = excluded.value",
                    (key, value),
                )

    @property
    def document_language(self) -> str | None:
        """The member-check document's language ("nl", "en"); None: the interface's."""
        return self.get(DOCUMENT_LANGUAGE)

    @document_language.setter
    def document_language(self, language: str | None) -> None:
        self.set(DOCUMENT_LANGUAGE, language)

    @property
    def researcher(self) -> str | None:
        """Who edits this copy of the project (Preferences); marks merged material."""
        return self.get(RESEARCHER)

    @researcher.setter
    def researcher(self, name: str | None) -> None:
        self.set(RESEARCHER, name.strip() or None if name is not None else None)

    @property
    def is_example(self) -> bool:
        """Whether this file is a copy of the fictional example study (set when it is made),
        so the app says so however the file is opened."""
        return self.get(EXAMPLE) == "1"

    @is_example.setter
    def is_example(self, example: bool) -> None:
        self.set(EXAMPLE, "1" if example else None)
