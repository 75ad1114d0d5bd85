"""The protection commands as a user runs them: encryption, backups, restore, check,
and failures named by their real cause."""

from __future__ import annotations

import hashlib
import json
import os
import stat
from pathlib import Path

import pytest

from fieldnotes import cli
from fieldnotes.store import Project, connection, driver
from tests.cli_run import run

PASS = {"FIELDNOTES_PASSPHRASE": "geheim genoeg"}


def _digest(folder: Path) -> dict[str, str]:
    return {
        p.name: hashlib.sha256(p.read_bytes()).hexdigest()
        for p in sorted(folder.iterdir())
        if p.is_file()
    }


@pytest.fixture
def encrypted_db(db: Path) -> Path:
    result = run("--db", str(db), "encrypt", env={"FIELDNOTES_NEW_PASSPHRASE": "geheim genoeg"})
    assert result.returncode == 0, result.stderr
    return db


def test_encrypt_then_every_command_needs_and_takes_the_passphrase(
    encrypted_db: Path, tmp_path: Path, example_file: Path
) -> None:
    assert b"Coproducer" not in encrypted_db.read_bytes()
    refused = run("--db", str(encrypted_db), "search", "")
    assert refused.returncode != 0
    assert len(refused.stderr.strip().splitlines()) == 1
    assert "FIELDNOTES_PASSPHRASE" in refused.stderr
    db = str(encrypted_db)
    assert run("--db", db, "search", "trust", "--json", env=PASS).returncode == 0
    assert run("--db", db, "cac", "report", "--json", env=PASS).returncode == 0
    out = tmp_path / "summary.docx"
    assert run("--db", db, "export", "docx", "--out", str(out), env=PASS).returncode == 0
    assert run("--db", db, "import", str(example_file), env=PASS).returncode == 0
    assert run("--db", db, "check", env=PASS).returncode == 0


def test_json_export_of_an_encrypted_project_warns(encrypted_db: Path) -> None:
    result = run("--db", str(encrypted_db), "export", "json", env=PASS)
    assert result.returncode == 0
    assert json.loads(result.stdout)["format"] == "fieldnotes/1"
    assert "not encrypted" in result.stderr


def test_wrong_passphrase_one_line_and_not_a_byte_changed(encrypted_db: Path) -> None:
    before = _digest(encrypted_db.parent)
    for command in (["search", ""], ["export", "json"], ["decrypt"], ["check"]):
        result = run("--db", str(encrypted_db), *command, env={"FIELDNOTES_PASSPHRASE": "verkeerd"})
        assert result.returncode != 0, command
        lines = result.stderr.strip().splitlines()
        assert len(lines) == 1, lines
        assert "wrong passphrase" in lines[0].lower()
    assert _digest(encrypted_db.parent) == before


def test_passphrase_change_and_decrypt(encrypted_db: Path) -> None:
    db = str(encrypted_db)
    changed = run("--db", db, "passphrase", env={**PASS, "FIELDNOTES_NEW_PASSPHRASE": "nieuw"})
    assert changed.returncode == 0, changed.stderr
    assert run("--db", db, "search", "", env=PASS).returncode != 0
    decrypted = run("--db", db, "decrypt", env={"FIELDNOTES_PASSPHRASE": "nieuw"})
    assert decrypted.returncode == 0, decrypted.stderr
    assert encrypted_db.read_bytes().startswith(b"SQLite format 3\x00")
    assert run("--db", db, "search", "").returncode == 0


def test_no_new_passphrase_and_no_terminal_is_one_line(db: Path) -> None:
    before = db.read_bytes()
    result = run("--db", str(db), "encrypt")
    assert result.returncode != 0
    assert len(result.stderr.strip().splitlines()) == 1
    assert "FIELDNOTES_NEW_PASSPHRASE" in result.stderr
    assert db.read_bytes() == before


def test_backup_now_list_and_restore(encrypted_db: Path, tmp_path: Path) -> None:
    db = str(encrypted_db)
    made = run("--db", db, "backup", "now", env=PASS)
    assert made.returncode == 0, made.stderr
    backup = Path(made.stdout.strip())
    assert stat.S_IMODE(backup.stat().st_mode) == 0o600
    assert b"Coproducer" not in backup.read_bytes()
    listed = run("--db", db, "backup", "list", "--json")
    assert listed.returncode == 0, listed.stderr
    entries = json.loads(listed.stdout)
    assert entries[0]["path"] == str(backup)
    assert entries[0]["observations"] == 25
    assert {"time", "size"} <= set(entries[0])
    out = tmp_path / "restored.fieldnotes"
    restored = run("restore", str(backup), "--out", str(out), env=PASS)
    assert restored.returncode == 0, restored.stderr
    again = run("restore", str(backup), "--out", str(out), env=PASS)
    assert again.returncode != 0
    assert "already exists" in again.stderr
    found = run("--db", str(out), "search", "", "--json", env=PASS)
    assert len(json.loads(found.stdout)) == 25


