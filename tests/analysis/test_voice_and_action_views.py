"""What the Who speaks and Actions windows count: shares, silent attendees, per meeting."""

from __future__ import annotations

from fieldnotes.analysis.actions import owners, status_per_meeting
from fieldnotes.analysis.voice import (
    VoiceCount,
    groups_per_meeting,
    share_of_voice,
    voice_per_meeting,
    voice_rows,
)
from fieldnotes.domain.models import Action, ActionEntry

ROLES = {"p1": "professional", "p2": "coproducer", "p3": "manager", "p4": "researcher"}


def test_everyone_lists_the_silent_attendees_with_nothing_counted() -> None:
    share = share_of_voice(["p1", "p1", "p2"], ["p2", None], ROLES, present=["p3", "p1", "p2"])
    everyone = share.everyone()
    assert list(everyone) == ["p1", "p2", "p3"]
    assert everyone["p3"] == VoiceCount(0, 0)
    assert everyone["p1"] == VoiceCount(2, 0) and everyone["p2"] == VoiceCount(1, 1)


def test_voice_rows_give_each_its_part_of_everything_heard() -> None:
    rows = voice_rows({"a": VoiceCount(2, 1), "b": VoiceCount(0, 1), "c": VoiceCount()})
    assert rows == [("a", 2, 1, 0.75), ("b", 0, 1, 0.25), ("c", 0, 0, 0.0)]
    assert voice_rows({"a": VoiceCount()}) == [("a", 0, 0, 0.0)]
    assert voice_rows({}) == []


def test_groups_per_meeting_follow_the_meetings_given() -> None:
    per_meeting = voice_per_meeting(
        [("m1", "p1"), ("m1", "p3"), ("m2", "p2")], [("m2", "p2"), ("m2", None)], ROLES
    )
    series = groups_per_meeting(per_meeting, ["m2", "m0", "m1"])
    assert series == {
        "professional": [0, 0, 2],
        "coproducer": [2, 0, 0],
        "researcher": [0, 0, 0],
        "other": [0, 0, 0],
    }


def entry(oid: str, meeting: str, status: str, owner: str | None = None) -> ActionEntry:
    return ActionEntry(oid, meeting, meeting.upper(), None, "text", Action(status, owner))


def test_status_per_meeting_counts_every_status_in_meeting_order() -> None:
    entries = [
        entry("o1", "m2", "open", "p2"),
        entry("o2", "m2", "done"),
        entry("o3", "m1", "dropped", "p1"),
        entry("o4", "m2", "open", "p2"),
    ]
    assert status_per_meeting(entries) == {
        "m2": {"open": 2, "done": 1, "dropped": 0},
        "m1": {"open": 0, "done": 0, "dropped": 1},
    }
    assert list(status_per_meeting(entries)) == ["m2", "m1"]
    assert owners(entries) == ["p2", "p1"]
    assert status_per_meeting([]) == {} and owners([]) == []
