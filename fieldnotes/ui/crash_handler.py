"""Unexpected errors: logged, carried to the GUI thread, and shown once in plain words.

Python calls ``sys.excepthook`` on whichever thread the error happened on: PySide does
so for an exception escaping a ``QRunnable.run`` on a pool thread, and
``threading.excepthook`` covers plain threads. A dialog must never be built there, so
the hook only logs and emits a signal; the reporter lives on the GUI thread, and Qt
queues the signal to it. The dialog comes once per session (a loop of failures must
not bury the window in boxes); every error is logged. A failure the user can act on
(the store's, or SQLite's named by its cause) is shown in its own words, not as a bug.
"""

from __future__ import annotations

import logging
import sqlite3
import sys
import threading
import traceback
from collections.abc import Callable
from pathlib import Path
from types import TracebackType

from PySide6.QtCore import QCoreApplication, QObject, Signal, Slot
from PySide6.QtWidgets import QMessageBox

from fieldnotes.errors import FieldnotesError
from fieldnotes.ui.error_text import error_text
from fieldnotes.ui.logging_setup import exception_summary

logger = logging.getLogger(__name__)

# Shows (summary, details) to the user; the default is a message box.
ShowError = Callable[[str, str], None]


def unexpected_error_text(exc: BaseException) -> str:
    """The one line shown for an error that is a bug, not something the user caused."""
    return QCoreApplication.translate(
        "ErrorDialog", "Something went wrong inside fieldnotes ({error})."
    ).format(error=type(exc).__name__)


def known_failure(exc: BaseException, path: Path | None = None) -> FieldnotesError | None:
    """``exc`` as a failure the user can act on: ours, or SQLite's named by its cause.

    A read outside the store's transactions (a view painting, a model loading) raises
    SQLite's own error; "attempt to write a readonly database" is still "read-only".
    """
    if isinstance(exc, FieldnotesError):
        return exc
    if isinstance(exc, sqlite3.Error):
        from fieldnotes.store.failures import store_error

        return store_error(exc, path or "")
    return None


def user_message(exc: BaseException, path: Path | None = None) -> str:
    """One line for the user: a known failure in its own words, else an unexpected one."""
    known = known_failure(exc, path)
    return error_text(known) if known is not None else unexpected_error_text(exc)


class CrashReporter(QObject):
    """Install with :meth:`install`; create it on the GUI thread."""

    _report = Signal(str, str, bool)  # message, details, whether it is a bug

    def __init__(
        self,
        show: ShowError | None = None,
        parent: QObject | None = None,
        *,
        project_path: Callable[[], Path | None] = lambda: None,
    ) -> None:
        super().__init__(parent)
        self._show = show or _message_box
        self._project_path = project_path  # names the file in a failure's message
        self._shown: set[str] = set()
        self._previous: tuple[object, object] | None = None
        self._report.connect(self._on_report)  # queued when emitted on another thread

    def install(self) -> None:
        self._previous = (sys.excepthook, threading.excepthook)
        sys.excepthook = self.hook
        threading.excepthook = self._thread_hook

    def uninstall(self) -> None:
        if self._previous is not None:
            sys.excepthook, threading.excepthook = self._previous  # type: ignore[assignment]
            self._previous = None

    def hook(
        self, kind: type[BaseException], value: BaseException, tb: TracebackType | None
    ) -> None:
        """Log the error and pass it to the GUI thread; safe to call on any thread."""
        if issubclass(kind, KeyboardInterrupt):
            QCoreApplication.quit()
            return
        logger.error(
            "unexpected error on thread %s: %s",
            threading.current_thread().name,
            exception_summary(kind),
            exc_info=(kind, value, tb),
        )
        details = "".join(traceback.format_exception(kind, value, tb))
        known = known_failure(value, self._project_path())
        message = error_text(known) if known is not None else unexpected_error_text(value)
        self._report.emit(message, details, known is None)

    def _thread_hook(self, args: threading.ExceptHookArgs) -> None:
        if args.exc_value is not None:
            self.hook(args.exc_type, args.exc_value, args.exc_traceback)

    @Slot(str, str, bool)
    def _on_report(self, message: str, details: str, is_bug: bool) -> None:
        # Once per session for a bug, once per message for a known failure: an error
        # raised on every repaint must not bury the window in boxes.
        key = "bug" if is_bug else message
        if key in self._shown:
            return
        self._shown.add(key)
        self._show(message, details if is_bug else "")


def _message_box(message: str, details: str) -> None:
    box = QMessageBox(QMessageBox.Icon.Critical, "fieldnotes", message)
    if details:
        box.setInformativeText(
            QCoreApplication.translate(
                "ErrorDialog",
                "Details are in the log file; please include it when reporting the problem.",
            )
        )
        box.setDetailedText(details)
    box.exec()