def test_check_names_damage_in_one_line(db: Path) -> None:
    data = bytearray(db.read_bytes())
    for offset in range(4096 * 2, min(len(data), 4096 * 5)):
        data[offset] ^= 0x5A
    db.write_bytes(bytes(data))
    result = run("--db", str(db), "check")
    assert result.returncode != 0
    lines = result.stderr.strip().splitlines()
    assert len(lines) == 1 and "damaged" in lines[0]
    assert db.read_bytes() == bytes(data)


@pytest.mark.parametrize("target", ["/dev/null", "fifo"])
def test_devices_and_pipes_are_refused(tmp_path: Path, target: str) -> None:
    if target == "fifo":
        target = str(tmp_path / "pipe")
        os.mkfifo(target)
    result = run("--db", target, "search", "")
    assert result.returncode != 0
    assert "not a regular file" in result.stderr
    assert not Path(f"{target}-journal").exists()
    assert not Path(f"{target}-wal").exists()


def test_read_commands_never_turn_an_empty_file_into_a_project(tmp_path: Path) -> None:
    empty = tmp_path / "empty.fieldnotes"
    empty.touch()
    for command in (["search", ""], ["export", "json"], ["cac", "report"], ["check"]):
        result = run("--db", str(empty), *command)
        assert result.returncode != 0, command
        assert "empty file" in result.stderr
    assert empty.read_bytes() == b""
    assert sorted(p.name for p in tmp_path.iterdir()) == ["empty.fieldnotes"]


def test_read_only_project_is_called_read_only_not_damaged(
    db: Path, example_file: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture
) -> None:
    # Root may write any file, so the file's mode alone cannot show it here.
    real_access = os.access
    monkeypatch.setattr(
        os, "access", lambda p, mode: False if mode & os.W_OK else real_access(p, mode)
    )
    before = db.read_bytes()
    assert cli.main(["--db", str(db), "search", "trust"]) == 0
    assert cli.main(["--db", str(db), "import", str(example_file)]) != 0
    error = capsys.readouterr().err.strip().splitlines()[-1]
    assert "read-only" in error
    assert "damaged" not in error
    assert db.read_bytes() == before


def test_locked_project_is_called_locked(
    db: Path, example_file: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture
) -> None:
    monkeypatch.setattr(connection, "BUSY_TIMEOUT_MS", 50)
    holder = driver.connect(db)
    holder.execute("BEGIN IMMEDIATE")
    try:
        assert cli.main(["--db", str(db), "import", str(example_file)]) != 0
    finally:
        holder.execute("ROLLBACK")
        holder.close()
    error = capsys.readouterr().err.strip().splitlines()[-1]
    assert "locked" in error
    assert "damaged" not in error


def test_full_disk_is_called_full(db: Path) -> None:
    from fieldnotes.domain.models import Observation
    from fieldnotes.errors import DiskFullError

    with Project.open(db, create=False) as project:
        pages = project.conn.execute("PRAGMA page_count").fetchone()[0]
        project.conn.execute(f"PRAGMA max_page_count = {pages}")
        with pytest.raises(DiskFullError, match="disk is full"):
            for n in range(2000):
                project.observations.add(Observation(f"x{n}", "m1", "vol " * 200, "10:00"))


def test_a_failed_import_into_a_new_path_leaves_no_folders(tmp_path: Path) -> None:
    bad = tmp_path / "bad.json"
    bad.write_text('{"format": "fieldnotes/1", "nonsense": 1}')
    target = tmp_path / "new" / "deeper" / "study.fieldnotes"
    result = run("--db", str(target), "import", str(bad))
    assert result.returncode != 0
    assert not (tmp_path / "new").exists()


def test_import_into_an_existing_project_backs_it_up_first(db: Path, example_file: Path) -> None:
    assert run("--db", str(db), "backup", "list", "--json").stdout.strip() == "[]"
    assert run("--db", str(db), "import", str(example_file)).returncode == 0
    assert len(json.loads(run("--db", str(db), "backup", "list", "--json").stdout)) == 1


def test_a_failed_import_into_an_empty_file_leaves_it_empty(tmp_path: Path) -> None:
    bad = tmp_path / "bad.json"
    bad.write_text('{"format": "fieldnotes/1", "nonsense": 1}')
    target = tmp_path / "study.fieldnotes"
    target.touch()
    assert run("--db", str(target), "import", str(bad)).returncode != 0
    assert target.read_bytes() == b""
    assert sorted(p.name for p in tmp_path.iterdir()) == ["bad.json", "study.fieldnotes"]
