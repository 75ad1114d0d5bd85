"""GUI fixtures: a hub over a fresh example project and settings kept in tmp_path."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
from PySide6.QtCore import QSettings
from PySide6.QtWidgets import QApplication

from fieldnotes.store import Project
from fieldnotes.ui.hub import ProjectHub
from fieldnotes.ui.main_window import MainWindow


@pytest.fixture
def hub(example_project: Project, qapp: object) -> ProjectHub:
    return ProjectHub(example_project)


@pytest.fixture
def settings(tmp_path: Path) -> QSettings:
    return QSettings(str(tmp_path / "settings.ini"), QSettings.Format.IniFormat)


@pytest.fixture
def window(hub: ProjectHub, settings: QSettings, qtbot: Any) -> MainWindow:
    """The main window on the example project, shown and active as after a real start."""
    win = MainWindow(hub, settings)
    qtbot.addWidget(win)
    win.show()
    qtbot.waitExposed(win)
    win.activateWindow()
    qtbot.waitUntil(lambda: QApplication.activeWindow() is win)
    return win


@pytest.fixture(autouse=True)
def _answer_message_boxes(monkeypatch: pytest.MonkeyPatch) -> list[str]:
    """Modal message boxes would wait forever offscreen: answer Yes and keep the text."""
    from PySide6.QtWidgets import QMessageBox

    asked: list[str] = []

    def question(
        _parent: object, _title: str, text: str, *args: object, **kwargs: object
    ) -> object:
        asked.append(text)
        return QMessageBox.StandardButton.Yes

    monkeypatch.setattr(QMessageBox, "question", question)
    return asked


@pytest.fixture(autouse=True)
def _no_unexpected_error_boxes(monkeypatch: pytest.MonkeyPatch) -> Iterator[None]:
    """An error box offscreen would wait for ever: fail the test with its text instead.

    Tests that expect one patch ``QMessageBox.critical`` themselves, which wins.
    """
    from PySide6.QtWidgets import QMessageBox

    shown: list[str] = []

    def critical(
        _parent: object, _title: str, text: str, *args: object, **kwargs: object
    ) -> object:
        shown.append(text)
        return QMessageBox.StandardButton.Ok

    monkeypatch.setattr(QMessageBox, "critical", critical)
    yield
    assert not shown, f"an unexpected error was shown: {shown}"


@pytest.fixture
def chosen_file(monkeypatch: pytest.MonkeyPatch, tmp_path: Path) -> Path:
    """What the user types into the save dialog."""
    from PySide6.QtWidgets import QFileDialog

    target = tmp_path / "elsewhere" / "my copy"
    target.parent.mkdir()
    monkeypatch.setattr(QFileDialog, "getSaveFileName", lambda *_args, **_kwargs: (str(target), ""))
    return target.with_name("my copy.fieldnotes")
