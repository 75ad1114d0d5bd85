"""The File menu's exchange actions: REFI-QDA export and import, codebooks, merging.

Imports and merges run in the background on their own connection; the window's undo stack
gets one command that puts the whole project back (see ``commands/exchange.py``).
"""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path
from typing import TYPE_CHECKING, Any, cast

from PySide6.QtCore import QObject, QSettings, Qt
from PySide6.QtGui import QUndoStack
from PySide6.QtWidgets import QMainWindow, QMessageBox

from fieldnotes.store import Project
from fieldnotes.ui.file_places import (
    ask_open_path,
    ask_save_path,
)
from fieldnotes.ui.hub import ProjectHub

if TYPE_CHECKING:  # imported when first used: the window opens without them
    from fieldnotes.ui.commands.exchange import ReplacedContents
    from fieldnotes.ui.exchange.task import BackgroundTask, Progress

Work = Callable[[Project, "Progress", Callable[[], bool]], object]


class ExchangeController(QObject):
    def __init__(
        self,
        window: QMainWindow,
        hub: ProjectHub,
        settings: QSettings,
        undo_stack: QUndoStack,
        before_work: Callable[[], None],
    ) -> None:
        super().__init__(window)
        self._window = window
        self._hub = hub
        self._settings = settings
        self._undo_stack = undo_stack
        self._before_work = before_work  # saves the text being typed first
        self._commands: list[ReplacedContents] = []
        self._task: BackgroundTask | None = None
        self._then: Callable[[object], None] | None = None
        self.last_message: str | None = None

    @property
    def task(self) -> BackgroundTask:
        """The worker for exchange jobs, made on first use (keeps the window's start light)."""
        if self._task is None:
            from fieldnotes.ui.exchange.task import BackgroundTask

            self._task = BackgroundTask(self._hub.project, "project exchange", self)
            self._task.finished.connect(self._on_finished)
            self._task.failed.connect(self._show_failure)
        return self._task

    # -- exports ---------------------------------------------------------------------

    def export_qdpx(self) -> QObject:
        from fieldnotes.ui.exchange.export_dialogs import QdpxExportDialog

        self._before_work()
        dialog = QdpxExportDialog(self._hub, self._settings, self._window)
        dialog.exported.connect(lambda line: self._announce(dialog.target, line))
        dialog.show()
        return dialog

    def export_qdc(self, target: Path | None = None) -> None:
        if target is None:
            target = self._ask_save(
                self.tr("Export codebook"), "codebook.qdc", self.tr("REFI-QDA codebooks (*.qdc)")
            )
            if target is None:
                return

        def write(project: Project, _progress: Progress, _cancelled: Callable[[], bool]) -> str:
            from fieldnotes.export.refi_codebook import write_qdc

            count = write_qdc(project, target)
            return self.tr("Exported {count} codes to {path}.").format(count=count, path=target)

        def done(line: object) -> None:
            self._announce(target, str(line))

        self._run(write, self.tr("Writing the codebook…"), writes=False, then=done)

    # -- imports ---------------------------------------------------------------------

    def import_qdpx(self, path: Path | None = None) -> None:
        self._import("qdpx", path, self.tr("REFI-QDA projects (*.qdpx)"))

    def import_qdc(self, path: Path | None = None) -> None:
        self._import("qdc", path, self.tr("REFI-QDA codebooks (*.qdc)"))

    def _import(self, kind: str, path: Path | None, file_filter: str) -> None:
        title = self.tr("Import REFI-QDA project") if kind == "qdpx" else self.tr("Import codebook")
        if path is None:
            path = self._ask_open(title, file_filter)
            if path is None:
                return
        chosen = path

        def read(project: Project, progress: Progress, cancelled: Callable[[], bool]) -> object:
            if kind == "qdpx":
                from fieldnotes.imports.refi_project import import_qdpx

                return import_qdpx(project, chosen, progress=progress, cancelled=cancelled)
            from fieldnotes.imports.refi_codebook import import_qdc

            return import_qdc(project, chosen)

        self._run_undoable(read, title, self.tr("Importing {name}…").format(name=chosen.name))

    # -- merging ---------------------------------------------------------------------

    def merge_project(self, other: Path | None = None) -> QObject | None:
        from fieldnotes.ui.exchange.merge_dialog import MergeDialog

        if other is None:
            other = self._ask_open(
                self.tr("Merge project"), self.tr("fieldnotes projects (*.fieldnotes)"), "projects"
            )
            if other is None:
                return None
        self._before_work()
        dialog = MergeDialog(self._hub, other, self._window)
        dialog.merged.connect(self._after_merge)
        dialog.show()
        dialog.preview()
        return dialog

    def review_conflicts(self) -> QObject:
        from fieldnotes.ui.exchange.conflicts_dialog import ConflictsDialog

        self._before_work()
        dialog = ConflictsDialog(self._hub, self._undo_stack, self._window)
        dialog.show()
        return dialog

    def _after_merge(self, command: ReplacedContents, message: str) -> None:
        self._push(command)
        self._tell(message)

    # -- shared ----------------------------------------------------------------------

    def _run(
        self,
        work: Work,
        label: str,
        *,
        writes: bool,
        then: Callable[[object], None],
    ) -> None:
        from fieldnotes.ui.exchange.progress import follow

        if self.task.running:
            return
        self._before_work()
        follow(self.task, self._window, label)
        self._then = then
        self.task.start(work, writes=writes)

    def _on_finished(self, result: object) -> None:
        then, self._then = self._then, None
        if then is not None:
            then(result)

    def _run_undoable(self, work: Work, title: str, label: str) -> None:
        from fieldnotes.store.snapshots import Snapshot
        from fieldnotes.ui.commands.exchange import ReplacedContents

        def undoable(project: Project, progress: Progress, cancelled: Callable[[], bool]) -> object:
            before = Snapshot.take(project)
            try:
                summary = work(project, progress, cancelled)
            except BaseException:
                before.discard()
                raise
            return before, Snapshot.take(project), summary

        def done(result: object) -> None:
            before, after, summary = cast("tuple[Snapshot, Snapshot, Any]", result)
            text = summary.describe()
            self._push(ReplacedContents(self._hub, title, before, after))
            self._tell(text)

        self._run(undoable, label, writes=True, then=done)

    def _push(self, command: ReplacedContents) -> None:
        self._commands.append(command)
        self._undo_stack.push(command)
        self._hub.announce_everything()

    def _tell(self, message: object) -> None:
        self.last_message = str(message)
        self._window.statusBar().showMessage(self.last_message, 15_000)
        box = QMessageBox(
            QMessageBox.Icon.Information,
            self._window.windowTitle(),
            self.last_message,
            QMessageBox.StandardButton.Ok,
            self._window,
        )
        box.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        box.open()

    def _announce(self, path: Path | None, line: str) -> None:
        """An export is written: the status bar and a note with Open / Show in folder."""
        self.last_message = line
        if path is not None:
            from fieldnotes.ui.widgets.export_notice import announce_export  # not at start

            announce_export(self._window, path, line)

    def _show_failure(self, message: str) -> None:
        self.last_message = message
        QMessageBox.critical(self._window, self._window.windowTitle(), message)

    def _ask_save(self, title: str, name: str, file_filter: str) -> Path | None:
        suffix = Path(name).suffix
        return ask_save_path(
            self._window, self._settings, "refi", title, name, file_filter, [suffix]
        )

    def _ask_open(self, title: str, file_filter: str, kind: str = "refi") -> Path | None:
        return ask_open_path(self._window, self._settings, kind, title, file_filter)

    def close(self) -> None:
        """The window closes: wait for running work, then remove the undo snapshots."""
        if self._task is not None:
            self._task.cancel()
            self._task.wait()
        for command in self._commands:
            command.discard()
        self._commands.clear()
