"""Unexpected errors: logged, carried to the GUI thread, and shown once in plain words.

Python calls ``sys.excepthook`` on whichever thread the error happened on: PySide does
so for an exception escaping a ``QRunnable.run`` on a pool thread, and
``threading.excepthook`` covers plain threads. A dialog must never be built there, so
the hook only logs and emits a signal; the reporter lives on the GUI thread, and Qt
queues the signal to it. The dialog comes once per session (a loop of failures must
not bury the window in boxes); every error is logged.
"""

from __future__ import annotations

import logging
import sys
import threading
import traceback
from collections.abc import Callable
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


def user_message(exc: BaseException) -> str:
    """One line for the user: a known failure in its own words, else an unexpected one."""
    if isinstance(exc, FieldnotesError):
        return error_text(exc)
    return unexpected_error_text(exc)


class CrashReporter(QObject):
    """Install with :meth:`install`; create it on the GUI thread."""

    _report = Signal(str, str, bool)  # message, details, whether it is a bug

    def __init__(self, show: ShowError | None = None, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._show = show or _message_box
        self._shown = False
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
        self._report.emit(user_message(value), details, not isinstance(value, FieldnotesError))

    def _thread_hook(self, args: threading.ExceptHookArgs) -> None:
        if args.exc_value is not None:
            self.hook(args.exc_type, args.exc_value, args.exc_traceback)

    @Slot(str, str, bool)
    def _on_report(self, message: str, details: str, is_bug: bool) -> None:
        if is_bug:
            if self._shown:
                return
            self._shown = True
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
