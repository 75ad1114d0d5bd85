"""The recently opened projects, newest first, kept in QSettings."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QSettings

KEY = "recent_projects"
LIMIT = 8


class RecentProjects:
    def __init__(self, settings: QSettings) -> None:
        self._settings = settings

    def paths(self) -> list[Path]:
        raw = self._settings.value(KEY) or []
        if isinstance(raw, str):
            raw = [raw]
        return [Path(p) for p in raw if Path(p).exists()]

    def add(self, path: Path) -> None:
        resolved = str(path.resolve())
        others = [str(p) for p in self.paths() if str(p) != resolved]
        self._settings.setValue(KEY, [resolved, *others][:LIMIT])
