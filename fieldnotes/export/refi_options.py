"""What a REFI-QDA project export covers, and the checks on where it goes.

The choices are those of the member-check summary (see :mod:`fieldnotes.export.selection`):
meetings, a period, and codes that every exported observation must carry.
"""

from __future__ import annotations

import os
from dataclasses import dataclass, field
from pathlib import Path

from fieldnotes.errors import QT_TRANSLATE_NOOP, Cancelled, OutputError

# Files SQLite keeps beside a project while it is open.
_PROJECT_SIDECARS = ("", "-wal", "-shm", "-journal")


@dataclass
class RefiSelection:
    meetings: list[str] = field(default_factory=list)  # empty: all (within the dates)
    date_from: str | None = None  # YYYY-MM-DD, inclusive
    date_to: str | None = None
    codes: list[str] = field(default_factory=list)  # observations must carry all of them


class RefiExportCancelled(Cancelled):
    """The user cancelled a REFI-QDA export; nothing was written."""


def refuse_project_as_output(out_path: Path, project_path: Path) -> None:
    """Writing the export over the project file (or a file SQLite keeps beside it) would
    destroy the project: refuse before anything is written."""
    target = _resolved(out_path)
    for suffix in _PROJECT_SIDECARS:
        if target == _resolved(Path(f"{project_path}{suffix}")):
            raise OutputError(
                QT_TRANSLATE_NOOP("Errors", "Cannot write {path}: it is the project file itself."),
                path=out_path,
            )


def _resolved(path: Path) -> Path:
    try:
        return Path(os.path.realpath(path))
    except OSError:
        return path.absolute()
