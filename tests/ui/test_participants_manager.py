"""Managing participants: add, edit, delete, each undoable."""

from __future__ import annotations

from typing import Any

import pytest
from PySide6.QtGui import QUndoStack
from PySide6.QtWidgets import QDialog, QMessageBox

from fieldnotes.ui.dialogs.participant_dialog import ParticipantDialog
from fieldnotes.ui.dialogs.participants_manager import ParticipantsManager
from fieldnotes.ui.hub import ProjectHub

pytestmark = pytest.mark.gui


def test_add_edit_delete_and_undo(
    hub: ProjectHub, qtbot: Any, monkeypatch: pytest.MonkeyPatch
) -> None:
    stack = QUndoStack()
    manager = ParticipantsManager(hub, stack)
    qtbot.addWidget(manager)
    answers = iter(["Coproducer Z", "Coproducer Y"])

    def fake_exec(dialog: ParticipantDialog) -> int:
        dialog.pseudonym.setText(next(answers))
        dialog.real_name.setText("Private Person")
        return QDialog.DialogCode.Accepted.value

    monkeypatch.setattr(ParticipantDialog, "exec", fake_exec)
    monkeypatch.setattr(QMessageBox, "question", lambda *a, **k: QMessageBox.StandardButton.Yes)
    manager.add()
    assert manager.model.rowCount() == 8
    added = hub.project.participants.all()[-1]
    assert (added.pseudonym, added.real_name) == ("Coproducer Z", "Private Person")

    manager.table.setCurrentIndex(manager.model.index(7, 0))
    manager.edit_selected()
    assert hub.project.participants.get(added.id).pseudonym == "Coproducer Y"  # type: ignore[union-attr]

    manager.table.setCurrentIndex(manager.model.index(0, 0))
    manager.delete_selected()
    assert hub.project.participants.get("p1") is None
    stack.undo()
    assert hub.project.participants.get("p1") is not None
    assert "p1" in hub.project.meetings.get("m1").attendees  # type: ignore[union-attr]
    stack.undo()
    stack.undo()
    assert manager.model.rowCount() == 7
