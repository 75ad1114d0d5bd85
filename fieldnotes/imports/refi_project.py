"""Importing a REFI-QDA project (.qdpx) from QualCoder, ATLAS.ti, MAXQDA, NVivo or fieldnotes.

``read_qdpx`` reads and checks the file without any project (so a bad file is refused
before anything is opened or created); ``import_qdpx`` then adds what the project lacks
in one transaction. See :mod:`fieldnotes.imports.refi_plan` for what becomes what.
"""

from __future__ import annotations

import logging
from collections.abc import Callable
from pathlib import Path

from fieldnotes.domain.models import Observation
from fieldnotes.imports.refi_model import RefiProject
from fieldnotes.imports.refi_plan import ProjectState, RefiPlan, plan_import
from fieldnotes.imports.refi_reader import ImportCancelled, Progress, check_cancel, read_qdpx
from fieldnotes.imports.refi_summary import RefiImportSummary
from fieldnotes.store import Project
from fieldnotes.store.merge import merge_project_data

__all__ = [
    "ImportCancelled",
    "RefiImportSummary",
    "RefiProject",
    "import_qdpx",
    "import_refi_project",
    "read_qdpx",
]

logger = logging.getLogger(__name__)
_KEPT = frozenset({"codes", "quotes", "feedback"})


def import_qdpx(
    project: Project,
    path: Path,
    *,
    progress: Progress | None = None,
    cancelled: Callable[[], bool] | None = None,
) -> RefiImportSummary:
    """Read ``path`` and add what ``project`` lacks, all or nothing.

    Raises FieldnotesError (one line; the project unchanged) for a file that is not a
    sound REFI-QDA project, and ImportCancelled when ``cancelled()`` turns true first.
    """
    reading = None if progress is None else _share(progress, 9, 10)  # writing: the rest
    refi = read_qdpx(Path(path), progress=reading, cancelled=cancelled)
    summary = import_refi_project(project, refi, cancelled=cancelled)
    if progress is not None:
        progress(1, 1)
    return summary


def _share(progress: Progress, part: int, whole: int) -> Progress:
    """``progress`` for a step that fills ``part`` of ``whole`` of the bar."""
    return lambda done, total: progress(done * part, total * whole)


def import_refi_project(
    project: Project, refi: RefiProject, *, cancelled: Callable[[], bool] | None = None
) -> RefiImportSummary:
    """Add an already read project (see :func:`read_qdpx`) to ``project``.

    Planned and written under one write lock, so what the plan found in the project is
    what the write changes.
    """
    with project.transaction() as conn:
        plan = plan_import(refi, ProjectState.read(project), cancelled)
        check_cancel(cancelled)
        if plan.summary.changed:
            _keep_existing_first(project, plan)
            merge_project_data(conn, plan.data)
    logger.info("REFI-QDA import: %s", plan.summary.describe())
    return plan.summary


def _keep_existing_first(project: Project, plan: RefiPlan) -> None:
    """A meeting already in the project keeps its observations, in order, before the new.

    The merge numbers a meeting's observations as listed; listing the existing ones
    first (their codes, quotes and feedback marked as not listed, so kept) puts the new
    ones after them without changing anything they hold.
    """
    for meeting_id in plan.extended:
        kept = [
            Observation(o.id, meeting_id, o.text, time=o.time)
            for o in project.observations.for_meeting(meeting_id)
        ]
        plan.data.unlisted.update({o.id: _KEPT for o in kept})
        plan.data.observations[meeting_id] = kept + plan.data.observations[meeting_id]
