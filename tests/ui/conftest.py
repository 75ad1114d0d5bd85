"""GUI fixtures: a hub over a fresh example project and settings kept in tmp_path."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtCore import QSettings

from fieldnotes.store import Project
from fieldnotes.ui.hub import ProjectHub


@pytest.fixture
def hub(example_project: Project, qapp: object) -> ProjectHub:
    return ProjectHub(example_project)


@pytest.fixture
def settings(tmp_path: Path) -> QSettings:
    return QSettings(str(tmp_path / "settings.ini"), QSettings.Format.IniFormat)
