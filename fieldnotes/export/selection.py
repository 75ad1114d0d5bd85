"""Which meetings and observations an export covers: one rule for every export format.

The member-check summary and the REFI-QDA project take the same choices (meetings, a
period, codes that must all match), so they share these two functions rather than
each keeping a copy that could drift apart.
"""

from __future__ import annotations

from typing import Protocol

from fieldnotes.domain.models import Meeting
from fieldnotes.domain.search import SearchFilters
from fieldnotes.store import Project


class ExportSelection(Protocol):
    """What an export's options say about its scope (``MemberCheckOptions``, ``RefiSelection``)."""

    meetings: list[str]  # empty: every meeting (within the dates)
    date_from: str | None
    date_to: str | None
    codes: list[str]  # observations must carry all of them (or a sub-code of each)


def chosen_meetings(project: Project, selection: ExportSelection) -> list[Meeting]:
    """The selected meetings in date and start-time order; a meeting without a date only
    when no period is given."""
    meetings = sorted(project.meetings.all(), key=lambda m: (m.date or "", m.start or ""))
    if selection.meetings:
        wanted = set(selection.meetings)
        meetings = [m for m in meetings if m.id in wanted]
    if selection.date_from:
        meetings = [m for m in meetings if m.date and m.date >= selection.date_from]
    if selection.date_to:
        meetings = [m for m in meetings if m.date and m.date <= selection.date_to]
    return meetings


def matching_observations(project: Project, selection: ExportSelection) -> set[str] | None:
    """Ids of the observations that carry every chosen code; None when no code is chosen
    (every observation matches, and listing them all would only cost time)."""
    if not selection.codes:
        return None
    hits = project.search.search("", SearchFilters(codes=list(selection.codes)), limit=None)
    return {hit.observation for hit in hits}
