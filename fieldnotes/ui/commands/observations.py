"""Undoable edits of observations: add, text, time, tags, quotes, move, delete.

Every edit is already saved when ``redo()`` returns; undo writes the old state back.
"""

from __future__ import annotations

import time

from PySide6.QtCore import QCoreApplication
from PySide6.QtGui import QUndoCommand

from fieldnotes.domain.models import Observation, Quote
from fieldnotes.ui.commands.base import ReplaceValue, StoreCommand
from fieldnotes.ui.hub import ProjectHub

TEXT_MERGE_ID = 1001
# Typing pauses longer than this start a new undo step instead of extending the last.
MERGE_WINDOW_SECONDS = 2.0


class AddObservation(StoreCommand):
    def __init__(
        self, hub: ProjectHub, observation: Observation, position: int | None = None
    ) -> None:
        super().__init__(hub, QCoreApplication.translate("ObservationCommands", "New observation"))
        self._observation = observation
        self._position = position

    def _redo(self) -> None:
        stored = self._hub.project.observations.add(self._observation, self._position)
        self._position = stored.position
        self._hub.observations_changed.emit(self._observation.meeting)

    def _undo(self) -> None:
        self._observation, self._position = self._hub.project.observations.delete(
            self._observation.id
        )
        self._hub.observations_changed.emit(self._observation.meeting)


class DeleteObservation(StoreCommand):
    def __init__(self, hub: ProjectHub, observation_id: str) -> None:
        super().__init__(
            hub, QCoreApplication.translate("ObservationCommands", "Delete observation")
        )
        self._id = observation_id
        self._removed: tuple[Observation, int] | None = None

    def _redo(self) -> None:
        self._removed = self._hub.project.observations.delete(self._id)
        self._hub.observations_changed.emit(self._removed[0].meeting)

    def _undo(self) -> None:
        assert self._removed is not None
        observation, position = self._removed
        self._hub.project.observations.restore(observation, position)
        self._hub.observations_changed.emit(observation.meeting)


class MoveObservation(StoreCommand):
    def __init__(
        self, hub: ProjectHub, observation_id: str, meeting_id: str, to_position: int
    ) -> None:
        super().__init__(hub, QCoreApplication.translate("ObservationCommands", "Move observation"))
        self._id = observation_id
        self._meeting = meeting_id
        self._to = to_position
        self._from = hub.project.observations.position_of(observation_id)

    def _redo(self) -> None:
        self._hub.project.observations.move(self._id, self._to)
        self._hub.observations_changed.emit(self._meeting)

    def _undo(self) -> None:
        self._hub.project.observations.move(self._id, self._from)
        self._hub.observations_changed.emit(self._meeting)


class EditObservationText(ReplaceValue[str]):
    """A burst of typing; bursts separated by a pause are separate undo steps."""

    def __init__(self, hub: ProjectHub, observation_id: str, old: str, new: str) -> None:
        super().__init__(hub, QCoreApplication.translate("ObservationCommands", "Typing"), old, new)
        self.observation_id = observation_id
        self._last_edit = time.monotonic()

    def id(self) -> int:
        return TEXT_MERGE_ID

    def mergeWith(self, other: QUndoCommand) -> bool:
        if (
            not isinstance(other, EditObservationText)
            or other.observation_id != self.observation_id
            or other.failure is not None  # not written: this step must not claim it
        ):
            return False
        if other._last_edit - self._last_edit > MERGE_WINDOW_SECONDS:
            return False
        self._new = other._new
        self._last_edit = other._last_edit
        return True

    def _apply(self, text: str) -> None:
        self._hub.project.observations.update_text(self.observation_id, text)
        self._hub.observation_changed.emit(self.observation_id)


class EditObservationTime(ReplaceValue[str | None]):
    def __init__(
        self, hub: ProjectHub, observation_id: str, old: str | None, new: str | None
    ) -> None:
        super().__init__(
            hub, QCoreApplication.translate("ObservationCommands", "Change time"), old, new
        )
        self._id = observation_id

    def _apply(self, value: str | None) -> None:
        self._hub.project.observations.update_time(self._id, value)
        self._hub.observation_changed.emit(self._id)


class SetObservationCodes(ReplaceValue[list[str]]):
    def __init__(
        self, hub: ProjectHub, observation_id: str, old: list[str], new: list[str], label: str
    ) -> None:
        super().__init__(hub, label, list(old), list(new))
        self._id = observation_id

    def _apply(self, codes: list[str]) -> None:
        self._hub.project.observations.set_codes(self._id, codes)
        self._hub.observation_changed.emit(self._id)


class AddQuote(StoreCommand):
    def __init__(self, hub: ProjectHub, observation_id: str, quote: Quote) -> None:
        super().__init__(hub, QCoreApplication.translate("ObservationCommands", "Add quote"))
        self._id = observation_id
        self._quote = quote

    def _redo(self) -> None:
        self._hub.project.observations.add_quote(self._id, self._quote)
        self._hub.observation_changed.emit(self._id)

    def _undo(self) -> None:
        self._hub.project.observations.delete_quote(self._quote.id)
        self._hub.observation_changed.emit(self._id)


class DeleteQuote(StoreCommand):
    def __init__(self, hub: ProjectHub, quote_id: str) -> None:
        super().__init__(hub, QCoreApplication.translate("ObservationCommands", "Delete quote"))
        self._quote_id = quote_id
        self._removed: tuple[str, Quote, int] | None = None

    def _redo(self) -> None:
        self._removed = self._hub.project.observations.delete_quote(self._quote_id)
        self._hub.observation_changed.emit(self._removed[0])

    def _undo(self) -> None:
        assert self._removed is not None
        observation_id, quote, position = self._removed
        self._hub.project.observations.add_quote(observation_id, quote, position)
        self._hub.observation_changed.emit(observation_id)
