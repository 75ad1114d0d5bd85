"""File > Save a copy as…: the whole project into a new file, for going on elsewhere.

The way out of a read-only project (a file on a read-only share, a folder without write
permission), and a plain copy any other time. The store copies with SQLite's online
backup, consistent even while another program writes; that runs on a pool thread
(a large project takes seconds) while a busy indicator keeps the window painted.
"""

from __future__ import annotations

import logging
from pathlib import Path

from PySide6.QtCore import (
    QCoreApplication,
    QEventLoop,
    QObject,
    QSettings,
    Qt,
    QThreadPool,
    Signal,
)
from PySide6.QtWidgets import QMessageBox, QProgressDialog, QWidget

from fieldnotes.store import Project
from fieldnotes.ui.file_places import ask_save_path
from fieldnotes.ui.hub import ProjectHub
from fieldnotes.ui.window_view import WindowView
from fieldnotes.ui.workers import Job, failure_message
from fieldnotes.ui.write_guard import WriteGuard

logger = logging.getLogger(__name__)


class CopyController(QObject):
    """File › Save a copy as… for one window: the copy is then opened in its place."""

    copy_saved = Signal(str)  # a full copy of this project: open it (same passphrase)

    def __init__(
        self,
        hub: ProjectHub,
        guard: WriteGuard,
        parent: QWidget,
        view: WindowView,
        settings: QSettings,
    ) -> None:
        super().__init__(parent)
        self._settings = settings
        self._hub = hub
        self._guard = guard
        self._parent = parent
        self._view = view

    def save_copy(self, destination: Path | None = None) -> Path | None:
        """Write the whole project to a new file and open that (a read-only way out)."""
        self._view.flush_text()
        copy = save_copy_as(self._parent, self._hub.project, destination, settings=self._settings)
        if copy is not None:
            self._guard.hand_over(copy)  # unsaved text goes with the copy, offered when it opens
            self.copy_saved.emit(str(copy))
        return copy


def ask_destination(parent: QWidget | None, project: Project, settings: QSettings) -> Path | None:
    """The new file's name from a save dialog; an existing file is refused, not replaced."""
    from fieldnotes.ui.file_places import project_filter

    suggested = project.path.stem + QCoreApplication.translate("SaveCopy", " (copy)")
    return ask_save_path(
        parent,
        settings,
        "projects",
        QCoreApplication.translate("SaveCopy", "Save a copy as"),
        suggested + ".fieldnotes",
        project_filter(),
        [".fieldnotes"],
        confirm_overwrite=False,
    )


def save_copy_as(
    parent: QWidget | None,
    project: Project,
    destination: Path | None = None,
    *,
    settings: QSettings,
) -> Path | None:
    """Copy ``project`` to ``destination`` (asked for when None); the copy, or None.

    The store refuses a destination that exists (the project itself included), so a
    copy never replaces anything; the refusal is shown like any other failure.
    """
    destination = destination or ask_destination(parent, project, settings)
    if destination is None:
        return None
    error = _copy_in_background(parent, project, destination)
    if error is not None:
        QMessageBox.critical(
            parent, QCoreApplication.translate("SaveCopy", "Save a copy as"), error
        )
        return None
    return destination


class _Copy(QObject):
    done = Signal(str)  # "" when it worked, else the message for the user


def _copy_in_background(parent: QWidget | None, project: Project, destination: Path) -> str | None:
    from fieldnotes.store.backup import copy_project

    result: list[str] = []
    signals = _Copy()
    loop = QEventLoop()
    signals.done.connect(result.append)
    signals.done.connect(loop.quit)
    busy = QProgressDialog(
        QCoreApplication.translate("SaveCopy", "Copying the project…"), "", 0, 0, parent
    )
    busy.setCancelButton(None)  # a half-made copy is removed by the store; no need to stop
    busy.setWindowModality(Qt.WindowModality.WindowModal)
    busy.setMinimumDuration(300)

    def copy() -> None:
        copy_project(project.path, destination, project.passphrase)
        signals.done.emit("")

    def failed(exc: BaseException) -> None:
        signals.done.emit(failure_message(exc, "project copy"))

    pool = QThreadPool()
    pool.start(Job(copy, on_error=failed))
    if not result:
        loop.exec()
    pool.waitForDone()
    busy.reset()
    return result[0] or None
