"""The participants of the study: add, edit and delete (every change undoable)."""

from __future__ import annotations

from PySide6.QtGui import QUndoStack
from PySide6.QtWidgets import (
    QAbstractItemView,
    QDialog,
    QDialogButtonBox,
    QHBoxLayout,
    QHeaderView,
    QMessageBox,
    QPushButton,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from fieldnotes.ui.commands.project_items import AddParticipant, DeleteParticipant, EditParticipant
from fieldnotes.ui.dialogs.participant_dialog import ParticipantDialog
from fieldnotes.ui.hub import ProjectHub
from fieldnotes.ui.models.participants import ParticipantTableModel
from fieldnotes.ui.models.roles import OBJECT_ROLE


class ParticipantsManager(QDialog):
    def __init__(self, hub: ProjectHub, stack: QUndoStack, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Participants"))
        self._hub = hub
        self._stack = stack
        self.model = ParticipantTableModel(hub, self)
        self.table = QTableView(self)
        self.table.setObjectName("participantTable")
        self.table.setAccessibleName(self.tr("Participants"))
        self.table.setModel(self.model)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Stretch)
        self.table.verticalHeader().setVisible(False)
        self.table.doubleClicked.connect(self.edit_selected)
        add = QPushButton(self.tr("&Add…"), self)
        edit = QPushButton(self.tr("&Edit…"), self)
        delete = QPushButton(self.tr("&Delete"), self)
        add.clicked.connect(self.add)
        edit.clicked.connect(self.edit_selected)
        delete.clicked.connect(self.delete_selected)
        buttons = QHBoxLayout()
        for button in (add, edit, delete):
            buttons.addWidget(button)
        buttons.addStretch(1)
        close = QDialogButtonBox(QDialogButtonBox.StandardButton.Close, self)
        close.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(self.table)
        layout.addLayout(buttons)
        layout.addWidget(close)
        self.resize(820, 420)

    def add(self) -> None:
        dialog = ParticipantDialog(parent=self)
        if dialog.exec() == QDialog.DialogCode.Accepted:
            self._stack.push(AddParticipant(self._hub, dialog.participant()))

    def edit_selected(self) -> None:
        index = self.table.currentIndex()
        if not index.isValid():
            return
        old = index.data(OBJECT_ROLE)
        dialog = ParticipantDialog(old, parent=self)
        if dialog.exec() == QDialog.DialogCode.Accepted and dialog.participant() != old:
            self._stack.push(EditParticipant(self._hub, old, dialog.participant()))

    def delete_selected(self) -> None:
        index = self.table.currentIndex()
        if not index.isValid():
            return
        participant = index.data(OBJECT_ROLE)
        answer = QMessageBox.question(
            self,
            self.tr("Delete participant"),
            self.tr(
                "Delete {name}? Their quotes stay, with an unknown speaker. "
                "You can undo this with Ctrl+Z."
            ).format(name=participant.pseudonym),
        )
        if answer == QMessageBox.StandardButton.Yes:
            self._stack.push(DeleteParticipant(self._hub, participant.id))
