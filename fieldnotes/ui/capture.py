"""What the capture shortcuts do: new observations, tags, quotes, moves, deletes.

Kept apart from the window's layout: it needs only the hub, the undo stack and a way
to ask the window which meeting and observation are current.
"""

from __future__ import annotations

from collections.abc import Callable
from datetime import date, datetime

from PySide6.QtCore import QObject
from PySide6.QtGui import QUndoStack
from PySide6.QtWidgets import QDialog, QWidget

from fieldnotes.domain.cac import load_framework
from fieldnotes.domain.code_search import code_label
from fieldnotes.domain.models import Code, Observation, new_id
from fieldnotes.ui.commands.observations import (
    AddObservation,
    AddQuote,
    DeleteObservation,
    MoveObservation,
    SetObservationCodes,
)
from fieldnotes.ui.commands.project_items import AddTheme
from fieldnotes.ui.commands.voice import SetAction, SetSpeakers
from fieldnotes.ui.hub import ProjectHub


class CaptureController(QObject):
    def __init__(
        self,
        hub: ProjectHub,
        stack: QUndoStack,
        window: QWidget,
        current_meeting: Callable[[], str | None],
        current_observation: Callable[[], str | None],
        show_observation: Callable[[str], None],
    ) -> None:
        super().__init__(window)
        self._hub = hub
        self._stack = stack
        self._window = window
        self._meeting = current_meeting
        self._observation = current_observation
        self._show = show_observation

    def new_observation(self) -> str | None:
        """Start an observation at the end of the meeting, stamped with the clock time."""
        meeting_id = self._meeting()
        if meeting_id is None:
            return None
        observation = Observation(new_id(), meeting_id, "", datetime.now().strftime("%H:%M"))
        self._stack.push(AddObservation(self._hub, observation))
        self._show(observation.id)
        return observation.id

    def toggle_code(self, code_id: str) -> None:
        observation = self._current()
        if observation is None:
            return
        code = self._hub.code_lookup().get(code_id)
        name = code_label(code) if code else code_id
        if code_id in observation.codes:
            new = [c for c in observation.codes if c != code_id]
            label = self.tr("Remove tag {name}").format(name=name)
        else:
            new = [*observation.codes, code_id]
            label = self.tr("Tag {name}").format(name=name)
        self._stack.push(
            SetObservationCodes(self._hub, observation.id, observation.codes, new, label)
        )

    def toggle_dimension(self, number: int) -> None:
        self.toggle_code(load_framework().dimensions[number - 1].code_id)

    def open_tag_picker(self) -> None:
        from fieldnotes.ui.widgets.tag_picker import TagPicker  # loaded on first use

        observation = self._current()
        if observation is None:
            return
        picker = TagPicker(self._hub.project.codes.all(), observation.codes, self._window)
        picker.code_chosen.connect(self.toggle_code)
        picker.theme_requested.connect(self.create_theme_and_tag)
        picker.exec()

    def create_theme_and_tag(self, name: str) -> None:
        observation = self._current()
        if observation is None:
            return
        code = Code(new_id(), name, None, self.tr("emergent theme"))
        self._stack.beginMacro(self.tr("New theme {name}").format(name=name))
        self._stack.push(AddTheme(self._hub, code))
        self.toggle_code(code.id)
        self._stack.endMacro()

    def add_quote(self) -> None:
        from fieldnotes.ui.dialogs.quote_dialog import QuoteDialog  # loaded on first use

        observation = self._current()
        if observation is None:
            return
        meeting = self._hub.project.meetings.get(observation.meeting)
        dialog = QuoteDialog(
            self._hub, self._stack, meeting.attendees if meeting else [], self._window
        )
        if dialog.exec() == QDialog.DialogCode.Accepted and (quote := dialog.quote()) is not None:
            self._stack.push(AddQuote(self._hub, observation.id, quote))

    def open_speaker_picker(self) -> None:
        """Tick who spoke or acted: the meeting's attendees, or everyone when none are listed."""
        from fieldnotes.ui.widgets.speaker_picker import SpeakerPicker  # loaded on first use

        observation = self._current()
        if observation is None:
            return
        project = self._hub.project
        meeting = project.meetings.get(observation.meeting)
        people = {p.id: p for p in project.participants.all()}
        attendees = [pid for pid in (meeting.attendees if meeting else []) if pid in people]
        offered = attendees or list(people)
        # Someone already marked stays untickable even when no longer listed as attending.
        offered += [pid for pid in observation.speakers if pid in people and pid not in offered]
        picker = SpeakerPicker(
            [(pid, people[pid].pseudonym, people[pid].role) for pid in offered],
            observation.speakers,
            attendees_only=bool(attendees),
            parent=self._window,
        )
        picker.speaker_toggled.connect(lambda pid: picker.set_ticked(self.toggle_speaker(pid)))
        picker.exec()

    def toggle_speaker(self, participant_id: str) -> list[str]:
        """Add or remove one speaker (one undo step); returns the speakers now."""
        observation = self._current()
        if observation is None:
            return []
        name = self._hub.pseudonyms().get(participant_id, participant_id)
        old = observation.speakers
        if participant_id in old:
            new = [pid for pid in old if pid != participant_id]
            text = self.tr("Not spoken: {name}").format(name=name)
        else:
            new = [*old, participant_id]
            text = self.tr("Spoke: {name}").format(name=name)
        self._stack.push(SetSpeakers(self._hub, observation.id, old, new, text))
        fresh = self._current()
        return fresh.speakers if fresh else new

    def edit_action(self) -> None:
        """Mark the observation as an agreement or action, or change or unmark it."""
        from fieldnotes.ui.dialogs.action_dialog import ActionDialog  # loaded on first use

        observation = self._current()
        if observation is None:
            return
        meeting = self._hub.project.meetings.get(observation.meeting)
        old = observation.action
        dialog = ActionDialog(self._hub, meeting.attendees if meeting else [], old, self._window)
        if dialog.exec() != QDialog.DialogCode.Accepted:
            return
        new = dialog.action(date.today().isoformat())
        if new != old:
            text = self.tr("Agreement or action") if new else self.tr("No longer an action")
            self._stack.push(SetAction(self._hub, observation.id, old, new, text))

    def move(self, offset: int) -> None:
        observation = self._current()
        if observation is None:
            return
        position = self._hub.project.observations.position_of(observation.id)
        target = position + offset
        if 0 <= target < self._hub.project.observations.count(observation.meeting):
            self._stack.push(
                MoveObservation(self._hub, observation.id, observation.meeting, target)
            )
            self._show(observation.id)

    def delete(self) -> None:
        observation = self._current()
        if observation is not None:
            self._stack.push(DeleteObservation(self._hub, observation.id))

    def _current(self) -> Observation | None:
        observation_id = self._observation()
        return self._hub.project.observations.get(observation_id) if observation_id else None
