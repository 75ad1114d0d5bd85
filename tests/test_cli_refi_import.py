"""``fieldnotes import qdpx`` and ``import qdc`` as a user runs them (a separate process)."""

from __future__ import annotations

import json
import subprocess
from pathlib import Path

from tests.cli_run import run
from tests.imports.refi_archives import (
    Builder,
    codebook_builder,
    codebook_xml,
    guid,
    small_study,
    small_study_file,
    write_qdpx,
)


def _one_line_error(result: subprocess.CompletedProcess[str], needle: str) -> None:
    assert result.returncode == 1
    lines = result.stderr.strip().splitlines()
    assert len(lines) == 1, result.stderr
    assert lines[0].startswith("fieldnotes: error:")
    assert needle in lines[0]


def _dump(db: Path) -> str:
    result = run("--db", str(db), "export", "json")
    assert result.returncode == 0, result.stderr
    return result.stdout


def _backups(db: Path) -> int:
    result = run("--db", str(db), "backup", "list", "--json")
    assert result.returncode == 0, result.stderr
    return len(json.loads(result.stdout))


def test_import_qdpx_adds_the_project_then_changes_nothing(db: Path, tmp_path: Path) -> None:
    path = small_study_file(tmp_path / "study.qdpx")
    before = json.loads(_dump(db))
    first = run("--db", str(db), "import", "qdpx", str(path))
    assert first.returncode == 0, first.stderr
    assert first.stderr.startswith("Added 2 meetings, 5 observations")
    assert len(first.stderr.strip().splitlines()) == 1
    after = json.loads(_dump(db))
    assert len(after["meetings"]) == len(before["meetings"]) + 2
    assert after["study"] == before["study"]
    dump = _dump(db)
    second = run("--db", str(db), "import", "qdpx", str(path))
    assert second.returncode == 0, second.stderr
    assert second.stderr.startswith("Nothing changed")
    assert _dump(db) == dump


def test_import_qdpx_makes_a_backup_first(db: Path, tmp_path: Path) -> None:
    count = _backups(db)
    assert (
        run(
            "--db", str(db), "import", "qdpx", str(small_study_file(tmp_path / "s.qdpx"))
        ).returncode
        == 0
    )
    assert _backups(db) == count + 1


def test_a_bad_archive_changes_nothing_and_makes_no_backup(db: Path, tmp_path: Path) -> None:
    qde, _ = small_study()
    missing = write_qdpx(tmp_path / "missing.qdpx", qde, {})
    before, count = _dump(db), _backups(db)
    result = run("--db", str(db), "import", "qdpx", str(missing))
    _one_line_error(result, "missing from the archive")
    assert _dump(db) == before
    assert _backups(db) == count


def test_a_bad_archive_creates_no_project(tmp_path: Path) -> None:
    target = tmp_path / "new" / "project.fieldnotes"
    junk = tmp_path / "junk.qdpx"
    junk.write_text("not a zip")
    _one_line_error(run("--db", str(target), "import", "qdpx", str(junk)), "not a REFI-QDA project")
    assert not target.exists() and not target.parent.exists()


def test_import_qdpx_into_a_new_project(tmp_path: Path) -> None:
    target = tmp_path / "from-qualcoder.fieldnotes"
    result = run("--db", str(target), "import", "qdpx", str(small_study_file(tmp_path / "s.qdpx")))
    assert result.returncode == 0, result.stderr
    dump = json.loads(_dump(target))
    assert dump["study"]["title"] == "Small study"
    assert {c["name"] for c in dump["codes"]} == {"Relations", "Trust"}


def test_a_missing_file_is_one_line(db: Path, tmp_path: Path) -> None:
    _one_line_error(
        run("--db", str(db), "import", "qdpx", str(tmp_path / "gone.qdpx")), "No such file"
    )
    _one_line_error(
        run("--db", str(db), "import", "qdc", str(tmp_path / "gone.qdc")), "No such file"
    )


def test_import_qdc_adds_themes_then_changes_nothing(db: Path, tmp_path: Path) -> None:
    b = codebook_builder()
    path = tmp_path / "team.qdc"
    path.write_bytes(
        codebook_xml(
            b.code(guid("t-new"), "Neighbourhood ties", b.code(guid("t-sub"), "Coffee")),
            b.code(guid("t-cac"), "CAC 14"),
            b.code(guid("t-lnw"), "learning NETWORK"),  # the example study's theme t1
        )
    )
    first = run("--db", str(db), "import", "qdc", str(path))
    assert first.returncode == 0, first.stderr
    assert first.stderr.strip() == (
        "Added 2 themes; matched 2 codes: 1 to CAC codes and 1 to existing themes."
    )
    second = run("--db", str(db), "import", "qdc", str(path))
    assert second.stderr.startswith("Nothing changed")


def test_import_qdc_refuses_a_project_archive(db: Path, tmp_path: Path) -> None:
    before = _dump(db)
    path = small_study_file(tmp_path / "study.qdc")
    _one_line_error(run("--db", str(db), "import", "qdc", str(path)), "zip archive")
    assert _dump(db) == before


def test_the_projects_own_guids_round_trip(db: Path, tmp_path: Path) -> None:
    """A file naming this project's meeting and observation by their GUIDs adds nothing."""
    from fieldnotes.domain.refi_ids import guid_for

    document = json.loads(_dump(db))
    meeting = document["meetings"][0]
    observation = meeting["observations"][0]
    b = Builder()
    qde = b.project(
        name=document["study"]["title"],
        description=document["study"]["description"],
        sources=(
            b.text_source(
                guid_for("source", meeting["id"]),
                meeting["title"],
                b.selection(guid_for("selection", observation["id"]), 0, len(observation["text"])),
                content=observation["text"],
            ),
        ),
    )
    before = _dump(db)
    result = run("--db", str(db), "import", "qdpx", str(write_qdpx(tmp_path / "own.qdpx", qde)))
    assert result.returncode == 0, result.stderr
    assert result.stderr.startswith("Nothing changed")
    assert _dump(db) == before
