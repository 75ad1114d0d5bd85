"""``fieldnotes merge OTHER.fieldnotes``, run as a user runs it (a separate process)."""

from __future__ import annotations

import json
import shutil
import subprocess
import sys
from pathlib import Path

import pytest

from fieldnotes.store import Project
from tests.cli_run import run


@pytest.fixture
def copies(db: Path, tmp_path: Path) -> tuple[Path, Path]:
    """The example project and a colleague's copy, each with edits; one conflict."""
    theirs = tmp_path / "colleague.fieldnotes"
    shutil.copy(db, theirs)
    with Project.open(db) as project:
        project.settings.researcher = "Ann"
        first, second = _first_two(project)
        project.observations.update_text(first, "Ann's version")
    with Project.open(theirs) as project:
        project.settings.researcher = "Bob"
        project.observations.update_text(first, "Bob's version")
        project.observations.update_text(second, "Bob's edit")
    return db, theirs


def _first_two(project: Project) -> tuple[str, str]:
    meeting = project.meetings.all()[0].id
    observations = project.observations.for_meeting(meeting)
    return observations[0].id, observations[1].id


def _one_line_error(result: subprocess.CompletedProcess[str], needle: str) -> None:
    assert result.returncode != 0
    lines = result.stderr.strip().splitlines()
    assert len(lines) == 1, result.stderr
    assert lines[0].startswith("fieldnotes: error:")
    assert needle in lines[0]
    assert "Traceback" not in result.stderr


def test_dry_run_shows_the_changes_and_changes_nothing(copies: tuple[Path, Path]) -> None:
    ours, theirs = copies
    before, theirs_before = ours.read_bytes(), theirs.read_bytes()
    result = run("--db", str(ours), "merge", str(theirs), "--dry-run")
    assert result.returncode == 0, result.stderr
    assert "observations" in result.stdout
    assert "edited on both sides" in result.stdout
    assert "Dry run" in result.stdout
    assert ours.read_bytes() == before
    assert theirs.read_bytes() == theirs_before
    listed = run("--db", str(ours), "backup", "list", "--json")
    assert json.loads(listed.stdout) == []


def test_json_output_and_the_backup(copies: tuple[Path, Path]) -> None:
    ours, theirs = copies
    result = run("--db", str(ours), "merge", str(theirs), "--json")
    assert result.returncode == 0, result.stderr
    report = json.loads(result.stdout)
    assert set(report) == {"dry_run", "totals", "counts", "conflicts", "backup"}
    assert report["dry_run"] is False
    assert report["totals"]["updated"] == 1
    assert report["totals"]["conflicts"] == 1
    assert report["counts"]["observations"]["updated"] == 1
    (conflict,) = report["conflicts"]
    assert (conflict["kind"], conflict["reason"]) == ("observation", "edited_both")
    assert "Ann's version" in conflict["label"]
    backup = Path(report["backup"])
    assert backup.exists()
    listed = json.loads(run("--db", str(ours), "backup", "list", "--json").stdout)
    assert [entry["path"] for entry in listed] == [str(backup)]
    exported = json.loads(run("--db", str(ours), "export", "json").stdout)
    assert exported["conflicts"][0]["theirs"]["text"] == "Bob's version"
    dry = json.loads(run("--db", str(ours), "merge", str(theirs), "--json", "--dry-run").stdout)
    assert dry["dry_run"] is True and dry["backup"] is None
    assert dry["totals"]["updated"] == dry["totals"]["conflicts"] == 0


def test_human_output_names_the_backup_and_how_to_undo(
    copies: tuple[Path, Path], tmp_path: Path
) -> None:
    ours, theirs = copies
    result = run("--db", str(ours), "merge", str(theirs))
    assert result.returncode == 0, result.stderr
    lines = result.stdout.splitlines()
    assert any(line.startswith("observations") for line in lines)
    conflict_lines = [line for line in lines if "edited on both sides" in line]
    assert len(conflict_lines) == 1 and "Ann's version" in conflict_lines[0]
    backup = next(line for line in lines if line.startswith("Backup: ")).removeprefix("Backup: ")
    assert Path(backup).exists()
    undo = next(line for line in lines if "fieldnotes restore" in line)
    assert backup in undo
    restored = tmp_path / "before-merge.fieldnotes"
    assert run("restore", backup, "--out", str(restored)).returncode == 0
    found = json.loads(run("--db", str(restored), "search", "Bob", "--json").stdout)
    assert found == []


