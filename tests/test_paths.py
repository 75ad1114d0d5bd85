"""Which project file a command uses: --db, then FIELDNOTES_DB, then the user data folder."""

from __future__ import annotations

from pathlib import Path

import pytest

from fieldnotes.paths import default_project_path, resolve_project_path


def test_command_line_wins(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("FIELDNOTES_DB", "/env/project.fieldnotes")
    assert resolve_project_path("cli.fieldnotes") == (Path("cli.fieldnotes"), False)


def test_environment_variable_next(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("FIELDNOTES_DB", "/env/project.fieldnotes")
    assert resolve_project_path(None) == (Path("/env/project.fieldnotes"), False)


def test_default_is_in_user_data_folder_and_not_created(tmp_path: Path) -> None:
    path, is_default = resolve_project_path(None)
    assert is_default
    assert path == default_project_path()
    assert path.name.endswith(".fieldnotes")
    assert not path.exists()
