"""The research domain as plain dataclasses.

Only the store converts rows to and from these; the UI and the exporters read them.
Ids are strings (UUID4 when made in the app, kept as given when imported) so that two
researchers' projects can later be merged.
"""

from __future__ import annotations

from dataclasses import dataclass, field, replace
from typing import Any

PARTICIPANT_ROLES = ("professional", "coproducer", "service user", "researcher", "manager", "other")
MEETING_KINDS = (
    "team meeting",
    "focus group",
    "interview",
    "observation",
    "walk-along",
    "reflection session",
    "board meeting",
    "other",
)
VERDICTS = ("agree", "partly", "disagree")
THEME_ORIGINS = ("top-down", "emergent")
ACTION_STATUSES = ("open", "done", "dropped")


def new_id() -> str:
    import uuid  # here: importing uuid costs more than the window's first paint can spare

    return str(uuid.uuid4())


@dataclass
class Study:
    title: str = "Untitled study"
    description: str = ""


@dataclass
class Consent:
    status: str = ""
    date: str | None = None
    note: str = ""


@dataclass
class Participant:
    id: str
    pseudonym: str
    role: str = ""
    organisation: str = ""
    real_name: str | None = None
    consent: Consent = field(default_factory=Consent)


@dataclass
class Code:
    """A node of the codebook: a locked CAC dimension/item or one of the user's themes."""

    id: str
    name: str
    parent: str | None = None
    description: str = ""
    color: str | None = None
    locked: bool = False
    origin: str | None = None  # "top-down" or "emergent" for themes

    @property
    def is_cac(self) -> bool:
        """Framework codes are the only locked ones (the store refuses locked themes)."""
        return self.locked


@dataclass
class Quote:
    id: str
    text: str
    speaker: str | None = None
    original_text: str | None = None
    language: str | None = None


@dataclass
class Feedback:
    """A participant's member-check answer on one observation."""

    participant: str | None = None
    verdict: str | None = None
    comment: str = ""
    received: str | None = None
    # What the participant wrote in the verdict field when it could not be read as a
    # verdict ("geen idee", "?"): kept word for word for the researcher to classify.
    verdict_text: str | None = None

    @property
    def needs_classifying(self) -> bool:
        return self.verdict is None and bool(self.verdict_text)


@dataclass(frozen=True)
class StatusChange:
    """An action's status from ``date`` (YYYY-MM-DD) on."""

    status: str
    date: str


@dataclass(frozen=True)
class Action:
    """What an observation agreed on: who does it, by when, and how it went.

    ``history`` holds every change of status, oldest first, so a team can see when an
    action was closed (or reopened) as well as its state now.
    """

    status: str = "open"
    owner: str | None = None  # a participant id
    due: str | None = None  # YYYY-MM-DD
    history: tuple[StatusChange, ...] = ()

    @classmethod
    def opened(cls, on: str, owner: str | None = None, due: str | None = None) -> Action:
        return cls("open", owner, due, (StatusChange("open", on),))

    def with_status(self, status: str, on: str) -> Action:
        """This action moved to ``status`` on ``on``; the same action when unchanged."""
        if status not in ACTION_STATUSES:
            raise ValueError(f"not an action status: {status}")
        if status == self.status:
            return self
        return replace(self, status=status, history=(*self.history, StatusChange(status, on)))

    def changed_on(self) -> str | None:
        """The date of the latest change of status (None when the history is empty)."""
        return self.history[-1].date if self.history else None


@dataclass(frozen=True)
class ActionEntry:
    """One observation marked as an agreement or action, with where it was agreed."""

    observation: str
    meeting: str
    meeting_title: str
    meeting_date: str | None
    text: str
    action: Action
    ref: int | None = None

    def to_json(self) -> dict[str, Any]:
        """The ``actions --json`` shape."""
        return {
            "observation": self.observation,
            "meeting": self.meeting,
            "text": self.text,
            "owner": self.action.owner,
            "due": self.action.due,
            "status": self.action.status,
        }


@dataclass
class Observation:
    id: str
    meeting: str
    text: str
    time: str | None = None
    position: int = 0
    created: str | None = None
    updated: str | None = None
    codes: list[str] = field(default_factory=list)
    quotes: list[Quote] = field(default_factory=list)
    feedback: list[Feedback] = field(default_factory=list)
    ref: int | None = None  # shown as O-12; unique in the project and never reused
    # Who wrote it and who last changed it (the researcher's name from Preferences, or
    # None), and when (UTC ISO): kept by the store for merging; not part of its content.
    created_by: str | None = field(default=None, compare=False)
    modified_by: str | None = field(default=None, compare=False)
    modified_at: str | None = field(default=None, compare=False)
    speakers: list[str] = field(default_factory=list)  # who spoke or acted: participant ids
    action: Action | None = None  # set when the observation records an agreement or action

    @property
    def reference(self) -> str:
        return f"O-{self.ref}" if self.ref is not None else ""


@dataclass
class Meeting:
    id: str
    title: str
    kind: str = "team meeting"
    date: str | None = None
    start: str | None = None
    end: str | None = None
    location: str = ""
    attendees: list[str] = field(default_factory=list)
    notes: str = ""


@dataclass
class Memo:
    """An analytic note about the study (``about`` is None), a meeting or a code."""

    id: str
    text: str
    about: str | None = None


@dataclass
class CacResponse:
    respondent: str | None
    scores: dict[int, float] = field(default_factory=dict)


@dataclass
class CacRound:
    id: str
    label: str
    date: str | None = None
    responses: list[CacResponse] = field(default_factory=list)


@dataclass(frozen=True)
class MemberCheckSent:
    """A member-check document written for participants: when, which file, how much."""

    id: str
    date: str  # YYYY-MM-DD
    file_name: str  # the name only, never the folder
    observations: int = 0
    language: str = "en"


CONFLICT_REASONS = ("edited_both", "deleted_here", "deleted_there")


@dataclass
class Conflict:
    """Another copy's version of an item that this copy changed too (or deleted).

    The project keeps its own version in place; ``theirs`` holds the other in the
    ``fieldnotes/1`` shape of its kind (None when the other copy deleted the item), until
    the researcher keeps one of the two. ``reason``: ``edited_both`` (both changed it),
    ``deleted_here`` (deleted in this copy, changed in the other: it is back in place),
    ``deleted_there`` (changed here, deleted in the other).
    """

    id: str
    kind: str  # participant, code, meeting, observation, memo, cac_round
    item_id: str
    reason: str
    theirs: dict[str, Any] | None = None
    researcher: str | None = None  # who made their version
    modified: str | None = None  # when (UTC ISO)
    source: str | None = None  # the other file's name
    recorded: str | None = None  # when the merge found it (UTC ISO)
