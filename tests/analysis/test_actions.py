"""Action states, worked by hand."""

from __future__ import annotations

from fieldnotes.analysis.actions import filter_actions, is_overdue, open_at, status_counts
from fieldnotes.domain.models import Action, ActionEntry, StatusChange


def entry(oid: str, meeting: str, action: Action, date: str | None = "2024-01-10") -> ActionEntry:
    return ActionEntry(oid, meeting, "Team meeting", date, f"text {oid}", action)


OPENED = Action.opened("2024-01-10", owner="p1", due="2024-02-01")
CLOSED = OPENED.with_status("done", "2024-01-20")
REOPENED = CLOSED.with_status("open", "2024-02-05")
DROPPED = Action.opened("2024-01-10").with_status("dropped", "2024-03-01")
ENTRIES = [
    entry("o1", "m1", OPENED),
    entry("o2", "m1", CLOSED),
    entry("o3", "m2", REOPENED),
    entry("o4", "m2", DROPPED),
]


def test_history_is_dated_and_reopening_is_kept() -> None:
    assert [(c.status, c.date) for c in REOPENED.history] == [
        ("open", "2024-01-10"),
        ("done", "2024-01-20"),
        ("open", "2024-02-05"),
    ]
    assert REOPENED.status == "open" and REOPENED.changed_on() == "2024-02-05"


def test_counts_by_status_list_every_status() -> None:
    assert status_counts(ENTRIES) == {"open": 2, "done": 1, "dropped": 1}
    assert status_counts([]) == {"open": 0, "done": 0, "dropped": 0}


def test_overdue_only_when_open_and_past_due() -> None:
    assert is_overdue(OPENED, "2024-02-02")
    assert not is_overdue(OPENED, "2024-02-01")  # due today is not late yet
    assert not is_overdue(CLOSED, "2024-03-01")
    assert not is_overdue(Action.opened("2024-01-10"), "2030-01-01")  # no due date


def test_filters_combine() -> None:
    assert [e.observation for e in filter_actions(ENTRIES, status="open")] == ["o1", "o3"]
    assert [e.observation for e in filter_actions(ENTRIES, owner="p1", meeting="m2")] == ["o3"]
    assert filter_actions(ENTRIES, status="done", meeting="m2") == []


def test_open_at_follows_the_dated_history() -> None:
    assert open_at(ENTRIES, "2024-01-09") == 0  # nothing agreed yet
    assert open_at(ENTRIES, "2024-01-10") == 4
    assert open_at(ENTRIES, "2024-01-20") == 2  # o2 and o3 done
    assert open_at(ENTRIES, "2024-02-05") == 3  # o3 reopened
    assert open_at(ENTRIES, "2024-03-01") == 2  # o4 dropped


def test_an_action_without_history_counts_from_its_meeting() -> None:
    bare = [entry("o9", "m9", Action("open"), date="2024-05-01")]
    assert open_at(bare, "2024-04-30") == 0
    assert open_at(bare, "2024-05-01") == 1
    assert Action("open").changed_on() is None
    assert StatusChange("open", "2024-05-01") in Action.opened("2024-05-01").history
