"""Typed errors raised below the UI; the CLI and the GUI word them for people.

Every error a user can cause derives from :class:`FieldnotesError`, whose message is
one complete sentence fit to print as the single line a command shows on failure.
The message is kept as a template with its values, so the window can show it in the
interface language: templates are marked with :func:`QT_TRANSLATE_NOOP` (context
``Errors``), which the translation tools find without this layer importing Qt.
"""

from __future__ import annotations

import errno
from collections.abc import Callable

ERRORS_CONTEXT = "Errors"
Translate = Callable[[str], str]


def QT_TRANSLATE_NOOP(context: str, text: str) -> str:  # the name the tools know
    """Mark ``text`` for translation in ``context``; it is translated where it is shown."""
    return text


class Message(str):
    """A message or a short cause ("the disk is full") that can be shown translated."""

    template: str
    params: dict[str, object]

    def __new__(cls, template: str, **params: object) -> Message:
        message = super().__new__(cls, template.format(**params) if params else template)
        message.template, message.params = template, params
        return message

    def translated(self, translate: Translate) -> str:
        return _fill(translate(self.template), self.params, translate)


def _fill(text: str, params: dict[str, object], translate: Translate) -> str:
    values = {
        key: value.translated(translate) if isinstance(value, Message) else value
        for key, value in params.items()
    }
    return text.format(**values) if values else text


_OS_REASONS = {
    errno.EACCES: QT_TRANSLATE_NOOP("Errors", "permission denied"),
    errno.EPERM: QT_TRANSLATE_NOOP("Errors", "permission denied"),
    errno.EROFS: QT_TRANSLATE_NOOP("Errors", "the disk is read-only"),
    errno.ENOSPC: QT_TRANSLATE_NOOP("Errors", "the disk is full"),
    errno.EDQUOT: QT_TRANSLATE_NOOP("Errors", "the disk quota is used up"),
    errno.ENOENT: QT_TRANSLATE_NOOP("Errors", "it does not exist"),
    errno.EISDIR: QT_TRANSLATE_NOOP("Errors", "it is a folder"),
    errno.EBUSY: QT_TRANSLATE_NOOP("Errors", "it is in use by another program"),
}


def os_reason(exc: OSError) -> str:
    """The cause of an OS error in words, translatable when it is a known one."""
    known = _OS_REASONS.get(exc.errno or 0)
    return Message(known) if known else (exc.strerror or str(exc))


class FieldnotesError(Exception):
    """A problem caused by the user's input or files, not a bug."""

    def __init__(self, message: str, **params: object) -> None:
        self.template = message
        self.params = params
        super().__init__(message.format(**params) if params else message)

    def describe(self, translate: Translate | None = None) -> str:
        """The message, with ``translate`` applied to its template and its parts."""
        if translate is None:
            return str(self)
        return _fill(translate(self.template), self.params, translate)


class ProjectFileError(FieldnotesError):
    """The project file is missing, corrupt, foreign, or too new."""


class InterchangeError(FieldnotesError):
    """An interchange (JSON) file does not validate; the message names the place."""

    def __init__(self, where: str, problem: str) -> None:
        self.where = where
        self.problem = problem
        super().__init__(f"{where}: {problem}" if where else problem)


class Cancelled(FieldnotesError):
    """The user cancelled long work; whatever it would have written was not written."""


class OutputError(FieldnotesError):
    """An output file cannot be written."""


class PassphraseError(ProjectFileError):
    """The project is encrypted and no passphrase, or a wrong one, was given."""


class StoreError(FieldnotesError):
    """Reading or writing an open project failed; the message names the real cause.

    ``retryable`` says whether trying the same write again later may succeed (a lock
    that is released, a disk that gets room), as opposed to a project opened read-only.
    """

    retryable = True


class ReadOnlyError(StoreError):
    """The project file (or its folder) cannot be written."""

    retryable = False


class LockedError(StoreError):
    """Another program held the project's write lock for too long."""


class DiskFullError(StoreError):
    """The disk (or quota) is full."""


class WriteFailedError(StoreError):
    """The disk reported an error, or the file was removed or replaced while open."""


class DamagedError(StoreError, ProjectFileError):
    """The file's contents are damaged: only for real corruption, never for a lock or mode."""

    retryable = False
