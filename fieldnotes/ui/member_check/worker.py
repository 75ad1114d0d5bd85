"""Member-check export off the GUI thread: plan first (to show its name replacements),
then write, with progress and Cancel. Each step opens its own connection."""

from __future__ import annotations

import threading
from pathlib import Path

from PySide6.QtCore import QObject, QThreadPool, Signal

from fieldnotes.export.member_check_docx import ExportCancelled, write_member_check
from fieldnotes.export.member_check_plan import (
    MemberCheckOptions,
    MemberCheckPlan,
    plan_member_check,
)
from fieldnotes.store import Project
from fieldnotes.ui.workers import Job, failure_message


class MemberCheckExporter(QObject):
    planned = Signal(object)  # MemberCheckPlan
    progress = Signal(int, int)  # done, total
    finished = Signal(str)  # the written path
    failed = Signal(str)  # a message for the user
    cancelled = Signal()

    def __init__(self, project: Project, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._project = project
        self._pool = QThreadPool(self)
        self._pool.setMaxThreadCount(1)
        self._cancel = threading.Event()

    def plan(self, options: MemberCheckOptions) -> None:
        self._pool.start(Job(self._plan, options, on_error=self._plan_failed))

    def write(self, plan: MemberCheckPlan, path: Path) -> None:
        self._cancel.clear()
        self._pool.start(Job(self._write, plan, path, on_error=self._write_failed))

    def cancel(self) -> None:
        self._cancel.set()

    def wait(self) -> None:
        self._pool.waitForDone()

    def _plan(self, options: MemberCheckOptions) -> None:
        with self._project.reopen() as project:
            self.planned.emit(plan_member_check(project, options))

    def _plan_failed(self, exc: BaseException) -> None:
        self.failed.emit(failure_message(exc, "member-check plan"))

    def _write(self, plan: MemberCheckPlan, path: Path) -> None:
        write_member_check(
            plan, path, lambda done, total: self.progress.emit(done, total), self._cancel.is_set
        )
        self.finished.emit(str(path))

    def _write_failed(self, exc: BaseException) -> None:
        if isinstance(exc, ExportCancelled):
            self.cancelled.emit()
        else:
            self.failed.emit(failure_message(exc, "member-check document"))
