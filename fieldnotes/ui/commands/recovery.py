"""Putting text from the recovery file back into the project, as one undoable step."""

from __future__ import annotations

from datetime import date

from PySide6.QtCore import QCoreApplication

from fieldnotes.domain.models import Meeting, Observation, new_id
from fieldnotes.store.recovery import UnsavedText
from fieldnotes.ui.commands.base import StoreCommand
from fieldnotes.ui.hub import ProjectHub


class RecoverTexts(StoreCommand):
    """Each text replaces its observation's; one whose observation is gone comes back
    as an observation at the end of its meeting (or of a new "Recovered text" meeting
    when the meeting is gone too), so nothing kept is dropped on the way in."""

    def __init__(self, hub: ProjectHub, texts: list[UnsavedText]) -> None:
        super().__init__(
            hub, QCoreApplication.translate("RecoveryCommands", "Recover unsaved text")
        )
        self._texts = texts
        self._replaced: list[tuple[str, str]] = []  # observation id, its text before
        self._added: list[str] = []
        self._meeting: Meeting | None = None

    def _redo(self) -> None:
        project = self._hub.project
        self._replaced, self._added = [], []
        with project.transaction():
            for item in self._texts:
                existing = project.observations.get(item.observation)
                if existing is not None:
                    self._replaced.append((existing.id, existing.text))
                    project.observations.update_text(existing.id, item.text)
                    continue
                meeting = item.meeting if item.meeting else None
                if meeting is None or project.meetings.get(meeting) is None:
                    meeting = self._recovered_meeting().id
                project.observations.add(Observation(item.observation, meeting, item.text))
                self._added.append(item.observation)
        self._announce()

    def _undo(self) -> None:
        project = self._hub.project
        with project.transaction():
            for observation_id in reversed(self._added):
                project.observations.delete(observation_id)
            for observation_id, text in self._replaced:
                project.observations.update_text(observation_id, text)
            if self._meeting is not None:
                project.meetings.delete(self._meeting.id)
                self._meeting = None
        self._announce()

    def _recovered_meeting(self) -> Meeting:
        if self._meeting is None:
            self._meeting = Meeting(
                new_id(),
                QCoreApplication.translate("RecoveryCommands", "Recovered text"),
                kind="other",
                date=date.today().isoformat(),
            )
            self._hub.project.meetings.add(self._meeting)
        return self._meeting

    def _announce(self) -> None:
        self._hub.meetings_changed.emit()
        meetings = {item.meeting for item in self._texts if item.meeting}
        if self._meeting is not None:
            meetings.add(self._meeting.id)
        for meeting in meetings:
            self._hub.observations_changed.emit(meeting)
        for observation_id, _ in self._replaced:
            self._hub.observation_changed.emit(observation_id)
