"""Merging a colleague's copy of a project: the two-copies scenario through the public API."""

from __future__ import annotations

import json
import shutil
from collections.abc import Callable
from pathlib import Path
from typing import Any

import pytest

from fieldnotes.domain.models import (
    CacResponse,
    Code,
    Feedback,
    Meeting,
    Observation,
    Participant,
    Quote,
)
from fieldnotes.errors import FieldnotesError
from fieldnotes.export.json_dump import export_json_bytes
from fieldnotes.imports.json_import import import_text
from fieldnotes.store import Project
from fieldnotes.store.sync import MergeReport, merge_projects
from tests.store.sync_helpers import make_v5_project


def document() -> dict[str, Any]:
    return {
        "format": "fieldnotes/1",
        "study": {"title": "Shared study", "description": ""},
        "participants": [
            {"id": "p1", "pseudonym": "Coproducer A", "role": "coproducer"},
            {"id": "p2", "pseudonym": "Nurse B", "role": "professional"},
        ],
        "codes": [
            {"id": "t1", "name": "Trust", "parent": None},
            {"id": "t2", "name": "Keys", "parent": None},
        ],
        "meetings": [
            {
                "id": "m1",
                "title": "Team meeting",
                "date": "2024-05-01",
                "attendees": ["p1", "p2"],
                "observations": [
                    {"id": "o1", "time": "10:00", "text": "First note", "codes": ["cac:14"]},
                    {
                        "id": "o2",
                        "time": "10:05",
                        "text": "Second note",
                        "codes": ["t1"],
                        "quotes": [{"id": "q1", "speaker": "p1", "text": "We talk."}],
                    },
                    {"id": "o3", "time": "10:10", "text": "Third note"},
                ],
            },
            {
                "id": "m2",
                "title": "Walk-along",
                "date": "2024-05-08",
                "observations": [{"id": "o4", "text": "On the street"}],
            },
        ],
        "memos": [{"id": "n1", "about": "m1", "text": "A memo"}],
        "cac_rounds": [
            {
                "id": "r1",
                "label": "Round 1",
                "date": "2024-06-01",
                "responses": [{"respondent": "p1", "scores": {"1": 50}}],
            }
        ],
    }


@pytest.fixture
def copies(tmp_path: Path) -> tuple[Path, Path]:
    """Our project and a colleague's copy of it (a plain file copy, as people make)."""
    ours = tmp_path / "ours.fieldnotes"
    with Project.open(ours) as project:
        project.settings.researcher = "Ann"
        import_text(project, json.dumps(document()))
    theirs = tmp_path / "theirs.fieldnotes"
    shutil.copy(ours, theirs)
    with Project.open(theirs) as project:
        project.settings.researcher = "Bob"
    return ours, theirs


def edit(path: Path, change: Callable[[Project], object]) -> None:
    with Project.open(path) as project:
        change(project)


def merge(ours: Path, theirs: Path, **options: Any) -> MergeReport:
    with Project.open(ours) as project:
        return merge_projects(project, theirs, **options)


def text_of(path: Path, observation_id: str) -> str | None:
    with Project.open(path) as project:
        found = project.observations.get(observation_id)
        return found.text if found else None


def dump(path: Path) -> dict[str, Any]:
    with Project.open(path) as project:
        return json.loads(export_json_bytes(project))


def changes(report: MergeReport) -> dict[str, int]:
    return {k: v for k, v in report.totals.items() if k != "unchanged" and v}


def test_edits_of_different_items_on_each_side_both_arrive(copies: tuple[Path, Path]) -> None:
    ours, theirs = copies
    edit(ours, lambda p: p.observations.update_text("o1", "Ann's edit"))
    edit(theirs, lambda p: p.observations.update_text("o2", "Bob's edit"))
    edit(theirs, lambda p: p.observations.add(Observation("o9", "m2", "Bob's new note")))
    report = merge(ours, theirs)
    assert report.conflicts == []
    assert report.counts["observations"]["updated"] == 1
    assert report.counts["observations"]["added"] == 1
    assert changes(report) == {"added": 1, "updated": 1}
    assert text_of(ours, "o1") == "Ann's edit"
    assert text_of(ours, "o2") == "Bob's edit"
    assert text_of(ours, "o9") == "Bob's new note"
    with Project.open(ours) as project:
        new = project.observations.get("o9")
        assert new is not None and new.created_by == "Bob"
        assert project.observations.get("o2").modified_by == "Bob"  # type: ignore[union-attr]
        assert project.conflicts.all() == []


