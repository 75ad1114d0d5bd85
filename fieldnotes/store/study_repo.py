"""The study's title and description (one row per project)."""

from __future__ import annotations

import sqlite3

from fieldnotes.domain.models import Study
from fieldnotes.store.connection import transaction


class StudyRepository:
    def __init__(self, conn: sqlite3.Connection) -> None:
        self._conn = conn

    def get(self) -> Study:
        title, description = self._conn.execute(
            "SELECT title, description FROM study WHERE id = 1"
        ).fetchone()
        return Study(title, description)

    def update(self, study: Study) -> None:
        with transaction(self._conn) as conn:
            conn.execute(
                "UPDATE study SET title = ?, description = ? WHERE id = 1",
                (study.title, study.description),
            )
