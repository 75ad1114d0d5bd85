"""Output files are complete or untouched, never half-written."""

from __future__ import annotations

from pathlib import Path

import pytest

from fieldnotes.errors import OutputError
from fieldnotes.export.atomic import atomic_output, write_atomic


def test_replaces_existing_file_on_success(tmp_path: Path) -> None:
    target = tmp_path / "out.json"
    target.write_text("old")
    write_atomic(target, lambda handle: handle.write(b"new"))
    assert target.read_text() == "new"
    assert [p.name for p in tmp_path.iterdir()] == ["out.json"]


def test_failure_midway_leaves_old_file_and_no_debris(tmp_path: Path) -> None:
    target = tmp_path / "out.json"
    target.write_text("old")
    with pytest.raises(RuntimeError), atomic_output(target) as handle:
        handle.write(b"partial")
        raise RuntimeError("cancelled")
    assert target.read_text() == "old"
    assert [p.name for p in tmp_path.iterdir()] == ["out.json"]


def test_missing_folder_is_a_clear_error(tmp_path: Path) -> None:
    with pytest.raises(OutputError, match="does not exist"):
        write_atomic(tmp_path / "nope" / "out.json", lambda handle: handle.write(b"x"))


def test_folder_as_target_is_a_clear_error(tmp_path: Path) -> None:
    with pytest.raises(OutputError, match="is a folder"):
        write_atomic(tmp_path, lambda handle: handle.write(b"x"))


def test_keeps_permissions_of_replaced_file(tmp_path: Path) -> None:
    target = tmp_path / "out.json"
    target.write_text("old")
    target.chmod(0o640)
    write_atomic(target, lambda handle: handle.write(b"new"))
    assert target.stat().st_mode & 0o777 == 0o640
