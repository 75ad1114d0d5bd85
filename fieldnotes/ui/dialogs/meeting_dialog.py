"""Creating or editing a meeting, attendees ticked from the participants.

The end time is optional: unticked, the meeting has none (a time edit cannot be empty,
and its 00:00 was once saved as an end). Ticked, it starts an hour after the start. An
end at or before the start is refused in the dialog, with the reason beside the times;
a meeting saved that way before still opens, showing both times and the reason.
"""

from __future__ import annotations

from dataclasses import replace
from datetime import datetime

from PySide6.QtCore import QCoreApplication, QDate, QTime
from PySide6.QtGui import QUndoStack
from PySide6.QtWidgets import (
    QCheckBox,
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
        self.start.setObjectName("meetingStart")
        self.start.setAccessibleName(self.tr("Start time"))
        self.end = QTimeEdit(self)
        self.end.setObjectName("meetingEnd")
        self.end.setAccessibleName(self.tr("End time"))
        for edit, value in ((self.start, meeting.start), (self.end, meeting.end)):
            edit.setDisplayFormat("HH:mm")
            time = QTime.fromString(value or "", "HH:mm")
            edit.setTime(time if time.isValid() else QTime(0, 0))
        self.has_end = QCheckBox(self.tr("&ends at"), self)
        self.has_end.setObjectName("meetingHasEnd")
        self.has_end.setChecked(bool(meeting.end))
        self.end.setEnabled(bool(meeting.end))
        self.has_end.toggled.connect(self._on_has_end)
        self.time_problem = QLabel(self)
        self.time_problem.setObjectName("meetingTimeProblem")
        self.time_problem.setWordWrap(True)
        self.time_problem.setStyleSheet("color: #b00020;")
        self.time_problem.hide()
        self.start.timeChanged.connect(self._check_times)
        self.end.timeChanged.connect(self._check_times)
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
        times.addWidget(self.has_end)
        times.addWidget(self.end)
        times.addStretch(1)
        attendees = QVBoxLayout()
        attendees.addWidget(self.attendee_view)
        attendees.addWidget(add_person)
        form = QFormLayout(self)
        form.addRow(self.tr("&Title:"), self.title)
        form.addRow(self.tr("&Kind:"), self.kind)
        form.addRow(self.tr("&Date:"), self.date)
        form.addRow(self._label(self.tr("&Start:"), self.start), times)
        form.addRow("", self.time_problem)
        form.addRow(self.tr("&Location:"), self.location)
        form.addRow(self._label(self.tr("&Attendees:"), self.attendee_view), attendees)
        form.addRow(self.tr("&Notes:"), self.notes)
        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel, self
        )
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        self._ok = buttons.button(QDialogButtonBox.StandardButton.Ok)
        form.addRow(buttons)
        self.title.selectAll()
        self._check_times()
        self.resize(520, 560)

    def _on_has_end(self, checked: bool) -> None:
        """Ticked: an end an hour after the start (not past midnight), ready to type over."""
        self.end.setEnabled(checked)
        if checked:
            start = self.start.time()
            later = start.addSecs(3600)
            self.end.setTime(later if later > start else QTime(23, 59))
            self.end.setFocus()
        self._check_times()

    def times_problem(self) -> str:
        """Why the times cannot be saved, or "" when they can."""
        if not self.has_end.isChecked() or self.end.time() > self.start.time():
            return ""
        return self.tr("The meeting ends ({end}) before or when it starts ({start}).").format(
            end=self.end.time().toString("HH:mm"), start=self.start.time().toString("HH:mm")
        )

    def _check_times(self) -> None:
        problem = self.times_problem()
        self.time_problem.setText(problem)
        self.time_problem.setVisible(bool(problem))
        if hasattr(self, "_ok"):
            self._ok.setEnabled(not problem)

    def accept(self) -> None:
        if self.times_problem():  # Enter, or anything else that accepts: refused the same
            return
        super().accept()

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
        end = self.end.time().toString("HH:mm") if self.has_end.isChecked() else None
        return replace(
            self._original,
            title=self.title.text().strip() or self.tr("Untitled meeting"),
            kind=value_for(self.kind.currentText()) or "other",
            date=self.date.date().toString("yyyy-MM-dd"),
            start=self.start.time().toString("HH:mm"),
            end=end,
            location=self.location.text().strip(),
            attendees=self.attendees.checked_ids(),
            notes=self.notes.toPlainText(),
        )
