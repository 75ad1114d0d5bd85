"""Undoing an import or a merge as a whole: the project's contents before and after.

An import or a merge can touch thousands of rows in one transaction; keeping the file's
contents before and after (private snapshots, keyed like the project) makes undo and
redo exact, whatever was written.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from fieldnotes.ui.commands.base import StoreCommand
from fieldnotes.ui.hub import ProjectHub

if TYPE_CHECKING:
    from fieldnotes.store.snapshots import Snapshot


class ReplacedContents(StoreCommand):
    """Pushed after the work is done: the first redo only records that it happened."""

    def __init__(self, hub: ProjectHub, label: str, before: Snapshot, after: Snapshot) -> None:
        super().__init__(hub, label)
        self.before = before
        self.after = after
        self._done = True

    def _redo(self) -> None:
        if self._done:
            return
        self.after.restore_into(self._hub.project)
        self._done = True
        self._hub.announce_everything()

    def _undo(self) -> None:
        self.before.restore_into(self._hub.project)
        self._done = False
        self._hub.announce_everything()

    def discard(self) -> None:
        """Remove both snapshots (the window closes; undo ends with it)."""
        self.before.discard()
        self.after.discard()
