"""Everyday edits through the repositories, and that every delete can be undone exactly."""

from __future__ import annotations

import pytest

from fieldnotes.domain.models import Code, Meeting, Observation, Participant, Quote
from fieldnotes.export.json_dump import export_json_bytes
from fieldnotes.store import Project
from fieldnotes.store.codes_repo import LockedCodeError


def _ids(project: Project, meeting_id: str) -> list[str]:
    return [o.id for o in project.observations.for_meeting(meeting_id)]


def test_add_observation_at_end_and_in_between(example_project: Project) -> None:
    before = _ids(example_project, "m1")
    example_project.observations.add(Observation("new-end", "m1", "at the end", "11:29"))
    example_project.observations.add(Observation("new-2", "m1", "second", "10:06"), position=1)
    after = _ids(example_project, "m1")
    assert after == [before[0], "new-2", *before[1:], "new-end"]
    assert [o.position for o in example_project.observations.for_meeting("m1")] == list(
        range(len(after))
    )


def test_text_time_and_codes_edits_bump_updated(example_project: Project) -> None:
    repo = example_project.observations
    repo.update_text("o1", "Rewritten")
    repo.update_time("o1", "10:07")
    repo.set_codes("o1", ["cac:3", "t2"])
    observation = repo.get("o1")
    assert observation is not None
    assert (observation.text, observation.time, observation.codes) == (
        "Rewritten",
        "10:07",
        ["cac:3", "t2"],
    )
    assert observation.updated is not None and observation.updated >= (observation.created or "")


def test_delete_and_restore_observation_is_exact(example_project: Project) -> None:
    before = export_json_bytes(example_project)
    quoted = next(o for o in example_project.observations.for_meeting("m1") if o.quotes)
    removed, position = example_project.observations.delete(quoted.id)
    assert quoted.id not in _ids(example_project, "m1")
    assert [o.position for o in example_project.observations.for_meeting("m1")] == list(
        range(len(_ids(example_project, "m1")))
    )
    example_project.observations.restore(removed, position)
    assert export_json_bytes(example_project) == before


def test_move_observation(example_project: Project) -> None:
    before = _ids(example_project, "m1")
    example_project.observations.move(before[0], 2)
    assert _ids(example_project, "m1") == [before[1], before[2], before[0], *before[3:]]
    example_project.observations.move(before[0], 0)
    assert _ids(example_project, "m1") == before


def test_quotes_add_update_delete_restore(example_project: Project) -> None:
    repo = example_project.observations
    repo.add_quote("o1", Quote("qa", "We will try.", "p1", "We gaan het proberen.", "nl"))
    repo.add_quote("o1", Quote("qb", "First!", None), position=0)
    assert [q.id for q in repo.get("o1").quotes] == ["qb", "qa"]  # type: ignore[union-attr]
    repo.update_quote(Quote("qa", "We will really try.", "p3"))
    observation_id, quote, position = repo.delete_quote("qa")
    assert (observation_id, quote.speaker, position) == ("o1", "p3", 1)
    repo.add_quote(observation_id, quote, position)
    assert repo.get("o1").quotes[1] == quote  # type: ignore[union-attr]


def test_delete_and_restore_meeting_with_everything_in_it(example_project: Project) -> None:
    before = export_json_bytes(example_project)
    removed = example_project.meetings.delete("m1")
    assert example_project.meetings.get("m1") is None
    assert example_project.observations.count("m1") == 0
    assert all(memo.about != "m1" for memo in example_project.memos.all())
    example_project.meetings.restore(removed)
    assert export_json_bytes(example_project) == before


def test_meeting_add_and_update(project: Project) -> None:
    project.participants.add(Participant("p1", "Coproducer A", "coproducer"))
    project.meetings.add(Meeting("m1", "Team meeting", date="2024-05-01", attendees=["p1"]))
    meeting = project.meetings.get("m1")
    assert meeting is not None and meeting.attendees == ["p1"]
    meeting.title, meeting.attendees = "Renamed", []
    project.meetings.update(meeting)
    assert project.meetings.get("m1") == meeting


