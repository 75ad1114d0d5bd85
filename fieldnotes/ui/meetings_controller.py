"""Meeting › New, Edit and Delete meeting: the dialogs and their undo commands.

The window only shows meetings; creating, changing and removing one is this
controller's job. Dialogs are imported when first opened, so the window starts lighter.
Its texts keep the translation context ``MainWindow``, where they were first translated.
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QDialog, QMessageBox

from fieldnotes.ui.commands.project_items import AddMeeting, DeleteMeeting, EditMeeting
from fieldnotes.ui.window_controller import WindowController


class MeetingsController(WindowController):
    def new_meeting(self) -> None:
        """Ask for a new meeting (now, by default); show it and go to its stream."""
        from fieldnotes.ui.dialogs.meeting_dialog import MeetingDialog, new_meeting_now

        self._view.flush_text()
        meeting = new_meeting_now()
        dialog = MeetingDialog(self._hub, self._stack, meeting, is_new=True, parent=self._parent)
        if dialog.exec() == QDialog.DialogCode.Accepted:
            meeting = dialog.meeting()
            self._stack.push(AddMeeting(self._hub, meeting))
            self._view.select_meeting(meeting.id)
            self._view.focus_stream()

    def edit_meeting(self) -> None:
        from fieldnotes.ui.dialogs.meeting_dialog import MeetingDialog

        meeting_id = self._view.current_meeting_id()
        old = self._hub.project.meetings.get(meeting_id) if meeting_id else None
        if old is None or self._hub.read_only:
            return
        dialog = MeetingDialog(self._hub, self._stack, old, is_new=False, parent=self._parent)
        if dialog.exec() == QDialog.DialogCode.Accepted and dialog.meeting() != old:
            self._stack.push(EditMeeting(self._hub, old, dialog.meeting()))

    def delete_meeting(self) -> None:
        """Delete the current meeting and its observations, after asking (undoable)."""
        meeting_id = self._view.current_meeting_id()
        meeting = self._hub.project.meetings.get(meeting_id) if meeting_id else None
        if meeting is None:
            return
        count = self._hub.project.observations.count(meeting.id)
        answer = QMessageBox.question(
            self._parent,
            QCoreApplication.translate("MainWindow", "Delete meeting"),
            QCoreApplication.translate(
                "MainWindow",
                "Delete “{title}” and its {count} observations? You can undo this with Ctrl+Z.",
            ).format(title=meeting.title, count=count),
        )
        if answer == QMessageBox.StandardButton.Yes:
            self._view.leave_observation()
            self._stack.push(DeleteMeeting(self._hub, meeting.id))
