"""Nothing typed is lost when the project file refuses it: the text stays, a banner says
why, a recovery file keeps it, and saving is tried again until it works."""

from __future__ import annotations

import time
from typing import Any

import pytest
from PySide6.QtWidgets import QMessageBox, QPushButton

from fieldnotes.store import Project, driver
from fieldnotes.store.recovery import RecoveryFile, recovery_folder
from fieldnotes.ui import write_guard
from fieldnotes.ui.main_window import MainWindow
from tests.ui.test_command_failures import fill_the_disk, free_the_disk

pytestmark = pytest.mark.gui

NOTE = " Marieke says the landlord came by twice this week."
LONG = " She keeps the letters in a shoebox." * 150  # needs new pages in the file


def _open_first(window: MainWindow) -> str:
    observation = window.hub.project.observations.for_meeting(window.current_meeting_id())[0]  # type: ignore[arg-type]
    window.show_observation(observation.id)
    return observation.id


def _type(window: MainWindow, qtbot: Any, text: str) -> None:
    qtbot.keyClicks(window.editor.text_edit, text[:20])
    window.editor.text_edit.insertPlainText(text[20:])  # the rest as a paste: faster


def _stored(project: Project, observation_id: str) -> str:
    observation = project.observations.get(observation_id)
    assert observation is not None
    return observation.text


def _recovered(project: Project) -> list[str]:
    return [e.text for e in RecoveryFile(project.path, None, recovery_folder()).entries()]


def _banner(window: MainWindow) -> str:
    return window.banners.save_banner.message()


@pytest.fixture
def slow_retries(monkeypatch: pytest.MonkeyPatch) -> None:
    """Retries only on keystrokes (the timer would not fire during the test)."""
    monkeypatch.setattr(write_guard, "RETRY_MS", 600_000)


@pytest.fixture
def fast_retries(monkeypatch: pytest.MonkeyPatch) -> None:
    """Retries every 20 ms, so many of them fit in a short test."""
    monkeypatch.setattr(write_guard, "RETRY_MS", 20)


def test_a_full_disk_keeps_the_text_says_so_and_saves_it_when_there_is_room(
    window: MainWindow, qtbot: Any
) -> None:
    project = window.hub.project
    observation_id = _open_first(window)
    before = _stored(project, observation_id)
    fill_the_disk(project)
    _type(window, qtbot, NOTE + LONG)
    qtbot.waitUntil(lambda: "Not saved" in _banner(window))
    typed = before + NOTE + LONG
    assert "disk is full" in _banner(window) and "recovery file" in _banner(window)
    assert window.editor.text_edit.toPlainText() == typed
    assert _stored(project, observation_id) == before
    assert _recovered(project) == [typed]

    free_the_disk(project)
    qtbot.waitUntil(lambda: _banner(window) == "", timeout=5000)  # the two-second retry
    assert _stored(project, observation_id) == typed
    assert _recovered(project) == []
    assert window.editor.text_edit.toPlainText() == typed
    window.undo_stack.undo()
    assert _stored(project, observation_id) == before


def test_the_next_keystroke_tries_again(slow_retries: None, window: MainWindow, qtbot: Any) -> None:
    project = window.hub.project
    observation_id = _open_first(window)
    fill_the_disk(project)
    _type(window, qtbot, NOTE + LONG)
    qtbot.waitUntil(lambda: "Not saved" in _banner(window))
    free_the_disk(project)
    qtbot.keyClicks(window.editor.text_edit, "!")
    qtbot.waitUntil(lambda: _banner(window) == "", timeout=3000)
    assert _stored(project, observation_id).endswith(LONG + "!")


def test_switching_observations_keeps_the_unsaved_text(
    slow_retries: None, window: MainWindow, qtbot: Any
) -> None:
    project = window.hub.project
    first = _open_first(window)
    fill_the_disk(project)
    _type(window, qtbot, NOTE + LONG)
    qtbot.waitUntil(lambda: "Not saved" in _banner(window))
    typed = window.editor.text_edit.toPlainText()
    second = project.observations.for_meeting(window.current_meeting_id())[1]  # type: ignore[arg-type]
    window.show_observation(second.id)
    assert window.editor.text_edit.toPlainText() == second.text
    assert "Not saved" in _banner(window)
    window.show_observation(first)
    assert window.editor.text_edit.toPlainText() == typed
    free_the_disk(project)
    window.guard.retry()
    assert _stored(project, first) == typed and _banner(window) == ""


