"""Opening project files: recognising ours, refusing everything else untouched."""

from __future__ import annotations

import os
import sqlite3
import stat
from pathlib import Path

import pytest

from fieldnotes.errors import ProjectFileError
from fieldnotes.store import Project, driver
from fieldnotes.store.schema_version import APPLICATION_ID, SCHEMA_VERSION


def test_new_project_is_private_wal_with_foreign_keys(project_path: Path) -> None:
    with Project.open(project_path) as project:
        assert project.is_new
        assert stat.S_IMODE(project_path.stat().st_mode) == 0o600
        pragma = lambda name: project.conn.execute(f"PRAGMA {name}").fetchone()[0]  # noqa: E731
        assert pragma("application_id") == APPLICATION_ID
        assert pragma("journal_mode") == "wal"
        assert pragma("foreign_keys") == 1
        assert pragma("busy_timeout") >= 1000
        assert pragma("user_version") == SCHEMA_VERSION


def test_reopening_is_not_new(project_path: Path) -> None:
    Project.open(project_path).close()
    with Project.open(project_path) as project:
        assert not project.is_new


def test_schema_version_counts_the_migrations() -> None:
    from fieldnotes.store.migrations import MIGRATIONS

    assert len(MIGRATIONS._migrations) == SCHEMA_VERSION


def test_cac_framework_is_seeded_and_locked(project: Project) -> None:
    cac = [code for code in project.codes.all() if code.locked]
    assert len(cac) == 32
    assert {c.id for c in cac if c.parent is None} == {
        "cac:general",
        "cac:suitability",
        "cac:task",
        "cac:relation",
        "cac:growth",
        "cac:visibility",
    }
    by_id = {c.id: c for c in cac}
    assert by_id["cac:14"].parent == "cac:relation"
    assert by_id["cac:1"].parent == "cac:general"
    assert project.codes.themes() == []


def _refuse(path: Path) -> str:
    before = path.read_bytes()
    with pytest.raises(ProjectFileError) as caught:
        Project.open(path)
    assert path.read_bytes() == before
    assert not Path(f"{path}-wal").exists()
    return str(caught.value)


def test_random_bytes_are_refused_untouched(tmp_path: Path) -> None:
    path = tmp_path / "noise.fieldnotes"
    path.write_bytes(os.urandom(8192))
    assert "not a fieldnotes project" in _refuse(path)


def test_damaged_database_is_refused_untouched(project_path: Path) -> None:
    Project.open(project_path).close()
    data = bytearray(project_path.read_bytes())
    data[100:4096] = os.urandom(3996)
    project_path.write_bytes(bytes(data))
    assert "damaged" in _refuse(project_path)


def test_another_programs_database_is_refused_untouched(tmp_path: Path) -> None:
    path = tmp_path / "other.sqlite"
    conn = sqlite3.connect(path)
    conn.execute("CREATE TABLE photos (id INTEGER PRIMARY KEY)")
    conn.commit()
    conn.close()
    assert "another program" in _refuse(path)


def test_newer_schema_is_refused_untouched(project_path: Path) -> None:
    Project.open(project_path).close()
    conn = sqlite3.connect(project_path)
    conn.execute(f"PRAGMA user_version = {SCHEMA_VERSION + 1}")
    conn.close()
    assert "newer version" in _refuse(project_path)


def test_missing_file_is_not_created_when_only_reading(tmp_path: Path) -> None:
    path = tmp_path / "absent.fieldnotes"
    with pytest.raises(ProjectFileError, match="No fieldnotes project"):
        Project.open(path, create=False)
    assert not path.exists()


def test_folder_is_refused(tmp_path: Path) -> None:
    with pytest.raises(ProjectFileError, match="folder"):
        Project.open(tmp_path)


def test_empty_file_becomes_a_project(tmp_path: Path) -> None:
    path = tmp_path / "touched.fieldnotes"
    path.touch()
    with Project.open(path) as project:
        assert project.is_new
        assert project.study.get().title == "Untitled study"


def test_a_second_writer_waits_instead_of_crashing(project: Project) -> None:
    """A busy timeout means a concurrent writer queues rather than 'database is locked'."""
    import threading

    # The project's own driver: two SQLite libraries in one process do not see each other's locks.
    other = driver.connect(project.path, check_same_thread=False)
    other.execute("BEGIN IMMEDIATE")
    other.execute("UPDATE study SET title = 'other program'")
    threading.Timer(0.3, lambda: other.execute("COMMIT")).start()
    with project.transaction() as conn:
        conn.execute("UPDATE study SET title = 'ours'")
    other.close()
    assert project.study.get().title == "ours"


def test_every_write_notices_a_file_removed_while_open(example_project: Project) -> None:
    from fieldnotes.errors import WriteFailedError

    example_project.path.rename(example_project.path.with_suffix(".moved"))
    from fieldnotes.domain.models import Study

    with pytest.raises(WriteFailedError, match="moved or removed"):
        example_project.study.update(Study("lost"))