def test_delete_and_restore_participant_puts_back_every_reference(example_project: Project) -> None:
    before = export_json_bytes(example_project)
    removed = example_project.participants.delete("p1")
    assert all("p1" not in m.attendees for m in example_project.meetings.all())
    example_project.participants.restore(removed)
    assert export_json_bytes(example_project) == before


def test_theme_create_delete_restore(example_project: Project) -> None:
    before = export_json_bytes(example_project)
    removed = example_project.codes.delete_theme("t2")  # t5 is its sub-theme
    assert example_project.codes.get("t5").parent is None  # type: ignore[union-attr]
    example_project.codes.restore_theme(removed)
    assert export_json_bytes(example_project) == before
    example_project.codes.add_theme(Code("t9", "Emergent", None))
    assert example_project.codes.themes()[-1].id == "t9"


def test_cac_codes_are_locked(project: Project) -> None:
    with pytest.raises(LockedCodeError):
        project.codes.delete_theme("cac:14")
    with pytest.raises(LockedCodeError):
        project.codes.add_theme(Code("cac:99", "Mine"))


def test_theme_update_renest_and_loops_refused(example_project: Project) -> None:
    from fieldnotes.store.codes_repo import CodeTreeError

    codes = example_project.codes
    t1 = codes.get("t1")
    assert t1 is not None
    t1.name, t1.origin, t1.parent = "Learning together", "emergent", "t2"
    codes.update_theme(t1)
    assert codes.get("t1") == t1
    t2 = codes.get("t2")
    assert t2 is not None
    t2.parent = "t1"
    with pytest.raises(CodeTreeError):
        codes.update_theme(t2)
    t2.parent = "cac:relation"
    with pytest.raises(CodeTreeError):
        codes.update_theme(t2)


def test_merge_theme_retags_and_unmerge_restores(example_project: Project) -> None:
    before = export_json_bytes(example_project)
    tagged_t4 = {
        o.id
        for items in example_project.observations.all_grouped().values()
        for o in items
        if "t4" in o.codes
    }
    merged = example_project.codes.merge_theme("t4", "t1")
    assert example_project.codes.get("t4") is None
    after = {
        o.id
        for items in example_project.observations.all_grouped().values()
        for o in items
        if "t1" in o.codes
    }
    assert tagged_t4 <= after
    example_project.codes.unmerge_theme(merged)
    assert export_json_bytes(example_project) == before


def test_round_edits_and_memo_about_a_code(example_project: Project) -> None:
    from fieldnotes.domain.models import CacResponse, CacRound

    rounds = example_project.cac_rounds
    rounds.add(CacRound("r2", "Round 2", "2023-09-01", [CacResponse("p1", {1: 90})]))
    rounds.set_responses("r2", [CacResponse("p2", {2: 40, 3: 55.5})])
    assert rounds.get("r2").responses == [CacResponse("p2", {2: 40, 3: 55.5})]  # type: ignore[union-attr]
    removed = rounds.delete("r2")
    assert rounds.get("r2") is None
    rounds.restore(removed)
    assert rounds.get("r2") is not None
    memos = example_project.memos
    assert memos.set_about("t3", "Grows in the walk-in hour.") is None
    assert memos.about("t3").text == "Grows in the walk-in hour."  # type: ignore[union-attr]
    old = memos.set_about("t3", "")
    assert old is not None and memos.about("t3") is None


def test_references_are_unique_stable_and_never_reused(example_project: Project) -> None:
    repo = example_project.observations
    refs = [o.ref for items in repo.all_grouped().values() for o in items]
    assert len(set(refs)) == len(refs) and None not in refs
    first = repo.get("o1")
    assert first is not None and first.reference == f"O-{first.ref}"
    removed, position = repo.delete("o25")
    added = repo.add(Observation("new", "m1", "after the delete"))
    assert added.ref is not None and added.ref > max(r for r in refs if r is not None)
    repo.restore(removed, position)
    assert repo.get("o25").ref == removed.ref  # type: ignore[union-attr]
    repo.update_text("o1", "edited")
    assert repo.get("o1").ref == first.ref  # type: ignore[union-attr]
