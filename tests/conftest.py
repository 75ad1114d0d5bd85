"""Shared fixtures: every test gets its own project in tmp_path; Qt runs offscreen."""

from __future__ import annotations

import json
import os
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from fieldnotes.imports.example import example_json
from fieldnotes.store import Project
from tests.cli_run import run


@pytest.fixture(autouse=True)
def _isolated_user_dirs(
    tmp_path_factory: pytest.TempPathFactory, monkeypatch: pytest.MonkeyPatch
) -> None:
    """Keep the default project, the example, logs and settings of every test out of the
    real home."""
    home = tmp_path_factory.mktemp("home")
    monkeypatch.setenv("HOME", str(home))
    monkeypatch.setenv("XDG_DATA_HOME", str(home / "data"))
    monkeypatch.setenv("XDG_STATE_HOME", str(home / "state"))
    monkeypatch.setenv("XDG_CONFIG_HOME", str(home / "config"))
    monkeypatch.setenv("XDG_CACHE_HOME", str(home / "cache"))  # the example's scratch copy
    monkeypatch.delenv("FIELDNOTES_DB", raising=False)


@pytest.fixture
def project_path(tmp_path: Path) -> Path:
    return tmp_path / "study.fieldnotes"


@pytest.fixture
def project(project_path: Path) -> Iterator[Project]:
    with Project.open(project_path) as opened:
        yield opened


@pytest.fixture
def example_document() -> dict[str, Any]:
    return json.loads(example_json())


@pytest.fixture
def example_project(project: Project) -> Project:
    from fieldnotes.imports.example import seed_example

    seed_example(project)
    return project


def minimal_document(**extra: Any) -> dict[str, Any]:
    """A small valid interchange document; keyword arguments replace top-level keys."""
    document: dict[str, Any] = {
        "format": "fieldnotes/1",
        "study": {"title": "Test study", "description": ""},
        "participants": [{"id": "p1", "pseudonym": "Coproducer A", "role": "coproducer"}],
        "codes": [{"id": "t1", "name": "Trust", "parent": None, "color": "#3a7bd5"}],
        "meetings": [
            {
                "id": "m1",
                "title": "Team meeting",
                "date": "2022-09-14",
                "attendees": ["p1"],
                "observations": [
                    {
                        "id": "o1",
                        "time": "10:05",
                        "text": "First note",
                        "codes": ["cac:14", "t1"],
                        "quotes": [{"id": "q1", "speaker": "p1", "text": "We talk."}],
                    }
                ],
            }
        ],
    }
    document.update(extra)
    return document


@pytest.fixture
def example_file(tmp_path: Path) -> Path:
    path = tmp_path / "example.json"
    path.write_bytes(example_json())
    return path


@pytest.fixture
def db(tmp_path: Path, example_file: Path) -> Path:
    path = tmp_path / "cli.fieldnotes"
    assert run("--db", str(path), "import", str(example_file)).returncode == 0
    return path


def without_voice_and_actions(project: Project) -> Project:
    """The example study without its speakers and actions, for tests that work their
    numbers out by hand from a few of their own."""
    with project.transaction():
        for items in project.observations.all_grouped().values():
            for observation in items:
                project.observations.set_speakers(observation.id, [])
                project.observations.set_action(observation.id, None)
    return project
