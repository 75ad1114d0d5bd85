"""Backups: consistent, private, rotated, restorable; checks that name what is wrong."""

from __future__ import annotations

import stat
from datetime import UTC, datetime, timedelta
from pathlib import Path

import pytest

from fieldnotes.domain.models import Observation
from fieldnotes.errors import OutputError, PassphraseError
from fieldnotes.imports.example import seed_example
from fieldnotes.store import Project
from fieldnotes.store.backup import (
    KEEP_RECENT,
    backup_folder,
    check_file,
    list_backups,
    make_backup,
    prune,
    restore_backup,
)


@pytest.fixture
def backups(tmp_path: Path) -> Path:
    return tmp_path / "backups"


def test_backup_is_private_complete_and_listed(example_project: Project, backups: Path) -> None:
    info = make_backup(example_project.path, root=backups)
    assert stat.S_IMODE(info.path.stat().st_mode) == 0o600
    assert stat.S_IMODE(info.path.parent.stat().st_mode) == 0o700
    count = len(example_project.observations.all_grouped()["m1"])
    assert info.observations is not None and info.observations >= count
    listed = list_backups(example_project.path, root=backups)
    assert [b.path for b in listed] == [info.path]
    assert listed[0].observations == info.observations
    assert check_file(info.path) == []


def test_backup_of_an_encrypted_project_is_encrypted(tmp_path: Path, backups: Path) -> None:
    path = tmp_path / "secret.fieldnotes"
    with Project.open(path, passphrase="pw") as project:
        seed_example(project)
        project.observations.add(Observation("s", "m1", "Zwanenburgerplein", "10:00"))
    info = make_backup(path, "pw", root=backups)
    assert info.encrypted
    assert b"Zwanenburgerplein" not in info.path.read_bytes()
    with pytest.raises(PassphraseError):
        check_file(info.path, "wrong")
    out = tmp_path / "restored.fieldnotes"
    restore_backup(info.path, out, "pw")
    with Project.open(out, create=False, passphrase="pw") as restored:
        assert restored.observations.get("s") is not None


def test_rotation_keeps_ten_recent_and_one_a_day_for_two_weeks(
    example_project: Project, backups: Path
) -> None:
    start = datetime(2026, 11, 1, 9, 0, tzinfo=UTC)
    # Three backups a day for 20 days, then 12 in the last hour.
    moments = [start + timedelta(days=d, hours=h) for d in range(20) for h in (0, 3, 6)]
    last = moments[-1]
    moments += [last + timedelta(minutes=5 * i) for i in range(1, 13)]
    for moment in moments:
        make_backup(example_project.path, root=backups, now=moment)
    kept = list_backups(example_project.path, root=backups)
    now = moments[-1]
    recent = sorted(moments, reverse=True)[:KEEP_RECENT]
    assert [b.time for b in kept[:KEEP_RECENT]] == recent
    days = {b.time.astimezone().date() for b in kept}
    assert len(days) == 14
    assert min(days) > (now - timedelta(days=14)).astimezone().date()
    assert len(kept) == KEEP_RECENT + 13  # one per earlier day, the last day in the ten
    assert prune(backup_folder(example_project.path, backups), now) == []


def test_restore_refuses_an_existing_file(example_project: Project, backups: Path) -> None:
    info = make_backup(example_project.path, root=backups)
    existing = example_project.path.parent / "existing.fieldnotes"
    existing.write_bytes(b"keep me")
    with pytest.raises(OutputError, match="already exists"):
        restore_backup(info.path, existing)
    assert existing.read_bytes() == b"keep me"


def test_restore_gives_back_the_state_at_backup_time(
    example_project: Project, backups: Path
) -> None:
    info = make_backup(example_project.path, root=backups)
    before = example_project.snapshot()
    example_project.observations.add(Observation("later", "m1", "after the backup", "11:00"))
    out = example_project.path.parent / "restored.fieldnotes"
    restore_backup(info.path, out)
    with Project.open(out, create=False) as restored:
        assert restored.snapshot() == before


def test_check_finds_damage_and_never_writes(example_project: Project) -> None:
    path = example_project.path
    example_project.conn.execute("PRAGMA wal_checkpoint(TRUNCATE)")
    example_project.close()
    data = bytearray(path.read_bytes())
    page = 4096
    for offset in range(page * 3, min(len(data), page * 6)):  # garble a few pages
        data[offset] = 0xA5
    path.write_bytes(bytes(data))
    findings = check_file(path)
    assert findings
    assert path.read_bytes() == bytes(data)
