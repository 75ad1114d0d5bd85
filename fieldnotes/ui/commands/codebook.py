"""Undoable codebook and CAC round edits."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication

from fieldnotes.domain.models import CacResponse, CacRound, Code
from fieldnotes.store.analysis_repo import RemovedRound
from fieldnotes.store.codes_repo import MergedTheme, RemovedTheme
from fieldnotes.ui.commands.base import ReplaceValue, StoreCommand
from fieldnotes.ui.hub import ProjectHub


class UpdateTheme(ReplaceValue[Code]):
    def __init__(self, hub: ProjectHub, old: Code, new: Code, label: str | None = None) -> None:
        super().__init__(
            hub, label or QCoreApplication.translate("CodebookCommands", "Edit theme"), old, new
        )

    def _apply(self, code: Code) -> None:
        self._hub.project.codes.update_theme(code)
        self._hub.codes_changed.emit()


class DeleteTheme(StoreCommand):
    def __init__(self, hub: ProjectHub, code_id: str) -> None:
        super().__init__(hub, QCoreApplication.translate("CodebookCommands", "Delete theme"))
        self._id = code_id
        self._removed: RemovedTheme | None = None

    def _redo(self) -> None:
        self._removed = self._hub.project.codes.delete_theme(self._id)
        self._notify()

    def _undo(self) -> None:
        assert self._removed is not None
        self._hub.project.codes.restore_theme(self._removed)
        self._notify()

    def _notify(self) -> None:
        self._hub.codes_changed.emit()
        for observation_id, _ in self._removed.tags if self._removed else []:
            self._hub.observation_changed.emit(observation_id)


class MergeTheme(StoreCommand):
    def __init__(self, hub: ProjectHub, source: str, target: str) -> None:
        super().__init__(hub, QCoreApplication.translate("CodebookCommands", "Merge themes"))
        self._source = source
        self._target = target
        self._merged: MergedTheme | None = None

    def _redo(self) -> None:
        self._merged = self._hub.project.codes.merge_theme(self._source, self._target)
        self._notify()

    def _undo(self) -> None:
        assert self._merged is not None
        self._hub.project.codes.unmerge_theme(self._merged)
        self._notify()

    def _notify(self) -> None:
        self._hub.codes_changed.emit()
        for observation_id, _ in self._merged.removed.tags if self._merged else []:
            self._hub.observation_changed.emit(observation_id)


class SetMemo(ReplaceValue[str]):
    def __init__(self, hub: ProjectHub, about: str | None, old: str, new: str) -> None:
        super().__init__(hub, QCoreApplication.translate("CodebookCommands", "Edit memo"), old, new)
        self._about = about

    def _apply(self, text: str) -> None:
        self._hub.project.memos.set_about(self._about, text)
        self._hub.memos_changed.emit()


class AddRound(StoreCommand):
    def __init__(self, hub: ProjectHub, cac_round: CacRound) -> None:
        super().__init__(hub, QCoreApplication.translate("CodebookCommands", "New CAC round"))
        self._round = cac_round

    def _redo(self) -> None:
        self._hub.project.cac_rounds.add(self._round)
        self._hub.rounds_changed.emit()

    def _undo(self) -> None:
        self._round = self._hub.project.cac_rounds.delete(self._round.id).cac_round
        self._hub.rounds_changed.emit()


class DeleteRound(StoreCommand):
    def __init__(self, hub: ProjectHub, round_id: str) -> None:
        super().__init__(hub, QCoreApplication.translate("CodebookCommands", "Delete CAC round"))
        self._id = round_id
        self._removed: RemovedRound | None = None

    def _redo(self) -> None:
        self._removed = self._hub.project.cac_rounds.delete(self._id)
        self._hub.rounds_changed.emit()

    def _undo(self) -> None:
        assert self._removed is not None
        self._hub.project.cac_rounds.restore(self._removed)
        self._hub.rounds_changed.emit()


class SetResponses(ReplaceValue[list[CacResponse]]):
    """A round's answers before and after one grid edit or CSV import."""

    def __init__(
        self,
        hub: ProjectHub,
        round_id: str,
        old: list[CacResponse],
        new: list[CacResponse],
        label: str,
    ) -> None:
        super().__init__(hub, label, old, new)
        self._round_id = round_id

    def _apply(self, responses: list[CacResponse]) -> None:
        self._hub.project.cac_rounds.set_responses(self._round_id, responses)
        self._hub.rounds_changed.emit()


class ReplaceCacWording(StoreCommand):
    """Put a team's own CAC wording for one language in place; undo brings back the old."""

    def __init__(self, hub: ProjectHub, language: str, wording: dict[str, str]) -> None:
        super().__init__(hub, QCoreApplication.translate("CodebookCommands", "Load CAC wording"))
        self._language = language
        self._new = wording
        self._old: dict[str, str] = {}

    def _redo(self) -> None:
        self._old = self._hub.project.cac_wording.replace(self._language, self._new)
        self._announce()

    def _undo(self) -> None:
        self._hub.project.cac_wording.replace(self._language, self._old)
        self._announce()

    def _announce(self) -> None:
        self._hub.project.show_codes_in(self._hub.language)
        self._hub.codes_changed.emit()
