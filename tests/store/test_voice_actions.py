"""Who spoke in an observation and the actions it records: stored, exchanged and merged."""

from __future__ import annotations

import json
import shutil
from pathlib import Path
from typing import Any

import pytest

from fieldnotes.domain.models import Action, Meeting, Observation, Participant, StatusChange
from fieldnotes.errors import InterchangeError
from fieldnotes.export.json_dump import export_json_bytes
from fieldnotes.imports.json_import import import_text
from fieldnotes.store import Project
from fieldnotes.store.sync import merge_projects
from fieldnotes.store.sync.vectors import parse
from tests.conftest import minimal_document
from tests.store.sync_helpers import make_v6_project, user_version

AGREED = Action(
    "done",
    "p2",
    "2024-06-01",
    (StatusChange("open", "2024-05-01"), StatusChange("done", "2024-05-20")),
)


@pytest.fixture
def meeting(project: Project) -> Project:
    project.participants.add(Participant("p1", "Coproducer A", "coproducer"))
    project.participants.add(Participant("p2", "Nurse B", "professional"))
    project.meetings.add(Meeting("m1", "Team meeting", date="2024-05-01", attendees=["p1", "p2"]))
    project.observations.add(Observation("o1", "m1", "We agree to map the street."))
    return project


def observation(project: Project, oid: str = "o1") -> Observation:
    found = project.observations.get(oid)
    assert found is not None
    return found


def versions(project: Project, oid: str = "o1") -> dict[str, int]:
    row = project.conn.execute("SELECT versions FROM observations WHERE id = ?", (oid,)).fetchone()
    return parse(row[0])


def test_speakers_are_kept_in_order_once_each(meeting: Project) -> None:
    meeting.observations.set_speakers("o1", ["p2", "p1", "p2"])
    assert observation(meeting).speakers == ["p2", "p1"]
    meeting.observations.set_speakers("o1", [])
    assert observation(meeting).speakers == []


def test_an_action_and_its_dated_history(meeting: Project) -> None:
    opened = Action.opened("2024-05-01", owner="p2", due="2024-06-01")
    meeting.observations.set_action("o1", opened)
    assert observation(meeting).action == opened
    done = opened.with_status("done", "2024-05-20")
    assert done.history == AGREED.history and done.changed_on() == "2024-05-20"
    assert done.with_status("done", "2024-05-21") is done  # no change, no new date
    meeting.observations.set_action("o1", done)
    assert observation(meeting).action == AGREED
    meeting.observations.set_action("o1", None)
    assert observation(meeting).action is None
    with pytest.raises(ValueError):
        done.with_status("postponed", "2024-05-22")


def test_deleting_a_participant_forgets_them_as_speaker_and_owner(meeting: Project) -> None:
    meeting.observations.set_speakers("o1", ["p1", "p2"])
    meeting.observations.set_action("o1", AGREED)
    meeting.participants.delete("p2")
    assert observation(meeting).speakers == ["p1"]
    assert observation(meeting).action.owner is None  # type: ignore[union-attr]


def test_deleting_and_restoring_an_observation_keeps_both(meeting: Project) -> None:
    meeting.observations.set_speakers("o1", ["p1"])
    meeting.observations.set_action("o1", AGREED)
    removed, position = meeting.observations.delete("o1")
    assert meeting.conn.execute("SELECT count(*) FROM actions").fetchone()[0] == 0
    meeting.observations.restore(removed, position)
    assert observation(meeting) == removed
    assert (removed.speakers, removed.action) == (["p1"], AGREED)


def test_speakers_and_actions_are_edits_for_merging(meeting: Project) -> None:
    start = sum(versions(meeting).values())
    meeting.observations.set_speakers("o1", ["p1"])
    assert sum(versions(meeting).values()) == start + 1
    meeting.observations.set_speakers("o1", ["p1"])  # the same again is no edit
    meeting.observations.set_action("o1", AGREED)
    assert sum(versions(meeting).values()) == start + 2


# -- fieldnotes/1 ------------------------------------------------------------------------


def document_with(**observation: Any) -> dict[str, Any]:
    document = minimal_document()
    document["participants"].append({"id": "p2", "pseudonym": "Nurse B", "role": "professional"})
    document["meetings"][0]["observations"][0].update(observation)
    return document


ACTION_JSON = {
    "owner": "p2",
    "due": "2024-06-01",
    "status": "done",
    "history": [{"status": "open", "date": "2024-05-01"}, {"status": "done", "date": "2024-05-20"}],
}


