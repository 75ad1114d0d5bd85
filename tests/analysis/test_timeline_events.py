"""The study's timeline and code frequency per meeting, worked by hand."""

from __future__ import annotations

from fieldnotes.analysis.timeline import code_frequency, study_timeline
from fieldnotes.domain.models import (
    Action,
    ActionEntry,
    CacRound,
    Meeting,
    MemberCheckSent,
)


def test_events_in_date_order_with_actions_agreed_and_closed() -> None:
    meetings = [
        Meeting("m2", "Reflection", "reflection session", "2024-03-01"),
        Meeting("m1", "Kick-off", "team meeting", "2024-01-10"),
        Meeting("m3", "Undated"),
    ]
    rounds = [CacRound("r1", "Round 1", "2024-02-01"), CacRound("r2", "Later")]
    sent = [MemberCheckSent("s1", "2024-01-20", "summary.docx", 12, "nl")]
    done = Action.opened("2024-01-10").with_status("done", "2024-03-01")
    actions = [
        ActionEntry("o1", "m1", "Kick-off", "2024-01-10", "Visit the GP", done),
        ActionEntry("o2", "m1", "Kick-off", "2024-01-10", "Poster", Action("open")),
    ]
    events = study_timeline(meetings, rounds, sent, {"2024-02-10": 3}, actions)
    assert [(e.date, e.kind, e.label) for e in events] == [
        ("2024-01-10", "meeting", "Kick-off"),
        ("2024-01-10", "action_agreed", "Poster"),
        ("2024-01-10", "action_agreed", "Visit the GP"),
        ("2024-01-20", "member_check", "summary.docx"),
        ("2024-02-01", "cac_round", "Round 1"),
        ("2024-02-10", "feedback", "3"),
        ("2024-03-01", "meeting", "Reflection"),
        ("2024-03-01", "action_closed", "Visit the GP"),
    ]
    assert events[0].detail == "team meeting" and events[-1].detail == "done"
    assert events[3].detail == "12"


def test_code_frequency_per_meeting_in_the_given_order() -> None:
    tags = [
        ("o1", "m1", "cac:14"),
        ("o2", "m2", "cac:15"),
        ("o3", "m2", "cac:14"),
        ("o3", "m2", "t1"),
    ]
    parents = {"cac:14": "cac:relation", "cac:15": "cac:relation"}
    frequency = code_frequency(tags, parents, ["cac:relation", "t1", "cac:general"], ["m2", "m1"])
    assert frequency == {"cac:relation": [2, 1], "t1": [1, 0], "cac:general": [0, 0]}
