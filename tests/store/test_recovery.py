"""The recovery file keeps unsaved text privately, per project, and never in plain text
when the project is encrypted."""

from __future__ import annotations

import stat
from pathlib import Path

import pytest

from fieldnotes.errors import StoreError
from fieldnotes.store import driver
from fieldnotes.store.recovery import RecoveryFile, UnsavedText, recovery_path, rekey_recovery

NOTE = "Zwanenburgerplein: schuldhulpmaatje woont aan de Kerkstraat"
PASSPHRASE = "correct horse battery staple"


@pytest.fixture
def folder(tmp_path: Path) -> Path:
    return tmp_path / "recovery"


def test_kept_texts_come_back_and_replace_older_ones(tmp_path: Path, folder: Path) -> None:
    recovery = RecoveryFile(tmp_path / "a.fieldnotes", None, folder)
    recovery.keep("o1", "m1", "first")
    recovery.keep("o2", None, "other")
    recovery.keep("o1", "m1", "first, and more")
    recovery.close()
    again = RecoveryFile(tmp_path / "a.fieldnotes", None, folder)
    entries = again.entries()
    assert [(e.observation, e.meeting, e.text) for e in entries] == [
        ("o2", None, "other"),
        ("o1", "m1", "first, and more"),
    ]
    assert all(isinstance(e, UnsavedText) and e.kept_at.endswith("+00:00") for e in entries)


def test_the_file_is_private(tmp_path: Path, folder: Path) -> None:
    recovery = RecoveryFile(tmp_path / "a.fieldnotes", None, folder)
    recovery.keep("o1", "m1", NOTE)
    assert stat.S_IMODE(folder.stat().st_mode) == 0o700
    assert stat.S_IMODE(recovery.path.stat().st_mode) == 0o600


def test_each_project_has_its_own(tmp_path: Path, folder: Path) -> None:
    one = RecoveryFile(tmp_path / "one.fieldnotes", None, folder)
    two = RecoveryFile(tmp_path / "two.fieldnotes", None, folder)
    one.keep("o1", "m1", "for one")
    assert two.entries() == []
    assert one.path != two.path
    assert one.path == recovery_path(tmp_path / "sub" / ".." / "one.fieldnotes", folder)


def test_forgetting_the_last_text_removes_the_file(tmp_path: Path, folder: Path) -> None:
    recovery = RecoveryFile(tmp_path / "a.fieldnotes", None, folder)
    recovery.keep("o1", "m1", "one")
    recovery.keep("o2", "m1", "two")
    recovery.forget("o1")
    assert recovery.exists()
    recovery.forget("o2")
    assert not recovery.exists() and list(folder.iterdir()) == []
    recovery.forget("o3")  # nothing kept: nothing to do


def test_discard_removes_everything(tmp_path: Path, folder: Path) -> None:
    recovery = RecoveryFile(tmp_path / "a.fieldnotes", None, folder)
    recovery.keep("o1", "m1", "one")
    recovery.discard()
    assert recovery.entries() == [] and not recovery.exists()


def test_moving_to_a_copy_hands_over_every_text(tmp_path: Path, folder: Path) -> None:
    original = RecoveryFile(tmp_path / "a.fieldnotes", None, folder)
    original.keep("o1", "m1", "one")
    copy = RecoveryFile(tmp_path / "copy.fieldnotes", None, folder)
    original.move_to(copy)
    assert not original.exists()
    assert [e.text for e in copy.entries()] == ["one"]


def test_an_encrypted_project_s_text_is_encrypted_on_disk(tmp_path: Path, folder: Path) -> None:
    recovery = RecoveryFile(tmp_path / "a.fieldnotes", PASSPHRASE, folder)
    recovery.keep("o1", "m1", NOTE)
    recovery.close()
    on_disk = b"".join(p.read_bytes() for p in folder.iterdir())
    for word in (b"Zwanenburgerplein", b"schuldhulpmaatje", b"Kerkstraat", b"SQLite format"):
        assert word not in on_disk
    assert [
        e.text for e in RecoveryFile(tmp_path / "a.fieldnotes", PASSPHRASE, folder).entries()
    ] == [NOTE]


def test_a_plain_project_s_recovery_file_is_plain_sqlite(tmp_path: Path, folder: Path) -> None:
    recovery = RecoveryFile(tmp_path / "a.fieldnotes", None, folder)
    recovery.keep("o1", "m1", "plain")
    recovery.close()
    conn = driver.connect(recovery.path)
    try:
        assert conn.execute("SELECT text FROM unsaved").fetchall() == [("plain",)]
    finally:
        conn.close()


def test_an_unwritable_folder_is_a_named_store_error(tmp_path: Path) -> None:
    blocker = tmp_path / "not-a-folder"
    blocker.write_text("a file where the folder should be")
    recovery = RecoveryFile(tmp_path / "a.fieldnotes", None, blocker)
    with pytest.raises(StoreError, match="recovery file"):
        recovery.keep("o1", "m1", "text")


def test_a_rekeyed_project_s_texts_follow_the_new_key(tmp_path: Path, folder: Path) -> None:
    project = tmp_path / "a.fieldnotes"
    RecoveryFile(project, None, folder).keep("o1", "m1", NOTE)
    rekey_recovery(project, None, PASSPHRASE, folder)  # the project was encrypted
    on_disk = b"".join(p.read_bytes() for p in folder.iterdir())
    assert b"Zwanenburgerplein" not in on_disk
    assert [e.text for e in RecoveryFile(project, PASSPHRASE, folder).entries()] == [NOTE]
    rekey_recovery(project, PASSPHRASE, "another one", folder)  # its passphrase changed
    assert [e.text for e in RecoveryFile(project, "another one", folder).entries()] == [NOTE]
    assert [p.name for p in folder.iterdir()] == [recovery_path(project, folder).name]
    rekey_recovery(tmp_path / "nothing-kept.fieldnotes", None, PASSPHRASE, folder)  # no file
