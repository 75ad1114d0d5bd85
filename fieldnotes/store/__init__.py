"""The SQLite project file: the only code that writes SQL."""

from fieldnotes.store.project import Project

__all__ = ["Project"]