def test_the_same_item_edited_differently_is_one_conflict(copies: tuple[Path, Path]) -> None:
    ours, theirs = copies
    edit(ours, lambda p: p.observations.update_text("o1", "Ann's version"))
    edit(theirs, lambda p: p.observations.update_text("o1", "Bob's version"))
    report = merge(ours, theirs)
    assert report.totals["conflicts"] == 1
    assert [(k, i, r) for k, i, r, _ in report.conflicts] == [("observation", "o1", "edited_both")]
    assert "Ann's version" in report.conflicts[0][3]
    assert text_of(ours, "o1") == "Ann's version"
    assert dump(ours)["meetings"][0]["observations"][0]["text"] == "Ann's version"
    exported = dump(ours)["conflicts"]
    assert len(exported) == 1
    assert exported[0]["kind"] == "observation"
    assert exported[0]["item"] == "o1"
    assert exported[0]["reason"] == "edited_both"
    assert exported[0]["theirs"]["text"] == "Bob's version"
    assert exported[0]["researcher"] == "Bob"
    assert exported[0]["source"] == "theirs.fieldnotes"
    with Project.open(ours) as project:
        (conflict,) = project.conflicts.for_item("observation", "o1")
        assert project.conflicts.for_item("observation", "o2") == []
        resolved = project.conflicts.resolve(conflict.id, keep="theirs")
        assert project.observations.get("o1").text == "Bob's version"  # type: ignore[union-attr]
        assert project.conflicts.all() == []
        resolved.restore()
        assert project.observations.get("o1").text == "Ann's version"  # type: ignore[union-attr]
        assert [c.id for c in project.conflicts.all()] == [conflict.id]
        project.conflicts.resolve(conflict.id, keep="ours")
        assert project.observations.get("o1").text == "Ann's version"  # type: ignore[union-attr]
        assert project.conflicts.all() == []
    assert "conflicts" not in dump(ours)


def test_deleted_here_and_edited_there_comes_back_with_a_conflict(
    copies: tuple[Path, Path],
) -> None:
    ours, theirs = copies
    edit(ours, lambda p: p.observations.delete("o3"))
    edit(theirs, lambda p: p.observations.update_text("o3", "Bob kept working on it"))
    report = merge(ours, theirs)
    assert [(k, i, r) for k, i, r, _ in report.conflicts] == [("observation", "o3", "deleted_here")]
    assert text_of(ours, "o3") == "Bob kept working on it"
    with Project.open(ours) as project:
        (conflict,) = project.conflicts.all()
        assert conflict.theirs is not None and conflict.theirs["text"] == "Bob kept working on it"
        resolved = project.conflicts.resolve(conflict.id, keep="ours")  # the deletion
        assert project.observations.get("o3") is None
        resolved.restore()
        assert project.observations.get("o3").text == "Bob kept working on it"  # type: ignore[union-attr]
        assert len(project.conflicts.all()) == 1


def test_edited_here_and_deleted_there_stays_with_a_conflict(copies: tuple[Path, Path]) -> None:
    ours, theirs = copies
    edit(ours, lambda p: p.observations.update_text("o3", "Ann kept working on it"))
    edit(theirs, lambda p: p.observations.delete("o3"))
    report = merge(ours, theirs)
    assert [(k, i, r) for k, i, r, _ in report.conflicts] == [
        ("observation", "o3", "deleted_there")
    ]
    assert text_of(ours, "o3") == "Ann kept working on it"
    with Project.open(ours) as project:
        (conflict,) = project.conflicts.all()
        assert conflict.theirs is None
        resolved = project.conflicts.resolve(conflict.id, keep="theirs")
        assert project.observations.get("o3") is None
        resolved.restore()
        assert project.observations.get("o3").text == "Ann kept working on it"  # type: ignore[union-attr]


