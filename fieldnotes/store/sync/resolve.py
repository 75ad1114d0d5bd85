"""Conflict records on a project: listing them, and keeping one version or the other.

``project.conflicts.resolve(id, keep="ours" | "theirs")`` is one transaction and
returns a :class:`Resolved` whose ``restore()`` puts back exactly what it changed
(the app's undo). Keeping theirs is an ordinary edit of the item, so it is merged on
like any other; the record's removal is remembered, so a merge never brings it back.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from typing import TYPE_CHECKING

from fieldnotes.domain.item_json import item_from_json
from fieldnotes.domain.models import Conflict
from fieldnotes.errors import QT_TRANSLATE_NOOP, FieldnotesError
from fieldnotes.store.sync.items import delete_item, read_item, write_item
from fieldnotes.store.sync.records import read_conflicts, write_conflicts

if TYPE_CHECKING:
    from fieldnotes.store.project import Project

KEEP = ("ours", "theirs")


@dataclass
class Resolved:
    """A resolved conflict, with what undoes the choice."""

    project: Project
    conflict: Conflict
    undo_item: Callable[[], None] | None = None

    def restore(self) -> None:
        """Put the item and the record back as they were before resolving."""
        with self.project.transaction() as conn:
            if self.undo_item is not None:
                self.undo_item()
            write_conflicts(conn, [self.conflict])


class ConflictRepository:
    def __init__(self, project: Project) -> None:
        self._project = project

    def all(self) -> list[Conflict]:
        return read_conflicts(self._project.conn)

    def for_item(self, kind: str, item_id: str) -> list[Conflict]:
        return read_conflicts(self._project.conn, "WHERE kind = ? AND item_id = ?", (kind, item_id))

    def get(self, conflict_id: str) -> Conflict | None:
        found = read_conflicts(self._project.conn, "WHERE id = ?", (conflict_id,))
        return found[0] if found else None

    def resolve(self, conflict_id: str, keep: str) -> Resolved:
        """Keep ``"ours"`` (the version in place) or ``"theirs"``; the record goes.

        Keeping the deletion (ours for ``deleted_here``, theirs for ``deleted_there``)
        deletes the item as the app does.

        Raises:
            KeyError: no such record.
            ValueError: ``keep`` is neither "ours" nor "theirs".
            FieldnotesError: their version of an item that is gone cannot be put back.
        """
        if keep not in KEEP:
            raise ValueError(f"keep must be one of {KEEP}, not {keep!r}")
        project = self._project
        with project.transaction() as conn:
            conflict = self.get(conflict_id)
            if conflict is None:
                raise KeyError(conflict_id)
            current = read_item(project, conflict.kind, conflict.item_id)
            undo: Callable[[], None] | None = None
            deletes = (conflict.reason, keep) in (
                ("deleted_here", "ours"),
                ("deleted_there", "theirs"),
            )
            if deletes and current is not None:
                undo = delete_item(project, conflict.kind, conflict.item_id)
            elif (conflict.reason, keep) == ("edited_both", "theirs"):
                undo = self._keep_theirs(conflict, current)
            conn.execute("DELETE FROM conflicts WHERE id = ?", (conflict_id,))
        return Resolved(project, conflict, undo)

    def _keep_theirs(self, conflict: Conflict, current: object) -> Callable[[], None]:
        project = self._project
        if current is None or conflict.theirs is None:
            raise FieldnotesError(
                QT_TRANSLATE_NOOP(
                    "Errors",
                    "This item was deleted after the merge, so the other version has no "
                    "place to go back to. Keep this one, or add it again by hand.",
                )
            )
        meeting = getattr(current, "meeting", "")
        theirs = item_from_json(conflict.kind, conflict.theirs, meeting=meeting)
        write_item(project, conflict.kind, theirs)
        return lambda: write_item(project, conflict.kind, current)  # type: ignore[arg-type]
