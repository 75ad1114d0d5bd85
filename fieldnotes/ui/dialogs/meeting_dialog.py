"""Creating or editing a meeting, attendees ticked from the participants."""

from __future__ import annotations

from dataclasses import replace
from datetime import datetime

from PySide6.QtCore import QCoreApplication, QDate, QTime
from PySide6.QtGui import QUndoStack
from PySide6.QtWidgets import (
    QComboBox,
    QDateEdit,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QListView,
    QPlainTextEdit,
    QPushButton,
    QTimeEdit,
    QVBoxLayout,
    QWidget,
)

from fieldnotes.domain.models import MEETING_KINDS, Meeting, new_id
from fieldnotes.ui.commands.project_items import AddParticipant
from fieldnotes.ui.dialogs.participant_dialog import ParticipantDialog
from fieldnotes.ui.hub import ProjectHub
from fieldnotes.ui.labels import label, value_for
from fieldnotes.ui.models.participants import AttendeeListModel


def new_meeting_now() -> Meeting:
    now = datetime.now()
    return Meeting(
        new_id(),
        QCoreApplication.translate("MeetingDialog", "Team meeting"),
        "team meeting",
        now.strftime("%Y-%m-%d"),
        now.strftime("%H:%M"),
    )


class MeetingDialog(QDialog):
    def __init__(
        self,
        hub: ProjectHub,
        stack: QUndoStack,
        meeting: Meeting,
        *,
        is_new: bool,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("New meeting") if is_new else self.tr("Edit meeting"))
        self._hub = hub
        self._stack = stack
        self._original = meeting
        self.title = QLineEdit(meeting.title, self)
        self.kind = QComboBox(self)
        self.kind.setEditable(True)
        self.kind.addItems([label(k) for k in MEETING_KINDS])
        self.kind.setCurrentText(label(meeting.kind))
        self.date = QDateEdit(self)
        self.date.setCalendarPopup(True)
        self.date.setDisplayFormat("yyyy-MM-dd")
        date = QDate.fromString(meeting.date or "", "yyyy-MM-dd")
        self.date.setDate(date if date.isValid() else QDate.currentDate())
        self.start = QTimeEdit(self)
        self.end = QTimeEdit(self)
        for edit, value in ((self.start, meeting.start), (self.end, meeting.end)):
            edit.setDisplayFormat("HH:mm")
            time = QTime.fromString(value or "", "HH:mm")
            edit.setTime(time if time.isValid() else QTime(0, 0))
        self._had_end = bool(meeting.end)
        self.location = QLineEdit(meeting.location, self)
        self.attendees = AttendeeListModel(hub, meeting.attendees, self)
        self.attendee_view = QListView(self)
        self.attendee_view.setObjectName("attendeeList")
        self.attendee_view.setAccessibleName(self.tr("Attendees"))
        self.attendee_view.setModel(self.attendees)
        add_person = QPushButton(self.tr("New &participant…"), self)
        add_person.clicked.connect(self._add_participant)
        self.notes = QPlainTextEdit(meeting.notes, self)
        self.notes.setTabChangesFocus(True)

        times = QHBoxLayout()
        times.addWidget(self.start)
        times.addWidget(self.end)
        attendees = QVBoxLayout()
        attendees.addWidget(self.attendee_view)
        attendees.addWidget(add_person)
        form = QFormLayout(self)
        form.addRow(self.tr("&Title:"), self.title)
        form.addRow(self.tr("&Kind:"), self.kind)
        form.addRow(self.tr("&Date:"), self.date)
        form.addRow(self._label(self.tr("&Start / end:"), self.start), times)
        form.addRow(self.tr("&Location:"), self.location)
        form.addRow(self._label(self.tr("&Attendees:"), self.attendee_view), attendees)
        form.addRow(self.tr("&Notes:"), self.notes)
        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel, self
        )
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        form.addRow(buttons)
        self.title.selectAll()
        self.resize(520, 560)

    def _label(self, text: str, buddy: QWidget) -> QLabel:
        """A label whose mnemonic (Alt+letter) jumps to ``buddy`` inside a row layout."""
        label = QLabel(text, self)
        label.setBuddy(buddy)
        return label

    def _add_participant(self) -> None:
        dialog = ParticipantDialog(parent=self)
        if dialog.exec() == QDialog.DialogCode.Accepted:
            participant = dialog.participant()
            self._stack.push(AddParticipant(self._hub, participant))
            self.attendees.reload(also_check=participant.id)

    def meeting(self) -> Meeting:
        end = self.end.time().toString("HH:mm")
        return replace(
            self._original,
            title=self.title.text().strip() or self.tr("Untitled meeting"),
            kind=value_for(self.kind.currentText()) or "other",
            date=self.date.date().toString("yyyy-MM-dd"),
            start=self.start.time().toString("HH:mm"),
            end=end if self._had_end or end != "00:00" else None,
            location=self.location.text().strip(),
            attendees=self.attendees.checked_ids(),
            notes=self.notes.toPlainText(),
        )
