"""`open_project`, the helper of tests, screenshots and benchmarks: it seeds the example into
a new file only when asked (the app itself no longer seeds any project; see test_welcome)."""

from __future__ import annotations

from pathlib import Path

import pytest

from fieldnotes.ui.app import open_project

pytestmark = pytest.mark.gui


def test_new_default_project_gets_the_example(tmp_path: Path) -> None:
    with open_project(tmp_path / "default.fieldnotes", seed_example_if_new=True) as project:
        assert project.study.get().title == "The Connectors (example)"
        assert project.observations.count() >= 20
        assert project.cac_rounds.all()


def test_existing_default_project_is_not_seeded_again(tmp_path: Path) -> None:
    path = tmp_path / "default.fieldnotes"
    open_project(path, seed_example_if_new=True).close()
    with open_project(path, seed_example_if_new=True) as project:
        assert len(project.meetings.all()) == 4


def test_a_new_named_project_starts_empty(tmp_path: Path) -> None:
    with open_project(tmp_path / "mine.fieldnotes", seed_example_if_new=False) as project:
        assert project.meetings.all() == []
        assert project.study.get().title == "Untitled study"
