"""Merging an interchange file into a project: validate everything, then write once."""

from __future__ import annotations

import logging
from dataclasses import dataclass, field
from pathlib import Path

from fieldnotes.domain.document import ProjectData
from fieldnotes.imports.interchange import ProjectIndex, parse_interchange, read_interchange_file
from fieldnotes.imports.refi_summary import counted, listed
from fieldnotes.store import Project
from fieldnotes.store.merge import MergeCounts

logger = logging.getLogger(__name__)


@dataclass(frozen=True)
class ImportSummary:
    participants: int
    codes: int
    meetings: int
    observations: int
    memos: int
    cac_rounds: int

    counts: MergeCounts = field(default_factory=MergeCounts)  # what the merge did

    def describe(self) -> str:
        return (
            f"{self.meetings} meetings, {self.observations} observations, "
            f"{self.participants} participants, {self.codes} themes, {self.memos} memos, "
            f"{self.cac_rounds} CAC rounds"
        )

    @property
    def changed(self) -> bool:
        return self.counts.changed_anything

    def sentence(self, source: Path | str, target: Path | str) -> str:
        """The command line's one line: what came in, or that nothing changed.

        A file none of whose items the project had yet (a first import) is counted as
        before; a file met again says what it added and changed, or that nothing did.
        """
        counts = self.counts
        if not any(counts.already.values()):
            return f"Imported {self.describe()} into {target}."
        if not self.changed:
            return f"Nothing changed: everything in {source} is already in {target}."
        parts = []
        added = _kinds(counts.added)
        if added:
            parts.append(f"added {listed(added)}")
        changed = (["the study"] if counts.study_changed else []) + _kinds(counts.changed)
        if changed:
            parts.append(f"changed {listed(changed)}")
        return f"Imported {source} into {target}: {'; '.join(parts)}."


# The kinds of item as a summary names them (kind names of store/sync/kinds.py).
_WORDS = (
    ("participant", "participant", "participants"),
    ("code", "theme", "themes"),
    ("meeting", "meeting", "meetings"),
    ("observation", "observation", "observations"),
    ("memo", "memo", "memos"),
    ("cac_round", "CAC round", "CAC rounds"),
)


def _kinds(numbers: dict[str, int]) -> list[str]:
    return [counted(numbers[kind], one, many) for kind, one, many in _WORDS if numbers.get(kind)]


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
    counts = project.merge(data)
    summary = ImportSummary(
        participants=len(data.participants),
        codes=len(data.codes),
        meetings=len(data.meetings),
        observations=data.observation_count,
        memos=len(data.memos),
        cac_rounds=len(data.cac_rounds),
        counts=counts,
    )
    logger.info("imported %s", summary.describe())
    return summary
