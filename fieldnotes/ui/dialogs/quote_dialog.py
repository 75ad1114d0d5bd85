"""Adding a verbatim quote: who said it, what was said, and in which language."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtGui import QKeySequence, QShortcut, QUndoStack
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLineEdit,
    QPlainTextEdit,
    QWidget,
)

from fieldnotes.domain.models import Quote, new_id
from fieldnotes.ui.commands.project_items import AddParticipant
from fieldnotes.ui.dialogs.participant_dialog import ParticipantDialog
from fieldnotes.ui.hub import ProjectHub

NEW_PARTICIPANT = "__new__"


class QuoteDialog(QDialog):
    def __init__(
        self,
        hub: ProjectHub,
        stack: QUndoStack,
        attendees: list[str],
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Add quote"))
        self._hub = hub
        self._stack = stack
        self._attendees = attendees
        self.speaker = QComboBox(self)
        self.speaker.setObjectName("quoteSpeaker")
        self.speaker.setAccessibleName(self.tr("Speaker"))
        self._fill_speakers()
        self.speaker.activated.connect(self._on_speaker)
        self.text = QPlainTextEdit(self)
        self.text.setObjectName("quoteText")
        self.text.setTabChangesFocus(True)
        self.text.setPlaceholderText(self.tr("The words as said (or as you report them)"))
        self.original = QPlainTextEdit(self)
        self.original.setObjectName("quoteOriginal")
        self.original.setTabChangesFocus(True)
        self.original.setPlaceholderText(self.tr("Optional: the original words, e.g. in Dutch"))
        self.language = QLineEdit(self)
        self.language.setPlaceholderText(self.tr("e.g. nl"))
        self.language.setMaxLength(16)
        form = QFormLayout(self)
        form.addRow(self.tr("&Speaker:"), self.speaker)
        form.addRow(self.tr("&Quote:"), self.text)
        form.addRow(self.tr("&Original:"), self.original)
        form.addRow(self.tr("&Language:"), self.language)
        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel, self
        )
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        form.addRow(buttons)
        QShortcut(QKeySequence("Ctrl+Return"), self).activated.connect(self.accept)
        self.text.setFocus(Qt.FocusReason.OtherFocusReason)
        self.resize(520, 380)

    def _fill_speakers(self, select: str | None = None) -> None:
        names = self._hub.pseudonyms()
        self.speaker.clear()
        self.speaker.addItem(self.tr("Unknown speaker"), None)
        others = [pid for pid in names if pid not in self._attendees]
        for pid in [*self._attendees, *others]:
            if pid in names:
                self.speaker.addItem(names[pid], pid)
        self.speaker.addItem(self.tr("New participant…"), NEW_PARTICIPANT)
        index = self.speaker.findData(select) if select else 1 if self._attendees else 0
        self.speaker.setCurrentIndex(max(0, index))

    def _on_speaker(self, index: int) -> None:
        if self.speaker.itemData(index) != NEW_PARTICIPANT:
            return
        dialog = ParticipantDialog(parent=self)
        if dialog.exec() == QDialog.DialogCode.Accepted:
            participant = dialog.participant()
            self._stack.push(AddParticipant(self._hub, participant))
            self._fill_speakers(select=participant.id)
        else:
            self.speaker.setCurrentIndex(0)

    def quote(self) -> Quote | None:
        text = self.text.toPlainText().strip()
        if not text:
            return None
        original = self.original.toPlainText().strip() or None
        speaker = self.speaker.currentData()
        return Quote(
            id=new_id(),
            text=text,
            speaker=speaker if speaker and speaker != NEW_PARTICIPANT else None,
            original_text=original,
            language=(self.language.text().strip() or None) if original else None,
        )
