"""Encryption at rest: nothing readable without the passphrase, every change all or nothing."""

from __future__ import annotations

import hashlib
from pathlib import Path

import pytest

from fieldnotes.domain.models import Observation
from fieldnotes.errors import LockedError, PassphraseError, ProjectFileError
from fieldnotes.imports.example import seed_example
from fieldnotes.store import Project, driver
from fieldnotes.store.encryption import change_passphrase, decrypt_project, encrypt_project

SECRET_WORDS = (b"Zwanenburgerplein", b"schuldhulpmaatje", b"Kerkstraat")
PASSPHRASE = "correct horse battery staple"


def _add_secret(project: Project) -> None:
    project.observations.add(
        Observation(
            "secret", "m1", "Zwanenburgerplein: schuldhulpmaatje woont aan de Kerkstraat", "10:00"
        )
    )


def _on_disk(folder: Path) -> bytes:
    """Every byte of every file in ``folder``: the project, its WAL and shared memory."""
    return b"".join(p.read_bytes() for p in sorted(folder.iterdir()) if p.is_file())


def _fingerprint(folder: Path) -> dict[str, str]:
    return {
        p.name: hashlib.sha256(p.read_bytes()).hexdigest()
        for p in sorted(folder.iterdir())
        if p.is_file()
    }


@pytest.fixture
def encrypted_path(tmp_path: Path) -> Path:
    path = tmp_path / "study.fieldnotes"
    with Project.open(path, passphrase=PASSPHRASE) as project:
        seed_example(project)
        _add_secret(project)
    return path


def test_new_encrypted_project_holds_no_plaintext(encrypted_path: Path) -> None:
    data = _on_disk(encrypted_path.parent)
    assert not data.startswith(b"SQLite format 3")
    for word in SECRET_WORDS:
        assert word not in data
    with Project.open(encrypted_path, create=False, passphrase=PASSPHRASE) as project:
        assert project.encrypted
        assert project.observations.get("secret").text.startswith("Zwanenburgerplein")


def test_wal_and_shared_memory_are_encrypted_while_open(encrypted_path: Path) -> None:
    with Project.open(encrypted_path, create=False, passphrase=PASSPHRASE) as project:
        project.observations.update_text("secret", "Zwanenburgerplein en Kerkstraat opnieuw")
        wal = Path(f"{encrypted_path}-wal")
        assert wal.stat().st_size > 0, "the edit should still be in the write-ahead log"
        for name in (f"{encrypted_path}-wal", f"{encrypted_path}-shm"):
            content = Path(name).read_bytes()
            assert b"Zwanenburgerplein" not in content
            assert b"Kerkstraat" not in content


def test_wrong_passphrase_is_refused_and_changes_no_byte(encrypted_path: Path) -> None:
    before = _fingerprint(encrypted_path.parent)
    with pytest.raises(PassphraseError, match=r"(?i)wrong passphrase"):
        Project.open(encrypted_path, create=False, passphrase="wrong")
    assert _fingerprint(encrypted_path.parent) == before


def test_missing_passphrase_is_asked_for(encrypted_path: Path) -> None:
    with pytest.raises(PassphraseError, match="passphrase"):
        Project.open(encrypted_path, create=False)


def test_encrypt_in_place_keeps_everything_and_leaves_no_plaintext(
    example_project: Project,
) -> None:
    _add_secret(example_project)
    path = example_project.path
    before = example_project.snapshot()
    example_project.close()
    encrypt_project(path, PASSPHRASE)
    assert sorted(p.name for p in path.parent.iterdir()) == [path.name]
    data = _on_disk(path.parent)
    for word in SECRET_WORDS:
        assert word not in data
    with Project.open(path, create=False, passphrase=PASSPHRASE) as project:
        assert project.snapshot() == before
        assert project.search.search("schuldhulpmaatje", None)


def test_decrypt_and_change_passphrase(encrypted_path: Path) -> None:
    change_passphrase(encrypted_path, PASSPHRASE, "nieuw wachtwoord")
    with pytest.raises(PassphraseError):
        Project.open(encrypted_path, create=False, passphrase=PASSPHRASE)
    decrypt_project(encrypted_path, "nieuw wachtwoord")
    assert encrypted_path.read_bytes().startswith(b"SQLite format 3\x00")
    with Project.open(encrypted_path, create=False) as project:
        assert not project.encrypted
        assert project.observations.get("secret") is not None


def test_wrong_passphrase_for_decrypt_changes_nothing(encrypted_path: Path) -> None:
    before = _fingerprint(encrypted_path.parent)
    with pytest.raises(PassphraseError):
        decrypt_project(encrypted_path, "wrong")
    with pytest.raises(PassphraseError):
        change_passphrase(encrypted_path, "wrong", "other")
    assert _fingerprint(encrypted_path.parent) == before


def test_encrypting_twice_or_a_foreign_file_is_refused(
    encrypted_path: Path, tmp_path: Path
) -> None:
    with pytest.raises(ProjectFileError, match="already encrypted"):
        encrypt_project(encrypted_path, PASSPHRASE)
    text = tmp_path / "notes.txt"
    text.write_text("not a project")
    with pytest.raises(ProjectFileError, match="not a fieldnotes project"):
        encrypt_project(text, PASSPHRASE)
    assert text.read_text() == "not a project"


def test_encrypting_a_project_open_elsewhere_is_refused(example_project: Project) -> None:
    path = example_project.path
    with pytest.raises(LockedError, match="open in another"):
        encrypt_project(path, PASSPHRASE)
    assert path.read_bytes().startswith(b"SQLite format 3\x00")
    assert example_project.observations.for_meeting("m1")


def test_worker_connections_use_the_session_passphrase(encrypted_path: Path) -> None:
    with Project.open(encrypted_path, create=False, passphrase=PASSPHRASE) as project:
        other = project.connect_again()
        try:
            assert other.execute("SELECT count(*) FROM observations").fetchone()[0] > 0
        finally:
            other.close()


def test_driver_errors_are_standard_sqlite_errors(tmp_path: Path) -> None:
    import sqlite3

    conn = driver.connect(tmp_path / "x.db", "key")
    with pytest.raises(sqlite3.OperationalError) as raised:
        conn.execute("SELECT * FROM missing")
    assert raised.value.sqlite_errorcode == 1  # type: ignore[attr-defined]
    with pytest.raises(sqlite3.OperationalError):
        for _row in conn.execute("SELECT * FROM missing"):
            pass
    conn.close()
