"""Merging an interchange file into a project: validate everything, then write once."""

from __future__ import annotations

import logging
from dataclasses import dataclass
from pathlib import Path

from fieldnotes.domain.document import ProjectData
from fieldnotes.imports.interchange import ProjectIndex, parse_interchange, read_interchange_file
from fieldnotes.store import Project

logger = logging.getLogger(__name__)


@dataclass(frozen=True)
class ImportSummary:
    participants: int
    codes: int
    meetings: int
    observations: int
    memos: int
    cac_rounds: int

    def describe(self) -> str:
        return (
            f"{self.meetings} meetings, {self.observations} observations, "
            f"{self.participants} participants, {self.codes} themes, {self.memos} memos, "
            f"{self.cac_rounds} CAC rounds"
        )


def project_index(project: Project) -> ProjectIndex:
    observation_meetings, quote_observations = project.observations.owners()
    return ProjectIndex(
        participants=project.ids("participants"),
        codes=project.ids("codes"),
        theme_parents={code.id: code.parent for code in project.codes.themes()},
        meetings=project.ids("meetings"),
        observation_meetings=observation_meetings,
        quote_observations=quote_observations,
    )


def import_file(project: Project, path: Path) -> ImportSummary:
    """Validate ``path`` against the project and merge it in one transaction.

    Raises:
        InterchangeError: the file is unreadable or invalid; the project is unchanged.
    """
    data = read_interchange_file(path, project_index(project))
    return _merge(project, data)


def import_text(project: Project, raw: bytes | str) -> ImportSummary:
    return _merge(project, parse_interchange(raw, project_index(project)))


def _merge(project: Project, data: ProjectData) -> ImportSummary:
    project.merge(data)
    summary = ImportSummary(
        participants=len(data.participants),
        codes=len(data.codes),
        meetings=len(data.meetings),
        observations=data.observation_count,
        memos=len(data.memos),
        cac_rounds=len(data.cac_rounds),
    )
    logger.info("imported %s", summary.describe())
    return summary