def test_a_delete_on_one_side_only_is_taken(copies: tuple[Path, Path]) -> None:
    ours, theirs = copies
    edit(theirs, lambda p: p.observations.delete("o3"))
    edit(theirs, lambda p: p.memos.set_about("m1", ""))
    report = merge(ours, theirs)
    assert report.conflicts == []
    assert report.counts["observations"]["deleted"] == 1
    assert report.counts["memos"]["deleted"] == 1
    assert text_of(ours, "o3") is None
    assert report.totals["deleted"] == 2
    # ...and an item deleted here that they did not touch stays deleted.
    edit(ours, lambda p: p.observations.delete("o4"))
    report = merge(ours, theirs)
    assert changes(report) == {}
    assert text_of(ours, "o4") is None


def test_tags_quotes_attendees_and_answers_are_edits(copies: tuple[Path, Path]) -> None:
    ours, theirs = copies

    def bob(project: Project) -> None:
        project.observations.set_codes("o1", ["cac:14", "t2"])
        project.observations.update_quote(Quote("q1", "We talk a lot.", "p1"))
        project.meetings.update(Meeting("m1", "Team meeting", date="2024-05-01", attendees=["p1"]))
        project.cac_rounds.set_responses("r1", [CacResponse("p1", {1: 75})])

    edit(theirs, bob)
    report = merge(ours, theirs)
    assert report.counts["observations"]["updated"] == 2
    assert report.counts["meetings"]["updated"] == 1
    assert report.counts["cac_rounds"]["updated"] == 1
    with Project.open(ours) as project:
        assert project.observations.get("o1").codes == ["cac:14", "t2"]  # type: ignore[union-attr]
        assert project.observations.get("o2").quotes[0].text == "We talk a lot."  # type: ignore[union-attr]
        assert project.meetings.get("m1").attendees == ["p1"]  # type: ignore[union-attr]
        assert project.cac_rounds.get("r1").responses[0].scores == {1: 75}  # type: ignore[union-attr]


def test_merging_twice_changes_nothing_the_second_time(copies: tuple[Path, Path]) -> None:
    ours, theirs = copies
    edit(ours, lambda p: p.observations.update_text("o1", "Ann's version"))
    edit(theirs, lambda p: p.observations.update_text("o1", "Bob's version"))
    edit(theirs, lambda p: p.observations.update_text("o2", "Bob's edit"))
    edit(theirs, lambda p: p.observations.delete("o3"))
    edit(ours, lambda p: p.observations.delete("o4"))
    edit(ours, lambda p: p.observations.add(Observation("a1", "m1", "Ann's new")))
    first = merge(ours, theirs)
    assert first.totals["conflicts"] == 1
    before = dump(ours)
    second = merge(ours, theirs)
    assert changes(second) == {}
    assert dump(ours) == before
    # Bob merging Ann's result takes it all, and keeps the conflict record.
    edit(theirs, lambda p: merge_projects(p, ours))
    assert text_of(theirs, "o1") == "Ann's version"
    assert text_of(theirs, "a1") == "Ann's new"
    assert text_of(theirs, "o4") is None
    assert dump(theirs)["conflicts"][0]["theirs"]["text"] == "Bob's version"
    third = merge(ours, theirs)
    assert changes(third) == {}


def test_a_project_with_another_history_is_added_whole(
    tmp_path: Path, copies: tuple[Path, Path]
) -> None:
    ours, _ = copies
    other = tmp_path / "other.fieldnotes"
    with Project.open(other) as project:
        project.meetings.add(Meeting("x-m", "Their meeting", date="2023-01-01"))
        project.participants.add(Participant("x-p", "Their participant"))
        project.codes.add_theme(Code("x-t", "Their theme"))
        project.observations.add(
            Observation("x-o", "x-m", "Their note", codes=["x-t", "cac:3"], quotes=[])
        )
        project.observations.add_quote("x-o", Quote("x-q", "Said.", "x-p"))
        project.observations.add_feedback("x-o", Feedback("x-p", "agree"))
    report = merge(ours, other)
    assert report.conflicts == []
    assert changes(report) == {"added": 5}
    with Project.open(ours) as project:
        added = project.observations.get("x-o")
        assert added is not None
        assert added.codes == ["x-t", "cac:3"]
        assert [q.id for q in added.quotes] == ["x-q"]
        assert [f.verdict for f in added.feedback] == ["agree"]
        assert project.observations.get("o1") is not None
        assert project.search.search("Their")[0].observation == "x-o"
        assert added.ref is not None and added.ref > 4


