"""Share of voice, worked by hand."""

from __future__ import annotations

from fieldnotes.analysis.voice import (
    VoiceCount,
    role_group,
    share_of_voice,
    voice_per_meeting,
)

ROLES = {"p1": "professional", "p2": "coproducer", "p3": "manager", "p4": "service user"}


def test_observations_count_once_per_speaker_and_quotes_for_their_speaker() -> None:
    # o1 names p1 and p2; o2 names p1; quotes by p2, p2, p3 and an unknown speaker.
    voice = share_of_voice(["p1", "p2", "p1"], ["p2", "p2", "p3", None], ROLES)
    assert voice.by_participant == {
        "p1": VoiceCount(2, 0),
        "p2": VoiceCount(1, 2),
        "p3": VoiceCount(0, 1),
    }
    assert voice.by_role == {"professional": VoiceCount(2, 1), "coproducer": VoiceCount(1, 2)}
    assert voice.to_json() == {
        "by_participant": {
            "p1": {"observations": 2, "quotes": 0},
            "p2": {"observations": 1, "quotes": 2},
            "p3": {"observations": 0, "quotes": 1},
        },
        "by_role": {
            "professional": {"observations": 2, "quotes": 1},
            "coproducer": {"observations": 1, "quotes": 2},
        },
    }
    assert voice.share("p2") == 3 / 6
    assert voice.share("p9") == 0.0


def test_attendees_come_first_and_the_silent_are_named() -> None:
    voice = share_of_voice(["p2"], ["p9"], ROLES, present=["p4", "p2", "p1"])
    assert list(voice.by_participant) == ["p2", "p9"]
    assert voice.silent == ["p4", "p1"]
    assert voice.by_role == {"coproducer": VoiceCount(1, 0), "other": VoiceCount(0, 1)}
    assert "p4" not in voice.to_json()["by_participant"]


def test_roles_fall_into_four_groups() -> None:
    assert [role_group(r) for r in ("professional", "Manager", "coproducer", "researcher")] == [
        "professional",
        "professional",
        "coproducer",
        "researcher",
    ]
    assert {role_group(r) for r in ("service user", "other", "", None, "buurtvader")} == {"other"}


def test_nobody_heard() -> None:
    voice = share_of_voice([], [None], ROLES, present=["p1"])
    assert voice.by_participant == {} and voice.by_role == {} and voice.silent == ["p1"]
    assert voice.share("p1") == 0.0


def test_per_meeting() -> None:
    per = voice_per_meeting([("m1", "p1"), ("m2", "p2"), ("m1", "p1")], [("m2", "p1")], ROLES)
    assert per["m1"].by_participant == {"p1": VoiceCount(2, 0)}
    assert per["m2"].by_participant == {"p2": VoiceCount(1, 0), "p1": VoiceCount(0, 1)}
