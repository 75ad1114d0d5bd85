"""What a search asks for and what it finds: plain data shared by the GUI and the CLI."""

from __future__ import annotations

from dataclasses import asdict, dataclass, field, fields
from typing import Any

ACTION_FILTERS = ("any", "open", "done", "dropped")


@dataclass
class SearchFilters:
    """Filters that combine with the text query; every one given must hold."""

    codes: list[str] = field(default_factory=list)  # each includes its descendants
    meeting: str | None = None
    meeting_kind: str | None = None
    date_from: str | None = None  # meeting date, inclusive, YYYY-MM-DD
    date_to: str | None = None
    speaker: str | None = None  # a participant quoted in the observation
    speaker_role: str | None = None
    has_quotes: bool = False
    has_feedback: bool = False
    verdict: str | None = None  # agree / partly / disagree
    researcher: str | None = None  # the observation's author (``created_by``)
    action: str | None = None  # "any" (marked as an action) or a status: open / done / dropped
    action_owner: str | None = None  # participant id owning the observation's action
    spoke: str | None = None  # a participant named as speaker (who spoke or acted)

    def to_dict(self) -> dict[str, Any]:
        """Only what is set, for saving a search."""
        defaults = SearchFilters()
        return {k: v for k, v in asdict(self).items() if v != getattr(defaults, k)}

    @classmethod
    def from_dict(cls, raw: dict[str, Any]) -> SearchFilters:
        known = {f.name for f in fields(cls)}
        return cls(**{k: v for k, v in raw.items() if k in known})

    def is_empty(self) -> bool:
        return not self.to_dict()


@dataclass(frozen=True)
class SearchHit:
    observation: str
    meeting: str
    snippet: str
    meeting_title: str = ""
    meeting_date: str | None = None
    time: str | None = None
    codes: tuple[str, ...] = ()


@dataclass(frozen=True)
class SavedSearch:
    id: str
    name: str
    query: str
    filters: SearchFilters
