"""A write killed midway (SIGKILL, power cut) leaves no temporary file behind for good."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

import pytest

from fieldnotes.export.atomic import atomic_output, write_atomic

pytestmark = pytest.mark.skipif(os.name != "posix", reason="SIGKILL is POSIX")

KILLED_WHILE_WRITING = """
import os, signal, sys
from pathlib import Path
from fieldnotes.export.atomic import atomic_output
with atomic_output(Path(sys.argv[1])) as handle:
    handle.write(b"half a document")
    handle.flush()
    os.kill(os.getpid(), signal.SIGKILL)
"""


def _killed_write(target: Path) -> None:
    child = subprocess.run([sys.executable, "-c", KILLED_WHILE_WRITING, str(target)], timeout=60)
    assert child.returncode == -9


def test_next_write_removes_what_a_killed_write_left(tmp_path: Path) -> None:
    target = tmp_path / "summary.docx"
    target.write_bytes(b"old")
    _killed_write(target)
    _killed_write(target)
    assert target.read_bytes() == b"old"
    # What SIGKILL leaves (each write also clears what the ones before it left).
    assert list(tmp_path.glob(".summary.docx.*.part"))
    write_atomic(target, lambda handle: handle.write(b"new"))
    assert target.read_bytes() == b"new"
    assert sorted(p.name for p in tmp_path.iterdir()) == ["summary.docx"]


def test_a_write_under_way_is_never_removed(tmp_path: Path) -> None:
    target = tmp_path / "out.json"
    other = tmp_path / "other.json"
    (tmp_path / ".other.json.x.part").write_bytes(b"another file's")
    with atomic_output(target) as first:
        first.write(b"first")
        write_atomic(target, lambda handle: handle.write(b"second"))  # cleans up meanwhile
    assert target.read_bytes() == b"first"
    assert sorted(p.name for p in tmp_path.iterdir()) == [".other.json.x.part", "out.json"]
    assert not other.exists()
