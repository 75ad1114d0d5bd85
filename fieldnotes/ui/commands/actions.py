"""Undoable changes to an agreed action's status, from the Actions window."""

from __future__ import annotations

from datetime import date

from PySide6.QtCore import QCoreApplication

from fieldnotes.domain.models import Action
from fieldnotes.ui.commands.base import StoreCommand
from fieldnotes.ui.hub import ProjectHub


class ChangeActionStatus(StoreCommand):
    """Moves an action to ``status`` with today's date in its history; undo writes the
    action back exactly as it was, history included."""

    def __init__(
        self,
        hub: ProjectHub,
        observation_id: str,
        old: Action,
        status: str,
        today: str | None = None,
    ) -> None:
        label = {
            "open": QCoreApplication.translate("ActionCommands", "Reopen action"),
            "done": QCoreApplication.translate("ActionCommands", "Mark action done"),
            "dropped": QCoreApplication.translate("ActionCommands", "Mark action dropped"),
        }[status]
        super().__init__(hub, label)
        self._id = observation_id
        self._old = old
        self._new = old.with_status(status, today or date.today().isoformat())

    def _redo(self) -> None:
        self._write(self._new)

    def _undo(self) -> None:
        self._write(self._old)

    def _write(self, action: Action) -> None:
        self._hub.project.observations.set_action(self._id, action)
        self._hub.observation_changed.emit(self._id)
