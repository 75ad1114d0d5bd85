"""The capture window's panels: who has been heard in the meeting, and open actions from
earlier meetings, kept current without slowing typing."""

from __future__ import annotations

from datetime import date
from typing import Any

import pytest
from PySide6.QtCore import QSettings, Qt

from fieldnotes.domain.models import Action, Meeting, Observation, Quote, StatusChange
from fieldnotes.ui.commands.voice import SetAction
from fieldnotes.ui.hub import ProjectHub
from fieldnotes.ui.main_window import MainWindow
from fieldnotes.ui.voice_tally import VoiceTallyModel
from tests.conftest import without_voice_and_actions
from tests.ui.test_main_window import ALT

pytestmark = pytest.mark.gui
TODAY = date.today().isoformat()


@pytest.fixture(autouse=True)
def _example_without_voice_and_actions(window: MainWindow) -> None:
    """These tests work their numbers out from speakers and actions of their own."""
    without_voice_and_actions(window.hub.project)
    window.hub.announce_everything()


@pytest.fixture
def worked(window: MainWindow) -> MainWindow:
    """A meeting of three attendees: A and B heard, C not; someone not listed quoted."""
    project = window.hub.project
    project.meetings.add(
        Meeting("mw", "Worked example", date="2030-01-01", attendees=["p1", "p2", "p3"])
    )
    for n, speakers in enumerate((["p1"], ["p1", "p2"], [], ["p2"])):
        project.observations.add(Observation(f"ow{n}", "mw", f"Observation {n}"))
        project.observations.set_speakers(f"ow{n}", speakers)
    project.observations.add_quote("ow0", Quote("qw1", "We should.", "p1"))
    project.observations.add_quote("ow2", Quote("qw2", "Not on the list.", "p5"))
    project.observations.add_quote("ow3", Quote("qw3", "Someone unknown.", None))
    window.hub.meetings_changed.emit()
    window.select_meeting("mw")
    return window


def table(model: VoiceTallyModel) -> list[list[Any]]:
    return [
        [model.index(row, column).data() for column in range(model.columnCount())]
        for row in range(model.rowCount())
    ]


def test_tally_counts_the_worked_example_and_names_who_is_not_yet_heard(
    worked: MainWindow,
) -> None:
    tally = worked.panels.tally
    assert tally.isVisible()
    # Heard: A 2 observations + 1 quote, B 2 observations, E 1 quote: 6 in all.
    assert table(tally.model) == [
        ["Social worker A", 2, 1, "50 %"],
        ["Community nurse B", 2, 0, "33 %"],
        ["Coproducer C", 0, 0, "not yet heard"],
        ["Policy officer E", 0, 1, "17 % (not listed as attending)"],
    ]
    roles = [tally.model.index(row, 0).data(Qt.ItemDataRole.ToolTipRole) for row in range(4)]
    assert roles == ["professional", "professional", "coproducer", "professional"]
    assert tally.summary.text() == "Not yet heard (1 of 3): Coproducer C"


def test_tally_recounts_on_speakers_not_on_typing(
    worked: MainWindow, qtbot: Any, monkeypatch: pytest.MonkeyPatch
) -> None:
    tally = worked.panels.tally
    queries: list[object] = []
    analysis = worked.hub.project.analysis
    real = analysis.speaker_rows
    monkeypatch.setattr(analysis, "speaker_rows", lambda *a: queries.append(a) or real(*a))
    worked.show_observation("ow2")
    recounts = tally.model.recounts
    qtbot.keyClicks(worked.editor.text_edit, " and then some more words")
    worked.editor.flush()
    qtbot.wait(50)
    assert worked.hub.project.observations.get("ow2").text.endswith("more words")  # type: ignore[union-attr]
    assert (tally.model.recounts, queries) == (recounts, [])

    worked.capture.toggle_speaker("p3")  # C speaks: the tally recounts once
    assert tally.model.recounts == recounts + 1 and len(queries) == 1
    assert tally.summary.text() == "Every attendee has been heard."
    worked.undo_stack.undo()
    assert tally.summary.text() == "Not yet heard (1 of 3): Coproducer C"


