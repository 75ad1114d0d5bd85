"""File › Restore from backup…: pick one of the project's backups to open as a new file.

The open project is never overwritten: a backup always becomes a new project, so a
restore can itself be undone by simply going back to the original file.
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QAbstractItemView,
    QDialog,
    QDialogButtonBox,
    QHeaderView,
    QLabel,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from fieldnotes.store.backup import BackupInfo, list_backups
from fieldnotes.ui.protection.backups_model import BackupsModel


class RestoreDialog(QDialog):
    def __init__(
        self, project_path: Path, parent: QWidget | None = None, *, root: Path | None = None
    ) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Restore from backup"))
        self.resize(620, 380)
        layout = QVBoxLayout(self)
        backups = list_backups(project_path, root)
        intro = QLabel(
            self.tr(
                "Backups of {name}, newest first. The one you choose opens as a new project; "
                "this project stays as it is."
            ).format(name=project_path.name)
            if backups
            else self.tr("There are no backups of {name} yet.").format(name=project_path.name),
            self,
        )
        intro.setWordWrap(True)
        layout.addWidget(intro)
        self.model = BackupsModel(backups, self)
        self.table = QTableView(self)
        self.table.setObjectName("backups")
        self.table.setModel(self.model)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.verticalHeader().hide()
        self.table.horizontalHeader().setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        self.table.doubleClicked.connect(self.accept)
        layout.addWidget(self.table)
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Cancel, self)
        self.open_button = self.buttons.addButton(
            self.tr("&Open as new project…"), QDialogButtonBox.ButtonRole.AcceptRole
        )
        self.open_button.setEnabled(bool(backups))
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        layout.addWidget(self.buttons)
        if backups:
            self.table.selectRow(0)
        self.table.setFocus(Qt.FocusReason.OtherFocusReason)

    def chosen(self) -> BackupInfo | None:
        rows = self.table.selectionModel().selectedRows()
        return self.model.backup(rows[0].row()) if rows else None
