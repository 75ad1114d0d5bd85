"""File › Merge project…: first what would change, then (on Merge) the merge itself.

The preview is a dry run on a private copy of the other file; merging makes a backup,
keeps the project's contents before and after for undo, and writes in one transaction.
A colleague's encrypted copy is tried with this project's passphrase first (teams share
one), then asked for.
"""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path
from typing import TYPE_CHECKING, cast

from PySide6.QtCore import Signal
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QHeaderView,
    QLabel,
    QMessageBox,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from fieldnotes.errors import PassphraseError
from fieldnotes.store import Project
from fieldnotes.ui.commands.exchange import ReplacedContents
from fieldnotes.ui.exchange.merge_models import ConflictListModel, MergeCountsModel
from fieldnotes.ui.exchange.progress import follow
from fieldnotes.ui.exchange.task import BackgroundTask, Progress
from fieldnotes.ui.hub import ProjectHub

if TYPE_CHECKING:
    from fieldnotes.store.snapshots import Snapshot
    from fieldnotes.store.sync.report import MergeReport


class MergeDialog(QDialog):
    merged = Signal(object, str)  # the undo command, a line saying what happened

    def __init__(self, hub: ProjectHub, other: Path, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Merge project"))
        self._hub = hub
        self.other = other
        self.other_passphrase: str | None = hub.project.passphrase
        self.task = BackgroundTask(hub.project, "merge", self)
        self.task.finished.connect(self._on_finished)
        self.task.failed.connect(self._on_failed)
        self._merging = False
        self.report: object | None = None

        self.summary = QLabel(self.tr("Reading {name}…").format(name=other.name), self)
        self.summary.setWordWrap(True)
        self.counts = MergeCountsModel(self)
        counts_view = QTableView(self)
        counts_view.setObjectName("mergeCounts")
        counts_view.setModel(self.counts)
        counts_view.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Stretch)
        counts_view.verticalHeader().setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        counts_view.setMinimumHeight(230)
        self.conflicts = ConflictListModel(self)
        conflicts_view = QTableView(self)
        conflicts_view.setObjectName("mergeConflicts")
        conflicts_view.setModel(self.conflicts)
        conflicts_view.horizontalHeader().setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        conflicts_view.horizontalHeader().setSectionResizeMode(
            1, QHeaderView.ResizeMode.ResizeToContents
        )
        conflicts_view.verticalHeader().hide()
        explain = QLabel(
            self.tr(
                "Where both copies changed the same item, this project's version stays and the "
                "other is kept beside it, to compare and choose later (Edit › Review merge "
                "conflicts). Nothing is lost, a backup is made first, and Undo takes the whole "
                "merge back."
            ),
            self,
        )
        explain.setWordWrap(True)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Cancel, self)
        self.merge_button = buttons.addButton(
            self.tr("&Merge"), QDialogButtonBox.ButtonRole.AcceptRole
        )
        self.merge_button.setEnabled(False)
        buttons.accepted.connect(self.merge)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(self.summary)
        layout.addWidget(counts_view)
        layout.addWidget(QLabel(self.tr("Conflicts:"), self))
        layout.addWidget(conflicts_view, 1)
        layout.addWidget(explain)
        layout.addWidget(buttons)
        self.resize(720, 600)

    def preview(self) -> None:
        other, passphrase = self.other, self.other_passphrase

        def dry_run(project: Project, progress: Progress, cancelled: Callable[[], bool]) -> object:
            from fieldnotes.store.sync import merge_projects

            return merge_projects(
                project, other, passphrase, dry_run=True, progress=progress, cancelled=cancelled
            )

        self._merging = False
        follow(self.task, self, self.tr("Comparing the two projects…"))
        self.task.start(dry_run, writes=False)

    def merge(self) -> None:
        other, passphrase = self.other, self.other_passphrase
        self.merge_button.setEnabled(False)

        def merge(project: Project, progress: Progress, cancelled: Callable[[], bool]) -> object:
            from fieldnotes.store.backup import make_backup
            from fieldnotes.store.snapshots import Snapshot
            from fieldnotes.store.sync import merge_projects

            make_backup(project.path, project.passphrase)
            before = Snapshot.take(project)
            try:
                report = merge_projects(
                    project, other, passphrase, progress=progress, cancelled=cancelled
                )
            except BaseException:
                before.discard()
                raise
            return before, Snapshot.take(project), report

        self._merging = True
        follow(self.task, self, self.tr("Merging…"))
        self.task.start(merge, writes=True)

    def _on_finished(self, result: object) -> None:
        if not self._merging:
            self._show(result)
            return
        before, after, report = cast("tuple[Snapshot, Snapshot, MergeReport]", result)
        self.report = report
        command = ReplacedContents(
            self._hub, self.tr("Merge {name}").format(name=self.other.name), before, after
        )
        self.merged.emit(command, self.describe(report.totals))
        self.accept()

    def _show(self, report: object) -> None:
        self.report = report
        self.counts.set_counts(report.counts)  # type: ignore[attr-defined]
        self.conflicts.set_items(report.conflicts)  # type: ignore[attr-defined]
        self.summary.setText(
            self.tr("Merging {name} into this project would change this:").format(
                name=self.other.name
            )
            + "\n"
            + self.describe(report.totals)  # type: ignore[attr-defined]
        )
        self.merge_button.setEnabled(not self._hub.read_only)
        self.merge_button.setFocus()

    def describe(self, totals: dict[str, int]) -> str:
        return self.tr(
            "{added} added, {updated} updated, {deleted} deleted, {unchanged} unchanged, "
            "{conflicts} conflicts."
        ).format(
            **{
                key: totals.get(key, 0)
                for key in ("added", "updated", "deleted", "unchanged", "conflicts")
            }
        )

    def _on_failed(self, message: str) -> None:
        if isinstance(self.task.last_error, PassphraseError) and self._ask_passphrase():
            (self.merge if self._merging else self.preview)()
            return
        QMessageBox.critical(self, self.windowTitle(), message)
        if self.report is None:
            self.reject()
        else:
            self.merge_button.setEnabled(True)

    def _ask_passphrase(self) -> bool:
        from fieldnotes.ui.dialogs.passphrase_dialog import PassphraseDialog

        problem = (
            self.tr("Wrong passphrase. Try again.")
            if self.other_passphrase not in (None, self._hub.project.passphrase)
            else ""
        )
        dialog = PassphraseDialog(self.other.name, problem, self)
        if dialog.exec() != QDialog.DialogCode.Accepted:
            return False
        self.other_passphrase = dialog.value()
        return True
