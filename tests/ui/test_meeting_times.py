"""A meeting's times: no end time unless one is given, and never an end before the start."""

from __future__ import annotations

from dataclasses import replace
from typing import Any

import pytest
from PySide6.QtCore import QTime
from PySide6.QtGui import QUndoStack
from PySide6.QtWidgets import QDialogButtonBox

from fieldnotes.domain.models import Meeting
from fieldnotes.ui.dialogs.meeting_dialog import MeetingDialog, new_meeting_now
from fieldnotes.ui.hub import ProjectHub
from fieldnotes.ui.main_window import MainWindow

pytestmark = pytest.mark.gui


def _dialog(hub: ProjectHub, meeting: Meeting, qtbot: Any, *, is_new: bool) -> MeetingDialog:
    dialog = MeetingDialog(hub, QUndoStack(), meeting, is_new=is_new)
    qtbot.addWidget(dialog)
    dialog.show()
    return dialog


def _ok(dialog: MeetingDialog) -> bool:
    box = dialog.findChild(QDialogButtonBox)
    assert box is not None
    return box.button(QDialogButtonBox.StandardButton.Ok).isEnabled()


def test_a_new_meeting_has_no_end_time_until_one_is_given(hub: ProjectHub, qtbot: Any) -> None:
    meeting = replace(new_meeting_now(), start="14:00")
    dialog = _dialog(hub, meeting, qtbot, is_new=True)
    assert not dialog.has_end.isChecked()
    assert not dialog.end.isEnabled()
    assert dialog.meeting().end is None
    dialog.has_end.setChecked(True)  # the end is then an hour after the start
    assert dialog.end.time() == QTime(15, 0)
    assert dialog.meeting().end == "15:00"
    dialog.has_end.setChecked(False)
    assert dialog.meeting().end is None and _ok(dialog)


def test_an_end_before_the_start_is_refused_in_the_dialog(hub: ProjectHub, qtbot: Any) -> None:
    meeting = replace(new_meeting_now(), start="04:36")
    dialog = _dialog(hub, meeting, qtbot, is_new=True)
    dialog.has_end.setChecked(True)
    dialog.end.setTime(QTime(0, 30))
    assert not _ok(dialog)
    assert dialog.time_problem.isVisible()
    assert "00:30" in dialog.time_problem.text() and "04:36" in dialog.time_problem.text()
    dialog.accept()  # Enter, or anything else that accepts, is refused too
    assert dialog.isVisible()
    dialog.end.setTime(QTime(5, 30))
    assert _ok(dialog) and not dialog.time_problem.isVisible()
    assert dialog.meeting().end == "05:30"


def test_an_end_equal_to_the_start_is_refused(hub: ProjectHub, qtbot: Any) -> None:
    dialog = _dialog(hub, replace(new_meeting_now(), start="10:00"), qtbot, is_new=True)
    dialog.has_end.setChecked(True)
    dialog.end.setTime(QTime(10, 0))
    assert not _ok(dialog)


def test_a_late_start_gets_an_end_before_midnight(hub: ProjectHub, qtbot: Any) -> None:
    dialog = _dialog(hub, replace(new_meeting_now(), start="23:30"), qtbot, is_new=True)
    dialog.has_end.setChecked(True)
    assert dialog.end.time() == QTime(23, 59) and _ok(dialog)


def test_existing_odd_times_still_show_and_ask_for_a_fix(window: MainWindow, qtbot: Any) -> None:
    project = window.hub.project
    odd = replace(project.meetings.all()[0], start="04:36", end="00:30")
    project.meetings.update(odd)
    window.hub.meetings_changed.emit()
    window.select_meeting(odd.id)
    assert "04:36–00:30" in window.meeting_heading.text()
    dialog = _dialog(window.hub, odd, qtbot, is_new=False)
    assert dialog.has_end.isChecked()
    assert (dialog.start.time(), dialog.end.time()) == (QTime(4, 36), QTime(0, 30))
    assert not _ok(dialog) and dialog.time_problem.isVisible()
    dialog.has_end.setChecked(False)  # or leave the end out
    assert _ok(dialog) and dialog.meeting().end is None


def test_an_existing_end_time_is_kept(hub: ProjectHub, qtbot: Any) -> None:
    meeting = hub.project.meetings.all()[0]
    assert meeting.end
    dialog = _dialog(hub, meeting, qtbot, is_new=False)
    assert dialog.meeting() == meeting
