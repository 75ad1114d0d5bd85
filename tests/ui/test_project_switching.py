"""File menu behaviour: switching projects, recent projects, the example project."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest
from PySide6.QtCore import QSettings
from PySide6.QtWidgets import QMessageBox

from fieldnotes.ui.app import AppController
from fieldnotes.ui.recent_projects import RecentProjects

pytestmark = pytest.mark.gui


@pytest.fixture
def controller(settings: QSettings, qapp: Any) -> Any:
    app_controller = AppController(settings)
    yield app_controller
    if app_controller.window is not None:
        app_controller.window.close()
    app_controller.close()


def test_open_switches_project_and_remembers_it(
    controller: AppController, tmp_path: Path, settings: QSettings
) -> None:
    first, second = tmp_path / "one.fieldnotes", tmp_path / "two.fieldnotes"
    assert controller.open(first)
    assert controller.open(second)
    assert controller.project is not None and controller.project.path == second
    assert RecentProjects(settings).paths()[:2] == [second.resolve(), first.resolve()]


def test_a_bad_file_leaves_the_current_project_open(
    controller: AppController, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    shown: list[str] = []
    monkeypatch.setattr(QMessageBox, "critical", lambda _parent, _title, text: shown.append(text))
    good, bad = tmp_path / "good.fieldnotes", tmp_path / "bad.fieldnotes"
    bad.write_bytes(b"this is not a database" * 50)
    assert controller.open(good)
    assert not controller.open(bad)
    assert controller.project is not None and controller.project.path == good
    assert "not a fieldnotes project" in shown[0]


def test_example_project_action_opens_a_seeded_copy(
    controller: AppController, tmp_path: Path
) -> None:
    from fieldnotes.paths import example_project_path

    controller.open(tmp_path / "mine.fieldnotes")
    assert controller.window is not None
    controller.window.example_project_requested.emit()
    assert controller.project is not None
    assert controller.project.path == example_project_path()
    assert controller.project.settings.is_example
    assert len(controller.project.meetings.all()) == 4
