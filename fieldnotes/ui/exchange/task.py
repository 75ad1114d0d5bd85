"""One long step (an export, an import, a merge) on a pool thread, with progress and Cancel.

The step gets its own connection to the project (a worker never shares the window's),
reports progress through a signal, and polls ``cancelled``; whatever it raises arrives
as one ``failed`` line or as ``cancelled``, never as a silent end.
"""

from __future__ import annotations

import threading
from collections.abc import Callable

from PySide6.QtCore import QObject, QThreadPool, Signal

from fieldnotes.errors import Cancelled
from fieldnotes.store import Project
from fieldnotes.ui.workers import Job, failure_message

Progress = Callable[[int, int], None]
Step = Callable[[Project, Progress, Callable[[], bool]], object]


class BackgroundTask(QObject):
    progress = Signal(int, int)  # done, total
    finished = Signal(object)  # what the step returned
    failed = Signal(str)  # one line for the user
    cancelled = Signal()

    def __init__(self, project: Project, what: str, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._project = project
        self._what = what  # names the kind of work in the log, never project content
        self._pool = QThreadPool(self)
        self._pool.setMaxThreadCount(1)
        self._cancel = threading.Event()
        self.running = False
        self.last_error: BaseException | None = None  # for callers that handle one kind

    def start(self, step: Step, *, writes: bool) -> None:
        self._cancel.clear()
        self.running = True
        self.last_error = None
        self._pool.start(Job(self._run, step, writes, on_error=self._failed))

    def cancel(self) -> None:
        self._cancel.set()

    def wait(self) -> None:
        self._pool.waitForDone()

    def _run(self, step: Step, writes: bool) -> None:
        with self._project.reopen(read_only=not writes) as project:
            project.codes.wording = self._project.codes.wording
            result = step(project, self.progress.emit, self._cancel.is_set)
        self.running = False
        self.finished.emit(result)

    def _failed(self, exc: BaseException) -> None:
        self.running = False
        self.last_error = exc
        if isinstance(exc, Cancelled):
            self.cancelled.emit()
        else:
            self.failed.emit(failure_message(exc, self._what))