def test_an_older_project_file_still_merges(tmp_path: Path) -> None:
    ours = tmp_path / "ours.fieldnotes"
    theirs = tmp_path / "theirs.fieldnotes"
    make_v5_project(ours, document())
    changed = document()
    changed["meetings"][0]["observations"][1]["text"] = "Edited in the old version"
    make_v5_project(theirs, changed)
    before = theirs.read_bytes()
    report = merge(ours, theirs)
    assert theirs.read_bytes() == before
    # Edited before either copy knew about merging: compared by content, nothing lost.
    assert [(k, i, r) for k, i, r, _ in report.conflicts] == [("observation", "o2", "edited_both")]
    assert report.totals["unchanged"] > 5


def test_dry_run_changes_nothing(copies: tuple[Path, Path]) -> None:
    ours, theirs = copies
    edit(ours, lambda p: p.observations.update_text("o1", "Ann's version"))
    edit(theirs, lambda p: p.observations.update_text("o1", "Bob's version"))
    edit(theirs, lambda p: p.observations.update_text("o2", "Bob's edit"))
    before = ours.read_bytes()
    report = merge(ours, theirs, dry_run=True)
    assert report.dry_run
    assert report.totals["conflicts"] == 1
    assert report.totals["updated"] == 1
    assert ours.read_bytes() == before
    assert text_of(ours, "o2") == "Second note"
    with Project.open(ours, read_only=True) as project:
        assert merge_projects(project, theirs, dry_run=True).totals == report.totals


def test_cancel_changes_nothing(copies: tuple[Path, Path]) -> None:
    from fieldnotes.store.sync import MergeCancelled

    ours, theirs = copies
    edit(theirs, lambda p: p.observations.update_text("o2", "Bob's edit"))
    before = dump(ours)
    calls: list[tuple[int, int]] = []
    with Project.open(ours) as project, pytest.raises(MergeCancelled):
        merge_projects(
            project,
            theirs,
            progress=lambda done, total: calls.append((done, total)),
            cancelled=lambda: len(calls) >= 3,
        )
    assert calls
    assert dump(ours) == before


def test_progress_reaches_the_end(copies: tuple[Path, Path]) -> None:
    ours, theirs = copies
    calls: list[tuple[int, int]] = []
    merge(ours, theirs, progress=lambda done, total: calls.append((done, total)))
    assert calls[-1][0] == calls[-1][1]
    assert [done for done, _ in calls] == sorted(done for done, _ in calls)


def test_an_item_added_there_brings_back_its_parent_deleted_here(
    copies: tuple[Path, Path],
) -> None:
    ours, theirs = copies
    edit(ours, lambda p: p.meetings.delete("m2"))
    edit(theirs, lambda p: p.observations.add(Observation("o9", "m2", "Bob's new note")))
    report = merge(ours, theirs)
    kinds = {(k, i, r) for k, i, r, _ in report.conflicts}
    assert ("meeting", "m2", "deleted_here") in kinds
    assert text_of(ours, "o9") == "Bob's new note"
    with Project.open(ours) as project:
        assert project.meetings.get("m2") is not None


def test_a_parent_deleted_there_stays_while_a_child_changed_here(
    copies: tuple[Path, Path],
) -> None:
    ours, theirs = copies
    edit(ours, lambda p: p.observations.update_text("o4", "Ann's edit in the walk-along"))
    edit(theirs, lambda p: p.meetings.delete("m2"))
    report = merge(ours, theirs)
    kinds = {(k, i, r) for k, i, r, _ in report.conflicts}
    assert kinds == {("meeting", "m2", "deleted_there"), ("observation", "o4", "deleted_there")}
    assert text_of(ours, "o4") == "Ann's edit in the walk-along"


