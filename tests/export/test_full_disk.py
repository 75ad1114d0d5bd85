"""A full disk during an export: one clear line, the old file kept, nothing left over."""

from __future__ import annotations

import errno
import gc
import io
import os
import sys
from pathlib import Path
from typing import Any

import pytest

from fieldnotes.cli import main
from fieldnotes.errors import OutputError
from fieldnotes.export import atomic
from fieldnotes.export.member_check_docx import write_member_check
from fieldnotes.export.member_check_plan import MemberCheckOptions, plan_member_check
from fieldnotes.imports.example import example_json
from fieldnotes.store import Project


class FullDisk(io.FileIO):
    """A file on a disk that fills up after ``room`` bytes."""

    room = 4096

    def write(self, data: Any) -> int:
        if self.tell() + len(data) > self.room:
            raise OSError(errno.ENOSPC, os.strerror(errno.ENOSPC))
        return super().write(data)


@pytest.fixture
def full_disk(monkeypatch: pytest.MonkeyPatch) -> list[object]:
    def fdopen(fd: int, mode: str = "rb", *args: Any, **kwargs: Any) -> Any:
        return FullDisk(fd, mode.replace("b", ""), closefd=True)

    monkeypatch.setattr(atomic.os, "fdopen", fdopen)
    unraisable: list[object] = []
    monkeypatch.setattr(sys, "unraisablehook", unraisable.append)
    return unraisable


def test_member_check_on_a_full_disk(
    example_project: Project, tmp_path: Path, full_disk: list[object]
) -> None:
    target = tmp_path / "summary.docx"
    target.write_bytes(b"the previous summary")
    plan = plan_member_check(example_project, MemberCheckOptions())
    with pytest.raises(OutputError, match="the disk is full"):
        write_member_check(plan, target)
    gc.collect()
    assert full_disk == []  # nothing "ignored in ZipFile.__del__"
    assert target.read_bytes() == b"the previous summary"
    assert not [p.name for p in tmp_path.iterdir() if p.name.endswith(".part")]


def test_cli_docx_export_on_a_full_disk_says_one_line(
    tmp_path: Path, full_disk: list[object], capfd: pytest.CaptureFixture[str]
) -> None:
    source, db = tmp_path / "example.json", tmp_path / "cli.fieldnotes"
    source.write_bytes(example_json())
    assert main(["--db", str(db), "import", str(source)]) == 0
    capfd.readouterr()
    out = tmp_path / "summary.docx"
    assert main(["--db", str(db), "export", "docx", "--out", str(out)]) != 0
    gc.collect()
    err = capfd.readouterr().err
    assert err.count("\n") == 1 and err.startswith("fieldnotes: error: ")
    assert "disk is full" in err
    assert full_disk == []
    assert not out.exists()
