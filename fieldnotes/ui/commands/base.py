"""Shared shape of the undo commands that replace one value with another."""

from __future__ import annotations

from typing import Generic, TypeVar

from PySide6.QtGui import QUndoCommand

T = TypeVar("T")


class ReplaceValue(QUndoCommand, Generic[T]):
    """Redo writes ``new``, undo writes ``old`` back; subclasses say how in ``_apply``."""

    def __init__(self, label: str, old: T, new: T) -> None:
        super().__init__(label)
        self._old = old
        self._new = new

    def redo(self) -> None:
        self._apply(self._new)

    def undo(self) -> None:
        self._apply(self._old)

    def _apply(self, value: T) -> None:
        raise NotImplementedError
