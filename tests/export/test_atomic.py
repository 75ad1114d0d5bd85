"""Output files are complete or untouched, never half-written."""

from __future__ import annotations

import os
import signal
import subprocess
import sys
import time
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


def _debris(folder: Path) -> list[str]:
    return sorted(p.name for p in folder.iterdir() if p.name.endswith(".part"))


def test_new_outputs_are_private_whatever_the_umask(tmp_path: Path) -> None:
    previous = os.umask(0)
    try:
        write_atomic(tmp_path / "dump.json", lambda handle: handle.write(b"{}"))
    finally:
        os.umask(previous)
    assert (tmp_path / "dump.json").stat().st_mode & 0o777 == 0o600


def test_exports_with_participants_data_are_private(tmp_path: Path, project_path: Path) -> None:
    from fieldnotes.cli import main
    from fieldnotes.imports.example import example_json

    source = tmp_path / "example.json"
    source.write_bytes(example_json())
    assert main(["--db", str(project_path), "import", str(source)]) == 0
    previous = os.umask(0)
    try:
        outputs = {
            "dump.json": ["export", "json", "--out", str(tmp_path / "dump.json")],
            "summary.docx": ["export", "docx", "--out", str(tmp_path / "summary.docx")],
        }
        for args in outputs.values():
            assert main(["--db", str(project_path), *args]) == 0
    finally:
        os.umask(previous)
    for name in outputs:
        assert (tmp_path / name).stat().st_mode & 0o777 == 0o600, name


def test_a_killed_export_leaves_no_pile_of_temporaries(tmp_path: Path) -> None:
    target = tmp_path / "dump.json"
    killed = subprocess.run(
        [
            sys.executable,
            "-c",
            "import os, signal, sys\n"
            "from pathlib import Path\n"
            "from fieldnotes.export.atomic import atomic_output\n"
            "with atomic_output(Path(sys.argv[1])) as handle:\n"
            "    handle.write(b'half')\n"
            "    handle.flush()\n"
            "    os.kill(os.getpid(), signal.SIGKILL)\n",
            str(target),
        ],
        timeout=60,
    )
    assert killed.returncode == -signal.SIGKILL
    (left,) = _debris(tmp_path)
    an_hour_ago = time.time() - 3600
    os.utime(tmp_path / left, (an_hour_ago, an_hour_ago))
    with atomic_output(target) as handle:  # a second export, still running
        handle.write(b"{}")
        running = _debris(tmp_path)
        write_atomic(target, lambda other: other.write(b"{}"))
        assert _debris(tmp_path) == [name for name in running if name != left]
    assert _debris(tmp_path) == []
    assert target.read_bytes() == b"{}"


def test_only_our_own_stale_temporaries_are_removed(tmp_path: Path) -> None:
    target = tmp_path / "dump.json"
    others = [".dump.json.notes.part", ".other.json.abcd1234.part", "dump.json.abcd1234.part"]
    for name in others:
        (tmp_path / name).write_text("someone else's")
        os.utime(tmp_path / name, (0, 0))
    write_atomic(target, lambda handle: handle.write(b"{}"))
    assert _debris(tmp_path) == sorted(others)


def test_the_temporary_is_private_while_it_is_written(tmp_path: Path) -> None:
    previous = os.umask(0)
    try:
        with atomic_output(tmp_path / "dump.json") as handle:
            handle.write(b"{}")
            (temporary,) = _debris(tmp_path)
            assert (tmp_path / temporary).stat().st_mode & 0o777 == 0o600
    finally:
        os.umask(previous)
