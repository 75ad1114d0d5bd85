"""The study over time: meetings, CAC rounds, member checks and actions, by date."""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass

from fieldnotes.analysis.code_counts import code_meeting_matrix
from fieldnotes.domain.code_tree import ancestors
from fieldnotes.domain.models import ActionEntry, CacRound, Meeting, MemberCheckSent

# Rows of the timeline, top to bottom.
EVENT_KINDS = ("meeting", "cac_round", "member_check", "feedback", "action_agreed", "action_closed")


@dataclass(frozen=True)
class TimelineEvent:
    date: str  # YYYY-MM-DD
    kind: str  # one of EVENT_KINDS
    label: str  # a meeting's title, a round's label, a document's file name
    item: str | None = None  # the meeting, round or observation it is about
    detail: str = ""  # a meeting's kind, a closed action's status, a count


def study_timeline(
    meetings: Iterable[Meeting],
    rounds: Iterable[CacRound],
    member_checks: Iterable[MemberCheckSent],
    feedback: Mapping[str, int],
    actions: Iterable[ActionEntry],
) -> list[TimelineEvent]:
    """Every dated event, oldest first (undated meetings and rounds are left out).

    ``feedback`` maps a date to the number of member-check answers received that day.
    An action appears when it was agreed (its first dated status, else its meeting's
    date) and again each time it was done or dropped (reopened and closed again: twice).
    """
    events = [TimelineEvent(m.date, "meeting", m.title, m.id, m.kind) for m in meetings if m.date]
    events += [TimelineEvent(r.date, "cac_round", r.label, r.id) for r in rounds if r.date]
    events += [
        TimelineEvent(s.date, "member_check", s.file_name, s.id, str(s.observations))
        for s in member_checks
    ]
    events += [
        TimelineEvent(day, "feedback", str(count), None, str(count))
        for day, count in feedback.items()
        if day
    ]
    for entry in actions:
        history = entry.action.history
        agreed = history[0].date if history else entry.meeting_date
        if agreed:
            events.append(TimelineEvent(agreed, "action_agreed", entry.text, entry.observation))
        # Every closing counts, so one closed, reopened and closed again shows twice.
        previous = "open"
        for change in history:
            if change.status != "open" and previous == "open":
                events.append(
                    TimelineEvent(
                        change.date, "action_closed", entry.text, entry.observation, change.status
                    )
                )
            previous = change.status
    order = {kind: i for i, kind in enumerate(EVENT_KINDS)}
    return sorted(events, key=lambda e: (e.date, order[e.kind], e.label))


def code_frequency(
    tags: Iterable[tuple[str, str, str]],
    parents: Mapping[str, str | None],
    codes: Sequence[str],
    meetings: Sequence[str],
) -> dict[str, list[int]]:
    """Code -> its observations in each meeting, in the order of ``meetings``."""
    cells = code_meeting_matrix(tags, parents)
    return {code: [cells.get((code, m), 0) for m in meetings] for code in codes}


def code_frequency_of_sets(
    sets: Iterable[tuple[str, Iterable[str], int]],
    parents: Mapping[str, str | None],
    codes: Sequence[str],
    meetings: Sequence[str],
) -> dict[str, list[int]]:
    """The same from (meeting, a set of codes, observations of the meeting carrying
    exactly that set), as ``project.analysis.meeting_code_sets()`` reads them: an
    observation counts once for a code however many of its sub-codes it carries."""
    wanted = set(codes)
    above: dict[str, set[str]] = {}
    cells: dict[tuple[str, str], int] = defaultdict(int)
    for meeting, tagged, count in sets:
        present: set[str] = set()
        for code in tagged:
            if code not in above:
                above[code] = {c for c in ancestors(code, parents) if c in wanted}
            present |= above[code]
        for code in present:
            cells[(code, meeting)] += count
    return {code: [cells.get((code, m), 0) for m in meetings] for code in codes}
