"""The fictional example study that a brand-new default project starts with."""

from __future__ import annotations

from importlib import resources

from fieldnotes.imports.json_import import ImportSummary, import_text
from fieldnotes.store import Project


def example_json() -> bytes:
    return resources.files("fieldnotes.resources").joinpath("example_study.json").read_bytes()


def seed_example(project: Project) -> ImportSummary:
    return import_text(project, example_json())
