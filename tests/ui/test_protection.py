"""Encryption, backups and recovery in the app, as a researcher meets them."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
from PySide6.QtCore import QSettings
from PySide6.QtWidgets import QDialog, QFileDialog, QMessageBox

from fieldnotes.domain.models import Observation
from fieldnotes.imports.example import seed_example
from fieldnotes.store import Project
from fieldnotes.store.backup import list_backups, make_backup
from fieldnotes.ui.app import AppController
from fieldnotes.ui.dialogs.passphrase_dialog import NewPassphraseDialog, PassphraseDialog
from fieldnotes.ui.protection.restore_dialog import RestoreDialog

pytestmark = pytest.mark.gui
PASSPHRASE = "lange wachtwoordzin"


@pytest.fixture
def backups(tmp_path: Path) -> Path:
    return tmp_path / "backups"


@pytest.fixture
def controller(settings: QSettings, qapp: Any, backups: Path) -> Iterator[AppController]:
    app_controller = AppController(settings, backups_root=backups)
    yield app_controller
    app_controller.close()


@pytest.fixture
def typed(monkeypatch: pytest.MonkeyPatch) -> list[str | None]:
    """Passphrases 'typed' into the next passphrase dialogs (None: Cancel)."""
    answers = _Answers()
    asked = answers.asked

    def ask(dialog: PassphraseDialog) -> int:
        asked.append(dialog.problem.text())
        answer = answers.pop(0)
        if answer is None:
            return QDialog.DialogCode.Rejected
        dialog.passphrase.setText(answer)
        return QDialog.DialogCode.Accepted

    def choose(dialog: NewPassphraseDialog) -> int:
        answer = answers.pop(0)
        if answer is None:
            return QDialog.DialogCode.Rejected
        dialog.first.setText(answer)
        dialog.second.setText(answer)
        return QDialog.DialogCode.Accepted

    monkeypatch.setattr(PassphraseDialog, "exec", ask)
    monkeypatch.setattr(NewPassphraseDialog, "exec", choose)
    return answers


class _Answers(list):  # type: ignore[type-arg]
    """The answers to give, and the problem each passphrase dialog showed."""

    def __init__(self) -> None:
        super().__init__()
        self.asked: list[str] = []


@pytest.fixture
def encrypted(tmp_path: Path) -> Path:
    path = tmp_path / "secret.fieldnotes"
    with Project.open(path, passphrase=PASSPHRASE) as project:
        seed_example(project)
    return path


def test_opening_an_encrypted_project_asks_and_a_wrong_passphrase_can_be_retried(
    controller: AppController, encrypted: Path, typed: list[str | None]
) -> None:
    typed.extend(["wrong", PASSPHRASE])
    assert controller.open(encrypted)
    assert controller.project is not None and controller.project.encrypted
    problems = typed.asked  # type: ignore[attr-defined]
    assert problems[0] == ""
    assert "passphrase" in problems[1].lower()


def test_cancelling_the_passphrase_opens_nothing(
    controller: AppController, encrypted: Path, typed: list[str | None]
) -> None:
    typed.append(None)
    assert not controller.open(encrypted)
    assert controller.project is None


def test_passphrase_is_not_written_to_settings(
    controller: AppController, encrypted: Path, typed: list[str | None], settings: QSettings
) -> None:
    typed.append(PASSPHRASE)
    assert controller.open(encrypted)
    controller.close()
    settings.sync()
    stored = Path(settings.fileName()).read_bytes() if Path(settings.fileName()).exists() else b""
    assert PASSPHRASE.encode() not in stored


def test_new_study_recommends_encryption_and_makes_it(
    controller: AppController, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    target = tmp_path / "nieuw.fieldnotes"
    monkeypatch.setattr(QFileDialog, "getSaveFileName", lambda *a, **k: (str(target), ""))
    assert controller.open(tmp_path / "first.fieldnotes")
    assert controller.window is not None
    controller.window.new_project_requested.emit()
    form = controller.new_study_dialog
    assert form is not None and form.encrypt.isChecked()
    form.title.setText("Nieuw")
    form.choose_location()
    form.passphrase.setText(PASSPHRASE)
    form.repeat.setText(PASSPHRASE)
    form.create_button.click()
    assert controller.project is not None and controller.project.path == target
    assert controller.project.encrypted
    assert not target.read_bytes().startswith(b"SQLite format 3")


def test_new_passphrase_dialog_defaults_to_encryption_and_checks_the_repeat(qtbot: Any) -> None:
    dialog = NewPassphraseDialog("New", "intro", optional=True)
    qtbot.addWidget(dialog)
    assert dialog.encrypt.isChecked()
    ok = dialog.buttons.button(dialog.buttons.StandardButton.Ok)
    dialog.first.setText("twelve chars!")
    dialog.second.setText("twelve chars?")
    assert not ok.isEnabled()
    dialog.second.setText("twelve chars!")
    assert ok.isEnabled()
    dialog.encrypt.setChecked(False)
    assert ok.isEnabled() and dialog.value() is None


def test_encrypt_from_the_file_menu_keeps_the_notes(
    controller: AppController, tmp_path: Path, typed: list[str | None], backups: Path
) -> None:
    path = tmp_path / "plain.fieldnotes"
    assert controller.open(path, seed_example_if_new=True)
    controller.backups.wait()  # type: ignore[union-attr]
    count = len(controller.project.observations.for_meeting("m1"))  # type: ignore[union-attr]
    typed.append(PASSPHRASE)
    controller.window.encrypt_requested.emit()  # type: ignore[union-attr]
    assert controller.project is not None and controller.project.encrypted
    assert len(controller.project.observations.for_meeting("m1")) == count
    assert not path.read_bytes().startswith(b"SQLite format 3")
    controller.backups.wait()  # type: ignore[union-attr]
    assert all(b.encrypted for b in list_backups(path, backups))


def test_a_backup_is_made_on_opening(
    controller: AppController, tmp_path: Path, backups: Path
) -> None:
    path = tmp_path / "study.fieldnotes"
    assert controller.open(path, seed_example_if_new=True)
    controller.backups.wait()  # type: ignore[union-attr]
    assert len(list_backups(path, backups)) == 1


def test_restore_from_backup_opens_it_as_a_new_project(
    controller: AppController,
    tmp_path: Path,
    backups: Path,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    path = tmp_path / "study.fieldnotes"
    assert controller.open(path, seed_example_if_new=True)
    controller.backups.wait()  # type: ignore[union-attr]
    controller.project.observations.add(  # type: ignore[union-attr]
        Observation("late", "m1", "after the backup", "11:00")
    )
    out = tmp_path / "restored.fieldnotes"
    monkeypatch.setattr(RestoreDialog, "exec", lambda self: QDialog.DialogCode.Accepted)
    monkeypatch.setattr(QFileDialog, "getSaveFileName", lambda *a, **k: (str(out), ""))
    controller.window.restore_backup_requested.emit()  # type: ignore[union-attr]
    assert controller.project is not None and controller.project.path == out
    assert controller.project.observations.get("late") is None
    with Project.open(path, create=False) as original:
        assert original.observations.get("late") is not None


def test_restore_dialog_lists_the_backups(
    qtbot: Any, example_project: Project, backups: Path
) -> None:
    make_backup(example_project.path, root=backups)
    dialog = RestoreDialog(example_project.path, root=backups)
    qtbot.addWidget(dialog)
    assert dialog.model.rowCount() == 1
    assert dialog.chosen() is not None
    assert dialog.open_button.isEnabled()


def test_a_damaged_project_offers_the_newest_good_backup(
    controller: AppController,
    tmp_path: Path,
    backups: Path,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    path = tmp_path / "study.fieldnotes"
    with Project.open(path) as project:
        seed_example(project)
        project.conn.execute("PRAGMA wal_checkpoint(TRUNCATE)")
    make_backup(path, root=backups)
    data = bytearray(path.read_bytes())
    for offset in range(4096 * 2, min(len(data), 4096 * 6)):
        data[offset] ^= 0x5A
    path.write_bytes(bytes(data))
    asked: list[str] = []

    def answer(_parent: object, _title: str, text: str, *args: object) -> object:
        asked.append(text)
        return QMessageBox.StandardButton.Yes

    monkeypatch.setattr(QMessageBox, "question", answer)
    monkeypatch.setattr(QMessageBox, "critical", lambda *a: asked.append(str(a[2])))
    assert controller.open(path)
    assert "damaged" in asked[0]
    assert controller.project is not None and controller.project.path != path
    assert len(controller.project.meetings.all()) == 4
    assert path.read_bytes() == bytes(data)


def test_a_damaged_project_is_never_backed_up_and_the_damage_is_reported(
    qtbot: Any, tmp_path: Path, backups: Path
) -> None:
    from fieldnotes.ui.hub import ProjectHub
    from fieldnotes.ui.protection.backup_scheduler import BackupScheduler

    path = tmp_path / "study.fieldnotes"
    with Project.open(path) as project:
        seed_example(project)
        project.conn.execute("PRAGMA wal_checkpoint(TRUNCATE)")
    data = bytearray(path.read_bytes())
    for offset in range(len(data) - 4096 * 3, len(data)):  # the last pages only
        data[offset] ^= 0x5A
    path.write_bytes(bytes(data))
    project = Project.open(path, create=False)
    try:
        scheduler = BackupScheduler(ProjectHub(project), root=backups)
        with qtbot.waitSignal(scheduler.damaged, timeout=5000) as damage:
            scheduler.start()
        scheduler.wait()
        assert damage.args[0]
        assert list_backups(path, backups) == []
    finally:
        project.close()


def test_encrypting_after_searching_finds_no_connection_left_open(
    controller: AppController,
    tmp_path: Path,
    typed: list[str | None],
    qtbot: Any,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    shown: list[str] = []
    monkeypatch.setattr(QMessageBox, "critical", lambda *a: shown.append(str(a[2])))
    path = tmp_path / "plain.fieldnotes"
    assert controller.open(path, seed_example_if_new=True)
    window = controller.window
    assert window is not None
    window.open_search()
    with qtbot.waitSignal(window.search_panel.results_shown, timeout=5000):
        qtbot.keyClicks(window.search_panel.query, "trust")
    typed.append(PASSPHRASE)
    window.encrypt_requested.emit()
    assert shown == []
    assert controller.project is not None and controller.project.encrypted