def test_a_lock_held_by_another_program_is_waited_out_without_freezing(
    fast_retries: None, monkeypatch: pytest.MonkeyPatch, window: MainWindow, qtbot: Any
) -> None:
    """A long import elsewhere: autosave never gives up, and no attempt blocks for long."""
    project = window.hub.project
    observation_id = _open_first(window)
    attempts: list[float] = []
    original = window.guard.save_text

    def timed(*args: Any) -> bool:
        started = time.monotonic()
        try:
            return original(*args)
        finally:
            attempts.append(time.monotonic() - started)

    monkeypatch.setattr(window.guard, "save_text", timed)
    holder = driver.connect(project.path)
    holder.execute("BEGIN IMMEDIATE")
    try:
        _type(window, qtbot, NOTE)
        qtbot.waitUntil(lambda: "Waiting for the project file" in _banner(window))
        qtbot.waitUntil(lambda: len(attempts) >= 15, timeout=10_000)
        assert max(attempts) < 1.0
        assert _recovered(project) == [window.editor.text_edit.toPlainText()]
        assert NOTE not in _stored(project, observation_id)
    finally:
        holder.execute("ROLLBACK")
        holder.close()
    qtbot.waitUntil(lambda: _banner(window) == "", timeout=5000)
    assert _stored(project, observation_id).endswith(NOTE)


def test_closing_with_text_kept_nowhere_asks_first(
    window: MainWindow, qtbot: Any, monkeypatch: pytest.MonkeyPatch
) -> None:
    asked: list[str] = []

    def no(_parent: object, _title: str, text: str, *args: object) -> Any:
        asked.append(text)
        return QMessageBox.StandardButton.No

    monkeypatch.setattr(QMessageBox, "question", no)
    blocker = recovery_folder()
    blocker.parent.mkdir(parents=True, exist_ok=True)
    blocker.write_text("not a folder: the recovery file cannot be written")
    fill_the_disk(window.hub.project)
    _open_first(window)
    _type(window, qtbot, NOTE + LONG)
    qtbot.waitUntil(lambda: "only in this window" in _banner(window))
    assert not window.close()
    assert window.isVisible() and asked and "lost" in asked[0]
    free_the_disk(window.hub.project)
    window.guard.retry()  # saved: the window may close when the test ends
    assert not window.guard.has_pending()


def test_a_refused_tag_says_not_saved_until_something_is_saved(
    window: MainWindow, qtbot: Any
) -> None:
    observation_id = _open_first(window)
    project = window.hub.project
    holder = driver.connect(project.path)
    holder.execute("BEGIN IMMEDIATE")
    project.conn.execute("PRAGMA busy_timeout = 50")  # a one-off edit's wait, shortened
    try:
        window.capture.toggle_code("cac:14")
    finally:
        holder.execute("ROLLBACK")
        holder.close()
    assert "Not saved" in _banner(window) and "locked by another program" in _banner(window)
    assert "cac:14" not in (project.observations.get(observation_id).codes)  # type: ignore[union-attr]
    window.capture.toggle_code("cac:14")
    assert _banner(window) == ""


def test_unsaved_text_goes_with_a_saved_copy(
    slow_retries: None, window: MainWindow, qtbot: Any, chosen_file: Any
) -> None:
    project = window.hub.project
    observation_id = _open_first(window)
    fill_the_disk(project)
    _type(window, qtbot, NOTE + LONG)
    qtbot.waitUntil(lambda: "Not saved" in _banner(window))
    typed = window.editor.text_edit.toPlainText()
    assert window.copies.save_copy() == chosen_file
    copy_recovery = RecoveryFile(chosen_file, None, recovery_folder())
    assert [(e.observation, e.text) for e in copy_recovery.entries()] == [(observation_id, typed)]
    assert _recovered(project) == []
    assert not window.guard.has_pending() and _banner(window) == ""


def test_a_project_file_removed_while_open_keeps_the_text_and_says_so(
    slow_retries: None, window: MainWindow, qtbot: Any
) -> None:
    project = window.hub.project
    _open_first(window)
    steps = window.undo_stack.count()
    project.path.unlink()  # a sync tool or a colleague removed it
    _type(window, qtbot, NOTE)
    qtbot.waitUntil(lambda: "Not saved" in _banner(window))
    assert "moved or removed" in _banner(window)
    assert _recovered(project) == [window.editor.text_edit.toPlainText()]
    assert window.undo_stack.count() == steps  # nothing written into the removed file
    save_copy = [
        b for b in window.banners.save_banner.findChildren(QPushButton) if "copy" in b.text()
    ]
    assert save_copy and save_copy[0].isVisible()  # the way on: waiting will not help
