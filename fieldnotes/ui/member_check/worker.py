"""Member-check export off the GUI thread: plan first (to show its name replacements),
then write, with progress and Cancel. Each step opens its own connection."""

from __future__ import annotations

import threading
from pathlib import Path

from PySide6.QtCore import QObject, QRunnable, QThreadPool, Signal

from fieldnotes.errors import FieldnotesError
from fieldnotes.export.member_check_docx import ExportCancelled, write_member_check
from fieldnotes.export.member_check_plan import (
    MemberCheckOptions,
    MemberCheckPlan,
    plan_member_check,
)
from fieldnotes.store import Project
from fieldnotes.ui.error_text import error_text


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
        self._pool.start(_Job(self._plan, options))

    def write(self, plan: MemberCheckPlan, path: Path) -> None:
        self._cancel.clear()
        self._pool.start(_Job(self._write, plan, path))

    def cancel(self) -> None:
        self._cancel.set()

    def wait(self) -> None:
        self._pool.waitForDone()

    def _plan(self, options: MemberCheckOptions) -> None:
        try:
            with self._project.reopen() as project:
                self.planned.emit(plan_member_check(project, options))
        except FieldnotesError as exc:
            self.failed.emit(error_text(exc))

    def _write(self, plan: MemberCheckPlan, path: Path) -> None:
        try:
            write_member_check(
                plan, path, lambda done, total: self.progress.emit(done, total), self._cancel.is_set
            )
        except ExportCancelled:
            self.cancelled.emit()
        except FieldnotesError as exc:
            self.failed.emit(error_text(exc))
        else:
            self.finished.emit(str(path))


class _Job(QRunnable):
    def __init__(self, step: object, *args: object) -> None:
        super().__init__()
        self._step = step
        self._args = args

    def run(self) -> None:
        self._step(*self._args)  # type: ignore[operator]
