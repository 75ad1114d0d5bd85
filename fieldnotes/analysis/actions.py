"""Agreements and actions across meetings: what is open, done or dropped, and overdue."""

from __future__ import annotations

from collections import Counter
from collections.abc import Iterable, Sequence

from fieldnotes.domain.models import ACTION_STATUSES, Action, ActionEntry


def status_counts(entries: Iterable[ActionEntry]) -> dict[str, int]:
    """How many actions are open, done and dropped (every status listed, zeros too)."""
    counted = Counter(entry.action.status for entry in entries)
    return {status: counted.get(status, 0) for status in ACTION_STATUSES}


def is_overdue(action: Action, today: str) -> bool:
    """Open, with a due date before ``today`` (both YYYY-MM-DD)."""
    return action.status == "open" and action.due is not None and action.due < today


def filter_actions(
    entries: Sequence[ActionEntry],
    *,
    status: str | None = None,
    owner: str | None = None,
    meeting: str | None = None,
) -> list[ActionEntry]:
    return [
        e
        for e in entries
        if (status is None or e.action.status == status)
        and (owner is None or e.action.owner == owner)
        and (meeting is None or e.meeting == meeting)
    ]


def open_at(entries: Iterable[ActionEntry], date: str) -> int:
    """How many actions were open at the end of ``date``, by their dated history:
    agreed on or before it, and not yet closed by then."""
    count = 0
    for entry in entries:
        state = None
        for change in entry.action.history:
            if change.date <= date:
                state = change.status
        if state is None and not entry.action.history and (entry.meeting_date or "") <= date:
            state = entry.action.status  # no history: take the status as of its meeting
        count += state == "open"
    return count


def open_over_time(entries: Iterable[ActionEntry]) -> list[tuple[str, int]]:
    """(date, actions open at the end of it) for every date on which the number changed,
    oldest first: the same numbers as ``open_at`` on those dates, in one pass.

    Actions without a date (no history, undated meeting) count from the start."""
    deltas: dict[str, int] = {}
    for entry in entries:
        history = entry.action.history
        if not history:
            changes = [(entry.meeting_date or "", entry.action.status)]
        else:
            changes = [(c.date, c.status) for c in history]
        was_open = False
        for day, status in changes:
            now_open = status == "open"
            if now_open != was_open:
                deltas[day] = deltas.get(day, 0) + (1 if now_open else -1)
            was_open = now_open
    series, count = [], 0
    for day in sorted(deltas):
        count += deltas[day]
        if day and deltas[day]:
            series.append((day, count))
    return series


def status_per_meeting(entries: Iterable[ActionEntry]) -> dict[str, dict[str, int]]:
    """Meeting id -> how many of the actions agreed there are open, done and dropped now,
    meetings in the order of ``entries`` (the store gives them oldest first)."""
    result: dict[str, dict[str, int]] = {}
    for entry in entries:
        counts = result.setdefault(entry.meeting, dict.fromkeys(ACTION_STATUSES, 0))
        counts[entry.action.status] += 1
    return result


def owners(entries: Iterable[ActionEntry]) -> list[str]:
    """The participants who own an action, in order of their first action."""
    return list(dict.fromkeys(e.action.owner for e in entries if e.action.owner is not None))
