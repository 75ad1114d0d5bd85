"""Automatic backups while a project is open: one on opening, then at most every 10 minutes
of editing, each taken off the GUI thread so typing never waits for it.

Each backup is preceded by SQLite's quick check of the project (it reads every page, as
the backup does). A damaged project is never backed up, so rotation can never push its
good backups out with damaged ones; the window hears of it through ``damaged`` instead.
"""

from __future__ import annotations

import contextlib
import logging
import time
from pathlib import Path

from PySide6.QtCore import QObject, QRunnable, QThreadPool, QTimer, Signal

from fieldnotes.store import Project
from fieldnotes.store.backup import AUTOMATIC_INTERVAL, BackupInfo, check_file, make_backup
from fieldnotes.ui.hub import ProjectHub

logger = logging.getLogger(__name__)


class BackupScheduler(QObject):
    made = Signal(object)  # BackupInfo
    failed = Signal(str)  # the cause, for the status bar
    damaged = Signal(str)  # the check's first finding: the project file is damaged

    def __init__(
        self,
        hub: ProjectHub,
        parent: QObject | None = None,
        *,
        interval_s: float = AUTOMATIC_INTERVAL.total_seconds(),
        root: Path | None = None,
    ) -> None:
        super().__init__(parent)
        self._project: Project = hub.project
        self._interval_s = interval_s
        self._root = root
        self._last: float | None = None
        self._pool = QThreadPool(self)
        self._pool.setMaxThreadCount(1)
        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.timeout.connect(self.backup_now)
        hub.saved.connect(self._on_edit)

    def start(self) -> None:
        """Back up the project as it was opened."""
        self.backup_now()

    def backup_now(self) -> None:
        self._last = time.monotonic()
        self._pool.start(_BackupJob(self, self._project.path, self._project.passphrase, self._root))

    def wait(self) -> None:
        self._timer.stop()
        self._pool.waitForDone()

    def _on_edit(self) -> None:
        if self._timer.isActive():
            return
        since = time.monotonic() - (self._last or 0.0)
        self._timer.start(int(max(0.0, self._interval_s - since) * 1000))


class _BackupJob(QRunnable):
    def __init__(
        self, scheduler: BackupScheduler, path: Path, passphrase: str | None, root: Path | None
    ) -> None:
        super().__init__()
        self._scheduler = scheduler
        self._args = (path, passphrase)
        self._root = root

    def run(self) -> None:
        try:
            findings = check_file(*self._args, quick=True)
            if findings:
                with contextlib.suppress(RuntimeError):
                    self._scheduler.damaged.emit(findings[0])
                return
            info: BackupInfo = make_backup(*self._args, root=self._root)
        except Exception as exc:  # a failed backup must never take the app down
            logger.warning("automatic backup failed: %s", type(exc).__name__)
            self._emit_failed(exc)
            return
        with contextlib.suppress(RuntimeError):  # the window closed meanwhile
            self._scheduler.made.emit(info)

    def _emit_failed(self, exc: Exception) -> None:
        from fieldnotes.errors import FieldnotesError
        from fieldnotes.ui.error_text import error_text

        text = error_text(exc) if isinstance(exc, FieldnotesError) else type(exc).__name__
        with contextlib.suppress(RuntimeError):
            self._scheduler.failed.emit(text)
