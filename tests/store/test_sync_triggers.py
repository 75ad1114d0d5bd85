"""Merge tracking: every way of writing keeps versions, authors and times, and tombstones."""

from __future__ import annotations

import json
import shutil
from pathlib import Path

import pytest

from fieldnotes.domain.models import (
    CacResponse,
    CacRound,
    Code,
    Meeting,
    Observation,
    Participant,
    Quote,
)
from fieldnotes.domain.search import SearchFilters
from fieldnotes.imports.json_import import import_text
from fieldnotes.store import Project
from fieldnotes.store.sync.vectors import parse
from tests.conftest import minimal_document
from tests.store.sync_helpers import make_v5_project, user_version


def row(project: Project, table: str, item_id: str) -> dict[str, object]:
    cursor = project.conn.execute(
        f"SELECT versions, created_by, modified_by, modified_at FROM {table} WHERE id = ?",
        (item_id,),
    )
    versions, created_by, modified_by, modified_at = cursor.fetchone()
    return {
        "versions": parse(versions),
        "created_by": created_by,
        "modified_by": modified_by,
        "modified_at": modified_at,
    }


def replica(project: Project) -> str:
    return project.settings.get("replica_id") or ""


def counter(project: Project, table: str, item_id: str) -> int:
    return row(project, table, item_id)["versions"].get(replica(project), 0)  # type: ignore[union-attr]


def tombstone(
    project: Project, kind: str, item_id: str
) -> tuple[dict[str, int], str | None] | None:
    found = project.conn.execute(
        "SELECT versions, deleted_by FROM deleted_items WHERE kind = ? AND id = ?",
        (kind, item_id),
    ).fetchone()
    return (parse(found[0]), found[1]) if found else None


@pytest.fixture
def meeting(project: Project) -> Project:
    project.settings.researcher = "Ann"
    project.meetings.add(Meeting("m1", "Team meeting", date="2024-05-01"))
    project.participants.add(Participant("p1", "Coproducer A"))
    project.participants.add(Participant("p2", "Coproducer B"))
    project.codes.add_theme(Code("t1", "Trust"))
    project.observations.add(Observation("o1", "m1", "First note", codes=["cac:14"]))
    return project


def test_adding_stamps_author_time_and_a_first_version(meeting: Project) -> None:
    for table, item_id in (
        ("meetings", "m1"),
        ("participants", "p1"),
        ("codes", "t1"),
        ("observations", "o1"),
    ):
        stamped = row(meeting, table, item_id)
        assert stamped["versions"] == {replica(meeting): 1}, table
        assert stamped["created_by"] == stamped["modified_by"] == "Ann"
        assert str(stamped["modified_at"]).endswith("+00:00")
    observation = meeting.observations.get("o1")
    assert observation is not None
    assert (observation.created_by, observation.modified_by) == ("Ann", "Ann")
    assert observation.modified_at is not None


def test_an_edit_bumps_once_and_records_who(meeting: Project) -> None:
    meeting.settings.researcher = "Bob"
    meeting.observations.update_text("o1", "Changed")
    assert counter(meeting, "observations", "o1") == 2
    stamped = row(meeting, "observations", "o1")
    assert (stamped["created_by"], stamped["modified_by"]) == ("Ann", "Bob")
    with meeting.transaction():  # several edits in one transaction count once
        meeting.observations.update_text("o1", "Changed again")
        meeting.observations.update_time("o1", "10:00")
        meeting.observations.set_codes("o1", ["cac:14", "t1"])
    assert counter(meeting, "observations", "o1") == 3


def test_writing_the_same_content_is_no_edit(meeting: Project) -> None:
    meeting.observations.update_text("o1", "First note")
    meeting.observations.set_codes("o1", ["cac:14"])
    meeting.meetings.update(Meeting("m1", "Team meeting", date="2024-05-01"))
    meeting.participants.update(Participant("p1", "Coproducer A"))
    assert counter(meeting, "observations", "o1") == 1
    assert counter(meeting, "meetings", "m1") == 1
    assert counter(meeting, "participants", "p1") == 1