def test_tally_follows_attendees_and_is_toggled_and_remembered(
    worked: MainWindow, hub: ProjectHub, settings: QSettings, qtbot: Any
) -> None:
    from fieldnotes.ui.commands.project_items import EditMeeting

    tally = worked.panels.tally
    old = worked.hub.project.meetings.get("mw")
    assert old is not None
    new = Meeting(**{**old.__dict__, "attendees": ["p1", "p2", "p3", "p4"]})
    worked.undo_stack.push(EditMeeting(worked.hub, old, new))
    assert tally.summary.text() == "Not yet heard (2 of 4): Coproducer C, Coproducer D"

    worked.actions_.voice_tally.trigger()
    assert not tally.isVisible()
    assert settings.value("main_window/voice_tally") == "false"
    worked.show_observation("ow2")
    recounts = tally.model.recounts
    worked.capture.toggle_speaker("p3")  # hidden: counted when shown again, not now
    assert tally.model.recounts == recounts
    worked.actions_.voice_tally.trigger()
    assert tally.model.recounts == recounts + 1
    assert tally.summary.text() == "Not yet heard (1 of 4): Coproducer D"
    worked.actions_.voice_tally.trigger()
    again = MainWindow(hub, settings)
    qtbot.addWidget(again)
    again.show()
    assert not again.panels.tally.isVisible()
    assert not again.actions_.voice_tally.isChecked()
    again.actions_.voice_tally.trigger()
    assert again.panels.tally.isVisible()


def status_of(window: MainWindow, oid: str) -> str | None:
    observation = window.hub.project.observations.get(oid)
    return observation.action.status if observation and observation.action else None


def test_earlier_open_action_is_listed_marked_done_by_keyboard_and_undo_reopens(
    window: MainWindow, qtbot: Any
) -> None:
    panel = window.panels.open_actions
    earlier = window.hub.project.observations.for_meeting("m3")[0]
    assert not panel.isVisible()  # nothing open yet
    window.undo_stack.push(
        SetAction(
            window.hub, earlier.id, None, Action.opened("2023-01-11", "p5", "2023-02-01"), "x"
        )
    )
    assert panel.isVisible()
    model = panel.model
    assert model.rowCount() == 1
    row = [model.index(0, c).data() for c in range(4)]
    assert row[1] == "2023-01-11 · Team meeting: budget, newslette…"
    assert row[2:] == ["Policy officer E", "2023-02-01 (overdue)"]

    panel.table.setFocus()
    qtbot.keyClick(panel.table, Qt.Key.Key_D, ALT)
    qtbot.waitUntil(lambda: status_of(window, earlier.id) == "done")  # buttons click animated
    action = window.hub.project.observations.get(earlier.id).action  # type: ignore[union-attr]
    assert action is not None and action.status == "done"
    assert action.history[-1] == StatusChange("done", TODAY)
    assert not panel.isVisible()
    window.undo_stack.undo()
    action = window.hub.project.observations.get(earlier.id).action  # type: ignore[union-attr]
    assert action is not None and action.status == "open"
    assert action.history == (StatusChange("open", "2023-01-11"),)
    assert panel.isVisible() and model.rowCount() == 1

    panel.table.setFocus()
    qtbot.keyClick(panel.table, Qt.Key.Key_X, ALT)
    qtbot.waitUntil(lambda: status_of(window, earlier.id) == "dropped")
    action = window.hub.project.observations.get(earlier.id).action  # type: ignore[union-attr]
    assert action is not None and action.status == "dropped"
    window.undo_stack.undo()

    panel.table.setFocus()
    qtbot.keyClick(panel.table, Qt.Key.Key_Return)  # go to where it was agreed
    assert window.current_meeting_id() == "m3"
    assert window.current_observation_id() == earlier.id
    assert not panel.isVisible()  # nothing open before the meeting that agreed it


def test_models_pass_the_model_tester(worked: MainWindow, qtmodeltester: Any) -> None:
    from fieldnotes.ui.widgets.speaker_picker import Candidate, CandidateModel

    qtmodeltester.check(worked.panels.tally.model)
    worked.undo_stack.push(
        SetAction(worked.hub, "o13", None, Action.opened("2023-01-11", "p5"), "x")
    )
    assert worked.panels.open_actions.model.rowCount() == 1
    qtmodeltester.check(worked.panels.open_actions.model)
    candidates = CandidateModel([Candidate("p1", "Social worker A", "professional")])
    candidates.set_ticked(["p1"])
    qtmodeltester.check(candidates)
