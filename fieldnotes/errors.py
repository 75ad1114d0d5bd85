"""Typed errors raised below the UI; the CLI and the GUI word them for people.

Every error a user can cause derives from :class:`FieldnotesError`, whose message is
one complete sentence fit to print as the single line a command shows on failure.
"""

from __future__ import annotations


class FieldnotesError(Exception):
    """A problem caused by the user's input or files, not a bug."""


class ProjectFileError(FieldnotesError):
    """The project file is missing, corrupt, foreign, or too new."""


class InterchangeError(FieldnotesError):
    """An interchange (JSON) file does not validate; the message names the place."""

    def __init__(self, where: str, problem: str) -> None:
        self.where = where
        self.problem = problem
        super().__init__(f"{where}: {problem}" if where else problem)


class OutputError(FieldnotesError):
    """An output file cannot be written."""
