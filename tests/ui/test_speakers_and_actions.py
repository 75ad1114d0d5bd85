"""Who spoke or acted (Ctrl+Shift+W) and agreements or actions (Ctrl+Shift+A), by keyboard."""

from __future__ import annotations

from datetime import date, timedelta
from typing import Any

import pytest
from PySide6.QtCore import QDate, Qt
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import QStyleOptionViewItem

from fieldnotes.domain.models import Action, Meeting, Observation, StatusChange
from fieldnotes.ui.dialogs.action_dialog import ActionDialog
from fieldnotes.ui.main_window import MainWindow
from fieldnotes.ui.widgets.speaker_picker import SpeakerPicker
from tests.conftest import without_voice_and_actions
from tests.ui.test_main_window import CTRL, SHIFT, back_to, when_dialog_opens

pytestmark = pytest.mark.gui
TODAY = date.today().isoformat()


@pytest.fixture(autouse=True)
def _example_without_voice_and_actions(window: MainWindow) -> None:
    """These tests work their numbers out from speakers and actions of their own."""
    without_voice_and_actions(window.hub.project)
    window.hub.announce_everything()


def first_observation(window: MainWindow) -> str:
    observation = window.observations_model.observation(0)
    assert observation is not None
    window.show_observation(observation.id)
    assert window.current_observation_id() == observation.id
    return observation.id


def speakers(window: MainWindow, oid: str) -> list[str]:
    observation = window.hub.project.observations.get(oid)
    assert observation is not None
    return observation.speakers


def test_picker_ticks_speakers_from_the_keyboard_and_undo_restores(
    window: MainWindow, qtbot: Any
) -> None:
    oid = first_observation(window)  # newest meeting: Social worker A, Community nurse B, ...
    seen: list[str] = []

    def act(picker: SpeakerPicker) -> None:
        seen.append(picker.note.text())
        qtbot.keyClicks(picker.query, "nurse")
        qtbot.keyClick(picker.query, Qt.Key.Key_Return)  # Community nurse B
        picker.query.clear()
        qtbot.keyClicks(picker.query, "coproducer")
        qtbot.keyClick(picker.query, Qt.Key.Key_Down)
        qtbot.keyClick(picker.query, Qt.Key.Key_Return)  # Coproducer D
        qtbot.keyClick(picker.query, Qt.Key.Key_Up)
        picker.list.setFocus()
        qtbot.keyClick(picker.list, Qt.Key.Key_Space)  # Coproducer C
        qtbot.keyClick(picker.list, Qt.Key.Key_Space)  # ... and off again
        seen.append(picker.model.index(1, 0).data())
        qtbot.keyClick(picker.list, Qt.Key.Key_Escape)

    when_dialog_opens(qtbot, SpeakerPicker, act)
    qtbot.keyClick(window.editor.text_edit, Qt.Key.Key_W, CTRL | SHIFT)
    back_to(window, qtbot)
    assert seen[0] == "Attendees of this meeting."
    assert seen[1].startswith("✓ Coproducer D")
    assert speakers(window, oid) == ["p2", "p4"]
    assert window.undo_stack.undoText() == "Not spoken: Coproducer C"
    window.undo_stack.undo()
    window.undo_stack.undo()
    assert speakers(window, oid) == ["p2", "p4"]
    window.undo_stack.undo()
    assert speakers(window, oid) == ["p2"]
    window.undo_stack.undo()
    assert speakers(window, oid) == []
    window.undo_stack.redo()
    assert speakers(window, oid) == ["p2"]
    card = window.observations_model.observation(0)
    assert card is not None and card.speakers == ["p2"]  # the stream heard about it


def test_a_meeting_without_attendees_offers_everyone_and_says_so(
    window: MainWindow, qtbot: Any
) -> None:
    project = window.hub.project
    project.meetings.add(Meeting("m-empty", "Corridor talk", date="2030-01-01"))
    project.observations.add(Observation("o-empty", "m-empty", "A chat by the lift."))
    window.hub.meetings_changed.emit()
    window.select_meeting("m-empty")
    first_observation(window)
    seen: list[Any] = []

    def act(picker: SpeakerPicker) -> None:
        seen.extend([picker.note.text(), picker.model.rowCount()])
        qtbot.keyClicks(picker.query, "GP")
        qtbot.keyClick(picker.query, Qt.Key.Key_Return)
        qtbot.keyClick(picker.query, Qt.Key.Key_Escape)

    when_dialog_opens(qtbot, SpeakerPicker, act)
    window.capture.open_speaker_picker()
    assert "no attendees" in seen[0]
    assert seen[1] == len(project.participants.all())
    assert speakers(window, "o-empty") == ["p6"]