@pytest.mark.parametrize(
    ("other", "needle"),
    [
        ("missing.fieldnotes", "No fieldnotes project"),
        ("notes.txt", "not a fieldnotes project"),
        ("SAME", "same file"),
    ],
)
def test_a_bad_other_file_is_one_line_and_changes_nothing(
    copies: tuple[Path, Path], tmp_path: Path, other: str, needle: str
) -> None:
    ours, _ = copies
    (tmp_path / "notes.txt").write_text("just text\n")
    target = ours if other == "SAME" else tmp_path / other
    before = ours.read_bytes()
    _one_line_error(run("--db", str(ours), "merge", str(target)), needle)
    assert ours.read_bytes() == before
    assert json.loads(run("--db", str(ours), "backup", "list", "--json").stdout) == []


def test_an_encrypted_copy_needs_its_passphrase(copies: tuple[Path, Path]) -> None:
    ours, theirs = copies
    secret = {"FIELDNOTES_NEW_PASSPHRASE": "bob's secret"}
    assert run("--db", str(theirs), "encrypt", env=secret).returncode == 0
    before = ours.read_bytes()
    _one_line_error(run("--db", str(ours), "merge", str(theirs)), "passphrase")
    _one_line_error(
        run(
            "--db",
            str(ours),
            "merge",
            str(theirs),
            env={"FIELDNOTES_OTHER_PASSPHRASE": "wrong"},
        ),
        "passphrase",
    )
    assert ours.read_bytes() == before
    good = run(
        "--db",
        str(ours),
        "merge",
        str(theirs),
        "--json",
        env={"FIELDNOTES_OTHER_PASSPHRASE": "bob's secret"},
    )
    assert good.returncode == 0, good.stderr
    assert json.loads(good.stdout)["totals"]["conflicts"] == 1


def test_merge_does_not_load_qt(copies: tuple[Path, Path]) -> None:
    ours, theirs = copies
    code = (
        "import sys; from fieldnotes.cli import main; "
        f"main(['--db', {str(ours)!r}, 'merge', {str(theirs)!r}, '--dry-run', '--json']); "
        "assert not any(m.startswith('PySide6') for m in sys.modules), 'Qt imported'"
    )
    result = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True)
    assert result.returncode == 0, result.stderr


def test_a_damaged_other_file_is_one_line(copies: tuple[Path, Path], tmp_path: Path) -> None:
    ours, theirs = copies
    data = bytearray(theirs.read_bytes())
    for offset in range(4096 * 2, min(len(data), 4096 * 6)):
        data[offset] ^= 0x5A
    damaged = tmp_path / "damaged.fieldnotes"
    damaged.write_bytes(bytes(data))
    before = ours.read_bytes()
    _one_line_error(run("--db", str(ours), "merge", str(damaged)), "damaged")
    assert ours.read_bytes() == before


def test_a_dry_run_leaves_an_older_project_as_it_is(tmp_path: Path, example_file: Path) -> None:
    from tests.store.sync_helpers import make_v5_project, user_version

    document = json.loads(example_file.read_text())
    ours, theirs = tmp_path / "old.fieldnotes", tmp_path / "colleague.fieldnotes"
    make_v5_project(ours, document)
    document["meetings"][0]["observations"][0]["text"] = "Their edit, made in an old version"
    make_v5_project(theirs, document)
    before = ours.read_bytes()
    result = run("--db", str(ours), "merge", str(theirs), "--dry-run", "--json")
    assert result.returncode == 0, result.stderr
    assert json.loads(result.stdout)["totals"]["conflicts"] == 1
    assert ours.read_bytes() == before
    assert user_version(ours) == 5
    _one_line_error(run("--db", str(ours), "merge", str(ours), "--dry-run"), "same file")
