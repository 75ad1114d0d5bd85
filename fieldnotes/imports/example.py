"""The fictional example study, The Connectors, and its scratch copy for exploring.

The example is made fresh from the bundled interchange file into a file of its own
(``paths.example_project_path()``), marked as the example in its settings, so that
nobody's real notes land among its made-up meetings.
"""

from __future__ import annotations

import secrets
from importlib import resources
from pathlib import Path

from fieldnotes.imports.json_import import ImportSummary, import_text
from fieldnotes.store import Project
from fieldnotes.store.connection import remove_project_files


def example_json() -> bytes:
    return resources.files("fieldnotes.resources").joinpath("example_study.json").read_bytes()


def seed_example(project: Project) -> ImportSummary:
    return import_text(project, example_json())


def create_example(path: Path) -> None:
    """Write a fresh example study at ``path``, marked as the example, replacing any copy.

    It is built in a temporary file beside ``path`` and renamed over it in one step, so
    an interrupted start leaves either the old copy or the new one, never half of one.
    Raises ``FieldnotesError`` (or ``OSError``) when the folder cannot be written.
    """
    path.parent.mkdir(parents=True, exist_ok=True, mode=0o700)
    temporary = path.with_name(f".{path.name}.{secrets.token_hex(4)}.new")
    try:
        with Project.open(temporary, create=True) as project:
            seed_example(project)
            project.settings.is_example = True
        # A write-ahead log left by a crash would be replayed into the new file.
        for suffix in ("-wal", "-shm", "-journal"):
            Path(f"{path}{suffix}").unlink(missing_ok=True)
        temporary.replace(path)
    finally:
        remove_project_files(temporary)
