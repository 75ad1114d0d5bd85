"""The bulk reads behind the analysis views, on the example study."""

from __future__ import annotations

from fieldnotes.analysis.voice import VoiceCount, share_of_voice
from fieldnotes.domain.models import MemberCheckSent
from fieldnotes.store import Project
from fieldnotes.store.analysis_queries import Scope


def voice(project: Project, scope: Scope) -> dict[str, VoiceCount]:
    queries = project.analysis
    counted = share_of_voice(
        [pid for _m, pid in queries.speaker_rows(scope)],
        [pid for _m, pid in queries.quote_rows(scope)],
        queries.roles(),
        queries.attendees(scope),
    )
    return counted.by_participant


def test_share_of_voice_in_the_kick_off(example_project: Project) -> None:
    assert voice(example_project, Scope(meeting="m1")) == {
        "p1": VoiceCount(3, 0),
        "p2": VoiceCount(2, 1),
        "p3": VoiceCount(2, 1),
        "p5": VoiceCount(2, 0),
        "p7": VoiceCount(1, 0),
    }


def test_a_period_takes_the_meetings_dated_within_it(example_project: Project) -> None:
    kick_off = voice(example_project, Scope(meeting="m1"))
    focus_group = voice(example_project, Scope(meeting="m2"))
    both = voice(example_project, Scope(date_from="2022-09-01", date_to="2022-11-30"))
    assert set(both) == set(kick_off) | set(focus_group)
    for pid, count in both.items():
        one, two = kick_off.get(pid, VoiceCount()), focus_group.get(pid, VoiceCount())
        assert count == VoiceCount(one.observations + two.observations, one.quotes + two.quotes)
    assert voice(example_project, Scope(date_from="2030-01-01")) == {}
    assert example_project.analysis.attendees(Scope(meeting="m2")) == ["p1", "p3", "p4", "p6", "p7"]


def test_actions_oldest_meeting_first_and_by_status(example_project: Project) -> None:
    queries = example_project.analysis
    everything = queries.actions()
    assert [e.observation for e in everything] == [
        "o3", "o4", "o6", "o10", "o11", "o13", "o14", "o16", "o18", "o23", "o25",
    ]  # fmt: skip
    assert [e.observation for e in queries.actions("dropped")] == ["o11"]
    first = everything[0]
    assert (first.meeting, first.meeting_date, first.action.owner) == ("m1", "2022-09-14", "p1")
    assert first.to_json() == {
        "observation": "o3",
        "meeting": "m1",
        "text": first.text,
        "owner": "p1",
        "due": None,
        "status": "done",
    }


def test_open_actions_from_earlier_meetings(example_project: Project) -> None:
    queries = example_project.analysis
    assert [e.observation for e in queries.open_before("m4")] == ["o14", "o16", "o18"]
    assert queries.open_before("m1") == []
    assert queries.open_before("no such meeting") == []


def test_member_checks_and_feedback_by_date(example_project: Project) -> None:
    queries = example_project.analysis
    assert queries.member_checks() == []
    sent = MemberCheckSent("s1", "2023-03-01", "summary.docx", 25, "nl")
    queries.record_member_check(sent)
    assert queries.member_checks() == [sent]
    received = queries.feedback_received()
    assert all(isinstance(n, int) and n > 0 for n in received.values())
    assert list(received) == sorted(received)
