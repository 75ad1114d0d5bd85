"""Typed text the project refused: kept safe, stated plainly, saved when it can be.

Autosave hands every burst of typing to :meth:`WriteGuard.save_text`. When the project
file refuses it (disk full, I/O error, a lock another program holds, the file gone
read-only) the text is not lost: it stays in the editor, is written at once to the
project's recovery file (see :mod:`fieldnotes.store.recovery`), and is tried again every
two seconds and on every new keystroke until a write succeeds. Autosave waits only
briefly for a lock, so a long import elsewhere never freezes the window; the guard just
keeps trying. It also remembers the latest refused edit of any kind, so the window can
say "Not saved" until something is saved again.
"""

from __future__ import annotations

import logging
from dataclasses import dataclass
from pathlib import Path

from PySide6.QtCore import QObject, QTimer, Signal
from PySide6.QtGui import QUndoStack
from PySide6.QtWidgets import QMessageBox, QWidget

from fieldnotes.errors import FieldnotesError, LockedError, StoreError
from fieldnotes.store.file_watch import ProjectFileWatch
from fieldnotes.store.lock_wait import waiting_at_most
from fieldnotes.store.recovery import RecoveryFile, recovery_folder
from fieldnotes.ui.commands.observations import EditObservationText
from fieldnotes.ui.error_text import error_text
from fieldnotes.ui.hub import ProjectHub
from fieldnotes.ui.logging_setup import exception_summary

logger = logging.getLogger(__name__)

RETRY_MS = 2000
AUTOSAVE_LOCK_WAIT_MS = 100  # at most this long a freeze per autosave while a lock is held


@dataclass
class PendingText:
    observation: str
    meeting: str | None
    saved: str  # what the project file holds
    text: str  # what was typed, not yet in the project file
    kept: str | None = None  # the text as written to the recovery file, if it was