def test_json_round_trip(project: Project, tmp_path: Path) -> None:
    import_text(project, json.dumps(document_with(speakers=["p2", "p1"], action=ACTION_JSON)))
    assert observation(project).speakers == ["p2", "p1"]
    assert observation(project).action == AGREED
    dumped = json.loads(export_json_bytes(project))
    written = dumped["meetings"][0]["observations"][0]
    assert written["speakers"] == ["p2", "p1"] and written["action"] == ACTION_JSON
    with Project.open(tmp_path / "again.fieldnotes") as again:
        import_text(again, json.dumps(dumped))
        assert json.loads(export_json_bytes(again)) == dumped


def test_older_files_stay_valid_and_written_files_unchanged(project: Project) -> None:
    document = minimal_document()
    import_text(project, json.dumps(document))
    written = json.loads(export_json_bytes(project))["meetings"][0]["observations"][0]
    assert "speakers" not in written and "action" not in written


def test_a_file_without_the_keys_keeps_what_the_project_has(project: Project) -> None:
    import_text(project, json.dumps(document_with(speakers=["p1"], action=ACTION_JSON)))
    import_text(project, json.dumps(document_with()))
    assert observation(project).speakers == ["p1"] and observation(project).action == AGREED
    import_text(project, json.dumps(document_with(speakers=[], action=None)))
    assert observation(project).speakers == [] and observation(project).action is None


def test_a_bare_action_is_open(project: Project) -> None:
    import_text(project, json.dumps(document_with(action={})))
    assert observation(project).action == Action("open")


@pytest.mark.parametrize(
    ("observation_keys", "place"),
    [
        ({"speakers": ["p9"]}, "meetings[0].observations[0].speakers[0]"),
        ({"speakers": ["p1", "p1"]}, "meetings[0].observations[0].speakers"),
        ({"speakers": "p1"}, "meetings[0].observations[0].speakers"),
        ({"action": {"status": "postponed"}}, "meetings[0].observations[0].action.status"),
        ({"action": {"owner": "p9"}}, "meetings[0].observations[0].action.owner"),
        ({"action": {"due": "next week"}}, "meetings[0].observations[0].action.due"),
        ({"action": {"when": "now"}}, "meetings[0].observations[0].action"),
        ({"action": "open"}, "meetings[0].observations[0].action"),
        (
            {"action": {"history": [{"status": "done"}]}},
            "meetings[0].observations[0].action.history[0]",
        ),
        (
            {"action": {"history": [{"status": "done", "date": "yesterday"}]}},
            "meetings[0].observations[0].action.history[0].date",
        ),
    ],
)
def test_a_bad_speaker_or_action_names_its_place_and_changes_nothing(
    project: Project, observation_keys: dict[str, Any], place: str
) -> None:
    before = project.snapshot()
    with pytest.raises(InterchangeError) as error:
        import_text(project, json.dumps(document_with(**observation_keys)))
    assert place in str(error.value)
    assert project.snapshot() == before


# -- merging and migration ---------------------------------------------------------------


def test_a_colleagues_speakers_and_action_arrive_by_merge(tmp_path: Path) -> None:
    ours = tmp_path / "ours.fieldnotes"
    with Project.open(ours) as project:
        import_text(project, json.dumps(document_with()))
    theirs = tmp_path / "theirs.fieldnotes"
    shutil.copy(ours, theirs)
    with Project.open(theirs) as project:
        project.observations.set_speakers("o1", ["p2"])
        project.observations.set_action("o1", AGREED)
    with Project.open(ours) as project:
        report = merge_projects(project, theirs)
        assert report.counts["observations"]["updated"] == 1
        assert observation(project).speakers == ["p2"]
        assert observation(project).action == AGREED
    with Project.open(theirs) as project:  # both sides changed differently: a conflict
        project.observations.set_action("o1", AGREED.with_status("open", "2024-05-25"))
    with Project.open(ours) as project:
        project.observations.set_speakers("o1", ["p1"])
        report = merge_projects(project, theirs)
        assert len(report.conflicts) == 1
        (conflict,) = project.conflicts.all()
        assert conflict.theirs is not None and conflict.theirs["action"]["status"] == "open"
        assert observation(project).speakers == ["p1"]


def test_a_schema_6_project_gains_speakers_and_actions(tmp_path: Path) -> None:
    path = tmp_path / "older.fieldnotes"
    make_v6_project(path, document_with())
    assert user_version(path) == 6
    with Project.open(path) as project:
        before = versions(project)
        assert observation(project).speakers == [] and observation(project).action is None
        project.observations.set_speakers("o1", ["p1"])
        assert sum(versions(project).values()) == sum(before.values()) + 1
    assert user_version(path) == 7
