"""Which project the app opens when it starts, and the last study worked in.

In order: the example (``--example``); the project named by ``--db`` or
``FIELDNOTES_DB``; the last study opened (never the example: it is not the user's);
the default project of earlier versions, which may hold real notes and keeps opening
as before; else nothing, and the welcome is shown. This runs on every start, so it
reads one setting and looks at two files, and imports nothing heavy.
"""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

from PySide6.QtCore import QSettings

LAST_PROJECT_KEY = "start/last_project"


@dataclass(frozen=True)
class StartChoice:
    """What to open: ``path``, the example, or (neither) the welcome."""

    path: Path | None = None
    example: bool = False
    remembered: bool = False  # ``path`` is the last study (or the old default), not asked for
    missing: Path | None = None  # the last study, no longer where it was

    @property
    def welcome(self) -> bool:
        return self.path is None and not self.example


def start_choice(settings: QSettings, explicit: Path | None, *, example: bool) -> StartChoice:
    if example:
        return StartChoice(example=True)
    if explicit is not None:
        return StartChoice(path=explicit)
    last = last_project(settings)
    if last is not None and last.exists():
        return StartChoice(path=last, remembered=True)
    from fieldnotes.paths import default_project_path

    legacy = default_project_path()
    if legacy.exists():
        return StartChoice(path=legacy, remembered=True)
    return StartChoice(missing=last)


def last_project(settings: QSettings) -> Path | None:
    value = settings.value(LAST_PROJECT_KEY)
    return Path(value) if isinstance(value, str) and value else None


def remember_last_project(settings: QSettings, path: Path) -> None:
    settings.setValue(LAST_PROJECT_KEY, str(path.resolve()))