def test_action_dialog_marks_changes_status_with_dated_history_and_undoes(
    window: MainWindow, qtbot: Any
) -> None:
    oid = first_observation(window)
    due = (date.today() + timedelta(days=14)).isoformat()

    def mark(dialog: ActionDialog) -> None:
        qtbot.keyClick(dialog.marked, Qt.Key.Key_Space)  # focus starts on the mark
        dialog.owner.setCurrentIndex(dialog.owner.findText("Coproducer C"))
        dialog.due.setDate(QDate.fromString(due, "yyyy-MM-dd"))
        qtbot.keyClick(dialog.status, Qt.Key.Key_Return)  # Enter accepts

    when_dialog_opens(qtbot, ActionDialog, mark)
    qtbot.keyClick(window.editor.text_edit, Qt.Key.Key_A, CTRL | SHIFT)
    back_to(window, qtbot)
    opened = Action.opened(TODAY, "p3", due)
    assert window.hub.project.observations.get(oid).action == opened  # type: ignore[union-attr]

    history: list[str] = []

    def close(dialog: ActionDialog) -> None:
        history.append(dialog.history.toPlainText())
        assert dialog.due_date() == due
        dialog.status.setCurrentIndex(dialog.status.findData("done"))
        dialog.accept()

    when_dialog_opens(qtbot, ActionDialog, close)
    window.capture.edit_action()
    assert history == [f"{TODAY}  open"]
    done = window.hub.project.observations.get(oid).action  # type: ignore[union-attr]
    assert done is not None and done.status == "done" and done.owner == "p3"
    assert done.history == (StatusChange("open", TODAY), StatusChange("done", TODAY))

    def unmark(dialog: ActionDialog) -> None:
        dialog.marked.setChecked(False)
        assert not dialog.owner.isEnabled()
        dialog.accept()

    when_dialog_opens(qtbot, ActionDialog, unmark)
    window.capture.edit_action()
    assert window.hub.project.observations.get(oid).action is None  # type: ignore[union-attr]
    window.undo_stack.undo()
    assert window.hub.project.observations.get(oid).action == done  # type: ignore[union-attr]
    window.undo_stack.undo()
    assert window.hub.project.observations.get(oid).action == opened  # type: ignore[union-attr]
    window.undo_stack.undo()
    assert window.hub.project.observations.get(oid).action is None  # type: ignore[union-attr]


def test_no_due_date_is_a_state_of_the_date_edit(window: MainWindow) -> None:
    dialog = ActionDialog(window.hub, ["p1"], None, window)
    dialog.marked.setChecked(True)
    assert dialog.due.text() == "no due date"
    assert dialog.action(TODAY) == Action.opened(TODAY)
    dialog.due.setDate(QDate(2031, 5, 1))
    assert dialog.action(TODAY) == Action.opened(TODAY, None, "2031-05-01")
    dialog.due.setDate(dialog.due.minimumDate())
    assert dialog.due_date() is None
    dialog.due.setFocus()
    dialog.due.stepBy(1)  # the Up arrow starts from today
    assert dialog.due_date() == TODAY
    dialog.due.setDate(QDate(2031, 5, 1))
    dialog.due.keyPressEvent(
        QKeyEvent(QKeyEvent.Type.KeyPress, Qt.Key.Key_Delete, Qt.KeyboardModifier.NoModifier)
    )
    assert dialog.due_date() is None


def test_card_shows_speakers_and_an_action_badge_and_grows(window: MainWindow) -> None:
    oid = first_observation(window)
    delegate = window.stream.itemDelegate()
    index = window.observations_model.index(0, 0)
    option = QStyleOptionViewItem()
    option.initFrom(window.stream)
    option.widget = window.stream
    before = delegate.sizeHint(option, index).height()
    window.capture.toggle_speaker("p3")
    window.capture.toggle_speaker("p2")
    past = (date.today() - timedelta(days=3)).isoformat()
    from fieldnotes.ui.commands.voice import SetAction

    window.undo_stack.push(
        SetAction(window.hub, oid, None, Action.opened(TODAY, "p1", past), "mark")
    )
    observation = window.observations_model.observation(0)
    assert observation is not None
    lines = delegate.meta_lines(observation, TODAY)
    assert lines[0] == ("Spoke: Coproducer C, Community nurse B", False)
    assert lines[1] == (f"⚑ Action: open · owner Social worker A · due {past} · overdue", True)
    assert delegate.meta_lines(observation, "2000-01-01")[1][1] is False  # not overdue then
    grown = delegate.sizeHint(option, index).height()
    assert grown > before
    window.stream.viewport().repaint()  # paints without error
    window.undo_stack.undo()
    window.undo_stack.undo()
    window.undo_stack.undo()
    assert delegate.sizeHint(option, index).height() == before
