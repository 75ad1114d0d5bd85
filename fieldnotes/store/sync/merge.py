"""Merging another copy of the project into this one: ``merge_projects``.

One write transaction: the other copy is read privately (``other.py``), every item
is decided (``plan.py``, ``refs.py``), then written (``apply.py``) with the conflict
records (``conflict_log.py``). A cancel, or any failure, rolls it all back. A dry run
plans the same way and writes nothing, so its report is what the merge would do.
"""

from __future__ import annotations

import logging
import sqlite3
from collections.abc import Callable
from pathlib import Path
from typing import TYPE_CHECKING

from fieldnotes.errors import QT_TRANSLATE_NOOP, FieldnotesError, ReadOnlyError
from fieldnotes.store.sync import tracking
from fieldnotes.store.sync.items import label, read_item
from fieldnotes.store.sync.kinds import KINDS
from fieldnotes.store.sync.other import attached, open_other
from fieldnotes.store.sync.plan import ADD, CONFLICT, DELETE, JOIN, REINSTATE, TAKE, Plan
from fieldnotes.store.sync.report import MergeReport

if TYPE_CHECKING:
    from fieldnotes.store.project import Project

logger = logging.getLogger(__name__)
Progress = Callable[[int, int], None]
BULK_ITEMS = 2_000  # above this many changes the merge triggers are dropped, not paused


class MergeCancelled(FieldnotesError):
    """The researcher cancelled the merge; nothing was changed."""


class _Steps:
    """Progress in steps, and the place where a cancel takes effect."""

    def __init__(self, progress: Progress | None, cancelled: Callable[[], bool] | None) -> None:
        self.done = 0
        self.total = 3 + 2 * len(KINDS)
        self._progress = progress
        self._cancelled = cancelled

    def tick(self) -> None:
        self.done = min(self.done + 1, self.total - 1)
        if self._progress is not None:
            self._progress(self.done, self.total)
        if self._cancelled is not None and self._cancelled():
            raise MergeCancelled(
                QT_TRANSLATE_NOOP("Errors", "Merge cancelled; nothing was changed.")
            )

    def finish(self) -> None:
        self.done = self.total
        if self._progress is not None:
            self._progress(self.total, self.total)


def merge_projects(
    project: Project,
    other_path: Path | str,
    other_passphrase: str | None = None,
    *,
    dry_run: bool = False,
    progress: Progress | None = None,
    cancelled: Callable[[], bool] | None = None,
    backup: bool = False,
) -> MergeReport:
    """Bring in what the other copy changed; ours stays where both changed an item.

    ``progress(done, total)`` is called as the merge goes; ``cancelled()`` returning
    True stops it with :class:`MergeCancelled`, changing nothing. ``backup`` makes a
    backup of the project first (``report.backup`` names it). The other file is never
    written. May run on a worker thread with that thread's own connection.

    Raises:
        ProjectFileError, PassphraseError, DamagedError: the other file cannot be merged
            (named in the message); nothing changed.
        ReadOnlyError: the project cannot be written (a dry run works still).
        MergeCancelled: ``cancelled()`` said so; nothing changed.
    """
    other_path = Path(other_path)
    if project.read_only and not dry_run:
        raise ReadOnlyError(
            QT_TRANSLATE_NOOP("Errors", "{path} is read-only; a merge needs to write to it."),
            path=project.path,
        )
    steps = _Steps(progress, cancelled)
    report = MergeReport(dry_run=dry_run, source=other_path.name)
    with open_other(project, other_path, other_passphrase) as other:
        steps.tick()
        if backup and not dry_run:
            from fieldnotes.store.backup import make_backup

            report.backup = str(make_backup(project.path, project.passphrase).path)
        with attached(project.conn, other), project.transaction(write=not dry_run) as conn:
            try:
                if not dry_run:
                    tracking.settle(conn)  # edits written outside a transaction, if any
                replica = tracking.setting(conn, tracking.REPLICA_ID) or ""
                plan = _plan(conn, replica, steps)
                _count(project, plan, other.project, report)
                steps.tick()
                if not dry_run:
                    _write(project, plan, other, report, steps)
            except sqlite3.DatabaseError as exc:
                if other.damage() is not None:
                    raise other.damaged_error() from exc
                raise
    steps.finish()
    logger.info("merged another copy: %s", report.totals)
    return report


def _plan(conn: sqlite3.Connection, replica: str, steps: _Steps) -> Plan:
    from fieldnotes.store.sync.plan import make_plan

    return make_plan(conn, replica, steps.tick)


def _write(project: Project, plan: Plan, other: object, report: MergeReport, steps: _Steps) -> None:
    from fieldnotes.store.sync.apply import apply_plan
    from fieldnotes.store.sync.conflict_log import record_conflicts
    from fieldnotes.store.sync.other import OtherCopy

    assert isinstance(other, OtherCopy)
    bulk = sum(len(kind_plan.steps) for kind_plan in plan.kinds.values()) > BULK_ITEMS
    with tracking.dropped(project.conn) if bulk else tracking.paused(project.conn):
        apply_plan(project.conn, plan, steps.tick)
        record_conflicts(project, plan, other, report.source)


def _count(project: Project, plan: Plan, theirs: Project, report: MergeReport) -> None:
    for kind in KINDS:
        kind_plan = plan[kind.name]
        counts = report.counts[kind.table]
        counts["added"] = len(kind_plan.ids(ADD))
        counts["updated"] = len(kind_plan.ids(TAKE))
        counts["deleted"] = len(kind_plan.ids(DELETE))
        counts["conflicts"] = len(kind_plan.ids(CONFLICT, REINSTATE))
        counts["unchanged"] = kind_plan.unchanged + len(kind_plan.ids(JOIN))
        for item in sorted(kind_plan.ids(CONFLICT, REINSTATE)):
            step = kind_plan.steps[item]
            shown = read_item(project, kind.name, item) or read_item(theirs, kind.name, item)
            report.conflicts.append((kind.name, item, step.reason or "", label(shown)))
    report.counts["feedback"]["added"] = len(plan.feedback)
    report.counts["feedback"]["unchanged"] = plan.feedback_unchanged