def test_a_participant_deleted_there_stays_while_quoted_here(copies: tuple[Path, Path]) -> None:
    ours, theirs = copies
    edit(ours, lambda p: p.observations.add_quote("o1", Quote("q9", "Mine.", "p2")))
    edit(theirs, lambda p: p.participants.delete("p2"))
    report = merge(ours, theirs)
    assert ("participant", "p2", "deleted_there") in {(k, i, r) for k, i, r, _ in report.conflicts}
    with Project.open(ours) as project:
        assert project.participants.get("p2") is not None
        assert project.observations.get("o1").quotes[0].speaker == "p2"  # type: ignore[union-attr]


def test_a_theme_deleted_there_goes_and_its_tags_with_it(copies: tuple[Path, Path]) -> None:
    ours, theirs = copies
    edit(theirs, lambda p: p.codes.delete_theme("t1"))
    report = merge(ours, theirs)
    assert report.conflicts == []
    with Project.open(ours) as project:
        assert project.codes.get("t1") is None
        assert project.observations.get("o2").codes == []  # type: ignore[union-attr]


def test_the_codebook_never_ends_up_in_a_loop(copies: tuple[Path, Path]) -> None:
    ours, theirs = copies
    edit(ours, lambda p: p.codes.update_theme(Code("t1", "Trust", parent="t2")))
    edit(theirs, lambda p: p.codes.update_theme(Code("t2", "Keys", parent="t1")))
    report = merge(ours, theirs)
    assert [(k, i, r) for k, i, r, _ in report.conflicts] == [("code", "t2", "edited_both")]
    with Project.open(ours) as project:
        parents = project.codes.parents()
        assert (parents["t1"], parents["t2"]) == ("t2", None)


def test_feedback_is_united_without_doubles(copies: tuple[Path, Path]) -> None:
    ours, theirs = copies
    shared = Feedback("p1", "agree", "Klopt", "2024-07-01")
    edit(ours, lambda p: p.observations.add_feedback("o1", shared))
    edit(theirs, lambda p: p.observations.add_feedback("o1", shared))
    edit(theirs, lambda p: p.observations.add_feedback("o1", Feedback("p2", "partly")))
    report = merge(ours, theirs)
    assert report.counts["feedback"]["added"] == 1
    assert report.conflicts == []
    with Project.open(ours) as project:
        assert [f.verdict for f in project.observations.get("o1").feedback] == [  # type: ignore[union-attr]
            "agree",
            "partly",
        ]
    assert changes(merge(ours, theirs)) == {}


def test_an_observation_added_there_lands_after_its_neighbour(copies: tuple[Path, Path]) -> None:
    ours, theirs = copies
    edit(theirs, lambda p: p.observations.add(Observation("o9", "m1", "Between"), position=1))
    edit(ours, lambda p: p.observations.add(Observation("a9", "m1", "Ann's last")))
    merge(ours, theirs)
    with Project.open(ours) as project:
        assert [o.id for o in project.observations.for_meeting("m1")] == [
            "o1",
            "o9",
            "o2",
            "o3",
            "a9",
        ]


def test_the_report(copies: tuple[Path, Path]) -> None:
    ours, theirs = copies
    edit(ours, lambda p: p.observations.update_text("o1", "Ann's version"))
    edit(theirs, lambda p: p.observations.update_text("o1", "Bob's version"))
    edit(theirs, lambda p: p.observations.add(Observation("o9", "m2", "New")))
    report = merge(ours, theirs)
    shown = report.to_json()
    assert set(shown) == {"dry_run", "totals", "counts", "conflicts", "backup"}
    assert set(shown["totals"]) == {"added", "updated", "deleted", "unchanged", "conflicts"}
    assert shown["conflicts"] == [
        {
            "kind": "observation",
            "item": "o1",
            "reason": "edited_both",
            "label": report.conflicts[0][3],
        }
    ]
    assert json.loads(json.dumps(shown)) == shown
    line = report.describe()
    assert "\n" not in line
    assert "Added 1 observation" in line
    assert "1 conflict" in line


