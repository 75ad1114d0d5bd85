"""Unexpected errors reach the GUI thread before any dialog, are logged without their
message, and are shown once."""

from __future__ import annotations

import logging
import sqlite3
import threading
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
from PySide6.QtCore import QRunnable, QThread, QThreadPool, QTimer
from PySide6.QtWidgets import QApplication

from fieldnotes.errors import OutputError
from fieldnotes.ui.crash_handler import CrashReporter
from fieldnotes.ui.logging_setup import LOG_NAME, PrivateRotatingFileHandler, log_to_file

pytestmark = pytest.mark.gui

NOTE = "Jan from the neighbourhood team said he sleeps in his car"


class Shown:
    """What the reporter would show, and on which thread it was asked to."""

    def __init__(self) -> None:
        self.messages: list[tuple[str, str]] = []
        self.on_gui_thread: list[bool] = []

    def __call__(self, message: str, details: str) -> None:
        app = QApplication.instance()
        assert app is not None
        self.on_gui_thread.append(QThread.currentThread() is app.thread())
        self.messages.append((message, details))


@pytest.fixture
def shown(qapp: QApplication, tmp_path: Path) -> Iterator[Shown]:
    recorder = Shown()
    handler = log_to_file(tmp_path / "logs")
    reporter = CrashReporter(recorder)
    reporter.install()
    try:
        yield recorder
    finally:
        reporter.uninstall()
        if handler is not None:
            logging.getLogger().removeHandler(handler)
            handler.close()


def _log(tmp_path: Path) -> str:
    for handler in logging.getLogger().handlers:
        if isinstance(handler, PrivateRotatingFileHandler):  # others may be stale streams
            handler.flush()
    return (tmp_path / "logs" / LOG_NAME).read_text(encoding="utf-8")


class _Failing(QRunnable):
    def run(self) -> None:
        raise KeyError(NOTE)


def test_an_error_on_a_pool_thread_is_shown_on_the_gui_thread(
    shown: Shown, qtbot: Any, tmp_path: Path
) -> None:
    pool = QThreadPool()
    pool.start(_Failing())
    qtbot.waitUntil(lambda: bool(shown.messages))
    pool.waitForDone()
    assert shown.on_gui_thread == [True]
    message, details = shown.messages[0]
    assert "KeyError" in details  # the traceback is on screen, for the user to copy
    assert "KeyError" in message
    assert "Jan" not in message  # the one line names the kind of failure, not the note
    log = _log(tmp_path)
    assert "KeyError" in log and "test_crash_handler.py" in log
    assert "Jan" not in log and "sleeps" not in log


def test_an_error_on_a_python_thread_is_shown_on_the_gui_thread(
    shown: Shown, qtbot: Any, tmp_path: Path
) -> None:
    thread = threading.Thread(target=lambda: 1 / 0)
    thread.start()
    thread.join()
    qtbot.waitUntil(lambda: bool(shown.messages))
    assert shown.on_gui_thread == [True]
    assert "ZeroDivisionError" in shown.messages[0][0]


def test_an_error_in_a_slot_is_shown_once(shown: Shown, qtbot: Any, tmp_path: Path) -> None:
    def fail() -> None:
        raise RuntimeError(NOTE)

    for _ in range(3):
        QTimer.singleShot(0, fail)
    qtbot.waitUntil(lambda: "RuntimeError" in _log(tmp_path).split("unexpected error")[-1])
    qtbot.waitUntil(lambda: _log(tmp_path).count("unexpected error") == 3)
    assert len(shown.messages) == 1
    assert "Jan" not in _log(tmp_path)


def test_a_known_failure_is_shown_in_its_own_words_once_per_message(
    shown: Shown, qtbot: Any
) -> None:
    def fail(path: str) -> None:
        raise OutputError("Cannot write {path}.", path=path)

    for path in ("/tmp/out.docx", "/tmp/out.docx", "/tmp/other.docx"):
        QTimer.singleShot(0, lambda path=path: fail(path))
    qtbot.waitUntil(lambda: len(shown.messages) == 2)
    assert shown.messages == [
        ("Cannot write /tmp/out.docx.", ""),
        ("Cannot write /tmp/other.docx.", ""),
    ]


def test_sqlite_s_own_error_is_named_by_its_cause(qapp: QApplication, qtbot: Any) -> None:
    """A read outside the store (a view painting) meets the file gone read-only."""
    recorder = Shown()
    reporter = CrashReporter(recorder, project_path=lambda: Path("/data/study.fieldnotes"))
    reporter.install()
    try:

        def fail() -> None:
            error = sqlite3.OperationalError("attempt to write a readonly database")
            error.sqlite_errorcode = 8  # type: ignore[attr-defined]  # SQLITE_READONLY
            raise error

        QTimer.singleShot(0, fail)
        qtbot.waitUntil(lambda: bool(recorder.messages))
    finally:
        reporter.uninstall()
    message, details = recorder.messages[0]
    assert message == "/data/study.fieldnotes is read-only; changes cannot be saved."
    assert details == ""
