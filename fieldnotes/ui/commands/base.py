"""The shape every undo command shares: a store call whose refusal is reported, not raised.

An exception escaping ``redo()`` reaches PySide, which wraps it ("Error calling Python
override of QUndoCommand::redo()") and leaves the command on the stack as if it had
happened: the next undo then reverses an edit that was never made. So a command that
the project file refuses (a ``StoreError``: read-only, locked, disk full, I/O) marks
itself obsolete, which makes ``QUndoStack`` delete it (on push, undo or redo alike), and
hands the error to the hub, whose listeners show it. The file and the screen both stay
as they were before the attempt. Any other exception (a refused value, which the caller
checks for, or a bug, for the crash reporter) drops the command the same way and goes
on up through ``push``.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Generic, TypeVar

from PySide6.QtGui import QUndoCommand

from fieldnotes.errors import StoreError
from fieldnotes.ui.hub import ProjectHub

T = TypeVar("T")


class StoreCommand(QUndoCommand):
    """Subclasses write in ``_redo``/``_undo`` and tell the hub what changed."""

    def __init__(self, hub: ProjectHub, label: str) -> None:
        super().__init__(label)
        self._hub = hub
        self.failure: StoreError | None = None  # why the last redo/undo did not happen

    def redo(self) -> None:
        self._attempt(self._redo)

    def undo(self) -> None:
        self._attempt(self._undo)

    def _redo(self) -> None:
        raise NotImplementedError

    def _undo(self) -> None:
        raise NotImplementedError

    def _attempt(self, step: Callable[[], None]) -> None:
        self.failure = None
        try:
            step()
        except StoreError as exc:
            self.failure = exc
            self.setObsolete(True)
            self._hub.report_failure(exc)
        except BaseException:
            self.setObsolete(True)
            raise


class ReplaceValue(StoreCommand, Generic[T]):
    """Redo writes ``new``, undo writes ``old`` back; subclasses say how in ``_apply``."""

    def __init__(self, hub: ProjectHub, label: str, old: T, new: T) -> None:
        super().__init__(hub, label)
        self._old = old
        self._new = new

    def _redo(self) -> None:
        self._apply(self._new)

    def _undo(self) -> None:
        self._apply(self._old)

    def _apply(self, value: T) -> None:
        raise NotImplementedError