def test_the_other_file_is_never_written(copies: tuple[Path, Path]) -> None:
    ours, theirs = copies
    edit(theirs, lambda p: p.observations.update_text("o2", "Bob's edit"))
    before = theirs.read_bytes()
    listing = sorted(p.name for p in theirs.parent.iterdir())
    merge(ours, theirs)
    assert theirs.read_bytes() == before
    assert sorted(p.name for p in theirs.parent.iterdir()) == listing


@pytest.mark.parametrize(
    ("make", "needle"),
    [
        (lambda d: d / "missing.fieldnotes", "No fieldnotes project"),
        (lambda d: _write(d / "notes.txt", b"just some text\n"), "not a fieldnotes project"),
        (lambda d: _write(d / "empty.fieldnotes", b""), "empty file"),
        (lambda d: d, "folder"),
        (lambda d: d / "ours.fieldnotes", "same"),
    ],
)
def test_a_bad_other_file_changes_nothing(
    copies: tuple[Path, Path], make: Callable[[Path], Path], needle: str
) -> None:
    ours, _ = copies
    other = make(ours.parent)
    before = ours.read_bytes()
    with Project.open(ours) as project, pytest.raises(FieldnotesError) as caught:
        merge_projects(project, other)
    assert needle in str(caught.value)
    assert "\n" not in str(caught.value)
    assert ours.read_bytes() == before


def test_another_programs_database_is_refused(tmp_path: Path, copies: tuple[Path, Path]) -> None:
    from fieldnotes.store import driver

    ours, _ = copies
    foreign = tmp_path / "foreign.db"
    conn = driver.connect(foreign)
    conn.execute("CREATE TABLE t (x)")
    conn.close()
    with Project.open(ours) as project, pytest.raises(FieldnotesError) as caught:
        merge_projects(project, foreign)
    assert "another program" in str(caught.value)


def _write(path: Path, data: bytes) -> Path:
    path.write_bytes(data)
    return path


def test_encrypted_copies(tmp_path: Path) -> None:
    from fieldnotes.errors import PassphraseError
    from fieldnotes.store.encryption import change_passphrase, encrypt_project

    ours = tmp_path / "ours.fieldnotes"
    with Project.open(ours) as project:
        import_text(project, json.dumps(document()))
    encrypt_project(ours, "team secret")
    theirs = tmp_path / "theirs.fieldnotes"
    shutil.copy(ours, theirs)
    with Project.open(theirs, passphrase="team secret") as project:
        project.observations.update_text("o1", "Bob's edit")
    with Project.open(ours, passphrase="team secret") as project:  # the team's passphrase
        assert merge_projects(project, theirs).totals["updated"] == 1
    change_passphrase(theirs, "team secret", "bob's own")
    with Project.open(theirs, passphrase="bob's own") as project:
        project.observations.update_text("o2", "Bob's second edit")
    before = theirs.read_bytes()
    with Project.open(ours, passphrase="team secret") as project:
        with pytest.raises(PassphraseError) as caught:
            merge_projects(project, theirs, "wrong")
        assert "passphrase" in str(caught.value)
        assert merge_projects(project, theirs, "bob's own").totals["updated"] == 1
        assert project.observations.get("o2").text == "Bob's second edit"  # type: ignore[union-attr]
    assert theirs.read_bytes() == before
    plain = tmp_path / "plain.fieldnotes"
    with Project.open(plain) as project:
        with pytest.raises(PassphraseError):
            merge_projects(project, theirs)
        assert merge_projects(project, theirs, "bob's own").totals["added"] > 5


def test_a_read_only_project_cannot_take_a_merge(copies: tuple[Path, Path]) -> None:
    ours, theirs = copies
    with Project.open(ours, read_only=True) as project:
        with pytest.raises(FieldnotesError) as caught:
            merge_projects(project, theirs)
        assert "read-only" in str(caught.value)


