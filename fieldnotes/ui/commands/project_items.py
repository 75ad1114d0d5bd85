"""Undoable edits of meetings, participants and themes."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication

from fieldnotes.domain.models import Code, Meeting, Participant
from fieldnotes.store.codes_repo import RemovedTheme
from fieldnotes.store.meetings_repo import RemovedMeeting
from fieldnotes.store.participants_repo import RemovedParticipant
from fieldnotes.ui.commands.base import ReplaceValue, StoreCommand
from fieldnotes.ui.hub import ProjectHub


class AddMeeting(StoreCommand):
    def __init__(self, hub: ProjectHub, meeting: Meeting) -> None:
        super().__init__(hub, QCoreApplication.translate("ProjectCommands", "New meeting"))
        self._meeting = meeting
        self._removed: RemovedMeeting | None = None

    def _redo(self) -> None:
        if self._removed is None:
            self._hub.project.meetings.add(self._meeting)
        else:  # bring back what was typed into it before the undo
            self._hub.project.meetings.restore(self._removed)
        self._hub.meetings_changed.emit()

    def _undo(self) -> None:
        self._removed = self._hub.project.meetings.delete(self._meeting.id)
        self._hub.meetings_changed.emit()


class EditMeeting(ReplaceValue[Meeting]):
    def __init__(self, hub: ProjectHub, old: Meeting, new: Meeting) -> None:
        super().__init__(
            hub, QCoreApplication.translate("ProjectCommands", "Edit meeting"), old, new
        )

    def _apply(self, meeting: Meeting) -> None:
        self._hub.project.meetings.update(meeting)
        self._hub.meetings_changed.emit()
        self._hub.meeting_changed.emit(meeting.id)


class DeleteMeeting(StoreCommand):
    def __init__(self, hub: ProjectHub, meeting_id: str) -> None:
        super().__init__(hub, QCoreApplication.translate("ProjectCommands", "Delete meeting"))
        self._id = meeting_id
        self._removed: RemovedMeeting | None = None

    def _redo(self) -> None:
        self._removed = self._hub.project.meetings.delete(self._id)
        self._hub.meetings_changed.emit()

    def _undo(self) -> None:
        assert self._removed is not None
        self._hub.project.meetings.restore(self._removed)
        self._hub.meetings_changed.emit()


class AddParticipant(StoreCommand):
    def __init__(self, hub: ProjectHub, participant: Participant) -> None:
        super().__init__(hub, QCoreApplication.translate("ProjectCommands", "New participant"))
        self._participant = participant
        self._removed: RemovedParticipant | None = None

    def _redo(self) -> None:
        if self._removed is None:
            self._hub.project.participants.add(self._participant)
        else:
            self._hub.project.participants.restore(self._removed)
        self._hub.participants_changed.emit()

    def _undo(self) -> None:
        self._removed = self._hub.project.participants.delete(self._participant.id)
        self._hub.participants_changed.emit()
        self._hub.meetings_changed.emit()


class EditParticipant(ReplaceValue[Participant]):
    def __init__(self, hub: ProjectHub, old: Participant, new: Participant) -> None:
        super().__init__(
            hub, QCoreApplication.translate("ProjectCommands", "Edit participant"), old, new
        )

    def _apply(self, participant: Participant) -> None:
        self._hub.project.participants.update(participant)
        self._hub.participants_changed.emit()


class DeleteParticipant(StoreCommand):
    def __init__(self, hub: ProjectHub, participant_id: str) -> None:
        super().__init__(hub, QCoreApplication.translate("ProjectCommands", "Delete participant"))
        self._id = participant_id
        self._removed: RemovedParticipant | None = None

    def _redo(self) -> None:
        self._removed = self._hub.project.participants.delete(self._id)
        self._notify()

    def _undo(self) -> None:
        assert self._removed is not None
        self._hub.project.participants.restore(self._removed)
        self._notify()

    def _notify(self) -> None:
        self._hub.participants_changed.emit()
        self._hub.meetings_changed.emit()


class AddTheme(StoreCommand):
    def __init__(self, hub: ProjectHub, code: Code) -> None:
        super().__init__(hub, QCoreApplication.translate("ProjectCommands", "New theme"))
        self._code = code
        self._removed: RemovedTheme | None = None

    def _redo(self) -> None:
        if self._removed is None:
            self._hub.project.codes.add_theme(self._code)
        else:
            self._hub.project.codes.restore_theme(self._removed)
        self._hub.codes_changed.emit()

    def _undo(self) -> None:
        self._removed = self._hub.project.codes.delete_theme(self._code.id)
        self._hub.codes_changed.emit()
