"""A whole project's content as plain data: what JSON import produces and export consumes."""

from __future__ import annotations

from dataclasses import dataclass, field

from fieldnotes.domain.models import (
    CacRound,
    Code,
    Conflict,
    Meeting,
    Memo,
    Observation,
    Participant,
    Study,
)

INTERCHANGE_FORMAT = "fieldnotes/1"


@dataclass
class ProjectData:
    """Everything in a project (or in an interchange file), in its stored order.

    ``codes`` holds the user's themes only; the CAC framework is built into every project.
    ``study`` is None when an interchange file does not mention the study.
    """

    study: Study | None = None
    participants: list[Participant] = field(default_factory=list)
    codes: list[Code] = field(default_factory=list)
    meetings: list[Meeting] = field(default_factory=list)
    observations: dict[str, list[Observation]] = field(default_factory=dict)
    memos: list[Memo] = field(default_factory=list)
    cac_rounds: list[CacRound] = field(default_factory=list)
    # Lists a file left out, by the id of their owner ("codes", "quotes", "feedback" of an
    # observation; "attendees" of a meeting): a merge keeps what the project has there,
    # so importing an older export never wipes feedback that came in since.
    unlisted: dict[str, frozenset[str]] = field(default_factory=dict)
    # Another copy's versions of items, kept by a merge until the researcher chooses.
    conflicts: list[Conflict] = field(default_factory=list)

    @property
    def observation_count(self) -> int:
        return sum(len(items) for items in self.observations.values())
