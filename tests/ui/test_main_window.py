"""The capture window driven the way a researcher drives it: by keyboard."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest
from PySide6.QtCore import QSettings, Qt, QTimer
from PySide6.QtWidgets import QApplication

from fieldnotes.store import Project
from fieldnotes.ui.dialogs.meeting_dialog import MeetingDialog
from fieldnotes.ui.dialogs.quote_dialog import QuoteDialog
from fieldnotes.ui.hub import ProjectHub
from fieldnotes.ui.main_window import MainWindow
from fieldnotes.ui.models.roles import ID_ROLE
from fieldnotes.ui.widgets.tag_picker import TagPicker

pytestmark = pytest.mark.gui
CTRL = Qt.KeyboardModifier.ControlModifier
ALT = Qt.KeyboardModifier.AltModifier
SHIFT = Qt.KeyboardModifier.ShiftModifier


def when_dialog_opens(qtbot: Any, kind: type, act: Any) -> None:
    """Run ``act(dialog)`` on the next modal dialog of ``kind`` as soon as it shows."""

    def poll() -> None:
        dialog = QApplication.activeModalWidget()
        if isinstance(dialog, kind) and dialog.isVisible():
            act(dialog)
        else:
            QTimer.singleShot(10, poll)

    QTimer.singleShot(0, poll)


def back_to(window: MainWindow, qtbot: Any) -> None:
    """After a dialog closes, the window manager gives the window back its focus."""
    window.activateWindow()
    qtbot.waitUntil(lambda: QApplication.activeWindow() is window, timeout=2000)


def type_observation(qtbot: Any, window: MainWindow, text: str) -> None:
    qtbot.keyClicks(window.editor.text_edit, text)


def content(observations: list[Any]) -> list[tuple[object, ...]]:
    """What the researcher wrote, leaving out edit timestamps (redo writes new ones)."""
    return [(o.id, o.text, o.time, o.position, o.codes, o.quotes, o.feedback) for o in observations]


def test_title_shows_study_and_newest_meeting_is_selected(window: MainWindow) -> None:
    assert window.windowTitle().startswith("The Connectors (example)")
    newest = window.hub.project.meetings.all(newest_first=True)[0]
    assert window.meeting_list.currentIndex().data(ID_ROLE) == newest.id
    assert window.observations_model.rowCount() == window.hub.project.observations.count(newest.id)


def test_full_capture_session_by_keyboard(window: MainWindow, qtbot: Any, tmp_path: Path) -> None:
    project = window.hub.project

    # A new meeting (Ctrl+Shift+N), titled in its dialog.
    def fill_meeting(dialog: MeetingDialog) -> None:
        dialog.title.setText("Kitchen-table meeting")
        dialog.attendees.setData(
            dialog.attendees.index(2, 0),
            Qt.CheckState.Checked.value,
            Qt.ItemDataRole.CheckStateRole,
        )
        dialog.accept()

    when_dialog_opens(qtbot, MeetingDialog, fill_meeting)
    qtbot.keyClick(window, Qt.Key.Key_N, CTRL | SHIFT)
    back_to(window, qtbot)
    meeting = next(m for m in project.meetings.all() if m.title == "Kitchen-table meeting")
    assert window.current_meeting_id() == meeting.id
    assert meeting.attendees == ["p3"]

    # Three observations: Ctrl+N, type, Ctrl+Return, type, Ctrl+Return, type.
    qtbot.keyClick(window, Qt.Key.Key_N, CTRL)
    assert window.focusWidget() is window.editor.text_edit
    type_observation(qtbot, window, "Coproducer C opens with the budget.")
    qtbot.keyClick(window.editor.text_edit, Qt.Key.Key_Return, CTRL)
    type_observation(qtbot, window, "Tension about privacy rules.")
    qtbot.keyClick(window.editor.text_edit, Qt.Key.Key_Return, CTRL)
    type_observation(qtbot, window, "Agreement to try the permission card.")
    window.editor.flush()
    texts = [o.text for o in project.observations.for_meeting(meeting.id)]
    assert texts == [
        "Coproducer C opens with the budget.",
        "Tension about privacy rules.",
        "Agreement to try the permission card.",
    ]
    third = window.current_observation_id()
    assert third is not None

    # Tag with Ctrl+T ("14" + Enter) and Alt+4 (relation dimension) and a new emergent theme.
    def pick(text: str) -> Any:
        def act(picker: TagPicker) -> None:
            qtbot.keyClicks(picker.query, text)
            qtbot.keyClick(picker.query, Qt.Key.Key_Return)

        return act

    when_dialog_opens(qtbot, TagPicker, pick("14"))
    qtbot.keyClick(window.editor.text_edit, Qt.Key.Key_T, CTRL)
    back_to(window, qtbot)
    qtbot.keyClick(window.editor.text_edit, Qt.Key.Key_4, ALT)
    when_dialog_opens(qtbot, TagPicker, pick("Kitchen diplomacy"))
    qtbot.keyClick(window.editor.text_edit, Qt.Key.Key_T, CTRL)
    back_to(window, qtbot)
    observation = project.observations.get(third)
    assert observation is not None
    theme = next(c for c in project.codes.themes() if c.name == "Kitchen diplomacy")
    assert observation.codes == ["cac:14", "cac:relation", theme.id]
    assert (
        window.code_model.index_of("cac:14").data(Qt.ItemDataRole.CheckStateRole)
        == Qt.CheckState.Checked
    )

    # A quote (Ctrl+'), spoken by an attendee, with the Dutch original.
    def fill_quote(dialog: QuoteDialog) -> None:
        dialog.text.setPlainText("We just try it.")
        dialog.original.setPlainText("We proberen het gewoon.")
        dialog.language.setText("nl")
        dialog.speaker.setCurrentIndex(dialog.speaker.findData("p3"))
        dialog.accept()

    when_dialog_opens(qtbot, QuoteDialog, fill_quote)
    qtbot.keyClick(window.editor.text_edit, Qt.Key.Key_Apostrophe, CTRL)
    back_to(window, qtbot)
    [quote] = project.observations.get(third).quotes  # type: ignore[union-attr]
    assert (quote.speaker, quote.original_text, quote.language) == (
        "p3",
        "We proberen het gewoon.",
        "nl",
    )

    # Undo everything step by step with Ctrl+Z, then redo it all with Ctrl+Shift+Z.
    snapshot_after = project.snapshot()
    steps = window.undo_stack.index()
    for _ in range(steps):
        qtbot.keyClick(window.editor.text_edit, Qt.Key.Key_Z, CTRL)
    assert project.meetings.get(meeting.id) is None
    assert not any(c.name == "Kitchen diplomacy" for c in project.codes.themes())
    for _ in range(steps):
        qtbot.keyClick(window, Qt.Key.Key_Z, CTRL | SHIFT)
    redone = project.snapshot()
    assert content(redone.observations[meeting.id]) == content(
        snapshot_after.observations[meeting.id]
    )
    assert redone.codes == snapshot_after.codes

    # Reopen the project file: everything is there.
    window.close()
    path = project.path
    with Project.open(path) as reopened:
        again = reopened.observations.for_meeting(meeting.id)
        assert [o.text for o in again] == texts
        assert again[2].codes == ["cac:14", "cac:relation", theme.id]
        assert again[2].quotes[0].text == "We just try it."


def test_typing_is_saved_within_half_a_second(window: MainWindow, qtbot: Any) -> None:
    qtbot.keyClick(window, Qt.Key.Key_N, CTRL)
    observation_id = window.current_observation_id()
    type_observation(qtbot, window, "autosaved words")
    qtbot.waitUntil(
        lambda: window.hub.project.observations.get(observation_id).text == "autosaved words",  # type: ignore[union-attr]
        timeout=600,
    )
    assert window._saved_label.text().startswith("Saved ")


def test_undo_of_typing_restores_the_editor(window: MainWindow, qtbot: Any) -> None:
    qtbot.keyClick(window, Qt.Key.Key_N, CTRL)
    type_observation(qtbot, window, "first words")
    window.editor.flush()
    qtbot.keyClick(window.editor.text_edit, Qt.Key.Key_Z, CTRL)
    assert window.editor.text_edit.toPlainText() == ""
    qtbot.keyClick(window.editor.text_edit, Qt.Key.Key_Z, CTRL | SHIFT)
    assert window.editor.text_edit.toPlainText() == "first words"


def test_correct_time_reorder_and_delete_with_undo(window: MainWindow, qtbot: Any) -> None:
    project = window.hub.project
    meeting = window.current_meeting_id()
    assert meeting is not None
    before = [o.id for o in project.observations.for_meeting(meeting)]
    window.show_observation(before[1])
    qtbot.keyClick(window.editor.text_edit, Qt.Key.Key_Up, ALT)
    assert project.observations.for_meeting(meeting)[0].id == before[1]
    old_time = project.observations.get(before[1]).time  # type: ignore[union-attr]
    window.editor.time_edit.setTime(window.editor.time_edit.time().addSecs(60 * 7))
    window.editor.time_edit.editingFinished.emit()
    assert project.observations.get(before[1]).time != old_time  # type: ignore[union-attr]
    qtbot.keyClick(window.editor.text_edit, Qt.Key.Key_Backspace, CTRL | SHIFT)
    assert before[1] not in [o.id for o in project.observations.for_meeting(meeting)]
    for _ in range(3):
        window.undo_stack.undo()
    assert [o.id for o in project.observations.for_meeting(meeting)] == before


def test_delete_meeting_and_undo(
    window: MainWindow, qtbot: Any, monkeypatch: pytest.MonkeyPatch
) -> None:
    from PySide6.QtWidgets import QMessageBox

    monkeypatch.setattr(QMessageBox, "question", lambda *a, **k: QMessageBox.StandardButton.Yes)
    meeting = window.current_meeting_id()
    count = window.hub.project.observations.count(meeting)
    window.meetings.delete_meeting()
    assert window.hub.project.meetings.get(meeting) is None  # type: ignore[arg-type]
    window.undo_stack.undo()
    assert window.hub.project.observations.count(meeting) == count


def test_geometry_splitters_and_last_meeting_are_remembered(
    hub: ProjectHub, settings: QSettings, qtbot: Any
) -> None:
    first = MainWindow(hub, settings)
    qtbot.addWidget(first)
    first.resize(700, 500)
    first.show()
    first.splitter.setSizes([150, 400, 150])
    sizes = first.splitter.sizes()
    first.select_meeting("m2")
    first.close()
    second = MainWindow(hub, settings)
    qtbot.addWidget(second)
    second.show()
    assert second.size().width() == 700
    assert second.splitter.sizes() == sizes
    assert second.current_meeting_id() == "m2"


def test_shortcuts_dialog_lists_the_actions(window: MainWindow, qtbot: Any) -> None:
    from fieldnotes.ui.dialogs.shortcuts_dialog import ShortcutsDialog

    seen: dict[str, str] = {}

    def read(dialog: ShortcutsDialog) -> None:
        model = dialog.model
        seen.update(
            {model.index(r, 0).data(): model.index(r, 1).data() for r in range(model.rowCount())}
        )
        dialog.reject()

    when_dialog_opens(qtbot, ShortcutsDialog, read)
    qtbot.keyClick(window, Qt.Key.Key_F1)
    assert seen["New observation"] == "Ctrl+N"
    assert seen["Tag…"] == "Ctrl+T"
    assert "Alt+4" in seen.values()


def test_new_observation_without_meetings_asks_for_a_meeting_first(
    project: Project, settings: QSettings, qtbot: Any
) -> None:
    window = MainWindow(ProjectHub(project), settings)
    qtbot.addWidget(window)
    window.show()
    qtbot.waitExposed(window)
    back_to(window, qtbot)
    when_dialog_opens(qtbot, MeetingDialog, lambda d: d.accept())
    qtbot.keyClick(window, Qt.Key.Key_N, CTRL)
    assert len(project.meetings.all()) == 1
    assert window.current_observation_id() is not None
