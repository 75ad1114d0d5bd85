"""Text kept in the recovery file is offered back when the project opens again."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
from PySide6.QtCore import QSettings
from PySide6.QtWidgets import QApplication, QLabel, QMessageBox

from fieldnotes.imports.example import seed_example
from fieldnotes.store import Project
from fieldnotes.store.recovery import RecoveryFile, recovery_folder
from fieldnotes.ui.app import AppController
from fieldnotes.ui.hub import ProjectHub
from fieldnotes.ui.main_window import MainWindow
from fieldnotes.ui.recovery_dialog import RecoveryDialog, offer_recovery
from tests.ui.test_command_failures import fill_the_disk, free_the_disk

pytestmark = pytest.mark.gui

KEPT = "Coproducer A proposed a walk-along next week; the manager agreed."


def _keep(project: Project, observation: str, meeting: str | None, text: str) -> RecoveryFile:
    recovery = RecoveryFile(project.path, None, recovery_folder())
    recovery.keep(observation, meeting, text)
    recovery.close()
    return recovery


def _first(project: Project) -> Any:
    return project.observations.all_grouped()["m1"][0]


def _offer(window: MainWindow) -> RecoveryDialog:
    dialog = offer_recovery(window)
    assert isinstance(dialog, RecoveryDialog)
    return dialog


def test_nothing_is_offered_without_a_recovery_file(window: MainWindow) -> None:
    assert offer_recovery(window) is None


def test_recover_puts_the_text_in_and_can_be_undone(window: MainWindow, qtbot: Any) -> None:
    project = window.hub.project
    observation = _first(project)
    recovery = _keep(project, observation.id, "m1", KEPT)
    dialog = _offer(window)
    qtbot.addWidget(dialog)
    assert dialog.model.rowCount() == 1
    row = dialog.model.index(0, 0).data()
    assert project.meetings.get("m1").title in row and KEPT[:40] in row  # type: ignore[union-attr]
    assert dialog.preview.toPlainText() == KEPT
    dialog.recover_button.click()
    assert project.observations.get(observation.id).text == KEPT  # type: ignore[union-attr]
    assert not recovery.exists()
    window.undo_stack.undo()
    assert project.observations.get(observation.id).text == observation.text  # type: ignore[union-attr]


def test_discard_deletes_the_texts(window: MainWindow, qtbot: Any) -> None:
    project = window.hub.project
    observation = _first(project)
    recovery = _keep(project, observation.id, "m1", KEPT)
    dialog = _offer(window)
    qtbot.addWidget(dialog)
    dialog.discard_button.click()  # the conftest answers "Yes" to "Delete … for good?"
    assert not recovery.exists()
    assert project.observations.get(observation.id) == observation


def test_later_keeps_them_for_next_time(window: MainWindow, qtbot: Any) -> None:
    project = window.hub.project
    recovery = _keep(project, _first(project).id, "m1", KEPT)
    dialog = _offer(window)
    qtbot.addWidget(dialog)
    dialog.reject()
    assert [e.text for e in recovery.entries()] == [KEPT]


def test_a_text_whose_observation_is_gone_comes_back_in_its_meeting(
    window: MainWindow, qtbot: Any
) -> None:
    project = window.hub.project
    _keep(project, "gone-observation", "m2", KEPT)
    _keep(project, "gone-too", "gone-meeting", "in a meeting that was deleted")
    dialog = _offer(window)
    qtbot.addWidget(dialog)
    dialog.recover_button.click()
    back = project.observations.get("gone-observation")
    assert back is not None and back.meeting == "m2" and back.text == KEPT
    orphan = project.observations.get("gone-too")
    assert orphan is not None
    assert project.meetings.get(orphan.meeting).title == "Recovered text"  # type: ignore[union-attr]
    window.undo_stack.undo()
    assert project.observations.get("gone-observation") is None
    assert project.meetings.get(orphan.meeting) is None


def test_a_read_only_project_cannot_take_them_and_says_why(
    example_project: Project, settings: QSettings, qtbot: Any
) -> None:
    _keep(example_project, _first(example_project).id, "m1", KEPT)
    path = example_project.path
    example_project.close()
    with Project.open(path, create=False, read_only=True) as project:
        window = MainWindow(ProjectHub(project), settings)
        qtbot.addWidget(window)
        dialog = _offer(window)
        qtbot.addWidget(dialog)
        assert not dialog.recover_button.isEnabled()
        assert any("Save a copy" in label.text() for label in dialog.findChildren(QLabel))
        dialog.close()
        window.close()


@pytest.fixture
def controller(settings: QSettings, qapp: Any) -> Iterator[AppController]:
    app_controller = AppController(settings)
    yield app_controller
    if app_controller.window is not None:
        app_controller.window.close()
    app_controller.close()


def test_text_refused_before_closing_is_offered_on_the_next_open(
    controller: AppController, tmp_path: Path, qtbot: Any
) -> None:
    path = tmp_path / "study.fieldnotes"
    with Project.open(path) as project:
        seed_example(project)
    assert controller.open(path)
    window = controller.window
    assert window is not None and controller.project is not None
    observation = _first(controller.project)
    window.select_meeting("m1")
    window.show_observation(observation.id)
    fill_the_disk(controller.project)
    window.editor.text_edit.insertPlainText(" " + KEPT * 60)
    typed = window.editor.text_edit.toPlainText()
    qtbot.waitUntil(lambda: "Not saved" in window.banners.save_banner.message())
    assert window.close()  # the conftest answers "Yes" to "Close now?"
    controller.window = None
    controller.close()

    assert controller.open(path)
    qtbot.waitUntil(lambda: isinstance(QApplication.activeModalWidget(), RecoveryDialog))
    dialog = QApplication.activeModalWidget()
    assert isinstance(dialog, RecoveryDialog)
    dialog.recover_button.click()
    assert controller.project is not None
    assert controller.project.observations.get(observation.id).text == typed  # type: ignore[union-attr]


def test_a_window_holding_unsaved_text_is_not_switched_away_from_against_the_users_will(
    controller: AppController, tmp_path: Path, qtbot: Any, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(
        QMessageBox, "question", lambda *_args, **_kwargs: QMessageBox.StandardButton.No
    )
    first = tmp_path / "one.fieldnotes"
    with Project.open(first) as project:
        seed_example(project)
    assert controller.open(first)
    window = controller.window
    assert window is not None and controller.project is not None
    window.select_meeting("m1")
    window.show_observation(_first(controller.project).id)
    fill_the_disk(controller.project)
    window.editor.text_edit.insertPlainText(" " + KEPT * 60)
    qtbot.waitUntil(lambda: "Not saved" in window.banners.save_banner.message())
    assert not controller.open(tmp_path / "two.fieldnotes")
    assert controller.window is window and controller.project.path == first
    free_the_disk(controller.project)
    window.guard.retry()  # saved: the window may close when the test ends
    assert not window.guard.has_pending()