def test_order_is_not_an_edit(meeting: Project) -> None:
    meeting.observations.add(Observation("o2", "m1", "Second"))
    meeting.observations.set_codes("o1", ["cac:14", "t1"])
    before = counter(meeting, "observations", "o1")
    meeting.observations.move("o1", 1)
    meeting.observations.set_codes("o1", ["t1", "cac:14"])
    assert counter(meeting, "observations", "o1") == before


def test_tags_quotes_attendees_and_answers_are_edits_of_their_item(meeting: Project) -> None:
    meeting.observations.set_codes("o1", ["cac:14", "t1"])
    assert counter(meeting, "observations", "o1") == 2
    meeting.observations.add_quote("o1", Quote("q1", "We talk.", "p1"))
    assert counter(meeting, "observations", "o1") == 3
    meeting.observations.update_quote(Quote("q1", "We talk more.", "p1"))
    assert counter(meeting, "observations", "o1") == 4
    meeting.observations.delete_quote("q1")
    assert counter(meeting, "observations", "o1") == 5
    meeting.meetings.update(Meeting("m1", "Team meeting", date="2024-05-01", attendees=["p1"]))
    assert counter(meeting, "meetings", "m1") == 2
    meeting.cac_rounds.add(CacRound("r1", "Round 1", responses=[CacResponse("p1", {1: 50})]))
    assert counter(meeting, "cac_rounds", "r1") == 1
    meeting.cac_rounds.set_responses("r1", [CacResponse("p1", {1: 60})])
    assert counter(meeting, "cac_rounds", "r1") == 2
    meeting.cac_rounds.set_responses("r1", [CacResponse("p1", {1: 60})])
    assert counter(meeting, "cac_rounds", "r1") == 2


def test_feedback_is_not_an_edit(meeting: Project) -> None:
    from fieldnotes.domain.models import Feedback

    meeting.observations.add_feedback("o1", Feedback("p1", "agree"))
    assert counter(meeting, "observations", "o1") == 1


def test_a_delete_leaves_a_tombstone_and_undo_continues_from_it(meeting: Project) -> None:
    meeting.settings.researcher = "Bob"
    observation, position = meeting.observations.delete("o1")
    found = tombstone(meeting, "observation", "o1")
    assert found == ({replica(meeting): 2}, "Bob")
    meeting.observations.restore(observation, position)
    assert tombstone(meeting, "observation", "o1") is None
    assert counter(meeting, "observations", "o1") == 3
    assert row(meeting, "observations", "o1")["created_by"] == "Ann"


def test_cascaded_deletes_leave_tombstones(meeting: Project) -> None:
    meeting.memos.set_about("m1", "About the meeting")
    memo = meeting.memos.about("m1")
    assert memo is not None
    removed = meeting.meetings.delete("m1")
    assert tombstone(meeting, "meeting", "m1") is not None
    assert tombstone(meeting, "observation", "o1") is not None
    assert tombstone(meeting, "memo", memo.id) is not None
    meeting.meetings.restore(removed)
    assert tombstone(meeting, "observation", "o1") is None
    assert counter(meeting, "observations", "o1") == 3


def test_deleting_a_theme_changes_the_observations_it_tagged(meeting: Project) -> None:
    meeting.observations.set_codes("o1", ["t1"])
    meeting.codes.delete_theme("t1")
    assert tombstone(meeting, "code", "t1") is not None
    assert counter(meeting, "observations", "o1") == 3


def test_the_cac_framework_is_not_tracked(project: Project) -> None:
    assert project.conn.execute(
        "SELECT count(*) FROM codes WHERE locked AND versions IS NOT NULL"
    ).fetchone() == (0,)


def test_json_import_stamps_rows_and_reimport_changes_nothing(project: Project) -> None:
    project.settings.researcher = "Ann"
    document = minimal_document()
    import_text(project, json.dumps(document))
    assert row(project, "observations", "o1")["versions"] == {replica(project): 1}
    assert row(project, "observations", "o1")["created_by"] == "Ann"
    assert row(project, "meetings", "m1")["versions"] == {replica(project): 1}
    import_text(project, json.dumps(document))
    assert counter(project, "observations", "o1") == 1
    assert counter(project, "meetings", "m1") == 1
    document["meetings"][0]["observations"][0]["codes"] = ["t1"]
    import_text(project, json.dumps(document))
    assert counter(project, "observations", "o1") == 2
    assert counter(project, "meetings", "m1") == 1


