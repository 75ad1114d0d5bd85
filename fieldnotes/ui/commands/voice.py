"""Undoable edits of who spoke or acted in an observation and what it agreed on.

Each is one step on the stack: redo writes the new value, undo writes back the value the
command kept, and both announce the observation as changed.
"""

from __future__ import annotations

from fieldnotes.domain.models import Action
from fieldnotes.ui.commands.base import ReplaceValue
from fieldnotes.ui.hub import ProjectHub


class SetSpeakers(ReplaceValue[list[str]]):
    def __init__(
        self, hub: ProjectHub, observation_id: str, old: list[str], new: list[str], label: str
    ) -> None:
        super().__init__(hub, label, list(old), list(new))
        self.observation_id = observation_id

    def _apply(self, speakers: list[str]) -> None:
        self._hub.project.observations.set_speakers(self.observation_id, speakers)
        self._hub.observation_changed.emit(self.observation_id)


class SetAction(ReplaceValue[Action | None]):
    """Mark, change or unmark an agreement or action (``None``: not one)."""

    def __init__(
        self,
        hub: ProjectHub,
        observation_id: str,
        old: Action | None,
        new: Action | None,
        label: str,
    ) -> None:
        super().__init__(hub, label, old, new)
        self.observation_id = observation_id

    def _apply(self, action: Action | None) -> None:
        self._hub.project.observations.set_action(self.observation_id, action)
        self._hub.observation_changed.emit(self.observation_id)
