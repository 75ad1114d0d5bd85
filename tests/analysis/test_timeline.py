"""The study over time, worked by hand: events in order, closings, open actions, frequency."""

from __future__ import annotations

from fieldnotes.analysis.actions import open_at, open_over_time
from fieldnotes.analysis.co_occurrence import (
    co_occurrence,
    co_occurrence_of_sets,
    observations_with_both,
)
from fieldnotes.analysis.timeline import code_frequency, code_frequency_of_sets, study_timeline
from fieldnotes.domain.models import (
    Action,
    ActionEntry,
    CacRound,
    Meeting,
    MemberCheckSent,
    StatusChange,
)


def entry(oid: str, action: Action, meeting_date: str | None = "2024-01-10") -> ActionEntry:
    return ActionEntry(oid, "m1", "Kick-off", meeting_date, f"do {oid}", action, None)


def history(*changes: tuple[str, str]) -> Action:
    return Action(changes[-1][0], None, None, tuple(StatusChange(s, d) for s, d in changes))


def test_events_are_ordered_by_date_then_lane_then_label() -> None:
    events = study_timeline(
        [
            Meeting("m2", "Second", "focus group", "2024-02-01"),
            Meeting("m1", "First", date="2024-01-10"),
            Meeting("m0", "Undated"),
        ],
        [CacRound("r1", "Baseline", "2024-01-10"), CacRound("r0", "Undated")],
        [MemberCheckSent("s1", "2024-01-20", "summary.docx", 12)],
        {"2024-02-01": 3},
        [entry("o1", Action.opened("2024-01-10"))],
    )
    assert [(e.date, e.kind, e.label) for e in events] == [
        ("2024-01-10", "meeting", "First"),
        ("2024-01-10", "cac_round", "Baseline"),
        ("2024-01-10", "action_agreed", "do o1"),
        ("2024-01-20", "member_check", "summary.docx"),
        ("2024-02-01", "meeting", "Second"),
        ("2024-02-01", "feedback", "3"),
    ]
    assert events[4].detail == "focus group" and events[4].item == "m2"
    assert events[3].detail == "12"


def test_an_action_closed_reopened_and_dropped_is_closed_twice() -> None:
    action = history(
        ("open", "2024-01-10"),
        ("done", "2024-02-01"),
        ("open", "2024-03-01"),
        ("dropped", "2024-04-01"),
    )
    events = study_timeline([], [], [], {}, [entry("o1", action)])
    assert [(e.date, e.kind, e.detail) for e in events] == [
        ("2024-01-10", "action_agreed", ""),
        ("2024-02-01", "action_closed", "done"),
        ("2024-04-01", "action_closed", "dropped"),
    ]


def test_an_action_without_history_is_agreed_at_its_meeting() -> None:
    events = study_timeline([], [], [], {}, [entry("o1", Action("done"), "2024-05-05")])
    assert [(e.date, e.kind) for e in events] == [("2024-05-05", "action_agreed")]


def test_open_actions_over_time_match_open_at_on_every_date() -> None:
    entries = [
        entry("a", history(("open", "2024-01-10"), ("done", "2024-02-01"))),
        entry("b", history(("open", "2024-01-10"), ("done", "2024-02-01"), ("open", "2024-03-01"))),
        entry("c", Action("open"), "2024-01-20"),  # no history: open since its meeting
        entry("d", Action("dropped"), "2024-01-20"),
        entry("e", history(("open", "2024-02-01"), ("dropped", "2024-02-01"))),  # same day
    ]
    series = open_over_time(entries)
    assert series == [("2024-01-10", 2), ("2024-01-20", 3), ("2024-02-01", 1), ("2024-03-01", 2)]
    for day, count in series:
        assert open_at(entries, day) == count


def test_an_undated_open_action_counts_from_the_start() -> None:
    entries = [entry("a", Action("open"), None), entry("b", Action.opened("2024-01-10"))]
    assert open_over_time(entries) == [("2024-01-10", 2)]


def test_code_frequency_counts_sub_codes_once_per_observation() -> None:
    parents = {"dim": None, "item": "dim", "theme": None}
    tags = [
        ("o1", "m1", "item"),
        ("o1", "m1", "dim"),  # the same observation: once for the dimension
        ("o2", "m2", "item"),
        ("o3", "m2", "theme"),
    ]
    assert code_frequency(tags, parents, ["dim", "theme"], ["m2", "m1", "m3"]) == {
        "dim": [1, 1, 0],
        "theme": [1, 0, 0],
    }


def test_co_occurrence_counts_observations_carrying_both() -> None:
    parents = {"dim": None, "item": "dim", "t1": None, "t2": None}
    tags = [
        ("o1", "item"),
        ("o1", "t1"),
        ("o2", "dim"),
        ("o2", "item"),
        ("o2", "t1"),
        ("o2", "t2"),
        ("o3", "t2"),
    ]
    cells = co_occurrence(tags, parents, ["dim", "t1", "t2"])
    assert cells[("dim", "t1")] == cells[("t1", "dim")] == 2
    assert cells[("dim", "t2")] == 1
    assert cells[("t2", "t2")] == 2
    assert ("item", "t1") not in cells  # not among the codes asked for
    assert observations_with_both(tags, parents, "dim", "t1") == ["o1", "o2"]


def test_counting_from_code_sets_gives_the_same_numbers() -> None:
    parents = {"dim": None, "item": "dim", "t1": None, "t2": "t1"}
    tags3 = [
        ("o1", "m1", "item"),
        ("o1", "m1", "dim"),
        ("o2", "m1", "item"),
        ("o2", "m1", "t2"),
        ("o3", "m2", "t1"),
        ("o3", "m2", "t2"),
        ("o4", "m2", "dim"),
        ("o4", "m2", "item"),
    ]
    sets = [("m1", ("dim", "item"), 1), ("m1", ("item", "t2"), 1), ("m2", ("t1", "t2"), 1)]
    sets.append(("m2", ("dim", "item"), 1))
    codes, meetings = ["dim", "t1", "item"], ["m1", "m2"]
    frequency = code_frequency_of_sets(sets, parents, codes, meetings)
    assert frequency == code_frequency(tags3, parents, codes, meetings)
    assert frequency == {"dim": [2, 1], "t1": [1, 1], "item": [2, 1]}
    merged = [(("dim", "item"), 2), (("item", "t2"), 1), (("t1", "t2"), 1)]
    pairs = co_occurrence_of_sets(merged, parents, codes)
    assert pairs == co_occurrence([(o, c) for o, _m, c in tags3], parents, codes)
    assert pairs[("dim", "t1")] == 1 and pairs[("dim", "dim")] == 3 and pairs[("t1", "t1")] == 2