def test_a_snapshot_undoes_a_whole_merge(copies: tuple[Path, Path]) -> None:
    from fieldnotes.store.snapshots import Snapshot

    ours, theirs = copies
    edit(theirs, lambda p: p.observations.update_text("o2", "Bob's edit"))
    edit(theirs, lambda p: p.observations.add(Observation("o9", "m2", "New")))
    with Project.open(ours) as project:
        before = export_json_bytes(project)
        replica = project.settings.get("replica_id")
        snap = Snapshot.take(project)
        assert snap.path.stat().st_mode & 0o777 == 0o600
        merge_projects(project, theirs)
        assert export_json_bytes(project) != before
        snap.restore_into(project)
        assert export_json_bytes(project) == before
        assert project.settings.get("replica_id") != replica  # its edits start a new count
        project.observations.update_text("o1", "Still editable")
        snap.discard()
        assert not snap.path.exists()


def test_edits_the_other_copy_never_settled_still_count(copies: tuple[Path, Path]) -> None:
    from fieldnotes.store import driver

    ours, theirs = copies
    conn = driver.connect(theirs)  # a write outside any fieldnotes transaction
    conn.execute("UPDATE observations SET text = 'Written by another tool' WHERE id = 'o2'")
    conn.close()
    report = merge(ours, theirs)
    assert report.totals["updated"] == 1
    assert text_of(ours, "o2") == "Written by another tool"


def test_after_a_large_merge_edits_are_tracked_as_before(tmp_path: Path) -> None:
    from fieldnotes.store.sync.merge import BULK_ITEMS

    other = tmp_path / "other.fieldnotes"
    with Project.open(other) as project:
        project.meetings.add(Meeting("m1", "Long meeting"))
        with project.transaction():
            for i in range(BULK_ITEMS + 10):
                project.observations.add(Observation(f"o{i}", "m1", f"note {i}"))
    ours = tmp_path / "ours.fieldnotes"
    with Project.open(ours) as project:
        assert merge_projects(project, other).totals["added"] == BULK_ITEMS + 11
        project.observations.update_text("o1", "Edited after the merge")
        project.observations.delete("o2")
        replica = project.settings.get("replica_id")
        versions = project.conn.execute("SELECT versions FROM observations WHERE id = 'o1'")
        assert replica in json.loads(versions.fetchone()[0])
        assert project.conn.execute(
            "SELECT count(*) FROM deleted_items WHERE kind = 'observation' AND id = 'o2'"
        ).fetchone() == (1,)
        assert project.search.search("Edited")[0].observation == "o1"


def test_a_damaged_other_file_is_named_and_changes_nothing(
    copies: tuple[Path, Path], tmp_path: Path
) -> None:
    ours, theirs = copies
    damaged = tmp_path / "damaged.fieldnotes"
    data = bytearray(theirs.read_bytes())
    for offset in range(4096 * 2, min(len(data), 4096 * 6)):
        data[offset] ^= 0x5A
    damaged.write_bytes(bytes(data))
    before = ours.read_bytes()
    with Project.open(ours) as project, pytest.raises(FieldnotesError) as caught:
        merge_projects(project, damaged)
    message = str(caught.value)
    assert "damaged" in message and str(damaged) in message and "\n" not in message
    assert ours.read_bytes() == before
    assert damaged.read_bytes() == bytes(data)


def test_resolving_refuses_what_it_cannot_do_and_changes_nothing(
    copies: tuple[Path, Path],
) -> None:
    ours, theirs = copies
    edit(ours, lambda p: p.observations.update_text("o1", "Ann's version"))
    edit(theirs, lambda p: p.observations.update_text("o1", "Bob's version"))
    merge(ours, theirs)
    with Project.open(ours) as project:
        (conflict,) = project.conflicts.all()
        with pytest.raises(ValueError):
            project.conflicts.resolve(conflict.id, keep="both")
        with pytest.raises(KeyError):
            project.conflicts.resolve("no such record", keep="ours")
        project.observations.delete("o1")  # the record outlives its item...
        with pytest.raises(FieldnotesError) as caught:
            project.conflicts.resolve(conflict.id, keep="theirs")
        assert "deleted after the merge" in str(caught.value)
        assert [c.id for c in project.conflicts.all()] == [conflict.id]
        project.conflicts.resolve(conflict.id, keep="ours")  # ...and can still be dropped
        assert project.conflicts.all() == []