class WriteGuard(QObject):
    changed = Signal()  # what the window should say about saving has changed
    text_saved = Signal(str, str)  # observation id, its text now in the project file
    retry_requested = Signal()  # the editor hands in what it shows (``flush``)

    def __init__(
        self,
        hub: ProjectHub,
        stack: QUndoStack,
        recovery: RecoveryFile | None,
        parent: QObject | None = None,
    ) -> None:
        super().__init__(parent)
        self._hub = hub
        self._stack = stack
        self.recovery = recovery
        self._watch = ProjectFileWatch(hub.project.path)
        self._pending: dict[str, PendingText] = {}
        self._attempted: set[str] | None = None
        self.failure: FieldnotesError | None = None  # the latest refusal, until a save
        self.recovery_failure: StoreError | None = None
        self._timer = QTimer(self)
        self._timer.setInterval(RETRY_MS)
        self._timer.timeout.connect(self.retry)
        hub.write_failed.connect(self._on_failure)
        hub.saved.connect(self._on_saved)

    # -- what is pending -------------------------------------------------------------

    def pending(self, observation: str) -> PendingText | None:
        return self._pending.get(observation)

    def has_pending(self) -> bool:
        return bool(self._pending)

    def unkept(self) -> list[PendingText]:
        """Pending texts that are only in memory: closing the window would lose them."""
        return [p for p in self._pending.values() if p.kept != p.text]

    # -- saving ----------------------------------------------------------------------

    def save_text(self, observation: str, meeting: str | None, saved: str, text: str) -> bool:
        """Write ``text`` as an undoable typing step; False (and kept safe) if refused."""
        if self._attempted is not None:
            self._attempted.add(observation)
        try:
            self._watch.check()  # SQLite would write on into a removed file
        except StoreError as gone:
            self._hub.report_failure(gone)
            self._hold(PendingText(observation, meeting, saved, text), gone)
            return False
        command = EditObservationText(self._hub, observation, saved, text)
        with waiting_at_most(self._hub.project, AUTOSAVE_LOCK_WAIT_MS):
            self._stack.push(command)
        if command.failure is None:
            self._settle(observation, text)
            return True
        self._hold(PendingText(observation, meeting, saved, text), command.failure)
        return False

    def retry(self) -> None:
        """Try every pending text again: the editor's own first, then the others."""
        self._attempted = set()
        try:
            self.retry_requested.emit()
            for pending in list(self._pending.values()):
                if pending.observation in self._attempted:
                    continue
                if not self._still_there(pending.observation):
                    # Deleted since: its text stays in the recovery file, offered on next open.
                    del self._pending[pending.observation]
                    continue
                self.save_text(pending.observation, pending.meeting, pending.saved, pending.text)
        finally:
            self._attempted = None
        self._update_timer()
        self.changed.emit()

    def forget_failure(self) -> None:
        """The user has read the message about a refused edit (not about pending text)."""
        if not self._pending:
            self.failure = None
            self.changed.emit()

    def may_close(self, parent: QWidget) -> bool:
        """Ask before closing while typed text is not in the project file."""
        if not self._pending:
            return True
        if self.unkept():
            text = self.tr(
                "Some of what you typed could not be saved, nor kept in a recovery file; "
                "it will be lost if you close now. Close anyway?"
            )
            default = QMessageBox.StandardButton.No
        else:
            text = self.tr(
                "Some of what you typed could not be saved yet. It is kept in a recovery "
                "file and offered to you when you open this project again. Close now?"
            )
            default = QMessageBox.StandardButton.Yes
        answer = QMessageBox.question(
            parent,
            self.tr("Unsaved text"),
            text,
            QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.No,
            default,
        )
        return answer == QMessageBox.StandardButton.Yes

    def hand_over(self, copy: Path) -> None:
        """The user goes on in a copy of the project: its recovery file gets the texts."""
        if self.recovery is not None:
            for pending in self._pending.values():
                if pending.kept != pending.text:
                    self._keep_in_recovery_file(pending)
            try:
                self.recovery.move_to(
                    RecoveryFile(copy, self._hub.project.passphrase, recovery_folder())
                )
            except StoreError as exc:
                logger.warning("recovery file not moved: %s", exception_summary(type(exc)))
                return
        self._pending.clear()
        self.failure = None
        self._update_timer()
        self.changed.emit()

    def close(self) -> None:
        """The window is closing: stop retrying and let go of the recovery file."""
        self._timer.stop()
        if self.recovery is not None:
            self.recovery.close()

    # -- state -----------------------------------------------------------------------

    def _settle(self, observation: str, text: str) -> None:
        was_pending = self._pending.pop(observation, None)
        if was_pending is not None and was_pending.kept is not None:
            self._forget_recovered(observation)
        if not self._pending:
            self.failure = None
            self.recovery_failure = None
        self._update_timer()
        self.text_saved.emit(observation, text)
        self.changed.emit()

    def _hold(self, pending: PendingText, failure: StoreError) -> None:
        previous = self._pending.get(pending.observation)
        if previous is not None:
            pending.kept = previous.kept
        self._pending[pending.observation] = pending
        self.failure = failure
        if pending.kept != pending.text:
            self._keep_in_recovery_file(pending)
        self._update_timer()
        self.changed.emit()

    def _keep_in_recovery_file(self, pending: PendingText) -> None:
        if self.recovery is None:
            return
        try:
            self.recovery.keep(pending.observation, pending.meeting, pending.text)
        except StoreError as exc:
            self.recovery_failure = exc
            logger.warning("recovery file not written: %s", exception_summary(type(exc)))
        else:
            pending.kept = pending.text
            self.recovery_failure = None

    def _forget_recovered(self, observation: str) -> None:
        if self.recovery is None:
            return
        try:
            self.recovery.forget(observation)
        except StoreError as exc:  # saved in the project; the stale copy is offered later
            logger.warning("recovery file not updated: %s", exception_summary(type(exc)))

    def _still_there(self, observation: str) -> bool:
        try:
            return self._hub.project.observations.get(observation) is not None
        except Exception:  # cannot even read: try the write, which names the cause
            return True

    def _update_timer(self) -> None:
        if self._pending and not self._timer.isActive():
            self._timer.start()
        elif not self._pending:
            self._timer.stop()

    def _on_failure(self, failure: FieldnotesError) -> None:
        self.failure = failure
        self.changed.emit()

    def _on_saved(self) -> None:
        if not self._pending and self.failure is not None:
            self.failure = None
            self.changed.emit()

    # -- words -----------------------------------------------------------------------

    def message(self) -> str:
        """What the window says about saving; "" when all is saved."""
        if self.failure is None:
            return ""
        if not self._pending:
            return self.tr("Not saved: {reason}").format(reason=_clause(error_text(self.failure)))
        if self.unkept():
            kept = self.tr(
                "Your text is only in this window (the recovery file could not be written "
                "either): keep the window open."
            )
        else:
            kept = self.tr("Your text is kept safe in a recovery file.")
        if isinstance(self.failure, LockedError):
            return (
                self.tr(
                    "Waiting for the project file: another program is writing to it. "
                    "Saving is tried again every few seconds."
                )
                + " "
                + kept
            )
        if isinstance(self.failure, StoreError) and not self.failure.retryable:
            return (
                self.tr("Not saved: {reason}").format(reason=_clause(error_text(self.failure)))
                + " "
                + kept
                + " "
                + self.tr("Save a copy to go on working.")
            )
        return (
            self.tr("Not saved: {reason}").format(reason=_clause(error_text(self.failure)))
            + " "
            + kept
            + " "
            + self.tr("Saving is tried again every few seconds.")
        )


def _clause(sentence: str) -> str:
    """A sentence as the part after a colon: "The disk is full" → "the disk is full"."""
    if len(sentence) > 1 and sentence[0].isupper() and sentence[1].islower():
        return sentence[0].lower() + sentence[1:]
    return sentence


def guard_for(hub: ProjectHub, stack: QUndoStack, parent: QObject | None = None) -> WriteGuard:
    """The guard of a window on ``hub``'s project, with the project's own recovery file."""
    project = hub.project
    recovery = RecoveryFile(project.path, project.passphrase, recovery_folder())
    return WriteGuard(hub, stack, recovery, parent)
