"""File › Export › REFI-QDA project (.qdpx)… and Codebook (.qdc)….

The project export takes the same choices as the member-check summary (meetings, period,
codes) and is written in the background with progress and Cancel; a cancelled or failed
export leaves nothing at the chosen path. Both tell the user what was written.
"""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

from PySide6.QtCore import QSettings, Signal
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QMessageBox,
    QWidget,
)

from fieldnotes.export.refi_project import QdpxSummary
from fieldnotes.store import Project
from fieldnotes.ui.exchange.progress import follow
from fieldnotes.ui.exchange.task import BackgroundTask, Progress
from fieldnotes.ui.file_places import ask_save_path
from fieldnotes.ui.hub import ProjectHub
from fieldnotes.ui.widgets.selection_fields import SelectionFields


class QdpxExportDialog(QDialog):
    exported = Signal(str)  # one line saying what was written where

    def __init__(self, hub: ProjectHub, settings: QSettings, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Export REFI-QDA project"))
        self._hub = hub
        self._settings = settings
        self.task = BackgroundTask(hub.project, "qdpx export", self)
        self.task.finished.connect(self._on_finished)
        self.task.failed.connect(self._on_failed)
        self.task.cancelled.connect(self._on_cancelled)
        self.target: Path | None = None
        self.selection = SelectionFields(hub, self)
        about = QLabel(
            self.tr(
                "For QualCoder, ATLAS.ti, MAXQDA and NVivo: each meeting becomes a text source, "
                "each observation a coded passage, the CAC and your themes a code tree. "
                "Participants appear under their pseudonyms only."
            ),
            self,
        )
        about.setWordWrap(True)
        form = QFormLayout(self)
        form.addRow(about)
        self.selection.add_rows(form)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Cancel, self)
        self.export_button = buttons.addButton(
            self.tr("&Export…"), QDialogButtonBox.ButtonRole.AcceptRole
        )
        buttons.accepted.connect(self.start)
        buttons.rejected.connect(self.reject)
        self.selection.dates.validity_changed.connect(self.export_button.setEnabled)
        form.addRow(buttons)
        self.resize(560, self.sizeHint().height())

    def start(self, target: Path | None = None) -> None:
        """Ask for the file (unless given), then write it in the background."""
        if not self.selection.dates.is_valid():  # the dates say why beside them
            return
        if target is None:
            target = ask_save_path(
                self,
                self._settings,
                "refi",
                self.windowTitle(),
                "project.qdpx",
                self.tr("REFI-QDA projects (*.qdpx)"),
                [".qdpx"],
            )
            if target is None:
                return
        self.target = target
        self.export_button.setEnabled(False)
        follow(self.task, self, self.tr("Writing the REFI-QDA project…"))
        from fieldnotes.export.refi_options import RefiSelection

        selection = RefiSelection(
            meetings=self.selection.meeting_ids(),
            date_from=self.selection.date_from(),
            date_to=self.selection.date_to(),
            codes=self.selection.code_ids(),
        )

        def write(project: Project, progress: Progress, cancelled: Callable[[], bool]) -> object:
            from fieldnotes.export.refi_project import write_qdpx

            return write_qdpx(project, selection, target, progress=progress, cancelled=cancelled)

        self.task.start(write, writes=False)

    def _on_finished(self, summary: QdpxSummary) -> None:
        self.export_button.setEnabled(self.selection.dates.is_valid())
        line = self.tr(
            "Exported {meetings} meetings with {observations} observations, {codes} codes, "
            "{notes} memos and {cases} participants to {path}."
        ).format(
            meetings=summary.sources,
            observations=summary.selections,
            codes=summary.codes,
            notes=summary.notes,
            cases=summary.cases,
            path=self.target,
        )
        if summary.replacements:
            line += " " + self.tr("Real names replaced by pseudonyms: {count}.").format(
                count=len(summary.replacements)
            )
        self.exported.emit(line)
        self.accept()

    def _on_failed(self, message: str) -> None:
        self.export_button.setEnabled(self.selection.dates.is_valid())
        QMessageBox.critical(self, self.windowTitle(), message)

    def _on_cancelled(self) -> None:
        self.export_button.setEnabled(self.selection.dates.is_valid())