def test_bulk_import_stamps_every_row_and_continues_tombstones(project: Project) -> None:
    from fieldnotes.store.merge import BULK_OBSERVATIONS

    document = minimal_document()
    observations = document["meetings"][0]["observations"]
    observations.extend({"id": f"x{i}", "text": f"note {i}"} for i in range(BULK_OBSERVATIONS))
    import_text(project, json.dumps(document))
    assert project.conn.execute(
        "SELECT count(*) FROM observations WHERE versions IS NULL OR modified_at IS NULL"
    ).fetchone() == (0,)
    project.observations.delete("x5")
    import_text(project, json.dumps(document))
    assert counter(project, "observations", "x5") == 3
    assert tombstone(project, "observation", "x5") is None
    assert counter(project, "observations", "x6") == 1


def test_a_copy_of_the_file_draws_its_own_replica_id(project_path: Path) -> None:
    with Project.open(project_path) as project:
        project.meetings.add(Meeting("m1", "Team meeting"))
        original = replica(project)
    copy = project_path.with_name("copy.fieldnotes")
    shutil.copy(project_path, copy)
    with Project.open(copy) as copied:
        assert replica(copied) == original  # nothing written yet
        copied.meetings.update(Meeting("m1", "Renamed"))
        assert replica(copied) != original
        assert row(copied, "meetings", "m1")["versions"] == {original: 1, replica(copied): 1}
    with Project.open(project_path) as project:
        project.meetings.update(Meeting("m1", "Renamed here"))
        assert replica(project) == original


def test_reading_never_writes(project_path: Path) -> None:
    with Project.open(project_path) as project:
        project.meetings.add(Meeting("m1", "Team meeting"))
    copy = project_path.with_name("copy.fieldnotes")
    shutil.copy(project_path, copy)
    before = copy.read_bytes()
    with Project.open(copy, read_only=True) as copied:
        copied.snapshot()
    assert copy.read_bytes() == before


def test_pause_is_only_for_one_transaction(project: Project) -> None:
    from fieldnotes.store.sync.tracking import paused

    with pytest.raises(AssertionError), paused(project.conn):
        pass
    with project.transaction() as conn, paused(conn):
        conn.execute(
            "INSERT INTO meetings (id, title, position, versions) VALUES ('m9', 'x', 0, '{}')"
        )
    assert project.conn.execute("SELECT count(*) FROM sync_pause").fetchone() == (0,)
    assert row(project, "meetings", "m9")["versions"] == {}


def test_an_older_project_is_migrated_with_its_content_as_the_common_base(
    tmp_path: Path,
) -> None:
    document = minimal_document()
    first, second = tmp_path / "first.fieldnotes", tmp_path / "second.fieldnotes"
    make_v5_project(first, document)
    document["meetings"][0]["observations"][0]["text"] = "Edited before updating"
    make_v5_project(second, document)
    assert user_version(first) == 5
    with Project.open(first) as a, Project.open(second) as b:
        assert row(a, "meetings", "m1")["versions"] == row(b, "meetings", "m1")["versions"]
        assert row(a, "meetings", "m1")["versions"] != {}
        assert row(a, "observations", "o1")["versions"] != row(b, "observations", "o1")["versions"]
        assert row(a, "observations", "o1")["modified_at"] is not None
        assert replica(a) and replica(a) != replica(b)


def test_search_by_researcher(meeting: Project) -> None:
    meeting.settings.researcher = "Bob"
    meeting.observations.add(Observation("o2", "m1", "Bob's note"))
    meeting.settings.researcher = None
    meeting.observations.add(Observation("o3", "m1", "Nobody's note"))
    assert meeting.observations.researchers() == ["Ann", "Bob"]
    hits = meeting.search.search("", SearchFilters(researcher="Bob"))
    assert [h.observation for h in hits] == ["o2"]
    hits = meeting.search.search("note", SearchFilters(researcher="Ann"))
    assert [h.observation for h in hits] == ["o1"]
    assert SearchFilters.from_dict({"researcher": "Ann"}).researcher == "Ann"
